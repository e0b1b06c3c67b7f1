package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/leadlint/leadlint/analyze"
	"github.com/leadlint/leadlint/compare"
	"github.com/leadlint/leadlint/input"
	"github.com/spf13/cobra"
)

type compareOptions struct {
	Old, New string
	Format   string
	All      bool
	Redact   bool
}

func newCompareCommand(st *streams, runF func(*compareOptions) error) *cobra.Command {
	opts := &compareOptions{}
	cmd := &cobra.Command{
		Use:   "compare OLD NEW",
		Short: "Compare two drafts of the same text, sentence by sentence",
		Long: `Compare analyses two drafts of the same text and sets them side by side: the balance and
label before and after, and each sentence that changed, was added or was removed, with how its
directive and empowering strength moved. Unchanged sentences are listed with --all.`,
		Example: `  leadlint compare draft-v1.txt draft-v2.txt
  leadlint compare --format json old.md new.md`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 {
				return &usageError{fmt.Errorf("compare needs exactly two files, OLD and NEW; got %d", len(args))}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Old, opts.New = args[0], args[1]
			if opts.Format != "table" && opts.Format != "json" {
				return &usageError{fmt.Errorf("unknown format %q for compare (want table or json)", opts.Format)}
			}
			if runF != nil {
				return runF(opts)
			}
			return runCompare(st, opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "table", "output format: table or json")
	cmd.Flags().BoolVar(&opts.All, "all", false, "list unchanged sentences too")
	cmd.Flags().BoolVar(&opts.Redact, "redact", false, "leave the sentences' text out: positions and scores only")
	return cmd
}

func runCompare(st *streams, opts *compareOptions) error {
	a, err := configuredAnalyzer()
	if err != nil {
		return err
	}
	var docs [2]*analyze.Document
	for i, path := range []string{opts.Old, opts.New} {
		d, err := readOne(st, path)
		if err != nil {
			return err
		}
		if docs[i], err = analyzeDocument(a, d); err != nil {
			return &inputsError{failed: 1, total: 2}
		}
	}
	r := compare.Documents(docs[0], docs[1])
	if opts.Redact {
		for _, p := range r.Pairs {
			for _, s := range []*analyze.Sentence{p.Old, p.New} {
				if s != nil {
					s.Text = ""
					for j := range s.Signals {
						s.Signals[j].Text = ""
					}
				}
			}
		}
	}
	if !opts.All {
		kept := r.Pairs[:0]
		for _, p := range r.Pairs {
			if p.Change != compare.Unchanged {
				kept = append(kept, p)
			}
		}
		r.Pairs = kept
	}
	if opts.Format == "json" {
		enc := json.NewEncoder(st.out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(r)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s → %s\n", r.OldPath, r.NewPath)
	fmt.Fprintf(&b, "balance %+.2f → %+.2f (%+.2f), label %s → %s\n", r.OldBalance, r.NewBalance, r.BalanceDelta, r.OldLabel, r.NewLabel)
	fmt.Fprintf(&b, "%d changed, %d added, %d removed, %d unchanged\n", r.Changes[compare.Changed], r.Changes[compare.Added], r.Changes[compare.Removed], r.Changes[compare.Unchanged])
	for _, p := range r.Pairs {
		fmt.Fprintf(&b, "\n%s  D %+.2f  E %+.2f\n", p.Change, p.DirectiveDelta, p.EmpoweringDelta)
		if p.Old != nil {
			fmt.Fprintf(&b, "  - %d:%d  %s (D %.2f E %.2f)  %s\n", p.Old.Line, p.Old.Column, p.Old.Label, p.Old.Directive, p.Old.Empowering, oneLine(p.Old.Text))
		}
		if p.New != nil {
			fmt.Fprintf(&b, "  + %d:%d  %s (D %.2f E %.2f)  %s\n", p.New.Line, p.New.Column, p.New.Label, p.New.Directive, p.New.Empowering, oneLine(p.New.Text))
		}
	}
	_, err = fmt.Fprint(st.out, b.String())
	return err
}

// readOne reads a single-document input for compare.
func readOne(st *streams, path string) (*input.Document, error) {
	sources, errs := input.Collect([]string{path})
	if len(errs) > 0 {
		fmt.Fprintf(st.err, "leadlint: %v\n", errs[0])
		return nil, &inputsError{failed: 1, total: 2}
	}
	if len(sources) != 1 || sources[0].Path != path {
		return nil, &usageError{fmt.Errorf("%s: compare needs a file, not a directory", path)}
	}
	var docs []input.Document
	if err := input.Read(sources[0], st.in, input.Options{}, func(d input.Document) error {
		docs = append(docs, d)
		return nil
	}); err != nil {
		fmt.Fprintf(st.err, "leadlint: %v\n", err)
		return nil, &inputsError{failed: 1, total: 2}
	}
	if len(docs) != 1 || docs[0].Err != nil {
		return nil, &usageError{fmt.Errorf("%s: compare needs a file with one document (a mailbox holds %d)", path, len(docs))}
	}
	return &docs[0], nil
}

func oneLine(s string) string {
	if s == "" {
		return "(redacted)"
	}
	return strings.Join(strings.Fields(s), " ")
}
