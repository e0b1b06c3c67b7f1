package main

import (
	"slices"
	"testing"

	"github.com/leadlint/leadlint/evaluate"
)

func TestFeatures(t *testing.T) {
	got := features("Could you, could you?")
	want := []string{"could", "<s> could", "^could", "you", "could you", ",", "you ,", ", could", "?", "you ?"}
	if !slices.Equal(got, want) {
		t.Errorf("features = %q, want %q", got, want)
	}
}

// A word that decides the label is learned from the other folds, so the
// held-out rows rank perfectly; with labels unrelated to the words they do
// not (cross-validation on words that carry nothing lands at or below 0.5:
// each fold's training rows lean away from its held-out ones).
func TestCrossValidateLearnsOnlyWhatTheWordsSay(t *testing.T) {
	var x [][]string
	var decided, arbitrary []bool
	for i := 0; i < 200; i++ {
		cue := "thanks"
		if i%2 == 1 {
			cue = "now"
		}
		x = append(x, features(cue+" row"))
		decided = append(decided, i%2 == 0)
		arbitrary = append(arbitrary, i%4 < 2)
	}
	auc := func(labels []bool) float64 {
		scores := crossValidate(x, func(int) bool { return true },
			func(i int) float64 { return b2f(labels[i]) })
		return evaluate.AUC(scores, labels)
	}
	if got := auc(decided); got != 1 {
		t.Errorf("AUC with a deciding word = %v, want 1", got)
	}
	if got := auc(arbitrary); got > 0.6 {
		t.Errorf("AUC with labels unrelated to the words = %v, want at most 0.6", got)
	}
}
