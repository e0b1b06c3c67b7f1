// Package corpus embeds leadlint's sample documents and its labelled
// sentences, all written by the project.
//
// The samples (samples/) are realistic emails, memos and meeting notes that
// span the range from strongly directive to strongly empowering; `leadlint
// analyze --samples` reports on them. The labelled set
// (labelled/sentences.tsv, `label<TAB>text` with labels D, E and N) is the
// engine's regression test: its macro-F1 must not fall below the floor the
// analyze tests set.
package corpus
