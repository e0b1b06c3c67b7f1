package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Limits on what Extract reads.
const (
	// DefaultMaxText is the text limit used when Extract is given
	// maxText <= 0; it matches the default limit on plain-text documents.
	DefaultMaxText int64 = 32 << 20

	// ExpansionFactor sets the decompression budget: all parts together
	// may decompress to ExpansionFactor times maxText (within the bounds
	// below). WordprocessingML spends ten to twenty bytes of markup per
	// byte of text; 64 leaves room for heavily formatted documents.
	ExpansionFactor = 64
	// MinDecompressedBytes is the smallest decompression budget, so that a
	// small maxText still lets a small document's markup be read.
	MinDecompressedBytes int64 = 1 << 20
	// MaxDecompressedBytes is the largest decompression budget whatever
	// maxText is. The XML decoder holds a run of character data in memory,
	// so this also bounds memory; real documents' parts are far smaller.
	MaxDecompressedBytes int64 = 256 << 20

	// MaxEntries is the most zip entries an archive may have. A .docx has
	// a few dozen, more with many images.
	MaxEntries = 10000

	// MaxXMLDepth is the deepest element nesting accepted in a part. Word
	// nests a few dozen deep even with tables inside tables.
	MaxXMLDepth = 256
)

// Errors returned by Extract. Problems with one part come wrapped in a
// *PartError naming the part.
var (
	// ErrNotZip: the file is not a zip archive (a plain text or PDF file
	// renamed .docx, an old binary .doc, a password-protected document,
	// or a truncated download).
	ErrNotZip = errors.New("not a .docx file: not a zip archive")
	// ErrNotWordDocument: a zip archive without a main document part
	// (word/document.xml), such as a spreadsheet or an ordinary zip.
	ErrNotWordDocument = errors.New("not a Word document: the archive has no word/document.xml")
	// ErrTooManyEntries: the archive has more than MaxEntries entries.
	ErrTooManyEntries = errors.New("too many entries in the archive")
	// ErrDamaged: a part cannot be decompressed (corrupt data, a checksum
	// mismatch, or a compression method archive/zip does not support).
	ErrDamaged = errors.New("damaged archive or unsupported compression")
	// ErrMalformedXML: a part is not well-formed XML, or nests elements
	// deeper than MaxXMLDepth.
	ErrMalformedXML = errors.New("malformed XML")
	// ErrZipBomb: the parts decompress to more than the budget (see
	// ExpansionFactor); the error's message gives the budget.
	ErrZipBomb = errors.New("expands beyond the decompression limit (zip bomb?)")
	// ErrTooMuchText: the text is longer than maxText.
	ErrTooMuchText = errors.New("too much text")
)

// PartError is a problem with one part (zip entry) of the document.
type PartError struct {
	Part string // the part's name in the archive, e.g. "word/document.xml"
	Err  error  // wraps one of the Err* sentinel errors
}

func (e *PartError) Error() string { return e.Part + ": " + e.Err.Error() }
func (e *PartError) Unwrap() error { return e.Err }

// limitError is ErrZipBomb or ErrTooMuchText with the limit in its message.
type limitError struct {
	kind error
	msg  string
}

func (e *limitError) Error() string        { return e.msg }
func (e *limitError) Is(target error) bool { return target == e.kind }

// Namespaces of the elements Extract reads. Strict OOXML uses different
// URIs for the same vocabulary.
const (
	nsWordTransitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWordStrict       = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMarkupCompat     = "http://schemas.openxmlformats.org/markup-compatibility/2006"
	nsXML              = "http://www.w3.org/XML/1998/namespace"
)

const defaultMainPart = "word/document.xml"

