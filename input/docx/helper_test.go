package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// This file builds .docx files in memory for the tests, and the committed
// fixture testdata/delegation-memo.docx (go test ./input/docx/ -update
// rewrites it from delegationMemoParts).

// part is one zip entry.
type part struct {
	name    string
	content string
}

const (
	wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	rNS = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
)

// zipOf writes the parts, in order, into a zip archive.
func zipOf(t testing.TB, parts ...part) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p.name)
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

// docxParts returns the parts of a minimal valid .docx whose body holds
// bodyXML, with the extra parts (headers, footers, footnotes) added and
// declared in the content types and relationships.
func docxParts(bodyXML string, extra ...part) []part {
	var types, rels, refs strings.Builder
	for i, p := range extra {
		kind := strings.TrimSuffix(strings.TrimPrefix(p.name, "word/"), ".xml")
		kind = strings.TrimRight(kind, "0123456789") // header, footer, footnotes, endnotes
		fmt.Fprintf(&types, `<Override PartName="/%s" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.%s+xml"/>`, p.name, kind)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s" Target="%s"/>`,
			i+1, kind, strings.TrimPrefix(p.name, "word/"))
		if kind == "header" || kind == "footer" {
			fmt.Fprintf(&refs, `<w:%sReference w:type="default" r:id="rId%d"/>`, kind, i+1)
		}
	}
	parts := []part{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
			types.String() + `</Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
			`</Relationships>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			rels.String() + `</Relationships>`},
		{"word/document.xml", document(bodyXML + `<w:sectPr>` + refs.String() + `<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`)},
	}
	return append(parts, extra...)
}

// buildDocx is zipOf(docxParts(...)).
func buildDocx(t testing.TB, bodyXML string, extra ...part) []byte {
	t.Helper()
	return zipOf(t, docxParts(bodyXML, extra...)...)
}

func document(bodyXML string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:document ` + wNS + ` ` + rNS + `><w:body>` + bodyXML + `</w:body></w:document>`
}

// headerPart and footerPart wrap paragraphs in a header or footer part.
func headerPart(name, parasXML string) part {
	return part{name, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:hdr ` + wNS + `>` + parasXML + `</w:hdr>`}
}

func footerPart(name, parasXML string) part {
	return part{name, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:ftr ` + wNS + `>` + parasXML + `</w:ftr>`}
}

// p is a paragraph of runs; r is a run with preserved text.
func p(runs ...string) string { return `<w:p>` + strings.Join(runs, "") + `</w:p>` }

func r(text string) string { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }

// tbl is a table whose rows are lists of cell contents (paragraph XML).
func tbl(rows ...[]string) string {
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>`)
	for _, row := range rows {
		b.WriteString(`<w:tr>`)
		for _, cell := range row {
			b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>` + cell + `</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
	return b.String()
}

// delegationMemoParts is the realistic fixture: a manager's memo handing a
// decision to regional leads, with a header and footer, a footnote, a
// table, tabs, a line break, a non-breaking hyphen and tracked changes.
func delegationMemoParts() []part {
	body := strings.Join([]string{
		`<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>` + r("Handing over the supplier review") + `</w:p>`,
		`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="1440"/></w:tabs></w:pPr>` +
			`<w:r><w:t>To:</w:t></w:r><w:r><w:tab/><w:t>Regional operations leads</w:t></w:r></w:p>`,
		`<w:p><w:r><w:t>From:</w:t></w:r><w:r><w:tab/><w:t>Amara Chen, Head of Operations</w:t></w:r></w:p>`,
		`<w:p/>`,
		p(r("Over the last year you have shown that you know your suppliers better than anyone in head office. "),
			r("From June, "),
			`<w:del w:id="1" w:author="Amara Chen" w:date="2025-05-02T09:00:00Z"><w:r><w:delText>I will still approve every supplier change myself</w:delText></w:r></w:del>`,
			`<w:ins w:id="2" w:author="Amara Chen" w:date="2025-05-02T09:01:00Z">`+r("the supplier review is yours to run")+`</w:ins>`,
			r(", including the final call on renewals.")),
		p(r("You choose the criteria, the cadence and who joins the review."),
			`<w:r><w:br/><w:t>I am here as a sounding board, not a sign`+`</w:t></w:r><w:r><w:noBreakHyphen/><w:t>off.</w:t></w:r>`),
		p(r("What I would like from each of you by the end of May:")),
		tbl(
			[]string{p(r("Region")), p(r("Lead")), p(r("First decision to own"))},
			[]string{p(r("North")), p(r("Jonas Berg")), p(r("Which packaging suppliers to renew"))},
			[]string{p(r("South")), p(r("Leila Haddad")), p(r("How often to review")) + p(r("and who sits on the panel"))},
			[]string{p(r("Coast")), p(r("Sam Okafor")), p(r("Whether to pilot the long"), `<w:r><w:noBreakHyphen/><w:t>term contracts</w:t></w:r>`)},
		),
		p(r("Spend within your quarterly cap is entirely your call"),
			`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>`,
			r(". If something goes wrong, we will learn from it together.")),
		p(r("Thank you for taking this on."), `<w:r><w:cr/><w:t>Amara</w:t></w:r>`),
	}, "")
	footnotes := part{"word/footnotes.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:footnotes ` + wNS + `>` +
		`<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>` + r(" Anything above the cap still goes to finance, as it does today.") + `</w:p></w:footnote>` +
		`</w:footnotes>`}
	return docxParts(body,
		headerPart("word/header1.xml", p(r("Northwind Operations · Internal memo"))),
		footerPart("word/footer1.xml", p(r("Draft for discussion")+`<w:r><w:tab/></w:r>`+`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`+r("1")+`<w:r><w:fldChar w:fldCharType="end"/></w:r>`)),
		footnotes,
	)
}
