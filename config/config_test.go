package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFindWalksUp(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if p, err := Find(deep); err != nil || p != "" {
		t.Fatalf("no config anywhere: got %q, %v", p, err)
	}
	want := filepath.Join(root, "a", FileName)
	if err := os.WriteFile(want, []byte("format: json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if p, err := Find(deep); err != nil || p != want {
		t.Fatalf("got %q, %v; want %q", p, err, want)
	}
}

func TestParse(t *testing.T) {
	c, err := Parse("/proj/.leadlint.yaml", []byte(`
format: json
fail-under: -0.3
fail-label: directive
include: ["docs/**/*.md"]
exclude: ["**/drafts/**"]
lexicons: [team.yaml]
disable: [horizon.asap]
thresholds:
  - path: "support/**"
    fail-under: -0.6
`))
	if err != nil {
		t.Fatal(err)
	}
	if c.Format != "json" || *c.FailUnder != -0.3 || c.FailLabel != "directive" || c.Lexicons[0] != "/proj/team.yaml" {
		t.Errorf("parsed %+v", c)
	}
	for path, want := range map[string]bool{"docs/a/b.md": true, "docs/drafts/x.md": false, "notes/x.md": false} {
		if got := c.Selected(path); got != want {
			t.Errorf("Selected(%q) = %v, want %v", path, got, want)
		}
	}
	if th, ok := c.ThresholdFor("support/tickets/t1.txt"); !ok || *th.FailUnder != -0.6 {
		t.Errorf("threshold %+v %v", th, ok)
	}
	if _, ok := c.ThresholdFor("docs/a.md"); ok {
		t.Error("threshold matched an unrelated path")
	}
}

func TestParseErrors(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"fromat: json\n", "line 1: field fromat not found"},
		{"fail-under: lots\n", "line 1"},
		{"fail-label: bossy\n", `fail-label "bossy" is not a label`},
		{"include: ['[unclosed']\n", `invalid glob "[unclosed"`},
		{"thresholds:\n  - fail-under: -1\n", "thresholds[0]: path"},
	} {
		_, err := Parse("c.yaml", []byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "c.yaml") {
			t.Errorf("Parse(%q) error %v, want %q", tt.in, err, tt.want)
		}
	}
	if c, err := Parse("empty.yaml", nil); err != nil || c.Format != "" {
		t.Errorf("empty file: %+v %v", c, err)
	}
}
