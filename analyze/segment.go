package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
)

// segmentBlock is prose's sentence segmentation of a block, without running
// it where its answer is known: prose's segmenter (Punkt) only ends a
// sentence at a token carrying ".", "?" or "!", so a block with none of
// them before its closing punctuation (a greeting, a list item, a heading,
// a one-sentence paragraph) is one sentence, trimmed of white space.
// TestSegmentShortcut and FuzzSegmentShortcut check this against prose.
func segmentBlock(seg *segment.Segmenter, block string) []segment.Sentence {
	if !isOneSentence(block) {
		return seg.Segment(block)
	}
	start, end := 0, len(block)
	for start < end {
		r, size := utf8.DecodeRuneInString(block[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(block[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if start == end {
		return nil
	}
	return []segment.Sentence{{Text: block[start:end], Start: start}}
}

// isOneSentence reports whether block has no sentence-ending punctuation
// except in the closing punctuation and quotes of its last word.
func isOneSentence(block string) bool {
	body := strings.TrimRightFunc(strings.TrimRightFunc(block, unicode.IsSpace), func(r rune) bool {
		return strings.ContainsRune(`.?!"')]’”`, r)
	})
	return !strings.ContainsAny(body, ".?!")
}
