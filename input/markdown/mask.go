package markdown

import (
	"strings"
)

// Limits that keep the scanner linear on hostile input. Each bounds a search
// that could otherwise be repeated from many starting points.
const (
	// maxInlineConstructBytes is the longest link tail ("(url "title")"),
	// HTML tag or declaration that is recognised; a longer one is left as
	// text. Real ones are far shorter.
	maxInlineConstructBytes = 4096
	// maxLinkLabelBytes is CommonMark's limit on a link label.
	maxLinkLabelBytes = 999
	// maxLinkParenDepth is CommonMark's limit on nested parentheses in a
	// link destination.
	maxLinkParenDepth = 32
)

const byteOrderMark = "\uFEFF"

// Mask returns src with everything that is not the author's prose replaced
// by ASCII spaces. The result has exactly the same length as src, and every
// '\n' and '\r' stays where it was, so offsets, lines and byte columns
// computed on it point into src. Every byte that is not blanked is the byte
// of src at the same position, and the result is valid UTF-8 whenever src
// is (only whole characters are blanked).
//
// Blanked: a leading byte order mark; YAML (---) and TOML (+++) front matter
// when it is closed; fenced code (``` or ~~~, unclosed runs to the end) and
// indented code; HTML comments, <script>, <style> and <pre> blocks and raw
// HTML tags (the text between tags is kept); code spans; autolinks, bare
// URLs (http://, https://, www.) and e-mail addresses; link and image
// destinations and titles, reference labels and reference definitions;
// footnote references and the labels of footnote definitions; and the
// markup characters of ATX headings, setext underlines, block quotes, list
// markers, task boxes, emphasis and strikethrough, backslash escapes, table
// pipes and delimiter rows, and thematic breaks.
//
// Kept: the text of links and the alt text of images, since the author
// wrote them; entity references such as &amp; (decoding them would change
// lengths); and text whose brackets are not a link, such as "[TBD]".
//
// Departures from CommonMark, all of which only decide whether a few markup
// bytes are blanked: emphasis delimiters are paired with one stack per
// delimiter kind and a matched run is blanked whole (the rule of three is
// not applied); a full reference link [text][label] is treated as a link even
// if label is never defined, while a shortcut [text] is a link only if it is;
// reference definitions must fit on one line; a fenced code block inside a
// list item ends only at its closing fence or the end of its block quote.
func Mask(src string) string {
	return string(mask(src))
}

// MaskBytes is Mask for a byte slice. It returns a new slice and does not
// modify src.
func MaskBytes(src []byte) []byte {
	return mask(string(src))
}

func mask(src string) []byte {
	m := &masker{src: src, out: []byte(src), refs: map[string]bool{}, breakLine: -1}
	m.run()
	return m.out
}

// masker holds the block pass's state. out starts as a copy of src and is
// only ever changed by blank.
type masker struct {
	src string
	out []byte

	inlineRanges [][2]int        // inline content found by the block pass, in order
	refs         map[string]bool // normalised labels of reference definitions

	quoteDepth    int   // block quote depth of the previous line
	lists         []int // content columns of the open list items, innermost last
	prevBlank     bool  // the previous line was blank
	paragraphOpen bool
	paraStart     int
	paraEnd       int
	indentedCode  bool

	// thematicBreak's per-line memory: the line end it is for, and for
	// '-', '*' and '_' the last position of a byte that rules that kind
	// out (-1 for none).
	breakLine    int
	breakBlocker [3]int

	fence struct {
		open  bool
		char  byte // '`' or '~'
		n     int  // length of the opening run
		depth int  // quote depth it was opened at
		col   int  // column of the opening fence
	}
	raw struct { // an HTML comment or <script>/<style>/<pre> block
		open  bool
		end   string // "-->" or "</script>" ...; compared ASCII-case-insensitively
		depth int
		text  bool // text after the end marker on its line is prose (comments only)
	}
	table struct {
		open          bool
		delimiterNext bool // the next line is the delimiter row
	}
}

// blank overwrites src[from:to] with spaces, except line endings.
func (m *masker) blank(from, to int) {
	for i := from; i < to; i++ {
		if c := m.out[i]; c != '\n' && c != '\r' {
			m.out[i] = ' '
		}
	}
}

