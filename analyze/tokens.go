package analyze

import (
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tokenize"
)

// tokenizer gives exactly the tokens of prose's tokenizer, faster. prose
// splits text at whitespace and then runs each whitespace-free span through
// its prefix, suffix, contraction and special-case tests (a regular
// expression among them), and that is the costliest step of reading a
// sentence. The tokens of a span depend on the span alone, and spans repeat
// (Zipf: "the", "you", "team."), so a span's tokens, as offsets within it,
// are remembered; a span of four or more ASCII letters and digits is one
// token by every one of prose's tests and is not even looked up.
//
// TestTokenizerMatchesProse and FuzzTokenizer check the result against
// prose's on every input they generate: re-run them when prose is upgraded.
type tokenizer struct {
	prose *tokenize.Tokenizer
}

// spanCache maps a span to its tokens' [start, end) offsets within it.
// Long spans (URLs, runs of symbols) are rare enough not to be worth keeping.
var spanCache = newCache[*spanTokens](50_000)

// spanTokens is a span (copied), its tokens' offsets within it, and the
// tokens' words, looked up on first use.
type spanTokens struct {
	span     string
	offsets  []spanToken
	wordsPtr atomic.Pointer[[]*tokenWords]
}

func (st *spanTokens) words() []*tokenWords {
	if p := st.wordsPtr.Load(); p != nil {
		return *p
	}
	ws := make([]*tokenWords, len(st.offsets))
	for k, o := range st.offsets {
		ws[k] = wordsOfToken(st.span[o.start:o.end])
	}
	st.wordsPtr.Store(&ws)
	return ws
}

func (t tokenizer) spanTokens(span string) *spanTokens {
	toks := t.prose.Tokenize(span)
	st := &spanTokens{span: strings.Clone(span), offsets: make([]spanToken, len(toks))}
	for k, tok := range toks {
		st.offsets[k] = spanToken{uint8(tok.Start), uint8(tok.End())}
	}
	return st
}

const (
	maxCachedSpan   = 24
	maxProseSpan    = 256 // longer spans are tokenized in pieces (appendSpan)
	minPlainSpanLen = 4   // prose's emoticons that are letters and digits only ("xD", "8D", "XDD") are shorter
)

type spanToken struct{ start, end uint8 }

// Tokenize returns prose's tokens of text, with offsets into text.
func (t tokenizer) Tokenize(text string) []tokenize.Token {
	return t.appendTokens(make([]tokenize.Token, 0, len(text)/4+2), text, nil)
}

// appendTokens appends prose's tokens of text to tokens, looking spans up
// in l first when it is not nil.
func (t tokenizer) appendTokens(tokens []tokenize.Token, text string, l *localCache) []tokenize.Token {
	tokens, _ = t.appendTokenWords(tokens, nil, text, l, false)
	return tokens
}

// appendTokenWords is appendTokens that also appends each token's words to
// tws when withWords is set: a remembered span carries its tokens' words,
// so most tokens need no lookup of their own.
func (t tokenizer) appendTokenWords(tokens []tokenize.Token, tws []*tokenWords, text string, l *localCache, withWords bool) ([]tokenize.Token, []*tokenWords) {
	i := 0
	for i < len(text) {
		// Skip whitespace, then take the span up to the next whitespace.
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isSpaceRune(r) {
			i += size
			continue
		}
		start, plain := i, true
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				if plain && !isASCIIAlnum(c) {
					plain = false
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				break
			}
			plain = false
			i += size
		}
		span := text[start:i]
		if plain && len(span) >= minPlainSpanLen {
			tokens = append(tokens, tokenize.Token{Text: span, Start: start})
			if withWords {
				tws = append(tws, l.words(span))
			}
			continue
		}
		n := len(tokens)
		var st *spanTokens
		tokens, st = t.appendSpan(tokens, span, start, l)
		if withWords {
			if st != nil {
				tws = append(tws, st.words()...)
			} else {
				for _, tok := range tokens[n:] {
					tws = append(tws, l.words(tok.Text))
				}
			}
		}
	}
	return tokens, tws
}

// appendSpan appends prose's tokens of one whitespace-free span.
func (t tokenizer) appendSpan(tokens []tokenize.Token, span string, base int, l *localCache) ([]tokenize.Token, *spanTokens) {
	if len(span) > maxCachedSpan {
		// prose peels a span's leading and trailing quotes and brackets one
		// at a time, each time matching its patterns against the rest, so a
		// run of thousands of them costs quadratic time (8,000 quotes: 2 s).
		// A span longer than any word is tokenized in pieces: the tokens
		// differ from prose's only at the cuts, inside text no pattern reads.
		for off := 0; off < len(span); {
			end := min(off+maxProseSpan, len(span))
			for end < len(span) && !utf8.RuneStart(span[end]) {
				end++
			}
			for _, tok := range t.prose.Tokenize(span[off:end]) {
				tok.Start += base + off
				tokens = append(tokens, tok)
			}
			off = end
		}
		return tokens, nil
	}
	st := l.span(span, t.spanTokens)
	offsets := st.offsets
	for _, o := range offsets {
		tokens = append(tokens, tokenize.Token{Text: span[o.start:o.end], Start: base + int(o.start)})
	}
	return tokens, st
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return unicode.IsSpace(r)
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
