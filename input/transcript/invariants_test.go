package transcript

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkInvariants checks what every Transcript promises about its source,
// whatever the source: the fixtures, the inline cases and the fuzzers' inputs.
func checkInvariants(t *testing.T, src string, tr *Transcript) {
	t.Helper()
	text := tr.Text
	if len(text) != len(src) {
		t.Fatalf("len(Text) = %d, len(src) = %d", len(text), len(src))
	}
	inEntity := entityRanges(src)
	for i := 0; i < len(src); i++ {
		s, x := src[i], text[i]
		if (s == '\n') != (x == '\n') || (s == '\r') != (x == '\r') {
			t.Fatalf("byte %d: line terminator moved: src %q, Text %q", i, s, x)
		}
		if x != ' ' && x != s && !inEntity[i] {
			t.Fatalf("byte %d: Text has %q where src has %q, outside any character reference", i, x, s)
		}
	}
	if utf8.ValidString(src) && !utf8.ValidString(text) {
		t.Fatalf("src is valid UTF-8 but Text is not: %q", text)
	}
	limited := false
	for _, w := range tr.Warnings {
		limited = limited || strings.Contains(w, "left as plain text")
	}
	if len(tr.Warnings) > MaxWarnings+2 {
		t.Fatalf("%d warnings, more than MaxWarnings+2", len(tr.Warnings))
	}
	covered := 0 // Text[:covered] is checked to hold words only inside turns
	for k, turn := range tr.Turns {
		if turn.Start < 0 || turn.End > len(text) || turn.Start >= turn.End {
			t.Fatalf("turn %d %+v out of bounds or empty (len %d)", k, turn, len(text))
		}
		if k > 0 {
			prev := tr.Turns[k-1]
			if turn.Start < prev.End {
				t.Fatalf("turn %d %+v overlaps or precedes turn %d %+v", k, turn, k-1, prev)
			}
			if turn.Speaker == prev.Speaker {
				t.Fatalf("turns %d and %d have the same speaker %q and should be one", k-1, k, turn.Speaker)
			}
		}
		if isSpaceByte(text[turn.Start]) || isSpaceByte(text[turn.End-1]) {
			t.Fatalf("turn %d %+v does not start and end on a word: %q", k, turn, text[turn.Start:turn.End])
		}
		if !limited {
			if gap := text[covered:turn.Start]; strings.TrimSpace(gap) != "" {
				t.Fatalf("words %q before turn %d belong to no turn", strings.TrimSpace(gap), k)
			}
		}
		covered = turn.End
	}
	if !limited && strings.TrimSpace(text[covered:]) != "" {
		t.Fatalf("words %q after the last turn belong to no turn", strings.TrimSpace(text[covered:]))
	}
}

// entityRanges marks the bytes of src that lie in something shaped like a
// character reference ("&name;", "&#39;", "&#x27;"), where Text may hold a
// decoded character instead of the source's bytes. It is written
// independently of the parser so that it can catch the parser out.
func entityRanges(src string) []bool {
	marks := make([]bool, len(src))
	for i := 0; i < len(src); i++ {
		if src[i] != '&' {
			continue
		}
		for j := i + 1; j < len(src) && j-i <= 16; j++ {
			c := src[j]
			if c == ';' {
				for k := i; k <= j; k++ {
					marks[k] = true
				}
				break
			}
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#') {
				break
			}
		}
	}
	return marks
}
