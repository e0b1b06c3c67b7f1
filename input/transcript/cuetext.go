package transcript

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cueState is what one cue's text lines share.
type cueState struct {
	speaker string
	voiced  bool // a <v> span named the speaker, so prefixes are not looked for
	changes int  // speaker changes so far, up to MaxSpeakerChangesPerCue
	lines   int  // text lines handled so far
	inRuby  bool // inside <rt>: a reading aid for the words before it, not more words
}

// textLine blanks the markup of one cue text line, decodes its entities and
// records its words for the cue's current speaker.
func (p *parser) textLine(cs *cueState, l line) {
	firstLine := cs.lines == 0
	cs.lines++
	s := p.src
	i := l.start
	// White space and tags may come before a voice span or a "Name:" prefix.
	for i < l.end {
		if isSpaceByte(s[i]) {
			i++
			continue
		}
		end, ok := markupEnd(s, i, l.end)
		if !ok {
			break
		}
		p.markup(cs, i, end, l.num)
		i = end
	}
	if !cs.voiced && i < l.end {
		if name, n, ok := speakerMarker(s[i:l.end], firstLine); ok {
			p.blank(i, i+n)
			p.setSpeaker(cs, name, l.num)
			i += n
		}
	}
	pieceStart := i
	for i < l.end {
		switch s[i] {
		case '<', '{':
			if end, ok := markupEnd(s, i, l.end); ok {
				p.spoken(cs, pieceStart, i)
				p.markup(cs, i, end, l.num)
				i, pieceStart = end, end
				continue
			}
		case '&':
			if n := p.entity(i, l.end); n > 0 {
				i += n
				continue
			}
		}
		i++
	}
	p.spoken(cs, pieceStart, l.end)
}

func (p *parser) spoken(cs *cueState, start, end int) {
	if cs.inRuby {
		p.blank(start, end)
		return
	}
	p.addSpoken(cs.speaker, start, end)
}

func (p *parser) setSpeaker(cs *cueState, name string, lineNum int) {
	if name == cs.speaker {
		return
	}
	if cs.changes >= MaxSpeakerChangesPerCue {
		if cs.changes == MaxSpeakerChangesPerCue {
			p.warnf(lineNum, "more than %d speaker changes in one cue; the later ones are ignored", MaxSpeakerChangesPerCue)
			cs.changes++
		}
		return
	}
	cs.changes++
	cs.speaker = name
}

