package lexicons

import (
	"fmt"
	"strings"
)

// Slot is one position of a pattern.
type Slot struct {
	// Alts are the alternatives that can fill the slot; empty for a gap.
	Alts []Alt
	// Optional slots may be skipped.
	Optional bool
	// Gap, when positive, makes the slot match 0 to Gap arbitrary words.
	Gap int
}

// Alt is one alternative of a slot.
type Alt struct {
	// Word is the word to match, as written in the pattern.
	Word string
	// Exact matches the word form only; otherwise any inflection matches
	// (the word's stem is compared).
	Exact bool
	// Class, when set, matches any word of a word class (see Classes).
	Class string
	// Any matches any single word.
	Any bool
}

// GapWords is how many words "..." may stand for.
const GapWords = 3

// Classes are the word classes a pattern can name as <class>.
var Classes = map[string][]string{
	"subj": {"i", "you", "he", "she", "we", "they", "it"},
	"obj":  {"me", "you", "him", "her", "us", "them", "it", "everyone", "everybody", "people", "folks", "others"},
	"poss": {"my", "your", "his", "her", "our", "their", "its"},
	"pron": {"i", "me", "you", "he", "him", "she", "her", "we", "us", "they", "them", "it", "everyone", "everybody"},
	"team": {"team", "teams", "everyone", "everybody", "people", "folks", "staff", "crew", "group", "colleagues", "others", "you", "y'all", "guys", "all", "squad", "department"},
}

// ParsePattern parses the lexicon pattern language:
//
//	word        any inflection of word ("micromanage" finds "micromanaging")
//	=word       exactly this word form (case-insensitive)
//	a|b|=c      any one of the alternatives
//	[slot]      an optional slot, e.g. [really] or [you|them]
//	<class>     any word of a class: subj, obj, poss, pron, team
//	*           any one word
//	...         up to three words
//
// Slots are separated by spaces; punctuation such as "?" is a literal word.
// Contractions are written as usual ("don't", "let's"): the analyzer splits
// them the same way in patterns and in text.
func ParsePattern(p string) ([]Slot, error) {
	fields := strings.Fields(p)
	if len(fields) == 0 {
		return nil, fmt.Errorf("empty pattern")
	}
	// Sized up front: every entry's pattern is parsed at start-up, and the
	// growing slices were most of the parse's allocations.
	slots := make([]Slot, 0, len(fields))
	required := 0
	for _, f := range fields {
		if f == "..." {
			if len(slots) == 0 {
				return nil, fmt.Errorf("a pattern cannot start with a gap (...)")
			}
			slots = append(slots, Slot{Gap: GapWords})
			continue
		}
		var s Slot
		if strings.HasPrefix(f, "[") || strings.HasSuffix(f, "]") {
			if !strings.HasPrefix(f, "[") || !strings.HasSuffix(f, "]") || len(f) < 3 {
				return nil, fmt.Errorf("unbalanced brackets in %q", f)
			}
			s.Optional = true
			f = f[1 : len(f)-1]
		}
		s.Alts = make([]Alt, 0, strings.Count(f, "|")+1)
		for rest := f; ; {
			a, tail, more := strings.Cut(rest, "|")
			alt, err := parseAlt(a)
			if err != nil {
				return nil, fmt.Errorf("%q: %w", f, err)
			}
			s.Alts = append(s.Alts, alt)
			if !more {
				break
			}
			rest = tail
		}
		if !s.Optional {
			required++
		}
		slots = append(slots, s)
	}
	if required == 0 {
		return nil, fmt.Errorf("every slot is optional")
	}
	if first := slots[0]; !first.Optional && isWildcard(first) {
		return nil, fmt.Errorf("a pattern cannot start with a wildcard")
	}
	if last := slots[len(slots)-1]; last.Gap > 0 {
		return nil, fmt.Errorf("a pattern cannot end with a gap (...)")
	}
	return slots, nil
}

func isWildcard(s Slot) bool {
	for _, a := range s.Alts {
		if a.Any {
			return true
		}
	}
	return false
}

func parseAlt(a string) (Alt, error) {
	switch {
	case a == "":
		return Alt{}, fmt.Errorf("empty alternative")
	case a == "*":
		return Alt{Any: true}, nil
	case strings.HasPrefix(a, "<") && strings.HasSuffix(a, ">"):
		name := a[1 : len(a)-1]
		if _, ok := Classes[name]; !ok {
			return Alt{}, fmt.Errorf("unknown word class <%s>", name)
		}
		return Alt{Class: name}, nil
	case strings.HasPrefix(a, "="):
		if len(a) == 1 {
			return Alt{}, fmt.Errorf("= needs a word")
		}
		return Alt{Word: strings.ToLower(a[1:]), Exact: true}, nil
	case strings.ContainsAny(a, "[]<>"):
		return Alt{}, fmt.Errorf("unexpected bracket in %q", a)
	}
	return Alt{Word: strings.ToLower(a)}, nil
}
