package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/leadlint/leadlint/analyze"
	"github.com/leadlint/leadlint/lexicons"
)

// SchemaVersion is the version of the JSON report's shape. Fields may be
// added within a version; none is removed or changes meaning.
const SchemaVersion = 1

// Report is everything one run produced, in input order.
type Report struct {
	SchemaVersion int                 `json:"schema_version"`
	Tool          Tool                `json:"tool"`
	Lexicon       Lexicon             `json:"lexicon"`
	Documents     []*analyze.Document `json:"documents"`
	// Errors lists the inputs that could not be analysed.
	Errors []InputError `json:"errors"`
	// Redacted: no text from the documents appears in the report.
	Redacted bool `json:"redacted"`
	// Sections maps the lexicon's source section ids to their titles, for
	// printers that explain where a cue comes from.
	Sections map[string]string `json:"-"`
	// DimensionLabels maps dimension ids to short chart labels.
	DimensionLabels map[string]string `json:"-"`
}

// Tool names the program that wrote the report.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Lexicon identifies the lexicon the scores were computed with.
type Lexicon struct {
	Version string `json:"version"`
	Entries int    `json:"entries"`
	Rules   int    `json:"rules"`
	Hash    string `json:"hash"`
}

// InputError is an input that could not be analysed.
type InputError struct {
	Path  string `json:"path"`
	Error string `json:"error"`
	// Reason is a short classification: "not found", "binary", "too large" ...
	Reason string `json:"reason"`
}

// New starts a report for a tool version and lexicon.
func New(toolVersion string, lex *lexicons.Lexicon) *Report {
	return &Report{
		SchemaVersion: SchemaVersion,
		Tool:          Tool{Name: "leadlint", Version: toolVersion},
		Lexicon:       Lexicon{Version: lex.Version, Entries: len(lex.Entries), Rules: len(lex.Rules), Hash: lex.Hash},
		Documents:     []*analyze.Document{},
		Errors:        []InputError{},
		Sections:      sectionTitles(lex),
		DimensionLabels: func() map[string]string {
			m := map[string]string{}
			for _, d := range lex.Dimensions {
				m[d.ID] = d.Short
			}
			return m
		}(),
	}
}

func sectionTitles(lex *lexicons.Lexicon) map[string]string {
	m := make(map[string]string, len(lex.Sections))
	for _, s := range lex.Sections {
		m[s.ID] = s.Title
	}
	return m
}

// Printer writes a report in one format.
type Printer interface {
	Print(w io.Writer, r *Report) error
}

// Streamer is a printer that can also write each document as soon as it
// is ready, in input order, so memory stays flat however many documents
// there are: Begin once, Document for each, End once.
type Streamer interface {
	Printer
	Begin(w io.Writer, r *Report) error
	Document(w io.Writer, d *analyze.Document) error
	End(w io.Writer, r *Report) error
}

// Prerenderer is a Streamer whose documents can be rendered ahead of their
// turn, on any goroutine: Render is safe for concurrent use (after Begin),
// and WriteRendered writes its result in input order. The CLI renders on
// its analysis workers, so encoding runs in parallel instead of in the one
// goroutine that writes. Document is Render then WriteRendered.
type Prerenderer interface {
	Streamer
	Render(d *analyze.Document) ([]byte, error)
	WriteRendered(w io.Writer, data []byte) error
}

// printStreamed is Print for a Streamer: Begin, every document, End.
func printStreamed(s Streamer, w io.Writer, r *Report) error {
	if err := s.Begin(w, r); err != nil {
		return err
	}
	for _, d := range r.Documents {
		if err := s.Document(w, d); err != nil {
			return err
		}
	}
	return s.End(w, r)
}

// Options adjust printers.
type Options struct {
	// Color marks directive and empowering text with colour (table only).
	Color bool
	// PerSentence makes the CSV one row per flagged sentence.
	PerSentence bool
}

// Formats lists the output formats, in the order help shows them.
var Formats = []string{"table", "json", "jsonl", "csv", "markdown", "sarif", "github", "html"}

// NewPrinter returns the printer for a format name.
func NewPrinter(format string, opts Options) (Printer, error) {
	switch format {
	case "table":
		return &Table{Color: opts.Color}, nil
	case "json":
		return &JSON{}, nil
	case "jsonl":
		return &JSONL{}, nil
	case "csv":
		return &CSV{PerSentence: opts.PerSentence}, nil
	case "markdown":
		return &Markdown{}, nil
	case "sarif":
		return &SARIF{}, nil
	case "github":
		return &GitHub{}, nil
	case "html":
		return &HTML{}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// provenance says which tool and lexicon wrote a report: the versions and
// the first twelve hex digits of the lexicon's content hash.
func provenance(r *Report) string {
	hash := r.Lexicon.Hash
	if len(hash) > 12 {
		hash = hash[:12]
	}
	return fmt.Sprintf("leadlint %s, lexicon %s (%d entries, %d rules, sha256 %s)", r.Tool.Version, r.Lexicon.Version, r.Lexicon.Entries, r.Lexicon.Rules, hash)
}
