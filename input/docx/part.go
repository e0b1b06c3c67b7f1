package docx

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// partText returns the text of one WordprocessingML part (the body, a
// header or footer, footnotes or endnotes).
func (e *extractor) partText(f *zip.File) (string, error) {
	br, done, err := e.open(f)
	if err != nil {
		return "", err
	}
	defer done()
	p := &partParser{e: e, part: f.Name}
	err = p.parse(xml.NewDecoder(br))
	if br.err != nil {
		return "", br.err // the budget or the archive failed, not the XML
	}
	if err != nil {
		return "", err
	}
	return tidy(p.out.String()), nil
}

// tidy trims spaces at both ends of each line (a footnote's text starts
// with the space after its number) and empty lines at both ends of the
// part. It only shortens the text.
func tidy(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.Trim(l, " ")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// partParser walks the XML tokens of one part.
type partParser struct {
	e    *extractor
	part string

	out   strings.Builder
	stack []xml.Name // open elements

	// skipDepth > 0: inside content that is not read (deleted text, field
	// instructions, fallback content); it is the stack depth of the
	// element that started the skip.
	skipDepth int

	inText   bool // inside <w:t>
	preserve bool // its xml:space="preserve"
	text     strings.Builder

	tables []*tableState // open tables, innermost last (pointers: the builders must not be copied)
}

type tableState struct {
	row    strings.Builder // finished cells of the current row, joined by " | "
	cell   strings.Builder // text of the current cell
	inCell bool
}

// skippedElements hold text that is not read: deletions and moved-away
// text (tracked changes read as accepted), field instructions, and symbol
// characters (private-use code points in a symbol font).
var skippedElements = map[string]bool{
	"del": true, "moveFrom": true, "delText": true, "instrText": true,
	"delInstrText": true, "sym": true,
}

// noteSeparators are the footnote and endnote types that only draw the
// separator line.
var noteSeparators = map[string]bool{
	"separator": true, "continuationSeparator": true, "continuationNotice": true,
}

func isWord(n xml.Name) bool { return n.Space == nsWordTransitional || n.Space == nsWordStrict }

func (p *partParser) parse(d *xml.Decoder) error {
	sawRoot := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			if !sawRoot {
				return p.malformed(fmt.Errorf("no root element"))
			}
			return nil
		}
		if err != nil {
			return p.malformed(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			sawRoot = true
			if len(p.stack) >= MaxXMLDepth {
				return p.malformed(fmt.Errorf("elements nested deeper than %d", MaxXMLDepth))
			}
			parent := xml.Name{}
			if len(p.stack) > 0 {
				parent = p.stack[len(p.stack)-1]
			}
			p.stack = append(p.stack, t.Name)
			if p.skipDepth == 0 {
				if err := p.start(t, parent); err != nil {
					return err
				}
			}
		case xml.EndElement:
			if p.skipDepth == 0 {
				if err := p.end(t.Name); err != nil {
					return err
				}
			}
			if p.skipDepth == len(p.stack) {
				p.skipDepth = 0
			}
			p.stack = p.stack[:len(p.stack)-1]
		case xml.CharData:
			if p.inText && p.skipDepth == 0 {
				// Counted when the element ends; bound it meanwhile.
				if int64(p.text.Len()+len(t)) > p.e.maxText {
					return p.e.tooMuchText(p.part)
				}
				p.text.Write(t)
			}
		}
	}
}

func (p *partParser) malformed(err error) error {
	return &PartError{Part: p.part, Err: fmt.Errorf("%w: %v", ErrMalformedXML, err)}
}

