package evaluate

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/leadlint/leadlint/analyze"
)

// tolerance is how far a figure may fall below the one recorded in
// docs/validity.md before CI fails.
const tolerance = 0.02

type recorded struct {
	file, score, pos, neg, measure string
	value                          float64
}

// readRecorded parses the block between the "recorded" markers of
// docs/validity.md: file, score (or "classes"), positive, negative,
// measure, value.
func readRecorded(t *testing.T) []recorded {
	t.Helper()
	f, err := os.Open("../docs/validity.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []recorded
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "<!-- recorded: begin -->":
			in = true
			continue
		case line == "<!-- recorded: end -->":
			in = false
		}
		if !in || line == "" || strings.HasPrefix(line, "```") {
			continue
		}
		fields := strings.Fields(line)
		r := recorded{file: fields[0], score: fields[1]}
		if r.score == "classes" {
			if len(fields) != 4 {
				t.Fatalf("bad recorded line %q", line)
			}
			r.measure = fields[2]
			r.value, err = strconv.ParseFloat(fields[3], 64)
		} else {
			if len(fields) != 6 {
				t.Fatalf("bad recorded line %q", line)
			}
			r.pos, r.neg, r.measure = fields[2], fields[3], fields[4]
			r.value, err = strconv.ParseFloat(fields[5], 64)
		}
		if err != nil {
			t.Fatalf("bad value in %q: %v", line, err)
		}
		out = append(out, r)
	}
	if len(out) < 5 {
		t.Fatalf("found %d recorded figures in docs/validity.md", len(out))
	}
	return out
}

// TestRecordedFigures re-measures every figure recorded in docs/validity.md
// and fails when one falls more than tolerance below it. Sets that are not
// present (../shared/eval is not in a user's clone) are skipped.
func TestRecordedFigures(t *testing.T) {
	a, err := analyze.New(analyze.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range readRecorded(t) {
		path := filepath.Join("..", r.file)
		f, err := os.Open(path)
		if err != nil {
			t.Logf("skipping %s: %v", r.file, err)
			continue
		}
		rows, err := ReadTSV(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		opts := Options{}
		if r.score != "classes" {
			if opts.Score, err = ParseScore(r.score); err != nil {
				t.Fatal(err)
			}
			if r.pos != "-" {
				opts.Positive, opts.Negative = r.pos, r.neg
			}
		}
		res, err := Evaluate(a, r.file, rows, opts)
		if err != nil {
			t.Fatal(err)
		}
		var got float64
		switch r.measure {
		case "macro_f1":
			got = res.Classification.MacroF1
		case "auc":
			got = res.AUC
		case "quartile_auc":
			got = res.QuartileAUC
		case "spearman":
			got = res.Spearman
		default:
			t.Fatalf("unknown measure %q", r.measure)
		}
		t.Logf("%s %s %s: %.3f (recorded %.3f)", r.file, r.score, r.measure, got, r.value)
		if got < r.value-tolerance {
			t.Errorf("%s %s %s fell to %.3f, more than %.2f below the recorded %.3f", r.file, r.score, r.measure, got, tolerance, r.value)
		}
	}
}
