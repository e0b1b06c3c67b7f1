package analyze

import (
	"fmt"
	"slices"
	"sort"
	"sync"

	"github.com/jdkato/prose/v3/tokenize"
	"github.com/leadlint/leadlint/lexicons"
)

// variant is one expansion of a pattern with its optional slots decided,
// its words replaced by ids in the matcher's vocabulary.
type variant struct {
	entry *lexicons.Entry
	slots []idSlot
	order int // entry index, for stable results
	index int // position among all variants, for find's bookkeeping
	// anchor is the slot the variant is indexed by: 0, or 1 when the first
	// slot holds a word as common as "I", "you" or "the" (a hundred
	// patterns start "I ..."; far fewer sentences have their second word).
	anchor int
	// rare is a later slot of uncommon words ("trust" in "I ... trust
	// you"): a sentence without one of them cannot match. find marks the
	// variants whose rare word a sentence holds, from an index by those
	// words, and tries only those (93% of tries of variants opening "I" or
	// "you" failed that test). Nil when there is no such slot.
	rare *idSlot
}

// findScratch is find's bookkeeping, pooled: which variants were tried at
// which word, and which rare-indexed variants the sentence already holds
// (candidate[v.index] == stamp).
type findScratch struct {
	triedAt   []int32
	candidate []uint32
	stamp     uint32
}

// rareSlot picks the literal slot after the anchor with the fewest words,
// none of them common.
//
// A slot of frequent words ("on", "with", "have") is chosen only when no
// other is left: "I will be on the floor" is indexed by "floor", not "on".
func rareSlot(v *variant) *idSlot {
	var best *idSlot
	for k := v.anchor + 1; k < len(v.slots); k++ {
		s := &v.slots[k]
		if s.any || s.gap > 0 || len(s.forms)+len(s.stems) == 0 || s.common {
			continue
		}
		if best == nil || best.frequent && !s.frequent || best.frequent == s.frequent && len(s.forms)+len(s.stems) < len(best.forms)+len(best.stems) {
			best = s
		}
	}
	return best
}

// idSlot is a cslot with word ids for words: a text word is looked up once
// per sentence, and each slot it is tried against costs a scan of a few
// integers instead of two map lookups.
type idSlot struct {
	forms []int32 // ids of word forms that match exactly
	stems []int32 // ids of stems that match any inflection
	gap   int
	any   bool
	// (The bools last: the slot is copied for every variant an optional
	// slot expands to.)
	common bool // accepts a common word (see commonWords)
	// frequent: accepts a word of frequentWords, a poor choice of rare slot
	frequent bool
}

func (s *idSlot) matches(id wordID, punct bool) bool {
	if s.any {
		return !punct
	}
	return hasID(s.forms, id.form) || (!punct && hasID(s.stems, id.stem))
}

// hasID reports whether the sorted ids hold id: a scan for the usual
// handful, a binary search for the word classes (pronouns, days, numbers).
func hasID(ids []int32, id int32) bool {
	if id < 0 {
		return false
	}
	if len(ids) <= 8 {
		return slices.Contains(ids, id)
	}
	_, ok := slices.BinarySearch(ids, id)
	return ok
}

// wordID is a text word's form and stem in the matcher's vocabulary (-1 when
// no pattern uses it).
type wordID struct{ form, stem int32 }

// matcher finds lexicon entries in sentences. It indexes every variant by
// the words its anchor slot accepts (the first, or the second after a
// common first word), and a variant with a rare slot also by that slot's
// words, so a sentence costs two map lookups per word plus the few
// candidates that share an anchor word and whose rare word it holds.
type matcher struct {
	forms  map[string]int32 // every word form a slot accepts exactly
	stems  map[string]int32 // every stem a slot accepts
	byForm [][]*variant     // by form id: the variants whose anchor slot accepts it
	byStem [][]*variant
	// rareByForm, rareByStem: by id, the variants whose rare slot accepts it
	// (find marks them for the sentence before trying the anchored ones).
	rareByForm [][]*variant
	rareByStem [][]*variant
	count      int       // variants in all
	tried      sync.Pool // *findScratch, for find
}

