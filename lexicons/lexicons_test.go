package lexicons_test

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/leadlint/leadlint/lexicons"
)

// minEntriesPerPole is the coverage floor for every dimension and pole.
const minEntriesPerPole = 20

func TestDefaultLexiconCoverage(t *testing.T) {
	lex, err := lexicons.Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(lex.Dimensions) != 7 {
		t.Errorf("got %d dimensions, want 7", len(lex.Dimensions))
	}
	for _, d := range lex.Dimensions {
		for _, pole := range []lexicons.Pole{lexicons.Directive, lexicons.Empowering} {
			if n := lex.Count(d.ID, pole); n < minEntriesPerPole {
				t.Errorf("dimension %s has %d %s entries, want at least %d", d.ID, n, pole, minEntriesPerPole)
			}
		}
	}
	if len(lex.Entries) < 280 {
		t.Errorf("%d entries, want at least 280", len(lex.Entries))
	}
	if lex.Version == "" || len(lex.Hash) != 64 {
		t.Errorf("version %q, hash %q", lex.Version, lex.Hash)
	}
}

const testManifest = `version: "0.0.1"
articles:
  - {id: "000", file: a.txt, title: A}
sections:
  - {id: 000-example, article: "000", title: Example}
dimensions:
  - {id: example, title: Example, directive: orders, empowering: example, sections: [000-example]}
`

const goodEntry = `
  - id: example.that-is-an-order
    pattern: "that's an order"
    pole: directive
    weight: 1
    source: 000-example
    basis: theme
    suggestion: Explain why it matters.
    examples: ["Do it now, that's an order."]
`

func TestLoadValidation(t *testing.T) {
	tests := []struct {
		name    string
		entries string
		want    string // substring of the error; "" means no error
	}{
		{"good", goodEntry, ""},
		{"duplicate id", goodEntry + strings.Replace(goodEntry, `"that's an order"`, `"do as i say"`, 1), `example.yaml:12: entry "example.that-is-an-order": duplicate id (first defined at example.yaml:3)`},
		{"duplicate pattern", goodEntry + strings.Replace(goodEntry, "that-is-an-order", "other", 1), `duplicate pattern "that's an order"`},
		{"missing source", strings.Replace(goodEntry, "source: 000-example", "source: \"\"", 1), "source is empty"},
		{"unknown source", strings.Replace(goodEntry, "000-example", "999-nowhere", 1), `unknown source section "999-nowhere"`},
		{"bad pole", strings.Replace(goodEntry, "pole: directive", "pole: sideways", 1), `pole must be "directive" or "empowering"`},
		{"bad weight", strings.Replace(goodEntry, "weight: 1", "weight: 7", 1), "weight 7 is outside (0, 2]"},
		{"no suggestion", strings.Replace(goodEntry, "suggestion: Explain why it matters.", "", 1), "needs a suggestion"},
		{"no example", strings.Replace(goodEntry, `examples: ["Do it now, that's an order."]`, "", 1), "at least one example"},
		{"bad basis", strings.Replace(goodEntry, "basis: theme", "basis: vibes", 1), "basis must be"},
		{"bad id", strings.Replace(goodEntry, "example.that-is-an-order", "That Is", 1), "id must look like"},
		{"unknown field", strings.Replace(goodEntry, "basis: theme", "basis: theme\n    wieght: 2", 1), "wieght"},
		{"bad pattern", strings.Replace(goodEntry, `"that's an order"`, `"[that"`, 1), "unbalanced brackets"},
		{"words it may not follow", strings.Replace(goodEntry, "pole: directive", "not_after: [to, will]\n    pole: directive", 1), ""},
		{"courtesy on a directive entry", strings.Replace(goodEntry, "pole: directive", "courtesy: true\n    pole: directive", 1), "only an empowering entry can be a request's courtesy"},
		{"bad not_after", strings.Replace(goodEntry, "pole: directive", "not_after: [\"in order to\"]\n    pole: directive", 1), `not_after: "in order to" is not one lower-case word`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"lexicon.yaml": {Data: []byte(testManifest)},
				"example.yaml": {Data: []byte("dimension: example\nentries:" + tt.entries)},
			}
			lex, err := lexicons.Load(fsys)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if len(lex.Entries) != 1 {
					t.Fatalf("got %d entries", len(lex.Entries))
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
			var le *lexicons.Error
			if !errors.As(err, &le) || le.File == "" {
				t.Errorf("error is not a *lexicons.Error naming a file: %#v", err)
			}
		})
	}
}

