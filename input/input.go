// Package input finds the documents named on the command line and reads
// their text.
package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// StdinPath is the path that stands for standard input.
const StdinPath = "-"

// Extensions are the file extensions a directory walk picks up.
var Extensions = []string{".txt", ".md", ".markdown"}

// Source is one document to read.
type Source struct {
	// Path is the path as the user will recognise it ("-" for standard input).
	Path string
}

// Error is an input that could not be found or read.
type Error struct {
	Path string
	Err  error
}

func (e *Error) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// ErrBinary reports a file that is not text.
var ErrBinary = errors.New("binary file (not text)")

// Collect expands paths into sources: files as given, directories walked
// recursively for files with a known extension (in lexical order), and "-"
// for standard input. Paths that do not exist are returned as errors; the
// rest are still collected.
func Collect(paths []string) ([]Source, []error) {
	var out []Source
	var errs []error
	for _, p := range paths {
		if p == StdinPath {
			out = append(out, Source{Path: StdinPath})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &Error{Path: p, Err: describe(err)})
			continue
		}
		if !info.IsDir() {
			out = append(out, Source{Path: p})
			continue
		}
		var found []string
		werr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &Error{Path: path, Err: describe(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir // .git and friends
				}
				return nil
			}
			if hasExtension(path) && d.Type().IsRegular() {
				found = append(found, path)
			}
			return nil
		})
		if werr != nil {
			errs = append(errs, &Error{Path: p, Err: werr})
		}
		sort.Strings(found)
		for _, f := range found {
			out = append(out, Source{Path: f})
		}
	}
	return out, errs
}

func hasExtension(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// describe turns an os error into the problem alone, since Error adds the path.
func describe(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// MaxBytes is the default limit on one document's size.
const MaxBytes = 32 << 20

// Read returns the text of a source; stdin is read from stdin.
func Read(s Source, stdin io.Reader, maxBytes int64) (string, error) {
	var r io.Reader
	if s.Path == StdinPath {
		r = stdin
	} else {
		f, err := os.Open(s.Path)
		if err != nil {
			return "", &Error{Path: s.Path, Err: describe(err)}
		}
		defer f.Close()
		info, err := f.Stat()
		if err == nil && info.IsDir() {
			return "", &Error{Path: s.Path, Err: errors.New("is a directory")}
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return "", &Error{Path: s.Path, Err: describe(err)}
	}
	if int64(len(data)) > maxBytes {
		return "", &Error{Path: s.Path, Err: fmt.Errorf("larger than the %d-byte limit", maxBytes)}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", &Error{Path: s.Path, Err: ErrBinary}
	}
	if !utf8.Valid(data) {
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	return string(data), nil
}