func (m *masker) run() {
	start := 0
	if strings.HasPrefix(m.src, byteOrderMark) {
		m.blank(0, len(byteOrderMark))
		start = len(byteOrderMark)
	}
	start = m.frontMatter(start)
	for start < len(m.src) {
		end, next := lineBounds(m.src, start)
		m.line(start, end, next)
		start = next
	}
	m.closeParagraph()
	for _, r := range m.inlineRanges {
		m.inline(r[0], r[1])
	}
}

// lineBounds returns the end of the line starting at start (before its line
// ending) and the start of the next line. "\n", "\r\n" and a lone "\r" all
// end a line, as in CommonMark.
func lineBounds(s string, start int) (end, next int) {
	i := strings.IndexAny(s[start:], "\r\n")
	if i < 0 {
		return len(s), len(s)
	}
	end = start + i
	if s[end] == '\r' && end+1 < len(s) && s[end+1] == '\n' {
		return end, end + 2
	}
	return end, end + 1
}

// frontMatter blanks YAML or TOML front matter that opens on the line at
// start and returns where the body begins. Front matter that is never closed
// is not front matter: a document may well open with a thematic break.
func (m *masker) frontMatter(start int) int {
	end, next := lineBounds(m.src, start)
	var closers []string
	switch strings.TrimRight(m.src[start:end], " \t") {
	case "---":
		closers = []string{"---", "..."}
	case "+++":
		closers = []string{"+++"}
	default:
		return start
	}
	for p := next; p < len(m.src); {
		e, n := lineBounds(m.src, p)
		l := strings.TrimRight(m.src[p:e], " \t")
		for _, c := range closers {
			if l == c {
				m.blank(start, e)
				return n
			}
		}
		p = n
	}
	return start
}

// advanceCol returns the column after byte c at column col; tabs stop every
// four columns, as in CommonMark.
func advanceCol(col int, c byte) int {
	if c == '\t' {
		return col + 4 - col%4
	}
	return col + 1
}

// skipIndent skips spaces and tabs from p, returning the first other
// position and its column.
func (m *masker) skipIndent(p, end, col int) (int, int) {
	for p < end && (m.src[p] == ' ' || m.src[p] == '\t') {
		col = advanceCol(col, m.src[p])
		p++
	}
	return p, col
}

// quotePrefix finds the block quote markers that open the line: up to three
// columns of indentation, '>', and one optional space, repeated. It returns
// the position and column after them and how many there were.
func (m *masker) quotePrefix(ls, le int) (p, col, depth int) {
	p = ls
	for {
		q, qcol := m.skipIndent(p, le, col)
		if q >= le || m.src[q] != '>' || qcol-col > 3 {
			return p, col, depth
		}
		q, qcol = q+1, qcol+1
		if q < le && (m.src[q] == ' ' || m.src[q] == '\t') {
			qcol = advanceCol(qcol, m.src[q])
			q++
		}
		p, col = q, qcol
		depth++
	}
}

func (m *masker) addInline(from, to int) {
	if from < to {
		m.inlineRanges = append(m.inlineRanges, [2]int{from, to})
	}
}

func (m *masker) openParagraph(from, to int) {
	if !m.paragraphOpen {
		m.paragraphOpen = true
		m.paraStart = from
	}
	m.paraEnd = to
}

func (m *masker) closeParagraph() {
	if m.paragraphOpen {
		m.addInline(m.paraStart, m.paraEnd)
		m.paragraphOpen = false
	}
}

// closeAll ends every open block; used when the block quote depth changes.
func (m *masker) closeAll() {
	m.closeParagraph()
	m.table.open = false
	m.lists = m.lists[:0]
	m.indentedCode = false
}

