package main

import (
	"errors"
	"fmt"
	"io"
)

// Exit codes: the only place they are defined. exitCodesHelp documents them
// in --help; README.md repeats them.
const (
	exitOK       = 0 // every input analysed, every gate passed
	exitGate     = 1 // a gate failed (reserved for --fail-under and friends)
	exitError    = 2 // usage error, or an input could not be analysed (the rest are still reported)
	exitInternal = 3 // leadlint itself failed: the embedded lexicon or models did not load, output could not be written
)

const exitCodesHelp = `Exit status:
  0  every input was analysed and every gate passed
  1  a quality gate failed (--fail-under, --fail-label, --baseline), or lexicon check found problems
  2  usage error, or an input could not be analysed (the others are still reported; this wins over 1)
  3  internal error: leadlint could not load its lexicon or write its output`

// usageError is a mistake in the command line.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// inputsError says some inputs failed; each was reported as it happened.
type inputsError struct{ failed, total int }

func (e *inputsError) Error() string {
	return fmt.Sprintf("%d of %d inputs could not be analysed", e.failed, e.total)
}

// gateError says documents failed a quality gate (or lexicon files a
// check); each was reported.
type gateError struct {
	documents int
	what      string // overrides the message
}

func (e *gateError) Error() string {
	if e.what != "" {
		return e.what
	}
	return fmt.Sprintf("%d %s failed a quality gate", e.documents, plural(e.documents, "document", "documents"))
}

// internalError is leadlint's own failure, not the user's.
type internalError struct{ err error }

func (e *internalError) Error() string { return e.err.Error() }
func (e *internalError) Unwrap() error { return e.err }

// exitCode reports err on stderr and returns the exit code it stands for.
// Errors that are not one of ours come from cobra's own parsing (unknown
// command, bad argument count) and are usage errors.
func exitCode(err error, stderr io.Writer, command string) int {
	if err == nil {
		return exitOK
	}
	var (
		usage    *usageError
		inputs   *inputsError
		gates    *gateError
		internal *internalError
	)
	switch {
	case errors.As(err, &gates):
		fmt.Fprintf(stderr, "leadlint: %v\n", err)
		return exitGate
	case errors.As(err, &inputs):
		fmt.Fprintf(stderr, "leadlint: %v\n", err)
		return exitError
	case errors.As(err, &internal):
		fmt.Fprintf(stderr, "leadlint: %v\n", err)
		return exitInternal
	case errors.As(err, &usage):
		fmt.Fprintf(stderr, "leadlint: %v\nRun '%s --help' for usage.\n", usage.err, command)
		return exitError
	default:
		fmt.Fprintf(stderr, "leadlint: %v\nRun '%s --help' for usage.\n", err, command)
		return exitError
	}
}