// Extract returns the text of the .docx file read from r, which holds size
// bytes. maxText bounds the text returned (DefaultMaxText if maxText <= 0);
// a document with more text is an error, not a truncated result. See the
// package documentation for the layout of the text and the limits.
func Extract(r io.ReaderAt, size int64, maxText int64) (string, error) {
	if maxText <= 0 {
		maxText = DefaultMaxText
	}
	ra := &recordingReaderAt{r: r}
	zr, err := zip.NewReader(ra, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) { // names are never used as paths
		if ra.err != nil {
			return "", fmt.Errorf("reading the file: %w", ra.err)
		}
		return "", notZip(r, size, err)
	}
	if len(zr.File) > MaxEntries {
		return "", fmt.Errorf("%w: %d entries, the limit is %d", ErrTooManyEntries, len(zr.File), MaxEntries)
	}
	// Part names are case-insensitive (Open Packaging Conventions).
	files := make(map[string]*zip.File, len(zr.File))
	for _, f := range zr.File {
		if name := strings.ToLower(f.Name); files[name] == nil {
			files[name] = f
		}
	}
	e := &extractor{maxText: maxText, budget: decompressionBudget(maxText)}
	e.budgetLeft = e.budget

	main, err := e.mainPart(files)
	if err != nil {
		return "", err
	}
	if main == nil {
		return "", ErrNotWordDocument
	}
	parts := []*zip.File{main}
	for _, prefix := range []string{"word/header", "word/footer"} {
		var group []*zip.File
		for name, f := range files {
			if strings.HasPrefix(name, prefix) && strings.HasSuffix(name, ".xml") &&
				!strings.Contains(name[len(prefix):], "/") {
				group = append(group, f)
			}
		}
		sort.Slice(group, func(i, j int) bool {
			return naturalLess(strings.ToLower(group[i].Name), strings.ToLower(group[j].Name))
		})
		parts = append(parts, group...)
	}
	for _, name := range []string{"word/footnotes.xml", "word/endnotes.xml"} {
		if f := files[name]; f != nil {
			parts = append(parts, f)
		}
	}

	var out strings.Builder
	for _, f := range parts {
		text, err := e.partText(f)
		if err != nil {
			return "", err
		}
		if text == "" {
			continue
		}
		if out.Len() > 0 {
			if err := e.count(f.Name, 2); err != nil {
				return "", err
			}
			out.WriteString("\n\n")
		}
		out.WriteString(text)
	}
	return out.String(), nil
}

// recordingReaderAt remembers the first error of the underlying ReaderAt
// other than io.EOF, to tell a failing disk from a file that is not a zip.
type recordingReaderAt struct {
	r   io.ReaderAt
	err error
}

func (ra *recordingReaderAt) ReadAt(p []byte, off int64) (int, error) {
	n, err := ra.r.ReadAt(p, off)
	if err != nil && err != io.EOF && ra.err == nil {
		ra.err = err
	}
	return n, err
}

