// Command prosefloor runs prose's sentence segmentation and tokenization
// alone over files, on -jobs workers: the floor for any prose-based
// pipeline, measured on the same files as leadlint for scripts/bench.sh.
package main

import (
	"flag"
	"log"
	"os"
	"sync"

	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tokenize"
)

func main() {
	jobs := flag.Int("jobs", 2, "workers")
	flag.Parse()
	seg, err := segment.New()
	if err != nil {
		log.Fatal(err)
	}
	tok := tokenize.New()
	files := make(chan string)
	var wg sync.WaitGroup
	tokens := make([]int, *jobs)
	for w := 0; w < *jobs; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for f := range files {
				data, err := os.ReadFile(f)
				if err != nil {
					log.Fatal(err)
				}
				for _, s := range seg.Segment(string(data)) {
					tokens[w] += len(tok.Tokenize(s.Text))
				}
			}
		}(w)
	}
	for _, f := range flag.Args() {
		files <- f
	}
	close(files)
	wg.Wait()
}
