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

func TestEvaluateEntriesWrongSide(t *testing.T) {
	a, err := analyze.New(analyze.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rows := []Row{
		{Line: 2, Label: "E", Text: "Send me your ideas by noon."},
		{Line: 3, Label: "D", Text: "Send me the numbers by noon."},
	}
	res, err := Evaluate(a, "t", rows, Options{Entries: true})
	if err != nil {
		t.Fatal(err)
	}
	var imp *EntryStats
	for i := range res.Entries {
		if res.Entries[i].ID == "grammar.imperative" {
			imp = &res.Entries[i]
		}
	}
	if imp == nil || imp.Total != 2 || imp.Wrong != 1 || imp.ByLabel["E"] != 1 || imp.Share != 0.5 {
		t.Fatalf("imperative stats %+v", imp)
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