// notZip explains why the file is not a zip archive.
func notZip(r io.ReaderAt, size int64, err error) error {
	head := make([]byte, 8)
	n, _ := r.ReadAt(head, 0)
	head = head[:min(n, max(0, int(size)))]
	switch {
	case bytes.HasPrefix(head, []byte("%PDF-")):
		return fmt.Errorf("%w (it is a PDF file)", ErrNotZip)
	case bytes.HasPrefix(head, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return fmt.Errorf("%w (it is an old binary .doc or a password-protected document)", ErrNotZip)
	case bytes.HasPrefix(head, []byte("PK")):
		return fmt.Errorf("%w (it is damaged or truncated: %v)", ErrNotZip, err)
	}
	return ErrNotZip
}

func decompressionBudget(maxText int64) int64 {
	if maxText > MaxDecompressedBytes/ExpansionFactor {
		return MaxDecompressedBytes
	}
	return max(maxText*ExpansionFactor, MinDecompressedBytes)
}

// extractor holds the limits shared by all parts of one document.
type extractor struct {
	maxText    int64
	textLen    int64 // text bytes produced so far, separators included
	budget     int64 // decompression budget for the whole document
	budgetLeft int64
}

// count records n more bytes of text.
func (e *extractor) count(part string, n int) error {
	e.textLen += int64(n)
	if e.textLen > e.maxText {
		return e.tooMuchText(part)
	}
	return nil
}

func (e *extractor) tooMuchText(part string) error {
	return &PartError{Part: part, Err: &limitError{ErrTooMuchText,
		fmt.Sprintf("the document has more than %d bytes of text", e.maxText)}}
}

func (e *extractor) bombError(part string) error {
	return &PartError{Part: part, Err: &limitError{ErrZipBomb,
		fmt.Sprintf("expands beyond %d bytes (zip bomb?)", e.budget)}}
}

// open returns a reader of f's decompressed bytes that draws on the
// document's decompression budget. The size the archive declares is used
// only to refuse early; the reader counts what it actually gets.
func (e *extractor) open(f *zip.File) (*budgetReader, func(), error) {
	if f.UncompressedSize64 > uint64(e.budgetLeft) {
		return nil, nil, e.bombError(f.Name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, nil, &PartError{Part: f.Name, Err: fmt.Errorf("%w: %w", ErrDamaged, err)}
	}
	br := &budgetReader{r: io.LimitReader(rc, e.budgetLeft+1), e: e, part: f.Name}
	return br, func() { rc.Close() }, nil
}

// budgetReader charges what it reads to the extractor's budget and fails
// with the zip bomb error as soon as the budget is overdrawn; the
// io.LimitReader under it never reads more than one byte past the budget.
type budgetReader struct {
	r    io.Reader
	e    *extractor
	part string
	err  error // the first error that is not the decoder's fault
}

func (b *budgetReader) Read(p []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	n, err := b.r.Read(p)
	b.e.budgetLeft -= int64(n)
	switch {
	case b.e.budgetLeft < 0:
		b.err = b.e.bombError(b.part)
		return n, b.err
	case err != nil && err != io.EOF:
		b.err = &PartError{Part: b.part, Err: fmt.Errorf("%w: %w", ErrDamaged, err)}
		return n, b.err
	}
	return n, err
}

// mainPart finds the main document part: the target of the package's
// officeDocument relationship if it exists, else word/document.xml. A
// missing or unreadable relationships part is not an error (the default
// name is tried), but a zip bomb in it is.
func (e *extractor) mainPart(files map[string]*zip.File) (*zip.File, error) {
	if rels := files["_rels/.rels"]; rels != nil {
		target, err := e.officeDocumentTarget(rels)
		if errors.Is(err, ErrZipBomb) {
			return nil, err
		}
		if f := files[target]; err == nil && f != nil {
			return f, nil
		}
	}
	return files[defaultMainPart], nil
}

func (e *extractor) officeDocumentTarget(rels *zip.File) (string, error) {
	br, done, err := e.open(rels)
	if err != nil {
		return "", err
	}
	defer done()
	d := xml.NewDecoder(br)
	for depth := 0; ; {
		tok, err := d.Token()
		if err != nil {
			if br.err != nil {
				return "", br.err
			}
			return "", err // io.EOF: no such relationship
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > MaxXMLDepth {
				return "", ErrMalformedXML
			}
			if t.Name.Local != "Relationship" {
				continue
			}
			var typ, target string
			for _, a := range t.Attr {
				switch a.Name.Local {
				case "Type":
					typ = a.Value
				case "Target":
					target = a.Value
				}
			}
			if strings.HasSuffix(typ, "/officeDocument") {
				return strings.ToLower(strings.TrimPrefix(target, "/")), nil
			}
		case xml.EndElement:
			depth--
		}
	}
}

// naturalLess orders names with numbers by value: header2 before header10.
func naturalLess(a, b string) bool {
	for a != "" && b != "" {
		da, db := leadingDigits(a), leadingDigits(b)
		if da > 0 && db > 0 {
			na := strings.TrimLeft(a[:da], "0")
			nb := strings.TrimLeft(b[:db], "0")
			if len(na) != len(nb) {
				return len(na) < len(nb)
			}
			if na != nb {
				return na < nb
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

func leadingDigits(s string) int {
	n := 0
	for n < len(s) && '0' <= s[n] && s[n] <= '9' {
		n++
	}
	return n
}
