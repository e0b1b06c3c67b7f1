// Command gencorpus writes a deterministic benchmark corpus built from the
// embedded sample documents: -docs files totalling about -mb megabytes, each
// a run of samples in a fixed rotation, so every run measures the same bytes.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/leadlint/leadlint/corpus"
)

func main() {
	out := flag.String("out", "bench-corpus", "directory to write")
	mb := flag.Float64("mb", 50, "total size in megabytes")
	docs := flag.Int("docs", 10000, "number of documents")
	flag.Parse()
	samples := corpus.Samples()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	per := int(*mb * 1e6 / float64(*docs))
	k := 0
	for i := 0; i < *docs; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "Document %d\n\n", i+1)
		for b.Len() < per {
			b.WriteString(samples[k%len(samples)].Text)
			b.WriteString("\n\n")
			k++
		}
		name := filepath.Join(*out, fmt.Sprintf("doc-%05d.txt", i+1))
		if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}
