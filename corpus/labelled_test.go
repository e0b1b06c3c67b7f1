package corpus_test

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
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
