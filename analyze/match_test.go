package analyze

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/leadlint/leadlint/corpus"
	"github.com/leadlint/leadlint/lexicons"
)

func testEntries(t *testing.T, patterns ...string) []lexicons.Entry {
	t.Helper()
	var entries []lexicons.Entry
	for i, p := range patterns {
		slots, err := lexicons.ParsePattern(p)
		if err != nil {
			t.Fatalf("%q: %v", p, err)
		}
		entries = append(entries, lexicons.Entry{Cue: lexicons.Cue{ID: fmt.Sprintf("t.e%d", i)}, Pattern: p, Slots: slots})
	}
	return entries
}

func TestMatcher(t *testing.T) {
	n, err := sharedNLP()
	if err != nil {
		t.Fatal(err)
	}
	words := func(s string) []word { return toWords(n.tokenizer.Tokenize(s), 0, nil) }
	tests := []struct {
		pattern, text string
		want          string // matched words joined, "" for no match
	}{
		{"micromanage", "Stop micromanaging the team.", "micromanaging"},
		{"micromanage", "She micromanaged everyone.", "micromanaged"},
		{"=except", "Everyone except Sam.", "except"},
		{"=except", "No exceptions.", ""},
		{"run it by me", "Run it by me first.", "run it by me"},
		{"[really] trust <poss> judgment", "I really trust your judgment.", "really trust your judgment"},
		{"[really] trust <poss> judgment", "I trust her judgment.", "trust her judgment"},
		{"give ... ownership", "We give the whole team ownership.", "give the whole team ownership"},
		{"give ... ownership", "We give a, b ownership.", ""},
		{"don't hesitate to", "Don’t hesitate to call.", "do not hesitate to"},
		{"let's", "Let's try it.", "let us"},
		{"long-term", "Think long term.", "long term"},
		{"long term", "A long-term plan.", "long term"},
		{"band-aid|patch fix", "Another band-aid fix.", "band aid fix"},
		{"band-aid|patch fix", "Another patch fix.", "patch fix"},
		{"what * think", "What do you think?", ""},
		{"what * * think", "What do you think?", "what do you think"},
	}
	for _, tt := range tests {
		m, err := newMatcher(testEntries(t, tt.pattern))
		if err != nil {
			t.Fatal(err)
		}
		ws := words(tt.text)
		hits := m.find(ws)
		got := ""
		if len(hits) > 0 {
			var parts []string
			for _, w := range ws[hits[0].from:hits[0].to] {
				parts = append(parts, w.norm)
			}
			got = strings.Join(parts, " ")
		}
		if got != tt.want {
			t.Errorf("%q in %q matched %q, want %q", tt.pattern, tt.text, got, tt.want)
		}
	}
}

func TestLongestMatchWins(t *testing.T) {
	n, _ := sharedNLP()
	m, err := newMatcher(testEntries(t, "micromanage", "do not want to micromanage"))
	if err != nil {
		t.Fatal(err)
	}
	hits := m.find(toWords(n.tokenizer.Tokenize("I don't want to micromanage you."), 0, nil))
	if len(hits) != 1 || hits[0].entry.ID != "t.e1" {
		t.Fatalf("hits %+v, want only the longer entry", hits)
	}
}

// TestNoEquivalentPatterns: two entries whose patterns normalise to the same
// word sequence (say "long-term" and "long term") would shadow each other.
func TestNoEquivalentPatterns(t *testing.T) {
	lex, err := lexicons.Default()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, e := range lex.Entries {
		var parts []string
		for _, s := range e.Slots {
			var alts []string
			for _, a := range s.Alts {
				alts = append(alts, strings.Join(patternWords(a.Word), " ")+a.Class)
			}
			key := strings.Join(alts, "|")
			if s.Optional {
				key = "[" + key + "]"
			}
			parts = append(parts, key)
		}
		key := strings.Join(parts, " ")
		if prev, ok := seen[key]; ok {
			t.Errorf("%s and %s have equivalent patterns (%s)", prev, e.ID, key)
		}
		seen[key] = e.ID
	}
}

