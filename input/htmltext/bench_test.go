package htmltext

import (
	"os"
	"testing"
)

func BenchmarkExtract(b *testing.B) {
	data, err := os.ReadFile("testdata/newsletter.html")
	if err != nil {
		b.Fatal(err)
	}
	src := string(data)
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if _, err := Extract(src); err != nil {
			b.Fatal(err)
		}
	}
}