// line runs the block state machine on the line src[ls:le]; next is the
// start of the following line (for the table look-ahead).
func (m *masker) line(ls, le, next int) {
	p, col, depth := m.quotePrefix(ls, le)
	if m.fence.open {
		if depth >= m.fence.depth {
			m.fenceLine(p, col, le)
			m.blank(ls, le)
			m.prevBlank = false
			return
		}
		m.fence.open = false
	}
	if m.raw.open {
		if depth >= m.raw.depth {
			m.rawLine(ls, le)
			m.prevBlank = false
			return
		}
		m.raw.open = false
	}
	m.blank(ls, p)
	q, qcol := m.skipIndent(p, le, col)
	if depth != m.quoteDepth {
		if q < le && depth < m.quoteDepth && m.paragraphOpen && !m.startsBlock(q, qcol, le) {
			m.openParagraph(q, le) // lazy continuation of the quoted paragraph
			m.prevBlank = false
			return
		}
		m.closeAll()
		m.quoteDepth = depth
	}
	if q == le {
		m.closeParagraph()
		m.table.open = false
		m.prevBlank = true
		return
	}
	wasBlank := m.prevBlank
	m.prevBlank = false

	// Leave the list items this line is not indented into, unless it is a
	// lazy continuation of an item's paragraph.
	if n := len(m.lists); n > 0 && qcol < m.lists[n-1] {
		if !wasBlank && m.paragraphOpen && !m.startsBlock(q, qcol, le) {
			m.openParagraph(q, le)
			return
		}
		// The items end, and with them their paragraph (so that a sibling
		// "2." is judged as a list item, not as interrupting a paragraph).
		m.closeParagraph()
		for n > 0 && qcol < m.lists[n-1] {
			n--
		}
		m.lists = m.lists[:n]
	}
	base := col
	if n := len(m.lists); n > 0 {
		base = m.lists[n-1]
	}
	rel := qcol - base
	if m.indentedCode {
		if rel >= 4 {
			m.blank(q, le)
			return
		}
		m.indentedCode = false
	}
	if rel >= 4 {
		// Indented code cannot interrupt a paragraph (the line continues
		// it), and inside a list item the indentation counts from the
		// item's content column.
		if m.paragraphOpen || m.table.open {
			m.textLine(q, le, next)
			return
		}
		m.indentedCode = true
		m.blank(q, le)
		return
	}
	m.leaf(q, qcol, le, next)
}

// fenceLine closes the open fence if the line (after its quote markers, at
// p) is a closing fence.
func (m *masker) fenceLine(p, col, le int) {
	q, qcol := m.skipIndent(p, le, col)
	if qcol > m.fence.col+3 {
		return
	}
	n := 0
	for q+n < le && m.src[q+n] == m.fence.char {
		n++
	}
	if n < m.fence.n {
		return
	}
	if r, _ := m.skipIndent(q+n, le, 0); r == le {
		m.fence.open = false
	}
}

// rawLine handles a line of an HTML comment or raw block starting at from.
func (m *masker) rawLine(from, le int) {
	i := indexFold(m.src[from:le], m.raw.end)
	if i < 0 {
		m.blank(from, le)
		return
	}
	m.raw.open = false
	end := from + i + len(m.raw.end)
	if !m.raw.text {
		m.blank(from, le)
		return
	}
	m.blank(from, end)
	if r, _ := m.skipIndent(end, le, 0); r < le {
		// Text after the comment starts a paragraph, which the next
		// lines may continue (and which may open another comment).
		m.openParagraph(r, le)
	}
}

