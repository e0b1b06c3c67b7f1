package analyze

import (
	"strconv"
	"testing"
)

// TestCacheStopsGrowing: a corpus of distinct words must not grow a cache
// past its limit, and values past the limit are still computed correctly.
func TestCacheStopsGrowing(t *testing.T) {
	c := newCache[int](64)
	calls := 0
	length := func(s string) int { calls++; return len(s) }
	for i := range 1000 {
		k := "word" + strconv.Itoa(i)
		if got := c.get(k, length); got != len(k) {
			t.Fatalf("get(%q) = %d, want %d", k, got, len(k))
		}
	}
	size := 0
	for i := range c.shards {
		size += len(c.shards[i].m)
	}
	if size > 64 || size == 0 {
		t.Errorf("cache holds %d entries, want 1..64", size)
	}
	calls = 0
	c.get("word1", length)
	c.get("word1", length)
	if calls > 1 {
		t.Errorf("a remembered key was computed %d times", calls)
	}
}
