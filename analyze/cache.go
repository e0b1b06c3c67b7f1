package analyze

import (
	"hash/maphash"
	"strings"
	"sync"
)

// cache is a bounded map from strings to values computed from them, shared
// by every goroutine: the stems, tokens and words of the words and spans
// that recur across documents. Keys are copied, since a key is usually a
// slice of a document's text and would keep the whole document alive; the
// cache stops growing at its limit, so a corpus full of names and numbers
// cannot grow it without bound. It is split into shards, each behind its own
// read-write lock, so that workers reading different words rarely meet.
type cache[V any] struct {
	seed   maphash.Seed
	shards [cacheShards]cacheShard[V]
	limit  int // entries per shard
}

const cacheShards = 32

type cacheShard[V any] struct {
	mu sync.RWMutex
	m  map[string]V
}

func newCache[V any](limit int) *cache[V] {
	c := &cache[V]{seed: maphash.MakeSeed(), limit: max(1, limit/cacheShards)}
	for i := range c.shards {
		c.shards[i].m = map[string]V{}
	}
	return c
}

// get returns the value for key, computing and remembering it on a miss.
// compute must be a pure function of key: two goroutines may both compute it.
func (c *cache[V]) get(key string, compute func(string) V) V {
	sh := &c.shards[maphash.String(c.seed, key)%cacheShards]
	sh.mu.RLock()
	v, ok := sh.m[key]
	sh.mu.RUnlock()
	if ok {
		return v
	}
	v = compute(key)
	sh.mu.Lock()
	if len(sh.m) < c.limit {
		sh.m[strings.Clone(key)] = v
	}
	sh.mu.Unlock()
	return v
}
