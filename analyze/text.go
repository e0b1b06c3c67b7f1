package analyze

import (
	"iter"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tokenize"
	"github.com/kljensen/snowball/english"
)

// nlp holds prose's models. They are immutable and safe for concurrent use,
// so one set is built per process and shared by every Analyzer.
type nlp struct {
	segmenter *segment.Segmenter
	tokenizer tokenizer
	tagger    *tag.Tagger
}

var sharedNLP = sync.OnceValues(func() (*nlp, error) {
	seg, err := segment.New()
	if err != nil {
		return nil, err
	}
	tg, err := tag.New()
	if err != nil {
		return nil, err
	}
	return &nlp{segmenter: seg, tokenizer: tokenizer{prose: tokenize.New()}, tagger: tg}, nil
})

// word is one normalised word of a sentence. A token such as "I've" becomes
// two words ("i", "have") sharing the token's span.
type word struct {
	text  string    // the token as written
	norm  string    // lower case, typographic apostrophes straightened, contractions expanded
	stem  string    // Porter2 stem of norm, for inflection-insensitive matching
	tok   int       // index of the token in its sentence
	tags  *sentTags // the sentence's part-of-speech tags, computed on first use
	start int       // byte offsets in the document
	end   int
	punct bool // punctuation only
	caps  bool // written in capitals (two or more letters)
	first bool // the first word of its token (false for the "have" of "I've")
	// compound: part of a hyphenated word ("no" of "no-meetings"), which
	// never negates.
	compound bool
	// form is what the token cache knows of the word (nil when a neighbour
	// changed it, as "let's" or "can't" do).
	form    *wordForm
	classes wordClass // see classes.go
}

// sentTags tags a sentence's tokens where a rule asks for a part of speech.
// Most sentences are settled by their words alone (a subject pronoun, a
// determiner, an object after the first word), so tagging, the costliest
// step, runs only where needed, and then only on a window of tokens around
// the word asked about: the tagger looks two words either way. Not safe for
// concurrent use: a sentence belongs to one goroutine.
type sentTags struct {
	tagger *tag.Tagger
	toks   []tokenize.Token
	tagged []bool
}

// tagWindow is how many tokens either side of a word are tagged with it.
const tagWindow = 2

// Tag is the Penn Treebank part of speech of the word's token ("" when the
// word was made without a tagger).
func (w *word) Tag() string {
	t := w.tags
	if t == nil {
		return ""
	}
	if len(t.tagged) < len(t.toks) { // first use in this sentence
		if cap(t.tagged) >= len(t.toks) {
			t.tagged = t.tagged[:len(t.toks)]
			clear(t.tagged)
		} else {
			t.tagged = make([]bool, len(t.toks))
		}
	}
	if !t.tagged[w.tok] {
		lo, hi := max(0, w.tok-tagWindow), min(len(t.toks), w.tok+tagWindow+1)
		var buf [2*tagWindow + 1]tokenize.Token
		window := buf[:hi-lo]
		copy(window, t.toks[lo:hi])
		t.tagger.TagTokens(window)
		for k := range window {
			if !t.tagged[lo+k] {
				t.toks[lo+k].Tag = window[k].Tag
				t.tagged[lo+k] = true
			}
		}
	}
	return t.toks[w.tok].Tag
}

// span is a sentence found in the document.
type span struct {
	start, end int // byte offsets in the document
	words      []word
}

// contractions expands the second half of contractions that prose splits
// off ("n't", "'ll") and whole tokens it leaves joined ("I've", "cannot").
var contractionSuffix = map[string]string{
	"n't": "not", "'ll": "will", "'re": "are", "'m": "am", "'ve": "have", "'d": "would",
}

