package corpus_test

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/leadlint/leadlint/corpus"
)

// The README's table of label counts is what a reader sees of the set; it
// drifted once as probe rows were added, so it is checked against the file,
// and so is that no row is there twice.
func TestLabelledREADMECounts(t *testing.T) {
	f, err := corpus.Labelled().Open("sentences.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	counts := map[string]int{}
	seen := map[string]int{} // text -> line, since a repeated row counts twice
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for line := 2; sc.Scan(); line++ {
		label, text, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			t.Fatalf("line %d: no tab: %q", line, sc.Text())
		}
		if first, dup := seen[text]; dup {
			t.Errorf("line %d repeats line %d: %q", line, first, text)
		}
		seen[text] = line
		counts[label]++
		counts["total"]++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("labelled/README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, label := range []string{"D", "E", "N"} {
		said := "nothing"
		if row := regexp.MustCompile(`(?m)^\| ` + label + ` \| [^|]+ \| (\d+) \|$`).FindSubmatch(readme); row != nil {
			said = string(row[1])
		}
		if said != fmt.Sprint(counts[label]) {
			t.Errorf("README count for %s: the table says %s, sentences.tsv has %d", label, said, counts[label])
		}
	}
	if want := fmt.Sprintf("| | total | %d |", counts["total"]); !strings.Contains(string(readme), want) {
		t.Errorf("README total: want a row %q", want)
	}
}

// Every labelled set is plain TSV with a header, one tab per row, a label
// from its set's kind and no repeated text: eval would read a malformed row
// quietly as some other label.
func TestLabelledFilesWellFormed(t *testing.T) {
	labels := map[string]*regexp.Regexp{
		"sentences.tsv":           regexp.MustCompile(`^[DEN]$`),
		"holdout.tsv":             regexp.MustCompile(`^[DEN]$`),
		"holdout-independent.tsv": regexp.MustCompile(`^[DEN]$`),
		"requests.tsv":            regexp.MustCompile(`^(yes|no)$`),
		"requests-holdout.tsv":    regexp.MustCompile(`^(yes|no)$`),
		"politeness.tsv":          regexp.MustCompile(`^[1-5]$`),
		"politeness-holdout.tsv":  regexp.MustCompile(`^[1-5]$`),
		"replies.tsv":             regexp.MustCompile(`^(empowering|neutral|disempowering)$`),
		"replies-holdout.tsv":     regexp.MustCompile(`^(empowering|neutral|disempowering)$`),
	}
	names, err := fs.Glob(corpus.Labelled(), "*.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		want, known := labels[name]
		if !known {
			t.Errorf("%s: a labelled set this test does not know; add its labels here and describe it in labelled/README.md", name)
			continue
		}
		data, err := fs.ReadFile(corpus.Labelled(), name)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
		if lines[0] != "label\ttext" {
			t.Errorf("%s: header %q, want %q", name, lines[0], "label\ttext")
		}
		seen := map[string]int{}
		for n, line := range lines[1:] {
			label, text, ok := strings.Cut(line, "\t")
			switch {
			case !ok || strings.Contains(text, "\t"):
				t.Errorf("%s:%d: want exactly one tab: %q", name, n+2, line)
			case !want.MatchString(label):
				t.Errorf("%s:%d: label %q is not one of this set's (%s)", name, n+2, label, want)
			case strings.TrimSpace(text) == "":
				t.Errorf("%s:%d: empty text", name, n+2)
			}
			if first, dup := seen[text]; dup {
				t.Errorf("%s:%d repeats line %d", name, n+2, first)
			}
			seen[text] = n + 2
		}
	}
	for name := range labels {
		if !slices.Contains(names, name) {
			t.Errorf("%s: listed here but not in labelled/", name)
		}
	}
}
