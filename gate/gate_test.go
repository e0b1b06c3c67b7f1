package gate

import (
	"strings"
	"testing"

	"github.com/leadlint/leadlint/analyze"
)

func doc(path string, balance float64, label analyze.Label) *analyze.Document {
	return &analyze.Document{Path: path, Label: label, Scores: analyze.Scores{Balance: balance}}
}

func f(x float64) *float64 { return &x }

func TestCheck(t *testing.T) {
	docs := []*analyze.Document{
		doc("a.txt", -0.6, analyze.LabelDirective),
		doc("b.txt", 0.4, analyze.LabelEmpowering),
		doc("support/c.txt", -0.5, analyze.LabelDirective),
		doc("old.txt", -0.7, analyze.LabelDirective),
		doc("worse.txt", -0.2, analyze.LabelMixed),
	}
	c := Checker{
		Default: Rule{FailUnder: f(-0.3), FailLabel: analyze.LabelDirective},
		ForPath: func(p string) (Rule, bool) {
			if strings.HasPrefix(p, "support/") {
				return Rule{FailUnder: f(-0.55)}, true
			}
			return Rule{}, false
		},
		Baseline:  map[string]float64{"old.txt": -0.68, "worse.txt": 0.1},
		Tolerance: DefaultTolerance,
	}
	var got []string
	for _, fl := range c.Check(docs) {
		got = append(got, fl.Path+": "+fl.Reason)
	}
	want := []string{
		"a.txt: balance -0.60 is below -0.30",
		"a.txt: labelled directive",
		"worse.txt: balance -0.20 dropped 0.30 below the baseline +0.10 (tolerance 0.05)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("failures:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len((&Checker{}).Check(docs)) != 0 {
		t.Error("no gates configured, yet failures")
	}
}

func TestReadBaseline(t *testing.T) {
	m, err := ReadBaseline(strings.NewReader(`{"schema_version":1,"documents":[{"path":"a.txt","scores":{"balance":-0.25}}]}`))
	if err != nil || m["a.txt"] != -0.25 {
		t.Fatalf("%v %v", m, err)
	}
	for _, bad := range []string{`nope`, `{"schema_version":2,"documents":[]}`, `{"schema_version":1,"documents":[{"path":"a"}]}`} {
		if _, err := ReadBaseline(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadBaseline(%s): no error", bad)
		}
	}
}
