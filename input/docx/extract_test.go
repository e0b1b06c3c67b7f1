package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite testdata/delegation-memo.docx and the golden text")

const testMaxText = 1 << 20

func extractBytes(b []byte, maxText int64) (string, error) {
	return Extract(bytes.NewReader(b), int64(len(b)), maxText)
}

var bodyCases = []struct {
	name  string
	body  string
	extra []part
	want  string
}{
	{"paragraphs are lines", p(r("First.")) + p(r("Second.")), nil, "First.\nSecond."},
	{"runs run together", p(r("Good "), r("work"), r(", team.")), nil, "Good work, team."},
	{"empty paragraph is an empty line", p(r("a")) + `<w:p/>` + p(r("b")), nil, "a\n\nb"},
	{"tab, br, cr", p(r("a"), `<w:r><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t></w:r>`), nil, "a\tb\nc\nd"},
	{"tab stops in paragraph properties are not tabs",
		`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>` + r("x") + `</w:p>`, nil, "x"},
	{"hyphens", p(`<w:r><w:t>long</w:t><w:noBreakHyphen/><w:t>term co</w:t><w:softHyphen/><w:t>operation</w:t></w:r>`), nil,
		"long-term cooperation"},
	{"xml:space", p(`<w:r><w:t>  trimmed  </w:t></w:r>`, `<w:r><w:t xml:space="preserve"> kept </w:t></w:r>`, `<w:r><w:t>two
lines</w:t></w:r>`), nil, "trimmed kept two lines"},
	{"tracked changes read as accepted",
		p(r("We "), `<w:del w:id="1"><w:r><w:delText>must</w:delText></w:r></w:del>`, `<w:ins w:id="2">`+r("could")+`</w:ins>`, r(" try it.")) +
			p(`<w:moveFrom w:id="3">`+r("Moved away.")+`</w:moveFrom>`) + p(`<w:moveTo w:id="4">`+r("Moved here.")+`</w:moveTo>`),
		nil, "We could try it.\n\nMoved here."},
	{"field instructions skipped, results kept",
		p(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://x.example" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`, r("the plan"), `<w:r><w:fldChar w:fldCharType="end"/></w:r>`) +
			p(`<w:fldSimple w:instr=" PAGE ">`+r("3")+`</w:fldSimple>`),
		nil, "the plan\n3"},
	{"hyperlinks and content controls keep their text",
		p(`<w:hyperlink r:id="rId9">`+r("Read this")+`</w:hyperlink>`) + `<w:sdt><w:sdtContent>` + p(r("Inside a control")) + `</w:sdtContent></w:sdt>`,
		nil, "Read this\nInside a control"},
	{"alternate content read once",
		p(`<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:r><w:drawing><w:txbxContent>` +
			p(r("Box")) + `</w:txbxContent></w:drawing></w:r></mc:Choice><mc:Fallback><w:r><w:pict><w:txbxContent>` + p(r("Box")) +
			`</w:txbxContent></w:pict></w:r></mc:Fallback></mc:AlternateContent>`),
		nil, "Box"},
	{"table rows are lines, cells joined",
		tbl([]string{p(r("Owner")), p(r("Task"))}, []string{p(r("Sam")), p(r("Draft"))}),
		nil, "Owner | Task\nSam | Draft"},
	{"cell paragraphs and breaks join with spaces, empty cells dropped",
		tbl([]string{p(r("one")) + p(r("two")), `<w:p/>`, p(r("a"), `<w:r><w:br/><w:t>b</w:t></w:r>`)}),
		nil, "one two | a b"},
	{"nested table flattened into its cell",
		tbl([]string{p(r("outer")), tbl([]string{p(r("in1")), p(r("in2"))}, []string{p(r("in3"))}) + `<w:p/>`}) + p(r("after")),
		nil, "outer | in1 | in2 in3\nafter"},
	{"non-word elements ignored", p(`<w:r><x:t xmlns:x="urn:other">hidden</x:t><w:t>shown</w:t></w:r>`), nil, "shown"},
	{"entities and character references", p(r("Q&amp;A &lt;today&gt; &#8212; &#x263A;")), nil, "Q&A <today> — ☺"},
	{"headers and footers after the body, in natural name order",
		p(r("Body")),
		[]part{headerPart("word/header10.xml", p(r("H10"))), headerPart("word/header2.xml", p(r("H2"))),
			footerPart("word/footer1.xml", p(r("F1"))), headerPart("word/header3.xml", `<w:p/>`)},
		"Body\n\nH2\n\nH10\n\nF1"},
	{"footnotes without separators",
		p(r("Body")),
		[]part{{"word/footnotes.xml", `<w:footnotes ` + wNS + `><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/><w:t>sep</w:t></w:r></w:p></w:footnote>` +
			`<w:footnote w:id="1">` + p(r("Note one.")) + `</w:footnote></w:footnotes>`},
			{"word/endnotes.xml", `<w:endnotes ` + wNS + `><w:endnote w:id="1">` + p(r("End note.")) + `</w:endnote></w:endnotes>`}},
		"Body\n\nNote one.\n\nEnd note."},
	{"empty body", "", nil, ""},
}

func TestExtract(t *testing.T) {
	for _, tc := range bodyCases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := extractBytes(buildDocx(t, tc.body, tc.extra...), testMaxText)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestExtractStrictNamespace(t *testing.T) {
	doc := `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:r><w:t>Strict</w:t></w:r></w:p></w:body></w:document>`
	got, err := extractBytes(zipOf(t, part{"word/document.xml", doc}), testMaxText)
	if err != nil || got != "Strict" {
		t.Errorf("got %q, %v", got, err)
	}
}

func TestExtractMainPartFromRelationships(t *testing.T) {
	rels := `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>`
	b := zipOf(t,
		part{"_rels/.rels", rels},
		part{"word/document.xml", document(p(r("stale copy")))},
		part{"Word/Document2.XML", document(p(r("main part")))}, // part names ignore case
	)
	got, err := extractBytes(b, testMaxText)
	if err != nil || got != "main part" {
		t.Errorf("got %q, %v", got, err)
	}
}

func TestExtractMemoFixture(t *testing.T) {
	fixture := filepath.Join("testdata", "delegation-memo.docx")
	goldenPath := filepath.Join("testdata", "delegation-memo.txt.golden")
	built := zipOf(t, delegationMemoParts()...)
	if *update {
		if err := os.WriteFile(fixture, built, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	committed, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatalf("%v (run go test ./input/docx/ -update to create it)", err)
	}
	// The committed file must be what the helper builds. Compare entries
	// rather than bytes, so that a change in the Go version's deflate
	// output does not fail the test.
	if a, b := zipEntries(t, committed), zipEntries(t, built); a != b {
		t.Fatalf("%s is not what delegationMemoParts builds; run go test ./input/docx/ -update", fixture)
	}
	got, err := extractBytes(committed, testMaxText)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(goldenPath, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("text of %s differs from %s; if intended, run go test ./input/docx/ -update and review the diff.\n--- got:\n%s", fixture, goldenPath, got)
	}
	for _, gone := range []string{"approve every supplier change", "PAGE", "Anything above the cap still goes to finance, as it does today.\n"} {
		if strings.Contains(got, gone) {
			t.Errorf("text contains %q", gone)
		}
	}
	for _, kept := range []string{"To:\tRegional", "the supplier review is yours to run", "sign-off.", "South | Leila Haddad | How often to review and who sits on the panel", "Northwind Operations"} {
		if !strings.Contains(got, kept) {
			t.Errorf("text lacks %q", kept)
		}
	}
}

// zipEntries renders a zip's entry names and contents for comparison.
func zipEntries(t *testing.T, b []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var s strings.Builder
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&s, "== %s\n%s\n", f.Name, data)
	}
	return s.String()
}

func TestExtractErrors(t *testing.T) {
	valid := buildDocx(t, p(r("Hello")))
	tampered := bytes.Replace(zipOfStored(t, docxParts(p(r("Hello")))...), []byte("Hello"), []byte("Jello"), 1)
	deep := document(strings.Repeat("<w:sdt>", MaxXMLDepth) + strings.Repeat("</w:sdt>", MaxXMLDepth))
	cases := []struct {
		name     string
		data     []byte
		maxText  int64
		want     error
		wantPart string // the part a *PartError must name, if any
		wantText string // a phrase the message must contain
	}{
		{"plain text renamed", []byte("Dear team,\nplease read this.\n"), testMaxText, ErrNotZip, "", "not a zip archive"},
		{"pdf renamed", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), testMaxText, ErrNotZip, "", "PDF"},
		{"old binary doc", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...), testMaxText, ErrNotZip, "", ".doc"},
		{"truncated zip", valid[:len(valid)/2], testMaxText, ErrNotZip, "", "not a zip archive"},
		{"empty file", nil, testMaxText, ErrNotZip, "", ""},
		{"zip without document.xml", zipOf(t, part{"xl/workbook.xml", "<workbook/>"}, part{"readme.txt", "hi"}), testMaxText, ErrNotWordDocument, "", "not a Word document"},
		{"malformed document", zipOf(t, part{"word/document.xml", document(`<w:p><w:r><w:t>unclosed</w:r></w:p>`)}), testMaxText, ErrMalformedXML, "word/document.xml", "malformed XML"},
		{"document that is not XML", zipOf(t, part{"word/document.xml", "Just some text"}), testMaxText, ErrMalformedXML, "word/document.xml", ""},
		{"empty document part", zipOf(t, part{"word/document.xml", ""}), testMaxText, ErrMalformedXML, "word/document.xml", "no root element"},
		{"invalid UTF-8 in the document", zipOf(t, part{"word/document.xml", document(p(r("caf\xe9")))}), testMaxText, ErrMalformedXML, "word/document.xml", ""},
		{"malformed header", buildDocx(t, p(r("ok")), headerPart("word/header1.xml", "<w:p>")), testMaxText, ErrMalformedXML, "word/header1.xml", ""},
		{"too deep", zipOf(t, part{"word/document.xml", deep}), testMaxText, ErrMalformedXML, "word/document.xml", "deeper than"},
		{"too much text", buildDocx(t, p(r(strings.Repeat("word ", 50)))), 100, ErrTooMuchText, "word/document.xml", "more than 100 bytes"},
		{"too much text in one w:t", buildDocx(t, p(r(strings.Repeat("x", 5000)))), 1000, ErrTooMuchText, "word/document.xml", ""},
		{"too much text across parts", buildDocx(t, p(r(strings.Repeat("b", 60))), footerPart("word/footer1.xml", p(r(strings.Repeat("f", 60))))), 100, ErrTooMuchText, "word/footer1.xml", ""},
		{"checksum mismatch", tampered, testMaxText, ErrDamaged, "word/document.xml", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := extractBytes(tc.data, tc.maxText)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %q, %v; want error %v", got, err, tc.want)
			}
			if got != "" {
				t.Errorf("text returned with an error: %q", got)
			}
			var pe *PartError
			if tc.wantPart != "" && (!errors.As(err, &pe) || pe.Part != tc.wantPart) {
				t.Errorf("error %v does not name part %s", err, tc.wantPart)
			}
			if !strings.Contains(err.Error(), tc.wantText) {
				t.Errorf("error %q does not say %q", err, tc.wantText)
			}
		})
	}
}

