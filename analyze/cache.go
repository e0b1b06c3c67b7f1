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

// localCache sits in front of the shared caches for one goroutine at a
// time (it lives in a scratch): the words of a corpus repeat so much that
// most lookups are answered here, without the shared cache's locks, whose
// counters two cores would otherwise pass back and forth. Its keys are the
// shared entries' own copies, so it holds no document's text.
type localCache struct {
	tokens map[string]*tokenWords
	spans  map[string]*spanTokens
}

const maxLocalCache = 8192

func newLocalCache() *localCache {
	return &localCache{tokens: map[string]*tokenWords{}, spans: map[string]*spanTokens{}}
}

// words is wordsOfToken through the local cache (l may be nil).
func (l *localCache) words(text string) *tokenWords {
	if l == nil {
		return wordsOfToken(text)
	}
	if tw, ok := l.tokens[text]; ok {
		return tw
	}
	tw := wordsOfToken(text)
	if len(l.tokens) < maxLocalCache {
		l.tokens[tw.text] = tw
	}
	return tw
}

// span is the shared span cache through the local one (l may be nil).
func (l *localCache) span(span string, compute func(string) *spanTokens) *spanTokens {
	if l == nil {
		return spanCache.get(span, compute)
	}
	if st, ok := l.spans[span]; ok {
		return st
	}
	st := spanCache.get(span, compute)
	if len(l.spans) < maxLocalCache {
		l.spans[st.span] = st
	}
	return st
}
