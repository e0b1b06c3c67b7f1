package report

import (
	"fmt"
	"html/template"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/leadlint/leadlint/analyze"
)

// HTML writes one self-contained page (inline CSS and SVG; no script, font
// or image from anywhere) for one document or a batch: a ranked overview of
// the batch, then per document its scores, a dimension chart, the pronoun
// profile and the full text with directive and empowering phrasing marked.
// Marks differ by colour (the Okabe–Ito vermillion and blue, distinct for
// colour-blind readers) and by underline (dotted for directive, solid for
// empowering); hovering or focusing one shows the cue, its dimension, the
// article section it comes from and the suggestion. With a redacted report
// the page shows charts and scores only. It reads well printed and on a
// phone.
type HTML struct{}

// Print implements Printer.
func (HTML) Print(w io.Writer, r *Report) error {
	page := htmlPage{Report: r, Sections: r.Sections}
	for i, d := range r.Documents {
		page.Docs = append(page.Docs, htmlDoc{
			ID:       fmt.Sprintf("doc-%d", i+1),
			Doc:      d,
			DimChart: dimensionChart(d.Dimensions, r.DimensionLabels, fmt.Sprintf("Dimensions of %s", d.Path)),
			Pronouns: pronounChart(d.Pronouns),
			Text:     highlightedText(d, r.Sections, fmt.Sprintf("d%d", i+1)),
		})
	}
	if len(r.Documents) > 1 {
		page.Overview = true
		page.Summary = batchSummary(r)
		page.Ranking = rankingChart(r.Documents)
		page.BatchDims = dimensionChart(batchDimensions(r.Documents), r.DimensionLabels, "Dimension profile of the batch (mean per document)")
	}
	return htmlTemplate.Execute(w, page)
}

type htmlPage struct {
	Report    *Report
	Sections  map[string]string
	Overview  bool
	Summary   string
	Ranking   template.HTML
	BatchDims template.HTML
	Docs      []htmlDoc
}

type htmlDoc struct {
	ID       string
	Doc      *analyze.Document
	DimChart template.HTML
	Pronouns template.HTML
	Text     template.HTML
}

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"signed":     signed,
	"provenance": provenance,
	"num":        num,
	"count": func(d *analyze.Document) int {
		return len(d.Sentences)
	},
}).Parse(htmlSource))

