package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestExitCodes: every kind of error maps to its documented exit code and
// is reported on stderr.
func TestExitCodes(t *testing.T) {
	tests := []struct {
		err  error
		code int
		msg  string
	}{
		{nil, exitOK, ""},
		{&gateError{documents: 2}, exitGate, "2 documents failed a quality gate"},
		{&inputsError{failed: 1, total: 3}, exitError, "1 of 3 inputs could not be analysed"},
		{&usageError{errors.New("bad flag")}, exitError, "bad flag\nRun 'leadlint analyze --help' for usage."},
		{errors.New(`unknown command "x"`), exitError, `unknown command "x"`},
		{&internalError{errors.New("disk full")}, exitInternal, "disk full"},
		{fmt.Errorf("wrapped: %w", &gateError{documents: 1}), exitGate, "1 document failed"},
	}
	for _, tt := range tests {
		var stderr bytes.Buffer
		if got := exitCode(tt.err, &stderr, "leadlint analyze"); got != tt.code {
			t.Errorf("exitCode(%v) = %d, want %d", tt.err, got, tt.code)
		}
		if tt.msg != "" && !strings.Contains(stderr.String(), tt.msg) {
			t.Errorf("stderr %q lacks %q", stderr.String(), tt.msg)
		}
		if tt.err == nil && stderr.Len() > 0 {
			t.Errorf("stderr %q on success", stderr.String())
		}
	}
}

// TestHelpDocumentsEveryExitCode keeps --help in step with the constants.
func TestHelpDocumentsEveryExitCode(t *testing.T) {
	for _, code := range []int{exitOK, exitGate, exitError, exitInternal} {
		if !strings.Contains(exitCodesHelp, fmt.Sprintf("  %d  ", code)) {
			t.Errorf("exit code %d is not documented in --help", code)
		}
	}
}

// TestAnalyzeFlagParsing checks option parsing without running the command.
func TestAnalyzeFlagParsing(t *testing.T) {
	var got *analyzeOptions
	st := &streams{in: strings.NewReader(""), out: &bytes.Buffer{}, err: &bytes.Buffer{}}
	cmd := newAnalyzeCommand(st, func(o *analyzeOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"--format", "csv", "--per-sentence", "--fail-under", "-0.5", "--redact", "--jobs", "3", "a.txt", "b.md"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.Format != "csv" || !got.PerSentence || got.FailUnder != -0.5 || !got.failUnderSet || !got.Redact || got.Jobs != 3 || len(got.Paths) != 2 {
		t.Errorf("parsed %+v", got)
	}
}
