package evaluate

import (
	"math"
	"strings"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestClassifyHandComputed(t *testing.T) {
	// truth:     D D D E E N
	// predicted: D D E E N N
	// D: tp 2, predicted 2, support 3 -> P 1, R 2/3, F1 0.8
	// E: tp 1, predicted 2, support 2 -> P 0.5, R 0.5, F1 0.5
	// N: tp 1, predicted 2, support 1 -> P 0.5, R 1, F1 2/3
	c := Classify([]string{"D", "E", "N"},
		[]string{"D", "D", "D", "E", "E", "N"},
		[]string{"D", "D", "E", "E", "N", "N"})
	want := []ClassMetrics{{"D", 1, 2.0 / 3, 0.8, 3}, {"E", 0.5, 0.5, 0.5, 2}, {"N", 0.5, 1, 2.0 / 3, 1}}
	for i, w := range want {
		g := c.Classes[i]
		if g.Class != w.Class || !near(g.Precision, w.Precision) || !near(g.Recall, w.Recall) || !near(g.F1, w.F1) || g.Support != w.Support {
			t.Errorf("class %s: got %+v, want %+v", w.Class, g, w)
		}
	}
	if !near(c.MacroF1, (0.8+0.5+2.0/3)/3) {
		t.Errorf("macro-F1 %v", c.MacroF1)
	}
	if !near(c.Accuracy, 4.0/6) {
		t.Errorf("accuracy %v", c.Accuracy)
	}
	if c.Confusion[0][1] != 1 || c.Confusion[1][2] != 1 || c.Confusion[0][0] != 2 {
		t.Errorf("confusion %v", c.Confusion)
	}
}

func TestAUCHandComputed(t *testing.T) {
	tests := []struct {
		scores []float64
		pos    []bool
		want   float64
	}{
		{[]float64{1, 2, 3, 4}, []bool{false, false, true, true}, 1},
		{[]float64{1, 2, 3, 4}, []bool{true, true, false, false}, 0},
		// pairs (pos, neg): (3,1) win, (3,2) win, (1.5?) ... positives 3 and 1; negatives 2 and 0.5:
		// (3>2) (3>0.5) (1<2) (1>0.5): 3 of 4
		{[]float64{3, 1, 2, 0.5}, []bool{true, true, false, false}, 0.75},
		// ties count half: all equal
		{[]float64{1, 1, 1, 1}, []bool{true, false, true, false}, 0.5},
	}
	for _, tt := range tests {
		if got := AUC(tt.scores, tt.pos); !near(got, tt.want) {
			t.Errorf("AUC(%v, %v) = %v, want %v", tt.scores, tt.pos, got, tt.want)
		}
	}
	if !math.IsNaN(AUC([]float64{1}, []bool{true})) {
		t.Error("AUC with one class should be NaN")
	}
}

func TestSpearmanHandComputed(t *testing.T) {
	// Perfect monotone, perfect inverse, and a hand-computed case:
	// x ranks 1 2 3 4 5, y ranks 2 1 4 3 5 -> d^2 = 1+1+1+1+0 = 4,
	// rho = 1 - 6*4/(5*24) = 0.8
	if got := Spearman([]float64{1, 2, 3}, []float64{10, 20, 30}); !near(got, 1) {
		t.Errorf("monotone %v", got)
	}
	if got := Spearman([]float64{1, 2, 3}, []float64{3, 2, 1}); !near(got, -1) {
		t.Errorf("inverse %v", got)
	}
	if got := Spearman([]float64{1, 2, 3, 4, 5}, []float64{2, 1, 4, 3, 5}); !near(got, 0.8) {
		t.Errorf("hand case %v, want 0.8", got)
	}
}

func TestQuartileAUC(t *testing.T) {
	labels := []float64{1, 2, 3, 4, 5, 6, 7, 8}
	scores := []float64{1, 2, 3, 4, 5, 6, 7, 8}
	if got := QuartileAUC(labels, scores); !near(got, 1) {
		t.Errorf("got %v", got)
	}
}

func TestReadTSV(t *testing.T) {
	rows, err := ReadTSV(strings.NewReader("label\ttext\nD\tSend it.\n\nE\tWhat do you think?\r\n"))
	if err != nil || len(rows) != 2 || rows[1].Label != "E" || rows[1].Text != "What do you think?" || rows[1].Line != 4 {
		t.Fatalf("rows %+v err %v", rows, err)
	}
	// CSV-style quoting, as Python's csv module writes a field with a quote
	// in it, is decoded; a text that only starts and ends with quotes is not.
	for in, want := range map[string]string{
		`"The ""junk"" servers a purpose?"`:  `The "junk" servers a purpose?`,
		`"Go," she said, "now."`:             `"Go," she said, "now."`,
		`Say "no" twice.`:                    `Say "no" twice.`,
		`"""Loops are forbidden""? Really?"`: `"Loops are forbidden"? Really?`,
	} {
		rows, err := ReadTSV(strings.NewReader("label\ttext\nD\t" + in + "\n"))
		if err != nil || len(rows) != 1 || rows[0].Text != want {
			t.Errorf("ReadTSV(%q) = %+v, %v; want text %q", in, rows, err, want)
		}
	}
	for _, bad := range []struct{ in, want string }{
		{"", "empty file"},
		{"label\ttext\nD\t\"\"\n", "line 2: empty text"},
		{"text\tlabel\nD\tx\n", "line 1: want a header"},
		{"label\ttext\nD no tab\n", "line 2: no tab"},
		{"label\ttext\nD\t \n", "line 2: empty text"},
	} {
		if _, err := ReadTSV(strings.NewReader(bad.in)); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("ReadTSV(%q) error %v, want %q", bad.in, err, bad.want)
		}
	}
}

func FuzzReadTSV(f *testing.F) {
	f.Add("label\ttext\nD\tSend it.\n")
	f.Add("label\ttext\n\t\n")
	f.Add("x")
	f.Fuzz(func(t *testing.T, s string) {
		rows, err := ReadTSV(strings.NewReader(s))
		if err == nil {
			for _, r := range rows {
				if strings.TrimSpace(r.Text) == "" {
					t.Fatalf("empty text accepted: %+v", r)
				}
			}
		}
	})
}