const htmlSource = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>leadlint report</title>
<style>
:root { --d: #D55E00; --e: #0072B2; --d-bg: rgba(213,94,0,.13); --e-bg: rgba(0,114,178,.12); --ink: #1b1b1b; --muted: #5b5b5b; --rule: #d9d9d9; }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0 auto; max-width: 60rem; padding: 1rem; }
h1 { font-size: 1.6rem; margin: .2rem 0; } h2 { font-size: 1.25rem; margin: 0 0 .5rem; overflow-wrap: anywhere; }
.meta, figcaption, .legend { color: var(--muted); font-size: .875rem; }
section { border-top: 1px solid var(--rule); padding: 1rem 0; }
.label { display: inline-block; font-size: .8rem; padding: .05rem .5rem; border-radius: 1rem; border: 1px solid currentColor; vertical-align: middle; }
.label.directive { color: var(--d); } .label.empowering { color: var(--e); } .label.mixed, .label.neutral { color: var(--muted); }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; }
dl.scores { display: grid; grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr)); gap: .25rem 1rem; margin: .5rem 0; }
dl.scores div { border-left: 3px solid var(--rule); padding-left: .5rem; } dt { font-size: .8rem; color: var(--muted); } dd { margin: 0; font-weight: 600; }
figure { margin: .75rem 0; } svg { width: 100%; height: auto; display: block; }
.charts { display: grid; grid-template-columns: 2fr 1fr; gap: 1rem; }
@media (max-width: 40rem) { .charts { grid-template-columns: 1fr; } body { padding: .5rem; } }
.text p { margin: 0 0 .8rem; }
.s.directive { background: linear-gradient(var(--d-bg), var(--d-bg)); }
.s.empowering { background: linear-gradient(var(--e-bg), var(--e-bg)); }
mark { background: none; color: inherit; position: relative; text-decoration-thickness: 2px; text-underline-offset: 3px; cursor: help; }
mark.d { text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: var(--d); }
mark.e { text-decoration-line: underline; text-decoration-style: solid; text-decoration-color: var(--e); }
mark.d.e { text-decoration-style: double; text-decoration-color: var(--ink); }
mark:focus { outline: 2px solid var(--ink); outline-offset: 1px; }
.tip { display: none; position: absolute; left: 0; top: 1.6em; z-index: 2; width: min(22rem, 80vw); background: #fff; color: var(--ink); border: 1px solid var(--rule); border-radius: .4rem; box-shadow: 0 2px 8px rgba(0,0,0,.15); padding: .5rem .6rem; font-size: .85rem; line-height: 1.4; text-decoration: none; }
mark:hover > .tip, mark:focus > .tip, mark:focus-within > .tip { display: block; }
.tip b { display: block; } .tip .pd { color: var(--d); } .tip .pe { color: var(--e); }
.withheld { color: var(--muted); font-style: italic; }
.legend .ld { text-decoration: underline dotted var(--d) 2px; } .legend .le { text-decoration: underline solid var(--e) 2px; }
@media print {
  body { max-width: none; font-size: 11pt; } section { break-inside: auto; }
  .charts, figure { break-inside: avoid; } .tip { display: none !important; }
  mark.d { text-decoration-color: #000; } mark.e { text-decoration-color: #000; }
  a { color: inherit; text-decoration: none; }
}
</style>
</head>
<body>
<header>
<h1>leadlint report</h1>
<p class="meta">{{len .Report.Documents}} document{{if ne (len .Report.Documents) 1}}s{{end}} · {{provenance .Report}}{{if .Report.Redacted}} · redacted: no text from the documents{{end}}</p>
<p class="legend">Marks: <span class="ld">directive, control-oriented</span> (vermillion, dotted) and <span class="le">empowering, vision-oriented</span> (blue, solid). Hover or focus a mark for its cue, dimension, source and suggestion.</p>
</header>
{{if .Overview}}<section id="overview">
<h2>Batch overview</h2>
<p>{{.Summary}}</p>
<figure id="ranking">{{.Ranking}}<figcaption>Documents ranked by balance: directive to the left, empowering to the right.</figcaption></figure>
<figure id="batch-dimensions">{{.BatchDims}}<figcaption>Mean directive and empowering strength per dimension across the batch.</figcaption></figure>
</section>{{end}}
{{range .Docs}}<section class="doc" id="{{.ID}}">
<h2>{{.Doc.Path}} <span class="label {{.Doc.Label}}">{{.Doc.Label}}</span></h2>
<dl class="scores">
<div><dt>Balance</dt><dd>{{signed .Doc.Scores.Balance}}</dd></div>
<div><dt>Directive</dt><dd>{{num .Doc.Scores.Directive}}</dd></div>
<div><dt>Empowering</dt><dd>{{num .Doc.Scores.Empowering}}</dd></div>
<div><dt>Sentences flagged</dt><dd>{{.Doc.Scores.Flagged}} of {{count .Doc}}</dd></div>
<div><dt>Words</dt><dd>{{.Doc.Words}}</dd></div>
</dl>
{{range .Doc.Speakers}}<p class="meta">Speaker {{if .Name}}{{.Name}}{{else}}(unknown){{end}}: {{.Label}}, balance {{signed .Scores.Balance}}, {{.Sentences}} sentences</p>{{end}}
<div class="charts">
<figure class="chart dimensions">{{.DimChart}}<figcaption>Directive (left) and empowering (right) strength per dimension.</figcaption></figure>
<figure class="chart pronouns">{{.Pronouns}}<figcaption>Pronouns per 100 words (reported, not scored).</figcaption></figure>
</div>
<div class="text">{{.Text}}</div>
</section>
{{end}}{{if .Report.Errors}}<section id="errors"><h2>Not analysed</h2><ul>{{range .Report.Errors}}<li>{{.Path}}: {{.Error}}</li>{{end}}</ul></section>{{end}}
</body>
</html>
`

// Chart geometry, in SVG user units; the viewBox scales it to the page.
const (
	chartWidth = 640
	rowHeight  = 24
	labelWidth = 220
	colorD     = "#D55E00"
	colorE     = "#0072B2"
	colorAxis  = "#8a8a8a"
)

func esc(s string) string { return template.HTMLEscapeString(s) }

// rankingChart is a diverging bar chart of the documents by balance.
func rankingChart(docs []*analyze.Document) template.HTML {
	sorted := append([]*analyze.Document(nil), docs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Scores.Balance < sorted[j].Scores.Balance })
	h := rowHeight*len(sorted) + 30
	mid := labelWidth + (chartWidth-labelWidth)/2
	half := float64(chartWidth-labelWidth)/2 - 8
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart-ranking" viewBox="0 0 %d %d" role="img" aria-label="Documents ranked by balance"><title>Documents ranked by balance</title>`, chartWidth, h)
	fmt.Fprintf(&b, `<text x="%d" y="14" font-size="12" text-anchor="start" fill="%s">← directive</text><text x="%d" y="14" font-size="12" text-anchor="end" fill="%s">empowering →</text>`, labelWidth+4, colorD, chartWidth-4, colorE)
	for i, d := range sorted {
		y := 22 + i*rowHeight
		bal := d.Scores.Balance
		w := math.Abs(bal) * half
		x := float64(mid)
		color := colorE
		if bal < 0 {
			x -= w
			color = colorD
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="12" text-anchor="end" fill="#1b1b1b">%s</text>`, labelWidth-6, y+15, esc(shorten(d.Path, 32)))
		fmt.Fprintf(&b, `<rect class="bar" x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"><title>%s: balance %s (%s)</title></rect>`, x, y+3, math.Max(w, 1), rowHeight-8, color, esc(d.Path), signed(bal), d.Label)
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="11" text-anchor="%s" fill="%s">%s</text>`, mid+sign(bal)*int(w+4), y+15, anchor(bal), colorAxis, signed(bal))
	}
	fmt.Fprintf(&b, `<line x1="%d" y1="18" x2="%d" y2="%d" stroke="%s"/></svg>`, mid, mid, h-4, colorAxis)
	return template.HTML(b.String())
}

// dimensionChart shows each dimension's directive strength to the left and
// empowering strength to the right of a shared axis.
func dimensionChart(dims []analyze.DimensionScore, labels map[string]string, title string) template.HTML {
	h := rowHeight*len(dims) + 30
	mid := labelWidth + (chartWidth-labelWidth)/2
	half := float64(chartWidth-labelWidth)/2 - 36
	scale := 0.1
	for _, d := range dims {
		scale = math.Max(scale, math.Max(d.Directive, d.Empowering))
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart-dimensions" viewBox="0 0 %d %d" role="img" aria-label="%s"><title>%s</title>`, chartWidth, h, esc(title), esc(title))
	for i, d := range dims {
		y := 22 + i*rowHeight
		wd, we := d.Directive/scale*half, d.Empowering/scale*half
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="12" text-anchor="end" fill="#1b1b1b">%s</text>`, labelWidth-6, y+15, esc(dimensionLabel(d, labels)))
		fmt.Fprintf(&b, `<rect class="bar d" x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"><title>%s: directive %s</title></rect>`, float64(mid)-wd, y+3, wd, rowHeight-8, colorD, esc(d.Title), num(d.Directive))
		fmt.Fprintf(&b, `<rect class="bar e" x="%d" y="%d" width="%.1f" height="%d" fill="%s"><title>%s: empowering %s</title></rect>`, mid, y+3, we, rowHeight-8, colorE, esc(d.Title), num(d.Empowering))
		if d.Directive > 0 {
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" font-size="10" text-anchor="end" fill="%s">%s</text>`, float64(mid)-wd-3, y+15, colorAxis, num(d.Directive))
		}
		if d.Empowering > 0 {
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" font-size="10" fill="%s">%s</text>`, float64(mid)+we+3, y+15, colorAxis, num(d.Empowering))
		}
	}
	fmt.Fprintf(&b, `<text x="%d" y="14" font-size="12" text-anchor="end" fill="%s">directive</text><text x="%d" y="14" font-size="12" fill="%s">empowering</text>`, mid-6, colorD, mid+6, colorE)
	fmt.Fprintf(&b, `<line x1="%d" y1="18" x2="%d" y2="%d" stroke="%s"/></svg>`, mid, mid, h-4, colorAxis)
	return template.HTML(b.String())
}

// pronounChart shows I, we and you per 100 words.
func pronounChart(p analyze.Pronouns) template.HTML {
	const w, h = 240, 110
	rows := []struct {
		name string
		rate float64
	}{{"I", p.IRate}, {"we", p.WeRate}, {"you", p.YouRate}}
	scale := 5.0
	for _, r := range rows {
		scale = math.Max(scale, r.rate)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart-pronouns" viewBox="0 0 %d %d" role="img" aria-label="Pronouns per 100 words"><title>Pronouns per 100 words</title>`, w, h)
	for i, r := range rows {
		y := 10 + i*32
		bw := r.rate / scale * 150
		fmt.Fprintf(&b, `<text x="34" y="%d" font-size="13" text-anchor="end" fill="#1b1b1b">%s</text><rect class="bar" x="40" y="%d" width="%.1f" height="20" fill="#7a7a7a"><title>%s: %s per 100 words</title></rect><text x="%.1f" y="%d" font-size="11" fill="%s">%s</text>`,
			y+15, r.name, y+2, math.Max(bw, 1), r.name, num(r.rate), 44+bw, y+16, colorAxis, num(r.rate))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// batchDimensions averages the documents' dimension scores.
func batchDimensions(docs []*analyze.Document) []analyze.DimensionScore {
	var out []analyze.DimensionScore
	for _, d := range docs {
		for i, dim := range d.Dimensions {
			if i >= len(out) {
				out = append(out, analyze.DimensionScore{ID: dim.ID, Title: dim.Title})
			}
			out[i].Directive += dim.Directive / float64(len(docs))
			out[i].Empowering += dim.Empowering / float64(len(docs))
			out[i].Signals += dim.Signals
		}
	}
	return out
}

// highlightedText renders the document's sentences as paragraphs, each
// flagged sentence tinted and each cue marked with its tooltip.
func highlightedText(d *analyze.Document, sections map[string]string, prefix string) template.HTML {
	if len(d.Sentences) == 0 {
		return template.HTML(`<p class="withheld">No text to show.</p>`)
	}
	redacted := true
	for _, s := range d.Sentences {
		if s.Text != "" {
			redacted = false
			break
		}
	}
	if redacted {
		return template.HTML(`<p class="withheld">Text withheld (redacted report): charts and scores only.</p>`)
	}
	var b strings.Builder
	b.WriteString("<p>")
	prevEnd := 0 // the line the previous sentence ended on
	for i, s := range d.Sentences {
		if i > 0 {
			switch {
			case s.Line-prevEnd >= 2:
				b.WriteString("</p>\n<p>")
			case s.Line > prevEnd:
				b.WriteString("<br>\n")
			default:
				b.WriteString(" ")
			}
		}
		prevEnd = s.Line + strings.Count(s.Text, "\n")
		fmt.Fprintf(&b, `<span class="s %s" id="%s-s%d">`, s.Label, prefix, s.Index+1)
		writeMarked(&b, s, sections)
		b.WriteString("</span>")
	}
	b.WriteString("</p>")
	return template.HTML(b.String())
}

// writeMarked writes a sentence with its signals marked. Signals may
// overlap, so the sentence is cut at every signal boundary and each piece
// is marked with the signals that cover it.
func writeMarked(b *strings.Builder, s analyze.Sentence, sections map[string]string) {
	text := s.Text
	cuts := []int{0, len(text)}
	for _, sig := range s.Signals {
		from, to := sig.Start-s.Start, sig.End-s.Start
		if from >= 0 && to <= len(text) && from < to {
			cuts = append(cuts, from, to)
		}
	}
	sort.Ints(cuts)
	for k := 0; k+1 < len(cuts); k++ {
		from, to := cuts[k], cuts[k+1]
		if from == to {
			continue
		}
		var covering []analyze.Signal
		for _, sig := range s.Signals {
			if sig.Start-s.Start <= from && to <= sig.End-s.Start {
				covering = append(covering, sig)
			}
		}
		piece := strings.ReplaceAll(esc(text[from:to]), "\n", " ")
		if len(covering) == 0 {
			b.WriteString(piece)
			continue
		}
		class := ""
		for _, sig := range covering {
			c := " e"
			if sig.Pole == "directive" {
				c = " d"
			}
			if !strings.Contains(class, c) {
				class += c
			}
		}
		fmt.Fprintf(b, `<mark class="cue%s" tabindex="0">%s<span class="tip" role="tooltip">`, class, piece)
		for _, sig := range covering {
			pc := "pe"
			if sig.Pole == "directive" {
				pc = "pd"
			}
			fmt.Fprintf(b, `<b class="%s">%s · %s</b>%s`, pc, esc(string(sig.Pole)), esc(sig.ID), esc(dimensionOf(sig)))
			if title := sections[sig.Source]; title != "" {
				fmt.Fprintf(b, `<br>From: %s`, esc(title))
			}
			if sig.Suggestion != "" {
				fmt.Fprintf(b, `<br>Try: %s`, esc(oneLine(sig.Suggestion)))
			}
			b.WriteString("<br>")
		}
		b.WriteString(`</span></mark>`)
	}
}

func dimensionOf(sig analyze.Signal) string {
	mods := modifiers(sig)
	return "Dimension: " + sig.Dimension + mods
}

// dimensionLabel is the short name of a dimension for a chart row.
func dimensionLabel(d analyze.DimensionScore, labels map[string]string) string {
	if l := labels[d.ID]; l != "" {
		return l
	}
	return shorten(d.Title, 30)
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return "…" + string(r[len(r)-n+1:])
}

func sign(x float64) int {
	if x < 0 {
		return -1
	}
	return 1
}

func anchor(x float64) string {
	if x < 0 {
		return "end"
	}
	return "start"
}
