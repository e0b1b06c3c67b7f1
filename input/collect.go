package input

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Source is one input to read.
type Source struct {
	// Path is the path as the user will recognise it ("-" for standard input).
	Path string
	// Format is chosen by extension; text for standard input and unknown
	// extensions named explicitly.
	Format Format
	// Explicit: named on the command line rather than found in a walk.
	Explicit bool
}

// Collect expands paths into sources: files as given, directories walked
// recursively for files with a known extension (in lexical order, following
// symbolic links to files and directories, with loops reported), and "-"
// for standard input. Problems are returned as *Error; the rest are still
// collected.
func Collect(paths []string) ([]Source, []error) {
	var out []Source
	var errs []error
	for _, p := range paths {
		if p == StdinPath {
			out = append(out, Source{Path: StdinPath, Format: FormatText, Explicit: true})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &Error{Path: p, Err: osError(err)})
			continue
		}
		if !info.IsDir() {
			if strings.HasSuffix(p, "/") {
				errs = append(errs, &Error{Path: p, Err: ErrNotDirectory})
				continue
			}
			f, ok := FormatOf(p)
			if !ok {
				f = FormatText
			}
			out = append(out, Source{Path: p, Format: f, Explicit: true})
			continue
		}
		w := walker{visited: []os.FileInfo{info}}
		w.walk(p)
		out = append(out, w.sources...)
		errs = append(errs, w.errs...)
	}
	return out, errs
}

type walker struct {
	visited []os.FileInfo // directories on the current path, for loop detection
	sources []Source
	errs    []error
}

func (w *walker) walk(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.errs = append(w.errs, &Error{Path: dir, Err: osError(err)})
		return
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		name := e.Name()
		path := filepath.Join(dir, name)
		if strings.HasPrefix(name, ".") {
			continue // .git, .DS_Store and friends
		}
		format, known := FormatOf(path)
		info, err := os.Stat(path) // follows symbolic links
		if err != nil {
			// A broken or looping link is reported when it looks like an input
			// or a directory; anything else is skipped silently like any
			// other unknown file.
			if known || e.Type()&os.ModeSymlink != 0 && osError(err) == ErrSymlinkLoop {
				w.errs = append(w.errs, &Error{Path: path, Err: osError(err)})
			}
			continue
		}
		switch {
		case info.IsDir():
			if w.onPath(info) {
				w.errs = append(w.errs, &Error{Path: path, Err: ErrSymlinkLoop})
				continue
			}
			w.visited = append(w.visited, info)
			w.walk(path)
			w.visited = w.visited[:len(w.visited)-1]
		case known && info.Mode().IsRegular():
			w.sources = append(w.sources, Source{Path: path, Format: format})
		}
	}
}

func (w *walker) onPath(info os.FileInfo) bool {
	for _, v := range w.visited {
		if os.SameFile(v, info) {
			return true
		}
	}
	return false
}
