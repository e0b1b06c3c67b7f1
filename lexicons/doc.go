// Package lexicons holds leadlint's lexicon: reviewable YAML files embedded
// with go:embed, one per dimension, plus a manifest (version, source
// articles and sections, dimensions) and the grammar rules' data.
//
// Every entry names the article section it derives from, a pole, a weight,
// a suggestion (for directive entries) and example sentences that must
// trigger it; Load validates all of it and reports each problem with its file
// and line. docs/lexicon-authoring.md describes the schema and the pattern
// language.
package lexicons
