package analyze

import (
	"fmt"
	"strings"

	"github.com/leadlint/leadlint/lexicons"
)

// CheckExamples runs every example and counterexample of the given cues
// (lexicon entries or grammar rules) through the analyzer: each example must
// trigger its cue on its own pole, un-negated, and no counterexample may.
// Problems are returned as *lexicons.Error values naming file and line.
func (a *Analyzer) CheckExamples(cues []lexicons.Cue) []error {
	var errs []error
	for _, c := range cues {
		bad := func(format string, args ...any) {
			errs = append(errs, &lexicons.Error{File: c.File, Line: c.Line, ID: c.ID, Msg: fmt.Sprintf(format, args...)})
		}
		for _, ex := range c.Examples {
			if s := a.AnalyzeSentence(ex); !triggers(s, c.ID, c.Pole) {
				bad("example %q does not trigger it (signals: %s)", ex, s.SignalIDs())
			}
		}
		for _, ex := range c.Counterexamples {
			if s := a.AnalyzeSentence(ex); triggers(s, c.ID, c.Pole) {
				bad("counterexample %q triggers it (signals: %s)", ex, s.SignalIDs())
			}
		}
	}
	return errs
}

// Cues returns the cues of entries, for CheckExamples.
func Cues(entries []lexicons.Entry) []lexicons.Cue {
	out := make([]lexicons.Cue, len(entries))
	for i, e := range entries {
		out[i] = e.Cue
	}
	return out
}

func triggers(s Sentence, id string, pole lexicons.Pole) bool {
	for _, sig := range s.Signals {
		if sig.ID == id && !sig.Negated && sig.Pole == pole {
			return true
		}
	}
	return false
}

// SignalIDs lists the sentence's signal ids, negated ones marked, for
// messages: "grammar.imperative, empowerment.micromanage(negated)", or "none".
func (s Sentence) SignalIDs() string {
	var ids []string
	for _, sig := range s.Signals {
		id := sig.ID
		if sig.Negated {
			id += "(negated)"
		}
		ids = append(ids, id)
	}
	if len(ids) == 0 {
		return "none"
	}
	return strings.Join(ids, ", ")
}
