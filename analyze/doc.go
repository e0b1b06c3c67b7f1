// Package analyze is leadlint's engine: it scores text sentence by sentence
// for directive, control-oriented phrasing against empowering,
// vision-oriented phrasing, and returns typed reports. It never prints,
// never exits and knows nothing of the command line.
//
// An Analyzer combines two kinds of evidence:
//
//   - lexicon entries (package lexicons): phrases with a dimension, a pole and
//     a weight, matched inflection-insensitively on prose's tokens;
//   - grammar rules: imperative mood, obligation frames, need statements,
//     requests in question form, check-up questions, open questions and
//     offers, whose weights live in lexicons/data/rules.yaml.
//
// Negation in the clause flips a cue to the other pole at a reduced weight,
// softeners ("please", "could you", a reason) lower directive strength
// without erasing it, and intensifiers ("ASAP", "!", capitals) raise it.
// Sentence strengths add up to document scores whose balance is smoothed
// toward zero by a prior that grows with the document's length.
// docs/scoring.md explains the model and its constants.
//
// Build one Analyzer per process and share it: it is safe for concurrent use,
// and prose's models and the compiled lexicon are built once.
package analyze
