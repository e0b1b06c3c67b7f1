// Package corpus embeds leadlint's sample documents and its labelled
// sentences, all written by the project.
//
// The samples (samples/) are realistic emails, memos and meeting notes that
// span the range from strongly directive to strongly empowering; `leadlint
// analyze --samples` reports on them. The labelled set
// (labelled/sentences.tsv, `label<TAB>text` with labels D, E and N) is the
// engine's regression test: its macro-F1 must not fall below the floor the
// analyze tests set. labelled/requests.tsv, politeness.tsv and replies.tsv
// measure the engine as the shared evaluation sets do (requests, rated
// politeness, empowering replies) on the project's own text, with floors of
// their own; the *holdout* files are measured and never tuned on
// (labelled/README.md).
package corpus
