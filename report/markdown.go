package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/leadlint/leadlint/analyze"
)

// Markdown writes a summary fit for a pull-request comment: a table of the
// documents, then, folded, the most directive sentences of each with their
// suggestions.
type Markdown struct{}

// maxMarkdownSentences bounds the sentences listed per document, to keep a
// comment readable.
const maxMarkdownSentences = 5

// Print implements Printer.
func (Markdown) Print(w io.Writer, r *Report) error {
	var b strings.Builder
	b.WriteString("## leadlint report\n\n")
	if len(r.Documents) == 0 {
		b.WriteString("No documents analysed.\n")
	} else {
		fmt.Fprintf(&b, "%s\n\n", batchSummary(r))
		b.WriteString("| Document | Label | Balance | Directive | Empowering | Flagged |\n|---|---|---:|---:|---:|---:|\n")
		for _, d := range r.Documents {
			fmt.Fprintf(&b, "| %s | %s %s | %s | %s | %s | %d/%d |\n", mdCell(d.Path), labelMark(d.Label), d.Label,
				signed(d.Scores.Balance), num(d.Scores.Directive), num(d.Scores.Empowering), d.Scores.Flagged, len(d.Sentences))
		}
		for _, d := range r.Documents {
			writeMarkdownSentences(&b, d)
		}
	}
	if len(r.Errors) > 0 {
		b.WriteString("\n**Not analysed:**\n\n")
		for _, e := range r.Errors {
			fmt.Fprintf(&b, "- %s: %s\n", mdCell(e.Path), mdCell(e.Error))
		}
	}
	fmt.Fprintf(&b, "\n<sub>%s</sub>\n", provenance(r))
	_, err := io.WriteString(w, b.String())
	return err
}

func writeMarkdownSentences(b *strings.Builder, d *analyze.Document) {
	var directive []analyze.Sentence
	for _, s := range d.Sentences {
		if s.Label == analyze.LabelDirective || s.Label == analyze.LabelMixed {
			directive = append(directive, s)
		}
	}
	if len(directive) == 0 {
		return
	}
	fmt.Fprintf(b, "\n<details><summary>%s: %d directive %s</summary>\n\n", mdCell(d.Path), len(directive), plural(len(directive), "sentence", "sentences"))
	for i, s := range directive {
		if i == maxMarkdownSentences {
			fmt.Fprintf(b, "- … and %d more\n", len(directive)-i)
			break
		}
		text := oneLine(s.Text)
		if text == "" {
			text = "(redacted)"
		}
		fmt.Fprintf(b, "- line %d: %s\n", s.Line, mdCell(text))
		if sug := suggestion(s); sug != "" {
			fmt.Fprintf(b, "  - *Try:* %s\n", mdCell(sug))
		}
	}
	b.WriteString("\n</details>\n")
}

func labelMark(l analyze.Label) string {
	switch l {
	case analyze.LabelDirective:
		return "🔶"
	case analyze.LabelEmpowering:
		return "🔷"
	case analyze.LabelMixed:
		return "◇"
	}
	return "·"
}

// mdCell escapes text for a Markdown table cell or list item.
func mdCell(s string) string {
	r := strings.NewReplacer("|", "\\|", "\n", " ", "<", "&lt;", ">", "&gt;", "*", "\\*", "_", "\\_", "`", "\\`", "[", "\\[", "]", "\\]")
	return r.Replace(s)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