func TestExtractTooManyEntries(t *testing.T) {
	parts := docxParts(p(r("x")))
	for i := len(parts); i <= MaxEntries; i++ {
		parts = append(parts, part{fmt.Sprintf("word/media/image%d.png", i), ""})
	}
	_, err := extractBytes(zipOf(t, parts...), testMaxText)
	if !errors.Is(err, ErrTooManyEntries) {
		t.Fatalf("got %v, want ErrTooManyEntries", err)
	}
}

// TestExtractZipBomb: 200 MB of zeros compress to about 200 KB. The archive
// must be refused quickly and without decompressing it all.
func TestExtractZipBomb(t *testing.T) {
	const bombSize = 200 << 20
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestSpeed)
	})
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	zeros := make([]byte, 1<<20)
	for range bombSize / len(zeros) {
		if _, err := w.Write(zeros); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	bomb := buf.Bytes()
	t.Logf("bomb: %d bytes compressed, %d uncompressed", len(bomb), bombSize)

	start := time.Now()
	_, err = extractBytes(bomb, testMaxText)
	elapsed := time.Since(start)
	if !errors.Is(err, ErrZipBomb) {
		t.Fatalf("got %v, want ErrZipBomb", err)
	}
	budget := decompressionBudget(testMaxText)
	if want := fmt.Sprintf("expands beyond %d bytes (zip bomb?)", budget); !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not say %q", err, want)
	}
	if elapsed > 2*time.Second {
		t.Errorf("took %v to refuse the bomb", elapsed)
	}
}

