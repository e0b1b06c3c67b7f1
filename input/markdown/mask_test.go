package markdown

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Each want is written under its input so that the columns line up: every
// blanked byte is a space in want.
var maskCases = []struct {
	name string
	in   string
	want string
}{
	{"plain prose is untouched",
		"Thanks for covering the Friday rota.\nIt made a difference.\n",
		"Thanks for covering the Friday rota.\nIt made a difference.\n"},
	{"empty", "", ""},
	{"yaml front matter",
		"---\ntitle: Q3 review\n...\nText.\n",
		"   \n                \n   \nText.\n"},
	{"toml front matter",
		"+++\ntitle = \"x\"\n+++\nText.",
		"   \n           \n   \nText."},
	{"unclosed front matter is a thematic break",
		"---\nWe ship on Monday.\n",
		"   \nWe ship on Monday.\n"},
	{"front matter only on the first line",
		"Intro.\n\n---\ntitle: x\n---\n",
		"Intro.\n\n   \ntitle: x\n   \n"},
	{"byte order mark",
		"\uFEFFHello",
		"   Hello"},
	{"backtick fence with info string",
		"Before.\n```go\nfmt.Println(\"x\")\n```\nAfter.\n",
		"Before.\n     \n                \n   \nAfter.\n"},
	{"tilde fence, longer closing run",
		"~~~~\ncode\n~~~~~\nText",
		"    \n    \n     \nText"},
	{"shorter run does not close a fence",
		"````\n```\nstill code\n````\nText",
		"    \n   \n          \n    \nText"},
	{"unclosed fence runs to the end",
		"Text\n```\nrest\n\nmore\n",
		"Text\n   \n    \n\n    \n"},
	{"fence inside a block quote ends with the quote",
		"> ```\n> code\nText",
		"     \n      \nText"},
	{"indented code after a blank line",
		"Para.\n\n    x := 1\n\tnext()\nText\n",
		"Para.\n\n          \n\t      \nText\n"},
	{"indented line continues a paragraph",
		"Para\n    continues\n",
		"Para\n    continues\n"},
	{"indentation in a list item is not code",
		"- item\n\n    more text\n",
		"  item\n\n    more text\n"},
	{"code in a list item needs four columns past its content",
		"- item\n\n      code\n",
		"  item\n\n          \n"},
	{"code span",
		"Run `make test` first.",
		"Run             first."},
	{"code span with double backticks",
		"Use ``a ` b`` here.",
		"Use           here."},
	{"unmatched backtick is text",
		"It`s fine.",
		"It`s fine."},
	{"code span across lines",
		"A `b\nc` d",
		"A   \n   d"},
	{"html comment",
		"Keep <!-- hidden --> this.",
		"Keep                 this."},
	{"multi-line html comment block",
		"<!--\nTODO: soften this\n-->\nText",
		"    \n                 \n   \nText"},
	{"text after a comment block is prose",
		"<!-- note --> Thanks all.",
		"              Thanks all."},
	{"a comment opened after a comment block continues on the next line",
		"<!-- one --> mid <!-- two\nlines --> end",
		"             mid         \n          end"},
	{"html tags keep their text",
		"<div class=\"note\">Well <b>done</b></div>",
		"                  Well    done          "},
	{"script block",
		"<script>\nalert(1)\n</script>\nText",
		"        \n        \n         \nText"},
	{"stray less-than is text",
		"a < b and 3<4",
		"a < b and 3<4"},
	{"bare urls",
		"See https://example.com/a_b, or www.example.org.",
		"See                        , or                ."},
	{"url with parentheses",
		"(see https://en.wikipedia.org/wiki/Foo_(bar))",
		"(see                                        )"},
	{"autolinks",
		"Mail <sam@example.com> or <https://x.io/a>.",
		"Mail                   or                 ."},
	{"bare email",
		"Ask jane.doe@example.com today.",
		"Ask                      today."},
	{"mention is prose",
		"Thanks @sam for this.",
		"Thanks @sam for this."},
	{"inline link",
		"Read [the plan](https://x.io/plan \"Plan\") now.",
		"Read  the plan                            now."},
	{"image keeps alt text",
		"![Org chart](org.png)",
		"  Org chart          "},
	{"link with emphasis inside",
		"[**Vote** here](v.html)",
		"   Vote   here         "},
	{"link destination in angle brackets",
		"[a](<b c>)",
		" a        "},
	{"full reference link",
		"See [the doc][d1].",
		"See  the doc     ."},
	{"shortcut reference only when defined",
		"[Roadmap] and [TBD].\n\n[roadmap]: https://x.io/r \"Roadmap\"\n",
		" Roadmap  and [TBD].\n\n                                   \n"},
	{"footnotes",
		"Done[^1].\n\n[^1]: Mostly.\n",
		"Done    .\n\n      Mostly.\n"},
	{"atx headings",
		"# Title\n## Sub ##\n#not a heading",
		"  Title\n   Sub   \n#not a heading"},
	{"setext headings",
		"Title\n=====\nSub\n---\n",
		"Title\n     \nSub\n   \n"},
	{"block quotes",
		"> Quoted\n>> deeper\n> lazy\ncontinuation",
		"  Quoted\n   deeper\n  lazy\ncontinuation"},
	{"bullet lists and tasks",
		"- one\n* two\n+ three\n- [ ] open\n- [x] done",
		"  one\n  two\n  three\n      open\n      done"},
	{"ordered lists",
		"1. first\n2) second\n10. tenth",
		"   first\n   second\n    tenth"},
	{"nested list",
		"- a\n  - b\n    1. c",
		"  a\n    b\n       c"},
	{"ordered list cannot interrupt a paragraph unless it starts at 1",
		"Revenue grew in\n2024. We hired.",
		"Revenue grew in\n2024. We hired."},
	{"emphasis",
		"*a* **b** _c_ __d__ ***e*** ~~f~~",
		" a    b    c    d      e      f  "},
	{"intraword underscore",
		"snake_case and foo_bar_baz",
		"snake_case and foo_bar_baz"},
	{"intraword star is emphasis",
		"un*frigging*believable",
		"un frigging believable"},
	{"lone and spaced stars",
		"5 * 3 and *nope",
		"5 * 3 and *nope"},
	{"emphasis across lines",
		"*one\ntwo*",
		" one\ntwo "},
	{"backslash escapes",
		"\\*not emphasis\\* and line\\\nbreak",
		" *not emphasis * and line \nbreak"},
	{"thematic breaks",
		"a\n\n***\n\n- - -\n\n___\n",
		"a\n\n   \n\n     \n\n   \n"},
	{"table",
		"| Owner | Task |\n|:---|---:|\n| Sam | *Draft* |\n\nAfter",
		"  Owner   Task  \n           \n  Sam    Draft   \n\nAfter"},
	{"table without outer pipes",
		"a | b\n--|--\nc | d",
		"a   b\n     \nc   d"},
	{"pipe without delimiter row is text",
		"Either | or.\nNext line",
		"Either | or.\nNext line"},
	{"escaped pipe in a cell",
		"| a \\| b |\n|---|\n",
		"  a  | b  \n     \n"},
	{"multi-byte characters become as many spaces",
		"`café` — **naïve**",
		"        —   naïve  "},
	{"crlf line endings",
		"# Hi\r\n\r\n```\r\ncode\r\n```\r\nText\r\n",
		"  Hi\r\n\r\n   \r\n    \r\n   \r\nText\r\n"},
	{"lone cr line endings",
		"# Hi\r- item\rText",
		"  Hi\r  item\rText"},
}

