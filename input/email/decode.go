package email

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/emersion/go-message/charset"
)

// errBadBase64 marks a base64 body that is not valid base64.
var errBadBase64 = errors.New("not valid base64")

// unknownEncodingError is a Content-Transfer-Encoding this package does not
// know; the message is then read as its raw body.
type unknownEncodingError struct{ name string }

func (e *unknownEncodingError) Error() string {
	return fmt.Sprintf("unknown transfer encoding %q", e.name)
}

// decodeTransfer undoes a Content-Transfer-Encoding.
func decodeTransfer(encoding string, raw []byte) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "", "7bit", "8bit", "binary", "7-bit", "8-bit":
		return raw, nil
	case "quoted-printable":
		return decodeQuotedPrintable(raw), nil
	case "base64":
		return decodeBase64(raw)
	default:
		return nil, &unknownEncodingError{name: encoding}
	}
}

// decodeBase64 decodes base64 leniently about layout (line breaks, spaces
// and missing padding are common) but strictly about the alphabet: anything
// else means the body is not base64 at all.
func decodeBase64(raw []byte) ([]byte, error) {
	clean := make([]byte, 0, len(raw))
	for _, b := range raw {
		switch b {
		case ' ', '\t', '\r', '\n':
		default:
			clean = append(clean, b)
		}
	}
	clean = bytes.TrimRight(clean, "=")
	out := make([]byte, base64.RawStdEncoding.DecodedLen(len(clean)))
	n, err := base64.RawStdEncoding.Decode(out, clean)
	if err != nil {
		return nil, errBadBase64
	}
	return out[:n], nil
}

// decodeQuotedPrintable decodes quoted-printable and never fails: real mail
// carries unescaped control bytes, lone "=" signs and lowercase hex that
// strict decoders (mime/quotedprintable) reject, and the text is still
// perfectly readable. "=" followed by optional blanks and a line break is a
// soft line break; "=" followed by two hex digits is that byte; any other
// "=" is kept as it is.
func decodeQuotedPrintable(raw []byte) []byte {
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		b := raw[i]
		if b != '=' {
			out = append(out, b)
			continue
		}
		j := i + 1
		for j < len(raw) && (raw[j] == ' ' || raw[j] == '\t') {
			j++
		}
		if j == len(raw) { // "=" at the very end: a soft break with nothing after
			i = j - 1
			continue
		}
		if raw[j] == '\n' {
			i = j
			continue
		}
		if raw[j] == '\r' && j+1 < len(raw) && raw[j+1] == '\n' {
			i = j + 1
			continue
		}
		if i+2 < len(raw) && isHex(raw[i+1]) && isHex(raw[i+2]) {
			out = append(out, unhex(raw[i+1])<<4|unhex(raw[i+2]))
			i += 2
			continue
		}
		out = append(out, '=')
	}
	return out
}

func isHex(b byte) bool {
	return '0' <= b && b <= '9' || 'a' <= b && b <= 'f' || 'A' <= b && b <= 'F'
}

func unhex(b byte) byte {
	switch {
	case b <= '9':
		return b - '0'
	case b <= 'F':
		return b - 'A' + 10
	default:
		return b - 'a' + 10
	}
}

// latin1Labels are the names of ISO-8859-1. Mail labelled ISO-8859-1 is in
// practice Windows-1252 (curly quotes and dashes at 0x80-0x9F, which are
// invisible control characters in real ISO-8859-1), so, like browsers and
// mail clients, it is decoded as Windows-1252, a superset for text.
var latin1Labels = map[string]bool{
	"iso-8859-1": true, "iso8859-1": true, "iso_8859-1": true, "iso_8859-1:1987": true,
	"latin1": true, "latin-1": true, "l1": true, "cp819": true, "ibm819": true,
	"iso-ir-100": true, "csisolatin1": true, "8859-1": true,
}

