package htmltext

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var extractCases = []struct {
	name string
	in   string
	want string
}{
	{"empty", "", ""},
	{"plain text", "Thanks, everyone.", "Thanks, everyone."},
	{"entities", "<p>Q&amp;A at 3&nbsp;pm &mdash; bring &lt;ideas&gt; &#8220;big&#x201D; ones</p>",
		"Q&A at 3 pm — bring <ideas> “big” ones"},
	{"entity without semicolon", "<p>R&ampD</p>", "R&D"},
	{"inline elements run together", "<p><b>very</b> good, <i>really</i>g<span>reat</span></p>",
		"very good, reallygreat"},
	{"script and style removed",
		"<style>p{color:red}</style><p>Hi</p><script>var x = '<p>no</p>';</script><p>there</p>",
		"Hi\n\nthere"},
	{"noscript, template, svg, iframe, object removed",
		"<p>a</p><noscript>enable JS</noscript><template><p>t</p></template><svg><text>s</text></svg><iframe src=x>f</iframe><object>o</object><p>b</p>",
		"a\n\nb"},
	{"head and title dropped",
		"<html><head><title>Weekly update</title><meta charset=utf-8></head><body><p>Hello team</p></body></html>",
		"Hello team"},
	{"title outside head dropped", "<title>T</title>Body", "Body"},
	{"unclosed head ends at body content",
		"<head><title>x</title><p>Shown</p>",
		"Shown"},
	{"comments and doctype dropped",
		"<!DOCTYPE html><!-- draft: ask Sam --><p>Go <!--x-->ahead</p>",
		"Go ahead"},
	{"nested blocks", "<div><div><p>One</p></div><section>Two<div>Three</div>Four</section></div>",
		"One\n\nTwo\n\nThree\n\nFour"},
	{"br", "Line one<br>line two<br/>line three", "Line one\nline two\nline three"},
	{"double br is a blank line", "a<br><br>b<br><br><br>c", "a\n\nb\n\nc"},
	{"white space collapsed and lines trimmed",
		"<p>  lots \t of\n\n   space  </p>\n\n\n<p>\n next </p>",
		"lots of space\n\nnext"},
	{"pre keeps line breaks", "<pre>line 1\n   line 2\n\n\nline 3</pre>", "line 1\nline 2\n\nline 3"},
	{"table", "<table><tr><th>Owner</th><th>Task</th></tr><tr><td>Sam</td><td>Draft <b>memo</b></td></tr></table>",
		"Owner | Task\n\nSam | Draft memo"},
	{"empty cells are not separated", "<table><tr><td>a</td><td></td><td> </td><td>b</td></tr></table>", "a | b"},
	{"blocks inside a cell stay on the row", "<table><tr><td><p>x</p><p>y</p></td><td>z</td></tr></table>", "x y | z"},
	{"unclosed cells", "<table><tr><td>a<td>b<tr><td>c</table>", "a | b\n\nc"},
	{"nested table", "<table><tr><td>a</td><td><table><tr><td>b</td><td>c</td></tr></table></td></tr></table>",
		"a | b | c"},
	{"lists", "<ul><li>Ship it</li><li>Tell <em>everyone</em><ol><li>Nested</li></ol></li></ul>After",
		"Ship it\n\nTell everyone\n\nNested\n\nAfter"},
	{"hidden elements", "<p>Seen</p><div hidden><p>Unseen</p></div><span aria-hidden=\"true\">icon</span><input hidden><p>Also seen</p>",
		"Seen\n\nAlso seen"},
	{"images have no text", "<p>Chart: <img src=c.png alt=\"Q3 chart\">done</p>", "Chart: done"},
	{"unclosed tags", "<div><p>Open paragraph<p>Another<b>bold never closed", "Open paragraph\n\nAnotherbold never closed"},
	{"stray less-than", "<p>3 < 4 and a <> b</p>", "3 < 4 and a <> b"},
	{"unclosed script swallows the rest", "<p>a</p><script>var b = 1; <p>not text</p>", "a"},
	{"unclosed comment", "<p>a</p><!-- trailing", "a"},
	{"end tag without start", "</div></p>text</span>", "text"},
	{"stray close br", "a</br>b", "a\nb"},
	{"nested skipped elements", "<svg><svg></svg>inner</svg>after", "after"},
}

func TestExtract(t *testing.T) {
	for _, tc := range extractCases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Extract(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("Extract(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
			checkInvariants(t, tc.in, got)
		})
	}
}

// TestExtractOutputBound checks that entities which decode to more bytes
// than they take (&nGt; is five bytes, its text six) cannot make the output
// longer than the input.
func TestExtractOutputBound(t *testing.T) {
	in := strings.Repeat("&nGt;", 1000)
	got, err := Extract(in)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) > len(in) {
		t.Fatalf("output %d bytes, input %d", len(got), len(in))
	}
	if len(got) < len(in)-6 {
		t.Errorf("output cut too early: %d of %d bytes", len(got), len(in))
	}
	if !utf8.ValidString(got) {
		t.Error("output cut inside a character")
	}
}

