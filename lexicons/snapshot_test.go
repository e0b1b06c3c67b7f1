package lexicons

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"testing"
	"testing/fstest"
)

var update = flag.Bool("update", false, "rewrite snapshot.json from the YAML files")

// loadAndEncode loads the YAML files and encodes them as a snapshot.
func loadAndEncode(t *testing.T) (*Lexicon, []byte) {
	t.Helper()
	lex, err := Load(Data())
	if err != nil {
		t.Fatal(err)
	}
	data, err := encodeSnapshot(lex)
	if err != nil {
		t.Fatal(err)
	}
	return lex, data
}

// TestSnapshotIsCurrent holds the embedded snapshot equal to what Load
// validates from the YAML files; after a lexicon change, run
// go test ./lexicons -update.
func TestSnapshotIsCurrent(t *testing.T) {
	_, want := loadAndEncode(t)
	if *update {
		if err := os.WriteFile("snapshot.json", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(snapshot, want) {
		t.Fatal("snapshot.json does not match the YAML files: run go test ./lexicons -update and commit it")
	}
}

// TestSnapshotDecodesToLoad: what Default returns from the snapshot is what
// Load returns from the YAML, patterns parsed and all.
func TestSnapshotDecodesToLoad(t *testing.T) {
	want, data := loadAndEncode(t)
	got, ok := fromSnapshot(data, Data())
	if !ok {
		t.Fatal("fromSnapshot rejected a snapshot of the current files")
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("the snapshot decodes to a different lexicon than Load returns")
	}
	def, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(def, want) {
		t.Error("Default differs from Load(Data())")
	}
}

// TestStaleSnapshotIsIgnored: a snapshot taken from other files (here, the
// same files with one byte changed) is not used.
func TestStaleSnapshotIsIgnored(t *testing.T) {
	_, data := loadAndEncode(t)
	changed := fstest.MapFS{}
	_, files, err := hashFiles(Data())
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range files {
		changed[name] = &fstest.MapFile{Data: b}
	}
	changed[rulesFile] = &fstest.MapFile{Data: append(bytes.Clone(files[rulesFile]), '\n')}
	if _, ok := fromSnapshot(data, changed); ok {
		t.Error("fromSnapshot used a snapshot whose hash is not the files'")
	}
	if _, ok := fromSnapshot([]byte("{not json"), Data()); ok {
		t.Error("fromSnapshot accepted broken JSON")
	}
}
