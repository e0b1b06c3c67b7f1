package input

import (
	"bytes"
	"net/http"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Warnings attached to documents whose text had to be repaired.
const (
	WarnWindows1252 = "not valid UTF-8: decoded as Windows-1252"
	WarnUTF16       = "decoded from UTF-16"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decodeText turns file bytes into UTF-8 text: a UTF-8 byte-order mark is
// dropped, UTF-16 with a byte-order mark is decoded, binary content is
// refused, and bytes that are not valid UTF-8 are read as Windows-1252 (the
// usual encoding of such files), with a warning.
func decodeText(data []byte) (string, []string, error) {
	switch {
	case bytes.HasPrefix(data, utf8BOM):
		data = data[len(utf8BOM):]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", nil, ErrBinary
		}
		if kind := binaryKind(out); kind != "" {
			return "", nil, binaryError(kind)
		}
		return string(out), []string{WarnUTF16}, nil
	}
	if kind := binaryKind(data); kind != "" {
		return "", nil, binaryError(kind)
	}
	if utf8.Valid(data) {
		return string(data), nil, nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD"), []string{"not valid UTF-8: invalid bytes replaced"}, nil
	}
	return string(out), []string{WarnWindows1252}, nil
}

// binaryKind names the kind of binary content, or "" for text. NUL bytes
// never occur in text; the content sniffer recognises images, archives, PDF
// and the like by their signatures.
func binaryKind(data []byte) string {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if ct := http.DetectContentType(head); !strings.HasPrefix(ct, "text/") && ct != "application/octet-stream" {
		return strings.SplitN(ct, ";", 2)[0]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return "NUL bytes"
	}
	return ""
}

func binaryError(kind string) error {
	return &wrapped{msg: "binary file (" + kind + "), not text", err: ErrBinary}
}

// wrapped is a sentinel with a more specific message.
type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg }
func (w *wrapped) Unwrap() error { return w.err }

func sortStrings(s []string) { sort.Strings(s) }
