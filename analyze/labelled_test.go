package analyze_test

import (
	"testing"

	"github.com/leadlint/leadlint/corpus"
	"github.com/leadlint/leadlint/evaluate"
)

// minMacroF1 is the floor for the labelled sentences: the engine's
// regression test. It sits about 0.02 below the measured figure (0.968 with
// lexicon 1.8.0 on 4,198 rows; the requirement is 0.90) so that a real
// regression fails.
// Raise it when the engine improves; never lower it to make a change pass.
const minMacroF1 = 0.95

func TestLabelledSentencesMacroF1(t *testing.T) {
	f, err := corpus.Labelled().Open("sentences.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := evaluate.ReadTSV(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 300 {
		t.Fatalf("%d labelled sentences, want at least 300", len(rows))
	}
	a := newAnalyzer(t)
	var truth, pred []string
	for _, r := range rows {
		truth = append(truth, r.Label)
		pred = append(pred, evaluate.ClassOf(a.Analyze("", r.Text)))
	}
	c := evaluate.Classify([]string{"D", "E", "N"}, truth, pred)
	for _, m := range c.Classes {
		t.Logf("%s: precision %.3f recall %.3f F1 %.3f (n=%d)", m.Class, m.Precision, m.Recall, m.F1, m.Support)
	}
	t.Logf("macro-F1 %.3f, accuracy %.3f, confusion (rows true D/E/N, columns predicted) %v", c.MacroF1, c.Accuracy, c.Confusion)
	if c.MacroF1 < minMacroF1 {
		t.Errorf("macro-F1 %.3f is below the floor %.2f", c.MacroF1, minMacroF1)
	}
}
