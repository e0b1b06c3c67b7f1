// Package gate decides whether a run passes its quality gates: a minimum
// balance, a forbidden label, and, against a baseline report, a maximum
// drop in balance per document.
package gate

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/leadlint/leadlint/analyze"
)

// Rule is the gate for one document. A nil FailUnder and an empty FailLabel
// check nothing.
type Rule struct {
	FailUnder *float64
	FailLabel analyze.Label
}

// Failure is a document that failed a gate, and why.
type Failure struct {
	Path   string
	Reason string
}

// DefaultTolerance is how far a document's balance may fall below its
// baseline before it fails: small enough to catch a new order, large enough
// to ignore rounding and a lexicon's small re-weighting.
const DefaultTolerance = 0.05

// Checker applies gates to documents.
type Checker struct {
	// Default is the rule for every document without a path rule.
	Default Rule
	// ForPath returns a document's own rule (a per-path threshold), if any.
	ForPath func(path string) (Rule, bool)
	// Baseline holds the balances of an earlier report by path. Documents in
	// it fail only when their balance dropped by more than Tolerance; the
	// absolute rules apply to documents that are not in it.
	Baseline  map[string]float64
	Tolerance float64
}

// Check returns the failures, in document order.
func (c *Checker) Check(docs []*analyze.Document) []Failure {
	var out []Failure
	for _, d := range docs {
		if base, ok := c.Baseline[d.Path]; ok {
			if drop := base - d.Scores.Balance; drop > c.Tolerance+1e-9 {
				out = append(out, Failure{d.Path, fmt.Sprintf("balance %+.2f dropped %.2f below the baseline %+.2f (tolerance %.2f)", d.Scores.Balance, drop, base, c.Tolerance)})
			}
			continue
		}
		rule := c.Default
		if c.ForPath != nil {
			if r, ok := c.ForPath(d.Path); ok {
				rule = r
			}
		}
		if rule.FailUnder != nil && d.Scores.Balance < *rule.FailUnder {
			out = append(out, Failure{d.Path, fmt.Sprintf("balance %+.2f is below %+.2f", d.Scores.Balance, *rule.FailUnder)})
		}
		if rule.FailLabel != "" && d.Label == rule.FailLabel {
			out = append(out, Failure{d.Path, fmt.Sprintf("labelled %s", d.Label)})
		}
	}
	return out
}

// ReadBaseline reads the document balances of a JSON report (schema
// version 1) written earlier with --format json.
func ReadBaseline(r io.Reader) (map[string]float64, error) {
	var rep struct {
		SchemaVersion int `json:"schema_version"`
		Documents     []struct {
			Path   string `json:"path"`
			Scores struct {
				Balance *float64 `json:"balance"`
			} `json:"scores"`
		} `json:"documents"`
	}
	if err := json.NewDecoder(r).Decode(&rep); err != nil {
		return nil, fmt.Errorf("not a leadlint JSON report: %v", err)
	}
	if rep.SchemaVersion != 1 {
		return nil, fmt.Errorf("schema_version %d is not supported (want 1; write the baseline with --format json)", rep.SchemaVersion)
	}
	out := make(map[string]float64, len(rep.Documents))
	for i, d := range rep.Documents {
		if d.Path == "" || d.Scores.Balance == nil {
			return nil, fmt.Errorf("document %d has no path or balance", i)
		}
		out[d.Path] = *d.Scores.Balance
	}
	return out, nil
}

// Paths lists the failing paths, sorted, for messages.
func Paths(fs []Failure) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range fs {
		if !seen[f.Path] {
			seen[f.Path] = true
			out = append(out, f.Path)
		}
	}
	sort.Strings(out)
	return out
}