// TestExtractBudgetAcrossParts: each part is within the budget but
// together they are not.
func TestExtractBudgetAcrossParts(t *testing.T) {
	const maxText = 1 << 14 // budget: MinDecompressedBytes
	filler := p(r("x")) + "<!--" + strings.Repeat("-x", int(MinDecompressedBytes)/4) + "-->"
	b := buildDocx(t, filler, footerPart("word/footer1.xml", filler), footerPart("word/footer2.xml", filler))
	_, err := extractBytes(b, maxText)
	var pe *PartError
	if !errors.Is(err, ErrZipBomb) || !errors.As(err, &pe) || pe.Part == "word/document.xml" {
		t.Fatalf("got %v, want ErrZipBomb in a later part", err)
	}
}

// TestBudgetReaderIgnoresDeclaredSize exercises the reader that enforces
// the budget on its own, as if the archive's declared sizes were wrong.
func TestBudgetReaderIgnoresDeclaredSize(t *testing.T) {
	e := &extractor{budget: 1000, budgetLeft: 1000}
	br := &budgetReader{r: io.LimitReader(strings.NewReader(strings.Repeat("z", 5000)), e.budgetLeft+1), e: e, part: "word/document.xml"}
	n, err := io.Copy(io.Discard, br)
	if !errors.Is(err, ErrZipBomb) {
		t.Fatalf("got %v after %d bytes, want ErrZipBomb", err, n)
	}
	if n > 1001 {
		t.Errorf("read %d bytes past a 1000-byte budget", n)
	}
	// Within the budget, reading ends normally.
	e = &extractor{budget: 1000, budgetLeft: 1000}
	br = &budgetReader{r: io.LimitReader(strings.NewReader(strings.Repeat("z", 1000)), e.budgetLeft+1), e: e, part: "p"}
	if n, err := io.Copy(io.Discard, br); err != nil || n != 1000 {
		t.Errorf("got %d, %v", n, err)
	}
}

