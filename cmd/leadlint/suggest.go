package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/leadlint/leadlint/analyze"
	"github.com/leadlint/leadlint/input"
	"github.com/leadlint/leadlint/lexicons"
	"github.com/spf13/cobra"
)

func newSuggestCommand(st *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "suggest FILE...",
		Short: "Show how to rework each directive sentence, and the principle behind it",
		Long: `Suggest prints every directive (or mixed) sentence of the files with a concrete empowering
rewrite idea for its strongest cue and the article principle that cue comes from: a small
lesson per sentence, for a manager reworking a draft before sending it.`,
		Example: "  leadlint suggest draft.txt",
		Args:    someArgs("suggest needs at least one file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			a, err := configuredAnalyzer()
			if err != nil {
				return err
			}
			sources, errs := input.Collect(args)
			failed := len(errs)
			for _, e := range errs {
				fmt.Fprintf(st.err, "leadlint: %v\n", e)
			}
			var b strings.Builder
			for _, src := range sources {
				err := input.Read(src, st.in, input.Options{MaxBytes: input.MaxBytes}, func(d input.Document) error {
					if d.Err != nil {
						fmt.Fprintf(st.err, "leadlint: %v\n", d.Err)
						failed++
						return nil
					}
					doc, err := analyzeDocument(a, &d)
					if err != nil {
						fmt.Fprintf(st.err, "leadlint: %v\n", err)
						failed++
						return nil
					}
					writeSuggestions(&b, doc, a.Lexicon())
					return nil
				})
				if err != nil {
					fmt.Fprintf(st.err, "leadlint: %v\n", err)
					failed++
				}
			}
			if _, err := fmt.Fprint(st.out, b.String()); err != nil {
				return &internalError{err}
			}
			if failed > 0 {
				return &inputsError{failed: failed, total: failed + len(sources)}
			}
			return nil
		},
	}
}

func writeSuggestions(b *strings.Builder, d *analyze.Document, lex *lexicons.Lexicon) {
	n := 0
	for _, s := range d.Sentences {
		if s.Label != analyze.LabelDirective && s.Label != analyze.LabelMixed {
			continue
		}
		n++
		fmt.Fprintf(b, "%s:%d:%d  %s (directive %.2f, empowering %.2f)\n", d.Path, s.Line, s.Column, s.Label, s.Directive, s.Empowering)
		fmt.Fprintf(b, "  %s\n", strings.Join(strings.Fields(s.Text), " "))
		sigs := append([]analyze.Signal(nil), s.Signals...)
		sort.SliceStable(sigs, func(i, j int) bool { return sigs[i].Weight > sigs[j].Weight })
		shown := map[string]bool{}
		for _, sig := range sigs {
			if sig.Pole != lexicons.Directive || sig.Suggestion == "" || shown[sig.Suggestion] {
				continue
			}
			shown[sig.Suggestion] = true
			fmt.Fprintf(b, "  cue: %q (%s)\n", strings.Join(strings.Fields(sig.Text), " "), sig.ID)
			fmt.Fprintf(b, "  try: %s\n", strings.Join(strings.Fields(sig.Suggestion), " "))
			if sec, ok := lex.Section(sig.Source); ok {
				fmt.Fprintf(b, "  why: %s (%s)\n", sec.Title, articleFile(lex, sec.Article))
			}
			if len(shown) == 2 {
				break
			}
		}
		b.WriteString("\n")
	}
	if n == 0 {
		fmt.Fprintf(b, "%s: no directive sentences to rework.\n", d.Path)
	}
}
