package report

import (
	"bytes"
	"fmt"
	"io"

	// As in jsonl.go: encoding/json's bytes, faster.
	json "github.com/goccy/go-json"

	"github.com/leadlint/leadlint/analyze"
)

// JSON writes the report as indented JSON (schema version 1). As a
// Streamer it writes each document as soon as it is ready, so a batch of
// any size never sits in memory at once; the bytes are the same either way.
type JSON struct {
	wrote int // documents written so far
}

// Print implements Printer.
func (p *JSON) Print(w io.Writer, r *Report) error {
	return printStreamed(p, w, r)
}

// Begin implements Streamer: the fields before the documents.
func (p *JSON) Begin(w io.Writer, r *Report) error {
	p.wrote = 0
	var b bytes.Buffer
	b.WriteString("{\n")
	for _, f := range []struct {
		name string
		v    any
	}{{"schema_version", r.SchemaVersion}, {"tool", r.Tool}, {"lexicon", r.Lexicon}} {
		data, err := marshalIndent(f.v, "  ")
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "  %q: %s,\n", f.name, data)
	}
	b.WriteString(`  "documents": [`)
	_, err := w.Write(b.Bytes())
	return err
}

// Document implements Streamer.
func (p *JSON) Document(w io.Writer, d *analyze.Document) error {
	data, err := p.Render(d)
	if err != nil {
		return err
	}
	return p.WriteRendered(w, data)
}

// Render implements Prerenderer.
func (p *JSON) Render(d *analyze.Document) ([]byte, error) {
	return marshalIndent(d, "    ")
}

// WriteRendered implements Prerenderer.
func (p *JSON) WriteRendered(w io.Writer, data []byte) error {
	sep := ",\n    "
	if p.wrote == 0 {
		sep = "\n    "
	}
	p.wrote++
	if _, err := io.WriteString(w, sep); err != nil {
		return err
	}
	_, err := w.Write(data)
	return err
}

// End implements Streamer: the fields after the documents.
func (p *JSON) End(w io.Writer, r *Report) error {
	var b bytes.Buffer
	if p.wrote > 0 {
		b.WriteString("\n  ")
	}
	b.WriteString("],\n")
	errs, err := marshalIndent(nonNilErrors(r.Errors), "  ")
	if err != nil {
		return err
	}
	fmt.Fprintf(&b, "  \"errors\": %s,\n  \"redacted\": %t\n}\n", errs, r.Redacted)
	_, err = w.Write(b.Bytes())
	return err
}

func marshalIndent(v any, prefix string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

func nonNilErrors(e []InputError) []InputError {
	if e == nil {
		return []InputError{}
	}
	return e
}