// markupEnd finds the end of a cue tag ("<v Name>", "</i>",
// "<00:00:02.000>") or a SubRip/ASS override ("{\an8}") starting at i. The
// markup must close on its own line, before another "<" (or "{"), so that
// "x < y" and a stray "<" stay text and a line of "<<<<" costs linear time.
func markupEnd(s string, i, lineEnd int) (int, bool) {
	if i+1 >= lineEnd {
		return 0, false
	}
	var stops string
	switch c := s[i+1]; {
	case s[i] == '<' && (isASCIILetter(c) || c >= '0' && c <= '9' || c == '/' || c == '.'):
		stops = "<>"
	case s[i] == '{' && c == '\\':
		stops = "{}"
	default:
		return 0, false
	}
	j := strings.IndexAny(s[i+1:lineEnd], stops)
	if j < 0 || s[i+1+j] != stops[1] {
		return 0, false
	}
	return i + 1 + j + 1, true
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// markup blanks the tag at s[start:end] and acts on it: a voice span names
// the speaker; <rt> starts ruby text, </rt> or </ruby> ends it. "</v>" does
// not end the voice: text after it in the same cue is still its speaker's,
// which is what exporters that close every span mean.
func (p *parser) markup(cs *cueState, start, end, lineNum int) {
	p.blank(start, end)
	if p.src[start] != '<' {
		return
	}
	body := p.src[start+1 : end-1]
	name := body
	if i := strings.IndexAny(body, ". \t"); i >= 0 {
		name = body[:i]
	}
	switch name {
	case "v":
		if speaker := voiceName(body); speaker != "" {
			p.setSpeaker(cs, speaker, lineNum)
			cs.voiced = true
		}
	case "rt":
		cs.inRuby = true
	case "/rt", "/ruby":
		cs.inRuby = false
	}
}

// voiceName returns the annotation of a voice tag body ("v.loud Ann Lee"
// gives "Ann Lee"), entities decoded and white space collapsed.
func voiceName(body string) string {
	i := strings.IndexAny(body, " \t")
	if i < 0 {
		return ""
	}
	name := strings.TrimSpace(body[i:])
	if strings.ContainsAny(name, "&\t\n\r\f\v") || strings.Contains(name, "  ") {
		name = strings.Join(strings.Fields(decodeEntities(name)), " ")
	}
	return name // most often a piece of the source, shared by every cue it names
}

// maxEntityBytes is the longest entity recognised, "&#x10FFFF;" being 10.
const maxEntityBytes = 12

// entity decodes the character reference at i in place, padded with spaces
// to the reference's length, and returns the number of source bytes it
// consumed; 0 if there is no reference at i.
func (p *parser) entity(i, lineEnd int) int {
	s := p.src
	j := i + 1
	for j < lineEnd && j-i < maxEntityBytes && isEntityNameByte(s[j]) {
		j++
	}
	if j >= lineEnd || s[j] != ';' || j == i+1 {
		return 0
	}
	r, ok := entityRune(s[i+1 : j])
	if !ok {
		return 0
	}
	n := j + 1 - i
	p.blank(i, i+n)
	size := utf8.RuneLen(r)
	if r == ' ' || size > n {
		return n
	}
	utf8.EncodeRune(p.out[i:], r)
	// Close the gap inside a word: "don&#39;t" becomes "don't    ", not
	// "don'    t", which the analyser would read as two words and so miss
	// the negation. The rest of the word moves only within the reference's
	// own bytes, so every other byte keeps its offset.
	gap := n - size
	rest := wordRunLength(s[i+n : min(lineEnd, i+n+gap+1)])
	if rest == 0 || rest > gap {
		return n
	}
	copy(p.out[i+size:], s[i+n:i+n+rest])
	p.blank(i+size+rest, i+n+rest)
	return n + rest
}

// wordRunLength is the length of the word characters (ASCII letters and
// digits, and any non-ASCII character) that s starts with.
func wordRunLength(s string) int {
	i := 0
	for i < len(s) && (isASCIILetter(s[i]) || s[i] >= '0' && s[i] <= '9' || s[i] >= 0x80) {
		i++
	}
	return i
}

func isEntityNameByte(c byte) bool {
	return isASCIILetter(c) || c >= '0' && c <= '9' || c == '#'
}

// namedEntities are the references WebVTT exporters write. The invisible
// ones decode to a space: the analyser reads words, and a no-break space or
// a direction mark glued to a word would only hide it.
var namedEntities = map[string]rune{
	"amp": '&', "lt": '<', "gt": '>', "quot": '"', "apos": '\'',
	"nbsp": ' ', "lrm": ' ', "rlm": ' ',
	"ndash": '–', "mdash": '—', "hellip": '…',
	"lsquo": '‘', "rsquo": '’', "ldquo": '“', "rdquo": '”',
}

// entityRune decodes an entity's name ("amp", "#39", "#x2019"). A numeric
// reference to a control, format or space character decodes to a space,
// so no reference can add a line break; one to no character is not decoded.
func entityRune(name string) (rune, bool) {
	if r, ok := namedEntities[name]; ok {
		return r, true
	}
	digits, ok := strings.CutPrefix(name, "#")
	if !ok || digits == "" {
		return 0, false
	}
	base, maxDigits := 10, 7
	if digits[0] == 'x' || digits[0] == 'X' {
		base, maxDigits, digits = 16, 6, digits[1:]
	}
	if digits == "" || len(digits) > maxDigits {
		return 0, false
	}
	var r rune
	for i := 0; i < len(digits); i++ {
		d := hexValue(digits[i])
		if d < 0 || d >= base {
			return 0, false
		}
		r = r*rune(base) + rune(d)
	}
	switch {
	case r == 0 || !utf8.ValidRune(r):
		return 0, false
	case unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || unicode.IsSpace(r):
		return ' ', true
	}
	return r, true
}

func hexValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// decodeEntities decodes the entities of a short string (a voice name).
func decodeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '&' {
			if j := strings.IndexByte(s[i:min(len(s), i+maxEntityBytes+1)], ';'); j > 1 {
				if r, ok := entityRune(s[i+1 : i+j]); ok {
					b.WriteRune(r)
					i += j + 1
					continue
				}
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}
