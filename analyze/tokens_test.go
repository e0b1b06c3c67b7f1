package analyze

import (
	"slices"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/tokenize"
)

var tokenizerSeeds = []string{
	"", " ", "Hello.", "Please send the report by Friday, thanks!",
	`He said "hi there" to me.`, "He said “hi there” to me.",
	"They'll say don't, won't, and I'm.", "It’s a test — with an em dash.",
	"$100 (roughly) [see note] — 50% off!", "Mr. Smith met Dr. Jones at 5 p.m. U.S.A.",
	"xD 8D XDD xDD :) :-( (-_-) o_O ¯\\(ツ)/¯", "emoji 🎉 and 😀 mixed",
	"multiple    spaces\tand\ttabs\nand\nnewlines\r\n", "\u00a0non\u00a0breaking\u2003em\u0085next",
	"Yes. No. Ok. Hmm. Wow!", "e-mail me at jo@example.com or https://example.com/a?b=c.",
	"invalid \xff\xfe bytes \xc3", "Don’t—ever—stop.", "(((nested))) [[x]] ''quoted''",
	"ABCD efgh 1234 a1b2 ab1 X Y Z", "can't CAN'T Can’T shan't y'all",
}

// TestTokenizerMatchesProse checks the fast tokenizer against prose's on
// text where every shortcut applies and where none does.
func TestTokenizerMatchesProse(t *testing.T) {
	fast := tokenizer{prose: tokenize.New()}
	for _, s := range tokenizerSeeds {
		// Twice: the second time from the span cache.
		for range 2 {
			if got, want := fast.Tokenize(s), tokenize.New().Tokenize(s); !slices.Equal(got, want) {
				t.Errorf("Tokenize(%q)\n got %v\nwant %v", s, got, want)
			}
		}
	}
}

func FuzzTokenizer(f *testing.F) {
	for _, s := range tokenizerSeeds {
		f.Add(s)
	}
	fast := tokenizer{prose: tokenize.New()}
	slow := tokenize.New()
	f.Fuzz(func(t *testing.T, s string) {
		if hasLongSpan(s) {
			t.Skip() // tokenized in pieces on purpose (TestLongSpanTokenizedInPieces)
		}
		if got, want := fast.Tokenize(s), slow.Tokenize(s); !slices.Equal(got, want) {
			t.Errorf("Tokenize(%q)\n got %v\nwant %v", s, got, want)
		}
	})
}

func hasLongSpan(s string) bool {
	for _, f := range strings.Fields(s) {
		if len(f) > maxProseSpan {
			return true
		}
	}
	return false
}

// A whitespace-free span longer than any word is tokenized in pieces, so a
// run of quotes or brackets costs linear time, not quadratic; every token
// still points at its own bytes.
func TestLongSpanTokenizedInPieces(t *testing.T) {
	fast := tokenizer{prose: tokenize.New()}
	for _, s := range []string{
		"0!!!" + strings.Repeat("'", 3000),
		"see " + strings.Repeat("]", 1000) + " done",
		strings.Repeat("é'", 700),
	} {
		toks := fast.Tokenize(s)
		covered := 0
		for _, tok := range toks {
			if s[tok.Start:tok.End()] != tok.Text {
				t.Fatalf("token %q at %d does not match the text there", tok.Text, tok.Start)
			}
			covered += len(tok.Text)
		}
		if want := len(strings.Join(strings.Fields(s), "")); covered != want {
			t.Errorf("tokens cover %d bytes, want every non-space byte (%d)", covered, want)
		}
	}
	// Text whose spans are all short keeps prose's tokens exactly.
	short := strings.Repeat("'''' ]]]] ", 100)
	if got, want := fast.Tokenize(short), tokenize.New().Tokenize(short); !slices.Equal(got, want) {
		t.Errorf("short spans: tokens differ from prose's")
	}
}

// TestToWords pins the normal forms, including the two that depend on the
// neighbouring token and the ones the token cache hands out a second time.
func TestToWords(t *testing.T) {
	fast := tokenizer{prose: tokenize.New()}
	tests := []struct{ text, norms string }{
		{"Let's go.", "let us go ."},
		{"I can't, we won't, they shan't.", "i can not , we will not , they shall not ."},
		{"I've a long-term plan, pls", "i have a long term plan , please"},
		{"Don’t STOP", "do not stop"},
		{"let 's", "let us"},
		{"lets plan it", "let us plan it"},
		// British spellings fold to the American ones patterns use
		{"Prioritise the organisation's behaviour", "prioritize the organization 's behavior"},
		{"I trust your judgement whilst travelling", "i trust your judgment while traveling"},
		{"She apologised; we recognised it, amongst others", "she apologized ; we recognized it , among others"},
		{"a favourite neighbourhood centre", "a favorite neighborhood center"},
		// words that are words of their own are left
		{"Practice, advise, promise, raise, surprise, cheque", "practice , advise , promise , raise , surprise , cheque"},
		{"Lets you export it", "lets you export it"},
		{"run `which git` first", "run which git first"},
		{"soon...call me", "soon ... call me"},
		{"Ahhh ...call", "ahhh ... call"},
		{"see ../docs or 1..5", "see ../docs or 1..5"},
		{"Martha--pls line them up", "martha -- please line them up"},
		// the commonest misspellings of cue words
		{"Fee not recieved, back tommorow", "fee not received , back tomorrow"},
		{"long-term --x", "long term -- x"},
		{"KOKCard,please refer", "kokcard , please refer"},
		{"paid 1,000 for f(a,b)", "paid 1,000 for f(a,b )"},
		// a time of day is one word, so "by 5pm" reads like "by noon"
		{"by 5pm or 10:30 or 3:30pm", "by clocktime or clocktime or clocktime"},
		{"in 2024 cut 30 by 1:2", "in 2024 cut 30 by 1:2"},
	}
	for _, tt := range tests {
		for range 2 {
			var norms []string
			for _, w := range toWords(fast.Tokenize(tt.text), 0, nil) {
				norms = append(norms, w.norm)
			}
			if got := strings.Join(norms, " "); got != tt.norms {
				t.Errorf("toWords(%q) = %q, want %q", tt.text, got, tt.norms)
			}
		}
	}
}

// TestWordClasses: classes come with the token cache, and follow a word
// that a neighbour changed ("let's" is "let us": a "we" pronoun).
func TestWordClasses(t *testing.T) {
	fast := tokenizer{prose: tokenize.New()}
	ws := toWords(fast.Tokenize("Let's ask you and me."), 0, nil)
	want := map[string]wordClass{"us": classWe, "you": classYou, "me": classI}
	for i := range ws {
		if c, ok := want[ws[i].norm]; ok && !ws[i].is(c) {
			t.Errorf("%q is not in its pronoun class", ws[i].norm)
		}
		if ws[i].norm == "ask" && ws[i].is(classI|classWe|classYou) {
			t.Errorf("%q is in a pronoun class", ws[i].norm)
		}
	}
}

func TestLines(t *testing.T) {
	tests := []struct {
		text string
		want [][2]int
	}{
		{"", [][2]int{{0, 0}}},
		{"ab", [][2]int{{0, 2}}},
		{"ab\n", [][2]int{{0, 2}, {3, 3}}},
		{"a\n\nbc", [][2]int{{0, 1}, {2, 2}, {3, 5}}},
	}
	for _, tt := range tests {
		var got [][2]int
		for s, e := range lines(tt.text) {
			got = append(got, [2]int{s, e})
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("lines(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