// decodeCharset turns text in the declared charset into UTF-8. It returns
// a warning when the text had to be repaired; the result is always valid
// UTF-8.
func decodeCharset(label string, data []byte) (string, string) {
	name := strings.ToLower(strings.TrimSpace(label))
	switch name {
	case "", "us-ascii", "ascii", "us_ascii", "ansi_x3.4-1968":
		// Undeclared or "ASCII" text with 8-bit bytes is UTF-8 or, when not
		// valid UTF-8, almost always Windows-1252.
		if utf8.Valid(data) {
			return string(data), ""
		}
		return decodeWith("windows-1252", data), "text has 8-bit bytes but no charset that allows them: read as Windows-1252"
	case "utf-8", "utf8":
		if utf8.Valid(data) {
			return string(data), ""
		}
		return strings.ToValidUTF8(string(data), "\uFFFD"), "text declared UTF-8 has invalid bytes: replaced"
	}
	if latin1Labels[name] {
		name = "windows-1252"
	}
	r, err := charset.Reader(name, bytes.NewReader(data))
	if err != nil || r == nil {
		return strings.ToValidUTF8(string(data), "\uFFFD"), fmt.Sprintf("unknown charset %q: read as UTF-8", label)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD"), fmt.Sprintf("charset %q could not be decoded: read as UTF-8", label)
	}
	return strings.ToValidUTF8(string(out), "\uFFFD"), ""
}

// decodeWith decodes with a charset known to exist.
func decodeWith(name string, data []byte) string {
	r, err := charset.Reader(name, bytes.NewReader(data))
	if err == nil {
		if out, err := io.ReadAll(r); err == nil {
			return strings.ToValidUTF8(string(out), "\uFFFD")
		}
	}
	return strings.ToValidUTF8(string(data), "\uFFFD")
}

// binaryShare is the share of unprintable characters above which decoded
// text is taken for binary data: real text, even badly decoded, has almost
// none, while binary data decoded as text has a quarter or more.
const binaryShare = 0.10

// looksBinary reports whether decoded text is in fact binary data: it has a
// NUL character, or more than binaryShare of its characters are control
// characters (other than tab, line breaks and form feed) or replacement
// characters for undecodable bytes.
func looksBinary(s string) bool {
	if strings.IndexByte(s, 0) >= 0 {
		return true
	}
	var total, bad int
	for _, r := range s {
		total++
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r == '\f':
		case r == utf8.RuneError || unicode.IsControl(r):
			bad++
		}
	}
	return total > 0 && float64(bad) > binaryShare*float64(total)
}

// normalizeNewlines turns CRLF and lone CR line breaks into LF, so that the
// body has one line-break convention whatever the message used.
func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// unflow undoes format=flowed (RFC 3676) on LF-separated text: a line
// ending in a space continues on the next line of the same quote depth
// (with delSp the space itself is an artefact and is dropped), and the
// space a sender put before lines starting with a space, "From " or ">" is
// removed. The signature separator "-- " is never joined.
func unflow(s string, delSp bool) string {
	lines := strings.Split(s, "\n")
	var out strings.Builder
	out.Grow(len(s))
	joining := false // the previous line was flowed into this one
	prevDepth := 0
	for _, line := range lines {
		depth := 0
		for depth < len(line) && line[depth] == '>' {
			depth++
		}
		content := line[depth:]
		content = strings.TrimPrefix(content, " ") // space-stuffing
		if joining && depth != prevDepth {
			// A flowed line followed by one of another depth: the flow ends.
			out.WriteByte('\n')
			joining = false
		}
		if !joining && depth > 0 {
			out.WriteString(strings.Repeat(">", depth))
			out.WriteByte(' ')
		}
		flowed := strings.HasSuffix(content, " ") && content != "-- "
		if flowed && delSp {
			content = content[:len(content)-1]
		}
		out.WriteString(content)
		if flowed {
			joining = true
			prevDepth = depth
			continue
		}
		out.WriteByte('\n')
		joining = false
	}
	res := out.String()
	// strings.Split gave one more piece than there were line breaks; the
	// loop wrote a break after each unflowed piece, so drop the extra one.
	if !joining && strings.HasSuffix(res, "\n") {
		res = res[:len(res)-1]
	}
	return res
}
