package htmltext

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// maxDepth bounds the state kept for nesting: skipped elements nested in
// themselves (<svg><svg>...) are counted up to it, and tables nested deeper
// than it share the innermost tracked table's state. Real documents stay far
// below it; it keeps hostile ones from growing the table stack without end.
const maxDepth = 256

// ErrHTML reports that the HTML could not be tokenized. It wraps the
// tokenizer's error. (Reading from a string, this does not happen in
// practice: the tokenizer accepts any byte sequence.)
var ErrHTML = errors.New("cannot tokenize the HTML")

// skipped are the elements whose content is not visible prose.
var skipped = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true,
	"head": true, "title": true, "svg": true, "math": true, "iframe": true,
	"object": true, "noembed": true, "noframes": true, "audio": true,
	"video": true, "canvas": true, "select": true, "datalist": true,
	"textarea": true,
}

// allowedInHead are the elements a browser keeps inside <head>; any other
// start tag there (a stray <p> in a hand-written page) implicitly ends the
// head, so the text after it is shown.
var allowedInHead = map[string]bool{
	"title": true, "base": true, "link": true, "meta": true, "style": true,
	"script": true, "noscript": true, "template": true,
}

// blocks are the elements that start a new paragraph.
var blocks = map[string]bool{
	"p": true, "div": true, "li": true, "tr": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true,
	"section": true, "article": true, "header": true, "footer": true,
	"table": true, "ul": true, "ol": true, "pre": true, "hr": true,
	"dl": true, "dt": true, "dd": true, "figure": true, "form": true,
	"fieldset": true, "address": true, "main": true, "nav": true,
	"aside": true, "html": true, "body": true, "caption": true,
	"figcaption": true, "details": true, "summary": true, "center": true,
	"legend": true, "menu": true, "thead": true, "tbody": true,
	"tfoot": true,
}

// void elements have no end tag, so a hidden one must not start skipping.
var void = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true,
	"hr": true, "img": true, "input": true, "link": true, "meta": true,
	"source": true, "track": true, "wbr": true, "param": true,
}

// Extract returns the visible text of the HTML in src. src is read as UTF-8
// (decode other charsets first); invalid bytes in text are passed through.
// The result is never longer than src: entity references that expand
// (a few named ones do) are cut off at that limit, on a character boundary.
// Extract returns an error wrapping ErrHTML only if the tokenizer fails for a
// reason other than reaching the end of the input.
func Extract(src string) (string, error) {
	x := extractor{w: writer{limit: len(src)}}
	return x.run(src)
}

func (x *extractor) run(src string) (string, error) {
	z := html.NewTokenizer(strings.NewReader(src))
	for !x.w.full {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); err != io.EOF {
				return "", fmt.Errorf("%w: %w", ErrHTML, err)
			}
			return x.w.b.String(), nil
		case html.TextToken:
			if x.skipDepth == 0 && x.w.text(z.Text(), x.preDepth > 0) {
				x.markRowText()
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			x.startTag(z, string(name), hasAttr, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			x.endTag(string(name))
		}
		// Comments and the doctype are dropped.
	}
	return x.w.b.String(), nil
}

// extractor is the state of one Extract call.
type extractor struct {
	w writer

	// While skipDepth > 0, everything is dropped until the end tag of
	// skipName that balances the start tag that began the skip.
	skipName  string
	skipDepth int

	preDepth int          // open <pre> elements: newlines are kept
	tables   []tableState // open tables, innermost last
}

type tableState struct {
	inCell     bool // inside a <td> or <th>
	rowHasText bool // the current row has text, so the next cell needs a separator
	nested     bool // the table is inside a cell: its rows stay on the cell's line
}

func (x *extractor) startTag(z *html.Tokenizer, name string, hasAttr, selfClosing bool) {
	if x.skipDepth > 0 {
		if x.skipName != "head" || allowedInHead[name] {
			if name == x.skipName && !selfClosing && x.skipDepth < maxDepth {
				x.skipDepth++
			}
			return
		}
		x.skipDepth = 0 // this tag implicitly closes <head>
	}
	if !selfClosing && !void[name] && (skipped[name] || (hasAttr && isHidden(z))) {
		x.skipName, x.skipDepth = name, 1
		return
	}
	switch name {
	case "br":
		x.w.lineBreak()
		return
	case "table":
		t := tableState{nested: x.inCell()}
		if len(x.tables) < maxDepth {
			x.tables = append(x.tables, t)
		} else {
			x.tables[len(x.tables)-1] = t
		}
	case "tr":
		if t := x.table(); t != nil {
			*t = tableState{nested: t.nested}
		}
	case "td", "th":
		if t := x.table(); t != nil {
			if t.rowHasText {
				x.w.cellSeparator()
			}
			t.inCell = true
			return
		}
		x.w.space() // a cell outside any table: just keep words apart
		return
	case "pre":
		if !selfClosing {
			x.preDepth++
		}
	}
	x.block(name)
}

