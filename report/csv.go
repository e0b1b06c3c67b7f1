package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/leadlint/leadlint/analyze"
)

// CSV writes one row per document (path, label, scores, per-dimension
// scores, words, sentences), or with PerSentence one row per flagged
// sentence. Text cells are spreadsheet-safe: a cell that starts with =, +,
// -, @, a tab or a carriage return is prefixed with a single quote so that
// no spreadsheet runs it as a formula. Numbers are written as numbers.
type CSV struct {
	PerSentence bool
	wroteHeader bool
}

// Print implements Printer.
func (p *CSV) Print(w io.Writer, r *Report) error {
	return printStreamed(p, w, r)
}

// Begin implements Streamer. The header needs the dimensions, which every
// document lists in lexicon order; it is written with the first document.
func (p *CSV) Begin(w io.Writer, r *Report) error {
	p.wroteHeader = false
	return nil
}

// End implements Streamer.
func (p *CSV) End(w io.Writer, r *Report) error {
	if !p.wroteHeader {
		// No documents: still a valid CSV with its header.
		return p.header(w, nil)
	}
	return nil
}

func (p *CSV) header(w io.Writer, d *analyze.Document) error {
	p.wroteHeader = true
	cw := csv.NewWriter(w)
	var row []string
	if p.PerSentence {
		row = []string{"path", "line", "column", "label", "directive", "empowering", "speaker", "signals", "suggestion", "text"}
	} else {
		row = []string{"path", "label", "balance", "directive", "empowering", "words", "sentences", "flagged"}
		if d != nil {
			for _, dim := range d.Dimensions {
				row = append(row, dim.ID+"_directive", dim.ID+"_empowering", dim.ID+"_balance")
			}
		}
	}
	if err := cw.Write(row); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// Document implements Streamer.
func (p *CSV) Document(w io.Writer, d *analyze.Document) error {
	if !p.wroteHeader {
		if err := p.header(w, d); err != nil {
			return err
		}
	}
	cw := csv.NewWriter(w)
	if p.PerSentence {
		for _, s := range d.Sentences {
			if !s.Flagged() {
				continue
			}
			ids := make([]string, len(s.Signals))
			for i, sig := range s.Signals {
				ids[i] = sig.ID
			}
			if err := cw.Write([]string{safeCell(d.Path), strconv.Itoa(s.Line), strconv.Itoa(s.Column), string(s.Label),
				num3(s.Directive), num3(s.Empowering), safeCell(s.Speaker), safeCell(strings.Join(ids, " ")),
				safeCell(oneLine(suggestion(s))), safeCell(oneLine(s.Text))}); err != nil {
				return err
			}
		}
	} else {
		row := []string{safeCell(d.Path), string(d.Label), num3(d.Scores.Balance), num3(d.Scores.Directive), num3(d.Scores.Empowering),
			strconv.Itoa(d.Words), strconv.Itoa(len(d.Sentences)), strconv.Itoa(d.Scores.Flagged)}
		for _, dim := range d.Dimensions {
			row = append(row, num3(dim.Directive), num3(dim.Empowering), num3(dim.Balance))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// safeCell keeps a text cell from being read as a formula.
func safeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

func num3(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }
