package analyze_test

import (
	"testing"

	"github.com/leadlint/leadlint/corpus"
	"github.com/leadlint/leadlint/evaluate"
)

// minMacroF1 is the floor for the labelled sentences: the engine's
// regression test. It sits about 0.02 below the measured figure (0.970 with
// lexicon 1.12.0 on 6,874 rows; the requirement is 0.90) so that a real
// regression fails.
// Raise it when the engine improves; never lower it to make a change pass.
const minMacroF1 = 0.95

// readLabelled reads one of the embedded labelled sets.
func readLabelled(t *testing.T, name string) []evaluate.Row {
	t.Helper()
	f, err := corpus.Labelled().Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := evaluate.ReadTSV(f)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestLabelledSentencesMacroF1(t *testing.T) {
	rows := readLabelled(t, "sentences.tsv")
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

// The project's own sets for the shared measures (corpus/labelled/README.md):
// each floor sits 0.02 to 0.05 below the figure measured when the set was
// added (lexicon 1.9.0; with 1.10.0 requests.tsv grew to 600 rows, at
// 0.894, and replies.tsv to 1,559, at 0.890; with 1.11.0 requests.tsv to
// 960, at 0.911, and replies.tsv to 2,038, at 0.901; with 1.12.0
// requests.tsv to 1,319, at 0.902, and replies.tsv to 2,518, at 0.888), as
// minMacroF1 does for the sentences. Raise them as the engine improves;
// never lower one to make a change pass.
func TestLabelledSharedMeasures(t *testing.T) {
	a := newAnalyzer(t)
	for _, tc := range []struct {
		file         string
		score        evaluate.Score
		minAUC       float64 // ROC AUC (two labels) or top vs bottom quartile AUC (ratings)
		minSpearman  float64 // ratings only
		wantRows     int
		wantNumeric  bool
		wantPositive string
	}{
		{file: "requests.tsv", score: evaluate.ScoreDirective, minAUC: 0.88, wantRows: 4525, wantPositive: "yes"},
		{file: "politeness.tsv", score: evaluate.ScoreBalance, minAUC: 0.88, minSpearman: 0.72, wantRows: 100, wantNumeric: true},
		{file: "replies.tsv", score: evaluate.ScoreBalance, minAUC: 0.87, wantRows: 10897, wantPositive: "empowering"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			rows := readLabelled(t, tc.file)
			if len(rows) != tc.wantRows {
				t.Fatalf("%d rows, want %d", len(rows), tc.wantRows)
			}
			res, err := evaluate.Evaluate(a, tc.file, rows, evaluate.Options{Score: tc.score})
			if err != nil {
				t.Fatal(err)
			}
			if tc.wantNumeric {
				if res.Kind != evaluate.KindNumeric {
					t.Fatalf("kind %s, want numeric", res.Kind)
				}
				t.Logf("Spearman %.3f, quartile AUC %.3f", res.Spearman, res.QuartileAUC)
				if res.QuartileAUC < tc.minAUC || res.Spearman < tc.minSpearman {
					t.Errorf("Spearman %.3f, quartile AUC %.3f: below the floors %.2f, %.2f", res.Spearman, res.QuartileAUC, tc.minSpearman, tc.minAUC)
				}
				return
			}
			if res.Kind != evaluate.KindBinary || res.Positive != tc.wantPositive {
				t.Fatalf("kind %s with positive label %q, want binary with %q", res.Kind, res.Positive, tc.wantPositive)
			}
			t.Logf("AUC of %s %.3f (%d rows skipped)", tc.score, res.AUC, res.Skipped)
			if res.AUC < tc.minAUC {
				t.Errorf("AUC of %s %.3f is below the floor %.2f", tc.score, res.AUC, tc.minAUC)
			}
		})
	}
}
