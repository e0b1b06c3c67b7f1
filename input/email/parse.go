package email

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/emersion/go-message/charset"
	"github.com/emersion/go-message/textproto"
)

// Limits that keep Parse bounded on hostile input.
const (
	// DefaultMaxBytes is the size limit Parse and NewMboxReader use when
	// given zero or a negative limit: 32 MiB, far beyond any real email.
	DefaultMaxBytes = 32 << 20
	// MaxDepth is how deeply multiparts may nest. Real mail nests three or
	// four levels (mixed > alternative > related > html); deeper parts are
	// skipped with a warning.
	MaxDepth = 12
	// MaxParts is how many MIME parts, of every kind, a message may have;
	// parts after it are skipped with a warning.
	MaxParts = 500
	// MaxHeaderBytes is how much of a message's header block is read (the
	// limit go-message and net/mail use too); fields beyond it are ignored
	// with a warning. Real headers are a few kilobytes.
	MaxHeaderBytes = 1 << 20
)

// Message is one email: the headers a report shows, decoded to UTF-8, and
// the text of the body.
type Message struct {
	// From, To, Cc, Date and Subject are the header fields with RFC 2047
	// encoded words decoded, as written otherwise (the Date is not
	// reformatted). Repeated To or Cc fields are joined with ", ".
	From, To, Cc, Date, Subject string
	// MessageID is the Message-ID without its angle brackets.
	MessageID string
	// Body is the text of the message: valid UTF-8, with "\n" line breaks.
	// It is everything the sender sent as text, quoted replies and
	// signatures included (see StripQuoted).
	Body string
	// Warnings describe repairs made to read the message: an unknown
	// charset, malformed MIME read as the raw body, an undecodable part
	// skipped. Attachments skipped are not warnings.
	Warnings []string
}

// Parse reads one RFC 5322 / MIME message of at most maxBytes bytes
// (DefaultMaxBytes if maxBytes <= 0) and returns its headers and text.
//
// The body is chosen as a mail client would show it: in
// multipart/alternative the text/plain part, or the HTML part converted to
// text when there is no usable plain one; in multipart/mixed, related and
// the others, every text part in order, without attachments (parts with
// Content-Disposition: attachment, and parts that are not text/plain,
// text/html or text/markdown; forwarded message/rfc822 parts included).
// Transfer encodings and declared charsets are decoded, and format=flowed
// text is unwrapped.
//
// Parse does not refuse a message for breaking the MIME rules (a boundary
// that never appears or never closes, a part with a broken header, an
// unknown transfer encoding): it reads the raw body after the header block
// instead, with a warning. A part that decodes to binary data or is not
// valid base64 is skipped with a warning.
//
// Errors: a *TooLargeError (errors.Is ErrTooLarge) when the message is
// larger than maxBytes; an error matching ErrNoText when no readable text
// remains; the reader's error when r fails.
func Parse(r io.Reader, maxBytes int64) (*Message, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > maxBytes {
		return nil, &TooLargeError{Limit: maxBytes}
	}
	return parse(data)
}

func parse(data []byte) (*Message, error) {
	msg := &Message{}
	block := splitHeader(data)
	msg.Warnings = append(msg.Warnings, block.warnings...)
	header, err := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(block.header)))
	if err != nil {
		// splitHeader passes only well-formed lines, so this is not expected;
		// the fields read before the error are still used.
		msg.Warnings = append(msg.Warnings, "message header: "+libraryMessage(err))
	}
	msg.From = headerText(header, "From")
	msg.To = headerText(header, "To")
	msg.Cc = headerText(header, "Cc")
	msg.Date = headerText(header, "Date")
	msg.Subject = headerText(header, "Subject")
	msg.MessageID = strings.Trim(strings.TrimSpace(headerText(header, "Message-Id")), "<>")

	w := &walker{}
	got, err := w.entity(header, bytes.NewReader(block.body), "", 0, "text/plain")
	var malformed *malformedError
	switch {
	case errors.As(err, &malformed):
		return rawBody(msg, header, block.body, malformed.reason)
	case err != nil:
		return nil, err // reading from memory cannot fail, but never hide an error
	}
	msg.Warnings = append(msg.Warnings, got.warnings...)
	msg.Warnings = append(msg.Warnings, w.warnings...)
	if !got.found {
		return nil, noText(msg.Warnings)
	}
	msg.Body = strings.ToValidUTF8(got.text, "\uFFFD")
	return msg, nil
}

