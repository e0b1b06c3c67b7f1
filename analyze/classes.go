package analyze

// wordClass is a bit standing for a word list that the rules test on
// every word of every sentence (pronouns, the first words of fixed
// phrases). A word's classes are worked out once per distinct token, with
// the token cache, so testing one costs a bit operation instead of a map
// lookup.
type wordClass uint64

// classTests are the lists behind the bits, in bit order. They are
// registered by package-level variables and only read after start-up.
var classTests []func(norm string) bool

func newWordClass(has func(norm string) bool) wordClass {
	if len(classTests) == 64 {
		panic("analyze: more than 64 word classes")
	}
	classTests = append(classTests, has)
	return 1 << (len(classTests) - 1)
}

func setClass(words map[string]bool) wordClass {
	return newWordClass(func(norm string) bool { return words[norm] })
}

// classesOf is the set of classes norm belongs to.
func classesOf(norm string) wordClass {
	var c wordClass
	for i, has := range classTests {
		if has(norm) {
			c |= 1 << i
		}
	}
	return c
}

// is reports whether the word belongs to any of the classes c.
func (w *word) is(c wordClass) bool { return w.classes&c != 0 }
