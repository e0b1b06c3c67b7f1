package markdown

import (
	"bytes"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// inlineScanner scans one range of inline content (a paragraph, heading text
// or table cell). It reads m.out, in which the block pass has already blanked
// container markers, so that a quote's '>' inside a paragraph reads as space;
// it classifies the neighbours of emphasis delimiters on m.src, so that a
// construct blanked earlier in the same range does not change them.
type inlineScanner struct {
	m    *masker
	a, b int

	codeRuns map[int][]int // backtick run length -> starts of maximal runs
	openers  []bracketOpener
	// linkFloor: '[' openers before it cannot make a link, because links do
	// not contain links.
	linkFloor int
	delims    []delimiter
	comments  finder // "-->"
	pis       finder // "?>"
	cdata     finder // "]]>"
}

type bracketOpener struct {
	pos  int // the '['
	bang int // the '!' of an image, or -1
}

// delimiter is a run of '*', '_' or '~' that may open or close emphasis.
type delimiter struct {
	start, end int
	kind       int // index into the per-kind stacks
	open       bool
	close      bool
}

const (
	kindStar = iota
	kindUnderscore
	kindTilde1
	kindTilde2
	delimiterKinds
)

// finder answers "where is the next pat at or after from" for increasing
// from in amortised linear time, by remembering the last answer.
type finder struct {
	pat   string
	from  int
	at    int // -1: none at or after from
	valid bool
}

func (f *finder) next(s []byte, from, limit int) int {
	if f.valid && from >= f.from && (f.at < 0 || from <= f.at) {
		return f.at
	}
	f.valid, f.from, f.at = true, from, -1
	if from < limit {
		if i := bytes.Index(s[from:limit], []byte(f.pat)); i >= 0 {
			f.at = from + i
		}
	}
	return f.at
}

func (m *masker) inline(a, b int) {
	s := &inlineScanner{
		m: m, a: a, b: b, linkFloor: a,
		comments: finder{pat: "-->"},
		pis:      finder{pat: "?>"},
		cdata:    finder{pat: "]]>"},
	}
	s.scan()
	s.matchEmphasis()
}

func (s *inlineScanner) scan() {
	o := s.m.out
	for i := s.a; i < s.b; {
		switch c := o[i]; c {
		case '\\':
			if i+1 < s.b && (o[i+1] == '\n' || o[i+1] == '\r') {
				s.m.blank(i, i+1) // hard line break
				i++
			} else if i+1 < s.b && isASCIIPunct(o[i+1]) {
				s.m.blank(i, i+1) // escape: keep the character, drop the backslash
				i += 2
			} else {
				i++
			}
		case '`':
			i = s.codeSpan(i)
		case '<':
			if end := s.angle(i); end > 0 {
				s.m.blank(i, end)
				i = end
			} else {
				i++
			}
		case '!':
			if i+1 < s.b && o[i+1] == '[' {
				s.openers = append(s.openers, bracketOpener{pos: i + 1, bang: i})
				i += 2
			} else {
				i++
			}
		case '[':
			if end := s.footnoteReference(i); end > 0 {
				s.m.blank(i, end)
				i = end
			} else {
				s.openers = append(s.openers, bracketOpener{pos: i, bang: -1})
				i++
			}
		case ']':
			i = s.closeBracket(i)
		case '*', '_', '~':
			i = s.delimiterRun(i, c)
		default:
			if end := s.autolinkLiteral(i); end > 0 {
				s.m.blank(i, end)
				i = end
			} else {
				i++
			}
		}
	}
}

// codeSpan handles the backtick run at i: a code span if a run of the same
// length follows, else literal backticks.
func (s *inlineScanner) codeSpan(i int) int {
	o := s.m.out
	r := i
	for r < s.b && o[r] == '`' {
		r++
	}
	if s.codeRuns == nil {
		s.codeRuns = map[int][]int{}
		for j := s.a; j < s.b; {
			if o[j] != '`' {
				j++
				continue
			}
			k := j
			for k < s.b && o[k] == '`' {
				k++
			}
			s.codeRuns[k-j] = append(s.codeRuns[k-j], j)
			j = k
		}
	}
	n := r - i
	starts := s.codeRuns[n]
	k := sort.SearchInts(starts, r)
	if k == len(starts) {
		return r
	}
	end := starts[k] + n
	s.m.blank(i, end)
	return end
}

// angle recognises what can start with '<' at i: an HTML comment,
// processing instruction, declaration or CDATA section, an autolink, or an
// HTML tag. It returns the end, or 0.
func (s *inlineScanner) angle(i int) int {
	o := s.m.out
	rest := o[i:s.b]
	switch {
	case bytes.HasPrefix(rest, []byte("<!--")):
		// "<!-->" and "<!--->" are complete comments (CommonMark 0.31).
		if e := s.comments.next(o, i+2, s.b); e >= 0 {
			return e + 3
		}
		return 0
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		if e := s.cdata.next(o, i+9, s.b); e >= 0 {
			return e + 3
		}
		return 0
	case bytes.HasPrefix(rest, []byte("<?")):
		if e := s.pis.next(o, i+2, s.b); e >= 0 {
			return e + 2
		}
		return 0
	case len(rest) > 2 && rest[1] == '!' && isASCIILetter(rest[2]):
		limit := min(s.b, i+maxInlineConstructBytes)
		if e := bytes.IndexByte(o[i:limit], '>'); e >= 0 {
			return i + e + 1
		}
		return 0
	}
	if end := s.uriAutolink(i); end > 0 {
		return end
	}
	if end := s.emailAutolink(i); end > 0 {
		return end
	}
	return s.htmlTag(i)
}

// uriAutolink recognises <scheme:anything-without-spaces>.
func (s *inlineScanner) uriAutolink(i int) int {
	o := s.m.out
	j := i + 1
	if j >= s.b || !isASCIILetter(o[j]) {
		return 0
	}
	for j < s.b && (isASCIIAlnum(o[j]) || o[j] == '+' || o[j] == '.' || o[j] == '-') {
		j++
	}
	if n := j - i - 1; n < 2 || n > 32 || j >= s.b || o[j] != ':' {
		return 0
	}
	for j++; j < s.b; j++ {
		switch c := o[j]; {
		case c == '>':
			return j + 1
		case c <= ' ' || c == '<':
			return 0
		}
	}
	return 0
}

// emailAutolink recognises <local@domain>.
func (s *inlineScanner) emailAutolink(i int) int {
	o := s.m.out
	j := i + 1
	for j < s.b && (isASCIIAlnum(o[j]) || strings.IndexByte(".!#$%&'*+/=?^_`{|}~-", o[j]) >= 0) {
		j++
	}
	if j == i+1 || j >= s.b || o[j] != '@' {
		return 0
	}
	j++
	for {
		start := j
		for j < s.b && (isASCIIAlnum(o[j]) || o[j] == '-') && j-start < 63 {
			j++
		}
		if j == start || o[start] == '-' || o[j-1] == '-' {
			return 0
		}
		if j < s.b && o[j] == '.' {
			j++
			continue
		}
		break
	}
	if j < s.b && o[j] == '>' {
		return j + 1
	}
	return 0
}

// htmlTag recognises an open tag with attributes or a closing tag.
func (s *inlineScanner) htmlTag(i int) int {
	o := s.m.out
	limit := min(s.b, i+maxInlineConstructBytes)
	j := i + 1
	closing := j < limit && o[j] == '/'
	if closing {
		j++
	}
	if j >= limit || !isASCIILetter(o[j]) {
		return 0
	}
	for j < limit && (isASCIIAlnum(o[j]) || o[j] == '-') {
		j++
	}
	if closing {
		j = skipSpace(o, j, limit)
		if j < limit && o[j] == '>' {
			return j + 1
		}
		return 0
	}
	for {
		k := skipSpace(o, j, limit)
		if k >= limit {
			return 0
		}
		switch o[k] {
		case '>':
			return k + 1
		case '/':
			if k+1 < limit && o[k+1] == '>' {
				return k + 2
			}
			return 0
		}
		if k == j || !(isASCIILetter(o[k]) || o[k] == '_' || o[k] == ':') {
			return 0 // an attribute needs white space before it
		}
		for k < limit && (isASCIIAlnum(o[k]) || strings.IndexByte("_.:-", o[k]) >= 0) {
			k++
		}
		j = k
		v := skipSpace(o, k, limit)
		if v >= limit || o[v] != '=' {
			continue
		}
		v = skipSpace(o, v+1, limit)
		if v >= limit {
			return 0
		}
		switch q := o[v]; q {
		case '"', '\'':
			e := bytes.IndexByte(o[v+1:limit], q)
			if e < 0 {
				return 0
			}
			j = v + 1 + e + 1
		default:
			start := v
			for v < limit && o[v] > ' ' && strings.IndexByte("\"'=<>`", o[v]) < 0 {
				v++
			}
			if v == start {
				return 0
			}
			j = v
		}
	}
}

// footnoteReference recognises "[^label]" at i.
func (s *inlineScanner) footnoteReference(i int) int {
	o := s.m.out
	if i+2 >= s.b || o[i+1] != '^' {
		return 0
	}
	limit := min(s.b, i+2+maxLinkLabelBytes)
	for j := i + 2; j < limit; j++ {
		switch c := o[j]; {
		case c == ']':
			if j == i+2 {
				return 0
			}
			return j + 1
		case c <= ' ' || c == '[' || c == '\\':
			return 0
		}
	}
	return 0
}

// closeBracket handles ']' at i: if it closes a link or image with the
// innermost open bracket, it blanks the brackets and the destination and
// returns the position after them.
func (s *inlineScanner) closeBracket(i int) int {
	n := len(s.openers)
	if n == 0 {
		return i + 1
	}
	op := s.openers[n-1]
	s.openers = s.openers[:n-1]
	if op.bang < 0 && op.pos < s.linkFloor {
		return i + 1
	}
	o := s.m.out
	end := 0
	if i+1 < s.b && o[i+1] == '(' {
		end = s.linkTail(i + 1)
	}
	if end == 0 && i+1 < s.b && o[i+1] == '[' {
		end = s.referenceLabel(i + 1)
	}
	if end == 0 && len(s.m.refs) > 0 && i-op.pos-1 <= maxLinkLabelBytes &&
		s.m.refs[normalizeLabel(s.m.src[op.pos+1:i])] {
		end = i + 1
	}
	if end == 0 {
		return i + 1
	}
	s.m.blank(op.pos, op.pos+1)
	if op.bang >= 0 {
		s.m.blank(op.bang, op.bang+1)
	} else {
		s.linkFloor = i
	}
	s.m.blank(i, end)
	return end
}

// linkTail parses `(destination "title")` with its '(' at i and returns the
// position after ')', or 0.
func (s *inlineScanner) linkTail(i int) int {
	o := s.m.out
	limit := min(s.b, i+maxInlineConstructBytes)
	j := skipSpace(o, i+1, limit)
	if j >= limit {
		return 0
	}
	if o[j] == ')' {
		return j + 1
	}
	if o[j] == '<' {
		for j++; j < limit && o[j] != '>'; j++ {
			switch o[j] {
			case '\n', '\r', '<':
				return 0
			case '\\':
				j++
			}
		}
		if j >= limit {
			return 0
		}
		j++
	} else {
		depth := 0
	dest:
		for j < limit {
			switch c := o[j]; {
			case c == '\\' && j+1 < limit && isASCIIPunct(o[j+1]):
				j++
			case c <= ' ':
				break dest
			case c == '(':
				depth++
				if depth > maxLinkParenDepth {
					return 0
				}
			case c == ')':
				if depth == 0 {
					break dest
				}
				depth--
			}
			j++
		}
		if depth != 0 {
			return 0
		}
	}
	k := skipSpace(o, j, limit)
	if k >= limit {
		return 0
	}
	if o[k] == ')' {
		return k + 1
	}
	if k == j {
		return 0 // a title must be separated from the destination
	}
	closer := titleCloser(o[k])
	if closer == 0 {
		return 0
	}
	for k++; k < limit && o[k] != closer; k++ {
		if o[k] == '\\' {
			k++
		} else if closer == ')' && o[k] == '(' {
			return 0
		}
	}
	if k >= limit {
		return 0
	}
	k = skipSpace(o, k+1, limit)
	if k >= limit || o[k] != ')' {
		return 0
	}
	return k + 1
}

// referenceLabel parses the "[label]" of a full or collapsed reference link
// with its '[' at i and returns the position after ']', or 0.
func (s *inlineScanner) referenceLabel(i int) int {
	o := s.m.out
	limit := min(s.b, i+2+maxLinkLabelBytes)
	for j := i + 1; j < limit; j++ {
		switch o[j] {
		case '\\':
			j++
		case '[':
			return 0
		case ']':
			return j + 1
		}
	}
	return 0
}

// delimiterRun records the run of c at i if it can open or close emphasis
// (or strikethrough) and returns its end.
func (s *inlineScanner) delimiterRun(i int, c byte) int {
	o := s.m.out
	j := i
	for j < s.b && o[j] == c {
		j++
	}
	kind := kindStar
	switch {
	case c == '_':
		kind = kindUnderscore
	case c == '~' && j-i == 1:
		kind = kindTilde1
	case c == '~' && j-i == 2:
		kind = kindTilde2
	case c == '~':
		return j // three or more tildes are not strikethrough
	}
	before, after := ' ', ' '
	if i > s.a {
		before, _ = utf8.DecodeLastRuneInString(s.m.src[s.a:i])
	}
	if j < s.b {
		after, _ = utf8.DecodeRuneInString(s.m.src[j:s.b])
	}
	left := !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before))
	right := !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after))
	d := delimiter{start: i, end: j, kind: kind, open: left, close: right}
	if c == '_' {
		// Underscores inside a word (snake_case) are not emphasis.
		d.open = left && (!right || isPunct(before))
		d.close = right && (!left || isPunct(after))
	}
	if d.open || d.close {
		s.delims = append(s.delims, d)
	}
	return j
}

