package analyze_test

import (
	"strings"
	"testing"

	"github.com/leadlint/leadlint/analyze"
	"github.com/leadlint/leadlint/lexicons"
)

func newAnalyzer(t testing.TB) *analyze.Analyzer {
	t.Helper()
	a, err := analyze.New(analyze.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func signalIDs(s analyze.Sentence) string {
	var ids []string
	for _, sig := range s.Signals {
		id := sig.ID
		if sig.Negated {
			id += "(negated)"
		}
		ids = append(ids, id)
	}
	return strings.Join(ids, ", ")
}

// triggers reports whether s has an un-negated signal id on pole.
func triggers(s analyze.Sentence, id string, pole lexicons.Pole) bool {
	for _, sig := range s.Signals {
		if sig.ID == id && !sig.Negated && sig.Pole == pole {
			return true
		}
	}
	return false
}

// TestLexiconExamples walks every lexicon entry and grammar rule: each example
// must trigger it on its own pole, and no counterexample may trigger it.
func TestLexiconExamples(t *testing.T) {
	a := newAnalyzer(t)
	lex := a.Lexicon()
	check := func(c lexicons.Cue) {
		for _, ex := range c.Examples {
			s := a.AnalyzeSentence(ex)
			if !triggers(s, c.ID, c.Pole) {
				t.Errorf("%s:%d: %s: example %q does not trigger it (signals: %s)", c.File, c.Line, c.ID, ex, signalIDs(s))
			}
		}
		for _, ex := range c.Counterexamples {
			s := a.AnalyzeSentence(ex)
			if triggers(s, c.ID, c.Pole) {
				t.Errorf("%s:%d: %s: counterexample %q triggers it (signals: %s)", c.File, c.Line, c.ID, ex, signalIDs(s))
			}
		}
	}
	for _, e := range lex.Entries {
		check(e.Cue)
	}
	for _, r := range lex.Rules {
		check(r.Cue)
	}
}
