package transcript

import (
	"fmt"
	"strings"
)

// line is one line of the source.
type line struct {
	start, end int // the line's content, without its terminator
	num        int // 1-based line number
}

// lineScanner reads lines ended by "\r\n", "\n" or a lone "\r" (all three
// are WebVTT line terminators), with one line of look-ahead. It never keeps
// more than that, so hostile input with millions of lines costs no memory.
type lineScanner struct {
	src     string
	pos     int
	num     int
	peeked  line
	hasPeek bool
}

// newLineScanner starts after a UTF-8 byte order mark, if there is one.
func newLineScanner(src string) *lineScanner {
	s := &lineScanner{src: src}
	if strings.HasPrefix(src, bom) {
		s.pos = len(bom)
	}
	return s
}

func (s *lineScanner) scan() (line, bool) {
	if s.pos >= len(s.src) {
		return line{}, false
	}
	start := s.pos
	end, next := len(s.src), len(s.src)
	if i := strings.IndexAny(s.src[start:], "\r\n"); i >= 0 {
		end = start + i
		next = end + 1
		if s.src[end] == '\r' && next < len(s.src) && s.src[next] == '\n' {
			next++
		}
	}
	s.num++
	s.pos = next
	return line{start: start, end: end, num: s.num}, true
}

// peek returns the next line without consuming it.
func (s *lineScanner) peek() (line, bool) {
	if !s.hasPeek {
		l, ok := s.scan()
		if !ok {
			return line{}, false
		}
		s.peeked, s.hasPeek = l, true
	}
	return s.peeked, true
}

// next consumes and returns the next line.
func (s *lineScanner) next() (line, bool) {
	if s.hasPeek {
		s.hasPeek = false
		return s.peeked, true
	}
	return s.scan()
}

// parser turns a transcript into Text and Turns. Everything it reads comes
// from src; everything it writes goes to out, which starts as a copy of src,
// so a decoded entity is never read again as markup.
type parser struct {
	src      string
	out      []byte
	vtt      bool
	lines    *lineScanner
	turns    []Turn
	warnings []string
	dropped  int    // warnings beyond MaxWarnings
	limited  string // the warning that MaxCues was reached, never dropped
	cues     int
}

func newParser(src string, vtt bool) *parser {
	p := &parser{src: src, out: []byte(src), vtt: vtt, lines: newLineScanner(src), turns: []Turn{}, warnings: []string{}}
	if strings.HasPrefix(src, bom) {
		p.blank(0, len(bom))
	}
	return p
}

func (p *parser) result() *Transcript {
	w := p.warnings
	if p.dropped > 0 {
		w = append(w, fmt.Sprintf("%d more warnings not shown", p.dropped))
	}
	if p.limited != "" {
		w = append(w, p.limited)
	}
	return &Transcript{Text: string(p.out), Turns: p.turns, Warnings: w}
}

func (p *parser) warnf(lineNum int, format string, args ...any) {
	if len(p.warnings) >= MaxWarnings {
		p.dropped++
		return
	}
	p.warnings = append(p.warnings, fmt.Sprintf("line %d: ", lineNum)+fmt.Sprintf(format, args...))
}

// blank replaces out[start:end] with spaces, keeping line terminators.
func (p *parser) blank(start, end int) {
	for i := start; i < end; i++ {
		if c := p.out[i]; c != '\n' && c != '\r' {
			p.out[i] = ' '
		}
	}
}

func (p *parser) blankLine(l line) { p.blank(l.start, l.end) }

func (p *parser) isBlank(l line) bool { return isBlankText(p.src[l.start:l.end]) }

// hasArrow reports a line that WebVTT reads as a cue timing line (and
// SubRip too, in practice): one containing "-->".
func (p *parser) hasArrow(l line) bool { return strings.Contains(p.src[l.start:l.end], "-->") }

