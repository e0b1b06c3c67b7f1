package analyze

import (
	"fmt"
	"slices"
	"sort"
	"sync"

	"github.com/leadlint/leadlint/lexicons"
)

// cslot is a compiled pattern slot.
type cslot struct {
	exact map[string]bool // word forms that match exactly
	stems map[string]bool // stems that match any inflection
	any   bool
	gap   int // > 0: matches 0..gap non-punctuation words
}

func (s *cslot) matches(w *word) bool {
	if s.any {
		return !w.punct
	}
	return s.exact[w.norm] || (!w.punct && s.stems[w.stem])
}

// variant is one expansion of a pattern with its optional slots decided.
type variant struct {
	entry *lexicons.Entry
	slots []cslot
	order int // entry index, for stable results
}

// matcher finds lexicon entries in sentences. It indexes every variant by
// the words its first slot accepts, so a sentence costs one map lookup per
// word plus the few candidates that share a first word.
type matcher struct {
	byExact map[string][]*variant
	byStem  map[string][]*variant
}

// maxVariants bounds the expansion of optional slots per pattern.
const maxVariants = 64

func newMatcher(entries []lexicons.Entry) (*matcher, error) {
	m := &matcher{byExact: map[string][]*variant{}, byStem: map[string][]*variant{}}
	for i := range entries {
		e := &entries[i]
		slots, err := compileSlots(e.Slots)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: entry %q: %w", e.File, e.Line, e.ID, err)
		}
		variants := expandOptional(slots)
		if len(variants) > maxVariants {
			return nil, fmt.Errorf("%s:%d: entry %q: too many optional slots", e.File, e.Line, e.ID)
		}
		for _, vs := range variants {
			if len(vs) == 0 || vs[0].any || vs[0].gap > 0 {
				continue // ParsePattern forbids this for required slots; an optional lead is skipped
			}
			v := &variant{entry: e, slots: vs, order: i}
			for w := range vs[0].exact {
				m.byExact[w] = append(m.byExact[w], v)
			}
			for s := range vs[0].stems {
				m.byStem[s] = append(m.byStem[s], v)
			}
		}
	}
	return m, nil
}

// optSlot is one pattern slot compiled: one or more choices, each a run of
// compiled slots (single-word alternatives share one choice; an alternative
// that normalises to several words, such as "band-aid" or "don't", is a
// choice of its own), kept or skipped as a whole when optional.
type optSlot struct {
	choices  [][]cslot
	optional bool
}

// compileSlots normalises each pattern word the way text is normalised, so
// "don't" in a pattern becomes the two slots "do" "not".
func compileSlots(slots []lexicons.Slot) ([]optSlot, error) {
	var out []optSlot
	for _, s := range slots {
		if s.Gap > 0 {
			out = append(out, optSlot{choices: [][]cslot{{{gap: s.Gap}}}})
			continue
		}
		single := cslot{exact: map[string]bool{}, stems: map[string]bool{}}
		hasSingle := false
		o := optSlot{optional: s.Optional}
		for _, a := range s.Alts {
			switch {
			case a.Any:
				single.any, hasSingle = true, true
			case a.Class != "":
				for _, w := range lexicons.Classes[a.Class] {
					single.exact[w] = true
				}
				hasSingle = true
			default:
				parts := patternWords(a.Word)
				if len(parts) == 1 {
					addWord(&single, parts[0], a.Exact)
					hasSingle = true
					continue
				}
				var seq []cslot
				for _, p := range parts {
					seq = append(seq, literalSlot(p, a.Exact))
				}
				o.choices = append(o.choices, seq)
			}
		}
		if hasSingle {
			o.choices = append([][]cslot{{single}}, o.choices...)
		}
		out = append(out, o)
	}
	return out, nil
}

func literalSlot(w string, exact bool) cslot {
	c := cslot{exact: map[string]bool{}, stems: map[string]bool{}}
	addWord(&c, w, exact)
	return c
}

func addWord(c *cslot, w string, exact bool) {
	if exact || isPunct(w) {
		c.exact[w] = true
		return
	}
	// The text's word is stemmed the same way, so the stem alone matches
	// every form; indexing the form too would make every candidate be
	// tried twice.
	c.stems[stem(w)] = true
}

