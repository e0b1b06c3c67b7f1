package report

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/leadlint/leadlint/analyze"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
)

// Table writes a summary table of the documents, a batch summary, then each
// document's flagged sentences with their position, cues and suggestions.
// With Color, directive and empowering labels and cues are coloured in the
// Okabe–Ito vermillion and blue, which stay distinct for colour-blind
// readers; the "-" and "+" marks carry the same information without colour.
type Table struct {
	Color bool
}

// Print implements Printer.
func (t Table) Print(w io.Writer, r *Report) error {
	if len(r.Documents) == 0 {
		_, err := fmt.Fprintln(w, "No documents analysed.")
		return err
	}
	tbl := tablewriter.NewTable(w, tablewriter.WithHeaderAutoFormat(tw.Off), tablewriter.WithRowAlignmentConfig(tw.CellAlignment{
		PerColumn: []tw.Align{tw.AlignLeft, tw.AlignLeft, tw.AlignRight, tw.AlignRight, tw.AlignRight, tw.AlignRight, tw.AlignRight, tw.AlignRight},
	}))
	tbl.Header("Document", "Label", "Balance", "Directive", "Empowering", "Sentences", "Flagged", "Words")
	for _, d := range r.Documents {
		if err := tbl.Append(d.Path, string(d.Label), signed(d.Scores.Balance), num(d.Scores.Directive), num(d.Scores.Empowering),
			strconv.Itoa(len(d.Sentences)), strconv.Itoa(d.Scores.Flagged), strconv.Itoa(d.Words)); err != nil {
			return err
		}
	}
	if err := tbl.Render(); err != nil {
		return err
	}
	if len(r.Documents) > 1 {
		if _, err := fmt.Fprintf(w, "\n%s\n", batchSummary(r)); err != nil {
			return err
		}
	}
	for _, d := range r.Documents {
		if err := t.printFlagged(w, d); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintf(w, "\n%s\n", provenance(r))
	return err
}

// ANSI 256-colour codes for the Okabe–Ito palette.
const (
	ansiDirective  = "\x1b[38;5;166m" // vermillion
	ansiEmpowering = "\x1b[38;5;32m"  // blue
	ansiBold       = "\x1b[1m"
	ansiReset      = "\x1b[0m"
)

func (t Table) paint(label string, text string) string {
	if !t.Color {
		return text
	}
	switch label {
	case "directive":
		return ansiDirective + text + ansiReset
	case "empowering":
		return ansiEmpowering + text + ansiReset
	case "bold":
		return ansiBold + text + ansiReset
	}
	return text
}

func (t Table) printFlagged(w io.Writer, d *analyze.Document) error {
	var b strings.Builder
	fmt.Fprintf(&b, "\n%s: %s (balance %s", t.paint("bold", d.Path), t.paint(string(d.Label), string(d.Label)), signed(d.Scores.Balance))
	if dims := dominantDimensions(d); dims != "" {
		fmt.Fprintf(&b, "; %s", dims)
	}
	b.WriteString(")\n")
	for _, k := range []string{"from", "to", "date", "subject", "speaker"} {
		if v := d.Metadata[k]; v != "" {
			fmt.Fprintf(&b, "  %s: %s\n", k, oneLine(v))
		}
	}
	for _, sp := range d.Speakers {
		name := sp.Name
		if name == "" {
			name = "(unknown speaker)"
		}
		fmt.Fprintf(&b, "  speaker %s: %s (balance %s, %d sentences, %d words)\n", name, sp.Label, signed(sp.Scores.Balance), sp.Sentences, sp.Words)
	}
	flagged := 0
	for _, s := range d.Sentences {
		if !s.Flagged() {
			continue
		}
		flagged++
		who := ""
		if s.Speaker != "" {
			who = "  [" + s.Speaker + "]"
		}
		fmt.Fprintf(&b, "  %d:%d  %s  D %s  E %s%s\n", s.Line, s.Column, t.paint(string(s.Label), string(s.Label)), num(s.Directive), num(s.Empowering), who)
		if s.Text != "" {
			fmt.Fprintf(&b, "    %s\n", oneLine(s.Text))
		}
		for _, sig := range s.Signals {
			fmt.Fprintf(&b, "    %s %s %s (%s, %s)%s\n", t.paint(string(sig.Pole), poleMark(sig)), t.paint(string(sig.Pole), sig.ID), quoted(sig.Text), sig.Dimension, num(sig.Weight), modifiers(sig))
		}
		if sug := suggestion(s); sug != "" {
			fmt.Fprintf(&b, "    suggestion: %s\n", sug)
		}
	}
	if flagged == 0 {
		b.WriteString("  no flagged sentences\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// dominantDimensions names the dimensions with the most signal weight.
func dominantDimensions(d *analyze.Document) string {
	dims := slices.Clone(d.Dimensions)
	sort.SliceStable(dims, func(i, j int) bool {
		return dims[i].Directive+dims[i].Empowering > dims[j].Directive+dims[j].Empowering
	})
	var parts []string
	for _, dim := range dims {
		if dim.Signals == 0 {
			continue
		}
		side := "empowering"
		if dim.Balance < 0 {
			side = "directive"
		}
		parts = append(parts, fmt.Sprintf("%s %s", dim.ID, side))
	}
	if len(parts) > 3 {
		parts = parts[:3]
	}
	return strings.Join(parts, ", ")
}

// quoted quotes a cue's text; a redacted report has none.
func quoted(text string) string {
	if text == "" {
		return "(redacted)"
	}
	return strconv.Quote(oneLine(text))
}

// batchSummary says how the documents of a batch divide by label, which lean
// furthest each way, and which dimensions dominate.
func batchSummary(r *Report) string {
	counts := map[analyze.Label]int{}
	var most, least *analyze.Document
	dims := map[string][2]float64{}
	var order []string
	for _, d := range r.Documents {
		counts[d.Label]++
		if len(d.Sentences) > 0 {
			if most == nil || d.Scores.Balance > most.Scores.Balance {
				most = d
			}
			if least == nil || d.Scores.Balance < least.Scores.Balance {
				least = d
			}
		}
		for _, dim := range d.Dimensions {
			if _, ok := dims[dim.ID]; !ok {
				order = append(order, dim.ID)
			}
			v := dims[dim.ID]
			dims[dim.ID] = [2]float64{v[0] + dim.Directive, v[1] + dim.Empowering}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d documents: %d directive, %d empowering, %d mixed, %d neutral.", len(r.Documents),
		counts[analyze.LabelDirective], counts[analyze.LabelEmpowering], counts[analyze.LabelMixed], counts[analyze.LabelNeutral])
	if least != nil && least.Scores.Balance < 0 {
		fmt.Fprintf(&b, " Most directive: %s (%s).", least.Path, signed(least.Scores.Balance))
	}
	if most != nil && most.Scores.Balance > 0 {
		fmt.Fprintf(&b, " Most empowering: %s (%s).", most.Path, signed(most.Scores.Balance))
	}
	sort.SliceStable(order, func(i, j int) bool {
		return dims[order[i]][0]+dims[order[i]][1] > dims[order[j]][0]+dims[order[j]][1]
	})
	var top []string
	for _, id := range order {
		v := dims[id]
		if v[0]+v[1] == 0 || len(top) == 3 {
			break
		}
		side := "empowering"
		if v[0] > v[1] {
			side = "directive"
		}
		top = append(top, id+" ("+side+")")
	}
	if len(top) > 0 {
		fmt.Fprintf(&b, " Dominant dimensions: %s.", strings.Join(top, ", "))
	}
	return b.String()
}

func poleMark(sig analyze.Signal) string {
	if sig.Pole == "directive" {
		return "-"
	}
	return "+"
}

func modifiers(sig analyze.Signal) string {
	var m []string
	if sig.Negated {
		m = append(m, "negated")
	}
	if sig.Softened {
		m = append(m, "softened")
	}
	if sig.Intensified {
		m = append(m, "intensified")
	}
	if len(m) == 0 {
		return ""
	}
	return " [" + strings.Join(m, ", ") + "]"
}

// suggestion is the suggestion of the strongest directive signal, for
// sentences that lean directive.
func suggestion(s analyze.Sentence) string {
	if s.Label != analyze.LabelDirective && s.Label != analyze.LabelMixed {
		return ""
	}
	best, sug := 0.0, ""
	for _, sig := range s.Signals {
		if sig.Pole == "directive" && sig.Suggestion != "" && sig.Weight > best {
			best, sug = sig.Weight, sig.Suggestion
		}
	}
	return oneLine(sug)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func num(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }

func signed(x float64) string {
	if x > 0 {
		return "+" + num(x)
	}
	return num(x)
}
