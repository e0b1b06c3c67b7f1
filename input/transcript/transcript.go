package transcript

import (
	"errors"
	"fmt"
	"strings"
)

// Turn is a stretch of Text spoken by one speaker: byte offsets into Text.
// Text[Start:End] begins with the turn's first spoken byte and ends with its
// last; between them lie the blanked timing lines and cue identifiers of the
// cues that make up the turn.
type Turn struct {
	// Speaker is the name from the cues' voice span or prefix, with runs of
	// white space collapsed to one space; "" when the cues name nobody.
	Speaker string
	// Start and End are byte offsets into Text, Start < End.
	Start, End int
}

// Transcript is a parsed transcript.
type Transcript struct {
	// Text has the byte length of the source, with every '\n' and '\r' where
	// it was; everything that is not spoken words is replaced by spaces.
	Text string
	// Turns are in order, non-overlapping and within [0, len(Text)].
	Turns []Turn
	// Warnings describe tolerated problems, each naming its line
	// ("line 12: ..."). At most MaxWarnings are kept, then one that counts the
	// rest, then, never dropped, the one saying MaxCues was reached.
	Warnings []string
}

// ErrNotVTT reports a file that does not start with the WebVTT signature.
var ErrNotVTT = errors.New(`not a WebVTT file: the first line is not "WEBVTT"`)

// ErrNotSRT reports a file with no SubRip timing line in its first blocks.
var ErrNotSRT = fmt.Errorf(`not a SubRip file: none of the first %d blocks has a timing line such as "00:00:01,000 --> 00:00:04,000"`, SRTProbeBlocks)

// Limits that keep memory bounded on hostile input. Work is linear in the
// input's size whatever it holds.
const (
	// MaxCues is the number of cues read; the rest of the file is left as
	// plain text, attributed to no speaker, with a warning. Fifty thousand
	// cues is well over a day of continuous speech.
	MaxCues = 50000
	// MaxSpeakerChangesPerCue bounds the voice spans and speaker prefixes
	// honoured in one cue (and so the turns one cue can make); later ones are
	// blanked but do not change the speaker.
	MaxSpeakerChangesPerCue = 16
	// MaxWarnings is the number of warnings kept.
	MaxWarnings = 100
	// MaxSpeakerNameBytes is the longest speaker name taken from a "Name:"
	// or "[Name]" prefix.
	MaxSpeakerNameBytes = 64
	// SRTProbeBlocks is how many blocks ParseSRT looks through for a timing
	// line before deciding the input is not SubRip.
	SRTProbeBlocks = 5
)

const bom = "\uFEFF"

// ParseVTT parses a WebVTT file. It returns ErrNotVTT when the first line
// (after an optional byte order mark) is not "WEBVTT", alone or followed by
// a space or tab and any text. Any other problem is tolerated and reported
// in Warnings.
func ParseVTT(src string) (*Transcript, error) {
	p := newParser(src, true)
	first, ok := p.lines.next()
	if !ok || !isVTTSignature(src[first.start:first.end]) {
		return nil, ErrNotVTT
	}
	p.blankLine(first)
	// The header block: metadata such as "Kind: captions", up to a blank line.
	for {
		l, ok := p.lines.peek()
		if !ok || p.isBlank(l) {
			break
		}
		if p.hasArrow(l) {
			p.warnf(l.num, "no blank line between the header and the first cue")
			break
		}
		p.lines.next()
		p.blankLine(l)
	}
	p.body()
	return p.result(), nil
}

// ParseSRT parses a SubRip file. It returns ErrNotSRT when none of the first
// SRTProbeBlocks blocks has a timing line. Any other problem is tolerated and
// reported in Warnings.
func ParseSRT(src string) (*Transcript, error) {
	if !looksLikeSRT(src) {
		return nil, ErrNotSRT
	}
	p := newParser(src, false)
	p.body()
	return p.result(), nil
}

func isVTTSignature(first string) bool {
	rest, ok := strings.CutPrefix(first, "WEBVTT")
	return ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t')
}

// looksLikeSRT reports whether one of the first SRTProbeBlocks blocks has a
// timing line as its first or second line (after the sequence number).
func looksLikeSRT(src string) bool {
	lines := newLineScanner(src)
	blocks, inBlock, lineInBlock := 0, false, 0
	for {
		l, ok := lines.next()
		if !ok {
			return false
		}
		text := src[l.start:l.end]
		if isBlankText(text) {
			inBlock = false
			continue
		}
		if !inBlock {
			blocks++
			if blocks > SRTProbeBlocks {
				return false
			}
			inBlock, lineInBlock = true, 0
		}
		lineInBlock++
		if lineInBlock <= 2 && isTimingLine(text) {
			return true
		}
	}
}