// patternWords normalises one pattern word into text words.
// patternWords normalises one pattern word into text words, tokenizing it
// exactly as text is tokenized ("director's" is "director" "'s", "don't" is
// "do" "not", "long-term" is "long" "term").
func patternWords(w string) []string {
	if v, ok := patternWordCache.Load(w); ok {
		return v.([]string)
	}
	out := tokenizePatternWord(w)
	patternWordCache.Store(w, out)
	return out
}

// patternWordCache: lexicon patterns repeat their words ("you", "the",
// "me"), and compiling tokenizes every one at start-up.
var patternWordCache sync.Map

func tokenizePatternWord(w string) []string {
	if n, err := sharedNLP(); err == nil {
		var out []string
		for _, word := range toWords(n.tokenizer.Tokenize(w), 0, nil) {
			out = append(out, word.norm)
		}
		if len(out) > 0 {
			return out
		}
	}
	return []string{normaliseToken(w)}
}

// expandOptional expands every combination of choices and optional slots
// into fixed sequences.
func expandOptional(slots []optSlot) [][]cslot {
	out := [][]cslot{nil}
	for _, s := range slots {
		var next [][]cslot
		for _, v := range out {
			if s.optional {
				next = append(next, v)
			}
			for _, c := range s.choices {
				next = append(next, append(slices.Clone(v), c...))
			}
		}
		out = next
		if len(out) > maxVariants {
			return out
		}
	}
	return out
}

// hit is a lexicon match in a sentence: words [from, to).
type hit struct {
	entry    *lexicons.Entry
	from, to int
	order    int
}

// find returns the entries matched in words, keeping only the longest of
// overlapping matches (ties go to the entry listed first).
func (m *matcher) find(words []word) []hit {
	var hits []hit
	// Variants already tried at this word: a variant can be indexed under
	// both a word form and a stem. The lists are short, so a slice beats a map.
	var tried []*variant
	for i := range words {
		w := &words[i]
		tried = tried[:0]
		try := func(vs []*variant) {
			for _, v := range vs {
				if slices.Contains(tried, v) {
					continue
				}
				tried = append(tried, v)
				if end, ok := matchAt(v.slots, words, i); ok {
					hits = append(hits, hit{entry: v.entry, from: i, to: end, order: v.order})
				}
			}
		}
		try(m.byExact[w.norm])
		if !w.punct {
			try(m.byStem[w.stem])
		}
	}
	return longestNonOverlapping(hits)
}

// matchAt matches slots against words starting at i and returns the end of
// the shortest match (gaps are lazy).
func matchAt(slots []cslot, words []word, i int) (int, bool) {
	if len(slots) == 0 {
		return i, true
	}
	s := &slots[0]
	if s.gap > 0 {
		for skip := 0; skip <= s.gap; skip++ {
			if skip > 0 && (i+skip-1 >= len(words) || words[i+skip-1].punct) {
				break
			}
			if end, ok := matchAt(slots[1:], words, i+skip); ok {
				return end, true
			}
		}
		return 0, false
	}
	if i >= len(words) || !s.matches(&words[i]) {
		return 0, false
	}
	return matchAt(slots[1:], words, i+1)
}

func longestNonOverlapping(hits []hit) []hit {
	if len(hits) < 2 {
		return hits
	}
	sort.SliceStable(hits, func(a, b int) bool {
		la, lb := hits[a].to-hits[a].from, hits[b].to-hits[b].from
		if la != lb {
			return la > lb
		}
		if hits[a].from != hits[b].from {
			return hits[a].from < hits[b].from
		}
		return hits[a].order < hits[b].order
	})
	var kept []hit
	for _, h := range hits {
		overlaps := false
		for _, k := range kept {
			if h.from < k.to && k.from < h.to {
				overlaps = true
				break
			}
		}
		if !overlaps {
			kept = append(kept, h)
		}
	}
	sort.Slice(kept, func(a, b int) bool { return kept[a].from < kept[b].from })
	return kept
}