func (x *extractor) endTag(name string) {
	if x.skipDepth > 0 {
		if name == x.skipName {
			x.skipDepth--
		}
		return
	}
	switch name {
	case "table":
		if len(x.tables) > 0 {
			x.tables = x.tables[:len(x.tables)-1]
		}
	case "td", "th":
		if t := x.table(); t != nil {
			t.inCell = false
		}
		return
	case "pre":
		if x.preDepth > 0 {
			x.preDepth--
		}
	case "br":
		x.w.lineBreak() // browsers treat </br> as <br>
		return
	}
	x.block(name)
}

// block starts a new paragraph at the start or end of a block element.
// Inside a table cell, blocks only separate words, so that a row stays on
// one line.
func (x *extractor) block(name string) {
	if !blocks[name] {
		return
	}
	if x.inCell() {
		x.w.space()
		return
	}
	x.w.paragraphBreak()
}

// inCell reports whether the current position is inside a table cell,
// directly or through a table nested in one.
func (x *extractor) inCell() bool {
	t := x.table()
	return t != nil && (t.inCell || t.nested)
}

func (x *extractor) table() *tableState {
	if len(x.tables) == 0 {
		return nil
	}
	return &x.tables[len(x.tables)-1]
}

// markRowText notes that the current table row has text, and so do the
// rows of the tables it is nested in.
func (x *extractor) markRowText() {
	for i := len(x.tables) - 1; i >= 0; i-- {
		t := &x.tables[i]
		if t.inCell {
			t.rowHasText = true
		}
		if !t.nested {
			return
		}
	}
}

// isHidden reports whether the current tag has the hidden attribute or
// aria-hidden="true".
func isHidden(z *html.Tokenizer) bool {
	for {
		key, val, more := z.TagAttr()
		switch string(key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(string(val), "true") {
				return true
			}
		}
		if !more {
			return false
		}
	}
}

// Separators waiting to be written before the next word, weakest first. Only
// the strongest one pending is written, and none at the start or the end of
// the output, so there are no leading or trailing blank lines, each line is
// trimmed and there is never more than one blank line in a row.
const (
	sepNone = iota
	sepSpace
	sepCell
	sepLine
	sepParagraph
)

var separators = [...]string{sepNone: "", sepSpace: " ", sepCell: " | ", sepLine: "\n", sepParagraph: "\n\n"}

// writer lays out words and separators, never writing more than limit
// bytes.
type writer struct {
	b       strings.Builder
	limit   int
	full    bool // limit reached; the rest is dropped
	pending int
}

func (w *writer) want(sep int) {
	if sep > w.pending {
		w.pending = sep
	}
}

func (w *writer) space()          { w.want(sepSpace) }
func (w *writer) cellSeparator()  { w.want(sepCell) }
func (w *writer) paragraphBreak() { w.want(sepParagraph) }

// lineBreak is a <br>: a second one in a row makes a blank line.
func (w *writer) lineBreak() {
	if w.pending >= sepLine {
		w.want(sepParagraph)
	} else {
		w.want(sepLine)
	}
}

// text writes the words of a text token, collapsing white space (or, in
// <pre>, keeping its line breaks). It reports whether it wrote a word.
func (w *writer) text(t []byte, pre bool) bool {
	wrote := false
	for i := 0; i < len(t) && !w.full; {
		if n := spaceLen(t[i:]); n > 0 {
			newlines := 0
			for n > 0 {
				if t[i] == '\n' {
					newlines++
				}
				i += n
				n = spaceLen(t[i:])
			}
			switch {
			case pre && newlines >= 2:
				w.want(sepParagraph)
			case pre && newlines == 1:
				w.want(sepLine)
			default:
				w.want(sepSpace)
			}
			continue
		}
		j := i
		for j < len(t) && spaceLen(t[j:]) == 0 {
			j++
		}
		w.word(t[i:j])
		wrote = true
		i = j
	}
	return wrote
}

// word writes the pending separator and a word. At the output limit it
// writes as much of the word as fits, cut on a character boundary so that
// valid UTF-8 stays valid, and never a separator without a word after it.
func (w *writer) word(word []byte) {
	if w.full {
		return
	}
	sep := ""
	if w.b.Len() > 0 {
		sep = separators[w.pending]
	}
	w.pending = sepNone
	if room := w.limit - w.b.Len() - len(sep); len(word) > room {
		w.full = true
		for room > 0 && !utf8.RuneStart(word[room]) {
			room--
		}
		if room <= 0 {
			return
		}
		word = word[:room]
	}
	w.b.WriteString(sep)
	w.b.Write(word)
}

// spaceLen returns the length of the white space character at the start of
// t, or 0: HTML's ASCII white space, and U+00A0 (&nbsp;), which reads as a
// space.
func spaceLen(t []byte) int {
	if len(t) == 0 {
		return 0
	}
	switch t[0] {
	case ' ', '\t', '\n', '\r', '\f':
		return 1
	case 0xC2:
		if len(t) > 1 && t[1] == 0xA0 {
			return 2
		}
	}
	return 0
}