// rawBody reads a malformed message's body after the header block as text.
func rawBody(msg *Message, header textproto.Header, body []byte, reason string) (*Message, error) {
	msg.Warnings = append(msg.Warnings, fmt.Sprintf("malformed MIME (%s): using the raw body", reason))
	label := ""
	if mediaType, params, _ := contentType(header, "text/plain"); strings.HasPrefix(mediaType, "text/") {
		label = params["charset"]
	}
	text, warning := decodeCharset(label, body)
	if warning != "" {
		msg.Warnings = append(msg.Warnings, "raw body: "+warning)
	}
	if looksBinary(text) {
		msg.Warnings = append(msg.Warnings, "raw body is binary data")
		return nil, noText(msg.Warnings)
	}
	msg.Body = normalizeNewlines(text)
	return msg, nil
}

func noText(warnings []string) error {
	if len(warnings) == 0 {
		return ErrNoText
	}
	return fmt.Errorf("%w (%s)", ErrNoText, strings.Join(warnings, "; "))
}

// headerBlock is a message split into its header and its body.
type headerBlock struct {
	header   []byte // well-formed header lines, ending with an empty line
	body     []byte
	warnings []string
}

// splitHeader finds the header block leniently. A leading mbox "From " line
// and UTF-8 byte-order mark are skipped. The header ends at the first empty
// line; a line that is neither a field nor a continuation ends it too (the
// body then starts at that line), and a file whose first line is not a
// header field has no header at all and is all body.
func splitHeader(data []byte) headerBlock {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if bytes.HasPrefix(data, []byte("From ")) {
		if nl := bytes.IndexByte(data, '\n'); nl >= 0 {
			data = data[nl+1:]
		} else {
			data = nil
		}
	}
	var block headerBlock
	var header bytes.Buffer
	fields := 0
	truncated := false
	pos := 0
	for pos < len(data) {
		end := bytes.IndexByte(data[pos:], '\n')
		next := len(data)
		if end >= 0 {
			next = pos + end + 1
		}
		line := bytes.TrimRight(data[pos:next], "\r\n")
		switch {
		case len(line) == 0:
			block.body = data[next:]
			header.WriteString("\r\n")
			block.header = header.Bytes()
			return block
		case header.Len()+len(line) > MaxHeaderBytes && (fields > 0 || isHeaderField(line)):
			if !truncated {
				truncated = true
				block.warnings = append(block.warnings, fmt.Sprintf("message header longer than %d bytes: the rest of it is ignored", MaxHeaderBytes))
			}
			fields++
		case (line[0] == ' ' || line[0] == '\t') && fields > 0:
			header.Write(line)
			header.WriteString("\r\n")
		case isHeaderField(line):
			fields++
			header.Write(line)
			header.WriteString("\r\n")
		case fields == 0:
			block.body = data
			block.header = []byte("\r\n")
			block.warnings = append(block.warnings, "no message header found: read as plain text")
			return block
		default:
			block.body = data[pos:]
			header.WriteString("\r\n")
			block.header = header.Bytes()
			block.warnings = append(block.warnings, "message header not ended by an empty line: the body starts at the first line that is not a header field")
			return block
		}
		pos = next
	}
	header.WriteString("\r\n")
	block.header = header.Bytes()
	return block
}

// isHeaderField reports whether line is "Name: value" with a field name of
// printable ASCII (RFC 5322 section 2.2; blanks before the colon occur in
// the wild and are tolerated).
func isHeaderField(line []byte) bool {
	colon := bytes.IndexByte(line, ':')
	if colon <= 0 {
		return false
	}
	name := bytes.TrimRight(line[:colon], " \t")
	if len(name) == 0 {
		return false
	}
	for _, c := range name {
		if c < 33 || c > 126 {
			return false
		}
	}
	return true
}

// headerText returns a header field with encoded words decoded, repeated
// fields joined with ", ". Undecodable encoded words are left as written.
func headerText(h textproto.Header, key string) string {
	values := h.Values(key)
	decoder := mime.WordDecoder{CharsetReader: headerCharsetReader}
	for i, v := range values {
		if decoded, err := decoder.DecodeHeader(v); err == nil {
			v = decoded
		}
		v, _ = decodeCharset("", []byte(v)) // raw 8-bit headers
		values[i] = c1AsWindows1252(v)
	}
	return strings.Join(values, ", ")
}

