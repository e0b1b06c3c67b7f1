package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/leadlint/leadlint/analyze"
	"github.com/leadlint/leadlint/lexicons"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
	"github.com/spf13/cobra"
)

func newLexiconCommand(st *streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "lexicon",
		Short: "List and show the lexicon entries and grammar rules",
		Args:  noArgs,
		RunE:  func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newLexiconListCommand(st), newLexiconShowCommand(st, nil), newLexiconCheckCommand(st))
	return cmd
}

func newLexiconListCommand(st *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the dimensions with their poles and entry counts",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			lex, err := lexicons.Default()
			if err != nil {
				return &internalError{err}
			}
			fmt.Fprintf(st.out, "lexicon %s: %d entries, %d grammar rules (sha256 %s)\n\n", lex.Version, len(lex.Entries), len(lex.Rules), lex.Hash[:12])
			t := tablewriter.NewTable(st.out, tablewriter.WithHeaderAutoFormat(tw.Off))
			t.Header("Dimension", "Directive pole", "Empowering pole", "Directive", "Empowering", "Sources")
			for _, d := range lex.Dimensions {
				if err := t.Append(d.ID, d.Directive, d.Empowering,
					strconv.Itoa(lex.Count(d.ID, lexicons.Directive)), strconv.Itoa(lex.Count(d.ID, lexicons.Empowering)),
					strings.Join(d.Sections, " ")); err != nil {
					return err
				}
			}
			return t.Render()
		},
	}
}

type lexiconShowOptions struct {
	Dimension string
	JSON      bool
}

func newLexiconShowCommand(st *streams, runF func(*lexiconShowOptions) error) *cobra.Command {
	opts := &lexiconShowOptions{}
	cmd := &cobra.Command{
		Use:   "show",
		Short: "Show entries and rules with their patterns, sources and suggestions",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			lex, err := lexicons.Default()
			if err != nil {
				return &internalError{err}
			}
			if opts.Dimension != "" {
				if _, ok := lex.Dimension(opts.Dimension); !ok {
					ids := make([]string, len(lex.Dimensions))
					for i, d := range lex.Dimensions {
						ids[i] = d.ID
					}
					return &usageError{fmt.Errorf("unknown dimension %q (want one of %s)", opts.Dimension, strings.Join(ids, ", "))}
				}
			}
			if runF != nil {
				return runF(opts)
			}
			return showLexicon(st, lex, opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Dimension, "dimension", "d", "", "only this dimension")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON instead of text")
	return cmd
}

func showLexicon(st *streams, lex *lexicons.Lexicon, opts *lexiconShowOptions) error {
	var entries []lexicons.Entry
	for _, e := range lex.SortedEntries() {
		if opts.Dimension == "" || e.Dimension == opts.Dimension {
			entries = append(entries, e)
		}
	}
	var rules []lexicons.Rule
	for _, r := range lex.Rules {
		if opts.Dimension == "" || r.Dimension == opts.Dimension {
			rules = append(rules, r)
		}
	}
	if opts.JSON {
		enc := json.NewEncoder(st.out)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Version string           `json:"version"`
			Entries []lexicons.Entry `json:"entries"`
			Rules   []lexicons.Rule  `json:"rules"`
		}{lex.Version, nonNil(entries), nonNil(rules)})
	}
	var b strings.Builder
	for _, e := range entries {
		writeCue(&b, lex, e.Cue, "pattern", e.Pattern)
	}
	for _, r := range rules {
		writeCue(&b, lex, r.Cue, "rule", r.Description)
	}
	_, err := fmt.Fprint(st.out, b.String())
	return err
}

func writeCue(b *strings.Builder, lex *lexicons.Lexicon, c lexicons.Cue, what, detail string) {
	fmt.Fprintf(b, "%s  (%s, %s, weight %.2f)\n", c.ID, c.Dimension, c.Pole, c.Weight)
	fmt.Fprintf(b, "  %-11s %s\n", what+":", strings.Join(strings.Fields(detail), " "))
	sec, _ := lex.Section(c.Source)
	basis := "the article's words"
	if c.Basis == lexicons.BasisTheme {
		basis = "expands its theme"
	}
	fmt.Fprintf(b, "  source:     %s %q, %s (%s)\n", c.Source, sec.Title, basis, articleFile(lex, sec.Article))
	if c.Suggestion != "" {
		fmt.Fprintf(b, "  suggestion: %s\n", strings.Join(strings.Fields(c.Suggestion), " "))
	}
	if len(c.Examples) > 0 {
		fmt.Fprintf(b, "  example:    %s\n", c.Examples[0])
	}
	b.WriteString("\n")
}

func articleFile(lex *lexicons.Lexicon, id string) string {
	i := slices.IndexFunc(lex.Articles, func(a lexicons.Article) bool { return a.ID == id })
	if i < 0 {
		return id
	}
	return lex.Articles[i].File
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func newLexiconCheckCommand(st *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "check FILE...",
		Short: "Validate custom lexicon files",
		Long: `Check validates lexicon files written in the schema of the embedded ones
(docs/lexicon-authoring.md) against the embedded lexicon: every entry well formed, with a
known dimension and source section, no duplicate of an embedded id or pattern, and every
example triggering its entry while no counterexample does. Problems are listed with file and
line; the exit status is 1 when there are any.`,
		Example: "  leadlint lexicon check team-lexicon.yaml",
		Args:    someArgs("lexicon check needs at least one file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			base, err := lexicons.Default()
			if err != nil {
				return &internalError{err}
			}
			files := map[string][]byte{}
			for _, p := range args {
				data, err := os.ReadFile(p)
				if err != nil {
					return &usageError{err}
				}
				files[p] = data
			}
			ext, problems := extendForCheck(base, files)
			if a, err := analyze.New(analyze.Options{Lexicon: ext}); err != nil {
				problems = append(problems, err)
			} else {
				problems = append(problems, a.CheckExamples(analyze.Cues(ext.Entries[len(base.Entries):]))...)
			}
			for _, p := range problems {
				fmt.Fprintln(st.out, p)
			}
			if len(problems) > 0 {
				return &gateError{documents: len(args), what: fmt.Sprintf("%d %s in the lexicon %s", len(problems), plural(len(problems), "problem", "problems"), plural(len(args), "file", "files"))}
			}
			fmt.Fprintf(st.out, "%d new %s OK\n", len(ext.Entries)-len(base.Entries), plural(len(ext.Entries)-len(base.Entries), "entry", "entries"))
			return nil
		},
	}
}

// extendForCheck extends base with the files' entries, returning the
// problems found and a lexicon with every entry that has none, so that the
// examples of the good entries are still checked.
func extendForCheck(base *lexicons.Lexicon, files map[string][]byte) (*lexicons.Lexicon, []error) {
	ext, err := base.Extend(files)
	if err == nil {
		return ext, nil
	}
	problems := unjoin(err)
	bad := map[string]bool{}
	for _, p := range problems {
		var le *lexicons.Error
		if errors.As(p, &le) {
			bad[le.File+"\x00"+le.ID] = true
		}
	}
	good := *base
	good.Entries = append([]lexicons.Entry(nil), base.Entries...)
	for name, data := range files {
		entries, _ := base.ParseEntries(name, data)
		for _, e := range entries {
			if !bad[name+"\x00"+e.ID] && !bad[name+"\x00"] {
				good.Entries = append(good.Entries, e)
			}
		}
	}
	return &good, problems
}

// unjoin splits an errors.Join result into its errors.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
