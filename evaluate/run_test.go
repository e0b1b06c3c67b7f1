package evaluate

import (
	"strings"
	"testing"

	"github.com/leadlint/leadlint/analyze"
)

func TestKindOf(t *testing.T) {
	for _, tt := range []struct {
		labels []string
		want   Kind
	}{
		{[]string{"D", "E", "N"}, KindClasses},
		{[]string{"0.5", "-1.2", "3"}, KindNumeric},
		{[]string{"yes", "no"}, KindBinary},
		{[]string{"empowering", "neutral", "disempowering"}, KindBinary},
	} {
		var rows []Row
		for _, l := range tt.labels {
			rows = append(rows, Row{Label: l, Text: "x"})
		}
		if got := KindOf(rows); got != tt.want {
			t.Errorf("KindOf(%v) = %s, want %s", tt.labels, got, tt.want)
		}
	}
}

func TestBinaryLabels(t *testing.T) {
	rows := []Row{{Label: "empowering"}, {Label: "neutral"}, {Label: "disempowering"}}
	pos, neg, err := binaryLabels(rows, Options{})
	if err != nil || pos != "empowering" || neg != "disempowering" {
		t.Errorf("got %q %q %v", pos, neg, err)
	}
	if _, _, err := binaryLabels([]Row{{Label: "a"}, {Label: "b"}, {Label: "c"}}, Options{}); err == nil {
		t.Error("three unknown labels: no error")
	}
	pos, neg, err = binaryLabels([]Row{{Label: "hot"}, {Label: "cold"}}, Options{Positive: "cold"})
	if err != nil || pos != "cold" || neg != "hot" {
		t.Errorf("two labels with --positive: %q %q %v", pos, neg, err)
	}
}

// entriesOf evaluates rows with --entries and returns the entry counts by id.
func entriesOf(t *testing.T, rows []Row) map[string]*EntryStats {
	t.Helper()
	a, err := analyze.New(analyze.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := Evaluate(a, "t", rows, Options{Entries: true})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*EntryStats{}
	for i := range res.Entries {
		byID[res.Entries[i].ID] = &res.Entries[i]
	}
	return byID
}

func TestEvaluateEntriesWrongSide(t *testing.T) {
	imp := entriesOf(t, []Row{
		{Line: 2, Label: "E", Text: "Send me your ideas by noon."},
		{Line: 3, Label: "D", Text: "Send me the numbers by noon."},
	})["grammar.imperative"]
	if imp == nil || imp.Total != 2 || imp.Wrong != 1 || imp.ByLabel["E"] != 1 || imp.Share != 0.5 {
		t.Fatalf("imperative stats %+v", imp)
	}
}

// A numeric set's entry counts are by quarter of the label, not by each
// distinct number (which gave one column per row).
func TestEvaluateEntriesNumericByQuarter(t *testing.T) {
	entries := entriesOf(t, []Row{
		{Line: 2, Label: "-1.5", Text: "Send me the numbers now."},
		{Line: 3, Label: "-0.2", Text: "Send me the file today."},
		{Line: 4, Label: "0.3", Text: "Could you send me the file?"},
		{Line: 5, Label: "1.1", Text: "Thanks so much, could you send the file?"},
	})
	imp, req := entries["grammar.imperative"], entries["grammar.request"]
	if imp == nil || len(imp.ByLabel) != 2 || imp.ByLabel[QuarterLowest] != 1 || imp.ByLabel[QuarterLow] != 1 || imp.Wrong != 0 {
		t.Errorf("imperative stats %+v, want one firing in each of the two lowest quarters, none wrong", imp)
	}
	if req == nil || req.ByLabel[QuarterHigh] != 1 || req.ByLabel[QuarterHighest] != 1 || req.Wrong != 1 {
		t.Errorf("request stats %+v, want one firing in each of the two highest quarters, one above the median (wrong)", req)
	}
}

// An entry is listed with its own pole, even when its first firing was
// negated and counted for the other side.
func TestEvaluateEntriesPoleIsTheEntrys(t *testing.T) {
	e := entriesOf(t, []Row{
		{Line: 2, Label: "E", Text: "You don't have to prepare anything."},
		{Line: 3, Label: "D", Text: "You have to prepare the slides."},
	})["grammar.obligation"]
	if e == nil {
		t.Fatal("no obligation entry")
	}
	if e.Pole != "directive" || e.Wrong != 0 {
		t.Errorf("obligation listed as %q with %d wrong, want directive with 0", e.Pole, e.Wrong)
	}
}

// panicky fails on one text, as a bug in the analyzer would.
type panicky struct{}

func (panicky) Analyze(path, text string) *analyze.Document {
	if text == "boom" {
		panic("index out of range")
	}
	return &analyze.Document{Path: path}
}

// A panic while scoring a row becomes an error naming the row, not a crash.
func TestEvaluateRecoversFromAnalyzerPanic(t *testing.T) {
	rows := []Row{{Line: 2, Label: "D", Text: "fine"}, {Line: 3, Label: "E", Text: "boom"}}
	_, err := Evaluate(panicky{}, "set.tsv", rows, Options{})
	if err == nil || !strings.Contains(err.Error(), "line 3") || !strings.Contains(err.Error(), "index out of range") {
		t.Fatalf("Evaluate error = %v, want one naming line 3 and the panic", err)
	}
}
