package analyze_test

import (
	"strings"
	"testing"

	"github.com/leadlint/leadlint/corpus"
)

// BenchmarkAnalyzeSentence measures one typical workplace sentence.
func BenchmarkAnalyzeSentence(b *testing.B) {
	a := newAnalyzer(b)
	const s = "Could you please send me the updated forecast by noon, because the board meets at two?"
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.AnalyzeSentence(s)
	}
}

// BenchmarkAnalyzeMB measures throughput on about 1 MB of the sample corpus,
// analysed as one document per sample (MB/s is reported).
func BenchmarkAnalyzeMB(b *testing.B) {
	a := newAnalyzer(b)
	var texts []string
	size := 0
	for size < 1<<20 {
		for _, s := range corpus.Samples() {
			texts = append(texts, s.Text)
			size += len(s.Text)
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, t := range texts {
			a.Analyze(strings.Repeat("x", j%2), t)
		}
	}
}

// BenchmarkPunctuationRun measures 64 KB of quotes with no space: prose's
// tokenizer alone is quadratic on such a span; leadlint cuts it into pieces.
func BenchmarkPunctuationRun(b *testing.B) {
	a := newAnalyzer(b)
	s := "0!!!" + strings.Repeat("'", 64<<10)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.Analyze("quotes.txt", s)
	}
}
