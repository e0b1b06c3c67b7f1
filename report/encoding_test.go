package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/leadlint/leadlint/analyze"
	"github.com/leadlint/leadlint/corpus"
)

// The JSON and JSON Lines printers encode with github.com/goccy/go-json for
// speed (docs/performance.md); their bytes must stay those of
// encoding/json, so every sample document, and one with every optional part
// filled and characters that need escaping, is encoded both ways and
// compared.
func TestEncodingMatchesEncodingJSON(t *testing.T) {
	a, err := analyze.New(analyze.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var docs []*analyze.Document
	for _, s := range corpus.Samples() {
		docs = append(docs, a.Analyze(s.Name, s.Text))
	}
	odd := a.Analyze("dir/<odd> & \"name\"\u2028.txt", "Alice: Send me the <draft> & the notes by noon!\nBob: Happy to — what's the \"right\" format? \u00e9t\u00e9 \U0001F600")
	odd.Metadata = map[string]string{"subject": "Q3 <plan> & \"budget\"", "from": "a@b.example", "zeta": "\u2029", "alpha": "\x01"}
	odd.Warnings = append(odd.Warnings, "repaired invalid UTF-8 \ufffd <here>")
	odd.Speakers = append(odd.Speakers, analyze.SpeakerScore{Name: "Zoë <chair>", Label: analyze.LabelMixed, Scores: odd.Scores, Sentences: 2, Words: 19}, analyze.SpeakerScore{})
	docs = append(docs, odd)
	p := &JSONL{}
	r := New("test", a.Lexicon())
	if err := p.Begin(nil, r); err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		got, err := p.Render(d)
		if err != nil {
			t.Fatal(err)
		}
		want, err := json.Marshal(documentLine{p.header, d})
		if err != nil {
			t.Fatal(err)
		}
		if want = append(want, '\n'); !bytes.Equal(got, want) {
			t.Errorf("%s: the JSON Lines encoding differs from encoding/json's\n got: %s\nwant: %s", d.Path, got, want)
		}
		got, err = marshalIndent(d, "    ")
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetIndent("    ", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(d); err != nil {
			t.Fatal(err)
		}
		if want := bytes.TrimRight(b.Bytes(), "\n"); !bytes.Equal(got, want) {
			t.Errorf("%s: the JSON report's encoding differs from encoding/json's\n got: %s\nwant: %s", d.Path, got, want)
		}
	}
}
