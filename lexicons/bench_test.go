package lexicons

import "testing"

// BenchmarkFromSnapshot measures the lexicon's load on the command's
// start-up path: the hash check, the snapshot's decoding and every
// pattern's parse (docs/performance.md).
func BenchmarkFromSnapshot(b *testing.B) {
	for b.Loop() {
		if _, ok := fromSnapshot(snapshot, Data()); !ok {
			b.Fatal("the snapshot is stale: run go test ./lexicons -update")
		}
	}
}
