package analyze

import (
	"strconv"
	"testing"
	"unsafe"
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

// TestLocalCacheDoesNotPinDocuments: a scratch outlives its document, so
// its cache must key on copies, not on slices of the document.
func TestLocalCacheDoesNotPinDocuments(t *testing.T) {
	n, err := sharedNLP()
	if err != nil {
		t.Fatal(err)
	}
	doc := "Please send the qwertyuiop report, thanks."
	l := newLocalCache()
	appendWords(nil, n.tokenizer.appendTokens(nil, doc, l), nil, 0, nil, l)
	inDoc := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		start := uintptr(unsafe.Pointer(unsafe.StringData(doc)))
		return p >= start && p < start+uintptr(len(doc))
	}
	if len(l.tokens) == 0 || len(l.spans) == 0 {
		t.Fatal("nothing was cached; the test checks nothing")
	}
	for k := range l.tokens {
		if inDoc(k) {
			t.Errorf("token key %q shares the document's memory", k)
		}
	}
	for k := range l.spans {
		if inDoc(k) {
			t.Errorf("span key %q shares the document's memory", k)
		}
	}
}