func TestMask(t *testing.T) {
	for _, tc := range maskCases {
		t.Run(tc.name, func(t *testing.T) {
			if len(tc.want) != len(tc.in) {
				t.Fatalf("bad test case: want has %d bytes, in has %d", len(tc.want), len(tc.in))
			}
			got := Mask(tc.in)
			if got != tc.want {
				t.Errorf("Mask(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
			if b := MaskBytes([]byte(tc.in)); string(b) != got {
				t.Errorf("MaskBytes differs from Mask: %q", b)
			}
			checkInvariants(t, tc.in, got)
		})
	}
}

func TestMaskBytesDoesNotModifyInput(t *testing.T) {
	in := []byte("# Title with `code`")
	orig := string(in)
	MaskBytes(in)
	if string(in) != orig {
		t.Errorf("MaskBytes modified its input: %q", in)
	}
}

// TestMaskPathological feeds inputs built to make a naive scanner
// quadratic; the limits must keep each well under a second.
func TestMaskPathological(t *testing.T) {
	inputs := map[string]string{
		"brackets":         strings.Repeat("[", 200000) + strings.Repeat("]", 200000),
		"failing links":    strings.Repeat("[a](b(", 100000),
		"backtick runs":    strings.Repeat("`", 1) + strings.Repeat("a``", 100000),
		"unclosed tags":    strings.Repeat("<a href=\"", 100000),
		"unclosed comment": strings.Repeat("<!-- ", 100000),
		"emphasis":         strings.Repeat("*a _b ", 100000),
		"quotes":           strings.Repeat(">", 200000) + " x",
		"lists":            strings.Repeat("- ", 100000) + "x",
		"pipes":            strings.Repeat("a|b\n", 100000),
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			out := Mask(in)
			// A linear scan takes milliseconds; a quadratic one, minutes.
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("Mask took %v on %d bytes", d, len(in))
			}
			checkInvariants(t, in, out)
		})
	}
}