// indexFold is strings.Index with ASCII case folding; pat must be lower
// case.
func indexFold(s, pat string) int {
	for i := 0; i+len(pat) <= len(s); i++ {
		j := 0
		for j < len(pat) && lowerASCII(s[i+j]) == pat[j] {
			j++
		}
		if j == len(pat) {
			return i
		}
	}
	return -1
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// leaf handles the content of a non-blank line at q (column qcol), after its
// quote markers and list indentation: list item markers that open on this
// line, then one leaf block.
func (m *masker) leaf(q, qcol, le, next int) {
	if m.table.open && m.table.delimiterNext {
		m.table.delimiterNext = false
		m.blank(q, le)
		return
	}
	for {
		if m.thematicBreak(q, le) || (m.paragraphOpen && m.setextUnderline(q, le)) {
			m.closeParagraph()
			m.table.open = false
			m.blank(q, le)
			return
		}
		if m.src[q] == '>' { // a quote inside a list item: blank its marker
			m.blank(q, q+1)
			q, qcol = q+1, qcol+1
			q, qcol = m.skipIndent(q, le, qcol)
			if q == le {
				return
			}
			continue
		}
		markerEnd, contentCol, ok := m.listMarker(q, qcol, le)
		if !ok {
			break
		}
		m.closeParagraph()
		m.table.open = false
		m.indentedCode = false
		m.blank(q, markerEnd)
		m.lists = append(m.lists, contentCol)
		q, qcol = m.skipIndent(markerEnd, le, qcol+markerEnd-q)
		if end, ok := m.taskBox(q, le); ok {
			m.blank(q, end)
			q, qcol = m.skipIndent(end, le, qcol+end-q)
		}
		if q == le {
			return
		}
	}

	switch m.src[q] {
	case '`', '~':
		if n, ok := m.fenceOpening(q, le); ok {
			m.closeParagraph()
			m.table.open = false
			m.fence.open, m.fence.char, m.fence.n = true, m.src[q], n
			m.fence.depth, m.fence.col = m.quoteDepth, qcol
			m.blank(q, le)
			return
		}
	case '#':
		if m.atxHeading(q, le) {
			return
		}
	case '<':
		if end, text, ok := m.rawBlockStart(q, le); ok {
			m.closeParagraph()
			m.table.open = false
			m.raw.open, m.raw.end, m.raw.depth, m.raw.text = true, end, m.quoteDepth, text
			m.rawLine(q, le)
			return
		}
	case '[':
		if !m.paragraphOpen && !m.table.open {
			if end, ok := m.footnoteDefinition(q, le); ok {
				m.blank(q, end)
				if r, _ := m.skipIndent(end, le, 0); r < le {
					m.openParagraph(r, le)
				}
				return
			}
			if label, ok := m.referenceDefinition(q, le); ok {
				m.refs[label] = true
				m.blank(q, le)
				return
			}
		}
	}
	m.textLine(q, le, next)
}

// textLine handles a line that is a table row or paragraph text.
func (m *masker) textLine(q, le, next int) {
	if m.table.open {
		if m.hasPipe(q, le) {
			m.tableRow(q, le)
			return
		}
		m.table.open = false
	}
	if next < len(m.src) && m.hasPipe(q, le) {
		if n := m.delimiterRowCells(next); n > 0 && n == m.countCells(q, le) {
			m.closeParagraph()
			m.table.open, m.table.delimiterNext = true, true
			m.tableRow(q, le)
			return
		}
	}
	m.openParagraph(q, le)
}

// startsBlock reports whether the line content at q would start a block
// other than a paragraph, which ends a lazy continuation.
func (m *masker) startsBlock(q, qcol, le int) bool {
	if m.thematicBreak(q, le) || m.src[q] == '>' {
		return true
	}
	if _, _, ok := m.listMarker(q, qcol, le); ok {
		return true
	}
	if _, ok := m.fenceOpening(q, le); ok {
		return true
	}
	if _, _, ok := m.rawBlockStart(q, le); ok {
		return true
	}
	if m.src[q] == '#' {
		n := 0
		for q+n < le && m.src[q+n] == '#' {
			n++
		}
		return n <= 6 && (q+n == le || m.src[q+n] == ' ' || m.src[q+n] == '\t')
	}
	return false
}

// thematicBreak reports whether src[q:le] is three or more of the same '-',
// '*' or '_' with nothing but spaces and tabs between them.
func (m *masker) thematicBreak(q, le int) bool {
	c := m.src[q]
	k := strings.IndexByte("-*_", c)
	if k < 0 {
		return false
	}
	// "- - - ... - x" asks this once per list marker; remember, per line,
	// the last byte that rules each kind of break out, so that each call
	// is constant time until the answer is yes.
	if m.breakLine != le {
		m.breakLine = le
		m.breakBlocker = [3]int{-1, -1, -1}
		for i := le - 1; i >= 0 && i >= q; i-- {
			if b := m.src[i]; b != ' ' && b != '\t' {
				for j, kc := range []byte("-*_") {
					if b != kc && m.breakBlocker[j] < 0 {
						m.breakBlocker[j] = i
					}
				}
				if m.breakBlocker[0] >= 0 && m.breakBlocker[1] >= 0 && m.breakBlocker[2] >= 0 {
					break
				}
			}
		}
	}
	if m.breakBlocker[k] >= q {
		return false
	}
	n := 0
	for i := q; i < le && n < 3; i++ {
		if m.src[i] == c {
			n++
		}
	}
	return n >= 3
}

// setextUnderline reports whether src[q:le] is a run of '=' or '-' with only
// trailing spaces, which under a paragraph line makes it a heading.
func (m *masker) setextUnderline(q, le int) bool {
	c := m.src[q]
	if c != '=' && c != '-' {
		return false
	}
	i := q
	for i < le && m.src[i] == c {
		i++
	}
	r, _ := m.skipIndent(i, le, 0)
	return r == le
}

// listMarker recognises a bullet ("-", "+", "*") or ordered ("1.", "1)")
// list marker at q. It returns the end of the marker and the column where
// the item's content starts.
func (m *masker) listMarker(q, qcol, le int) (markerEnd, contentCol int, ok bool) {
	s := m.src
	i := q
	ordered, one := false, false
	switch c := s[q]; {
	case c == '-' || c == '+' || c == '*':
		i = q + 1
	case '0' <= c && c <= '9':
		j := q
		for j < le && j-q < 10 && '0' <= s[j] && s[j] <= '9' {
			j++
		}
		if j-q > 9 || j >= le || (s[j] != '.' && s[j] != ')') {
			return 0, 0, false
		}
		ordered = true
		one = strings.TrimLeft(s[q:j], "0") == "1"
		i = j + 1
	default:
		return 0, 0, false
	}
	if i < le && s[i] != ' ' && s[i] != '\t' {
		return 0, 0, false
	}
	markerEndCol := qcol + i - q
	c, ccol := m.skipIndent(i, le, markerEndCol)
	empty := c == le
	// A list may interrupt a paragraph only with a non-empty item, and an
	// ordered one only when it starts at 1 (so "in\n2024. we" stays prose).
	if m.paragraphOpen && len(m.lists) == 0 && (empty || (ordered && !one)) {
		return 0, 0, false
	}
	contentCol = ccol
	if empty || ccol-markerEndCol > 4 {
		contentCol = markerEndCol + 1
	}
	return i, contentCol, true
}

// taskBox recognises "[ ]", "[x]" or "[X]" followed by a space or the end of
// the line at the start of a list item.
func (m *masker) taskBox(q, le int) (int, bool) {
	if q+3 > le || m.src[q] != '[' || m.src[q+2] != ']' {
		return 0, false
	}
	if c := m.src[q+1]; c != ' ' && c != 'x' && c != 'X' {
		return 0, false
	}
	if q+3 < le && m.src[q+3] != ' ' && m.src[q+3] != '\t' {
		return 0, false
	}
	return q + 3, true
}

// fenceOpening recognises an opening code fence at q and returns the length
// of its run.
func (m *masker) fenceOpening(q, le int) (int, bool) {
	c := m.src[q]
	if c != '`' && c != '~' {
		return 0, false
	}
	n := 0
	for q+n < le && m.src[q+n] == c {
		n++
	}
	if n < 3 {
		return 0, false
	}
	if c == '`' && strings.IndexByte(m.src[q+n:le], '`') >= 0 {
		return 0, false // the info string of a backtick fence has no backticks
	}
	return n, true
}

// atxHeading blanks the '#' marks of an ATX heading at q and queues its text.
func (m *masker) atxHeading(q, le int) bool {
	n := 0
	for q+n < le && m.src[q+n] == '#' {
		n++
	}
	if n > 6 || (q+n < le && m.src[q+n] != ' ' && m.src[q+n] != '\t') {
		return false
	}
	m.closeParagraph()
	m.table.open = false
	m.blank(q, q+n)
	start, _ := m.skipIndent(q+n, le, 0)
	end := trimRightSpace(m.src, start, le)
	// An optional closing sequence of '#' preceded by a space.
	j := end
	for j > start && m.src[j-1] == '#' {
		j--
	}
	if j < end && (j == start || m.src[j-1] == ' ' || m.src[j-1] == '\t') {
		m.blank(j, end)
		end = trimRightSpace(m.src, start, j)
	}
	m.addInline(start, end)
	return true
}

func trimRightSpace(s string, start, end int) int {
	for end > start && (s[end-1] == ' ' || s[end-1] == '\t') {
		end--
	}
	return end
}

// rawBlockStart recognises the start of an HTML comment block or of a
// <script>, <style> or <pre> block, whose content is not prose. It returns
// the marker that ends the block and whether text after that marker on its
// line is prose.
func (m *masker) rawBlockStart(q, le int) (end string, text, ok bool) {
	s := m.src[q:le]
	if strings.HasPrefix(s, "<!--") {
		return "-->", true, true
	}
	for _, tag := range []string{"script", "style", "pre"} {
		if len(s) < 1+len(tag) || indexFold(s[1:1+len(tag)], tag) != 0 {
			continue
		}
		if len(s) == 1+len(tag) {
			return "</" + tag + ">", false, true
		}
		switch s[1+len(tag)] {
		case ' ', '\t', '>':
			return "</" + tag + ">", false, true
		}
	}
	return "", false, false
}

// footnoteDefinition recognises "[^label]:" at q and returns the end of it.
func (m *masker) footnoteDefinition(q, le int) (int, bool) {
	s := m.src
	if q+2 >= le || s[q+1] != '^' {
		return 0, false
	}
	for i := q + 2; i < le && i-q <= maxLinkLabelBytes; i++ {
		switch s[i] {
		case ' ', '\t', '[':
			return 0, false
		case ']':
			if i == q+2 || i+1 >= le || s[i+1] != ':' {
				return 0, false
			}
			return i + 2, true
		}
	}
	return 0, false
}

// referenceDefinition recognises a one-line link reference definition
// `[label]: destination "optional title"` at q and returns its normalised
// label.
func (m *masker) referenceDefinition(q, le int) (string, bool) {
	s := m.src
	i := q + 1
	for ; i < le && i-q <= maxLinkLabelBytes; i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if s[i] == '[' {
			return "", false
		}
		if s[i] == ']' {
			break
		}
	}
	if i >= le || s[i] != ']' || i+1 >= le || s[i+1] != ':' {
		return "", false
	}
	label := normalizeLabel(s[q+1 : i])
	if label == "" {
		return "", false
	}
	j, _ := m.skipIndent(i+2, le, 0)
	if j == le {
		return "", false // a destination on the next line is not supported
	}
	start := j
	if s[j] == '<' {
		k := strings.IndexByte(s[j+1:le], '>')
		if k < 0 {
			return "", false
		}
		j += k + 2
	} else {
		for j < le && s[j] != ' ' && s[j] != '\t' {
			j++
		}
	}
	if j == start {
		return "", false
	}
	k, _ := m.skipIndent(j, le, 0)
	if k == le {
		return label, true
	}
	if k == j {
		return "", false
	}
	closer := titleCloser(s[k])
	if closer == 0 {
		return "", false
	}
	e := strings.IndexByte(s[k+1:le], closer)
	if e < 0 {
		return "", false
	}
	if r, _ := m.skipIndent(k+1+e+1, le, 0); r != le {
		return "", false
	}
	return label, true
}