// matchEmphasis pairs each closing delimiter with the nearest opener of its
// kind and blanks both; openers of other kinds between them are dropped,
// since emphasis cannot overlap.
func (s *inlineScanner) matchEmphasis() {
	var stacks [delimiterKinds][]int
	for idx, d := range s.delims {
		if st := stacks[d.kind]; d.close && len(st) > 0 {
			o := st[len(st)-1]
			stacks[d.kind] = st[:len(st)-1]
			s.m.blank(s.delims[o].start, s.delims[o].end)
			s.m.blank(d.start, d.end)
			for k := range stacks {
				for len(stacks[k]) > 0 && stacks[k][len(stacks[k])-1] > o {
					stacks[k] = stacks[k][:len(stacks[k])-1]
				}
			}
			continue
		}
		if d.open {
			stacks[d.kind] = append(stacks[d.kind], idx)
		}
	}
}

// autolinkLiteral recognises a bare URL (http://, https://, www.) or e-mail
// address starting at i, as GitHub does, and returns its end, or 0.
func (s *inlineScanner) autolinkLiteral(i int) int {
	o := s.m.out
	c := o[i]
	if !isASCIIAlnum(c) {
		return 0
	}
	var prev byte = ' '
	if i > s.a {
		prev = o[i-1]
	}
	if isSpaceByte(prev) || strings.IndexByte("*_~(", prev) >= 0 {
		if end := s.bareURL(i); end > 0 {
			return end
		}
	}
	if isEmailLocal(prev) || prev == '@' {
		return 0 // not the start of a word
	}
	return s.bareEmail(i)
}

