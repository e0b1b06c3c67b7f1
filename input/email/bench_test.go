package email

import (
	"bytes"
	"os"
	"testing"
)

func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("testdata/alternative.eml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		if _, err := Parse(bytes.NewReader(data), 0); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStripQuoted(b *testing.B) {
	data, err := os.ReadFile("testdata/outlook_reply.eml")
	if err != nil {
		b.Fatal(err)
	}
	m, err := Parse(bytes.NewReader(data), 0)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(m.Body)))
	for i := 0; i < b.N; i++ {
		StripQuoted(m.Body)
	}
}

func BenchmarkMbox(b *testing.B) {
	data, err := os.ReadFile("testdata/mailbox.mbox")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		r := NewMboxReader(bytes.NewReader(data), 0)
		for {
			if _, err := r.Next(); err != nil {
				break
			}
		}
	}
}