func TestLoadUnknownDimension(t *testing.T) {
	fsys := fstest.MapFS{
		"lexicon.yaml": {Data: []byte(testManifest)},
		"other.yaml":   {Data: []byte("dimension: nowhere\nentries: []\n")},
	}
	_, err := lexicons.Load(fsys)
	if err == nil || !strings.Contains(err.Error(), `other.yaml: unknown dimension "nowhere"`) {
		t.Fatalf("got %v", err)
	}
}

func TestParsePattern(t *testing.T) {
	tests := []struct {
		pattern string
		slots   int
		wantErr string
	}{
		{"micromanage", 1, ""},
		{"run it by me", 4, ""},
		{"[really] trust <poss> judgment|judgement", 4, ""},
		{"give ... ownership", 3, ""},
		{"=except for", 2, ""},
		{"", 0, "empty pattern"},
		{"[maybe]", 0, "every slot is optional"},
		{"... trust", 0, "cannot start with a gap"},
		{"trust ...", 0, "cannot end with a gap"},
		{"* trust", 0, "cannot start with a wildcard"},
		{"<nobody> here", 0, "unknown word class"},
		{"a||b", 0, "empty alternative"},
		{"[trust", 0, "unbalanced brackets"},
		{"=", 0, "= needs a word"},
	}
	for _, tt := range tests {
		slots, err := lexicons.ParsePattern(tt.pattern)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParsePattern(%q) error %v, want %q", tt.pattern, err, tt.wantErr)
			}
			continue
		}
		if err != nil || len(slots) != tt.slots {
			t.Errorf("ParsePattern(%q) = %d slots, %v; want %d", tt.pattern, len(slots), err, tt.slots)
		}
	}
}

func FuzzParsePattern(f *testing.F) {
	for _, s := range []string{"micromanage", "[really] trust <poss> judgment", "give ... ownership", "=except|but", "a||b", "[", "<obj>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		slots, err := lexicons.ParsePattern(p)
		if err == nil && len(slots) == 0 {
			t.Fatalf("no error and no slots for %q", p)
		}
	})
}

func TestExtend(t *testing.T) {
	base, err := lexicons.Default()
	if err != nil {
		t.Fatal(err)
	}
	extra := `dimension: empowerment
entries:
  - id: empowerment.team-custom-approval
    pattern: "needs the director's stamp"
    pole: directive
    weight: 0.8
    source: 004-empower
    basis: theme
    suggestion: Name the limits within which people can act without the stamp.
    examples: ["This needs the director's stamp first."]
`
	ext, err := base.Extend(map[string][]byte{"team.yaml": []byte(extra)})
	if err != nil {
		t.Fatal(err)
	}
	if len(ext.Entries) != len(base.Entries)+1 || ext.Hash == base.Hash || ext.Version != base.Version {
		t.Errorf("extended: %d entries (base %d), hash changed %v", len(ext.Entries), len(base.Entries), ext.Hash != base.Hash)
	}
	if len(base.Entries) == len(ext.Entries) {
		t.Error("Extend modified the base lexicon")
	}
	dup := strings.Replace(extra, "empowerment.team-custom-approval", base.Entries[0].ID, 1)
	_, err = base.Extend(map[string][]byte{"team.yaml": []byte(dup)})
	if err == nil || !strings.Contains(err.Error(), "team.yaml:3") || !strings.Contains(err.Error(), "duplicate id") {
		t.Errorf("duplicate of an embedded id: %v", err)
	}
	bad := strings.Replace(extra, "pole: directive", "pole: up", 1)
	if _, err := base.Extend(map[string][]byte{"team.yaml": []byte(bad)}); err == nil || !strings.Contains(err.Error(), "team.yaml:3") {
		t.Errorf("bad entry: %v", err)
	}
}

func TestPoleOpposite(t *testing.T) {
	if got := lexicons.Directive.Opposite(); got != lexicons.Empowering {
		t.Errorf("Directive.Opposite() = %q", got)
	}
	if got := lexicons.Empowering.Opposite(); got != lexicons.Directive {
		t.Errorf("Empowering.Opposite() = %q", got)
	}
}
