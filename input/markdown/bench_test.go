package markdown

import (
	"os"
	"testing"
)

func BenchmarkMask(b *testing.B) {
	data, err := os.ReadFile("testdata/meeting-notes.md")
	if err != nil {
		b.Fatal(err)
	}
	src := string(data)
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		Mask(src)
	}
}
