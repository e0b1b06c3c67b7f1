package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/leadlint/leadlint/analyze"
)

// GitHub writes GitHub Actions workflow commands, which GitHub shows as
// annotations on the pull request: a warning per directive or mixed
// sentence, a notice per empowering one, and an error per input that could
// not be analysed.
type GitHub struct{}

// Print implements Printer.
func (GitHub) Print(w io.Writer, r *Report) error {
	var b strings.Builder
	for _, d := range r.Documents {
		for _, s := range d.Sentences {
			if !s.Flagged() {
				continue
			}
			kind := "warning"
			if s.Label == analyze.LabelEmpowering {
				kind = "notice"
			}
			msg := fmt.Sprintf("%s sentence (directive %s, empowering %s)", s.Label, num(s.Directive), num(s.Empowering))
			if len(s.Signals) > 0 {
				msg += ": " + strongestSignal(s).ID
			}
			if sug := suggestion(s); sug != "" {
				msg += ". Try: " + sug
			}
			fmt.Fprintf(&b, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", kind, ghProperty(d.Path), s.Line, s.Column,
				ghProperty("leadlint: "+string(s.Label)), ghData(msg))
		}
	}
	for _, e := range r.Errors {
		fmt.Fprintf(&b, "::error file=%s,title=%s::%s\n", ghProperty(e.Path), ghProperty("leadlint: not analysed"), ghData(e.Error))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ghData escapes a workflow command's message.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a workflow command's property value.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