func TestExtractDeepNesting(t *testing.T) {
	inputs := map[string]string{
		"tables": strings.Repeat("<table><tr><td>x", 100000),
		"divs":   strings.Repeat("<div>", 200000) + "deep" + strings.Repeat("</div>", 200000),
		"svgs":   strings.Repeat("<svg>", 100000) + "hidden" + strings.Repeat("</svg>", 100000) + "shown",
		"pres":   strings.Repeat("<pre>", 100000) + "a\nb",
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			x := extractor{w: writer{limit: len(in)}}
			got, err := x.run(in)
			if err != nil {
				t.Fatal(err)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
			checkInvariants(t, in, got)
			if len(x.tables) > maxDepth {
				t.Errorf("table stack grew to %d", len(x.tables))
			}
		})
	}
}

func TestExtractGolden(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "newsletter.html"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Extract(string(in))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, string(in), got)
	path := filepath.Join("testdata", "newsletter.txt.golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./input/htmltext/ -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("extracted newsletter text differs from %s; if the change is intended, run go test ./input/htmltext/ -update and review the diff.\n--- got:\n%s", path, got)
	}
	for _, gone := range []string{"font-family", "dataLayer", "<", "Unsubscribe preferences"} {
		if strings.Contains(got, gone) {
			t.Errorf("extracted text contains %q", gone)
		}
	}
	for _, kept := range []string{"What I'd love from each team", "Q&A", "Payments | Ahead of plan"} {
		if !strings.Contains(got, kept) {
			t.Errorf("extracted text lacks %q", kept)
		}
	}
}

// checkInvariants asserts what Extract promises for every input.
func checkInvariants(t *testing.T, in, out string) {
	t.Helper()
	if len(out) > len(in) {
		t.Fatalf("output (%d bytes) longer than input (%d)", len(out), len(in))
	}
	if utf8.ValidString(in) && !utf8.ValidString(out) {
		t.Fatalf("valid UTF-8 in, invalid out: %q", out)
	}
	if strings.HasPrefix(out, "\n") || strings.HasSuffix(out, "\n") {
		t.Fatalf("leading or trailing line break: %q", out)
	}
	if strings.Contains(out, "\n\n\n") {
		t.Fatalf("more than one blank line in a row: %q", out)
	}
	for _, line := range strings.Split(out, "\n") {
		if line != strings.TrimSpace(line) && strings.Trim(line, " \t\r\f") != line {
			t.Fatalf("line not trimmed: %q", line)
		}
		if strings.Contains(line, "  ") || strings.Contains(line, "\t") {
			t.Fatalf("white space not collapsed in %q", line)
		}
	}
}

func FuzzExtractHTML(f *testing.F) {
	for _, tc := range extractCases {
		f.Add(tc.in)
	}
	if b, err := os.ReadFile(filepath.Join("testdata", "newsletter.html")); err == nil {
		f.Add(string(b))
	}
	f.Add("<table><td>a<td><table><td>b</table>c")
	f.Add("<pre><pre>x\n\n</pre>y\n</pre>")
	f.Add("<scr<script>ipt>x</script>")
	f.Add("&nGt;&nLt;&NotSquareSupersetEqual;")
	f.Add("\xff<p>\xfe</p>")
	const marker = "HIDDENBODY"
	f.Fuzz(func(t *testing.T, in string) {
		out, err := Extract(in)
		if err != nil {
			t.Fatalf("error on string input: %v", err)
		}
		checkInvariants(t, in, out)
		if strings.Contains(in, marker) {
			return
		}
		// Append a script and a style element to the input. Wherever the
		// tokenizer reads their bodies as the text of a <script> or
		// <style> element (not, say, inside an unclosed comment, where
		// the tags are not tags), that text must not be extracted.
		for _, tag := range []string{"script", "style"} {
			doc := in + "<" + tag + ">" + marker + "</" + tag + ">"
			out, err := Extract(doc)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(out, marker) && tokenizedAsBodyOf(doc, tag, marker) {
				t.Fatalf("%s body extracted: %q", tag, out)
			}
		}
	})
}

// tokenizedAsBodyOf reports whether the tokenizer reads text as the body of
// a tag element in doc.
func tokenizedAsBodyOf(doc, tag, text string) bool {
	z := html.NewTokenizer(strings.NewReader(doc))
	after := false
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken:
			name, _ := z.TagName()
			after = string(name) == tag
		case html.TextToken:
			if after && strings.Contains(string(z.Text()), text) {
				return true
			}
			after = false
		default:
			after = false
		}
	}
}