// isBlankText: editors leave spaces on empty lines, so white space alone
// counts as blank, although WebVTT only allows an empty line.
func isBlankText(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isSpaceByte(s[i]) {
			return false
		}
	}
	return true
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// body reads the blocks after the header (WebVTT) or from the start
// (SubRip): cues, comment and style blocks, and text without a timing line.
func (p *parser) body() {
	for {
		l, ok := p.lines.next()
		if !ok {
			return
		}
		if p.isBlank(l) {
			continue
		}
		if p.cues >= MaxCues {
			p.limited = fmt.Sprintf("line %d: more than %d cues: the rest of the file is left as plain text, with no speaker", l.num, MaxCues)
			return
		}
		switch {
		case p.hasArrow(l):
			p.timing(l)
			p.cueText(nil)
		case p.nextIsTiming():
			p.blankLine(l) // a cue identifier or SubRip sequence number
			t, _ := p.lines.next()
			p.timing(t)
			p.cueText(nil)
		case p.vtt && isNonCueBlock(p.src[l.start:l.end]):
			p.skipBlock(l)
		default:
			// WebVTT players drop such a block, but in a transcript it is
			// most often words that lost their timing line (or a cue split
			// by a stray blank line), so they are kept.
			p.warnf(l.num, "text without a timing line; kept as words with no speaker unless it names one")
			p.cueText(&l)
		}
	}
}

func (p *parser) nextIsTiming() bool {
	n, ok := p.lines.peek()
	return ok && !p.isBlank(n) && p.hasArrow(n)
}

// isNonCueBlock recognises the first line of a WebVTT comment (NOTE),
// style sheet (STYLE) or region (REGION) block.
func isNonCueBlock(first string) bool {
	for _, keyword := range []string{"NOTE", "STYLE", "REGION"} {
		rest, ok := strings.CutPrefix(first, keyword)
		if ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			return true
		}
	}
	return false
}

// skipBlock blanks a NOTE, STYLE or REGION block up to the next blank line.
func (p *parser) skipBlock(first line) {
	p.blankLine(first)
	for {
		l, ok := p.lines.peek()
		if !ok || p.isBlank(l) {
			return
		}
		if p.hasArrow(l) {
			p.warnf(l.num, "no blank line between a NOTE, STYLE or REGION block and the cue that follows")
			return
		}
		p.lines.next()
		p.blankLine(l)
	}
}

// timing checks and blanks a cue timing line. A line that cannot be read
// still ends the cue's header: its text is kept.
func (p *parser) timing(l line) {
	if !isTimingLine(p.src[l.start:l.end]) {
		p.warnf(l.num, "cue timing line could not be read; the cue's text is kept")
	}
	p.blankLine(l)
}

// cueText reads a cue's text lines up to a blank line, the end of the file
// or a line with "-->" (a cue whose blank line is missing). first, when not
// nil, is a text line already read.
//
// Each line is handled one line late, so that a cue identifier or sequence
// number written straight after the text, without a blank line, is seen for
// what it is when the timing line after it turns up.
func (p *parser) cueText(first *line) {
	p.cues++
	cs := cueState{}
	var pending line
	havePending := first != nil
	if havePending {
		pending = *first
	}
	for {
		n, ok := p.lines.peek()
		if !ok || p.isBlank(n) {
			break
		}
		if p.hasArrow(n) {
			p.warnf(n.num, "no blank line before this cue timing line")
			if havePending && isIdentifierLike(p.src[pending.start:pending.end]) {
				p.blankLine(pending)
				havePending = false
			}
			break
		}
		if havePending {
			p.textLine(&cs, pending)
		}
		pending, havePending = n, true
		p.lines.next()
	}
	if havePending {
		p.textLine(&cs, pending)
	}
}

// isIdentifierLike recognises the identifiers exporters write: SubRip
// sequence numbers and numeric WebVTT ids ("17"), and the UUID-style ids of
// Teams and Meet ("3f2a9c1e-…/12-0").
func isIdentifierLike(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 80 {
		return false
	}
	digits, separators := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
		case c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F':
			digits = false
		case c == '-' || c == '/':
			digits, separators = false, true
		default:
			return false
		}
	}
	return digits || separators && len(s) >= 8
}

// addSpoken records out[start:end] as spoken by speaker, trimmed of white
// space; consecutive stretches of one speaker make one turn.
func (p *parser) addSpoken(speaker string, start, end int) {
	for start < end && isSpaceByte(p.out[start]) {
		start++
	}
	for end > start && isSpaceByte(p.out[end-1]) {
		end--
	}
	if start >= end {
		return
	}
	if n := len(p.turns); n > 0 && p.turns[n-1].Speaker == speaker {
		p.turns[n-1].End = end
		return
	}
	p.turns = append(p.turns, Turn{Speaker: speaker, Start: start, End: end})
}
