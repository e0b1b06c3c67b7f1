package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/leadlint/leadlint/analyze"
	"github.com/leadlint/leadlint/input"
	"github.com/leadlint/leadlint/report"
)

// filterLine is one input line of --input jsonl.
type filterLine struct {
	ID       json.RawMessage   `json:"id"`
	Text     *string           `json:"text"`
	Format   string            `json:"format"`
	Metadata map[string]string `json:"metadata"`
}

// filterResult is one output line: the document's report (schema version
// 1) or an error, with the input's id either way.
type filterResult struct {
	ID            json.RawMessage `json:"id"`
	SchemaVersion int             `json:"schema_version"`
	*analyze.Document
	Error  string `json:"error,omitempty"`
	Reason string `json:"reason,omitempty"`
}

// filterFormats are the formats a line may name; each is read exactly as a
// file of that format would be.
var filterFormats = map[string]input.Format{
	"": input.FormatText, "text": input.FormatText, "markdown": input.FormatMarkdown,
	"html": input.FormatHTML, "email": input.FormatEmail, "vtt": input.FormatWebVTT,
	"srt": input.FormatSubRip,
}

// runFilter is --input jsonl: a pure filter from JSON lines to JSON lines,
// in the same order, so it runs unchanged under GNU parallel, Hadoop
// Streaming or Spark's RDD.pipe(). A bad line becomes an error object on
// its own output line and the stream goes on; the exit status is 0 unless
// the stream itself cannot be read or written.
func runFilter(st *streams, opts *analyzeOptions) error {
	a, err := newAnalyzer(opts.config)
	if err != nil {
		return err
	}
	var in io.Reader = st.in
	if len(opts.Paths) != 1 || opts.Paths[0] != input.StdinPath {
		readers := make([]io.Reader, 0, len(opts.Paths))
		for _, p := range opts.Paths {
			f, err := os.Open(p)
			if err != nil {
				return &inputsError{failed: 1, total: len(opts.Paths)}
			}
			defer f.Close()
			readers = append(readers, f)
		}
		in = io.MultiReader(readers...)
	}
	out := bufio.NewWriter(st.out)
	readOpts := input.Options{MaxBytes: opts.MaxBytes, KeepQuoted: opts.KeepQuoted}

	type job struct {
		n    int
		line []byte
		res  *filterResult
		done chan struct{}
	}
	jobs := make(chan *job, 4*opts.Jobs)
	ordered := make(chan *job, 4*opts.Jobs)
	var readErr error
	go func() {
		defer close(jobs)
		defer close(ordered)
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 64<<10), int(opts.MaxBytes)+1<<10)
		for n := 1; sc.Scan(); n++ {
			j := &job{n: n, line: append([]byte(nil), sc.Bytes()...), done: make(chan struct{})}
			ordered <- j
			jobs <- j
		}
		if err := sc.Err(); err != nil {
			readErr = err
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < opts.Jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.res = filterOne(a, j.n, j.line, readOpts, opts.Redact)
				close(j.done)
			}
		}()
	}
	var writeErr error
	n := 0
	for j := range ordered {
		<-j.done
		n++
		if writeErr != nil {
			continue
		}
		data, err := json.Marshal(j.res)
		if err == nil {
			data = append(data, '\n')
			_, err = out.Write(data)
		}
		if err == nil {
			err = out.Flush()
		}
		writeErr = err
	}
	wg.Wait()
	if writeErr != nil {
		return &internalError{fmt.Errorf("writing results: %w", writeErr)}
	}
	if readErr != nil {
		if errors.Is(readErr, bufio.ErrTooLong) {
			readErr = fmt.Errorf("line %d is longer than --max-bytes; the stream stops there", n+1)
		}
		fmt.Fprintf(st.err, "leadlint: reading the input: %v\n", readErr)
		return &inputsError{failed: 1, total: n + 1}
	}
	return nil
}

// filterOne turns one input line into one result; it never fails, and a
// panic becomes an error result for the line.
func filterOne(a *analyze.Analyzer, n int, line []byte, opts input.Options, redact bool) (res *filterResult) {
	res = &filterResult{SchemaVersion: report.SchemaVersion}
	defer func() {
		if r := recover(); r != nil {
			res.Document, res.Error, res.Reason = nil, fmt.Sprintf("internal error while analysing (please report it): %v", r), "internal"
		}
	}()
	var l filterLine
	if err := json.Unmarshal(line, &l); err != nil {
		res.Error, res.Reason = "not a JSON object: "+err.Error(), "invalid format"
		return res
	}
	res.ID = l.ID
	if len(res.ID) == 0 {
		res.ID = json.RawMessage("null")
	}
	format, ok := filterFormats[l.Format]
	switch {
	case l.Text == nil:
		res.Error, res.Reason = `no "text" field`, "invalid format"
		return res
	case !ok:
		res.Error, res.Reason = fmt.Sprintf("unknown format %q (want text, markdown, html, email, vtt or srt)", l.Format), "invalid format"
		return res
	case int64(len(*l.Text)) > opts.MaxBytes:
		res.Error, res.Reason = fmt.Sprintf("text larger than the %d-byte limit", opts.MaxBytes), "too large"
		return res
	}
	doc, err := input.Extract(input.Source{Path: string(res.ID), Format: format}, []byte(*l.Text), opts)
	if err != nil {
		res.Error, res.Reason = errorMessage(err), input.Reason(err)
		return res
	}
	for k, v := range l.Metadata {
		if doc.Metadata == nil {
			doc.Metadata = map[string]string{}
		}
		doc.Metadata[k] = v
	}
	out, err := analyzeDocument(a, &doc)
	if err != nil {
		res.Error, res.Reason = errorMessage(err), "internal"
		return res
	}
	out.Path = fmt.Sprintf("-#%d", n) // the line, as a mailbox's messages are path#N
	if redact {
		report.Redact(&report.Report{Documents: []*analyze.Document{out}})
	}
	res.Document = out
	return res
}
