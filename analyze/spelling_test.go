package analyze

import (
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/tokenize"
)

func TestBritishSpellingFolds(t *testing.T) {
	fast := tokenizer{prose: tokenize.New()}
	tests := []struct{ text, norms string }{
		{"Prioritise the organisation's behaviour", "prioritize the organization 's behavior"},
		{"I trust your judgement whilst travelling", "i trust your judgment while traveling"},
		{"She apologised; we recognised it, amongst others", "she apologized ; we recognized it , among others"},
		{"a favourite neighbourhood centre", "a favorite neighborhood center"},
		// words that are words of their own are left
		{"Practice, advise, promise, raise, surprise, cheque", "practice , advise , promise , raise , surprise , cheque"},
	}
	for _, tt := range tests {
		var norms []string
		for _, w := range toWords(fast.Tokenize(tt.text), 0, nil) {
			norms = append(norms, w.norm)
		}
		if got := strings.Join(norms, " "); got != tt.norms {
			t.Errorf("toWords(%q) = %q, want %q", tt.text, got, tt.norms)
		}
	}
}