func (s *inlineScanner) bareURL(i int) int {
	o := s.m.out
	rest := o[i:s.b]
	n := 0
	for _, p := range []string{"https://", "http://", "www."} {
		if len(rest) >= len(p) && strings.EqualFold(string(rest[:len(p)]), p) {
			n = len(p)
			break
		}
	}
	if n == 0 || n >= len(rest) || !isASCIIAlnum(rest[n]) {
		return 0
	}
	stopAtBracket := len(s.openers) > 0 // "[see https://x](y)": the URL ends at ']'
	j := i + n
	for j < s.b && !isSpaceByte(o[j]) && o[j] != '<' && !(stopAtBracket && o[j] == ']') {
		j++
	}
	return trimURLTail(o, i+n, j)
}

// trimURLTail drops the trailing punctuation GitHub leaves out of a bare
// URL: sentence punctuation, an unbalanced ')', and an entity reference.
func trimURLTail(o []byte, start, end int) int {
	opens, closes := 0, 0
	for _, c := range o[start:end] {
		switch c {
		case '(':
			opens++
		case ')':
			closes++
		}
	}
	for end > start {
		switch c := o[end-1]; {
		case strings.IndexByte("?!.,:*_~'\"", c) >= 0:
			end--
		case c == ')' && closes > opens:
			end--
			closes--
		case c == ';':
			k := end - 2
			for k >= start && isASCIIAlnum(o[k]) {
				k--
			}
			if k < start || o[k] != '&' || k == end-2 {
				return end
			}
			end = k
		default:
			return end
		}
	}
	return 0
}