var contractionWhole = map[string][]string{
	"i've": {"i", "have"}, "i'd": {"i", "would"}, "i'll": {"i", "will"}, "i'm": {"i", "am"},
	"you've": {"you", "have"}, "you'd": {"you", "would"}, "you'll": {"you", "will"}, "you're": {"you", "are"},
	"we've": {"we", "have"}, "we'd": {"we", "would"}, "we'll": {"we", "will"}, "we're": {"we", "are"},
	"they've": {"they", "have"}, "they'd": {"they", "would"}, "they'll": {"they", "will"}, "they're": {"they", "are"},
	"it'd": {"it", "would"}, "it'll": {"it", "will"}, "that'd": {"that", "would"}, "that'll": {"that", "will"},
	"he'd": {"he", "would"}, "he'll": {"he", "will"}, "she'd": {"she", "would"}, "she'll": {"she", "will"},
	"there'll": {"there", "will"}, "who'd": {"who", "would"}, "who'll": {"who", "will"},
	"cannot": {"can", "not"}, "dont": {"do", "not"}, "don't": {"do", "not"}, "won't": {"will", "not"},
	"can't": {"can", "not"}, "didn't": {"did", "not"}, "doesn't": {"does", "not"}, "isn't": {"is", "not"},
	"aren't": {"are", "not"}, "wasn't": {"was", "not"}, "shouldn't": {"should", "not"}, "wouldn't": {"would", "not"},
	"couldn't": {"could", "not"}, "mustn't": {"must", "not"}, "haven't": {"have", "not"}, "hasn't": {"has", "not"},
	"let's": {"let", "us"}, "gonna": {"going", "to"}, "wanna": {"want", "to"},
	"gotta": {"got", "to"}, "im": {"i", "am"}, "ive": {"i", "have"}, "youre": {"you", "are"},
	"should've": {"should", "have"}, "could've": {"could", "have"}, "would've": {"would", "have"},
	"must've": {"must", "have"}, "might've": {"might", "have"}, "shouldve": {"should", "have"},
	"couldve": {"could", "have"}, "wouldve": {"would", "have"},
	"didnt": {"did", "not"}, "doesnt": {"does", "not"}, "cant": {"can", "not"}, "wont": {"will", "not"},
	"isnt": {"is", "not"}, "shouldnt": {"should", "not"}, "havent": {"have", "not"},
	"youll": {"you", "will"}, "youve": {"you", "have"}, "theyre": {"they", "are"}, "thats": {"that", "is"},
	"whats": {"what", "is"}, "wasnt": {"was", "not"}, "werent": {"were", "not"}, "couldnt": {"could", "not"},
	"wouldnt": {"would", "not"}, "hasnt": {"has", "not"}, "hadnt": {"had", "not"}, "arent": {"are", "not"},
	"aint": {"is", "not"}, "mustnt": {"must", "not"}, "theyll": {"they", "will"}, "weve": {"we", "have"},
	"itll": {"it", "will"}, "thatll": {"that", "will"}, "shes": {"she", "is"}, "hes": {"he", "is"},
	"theres": {"there", "is"}, "wheres": {"where", "is"}, "whos": {"who", "is"}, "hows": {"how", "is"},
}

var strippedI = map[string][]string{"Ill": {"i", "will"}, "Id": {"i", "would"}}

