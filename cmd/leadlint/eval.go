package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/leadlint/leadlint/evaluate"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
	"github.com/spf13/cobra"
)

type evalOptions struct {
	Files    []string
	Score    string
	Positive string
	Negative string
	Entries  bool
	Top      int
	Format   string
}

func newEvalCommand(st *streams, runF func(*evalOptions) error) *cobra.Command {
	opts := &evalOptions{}
	cmd := &cobra.Command{
		Use:   "eval FILE.tsv...",
		Short: "Measure the scores against labelled text",
		Long: `Eval reads labelled text (TSV with a header, label<TAB>text, one short text per row), scores
every row and reports how well the scores agree with the labels, by the kind of label:

  D / E / N labels     per-class precision, recall and F1, macro-F1 and a confusion matrix
  two labels           ROC AUC of --score for --positive vs --negative, and precision and recall
                       of the document label on the score's side
  numeric labels       Spearman correlation with --score and the AUC of top vs bottom quartile

--entries lists, for every lexicon entry and grammar rule, how often it fires on rows of each
label (of each quarter of a numeric label), the ones firing most on the wrong side first: the tool
for seeing whether a lexicon change helps.`,
		Example: `  leadlint eval corpus/labelled/sentences.tsv
  leadlint eval --score directive --positive yes ../shared/eval/email-requests.tsv
  leadlint eval --entries --top 20 corpus/labelled/sentences.tsv`,
		Args: someArgs("eval needs at least one labelled TSV file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			if _, err := evaluate.ParseScore(opts.Score); err != nil {
				return &usageError{err}
			}
			if opts.Format != "table" && opts.Format != "json" {
				return &usageError{fmt.Errorf("unknown format %q for eval (want table or json)", opts.Format)}
			}
			if runF != nil {
				return runF(opts)
			}
			return runEval(st, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Score, "score", "balance", "score to measure two-valued and numeric labels with: directive, empowering, balance, -balance")
	f.StringVar(&opts.Positive, "positive", "", "two-valued labels: the label that should score high (default: yes, empowering, ...)")
	f.StringVar(&opts.Negative, "negative", "", "two-valued labels: the label that should score low (default: no, disempowering, ...)")
	f.BoolVar(&opts.Entries, "entries", false, "count how often every entry and rule fires on rows of each label")
	f.IntVar(&opts.Top, "top", 25, "with --entries, how many entries the table lists")
	f.StringVarP(&opts.Format, "format", "f", "table", "output format: table or json")
	return cmd
}

func runEval(st *streams, opts *evalOptions) error {
	a, err := configuredAnalyzer()
	if err != nil {
		return err
	}
	score, _ := evaluate.ParseScore(opts.Score)
	var results []*evaluate.Result
	failed := 0
	for _, path := range opts.Files {
		f, err := os.Open(path)
		if err != nil {
			fmt.Fprintf(st.err, "leadlint: %v\n", err)
			failed++
			continue
		}
		rows, err := evaluate.ReadTSV(f)
		f.Close()
		if err != nil {
			fmt.Fprintf(st.err, "leadlint: %s: %v\n", path, err)
			failed++
			continue
		}
		res, err := evaluate.Evaluate(a, path, rows, evaluate.Options{Score: score, Positive: opts.Positive, Negative: opts.Negative, Entries: opts.Entries})
		if err != nil {
			fmt.Fprintf(st.err, "leadlint: %s: %v\n", path, err)
			failed++
			continue
		}
		results = append(results, res)
	}
	if opts.Format == "json" {
		enc := json.NewEncoder(st.out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(struct {
			Tool    string             `json:"tool_version"`
			Lexicon string             `json:"lexicon_version"`
			Hash    string             `json:"lexicon_hash"`
			Results []*evaluate.Result `json:"results"`
		}{toolVersion(), a.Lexicon().Version, a.Lexicon().Hash, nonNil(results)}); err != nil {
			return &internalError{err}
		}
	} else if err := printEval(st, results, opts); err != nil {
		return &internalError{err}
	}
	if failed > 0 {
		return &inputsError{failed: failed, total: len(opts.Files)}
	}
	return nil
}

func printEval(st *streams, results []*evaluate.Result, opts *evalOptions) error {
	for i, r := range results {
		if i > 0 {
			fmt.Fprintln(st.out)
		}
		switch r.Kind {
		case evaluate.KindClasses:
			c := r.Classification
			fmt.Fprintf(st.out, "%s: %d rows, labels D / E / N\n", r.Name, r.Rows)
			t := tablewriter.NewTable(st.out, tablewriter.WithHeaderAutoFormat(tw.Off))
			t.Header("Class", "Precision", "Recall", "F1", "Support", "→D", "→E", "→N")
			for k, m := range c.Classes {
				row := []string{m.Class, f3(m.Precision), f3(m.Recall), f3(m.F1), strconv.Itoa(m.Support)}
				for _, n := range c.Confusion[k] {
					row = append(row, strconv.Itoa(n))
				}
				if err := t.Append(row); err != nil {
					return err
				}
			}
			if err := t.Render(); err != nil {
				return err
			}
			fmt.Fprintf(st.out, "macro-F1 %.3f, accuracy %.3f (columns →D →E →N: predicted class)\n", c.MacroF1, c.Accuracy)
		case evaluate.KindBinary:
			fmt.Fprintf(st.out, "%s: %d rows, %q vs %q (%d other rows skipped), score %s\n", r.Name, r.Rows, r.Positive, r.Negative, r.Skipped, r.Score)
			fmt.Fprintf(st.out, "AUC %.3f; label on the score's side: precision %.3f, recall %.3f\n", r.AUC, r.Precision, r.Recall)
		case evaluate.KindNumeric:
			fmt.Fprintf(st.out, "%s: %d rows, numeric labels, score %s\n", r.Name, r.Rows, r.Score)
			fmt.Fprintf(st.out, "Spearman %.3f; top vs bottom quartile AUC %.3f\n", r.Spearman, r.QuartileAUC)
		}
		if len(r.Entries) > 0 {
			n := min(opts.Top, len(r.Entries))
			fmt.Fprintf(st.out, "entries and rules firing most on the wrong side (%d of %d):\n", n, len(r.Entries))
			t := tablewriter.NewTable(st.out, tablewriter.WithHeaderAutoFormat(tw.Off))
			t.Header("Entry", "Pole", "Fires", "Wrong", "Share", "By label")
			for _, e := range r.Entries[:n] {
				var parts []string
				for _, l := range sortedKeys(e.ByLabel) {
					parts = append(parts, fmt.Sprintf("%s:%d", l, e.ByLabel[l]))
				}
				if err := t.Append(e.ID, e.Pole, strconv.Itoa(e.Total), strconv.Itoa(e.Wrong), f3(e.Share), strings.Join(parts, " ")); err != nil {
					return err
				}
			}
			if err := t.Render(); err != nil {
				return err
			}
		}
	}
	return nil
}

func f3(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
