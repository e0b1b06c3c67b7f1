package docx

import (
	"bytes"
	"os"
	"testing"
)

func BenchmarkExtractDOCX(b *testing.B) {
	data, err := os.ReadFile("testdata/delegation-memo.docx")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		if _, err := Extract(bytes.NewReader(data), int64(len(data)), 0); err != nil {
			b.Fatal(err)
		}
	}
}