// contractionStem fixes the first halves prose leaves behind ("ca" of "can't").
var contractionStem = map[string]string{"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}

func normaliseToken(s string) string {
	// Backticks quote code in technical mail ("`which git`"); the word
	// inside is the word.
	if t := strings.Trim(s, "`"); t != "" {
		s = t
	}
	s = strings.ToLower(s)
	if strings.ContainsAny(s, "’‘`") {
		s = strings.NewReplacer("’", "'", "‘", "'", "`", "'").Replace(s)
	}
	// Trailing ellipses and dashes glued to a word ("done…") are not part of it.
	s = strings.TrimRight(s, "…")
	if full, ok := chatSpelling[s]; ok {
		return full
	}
	if us, ok := britishSpelling[s]; ok {
		return us
	}
	if isClockTime(s) {
		return clockTime
	}
	return s
}

// clockTime is the word a time of day normalises to ("5pm", "10:30",
// "3:00pm"), so that a pattern can name a deadline at any hour
// ("by =clocktime").
const clockTime = "clocktime"

// isClockTime: an hour and minutes ("10:30"), or an hour with am or pm
// ("5pm", "11am", "3:30pm"); a bare number is not a time.
func isClockTime(s string) bool {
	digits := 0
	for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	if digits == 0 || digits > 2 {
		return false
	}
	rest := s[digits:]
	hasMinutes := false
	if len(rest) >= 3 && rest[0] == ':' && isNumber(rest[1:3]) {
		rest, hasMinutes = rest[3:], true
	}
	switch rest {
	case "am", "pm", "a.m.", "p.m.", "a.m", "p.m":
		return true
	case "":
		return hasMinutes
	}
	return false
}

// splitHyphenated splits "long-term" and "day-to-day" into their words, so
// that patterns match them whether they are written with hyphens or spaces.
// Numbers and dates ("2024-01-05") stay whole.
func splitHyphenated(s string) []string {
	if !strings.Contains(s, "-") || isNumberLike(s) {
		return nil
	}
	parts := strings.Split(s, "-")
	for _, p := range parts {
		if p == "" {
			return nil
		}
	}
	return parts
}

// splitGluedPunctuation splits words glued to an ellipsis, a double dash or a
// comma ("soon...call", "...call", "Martha--pls", "KOKCard,please") into
// the words and the punctuation, which prose keeps as one token. Numbers
// ("1,000") are not split: every part must be letters.
func splitGluedPunctuation(s string) []string {
	var parts []string
	for s != "" {
		i := strings.Index(s, "..")
		if k := strings.Index(s, "--"); k >= 0 && (i < 0 || k < i) {
			i = k
		}
		if k := strings.IndexByte(s, ','); k > 0 && k+1 < len(s) && (i < 0 || k < i) {
			i = k
		}
		if i < 0 {
			parts = append(parts, s)
			break
		}
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		if i > 0 {
			parts = append(parts, s[:i])
		}
		parts = append(parts, s[i:j])
		s = s[j:]
	}
	if len(parts) < 2 {
		return nil
	}
	for k, p := range parts {
		if p[0] != '.' && p[0] != '-' && p != "," && !isLettersOnly(p) {
			return nil // a path, a version or a URL ("../x", "1..5")
		}
		if full, ok := chatSpelling[p]; ok {
			parts[k] = full
		} else if us, ok := britishSpelling[p]; ok {
			parts[k] = us
		}
	}
	return parts
}

// chatSpelling maps the shorthand of chat and texting to the words patterns use
// ("e:mail" is how some mail systems of the 2000s wrote "e-mail"), and the
// commonest misspellings of cue words ("recieved", "tommorow").
var chatSpelling = map[string]string{"u": "you", "ur": "your", "r": "are", "thx": "thanks",
	"pls": "please", "plz": "please", "plese": "please", "e-mail": "email", "e-mails": "emails", "e-mailed": "emailed", "e:mail": "email", "e:mails": "emails", "e:mailed": "emailed", "tmrw": "tomorrow", "msg": "message", "ppl": "people",
	"recieve": "receive", "recieved": "received", "recieving": "receiving", "tommorow": "tomorrow", "tomorow": "tomorrow",
	"untill": "until", "definately": "definitely", "actualy": "actually", "seperate": "separate", "seperately": "separately"}

// stemCache avoids re-stemming common words; stems never change.
var stemCache = newCache[string](20_000)

func stem(w string) string {
	return stemCache.get(w, func(w string) string { return strings.Clone(english.Stem(w, false)) })
}

func isPunct(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 2
}

// tokenWords is what a token's text alone says about its words: their
// normal forms and stems, and whether they are punctuation, capitals or
// parts of a hyphenated compound. It is computed once per distinct token
// text and shared (see tokenCache); toWords adds offsets and the two cases
// that depend on the neighbouring token.
type tokenWords struct {
	text     string // the token's text (copied)
	parts    []wordForm
	compound bool // parts of a hyphenated word, which never negate
}

type wordForm struct {
	norm, stem  string
	punct, caps bool
	classes     wordClass
	// ids remembers the form's ids in the last matcher that looked it up,
	// so a word repeated across a corpus is looked up once, not every time.
	ids atomic.Pointer[matcherIDs]
}

type matcherIDs struct {
	m  *matcher
	id wordID
}

// tokenCache maps token texts to their tokenWords.
var tokenCache = newCache[*tokenWords](50_000)

func wordsOfToken(text string) *tokenWords { return tokenCache.get(text, makeTokenWords) }

func makeTokenWords(text string) *tokenWords {
	norm := normaliseToken(text)
	parts, ok := contractionWhole[norm]
	// Without their apostrophes "I'll" and "I'd" are written "Ill" and
	// "Id"; the capital I tells them from "ill" and "id".
	if p, found := strippedI[text]; found {
		parts, ok = p, true
	}
	tw := &tokenWords{text: strings.Clone(text)}
	if !ok {
		if parts = splitGluedPunctuation(norm); parts != nil {
			ok = true // separate words, not a compound
		} else {
			parts = splitHyphenated(norm)
			tw.compound = true
		}
	}
	if len(parts) > 1 {
		for j, p := range parts {
			tw.parts = append(tw.parts, wordForm{norm: p, stem: stem(p), punct: isPunct(p), caps: j == 0 && isCaps(text), classes: classesOf(p)})
		}
		return tw
	}
	tw.compound = false
	if exp, ok := contractionSuffix[norm]; ok {
		norm = exp
	}
	tw.parts = make([]wordForm, 1)
	f := &tw.parts[0]
	f.norm, f.punct, f.classes = strings.Clone(norm), isPunct(norm), classesOf(norm)
	if f.punct {
		f.stem = f.norm
	} else {
		f.stem, f.caps = stem(norm), isCaps(text)
	}
	return tw
}

// toWords turns prose tokens into normalised words. base is added to token
// offsets to make them document offsets.
func toWords(tokens []tokenize.Token, base int, tags *sentTags) []word {
	return appendWords(make([]word, 0, len(tokens)+2), tokens, nil, base, tags, nil)
}

// appendWords appends the words of tokens to out; tws, when not nil, holds
// each token's words already looked up.
func appendWords(out []word, tokens []tokenize.Token, tws []*tokenWords, base int, tags *sentTags, l *localCache) []word {
	for i, t := range tokens {
		var tw *tokenWords
		if tws != nil {
			tw = tws[i]
		} else {
			tw = l.words(t.Text)
		}
		w := word{text: t.Text, tok: i, tags: tags, start: base + t.Start, end: base + t.End(), first: true}
		if len(tw.parts) > 1 {
			for j := range tw.parts {
				p := &tw.parts[j]
				pw := w
				pw.norm, pw.stem, pw.punct, pw.first, pw.caps, pw.compound, pw.form, pw.classes = p.norm, p.stem, p.punct, j == 0, p.caps, tw.compound, p, p.classes
				out = append(out, pw)
			}
			continue
		}
		f := &tw.parts[0]
		w.norm, w.stem, w.punct, w.caps, w.form, w.classes = f.norm, f.stem, f.punct, f.caps, f, f.classes
		// "lets" opening a sentence before a verb is "let's" typed without
		// its apostrophe ("lets plan the summer together"); before an
		// object ("Lets you export the data") it is the verb.
		if i == 0 && w.norm == "lets" && i+1 < len(tokens) && isLettersOnly(tokens[i+1].Text) && !letsObjects[normaliseToken(tokens[i+1].Text)] {
			let, us := w, w
			let.norm, let.stem, let.form, let.classes = "let", "let", nil, classesOf("let")
			us.norm, us.stem, us.form, us.classes, us.first = "us", "us", nil, classesOf("us"), false
			out = append(out, let, us)
			continue
		}
		// The two cases the neighbours decide: "let's" is "let us", and
		// the "ca" of "can't" is "can".
		switch {
		case w.norm == "'s" && i > 0 && normaliseToken(tokens[i-1].Text) == "let":
			w.norm, w.stem, w.form, w.classes = "us", "us", nil, classesOf("us")
		case len(w.norm) <= 3 && contractionStem[w.norm] != "" && i+1 < len(tokens) && normaliseToken(tokens[i+1].Text) == "n't":
			w.norm = contractionStem[w.norm]
			w.stem, w.form, w.classes = stem(w.norm), nil, classesOf(w.norm)
		// "they should of been sterilised": "of" written for the "'ve" it
		// sounds like, after a modal and before a participle.
		case w.norm == "of" && i > 0 && i+1 < len(tokens) && ofForHave(normaliseToken(tokens[i-1].Text), normaliseToken(tokens[i+1].Text)):
			w.norm, w.stem, w.form, w.classes = "have", "have", nil, classesOf("have")
		}
		out = append(out, w)
	}
	return out
}

// splitBlocks cuts a document into blocks that no sentence may cross: blank
// lines, list items, headings and short unpunctuated lines such as "Hi team,"
// or "Thanks," end a block. Hard-wrapped lines of a paragraph stay together.
func splitBlocks(text string) [][2]int {
	var blocks [][2]int
	blockStart := -1
	prevEnds := true // whether the previous line ends a block
	for pos, lineEnd := range lines(text) {
		line := text[pos:lineEnd]
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			if blockStart >= 0 {
				blocks = append(blocks, [2]int{blockStart, pos})
				blockStart = -1
			}
			prevEnds = true
		default:
			if blockStart >= 0 && (prevEnds || startsBlock(trimmed)) {
				blocks = append(blocks, [2]int{blockStart, pos})
				blockStart = -1
			}
			if blockStart < 0 {
				blockStart = pos + strings.Index(line, trimmed)
			}
			prevEnds = endsBlock(trimmed)
		}
	}
	if blockStart >= 0 {
		end := len(text)
		for end > blockStart && isSpaceByte(text[end-1]) {
			end--
		}
		blocks = append(blocks, [2]int{blockStart, end})
	}
	return blocks
}

