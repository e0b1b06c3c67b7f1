package lexicons

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"io/fs"

	gojson "github.com/goccy/go-json"
)

// snapshot is the embedded lexicon as loaded and validated from the YAML
// files, in JSON: decoding it takes a fifth of the time the YAML takes, and
// loading the YAML was a third of a command's start-up. The YAML stays the
// lexicon's source; the snapshot is regenerated from it by
// `go test ./lexicons -update` and is used only while its hash matches the
// embedded YAML's, so a stale snapshot costs time, never correctness.
//
//go:embed snapshot.json
var snapshot []byte

// snapshotData is the snapshot's shape: the Lexicon's exported fields.
type snapshotData struct {
	Version    string      `json:"version"`
	Hash       string      `json:"hash"`
	Articles   []Article   `json:"articles"`
	Sections   []Section   `json:"sections"`
	Dimensions []Dimension `json:"dimensions"`
	Rules      []Rule      `json:"rules"`
	Entries    []Entry     `json:"entries"`
}

// fromSnapshot decodes data when its hash is that of the YAML files in fsys;
// ok is false when it is stale or unreadable.
func fromSnapshot(data []byte, fsys fs.FS) (lex *Lexicon, ok bool) {
	hash, _, err := hashFiles(fsys)
	if err != nil {
		return nil, false
	}
	// goccy/go-json decodes the snapshot in about a third of encoding/json's
	// time (2.7 against 9.5 ms), and the lexicon's load is the longer path of
	// a command's start-up; TestSnapshotDecodesToLoad holds the result equal
	// to the YAML's.
	var s snapshotData
	if err := gojson.Unmarshal(data, &s); err != nil || s.Hash != hash {
		return nil, false
	}
	for i := range s.Entries {
		slots, err := ParsePattern(s.Entries[i].Pattern)
		if err != nil {
			return nil, false
		}
		s.Entries[i].Slots = slots
	}
	return &Lexicon{Version: s.Version, Hash: s.Hash, Articles: s.Articles, Sections: s.Sections,
		Dimensions: s.Dimensions, Rules: s.Rules, Entries: s.Entries}, true
}

// encodeSnapshot writes lex as a snapshot, one rule or entry per line so
// that a lexicon change reads as a small diff.
func encodeSnapshot(lex *Lexicon) ([]byte, error) {
	var b bytes.Buffer
	head, err := json.Marshal(snapshotData{Version: lex.Version, Hash: lex.Hash, Articles: lex.Articles,
		Sections: lex.Sections, Dimensions: lex.Dimensions})
	if err != nil {
		return nil, err
	}
	// head ends in `"rules":null,"entries":null}`; the lists are written
	// after it, an element a line.
	head = bytes.TrimSuffix(head, []byte(`"rules":null,"entries":null}`))
	b.Write(head)
	list := func(name string, n int, item func(int) any) error {
		b.WriteString("\n\"" + name + "\":[")
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			line, err := json.Marshal(item(i))
			if err != nil {
				return err
			}
			b.WriteByte('\n')
			b.Write(line)
		}
		b.WriteString("\n]")
		return nil
	}
	if err := list("rules", len(lex.Rules), func(i int) any { return lex.Rules[i] }); err != nil {
		return nil, err
	}
	b.WriteByte(',')
	if err := list("entries", len(lex.Entries), func(i int) any { return lex.Entries[i] }); err != nil {
		return nil, err
	}
	b.WriteString("}\n")
	return b.Bytes(), nil
}
