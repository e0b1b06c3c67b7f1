package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/leadlint/leadlint/analyze"
	"github.com/leadlint/leadlint/config"
	"github.com/leadlint/leadlint/corpus"
	"github.com/leadlint/leadlint/gate"
	"github.com/leadlint/leadlint/input"
	"github.com/leadlint/leadlint/lexicons"
	"github.com/leadlint/leadlint/report"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// progressThreshold is the batch size from which a progress bar is worth
// showing (on a terminal only).
const progressThreshold = 20

type analyzeOptions struct {
	Paths       []string
	Samples     bool
	Format      string
	Jobs        int
	NoProgress  bool
	MaxBytes    int64
	KeepQuoted  bool
	BySpeaker   bool
	PerSentence bool
	NoColor     bool
	Redact      bool
	FailUnder   float64
	FailLabel   string
	Baseline    string
	Tolerance   float64
	ConfigPath  string
	Input       string

	// Set from flags and the configuration file by resolve.
	failUnderSet bool
	config       *config.Config
}

func newAnalyzeCommand(st *streams, runF func(*analyzeOptions) error) *cobra.Command {
	opts := &analyzeOptions{}
	cmd := &cobra.Command{
		Use:   "analyze [PATH...]",
		Short: "Score documents for directive and empowering language",
		Long: `Analyze scores each document and prints a report: a summary per document, then
every flagged sentence with its line:column, the cues found and a suggestion.

PATH may be a file, a directory (searched recursively for ` + strings.Join(input.Extensions(), " ") + `
files; other files are skipped) or - for standard input. --samples analyses the embedded sample
corpus. Formats are chosen by extension and confirmed by content: plain text, Markdown (code,
front matter, URLs and HTML comments skipped), HTML (visible text), email (.eml: the author's own
words; quoted replies, signatures and disclaimers removed unless --keep-quoted), mailboxes (.mbox:
each message a document, path#N), Word (.docx) and transcripts (.vtt, .srt: scored per speaker).

Settings come from .leadlint.yaml in the current directory or its nearest parent (or --config);
flags override them. Gates (--fail-under, --fail-label, --baseline) make the exit status 1 when a
document fails them.`,
		Example: `  leadlint analyze --samples
  leadlint analyze draft.txt
  leadlint analyze --format json notes/ > report.json
  leadlint analyze --fail-label directive --format github docs/
  leadlint analyze --baseline main-report.json --tolerance 0.05 docs/
  pbpaste | leadlint analyze -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if err := opts.resolve(cmd.Flags()); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			if opts.Input == "jsonl" {
				return runFilter(st, opts)
			}
			return runAnalyze(st, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "table", "output format: "+strings.Join(report.Formats, ", "))
	f.BoolVar(&opts.Samples, "samples", false, "analyse the embedded sample corpus")
	f.IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "documents analysed in parallel")
	f.BoolVar(&opts.NoProgress, "no-progress", false, "never show a progress bar")
	f.Int64Var(&opts.MaxBytes, "max-bytes", input.MaxBytes, "largest document read, in bytes (a file, or one message of a mailbox)")
	f.BoolVar(&opts.KeepQuoted, "keep-quoted", false, "keep quoted replies, forwarded messages, signatures and disclaimers in emails")
	f.BoolVar(&opts.BySpeaker, "by-speaker", false, "make each speaker of a transcript a document of their own")
	f.BoolVar(&opts.PerSentence, "per-sentence", false, "csv: one row per flagged sentence instead of one per document")
	f.BoolVar(&opts.NoColor, "no-color", false, "never colour the table (colour is also off when NO_COLOR is set or stdout is not a terminal)")
	f.BoolVar(&opts.Redact, "redact", false, "leave every excerpt of the documents out of the report: positions, entry ids and scores only")
	f.Float64Var(&opts.FailUnder, "fail-under", 0, "exit 1 when any document's balance is below this (-1 to 1)")
	f.StringVar(&opts.FailLabel, "fail-label", "", "exit 1 when any document gets this label (directive, mixed, neutral, empowering)")
	f.StringVar(&opts.Baseline, "baseline", "", "an earlier JSON report: fail only on documents whose balance dropped by more than --tolerance")
	f.Float64Var(&opts.Tolerance, "tolerance", gate.DefaultTolerance, "how far a document's balance may drop below the baseline")
	f.StringVar(&opts.Input, "input", "files", "what PATH holds: files (documents), or jsonl (one JSON object per line, {\"id\", \"text\", \"format\", \"metadata\"}, answered line by line in order: a filter for GNU parallel, Hadoop Streaming or Spark)")
	f.StringVar(&opts.ConfigPath, "config", "", "configuration file (default: "+config.FileName+" in the current directory or a parent)")
	return cmd
}

// resolve validates the flags and fills unset ones from the configuration
// file. Flags always win over the file.
func (o *analyzeOptions) resolve(flags *pflag.FlagSet) error {
	cfg, err := loadConfig(o.ConfigPath)
	if err != nil {
		return err
	}
	o.config = cfg
	if !flags.Changed("format") && cfg.Format != "" {
		o.Format = cfg.Format
	}
	if !flags.Changed("fail-label") && cfg.FailLabel != "" {
		o.FailLabel = cfg.FailLabel
	}
	o.failUnderSet = flags.Changed("fail-under")
	if !o.failUnderSet && cfg.FailUnder != nil {
		o.FailUnder, o.failUnderSet = *cfg.FailUnder, true
	}
	if !flags.Changed("tolerance") && cfg.Tolerance != nil {
		o.Tolerance = *cfg.Tolerance
	}
	if !flags.Changed("baseline") && cfg.Baseline != "" {
		o.Baseline = cfg.Baseline
	}
	if !flags.Changed("keep-quoted") && cfg.KeepQuoted != nil {
		o.KeepQuoted = *cfg.KeepQuoted
	}
	if !flags.Changed("max-bytes") && cfg.MaxBytes != nil {
		o.MaxBytes = *cfg.MaxBytes
	}
	if !flags.Changed("redact") && cfg.Redact != nil {
		o.Redact = *cfg.Redact
	}
	switch {
	case len(o.Paths) == 0 && !o.Samples:
		return &usageError{errors.New("no input: give files, directories, - for standard input, or --samples")}
	case o.Jobs < 1:
		return &usageError{fmt.Errorf("--jobs must be at least 1, got %d", o.Jobs)}
	case o.MaxBytes < 1:
		return &usageError{fmt.Errorf("--max-bytes must be positive, got %d", o.MaxBytes)}
	case o.failUnderSet && (o.FailUnder < -1 || o.FailUnder > 1):
		return &usageError{fmt.Errorf("--fail-under must be between -1 and 1, got %v", o.FailUnder)}
	case o.Tolerance < 0:
		return &usageError{fmt.Errorf("--tolerance must not be negative, got %v", o.Tolerance)}
	}
	switch o.Input {
	case "files":
	case "jsonl":
		if o.Samples || flagsChangedAny(flags, "format", "fail-under", "fail-label", "baseline", "by-speaker", "per-sentence") {
			return &usageError{errors.New("--input jsonl writes JSON lines and takes no --format, gates, --samples, --by-speaker or --per-sentence")}
		}
	default:
		return &usageError{fmt.Errorf("--input must be files or jsonl, got %q", o.Input)}
	}
	switch o.FailLabel {
	case "", "directive", "mixed", "neutral", "empowering":
	default:
		return &usageError{fmt.Errorf("--fail-label %q is not a label (directive, mixed, neutral, empowering)", o.FailLabel)}
	}
	if _, err := report.NewPrinter(o.Format, report.Options{}); err != nil {
		return &usageError{err}
	}
	return nil
}

func flagsChangedAny(flags *pflag.FlagSet, names ...string) bool {
	for _, n := range names {
		if flags.Changed(n) {
			return true
		}
	}
	return false
}

// loadConfig reads the named configuration file, or finds one from the
// current directory up; no file is an empty configuration.
func loadConfig(path string) (*config.Config, error) {
	if path == "" {
		found, err := config.Find(".")
		if err != nil {
			return nil, &usageError{fmt.Errorf("looking for %s: %w", config.FileName, err)}
		}
		if found == "" {
			return &config.Config{}, nil
		}
		path = found
	}
	cfg, err := config.Load(path)
	if err != nil {
		return nil, &usageError{err}
	}
	return cfg, nil
}

// configuredAnalyzer builds the analyzer with the configuration found from
// the current directory up, for the commands that take no --config.
func configuredAnalyzer() (*analyze.Analyzer, error) {
	cfg, err := loadConfig("")
	if err != nil {
		return nil, err
	}
	return newAnalyzer(cfg)
}

// newAnalyzer builds the analyzer with the configuration's extra lexicons
// and disabled entries.
func newAnalyzer(cfg *config.Config) (*analyze.Analyzer, error) {
	analyze.Preload() // prose's models load while the lexicon does: start-up is a third shorter
	lex, err := lexicons.Default()
	if err != nil {
		return nil, &internalError{err}
	}
	if len(cfg.Lexicons) > 0 {
		files := map[string][]byte{}
		for _, p := range cfg.Lexicons {
			data, err := os.ReadFile(p)
			if err != nil {
				return nil, &usageError{fmt.Errorf("lexicon %s (from %s): %w", p, cfg.Path, err)}
			}
			files[p] = data
		}
		if lex, err = lex.Extend(files); err != nil {
			return nil, &usageError{err}
		}
	}
	known := map[string]bool{}
	for _, e := range lex.Entries {
		known[e.ID] = true
	}
	for _, r := range lex.Rules {
		known[r.ID] = true
	}
	for _, id := range cfg.Disable {
		if !known[id] {
			return nil, &usageError{fmt.Errorf("%s: disable: no lexicon entry or rule %q (see leadlint lexicon show)", cfg.Path, id)}
		}
	}
	a, err := analyze.New(analyze.Options{Lexicon: lex, Disabled: cfg.Disable})
	if err != nil {
		return nil, &internalError{err}
	}
	return a, nil
}

// result is one document's outcome, in input order.
type result struct {
	doc  *input.Document
	out  *analyze.Document
	err  error
	done bool
	// rendered is out encoded by a Prerenderer on the worker, ready to be
	// written in its turn (nil when the printer is not one).
	rendered  []byte
	renderErr error
}

// gcPercent and memoryLimit are the collector's settings for analyze unless
// GOGC or GOMEMLIMIT is set. The live heap is small (a few documents in
// flight and the shared caches) and the garbage is the words of finished
// sentences, so collecting a quarter as often as Go's default saves time;
// the soft limit keeps a long run's heap from growing with the list of
// paths and the summary (docs/performance.md: on 500 MB, peak 110 MB
// instead of 135 MB at GOGC 200 alone, and 4% faster on 50 MB).
const (
	gcPercent   = 400
	memoryLimit = 100 << 20
)

func runAnalyze(st *streams, opts *analyzeOptions) error {
	_, gogcSet := os.LookupEnv("GOGC")
	if !gogcSet {
		defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
	}
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(memoryLimit))
	}
	// What the analyzer's build allocates it keeps (the matcher and its
	// indexes), so collecting during it is wasted start-up time; the soft
	// memory limit still bounds it.
	if !gogcSet {
		debug.SetGCPercent(-1)
	}
	a, err := newAnalyzer(opts.config)
	if !gogcSet {
		debug.SetGCPercent(gcPercent)
	}
	if err != nil {
		return err
	}
	checker, err := opts.checker()
	if err != nil {
		return err
	}
	printer, err := report.NewPrinter(opts.Format, report.Options{Color: st.colorOK(opts.NoColor), PerSentence: opts.PerSentence})
	if err != nil {
		return &usageError{err}
	}
	sources, collectErrs := input.Collect(opts.Paths)
	sources = selectSources(sources, opts.config)

	rep := report.New(toolVersion(), a.Lexicon())
	rep.Redacted = opts.Redact
	out := bufio.NewWriter(st.out)
	streamer, streaming := printer.(report.Streamer)
	prerenderer, _ := printer.(report.Prerenderer)
	if streaming {
		if err := streamer.Begin(out, rep); err != nil {
			return &internalError{err}
		}
	}
	var (
		failures     []error
		empty        int
		analysed     int
		gateFailures []gate.Failure // gates are checked as documents arrive, so nothing piles up
		writeErr     error
	)
	failures = append(failures, collectErrs...)
	sink := func(r *result) {
		if r.err != nil {
			failures = append(failures, r.err)
			return
		}
		d := r.out
		for _, w := range d.Warnings {
			fmt.Fprintf(st.err, "leadlint: %s: warning: %s\n", d.Path, w)
		}
		if len(d.Sentences) == 0 {
			empty++
		}
		if streaming {
			if writeErr == nil {
				if prerenderer != nil {
					writeErr = r.renderErr
					if writeErr == nil {
						writeErr = prerenderer.WriteRendered(out, r.rendered)
					}
				} else {
					writeErr = streamer.Document(out, d)
				}
			}
			if writeErr == nil {
				writeErr = out.Flush()
			}
		} else {
			rep.Documents = append(rep.Documents, d)
		}
		analysed++
		gateFailures = append(gateFailures, checker.Check([]*analyze.Document{d})...)
	}
	// Redaction and encoding happen on the workers, in parallel; the sink
	// only writes, in order.
	prepare := func(r *result) {
		if opts.Redact {
			report.Redact(&report.Report{Documents: []*analyze.Document{r.out}})
		}
		if prerenderer != nil {
			r.rendered, r.renderErr = prerenderer.Render(r.out)
		}
	}
	analyzeAll(st, a, sources, opts, prepare, sink)

	for _, e := range failures {
		rep.Errors = append(rep.Errors, report.InputError{Path: errorPath(e), Error: errorMessage(e), Reason: input.Reason(e)})
	}
	if streaming {
		if writeErr == nil {
			writeErr = streamer.End(out, rep)
		}
	} else {
		// Rendered fully before anything is written, so a failure never
		// leaves half a report.
		writeErr = printer.Print(out, rep)
	}
	if writeErr == nil {
		writeErr = out.Flush()
	}
	if writeErr != nil {
		return &internalError{fmt.Errorf("writing the report: %w", writeErr)}
	}
	for _, e := range failures {
		fmt.Fprintf(st.err, "leadlint: %v\n", e)
	}
	if analysed+len(failures) > 1 || len(failures) > 0 || empty > 0 {
		fmt.Fprintf(st.err, "leadlint: %s\n", summaryLine(analysed, empty, failures))
	}
	for _, f := range gateFailures {
		fmt.Fprintf(st.err, "leadlint: gate failed: %s: %s\n", f.Path, f.Reason)
	}
	switch {
	case len(failures) > 0:
		return &inputsError{failed: len(failures), total: len(failures) + analysed}
	case len(gateFailures) > 0:
		return &gateError{documents: len(gate.Paths(gateFailures))}
	}
	return nil
}

// checker builds the gates from the options and the configuration.
func (o *analyzeOptions) checker() (*gate.Checker, error) {
	c := &gate.Checker{Tolerance: o.Tolerance}
	if o.failUnderSet {
		v := o.FailUnder
		c.Default.FailUnder = &v
	}
	c.Default.FailLabel = analyze.Label(o.FailLabel)
	if len(o.config.Thresholds) > 0 {
		cfg := o.config
		c.ForPath = func(path string) (gate.Rule, bool) {
			t, ok := cfg.ThresholdFor(path)
			if !ok {
				return gate.Rule{}, false
			}
			r := c.Default
			if t.FailUnder != nil {
				r.FailUnder = t.FailUnder
			}
			if t.FailLabel != "" {
				r.FailLabel = analyze.Label(t.FailLabel)
			}
			return r, true
		}
	}
	if o.Baseline != "" {
		f, err := os.Open(o.Baseline)
		if err != nil {
			return nil, &usageError{fmt.Errorf("--baseline: %w", err)}
		}
		defer f.Close()
		if c.Baseline, err = gate.ReadBaseline(f); err != nil {
			return nil, &usageError{fmt.Errorf("--baseline %s: %w", o.Baseline, err)}
		}
	}
	return c, nil
}

// selectSources applies the configuration's include and exclude globs to the
// files found in directories; files named on the command line are always read.
func selectSources(sources []input.Source, cfg *config.Config) []input.Source {
	if len(cfg.Include) == 0 && len(cfg.Exclude) == 0 {
		return sources
	}
	out := sources[:0]
	for _, s := range sources {
		if s.Explicit || cfg.Selected(s.Path) {
			out = append(out, s)
		}
	}
	return out
}

// summaryLine says how many documents were analysed and how many skipped,
// and why: "12 documents analysed (1 empty); 2 skipped: 1 binary, 1 not found".
func summaryLine(analysed, empty int, failures []error) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s analysed", analysed, plural(analysed, "document", "documents"))
	if empty > 0 {
		fmt.Fprintf(&b, " (%d empty)", empty)
	}
	if len(failures) > 0 {
		counts := map[string]int{}
		var reasons []string
		for _, e := range failures {
			r := input.Reason(e)
			if counts[r] == 0 {
				reasons = append(reasons, r)
			}
			counts[r]++
		}
		sort.Strings(reasons)
		parts := make([]string, len(reasons))
		for i, r := range reasons {
			parts[i] = fmt.Sprintf("%d %s", counts[r], r)
		}
		fmt.Fprintf(&b, "; %d skipped: %s", len(failures), strings.Join(parts, ", "))
	}
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// analyzeAll reads the sources in order on one goroutine (a mailbox is a
// stream of documents) and analyses the documents on opts.Jobs workers.
// sink receives every result in input order, as soon as it and all before
// it are done, whatever order the workers finish in; it is never called
// concurrently. prepare runs on the worker for each document analysed
// without error, before the result waits for its turn.
func analyzeAll(st *streams, a *analyze.Analyzer, sources []input.Source, opts *analyzeOptions, prepare, sink func(*result)) {
	readOpts := input.Options{MaxBytes: opts.MaxBytes, KeepQuoted: opts.KeepQuoted, BySpeaker: opts.BySpeaker}
	bar := newProgress(st, sources, opts)
	jobs := make(chan *result, 2*opts.Jobs)
	var (
		mu      sync.Mutex
		pending []*result // results not yet given to sink, in input order
	)
	deliver := func() { // with mu held
		for len(pending) > 0 && pending[0].done {
			sink(pending[0])
			pending[0] = nil
			pending = pending[1:]
		}
	}
	go func() {
		defer close(jobs)
		emit := func(d input.Document) error {
			r := &result{doc: &d, err: d.Err}
			mu.Lock()
			pending = append(pending, r)
			mu.Unlock()
			jobs <- r
			return nil
		}
		if opts.Samples {
			for _, s := range corpus.Samples() {
				src := input.Source{Path: s.Name, Format: input.FormatText}
				if f, ok := input.FormatOf(s.Name); ok {
					src.Format = f
				}
				d, err := input.Extract(src, []byte(s.Text), readOpts)
				if err != nil {
					d.Err = err
				}
				_ = emit(d)
			}
		}
		stdinRead := false
		for _, src := range sources {
			if src.Path == input.StdinPath {
				if stdinRead {
					_ = emit(input.Document{Path: src.Path, Err: &input.Error{Path: src.Path, Err: input.ErrStdinTwice}})
					continue
				}
				stdinRead = true
			}
			if err := input.Read(src, st.in, readOpts, emit); err != nil {
				_ = emit(input.Document{Path: src.Path, Err: err})
			}
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < opts.Jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range jobs {
				if r.err == nil {
					r.out, r.err = analyzeDocument(a, r.doc)
				}
				if r.err == nil {
					prepare(r)
				}
				r.doc = nil // the text is in r.out now; let the input go
				if bar != nil {
					_ = bar.Add(1)
				}
				mu.Lock()
				r.done = true
				deliver()
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if bar != nil {
		_ = bar.Finish()
	}
}

func newProgress(st *streams, sources []input.Source, opts *analyzeOptions) *progressbar.ProgressBar {
	if opts.NoProgress || !st.stderrIsTerminal() {
		return nil
	}
	total := len(sources)
	for _, s := range sources {
		if s.Format == input.FormatMailbox || opts.BySpeaker {
			total = -1 // documents are not known until read: a spinner with a count
		}
	}
	if total >= 0 && total < progressThreshold {
		return nil
	}
	return progressbar.NewOptions(total,
		progressbar.OptionSetWriter(st.err),
		progressbar.OptionSetDescription("analysing"),
		progressbar.OptionShowCount(),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionThrottle(100*time.Millisecond),
	)
}

// analyzeDocument analyses one document; a panic is turned into an error
// for that document, so no bug on one input ends the batch.
func analyzeDocument(a *analyze.Analyzer, d *input.Document) (out *analyze.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, &input.Error{Path: d.Path, Err: fmt.Errorf("internal error while analysing (please report it): %v", r)}
		}
	}()
	path := d.Path
	if path == input.StdinPath {
		path = "<stdin>"
	}
	in := analyze.Input{Path: path, Text: d.Text, Metadata: d.Metadata, Warnings: d.Warnings, LineBlocks: d.LineBlocks}
	for _, t := range d.Turns {
		in.Turns = append(in.Turns, analyze.Turn{Speaker: t.Speaker, Start: t.Start, End: t.End})
	}
	return a.AnalyzeInput(context.Background(), in)
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
