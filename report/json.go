package report

import (
	"encoding/json"
	"io"
)

// JSON writes the report as indented JSON (schema version 1).
type JSON struct{}

// Print implements Printer.
func (JSON) Print(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
