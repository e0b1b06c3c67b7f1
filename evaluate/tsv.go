package evaluate

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Row is one labelled text.
type Row struct {
	Line  int // line number in the file, for messages
	Label string
	Text  string
}

// ReadTSV reads `label<TAB>text` rows after a header line. Rows without a
// tab or with an empty text are errors naming the line. A text written with
// CSV-style quoting, as Python's csv module writes a field that contains a
// quotation mark ("say ""no"" twice"), is decoded (say "no" twice).
func ReadTSV(r io.Reader) ([]Row, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4<<20)
	var rows []Row
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			if !strings.HasPrefix(strings.ToLower(text), "label\t") {
				return nil, fmt.Errorf("line 1: want a header starting with label<TAB>, got %q", truncate(text, 40))
			}
			continue
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		label, body, ok := strings.Cut(text, "\t")
		if !ok {
			return nil, fmt.Errorf("line %d: no tab between label and text", line)
		}
		body = unquoteField(body)
		if strings.TrimSpace(body) == "" {
			return nil, fmt.Errorf("line %d: empty text", line)
		}
		rows = append(rows, Row{Line: line, Label: strings.TrimSpace(label), Text: body})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	if line == 0 {
		return nil, fmt.Errorf("empty file: want a header line label<TAB>text")
	}
	return rows, nil
}

// unquoteField decodes a wholly quoted field whose inner quotation marks
// are all doubled; any other field is returned as it is, so a sentence that
// merely starts and ends with a quotation ("Go," she said, "now.") is kept.
func unquoteField(s string) string {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return s
	}
	inner := s[1 : len(s)-1]
	var b strings.Builder
	for i := 0; i < len(inner); i++ {
		if inner[i] == '"' {
			if i+1 >= len(inner) || inner[i+1] != '"' {
				return s
			}
			i++
		}
		b.WriteByte(inner[i])
	}
	return b.String()
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
