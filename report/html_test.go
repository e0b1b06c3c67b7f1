package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/leadlint/leadlint/analyze"
	"github.com/leadlint/leadlint/report"
	"golang.org/x/net/html"
)

// node helpers over golang.org/x/net/html.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func findAll(root *html.Node, pred func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	walk(root, func(n *html.Node) {
		if n.Type == html.ElementNode && pred(n) {
			out = append(out, n)
		}
	})
	return out
}

func renderHTML(t *testing.T, r *report.Report) *html.Node {
	t.Helper()
	var buf bytes.Buffer
	if err := (report.HTML{}).Print(&buf, r); err != nil {
		t.Fatal(err)
	}
	root, err := html.Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// TestHTMLStructure: no external resource, every flagged sentence marked,
// charts for every document, an overview for a batch.
func TestHTMLStructure(t *testing.T) {
	r := testReport(t)
	root := renderHTML(t, r)
	walk(root, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		for _, key := range []string{"src", "href", "xlink:href", "action", "poster", "data"} {
			if v := attr(n, key); v != "" && !strings.HasPrefix(v, "#") {
				t.Errorf("<%s %s=%q> reaches outside the page", n.Data, key, v)
			}
		}
		switch n.Data {
		case "script", "link", "iframe", "object", "embed", "img":
			t.Errorf("unexpected <%s> element", n.Data)
		case "style":
			if n.FirstChild != nil && (strings.Contains(n.FirstChild.Data, "url(") || strings.Contains(n.FirstChild.Data, "@import")) {
				t.Error("the stylesheet loads something")
			}
		}
	})
	docs := findAll(root, func(n *html.Node) bool { return n.Data == "section" && hasClass(n, "doc") })
	if len(docs) != len(r.Documents) {
		t.Fatalf("%d document sections for %d documents", len(docs), len(r.Documents))
	}
	for i, sec := range docs {
		d := r.Documents[i]
		for _, chart := range []string{"chart-dimensions", "chart-pronouns"} {
			if len(findAll(sec, func(n *html.Node) bool { return n.Data == "svg" && hasClass(n, chart) })) != 1 {
				t.Errorf("%s: no %s chart", d.Path, chart)
			}
		}
		spans := findAll(sec, func(n *html.Node) bool { return n.Data == "span" && hasClass(n, "s") })
		if len(spans) != len(d.Sentences) {
			t.Errorf("%s: %d sentence spans for %d sentences", d.Path, len(spans), len(d.Sentences))
			continue
		}
		for j, s := range d.Sentences {
			marks := findAll(spans[j], func(n *html.Node) bool { return n.Data == "mark" })
			if s.Flagged() && (!hasClass(spans[j], string(s.Label)) || len(marks) == 0) {
				t.Errorf("%s: flagged sentence %q is not highlighted", d.Path, s.Text)
			}
			for _, m := range marks {
				if attr(m, "tabindex") != "0" || len(findAll(m, func(n *html.Node) bool { return hasClass(n, "tip") })) != 1 {
					t.Errorf("%s: a mark cannot be focused or has no tooltip", d.Path)
				}
			}
		}
	}
	if len(findAll(root, func(n *html.Node) bool { return n.Data == "svg" && hasClass(n, "chart-ranking") })) != 1 {
		t.Error("a batch report has no ranking chart")
	}
}

func TestHTMLRedacted(t *testing.T) {
	r := testReport(t)
	var phrases []string
	for _, d := range r.Documents {
		for _, s := range d.Sentences {
			if len(s.Text) > 12 {
				phrases = append(phrases, s.Text[:12])
			}
		}
	}
	report.Redact(r)
	var buf bytes.Buffer
	if err := (report.HTML{}).Print(&buf, r); err != nil {
		t.Fatal(err)
	}
	for _, p := range phrases {
		if strings.Contains(buf.String(), p) {
			t.Errorf("redacted HTML contains %q", p)
		}
	}
	root, _ := html.Parse(&buf)
	if len(findAll(root, func(n *html.Node) bool { return n.Data == "svg" })) < len(r.Documents) {
		t.Error("redacted report lost its charts")
	}
}

// TestHTMLOverlappingCues: a phrase inside another cue is marked with both.
func TestHTMLOverlappingCues(t *testing.T) {
	a, err := analyze.New(analyze.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := report.New("test", a.Lexicon())
	r.Documents = append(r.Documents, a.Analyze("o.txt", "Send me the numbers by noon, no exceptions."))
	root := renderHTML(t, r)
	marks := findAll(root, func(n *html.Node) bool { return n.Data == "mark" })
	if len(marks) < 2 {
		t.Fatalf("%d marks", len(marks))
	}
}
