// Package config reads .leadlint.yaml, the project configuration: default
// output format, quality gates, which files to include and exclude, extra
// lexicon files, entries to disable, and thresholds per path.
//
// The file is found in the current directory or the nearest parent that
// has one, or named with --config. Command-line flags override it.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"
)

// FileName is the configuration file leadlint looks for.
const FileName = ".leadlint.yaml"

// Config is the content of a .leadlint.yaml file. Zero values mean "not set".
type Config struct {
	// Format is the default output format.
	Format string `yaml:"format"`
	// FailUnder fails the run when a document's balance is below it.
	FailUnder *float64 `yaml:"fail-under"`
	// FailLabel fails the run when a document gets this label.
	FailLabel string `yaml:"fail-label"`
	// Tolerance is how far a document's balance may drop below the baseline.
	Tolerance *float64 `yaml:"tolerance"`
	// Baseline is an earlier JSON report to compare with.
	Baseline string `yaml:"baseline"`
	// Include and Exclude are globs (with **) over the paths found in
	// directories; a file named on the command line is always read.
	Include []string `yaml:"include"`
	Exclude []string `yaml:"exclude"`
	// Lexicons are extra lexicon files (the schema of lexicons/data/*.yaml),
	// relative to the configuration file.
	Lexicons []string `yaml:"lexicons"`
	// Disable lists lexicon entry and grammar rule ids to ignore.
	Disable []string `yaml:"disable"`
	// Thresholds set different gates for paths matching a glob; the first
	// matching one applies.
	Thresholds []Threshold `yaml:"thresholds"`
	// KeepQuoted and MaxBytes default the flags of the same names.
	KeepQuoted *bool  `yaml:"keep-quoted"`
	MaxBytes   *int64 `yaml:"max-bytes"`
	// Redact defaults --redact.
	Redact *bool `yaml:"redact"`

	// Path is where the configuration was read from ("" when none was).
	Path string `yaml:"-"`
}

// Threshold is a gate for the paths matching Path.
type Threshold struct {
	Path      string   `yaml:"path"`
	FailUnder *float64 `yaml:"fail-under"`
	FailLabel string   `yaml:"fail-label"`
}

// Error is a problem in a configuration file, with its line when known.
type Error struct {
	Path string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return e.Path + ": " + e.Msg
}

// Find returns the path of the configuration file in dir or its nearest
// parent, or "" when there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, FileName)
		info, err := os.Stat(p)
		switch {
		case err == nil && !info.IsDir():
			return p, nil
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			return "", err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads and validates a configuration file.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{Path: path, Msg: describe(err)}
	}
	return Parse(path, data)
}

// Parse validates configuration text; path is used in messages and to
// resolve lexicon paths.
func Parse(path string, data []byte) (*Config, error) {
	c := &Config{Path: path}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) { // an empty file is an empty configuration
		var te *yaml.TypeError
		if errors.As(err, &te) && len(te.Errors) > 0 {
			return nil, &Error{Path: path, Msg: te.Errors[0]}
		}
		return nil, &Error{Path: path, Msg: err.Error()}
	}
	c.Path = path
	for _, g := range append(append([]string{}, c.Include...), c.Exclude...) {
		if !doublestar.ValidatePattern(g) {
			return nil, &Error{Path: path, Msg: fmt.Sprintf("invalid glob %q", g)}
		}
	}
	for i, t := range c.Thresholds {
		if t.Path == "" || !doublestar.ValidatePattern(t.Path) {
			return nil, &Error{Path: path, Msg: fmt.Sprintf("thresholds[%d]: path %q is not a valid glob", i, t.Path)}
		}
		if err := checkLabel(t.FailLabel); err != nil {
			return nil, &Error{Path: path, Msg: fmt.Sprintf("thresholds[%d]: %v", i, err)}
		}
	}
	if err := checkLabel(c.FailLabel); err != nil {
		return nil, &Error{Path: path, Msg: err.Error()}
	}
	for i, l := range c.Lexicons {
		if !filepath.IsAbs(l) {
			c.Lexicons[i] = filepath.Join(filepath.Dir(path), l)
		}
	}
	if c.Baseline != "" && !filepath.IsAbs(c.Baseline) {
		c.Baseline = filepath.Join(filepath.Dir(path), c.Baseline)
	}
	return c, nil
}

func checkLabel(l string) error {
	switch l {
	case "", "directive", "mixed", "neutral", "empowering":
		return nil
	}
	return fmt.Errorf("fail-label %q is not a label (directive, mixed, neutral, empowering)", l)
}

func describe(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Selected reports whether a path found in a directory walk passes the
// include and exclude globs (matched against the slash-separated path).
func (c *Config) Selected(path string) bool {
	p := filepath.ToSlash(path)
	if len(c.Include) > 0 {
		ok := false
		for _, g := range c.Include {
			if match(g, p) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	for _, g := range c.Exclude {
		if match(g, p) {
			return false
		}
	}
	return true
}

// ThresholdFor returns the first threshold whose glob matches path.
func (c *Config) ThresholdFor(path string) (Threshold, bool) {
	p := filepath.ToSlash(path)
	for _, t := range c.Thresholds {
		if match(t.Path, p) {
			return t, true
		}
	}
	return Threshold{}, false
}

func match(glob, path string) bool {
	ok, _ := doublestar.Match(glob, path)
	if !ok {
		// A relative glob also matches the same relative path under "./".
		ok, _ = doublestar.Match(glob, filepath.ToSlash(filepath.Clean(path)))
	}
	return ok
}
