package report

import (
	"io"

	// goccy/go-json is encoding/json's output, faster (README, "Why these
	// dependencies"; encoding_test.go holds the bytes equal).
	json "github.com/goccy/go-json"

	"github.com/leadlint/leadlint/analyze"
)

// JSONL writes one JSON object per line: a document (schema version 1
// document fields plus "schema_version", "tool" and "lexicon"), or an input
// error ({"path", "error", "reason"} plus the same three). Lines come in
// input order and can be written as each document finishes.
type JSONL struct {
	header lineHeader
}

type lineHeader struct {
	SchemaVersion int     `json:"schema_version"`
	Tool          Tool    `json:"tool"`
	Lexicon       Lexicon `json:"lexicon"`
}

type documentLine struct {
	lineHeader
	*analyze.Document
}

type errorLine struct {
	lineHeader
	InputError
}

// Print implements Printer.
func (p *JSONL) Print(w io.Writer, r *Report) error {
	return printStreamed(p, w, r)
}

// Begin implements Streamer.
func (p *JSONL) Begin(w io.Writer, r *Report) error {
	p.header = lineHeader{SchemaVersion: r.SchemaVersion, Tool: r.Tool, Lexicon: r.Lexicon}
	return nil
}

// Document implements Streamer.
func (p *JSONL) Document(w io.Writer, d *analyze.Document) error {
	data, err := p.Render(d)
	if err != nil {
		return err
	}
	return p.WriteRendered(w, data)
}

// Render implements Prerenderer: the document's line, with its newline.
func (p *JSONL) Render(d *analyze.Document) ([]byte, error) {
	data, err := json.Marshal(documentLine{p.header, d})
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// WriteRendered implements Prerenderer.
func (p *JSONL) WriteRendered(w io.Writer, data []byte) error {
	_, err := w.Write(data)
	return err
}

// End implements Streamer: the input errors, one line each.
func (p *JSONL) End(w io.Writer, r *Report) error {
	for _, e := range r.Errors {
		if err := writeLine(w, errorLine{p.header, e}); err != nil {
			return err
		}
	}
	return nil
}

func writeLine(w io.Writer, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	data = append(data, '\n')
	_, err = w.Write(data)
	return err
}