// normalizeLabel folds case and collapses white space, so "[Q3  Plan]"
// matches "[q3 plan]:".
func normalizeLabel(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// hasPipe reports whether src[q:le] has an unescaped '|'.
func (m *masker) hasPipe(q, le int) bool {
	for i := q; i < le; i++ {
		switch m.src[i] {
		case '\\':
			i++
		case '|':
			return true
		}
	}
	return false
}

// cells splits a table row at its unescaped pipes, dropping an optional
// leading and trailing pipe, and calls f for each cell; it returns the
// number of cells.
func (m *masker) cells(q, le int, f func(from, to int)) int {
	end := trimRightSpace(m.src, q, le)
	start := q
	if start < end && m.src[start] == '|' {
		start++
	}
	n := 0
	cellStart := start
	for i := start; i < end; i++ {
		switch m.src[i] {
		case '\\':
			i++
		case '|':
			f(cellStart, i)
			n++
			cellStart = i + 1
		}
	}
	if cellStart < end {
		f(cellStart, end)
		n++
	}
	return n
}

func (m *masker) countCells(q, le int) int {
	return m.cells(q, le, func(int, int) {})
}

// delimiterRowCells returns the number of cells of the line at start if it
// is a table delimiter row such as "|---|:--:|", or 0.
func (m *masker) delimiterRowCells(start int) int {
	le, _ := lineBounds(m.src, start)
	p, col, _ := m.quotePrefix(start, le)
	q, _ := m.skipIndent(p, le, col)
	if !m.hasPipe(q, le) {
		return 0
	}
	valid := true
	n := m.cells(q, le, func(from, to int) {
		c := strings.Trim(m.src[from:to], " \t")
		c = strings.TrimPrefix(c, ":")
		c = strings.TrimSuffix(c, ":")
		if c == "" || strings.Trim(c, "-") != "" {
			valid = false
		}
	})
	if !valid {
		return 0
	}
	return n
}

// tableRow blanks the pipes of a table row (and the backslash of an escaped
// pipe) and queues each cell as inline content.
func (m *masker) tableRow(q, le int) {
	end := trimRightSpace(m.src, q, le)
	cellStart := q
	for i := q; i < end; i++ {
		switch m.src[i] {
		case '\\':
			if i+1 < end && m.src[i+1] == '|' {
				m.blank(i, i+1)
			}
			i++
		case '|':
			m.addInline(cellStart, i)
			m.blank(i, i+1)
			cellStart = i + 1
		}
	}
	m.addInline(cellStart, end)
}