func TestLineIndexAnyOrder(t *testing.T) {
	text := "héllo wörld\nsecond line — here\nthird"
	li := newLineIndex(text)
	want := func(offset int) (int, int) {
		line := 1 + strings.Count(text[:offset], "\n")
		start := strings.LastIndex(text[:offset], "\n") + 1
		return line, len([]rune(text[start:offset])) + 1
	}
	// Forward, backward and jumping between lines must all agree with a
	// direct count.
	for _, off := range []int{0, 7, 3, 13, 30, 14, 25, 1, 36, 32, 0} {
		gl, gc := li.position(off)
		wl, wc := want(off)
		if gl != wl || gc != wc {
			t.Errorf("position(%d) = %d:%d, want %d:%d", off, gl, gc, wl, wc)
		}
	}
}

// TestStemCacheDoesNotPinDocuments: the stem cache must copy its keys, or
// every document that brings a new word would stay in memory for good.
func TestStemCacheDoesNotPinDocuments(t *testing.T) {
	doc := "a unique-ish zyxwvutsrqword in a long document"
	w := doc[13:28] // "zyxwvutsrqword" as a slice of doc
	stem(w)
	for i := range stemCache.shards {
		for key := range stemCache.shards[i].m {
			if key == w && unsafe.StringData(key) == unsafe.StringData(w) {
				t.Fatal("the cache key shares the document's memory")
			}
		}
	}
}

// TestAnchoredMatcherAgrees: indexing patterns that open with a common word
// by their second word, and those with a rare word by that word, finds
// exactly what trying every pattern at its first word finds, on the sample
// corpus with the real lexicon.
func TestAnchoredMatcherAgrees(t *testing.T) {
	lex, err := lexicons.Default()
	if err != nil {
		t.Fatal(err)
	}
	entries := lex.SortedEntries()
	anchored, err := buildMatcher(entries, true)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := buildMatcher(entries, false)
	if err != nil {
		t.Fatal(err)
	}
	moved, rare := 0, 0
	for _, index := range [][][]*variant{anchored.byForm, anchored.rareByForm} {
		for _, vs := range index {
			for _, v := range vs {
				if v.anchor == 1 {
					moved++
				}
				if v.rare != nil {
					rare++
				}
			}
		}
	}
	if moved == 0 || rare == 0 {
		t.Fatalf("%d patterns indexed by their second word, %d by a rare word; the test compares nothing", moved, rare)
	}
	a, err := New(Options{Lexicon: lex})
	if err != nil {
		t.Fatal(err)
	}
	sc := &scratch{nlp: a.nlp}
	sentences := 0
	for _, s := range corpus.Samples() {
		err := a.eachSentence(t.Context(), s.Text, splitBlocks, sc, func(sp span) {
			sentences++
			got, want := anchored.find(sp.words), plain.find(sp.words)
			if !slices.EqualFunc(got, want, func(x, y hit) bool { return x.entry == y.entry && x.from == y.from && x.to == y.to }) {
				t.Errorf("%s: anchored %v, plain %v", s.Name, got, want)
			}
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if sentences < 100 {
		t.Fatalf("only %d sentences compared", sentences)
	}
}

// Every combination of an entry's optional slots and alternatives is one
// variant, built in slot order with a left-out optional slot first.
func TestExpandOptional(t *testing.T) {
	slots := []optSlot[string]{
		{choices: [][]string{{"a"}}},
		{choices: [][]string{{"b", "c"}}, optional: true},
		{choices: [][]string{{"d"}, {"e"}}},
	}
	got := expandOptional(slots)
	want := [][]string{{"a", "d"}, {"a", "e"}, {"a", "b", "c", "d"}, {"a", "b", "c", "e"}}
	if len(got) != len(want) {
		t.Fatalf("got %d variants %v, want %v", len(got), got, want)
	}
	for k := range want {
		if !slices.Equal(got[k], want[k]) {
			t.Errorf("variant %d: got %v, want %v", k, got[k], want[k])
		}
	}
	// Past maxVariants the expansion stops with one too many, which the
	// matcher reports as an error.
	many := make([]optSlot[string], 0, 16)
	for range 16 {
		many = append(many, optSlot[string]{choices: [][]string{{"x"}}, optional: true})
	}
	if n := len(expandOptional(many)); n != maxVariants+1 {
		t.Errorf("16 optional slots: %d variants, want %d (maxVariants+1)", n, maxVariants+1)
	}
}