// c1AsWindows1252 replaces the C1 control characters U+0080 to U+009F by
// the Windows-1252 characters of the same byte. The standard library decodes
// encoded words labelled ISO-8859-1 itself, as real ISO-8859-1, but the
// senders meant Windows-1252: "=96" is an en dash, not a control character.
func c1AsWindows1252(s string) string {
	if !strings.ContainsFunc(s, isC1) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isC1(r) {
			b.WriteString(decodeWith("windows-1252", []byte{byte(r)}))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isC1(r rune) bool { return r >= 0x80 && r <= 0x9F }

func headerCharsetReader(label string, input io.Reader) (io.Reader, error) {
	if latin1Labels[strings.ToLower(label)] {
		label = "windows-1252"
	}
	return charset.Reader(label, input)
}

// malformedError stops the walk of a message that breaks the MIME rules;
// the message is then read as its raw body.
type malformedError struct{ reason string }

func (e *malformedError) Error() string { return "malformed MIME: " + e.reason }

// content is the text found in a MIME entity.
type content struct {
	text     string
	found    bool // a text part was read (its text may be empty)
	fromHTML bool // the text was converted from HTML
	warnings []string
}

// walker walks a message's MIME tree, counting parts against MaxParts.
type walker struct {
	parts       int
	warnings    []string // warnings about limits, given once per message
	partsWarned bool
	depthWarned bool
}

func (w *walker) tooManyParts() {
	if !w.partsWarned {
		w.partsWarned = true
		w.warnings = append(w.warnings, fmt.Sprintf("more than %d MIME parts: the rest are skipped", MaxParts))
	}
}

// entity reads one MIME entity: the message itself (path "") or a part
// ("1", "2.1" ...).
func (w *walker) entity(h textproto.Header, body io.Reader, path string, depth int, defaultType string) (content, error) {
	w.parts++
	if w.parts > MaxParts {
		w.tooManyParts()
		return content{}, nil
	}
	mediaType, params, ctWarning := contentType(h, defaultType)
	if isAttachment(h) {
		return content{}, nil
	}
	switch {
	case strings.HasPrefix(mediaType, "multipart/"):
		if depth >= MaxDepth {
			if !w.depthWarned {
				w.depthWarned = true
				w.warnings = append(w.warnings, fmt.Sprintf("MIME parts nested more than %d deep are skipped", MaxDepth))
			}
			return content{}, nil
		}
		return w.multipart(body, path, depth, mediaType, params)
	case mediaType == "text/plain", mediaType == "text/html", mediaType == "text/markdown", mediaType == "text/x-markdown":
		got, err := w.leaf(h, body, path, mediaType, params)
		if ctWarning != "" {
			got.warnings = append([]string{ctWarning}, got.warnings...)
		}
		return got, err
	default:
		return content{}, nil // an attachment, an image, a forwarded message/rfc822...
	}
}

func (w *walker) multipart(body io.Reader, path string, depth int, mediaType string, params map[string]string) (content, error) {
	boundary := params["boundary"]
	if boundary == "" {
		return content{}, &malformedError{mediaType + " without a boundary"}
	}
	childDefault := "text/plain"
	if mediaType == "multipart/digest" {
		childDefault = "message/rfc822" // RFC 2046 section 5.1.5
	}
	reader := textproto.NewMultipartReader(body, boundary)
	var children []content
	for n := 1; ; n++ {
		childPath := fmt.Sprint(n)
		if path != "" {
			childPath = path + "." + childPath
		}
		part, err := reader.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return content{}, &malformedError{multipartProblem(err, mediaType, boundary, childPath, n)}
		}
		if w.parts >= MaxParts {
			w.tooManyParts()
			break // the rest is not read at all
		}
		got, err := w.entity(part.Header, part, childPath, depth+1, childDefault)
		if err != nil {
			return content{}, err
		}
		children = append(children, got)
	}
	if mediaType == "multipart/alternative" {
		return chooseAlternative(children), nil
	}
	return concatenate(children), nil
}

// multipartProblem says in plain words why the next part could not be
// read. The multipart reader's errors are not typed, so its message is
// kept for the cases not recognised here.
func multipartProblem(err error, mediaType, boundary, childPath string, n int) string {
	msg := libraryMessage(err)
	if strings.Contains(msg, "EOF") {
		if n == 1 {
			return fmt.Sprintf("%s boundary %q never appears", mediaType, boundary)
		}
		return fmt.Sprintf("%s ends without its closing boundary %q", mediaType, "--"+boundary+"--")
	}
	if strings.Contains(msg, "header") {
		return fmt.Sprintf("part %s has a broken header: %s", childPath, msg)
	}
	return fmt.Sprintf("part %s: %s", childPath, msg)
}

// libraryMessage drops the package prefix go-message puts on its errors.
func libraryMessage(err error) string {
	msg := strings.Join(strings.Fields(err.Error()), " ") // the line it quotes may end in "\r\n"
	for _, prefix := range []string{"message: ", "multipart: "} {
		msg = strings.TrimPrefix(msg, prefix)
	}
	return msg
}

// leaf reads a text part.
func (w *walker) leaf(h textproto.Header, body io.Reader, path, mediaType string, params map[string]string) (content, error) {
	name := "the message body (" + mediaType + ")"
	if path != "" {
		name = "MIME part " + path + " (" + mediaType + ")"
	}
	raw, err := io.ReadAll(body)
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return content{}, &malformedError{fmt.Sprintf("%s ends without its multipart's closing boundary", name)}
	}
	if err != nil {
		return content{}, &malformedError{fmt.Sprintf("%s: %s", name, libraryMessage(err))}
	}
	decoded, err := decodeTransfer(h.Get("Content-Transfer-Encoding"), raw)
	var unknown *unknownEncodingError
	switch {
	case errors.As(err, &unknown):
		return content{}, &malformedError{fmt.Sprintf("%s: %s", name, unknown.Error())}
	case err != nil:
		return content{warnings: []string{fmt.Sprintf("%s is %s: skipped", name, err.Error())}}, nil
	}
	text, warning := decodeCharset(params["charset"], decoded)
	var got content
	if warning != "" {
		got.warnings = append(got.warnings, name+": "+warning)
	}
	if looksBinary(text) {
		// The charset warning, if any, says nothing more about binary data.
		return content{warnings: []string{name + " decoded to binary data, not text: skipped"}}, nil
	}
	text = normalizeNewlines(text)
	switch mediaType {
	case "text/html":
		converted, err := htmlToText(text)
		if err != nil {
			got.warnings = append(got.warnings, fmt.Sprintf("%s could not be converted to text (%v): skipped", name, err))
			return got, nil
		}
		got.text = strings.ToValidUTF8(converted, "\uFFFD")
		got.fromHTML = true
	case "text/plain":
		if strings.EqualFold(params["format"], "flowed") {
			text = unflow(text, strings.EqualFold(params["delsp"], "yes"))
		}
		got.text = text
	default:
		got.text = text
	}
	got.found = true
	return got, nil
}

