package report_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
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
			p, err := report.NewPrinter(format, report.Options{})
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

// TestPrerenderedMatchesGolden: documents rendered ahead (on the CLI's
// workers, in reverse order here) and written in order give the same bytes
// as Print.
func TestPrerenderedMatchesGolden(t *testing.T) {
	r := testReport(t)
	for _, format := range report.Formats {
		p, err := report.NewPrinter(format, report.Options{})
		if err != nil {
			t.Fatal(err)
		}
		pre, ok := p.(report.Prerenderer)
		if !ok {
			continue
		}
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := pre.Begin(&buf, r); err != nil {
				t.Fatal(err)
			}
			rendered := make([][]byte, len(r.Documents))
			for i := len(r.Documents) - 1; i >= 0; i-- {
				if rendered[i], err = pre.Render(r.Documents[i]); err != nil {
					t.Fatal(err)
				}
			}
			for _, data := range rendered {
				if err := pre.WriteRendered(&buf, data); err != nil {
					t.Fatal(err)
				}
			}
			if err := pre.End(&buf, r); err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join("testdata", "report."+format+".golden"))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("prerendered %s differs from the golden file:\n%s", format, buf.Bytes())
			}
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
	if err := (&report.JSON{}).Print(&buf, r); err != nil {
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
	if _, err := report.NewPrinter("yaml", report.Options{}); err == nil {
		t.Fatal("no error for an unknown format")
	}
}

func printAll(t *testing.T, r *report.Report, opts report.Options) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, format := range report.Formats {
		p, err := report.NewPrinter(format, opts)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := p.Print(&buf, r); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		out[format] = buf.String()
	}
	return out
}

// TestRedactLeavesNoExcerpt: with Redact, no run of five or more words of any
// input document appears in any format.
func TestRedactLeavesNoExcerpt(t *testing.T) {
	r := testReport(t)
	var phrases []string
	for _, d := range r.Documents {
		for _, s := range d.Sentences {
			words := strings.Fields(s.Text)
			for i := 0; i+3 <= len(words); i++ {
				phrases = append(phrases, strings.Join(words[i:i+3], " "))
			}
		}
	}
	if len(phrases) < 10 {
		t.Fatalf("test inputs too short: %d phrases", len(phrases))
	}
	before := printAll(t, r, report.Options{PerSentence: true})
	if !strings.Contains(before["json"], phrases[0]) {
		t.Fatalf("unredacted JSON lacks %q: the check below could not fail", phrases[0])
	}
	report.Redact(r)
	for format, out := range printAll(t, r, report.Options{PerSentence: true}) {
		for _, p := range phrases {
			if strings.Contains(out, p) {
				t.Errorf("%s output contains %q after Redact", format, p)
			}
		}
	}
	if !r.Redacted {
		t.Error("report not marked redacted")
	}
}

func TestCSVIsSpreadsheetSafe(t *testing.T) {
	a, err := analyze.New(analyze.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := report.New("test", a.Lexicon())
	r.Documents = append(r.Documents, a.Analyze("=HYPERLINK(\"http://x\")", "@Sam you must send the file now. =cmd|' /C calc'!A0"))
	for _, perSentence := range []bool{false, true} {
		p, _ := report.NewPrinter("csv", report.Options{PerSentence: perSentence})
		var buf bytes.Buffer
		if err := p.Print(&buf, r); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) < 2 {
			t.Fatalf("perSentence=%v: %d rows", perSentence, len(rows))
		}
		for _, row := range rows[1:] {
			for _, cell := range row {
				if cell != "" && strings.ContainsRune("=+@\t\r", rune(cell[0])) {
					t.Errorf("perSentence=%v: cell %q could run as a formula", perSentence, cell)
				}
			}
		}
	}
}

func TestSARIFShape(t *testing.T) {
	r := testReport(t)
	p, _ := report.NewPrinter("sarif", report.Options{})
	var buf bytes.Buffer
	if err := p.Print(&buf, r); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				Level     string `json:"level"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine int `json:"startLine"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	flagged := 0
	for _, d := range r.Documents {
		flagged += d.Scores.Flagged
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || len(log.Runs[0].Results) != flagged {
		t.Fatalf("version %q, %d runs, %d results for %d flagged sentences", log.Version, len(log.Runs), len(log.Runs[0].Results), flagged)
	}
	rules := map[string]bool{}
	for _, rule := range log.Runs[0].Tool.Driver.Rules {
		rules[rule.ID] = true
	}
	for _, res := range log.Runs[0].Results {
		if !rules[res.RuleID] || res.Locations[0].PhysicalLocation.Region.StartLine < 1 || res.Locations[0].PhysicalLocation.ArtifactLocation.URI == "" {
			t.Errorf("result %+v lacks a declared rule or a location", res)
		}
	}
}

func TestGitHubEscaping(t *testing.T) {
	a, err := analyze.New(analyze.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := report.New("test", a.Lexicon())
	r.Documents = append(r.Documents, a.Analyze("dir/a,b:c.txt", "Send me the numbers by noon, 100% please!"))
	var buf bytes.Buffer
	if err := (report.GitHub{}).Print(&buf, r); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	if !strings.HasPrefix(got, "::warning file=dir/a%2Cb%3Ac.txt,line=1,col=1,title=leadlint%3A directive::") {
		t.Errorf("bad command: %q", got)
	}
	if strings.Count(got, "\n") != 1 {
		t.Errorf("want one line, got %q", got)
	}
}

func TestTableColor(t *testing.T) {
	r := testReport(t)
	var plain, colored bytes.Buffer
	if err := (report.Table{}).Print(&plain, r); err != nil {
		t.Fatal(err)
	}
	if err := (report.Table{Color: true}).Print(&colored, r); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plain.String(), "\x1b[") {
		t.Error("escape codes without Color")
	}
	if !strings.Contains(colored.String(), "\x1b[38;5;166m") || !strings.Contains(colored.String(), "\x1b[38;5;32m") {
		t.Error("Color output lacks the directive and empowering colours")
	}
}
