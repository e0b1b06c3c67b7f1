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

// Table writes a summary table of the documents, then each document's
// flagged sentences with their position, cues and suggestions.
type Table struct{}

// Print implements Printer.
func (Table) Print(w io.Writer, r *Report) error {
	if len(r.Documents) == 0 {
		_, err := fmt.Fprintln(w, "No documents analysed.")
		return err
	}
	t := tablewriter.NewTable(w, tablewriter.WithHeaderAutoFormat(tw.Off), tablewriter.WithRowAlignmentConfig(tw.CellAlignment{
		PerColumn: []tw.Align{tw.AlignLeft, tw.AlignLeft, tw.AlignRight, tw.AlignRight, tw.AlignRight, tw.AlignRight, tw.AlignRight, tw.AlignRight},
	}))
	t.Header("Document", "Label", "Balance", "Directive", "Empowering", "Sentences", "Flagged", "Words")
	for _, d := range r.Documents {
		if err := t.Append(d.Path, string(d.Label), signed(d.Scores.Balance), num(d.Scores.Directive), num(d.Scores.Empowering),
			strconv.Itoa(len(d.Sentences)), strconv.Itoa(d.Scores.Flagged), strconv.Itoa(d.Words)); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	for _, d := range r.Documents {
		if err := printFlagged(w, d); err != nil {
			return err
		}
	}
	return nil
}

func printFlagged(w io.Writer, d *analyze.Document) error {
	var b strings.Builder
	fmt.Fprintf(&b, "\n%s: %s (balance %s", d.Path, d.Label, signed(d.Scores.Balance))
	if dims := dominantDimensions(d); dims != "" {
		fmt.Fprintf(&b, "; %s", dims)
	}
	b.WriteString(")\n")
	flagged := 0
	for _, s := range d.Sentences {
		if !s.Flagged() {
			continue
		}
		flagged++
		fmt.Fprintf(&b, "  %d:%d  %s  D %s  E %s\n", s.Line, s.Column, s.Label, num(s.Directive), num(s.Empowering))
		fmt.Fprintf(&b, "    %s\n", oneLine(s.Text))
		for _, sig := range s.Signals {
			fmt.Fprintf(&b, "    %s %s %q (%s, %s)%s\n", poleMark(sig), sig.ID, oneLine(sig.Text), sig.Dimension, num(sig.Weight), modifiers(sig))
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