// splitParagraphs cuts a document into blocks at blank lines only.
func splitParagraphs(text string) [][2]int {
	var blocks [][2]int
	start := -1
	for lineStart, lineEnd := range lines(text) {
		if strings.TrimSpace(text[lineStart:lineEnd]) == "" {
			if start >= 0 {
				blocks = append(blocks, trimBlock(text, start, lineStart))
				start = -1
			}
		} else if start < 0 {
			start = lineStart
		}
	}
	if start >= 0 {
		blocks = append(blocks, trimBlock(text, start, len(text)))
	}
	return blocks
}

// splitLines makes every non-blank line a block.
func splitLines(text string) [][2]int {
	var blocks [][2]int
	for start, end := range lines(text) {
		if b := trimBlock(text, start, end); b[0] < b[1] {
			blocks = append(blocks, b)
		}
	}
	return blocks
}

// lines yields the [start, end) offsets of each line of text, without its
// "\n"; text ending in "\n" has an empty last line.
func lines(text string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		start := 0
		for {
			nl := strings.IndexByte(text[start:], '\n')
			if nl < 0 {
				yield(start, len(text))
				return
			}
			if !yield(start, start+nl) {
				return
			}
			start += nl + 1
		}
	}
}

func trimBlock(text string, start, end int) [2]int {
	for start < end && isSpaceByte(text[start]) {
		start++
	}
	for end > start && isSpaceByte(text[end-1]) {
		end--
	}
	return [2]int{start, end}
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\r' || b == '\t' }

// startsBlock: list items and headings start a new block.
func startsBlock(line string) bool {
	switch line[0] {
	case '-', '*', '+', '#', '>', '|':
		return true
	}
	if strings.HasPrefix(line, "•") || strings.HasPrefix(line, "–") {
		return true
	}
	// "1." / "2)" numbered items
	i := 0
	for i < len(line) && i < 3 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 0 && i < len(line) && (line[i] == '.' || line[i] == ')')
}

// endsBlock: a short line that does not end mid-sentence ends its block, as
// do lines ending in a colon; a long line without a full stop is probably
// hard-wrapped and continues.
func endsBlock(line string) bool {
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case ':':
		return true
	case '.', '!', '?':
		return false // the segmenter splits there anyway; keep wrapped sentences whole
	}
	return utf8.RuneCountInString(line) < 48
}

