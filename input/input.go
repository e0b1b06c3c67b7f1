// Package input finds the documents named on the command line, reads them
// in any of the supported formats and returns the text the engine should
// analyse: only the author's own words, with what the format knows about
// them (an email's headers, a transcript's speakers).
//
// Every problem is an *Error naming the path, wrapping one of the sentinel
// errors below, so callers can report why a file was skipped without
// parsing messages.
package input

import (
	"errors"
	"io/fs"
	"syscall"
)

// StdinPath is the path that stands for standard input.
const StdinPath = "-"

// MaxBytes is the default limit on one document's size (a file, or one
// message of a mailbox): 32 MiB is far beyond any real email, memo or
// transcript, and keeps a stray disk image or log file from being read.
const MaxBytes = 32 << 20

// Sentinel causes of an *Error.
var (
	ErrNotFound     = errors.New("no such file or directory")
	ErrPermission   = errors.New("permission denied")
	ErrSymlinkLoop  = errors.New("symbolic link loop")
	ErrIsDirectory  = errors.New("is a directory")
	ErrNotDirectory = errors.New("not a directory")
	ErrBinary       = errors.New("binary file (not text)")
	ErrTooLarge     = errors.New("larger than the size limit")
	ErrNoText       = errors.New("no readable text")
	ErrFormat       = errors.New("not a valid file of its format")
	ErrStdinTwice   = errors.New("standard input given more than once")
)

// Error is an input that could not be found or read.
type Error struct {
	Path string
	Err  error
}

func (e *Error) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Reason is a short word or two saying why an input was skipped, for the
// batch summary: "not found", "binary", "too large" ...
func Reason(err error) string {
	for _, r := range []struct {
		err    error
		reason string
	}{
		{ErrNotFound, "not found"}, {ErrPermission, "unreadable"}, {ErrSymlinkLoop, "symbolic link loop"},
		{ErrIsDirectory, "directory"}, {ErrNotDirectory, "not a directory"}, {ErrBinary, "binary"},
		{ErrTooLarge, "too large"}, {ErrNoText, "no readable text"}, {ErrFormat, "invalid format"},
		{ErrStdinTwice, "stdin repeated"},
	} {
		if errors.Is(err, r.err) {
			return r.reason
		}
	}
	return "unreadable"
}

// osError maps an os error to a sentinel, keeping the path out (Error adds it).
func osError(err error) error {
	var errno syscall.Errno
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return ErrNotFound
	case errors.Is(err, fs.ErrPermission):
		return ErrPermission
	case errors.As(err, &errno) && errno == syscall.ELOOP:
		return ErrSymlinkLoop
	case errors.As(err, &errno) && errno == syscall.ENOTDIR:
		return ErrNotDirectory
	case errors.As(err, &errno) && errno == syscall.EISDIR:
		return ErrIsDirectory
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
