package main

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"

	"github.com/leadlint/leadlint/analyze"
	"github.com/leadlint/leadlint/corpus"
	"github.com/leadlint/leadlint/input"
	"github.com/leadlint/leadlint/report"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
)

// progressThreshold is the batch size from which a progress bar is worth
// showing (on a terminal only).
const progressThreshold = 20

type analyzeOptions struct {
	Paths      []string
	Samples    bool
	Format     string
	Jobs       int
	NoProgress bool
	MaxBytes   int64
}

func newAnalyzeCommand(st *streams, runF func(*analyzeOptions) error) *cobra.Command {
	opts := &analyzeOptions{}
	cmd := &cobra.Command{
		Use:   "analyze [PATH...]",
		Short: "Score documents for directive and empowering language",
		Long: `Analyze scores each document and prints a report: a summary per document, then
every flagged sentence with its line:column, the cues found and a suggestion.

PATH may be a file, a directory (searched recursively for ` + strings.Join(input.Extensions, ", ") + ` files)
or - for standard input. --samples analyses the embedded sample corpus.`,
		Example: `  leadlint analyze --samples
  leadlint analyze draft.txt
  leadlint analyze --format json notes/ > report.json
  pbpaste | leadlint analyze -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if len(opts.Paths) == 0 && !opts.Samples {
				return &usageError{errors.New("no input: give files, directories, - for standard input, or --samples")}
			}
			if _, err := report.NewPrinter(opts.Format); err != nil {
				return &usageError{err}
			}
			if opts.Jobs < 1 {
				return &usageError{fmt.Errorf("--jobs must be at least 1, got %d", opts.Jobs)}
			}
			if opts.MaxBytes < 1 {
				return &usageError{fmt.Errorf("--max-bytes must be positive, got %d", opts.MaxBytes)}
			}
			if runF != nil {
				return runF(opts)
			}
			return runAnalyze(st, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "table", "output format: "+strings.Join(report.Formats, ", "))
	f.BoolVar(&opts.Samples, "samples", false, "analyse the embedded sample corpus")
	f.IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "documents analysed in parallel")
	f.BoolVar(&opts.NoProgress, "no-progress", false, "never show a progress bar")
	f.Int64Var(&opts.MaxBytes, "max-bytes", input.MaxBytes, "largest document read, in bytes")
	return cmd
}

// job is one document to analyse: read from a source, or given as text.
type job struct {
	source input.Source
	text   *string // set for embedded samples
}

func runAnalyze(st *streams, opts *analyzeOptions) error {
	printer, err := report.NewPrinter(opts.Format)
	if err != nil {
		return &usageError{err}
	}
	a, err := analyze.New(analyze.Options{})
	if err != nil {
		return &internalError{err}
	}
	var jobs []job
	if opts.Samples {
		for _, s := range corpus.Samples() {
			jobs = append(jobs, job{source: input.Source{Path: s.Name}, text: &s.Text})
		}
	}
	sources, collectErrs := input.Collect(opts.Paths)
	for _, s := range sources {
		jobs = append(jobs, job{source: s})
	}

	docs, readErrs := analyzeAll(st, a, jobs, opts)

	rep := report.New(toolVersion(), a.Lexicon())
	var failures []error
	failures = append(failures, collectErrs...)
	for i, d := range docs {
		if readErrs[i] != nil {
			failures = append(failures, readErrs[i])
			continue
		}
		rep.Documents = append(rep.Documents, d)
	}
	for _, e := range failures {
		rep.Errors = append(rep.Errors, report.InputError{Path: errorPath(e), Error: errorMessage(e)})
	}
	// Render fully before writing, so a failure never leaves half a report.
	var buf bytes.Buffer
	if err := printer.Print(&buf, rep); err != nil {
		return &internalError{fmt.Errorf("rendering the report: %w", err)}
	}
	if _, err := st.out.Write(buf.Bytes()); err != nil {
		return &internalError{fmt.Errorf("writing the report: %w", err)}
	}
	for _, e := range failures {
		fmt.Fprintf(st.err, "leadlint: %v\n", e)
	}
	total := len(jobs) + len(collectErrs)
	if len(failures) > 0 {
		return &inputsError{failed: len(failures), total: total}
	}
	return nil
}

// analyzeAll analyses jobs on opts.Jobs workers and returns the documents
// and read errors in job order, whatever order they finish in.
func analyzeAll(st *streams, a *analyze.Analyzer, jobs []job, opts *analyzeOptions) ([]*analyze.Document, []error) {
	docs := make([]*analyze.Document, len(jobs))
	errs := make([]error, len(jobs))
	var bar *progressbar.ProgressBar
	if !opts.NoProgress && len(jobs) >= progressThreshold && st.stderrIsTerminal() {
		bar = progressbar.NewOptions(len(jobs),
			progressbar.OptionSetWriter(st.err),
			progressbar.OptionSetDescription("analysing"),
			progressbar.OptionShowCount(),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionThrottle(100_000_000),
		)
	}
	next := make(chan int)
	var wg sync.WaitGroup
	var stdinOnce sync.Once
	for w := 0; w < min(opts.Jobs, max(len(jobs), 1)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				docs[i], errs[i] = analyzeJob(st, a, jobs[i], opts, &stdinOnce)
				if bar != nil {
					_ = bar.Add(1)
				}
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	if bar != nil {
		_ = bar.Finish()
	}
	return docs, errs
}

func analyzeJob(st *streams, a *analyze.Analyzer, j job, opts *analyzeOptions, stdinOnce *sync.Once) (doc *analyze.Document, err error) {
	// No panic reaches the user: a bug on one document fails that document.
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, &input.Error{Path: j.source.Path, Err: fmt.Errorf("internal error while analysing (please report it): %v", r)}
		}
	}()
	var text string
	if j.text != nil {
		text = *j.text
	} else {
		if j.source.Path == input.StdinPath {
			read := false
			stdinOnce.Do(func() { read = true })
			if !read {
				return nil, &input.Error{Path: input.StdinPath, Err: errors.New("standard input given more than once")}
			}
		}
		text, err = input.Read(j.source, st.in, opts.MaxBytes)
		if err != nil {
			return nil, err
		}
	}
	path := j.source.Path
	if path == input.StdinPath {
		path = "<stdin>"
	}
	return a.Analyze(path, text), nil
}

func errorPath(err error) string {
	var ie *input.Error
	if errors.As(err, &ie) {
		return ie.Path
	}
	return ""
}

func errorMessage(err error) string {
	var ie *input.Error
	if errors.As(err, &ie) {
		return ie.Err.Error()
	}
	return err.Error()
}