func (p *partParser) start(t xml.StartElement, parent xml.Name) error {
	if t.Name.Space == nsMarkupCompat && t.Name.Local == "Fallback" {
		p.skipDepth = len(p.stack) // the chosen alternative is read instead
		return nil
	}
	if !isWord(t.Name) {
		return nil
	}
	inRun := isWord(parent) && parent.Local == "r"
	switch name := t.Name.Local; {
	case skippedElements[name]:
		p.skipDepth = len(p.stack)
	case name == "footnote" || name == "endnote":
		for _, a := range t.Attr {
			if isWord(a.Name) && a.Name.Local == "type" && noteSeparators[a.Value] {
				p.skipDepth = len(p.stack)
			}
		}
	case name == "t":
		p.inText, p.preserve = true, false
		p.text.Reset()
		for _, a := range t.Attr {
			if a.Name.Space == nsXML && a.Name.Local == "space" {
				p.preserve = a.Value == "preserve"
			}
		}
	case name == "tab" && inRun:
		return p.write("\t")
	case (name == "br" || name == "cr") && inRun:
		return p.lineBreak()
	case name == "noBreakHyphen" && inRun:
		return p.write("-")
	case name == "tbl":
		p.tables = append(p.tables, &tableState{}) // bounded by MaxXMLDepth
	case name == "tr":
		if t := p.table(); t != nil {
			t.row.Reset()
			t.cell.Reset()
			t.inCell = false
		}
	case name == "tc":
		if t := p.table(); t != nil {
			t.cell.Reset()
			t.inCell = true
		}
	}
	return nil
}

func (p *partParser) end(n xml.Name) error {
	if !isWord(n) {
		return nil
	}
	switch n.Local {
	case "t":
		p.inText = false
		s := p.text.String()
		p.text.Reset()
		if !p.preserve {
			// Without xml:space="preserve", white space around the
			// text is not content, and line breaks in the XML are
			// not breaks in the document.
			s = strings.Trim(s, " \t\r\n")
			s = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(s)
		}
		return p.write(s)
	case "p":
		return p.paragraphEnd()
	case "tc":
		if t := p.table(); t != nil && t.inCell {
			t.inCell = false
			return p.endCell(t)
		}
	case "tr":
		if t := p.table(); t != nil {
			return p.endRow(t)
		}
	case "tbl":
		if t := p.table(); t != nil {
			if t.inCell { // malformed but well-formed: cell never closed
				if err := p.endCell(t); err != nil {
					return err
				}
			}
			if err := p.endRow(t); err != nil {
				return err
			}
			p.tables = p.tables[:len(p.tables)-1]
		}
	}
	return nil
}

func (p *partParser) table() *tableState {
	if len(p.tables) == 0 {
		return nil
	}
	return p.tables[len(p.tables)-1]
}

// cell returns the innermost open table cell, or nil outside cells.
func (p *partParser) cell() *tableState {
	if t := p.table(); t != nil && t.inCell {
		return t
	}
	return nil
}

// write adds text to the current cell, or to the part's text.
func (p *partParser) write(s string) error {
	if s == "" {
		return nil
	}
	if err := p.e.count(p.part, len(s)); err != nil {
		return err
	}
	if c := p.cell(); c != nil {
		c.cell.WriteString(s)
	} else {
		p.out.WriteString(s)
	}
	return nil
}

// separate adds sep to the current cell unless the cell is empty or already
// ends with white space; it keeps a cell's paragraphs and breaks on one
// line.
func (p *partParser) separate(c *tableState) error {
	s := c.cell.String()
	if s == "" || strings.HasSuffix(s, " ") {
		return nil
	}
	if err := p.e.count(p.part, 1); err != nil {
		return err
	}
	c.cell.WriteString(" ")
	return nil
}

func (p *partParser) lineBreak() error {
	if c := p.cell(); c != nil {
		return p.separate(c)
	}
	return p.write("\n")
}

func (p *partParser) paragraphEnd() error {
	if c := p.cell(); c != nil {
		return p.separate(c)
	}
	return p.write("\n")
}

// endCell adds the finished cell's text to its row.
func (p *partParser) endCell(t *tableState) error {
	s := strings.TrimSpace(t.cell.String())
	t.cell.Reset()
	if s == "" {
		return nil
	}
	if t.row.Len() > 0 {
		if err := p.e.count(p.part, 3); err != nil {
			return err
		}
		t.row.WriteString(" | ")
	}
	t.row.WriteString(s)
	return nil
}

// endRow writes the finished row as a line, or, for a table nested in a
// cell, into that cell.
func (p *partParser) endRow(t *tableState) error {
	s := t.row.String()
	t.row.Reset()
	if s == "" {
		return nil
	}
	if n := len(p.tables); n >= 2 && p.tables[n-2].inCell {
		outer := p.tables[n-2]
		if err := p.separate(outer); err != nil {
			return err
		}
		outer.cell.WriteString(s)
		return nil
	}
	p.out.WriteString(s)
	return p.write("\n")
}