// chooseAlternative picks what a mail client would show, except that plain
// text is preferred over HTML: the first alternative read from text/plain
// with some text, else the first converted from HTML with some text, else
// the first alternative read at all.
func chooseAlternative(children []content) content {
	for _, wantHTML := range []bool{false, true} {
		for _, c := range children {
			if c.found && c.fromHTML == wantHTML && strings.TrimSpace(c.text) != "" {
				return withFailures(c, children)
			}
		}
	}
	for _, c := range children {
		if c.found {
			return withFailures(c, children)
		}
	}
	return withFailures(content{}, children)
}

// withFailures adds to the chosen alternative the warnings of the
// alternatives that could not be read (a part of binary garbage is worth
// knowing about), but not those of alternatives read and not chosen.
func withFailures(chosen content, children []content) content {
	for _, c := range children {
		if !c.found {
			chosen.warnings = append(chosen.warnings, c.warnings...)
		}
	}
	return chosen
}

// concatenate joins the text parts of a multipart other than alternative
// in order, separated by an empty line.
func concatenate(children []content) content {
	var out content
	var texts []string
	allHTML := true
	for _, c := range children {
		out.warnings = append(out.warnings, c.warnings...)
		if !c.found {
			continue
		}
		out.found = true
		allHTML = allHTML && c.fromHTML
		if t := strings.TrimRight(c.text, "\n"); t != "" {
			texts = append(texts, t)
		}
	}
	out.fromHTML = out.found && allHTML
	out.text = strings.Join(texts, "\n\n")
	return out
}

// contentType returns an entity's media type (lower case) and parameters.
// A missing Content-Type is defaultType; one that cannot be parsed at all
// is text/plain (RFC 2045 section 5.2), with a warning.
func contentType(h textproto.Header, defaultType string) (string, map[string]string, string) {
	value := h.Get("Content-Type")
	if strings.TrimSpace(value) == "" {
		return defaultType, map[string]string{}, ""
	}
	mediaType, params, err := mime.ParseMediaType(value)
	if params == nil {
		params = map[string]string{}
	}
	if err != nil && mediaType == "" {
		return "text/plain", params, fmt.Sprintf("invalid Content-Type %q: read as text/plain", value)
	}
	return mediaType, params, ""
}

// isAttachment reports whether an entity is marked as an attachment.
func isAttachment(h textproto.Header) bool {
	value := h.Get("Content-Disposition")
	if value == "" {
		return false
	}
	disposition, _, err := mime.ParseMediaType(value)
	if err != nil && disposition == "" {
		disposition, _, _ = strings.Cut(value, ";")
	}
	return strings.EqualFold(strings.TrimSpace(disposition), "attachment")
}
