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

// TestLexiconExamples walks every lexicon entry and grammar rule: each example
// must trigger it on its own pole, and no counterexample may (a negated cue,
// flipped to the other pole, does not count as triggering it).
func TestLexiconExamples(t *testing.T) {
	a := newAnalyzer(t)
	lex := a.Lexicon()
	cues := analyze.Cues(lex.Entries)
	for _, r := range lex.Rules {
		cues = append(cues, r.Cue)
	}
	for _, err := range a.CheckExamples(cues) {
		t.Error(err)
	}
}

// TestCheckExamplesCanFail: a wrong example and a wrong counterexample are
// both reported, with file and line.
func TestCheckExamplesCanFail(t *testing.T) {
	a := newAnalyzer(t)
	c := lexicons.Cue{ID: "grammar.imperative", Pole: lexicons.Directive, File: "x.yaml", Line: 7,
		Examples: []string{"The meeting is at noon."}, Counterexamples: []string{"Send it now."}}
	errs := a.CheckExamples([]lexicons.Cue{c})
	if len(errs) != 2 || !strings.HasPrefix(errs[0].Error(), "x.yaml:7:") {
		t.Fatalf("errors %v", errs)
	}
}