func TestMaskGolden(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "meeting-notes.md"))
	if err != nil {
		t.Fatal(err)
	}
	got := MaskBytes(in)
	checkInvariants(t, string(in), string(got))
	path := filepath.Join("testdata", "meeting-notes.md.golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./input/markdown/ -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("masked meeting notes differ from %s; if the change is intended, run go test ./input/markdown/ -update and review the diff.\n--- got:\n%s", path, got)
	}
	// Whatever the golden file says, these must hold for this fixture.
	for _, gone := range []string{"title:", "```", "go test", "<!--", "https://", "|", "[x]", "**"} {
		if strings.Contains(string(got), gone) {
			t.Errorf("masked fixture still contains %q", gone)
		}
	}
	for _, kept := range []string{"Decisions", "rollout plan", "Priya", "What would make"} {
		if !strings.Contains(string(got), kept) {
			t.Errorf("masked fixture lost the prose %q", kept)
		}
	}
}

// checkInvariants asserts what Mask promises for every input.
func checkInvariants(t *testing.T, in, out string) {
	t.Helper()
	if len(out) != len(in) {
		t.Fatalf("length changed: in %d bytes, out %d", len(in), len(out))
	}
	for i := 0; i < len(in); i++ {
		if in[i] == '\n' || in[i] == '\r' {
			if out[i] != in[i] {
				t.Fatalf("line ending at byte %d changed to %q", i, out[i])
			}
			continue
		}
		if out[i] != ' ' && out[i] != in[i] {
			t.Fatalf("byte %d is %q, want %q or a space", i, out[i], in[i])
		}
	}
	if utf8.ValidString(in) && !utf8.ValidString(out) {
		t.Fatalf("valid UTF-8 in, invalid out: %q", out)
	}
}

func FuzzMask(f *testing.F) {
	for _, tc := range maskCases {
		f.Add(tc.in)
	}
	if b, err := os.ReadFile(filepath.Join("testdata", "meeting-notes.md")); err == nil {
		f.Add(string(b))
	}
	f.Add("`é`")
	f.Add("**é**é")
	f.Add("<a title='é'>é</a>")
	f.Add("https://é.example/é)")
	f.Add("> ```\n>> x\n")
	f.Add("\xff`\xfe`")
	f.Fuzz(func(t *testing.T, in string) {
		out := Mask(in)
		checkInvariants(t, in, out)
	})
}
