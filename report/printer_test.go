package report_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/leadlint/leadlint/analyze"
	"github.com/leadlint/leadlint/report"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// testReport analyses the files in testdata/in with the real engine.
func testReport(t *testing.T) *report.Report {
	t.Helper()
	a, err := analyze.New(analyze.Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("testdata/in/*")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	r := report.New("test", a.Lexicon())
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r.Documents = append(r.Documents, a.Analyze(filepath.ToSlash(f), string(data)))
	}
	r.Errors = append(r.Errors, report.InputError{Path: "testdata/in/missing.txt", Error: "no such file or directory"})
	return r
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report/ -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; if the change is intended, run go test ./report/ -update and review the diff.\n--- got:\n%s", name, got)
	}
}

func TestPrintersGolden(t *testing.T) {
	r := testReport(t)
	for _, format := range report.Formats {
		t.Run(format, func(t *testing.T) {
			p, err := report.NewPrinter(format)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := p.Print(&buf, r); err != nil {
				t.Fatal(err)
			}
			golden(t, "report."+format+".golden", buf.Bytes())
		})
	}
}

func TestJSONEmptyListsAreArrays(t *testing.T) {
	a, err := analyze.New(analyze.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := report.New("test", a.Lexicon())
	r.Documents = append(r.Documents, a.Analyze("empty.txt", ""))
	var buf bytes.Buffer
	if err := (report.JSON{}).Print(&buf, r); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(buf.Bytes(), []byte("null")) {
		t.Fatalf("JSON contains null:\n%s", buf.Bytes())
	}
	var decoded map[string]any
	if err := json.Unmarshal(buf.Bytes(), &decoded); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"schema_version", "tool", "lexicon", "documents", "errors"} {
		if _, ok := decoded[key]; !ok {
			t.Errorf("missing top-level %q", key)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := report.NewPrinter("yaml"); err == nil {
		t.Fatal("no error for an unknown format")
	}
}
