package corpus

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed samples/*.txt samples/*.md labelled/*.tsv
var files embed.FS

// Sample is one embedded sample document.
type Sample struct {
	// Name is the document's path inside the corpus, e.g. "samples/release-freeze.txt".
	Name string
	Text string
}

// Samples returns the sample documents in name order.
func Samples() []Sample {
	entries, err := fs.ReadDir(files, "samples")
	if err != nil {
		panic(err) // the embed pattern guarantees the folder
	}
	var out []Sample
	for _, e := range entries {
		name := path.Join("samples", e.Name())
		if e.IsDir() || !(strings.HasSuffix(name, ".txt") || strings.HasSuffix(name, ".md")) {
			continue
		}
		data, err := fs.ReadFile(files, name)
		if err != nil {
			panic(err)
		}
		out = append(out, Sample{Name: name, Text: string(data)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Labelled returns the labelled sets (labelled/*.tsv) as a file system.
func Labelled() fs.FS {
	sub, err := fs.Sub(files, "labelled")
	if err != nil {
		panic(err)
	}
	return sub
}