func TestDecompressionBudget(t *testing.T) {
	cases := []struct{ maxText, want int64 }{
		{1, MinDecompressedBytes},
		{1 << 20, 64 << 20},
		{DefaultMaxText, MaxDecompressedBytes},
		{1 << 62, MaxDecompressedBytes}, // no overflow
	}
	for _, c := range cases {
		if got := decompressionBudget(c.maxText); got != c.want {
			t.Errorf("decompressionBudget(%d) = %d, want %d", c.maxText, got, c.want)
		}
	}
}

func TestNaturalLess(t *testing.T) {
	ordered := []string{"word/footer1.xml", "word/footer2.xml", "word/footer10.xml", "word/footer10a.xml", "word/footer010b.xml", "word/footera.xml"}
	for i := range ordered {
		for j := range ordered {
			if got, want := naturalLess(ordered[i], ordered[j]), i < j; got != want {
				t.Errorf("naturalLess(%q, %q) = %v, want %v", ordered[i], ordered[j], got, want)
			}
		}
	}
}

// zipOfStored is zipOf without compression, so tests can edit the bytes.
func zipOfStored(t testing.TB, parts ...part) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(p.content)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sentinels are all the errors Extract may return (for bytes in memory,
// which never fail to read).
var sentinels = []error{ErrNotZip, ErrNotWordDocument, ErrTooManyEntries, ErrDamaged, ErrMalformedXML, ErrZipBomb, ErrTooMuchText}

func FuzzExtractDOCX(f *testing.F) {
	memo := zipOf(f, delegationMemoParts()...)
	f.Add(memo)
	f.Add(zipOfStored(f, delegationMemoParts()...))
	f.Add(memo[:len(memo)/3])
	f.Add(memo[:len(memo)-10])
	flipped := bytes.Clone(memo)
	flipped[len(flipped)/2] ^= 0xFF
	f.Add(flipped)
	f.Add(zipOfStored(f, part{"word/document.xml", document(p(r("a")) + tbl([]string{p(r("b")), tbl([]string{p(r("c"))})}))}))
	f.Add(zipOfStored(f, part{"word/document.xml", document(p(`<w:r><w:t>`))}))
	f.Add(zipOfStored(f, part{"word/header1.xml", "<w:hdr/>"}))
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte("%PDF-1.4"))
	const maxText = 4096
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := extractBytes(data, maxText)
		if err != nil {
			for _, s := range sentinels {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("error is none of the package's sentinels: %v", err)
		}
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 out: %q", got)
		}
		if len(got) > maxText {
			t.Fatalf("%d bytes of text, limit %d", len(got), maxText)
		}
	})
}