func (s *inlineScanner) bareEmail(i int) int {
	o := s.m.out
	j := i
	for j < s.b && isEmailLocal(o[j]) {
		j++
	}
	if j >= s.b || o[j] != '@' {
		return 0
	}
	j++
	domain := j
	for j < s.b && (isASCIIAlnum(o[j]) || o[j] == '-' || o[j] == '_' || o[j] == '.') {
		j++
	}
	for j > domain && o[j-1] == '.' {
		j--
	}
	if j == domain || o[j-1] == '-' || o[j-1] == '_' || o[domain] == '.' {
		return 0
	}
	if bytes.IndexByte(o[domain:j], '.') < 0 {
		return 0
	}
	return j
}

func skipSpace(o []byte, j, limit int) int {
	for j < limit && isSpaceByte(o[j]) {
		j++
	}
	return j
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isASCIIAlnum(c byte) bool { return isASCIILetter(c) || ('0' <= c && c <= '9') }

func isEmailLocal(c byte) bool {
	return isASCIIAlnum(c) || c == '.' || c == '_' || c == '+' || c == '-'
}

func isASCIIPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

func isSpace(r rune) bool { return unicode.IsSpace(r) }

func isPunct(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIPunct(byte(r))
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// titleCloser is the byte that closes a link title opened by c (a double
// quote, a single quote or an opening parenthesis), or 0 when c opens none.
func titleCloser(c byte) byte {
	switch c {
	case '"', '\'':
		return c
	case '(':
		return ')'
	}
	return 0
}