// lineIndex maps byte offsets to 1-based lines and columns (columns count
// Unicode code points, as editors do). It remembers the last position asked
// for and counts from there, so the nearby offsets of one document cost linear time even
// on a single very long line. It belongs to one document and one goroutine.
type lineIndex struct {
	text   string
	starts []int
	// the last answer, to count on from
	lastLine, lastOffset, lastCol int
}

func newLineIndex(text string) *lineIndex {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &lineIndex{text: text, starts: starts, lastLine: -1}
}

func (li *lineIndex) position(offset int) (line, col int) {
	lo, hi := 0, len(li.starts)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if li.starts[mid] <= offset {
			lo = mid
		} else {
			hi = mid
		}
	}
	switch {
	case lo == li.lastLine && offset >= li.lastOffset:
		col = li.lastCol + utf8.RuneCountInString(li.text[li.lastOffset:offset])
	case lo == li.lastLine:
		col = li.lastCol - utf8.RuneCountInString(li.text[offset:li.lastOffset])
	default:
		col = utf8.RuneCountInString(li.text[li.starts[lo]:offset]) + 1
	}
	li.lastLine, li.lastOffset, li.lastCol = lo, offset, col
	return lo + 1, col
}

// letsObjects after a sentence-opening "lets" make it the verb ("Lets you
// export the data").
var letsObjects = set("you", "u", "me", "him", "her", "them", "us", "it", "people", "anyone", "everyone", "users", "customers")

// ofForHave: "of" between a modal and "been" or a past form stands for
// "have" ("should of been", "could of told me"; not "could of course").
func ofForHave(before, after string) bool {
	switch before {
	case "should", "could", "would", "must", "might":
	default:
		return false
	}
	return after == "been" || after == "known" || after == "done" || after == "told" || strings.HasSuffix(after, "ed")
}