// maxVariants bounds the expansion of optional slots per pattern.
const maxVariants = 64

func newMatcher(entries []lexicons.Entry) (*matcher, error) {
	return buildMatcher(entries, true)
}

// buildMatcher builds a matcher; anchorSecond lets variants that open with
// a common word be indexed by their second, and gives them their rare slot
// to check first (the tests compare both ways).
func buildMatcher(entries []lexicons.Entry, anchorSecond bool) (*matcher, error) {
	m := &matcher{forms: map[string]int32{}, stems: map[string]int32{}}
	for i := range entries {
		e := &entries[i]
		slots, err := compileSlots(e.Slots)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: entry %q: %w", e.File, e.Line, e.ID, err)
		}
		// Each compiled slot gets its word ids once, before the optional
		// slots are expanded: a slot recurs in most of an entry's variants,
		// and sorting its words again for each was most of the build
		// (itself most of a command's start-up).
		idSlots := make([]optSlot[idSlot], len(slots))
		for k, s := range slots {
			idSlots[k].optional = s.optional
			for _, choice := range s.choices {
				run := make([]idSlot, len(choice))
				for n, c := range choice {
					run[n] = idSlot{forms: m.ids(m.forms, c.exact), stems: m.ids(m.stems, c.stems), any: c.any, gap: c.gap, common: opensCommon(c)}
					run[n].frequent = !run[n].common && opensFrequent(c)
				}
				idSlots[k].choices = append(idSlots[k].choices, run)
			}
		}
		variants := expandOptional(idSlots)
		if len(variants) > maxVariants {
			return nil, fmt.Errorf("%s:%d: entry %q: too many optional slots", e.File, e.Line, e.ID)
		}
		for _, vs := range variants {
			if len(vs) == 0 || vs[0].any || vs[0].gap > 0 {
				continue // ParsePattern forbids this for required slots; an optional lead is skipped
			}
			v := &variant{entry: e, order: i, index: m.count, slots: vs}
			m.count++
			if anchorSecond && len(vs) > 1 && vs[0].common && vs[1].isLiteral() && !vs[1].common {
				v.anchor = 1
			}
			if anchorSecond {
				v.rare = rareSlot(v)
			}
			m.byForm = index(m.byForm, v.slots[v.anchor].forms, v)
			m.byStem = index(m.byStem, v.slots[v.anchor].stems, v)
			if v.rare != nil {
				m.rareByForm = index(m.rareByForm, v.rare.forms, v)
				m.rareByStem = index(m.rareByStem, v.rare.stems, v)
			}
		}
	}
	m.tried.New = func() any {
		return &findScratch{triedAt: make([]int32, m.count), candidate: make([]uint32, m.count)}
	}
	return m, nil
}

// commonWords open so many patterns and sentences that indexing a pattern
// by one would make nearly every sentence try it.
var commonWords = set("i", "you", "we", "they", "he", "she", "it", "not", "the", "a", "an", "to",
	"do", "be", "is", "are", "this", "that", "my", "your", "our", "their", "no", "all", "in", "of",
	"for", "and", "so", "will", "can", "what", "how", "let", "me", "us", "just", "please", "if")

// frequentWords are frequent enough that a slot of them says little about
// whether a sentence can match (see rareSlot), though not so frequent as to
// bar indexing by them.
var frequentWords = set("on", "at", "with", "by", "from", "as", "or", "was", "were", "have", "has", "had",
	"get", "got", "one", "up", "out", "about", "there", "would", "should", "could", "been", "being", "am",
	"more", "some", "any", "every", "when", "then", "than", "only", "also", "very", "really", "know",
	"think", "want", "need", "like", "make", "go", "see", "time", "take", "good", "new", "now", "here",
	"his", "her", "them", "him", "its", "which", "who", "did", "does", "way", "thing", "things", ".",
	",", "?", "!", "work", "team", "people", "back", "day", "week")

// opensFrequent reports whether a slot accepts a frequent word.
func opensFrequent(c cslot) bool { return acceptsWordOf(c, frequentWords) }

// opensCommon reports whether a slot accepts a common word.
func opensCommon(c cslot) bool { return c.any || c.gap > 0 || acceptsWordOf(c, commonWords) }

// acceptsWordOf reports whether a slot accepts a word, exactly or by its
// stem, of the set.
func acceptsWordOf(c cslot, words map[string]bool) bool {
	for w := range c.exact {
		if words[w] {
			return true
		}
	}
	for st := range c.stems {
		if words[st] {
			return true
		}
	}
	return false
}

// isLiteral: the slot accepts listed words only (not a gap or any word).
func (s *idSlot) isLiteral() bool { return !s.any && s.gap == 0 && len(s.forms)+len(s.stems) > 0 }

// ids gives each word of set an id in vocab, in sorted order so that ids
// are the same from run to run.
func (m *matcher) ids(vocab map[string]int32, set map[string]bool) []int32 {
	words := make([]string, 0, len(set))
	for w := range set {
		words = append(words, w)
	}
	slices.Sort(words)
	out := make([]int32, 0, len(words))
	for _, w := range words {
		id, ok := vocab[w]
		if !ok {
			id = int32(len(vocab))
			vocab[w] = id
		}
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// index adds v to the lists of ids.
func index(lists [][]*variant, ids []int32, v *variant) [][]*variant {
	for _, id := range ids {
		for int(id) >= len(lists) {
			lists = append(lists, nil)
		}
		lists[id] = append(lists[id], v)
	}
	return lists
}

// cslot is a pattern slot compiled from the lexicon, before its words get ids.
type cslot struct {
	exact map[string]bool // word forms that match exactly
	stems map[string]bool // stems that match any inflection
	any   bool
	gap   int // > 0: matches 0..gap non-punctuation words
}

// optSlot is one pattern slot compiled: one or more choices, each a run of
// compiled slots (single-word alternatives share one choice; an alternative
// that normalises to several words, such as "band-aid" or "don't", is a
// choice of its own), kept or skipped as a whole when optional.
type optSlot[T any] struct {
	choices  [][]T
	optional bool
}

// compileSlots normalises each pattern word the way text is normalised, so
// "don't" in a pattern becomes the two slots "do" "not".
func compileSlots(slots []lexicons.Slot) ([]optSlot[cslot], error) {
	var out []optSlot[cslot]
	for _, s := range slots {
		if s.Gap > 0 {
			out = append(out, optSlot[cslot]{choices: [][]cslot{{{gap: s.Gap}}}})
			continue
		}
		single := cslot{exact: map[string]bool{}, stems: map[string]bool{}}
		hasSingle := false
		o := optSlot[cslot]{optional: s.Optional}
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
	var out []string
	for _, word := range toWords(patternTokenizer().Tokenize(w), 0, nil) {
		out = append(out, word.norm)
	}
	if len(out) > 0 {
		return out
	}
	return []string{normaliseToken(w)}
}

// patternTokenizer is prose's tokenizer on its own: it needs none of the
// models, so the lexicon's patterns compile while the models load.
var patternTokenizer = sync.OnceValue(func() tokenizer { return tokenizer{prose: tokenize.New()} })

// expandOptional expands every combination of choices and optional slots
// into fixed sequences.
func expandOptional[T any](slots []optSlot[T]) [][]T {
	// Each variant is built once, at its length, from the choice taken at
	// each slot (-1: an optional slot left out); the earlier way copied a
	// growing prefix at every slot, most of the matcher's build.
	var out [][]T
	picks := make([]int, len(slots))
	var walk func(k, n int) bool
	walk = func(k, n int) bool {
		if k == len(slots) {
			v := make([]T, 0, n)
			for j, p := range picks {
				if p >= 0 {
					v = append(v, slots[j].choices[p]...)
				}
			}
			out = append(out, v)
			return len(out) <= maxVariants
		}
		if slots[k].optional {
			picks[k] = -1
			if !walk(k+1, n) {
				return false
			}
		}
		for c, choice := range slots[k].choices {
			picks[k] = c
			if !walk(k+1, n+len(choice)) {
				return false
			}
		}
		return true
	}
	walk(0, 0)
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
	ids := make([]wordID, len(words))
	for i := range words {
		w := &words[i]
		if w.form != nil {
			if c := w.form.ids.Load(); c != nil && c.m == m {
				ids[i] = c.id
				continue
			}
		}
		ids[i] = m.lookup(w)
		if w.form != nil {
			w.form.ids.Store(&matcherIDs{m: m, id: ids[i]})
		}
	}
	var hits []hit
	fs := m.tried.Get().(*findScratch)
	defer func() {
		clear(fs.triedAt)
		m.tried.Put(fs)
	}()
	fs.stamp++
	if fs.stamp == 0 { // wrapped: old marks could collide
		clear(fs.candidate)
		fs.stamp = 1
	}
	// Mark the variants whose rare word the sentence holds.
	for _, id := range ids {
		if id.form >= 0 {
			for _, v := range variantsAt(m.rareByForm, id.form) {
				fs.candidate[v.index] = fs.stamp
			}
		}
		if id.stem >= 0 {
			for _, v := range variantsAt(m.rareByStem, id.stem) {
				fs.candidate[v.index] = fs.stamp
			}
		}
	}
	// A variant can be indexed under both the form and the stem of a word;
	// triedAt[v.index] == i+1 says it was tried at word i already.
	triedAt := fs.triedAt
	for i := range words {
		for pass := 0; pass < 2; pass++ {
			var vs []*variant
			if id := ids[i].form; pass == 0 && id >= 0 {
				vs = variantsAt(m.byForm, id)
			} else if id := ids[i].stem; pass == 1 && id >= 0 {
				vs = variantsAt(m.byStem, id)
			}
			for _, v := range vs {
				if triedAt[v.index] == int32(i+1) || v.rare != nil && fs.candidate[v.index] != fs.stamp {
					continue
				}
				triedAt[v.index] = int32(i + 1)
				// The index found the variant by its anchor slot's word.
				from := i - v.anchor
				if from < 0 || v.anchor == 1 && !v.slots[0].matches(ids[from], words[from].punct) {
					continue
				}
				if from > 0 && slices.Contains(v.entry.NotAfter, words[from-1].norm) {
					continue
				}
				if end, ok := matchAt(v.slots[v.anchor+1:], words, ids, i+1); ok {
					hits = append(hits, hit{entry: v.entry, from: from, to: end, order: v.order})
				}
			}
		}
	}
	return longestNonOverlapping(hits)
}

// variantsAt is lists[id], or nil past the end.
func variantsAt(lists [][]*variant, id int32) []*variant {
	if int(id) < len(lists) {
		return lists[id]
	}
	return nil
}

// lookup finds a word's form and stem in the vocabulary.
func (m *matcher) lookup(w *word) wordID {
	id := wordID{-1, -1}
	if f, ok := m.forms[w.norm]; ok {
		id.form = f
	}
	if !w.punct {
		if st, ok := m.stems[w.stem]; ok {
			id.stem = st
		}
	}
	return id
}

// matchAt matches slots against words starting at i and returns the end of
// the shortest match (gaps are lazy).
func matchAt(slots []idSlot, words []word, ids []wordID, i int) (int, bool) {
	if len(slots) == 0 {
		return i, true
	}
	s := &slots[0]
	if s.gap > 0 {
		for skip := 0; skip <= s.gap; skip++ {
			if skip > 0 && (i+skip-1 >= len(words) || words[i+skip-1].punct) {
				break
			}
			if end, ok := matchAt(slots[1:], words, ids, i+skip); ok {
				return end, true
			}
		}
		return 0, false
	}
	if i >= len(words) || !s.matches(ids[i], words[i].punct) {
		return 0, false
	}
	return matchAt(slots[1:], words, ids, i+1)
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
