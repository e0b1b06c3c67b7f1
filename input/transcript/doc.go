// Package transcript reads meeting transcripts (WebVTT exports from Zoom,
// Teams and Google Meet, and SubRip .srt files) so that leadlint analyses
// what the speakers said, and whose words they were.
//
// ParseVTT and ParseSRT return a Transcript whose Text has exactly the
// source's byte length, with every '\n' and '\r' where it was: everything
// that is not spoken words is replaced by ASCII spaces (a multi-byte
// character by as many spaces as it has bytes). Blanked are the WEBVTT line
// and its header block; NOTE, STYLE and REGION blocks; cue identifiers and
// SubRip sequence numbers; timing lines with their cue settings; cue tags
// (<v Name>, </v>, <c.class>, <b>, <i>, <u>, <lang en>, <ruby>, <rt> and
// the ruby text inside it, timestamp tags such as <00:00:02.000>, SubRip's
// <font>) and ASS overrides such as {\an8}; and speaker prefixes. Offsets,
// line numbers and columns computed on Text therefore point into the
// original file.
//
// Character references (&amp; &lt; &gt; &quot; &apos; &nbsp; &lrm; &rlm;, a
// few typographic ones such as &rsquo;, and numeric ones like &#39;) are
// replaced in place by their character followed by spaces up to the
// reference's length. Inside a word, when the rest of the word fits in those
// spaces, it moves up to close the gap ("don&#39;t" becomes "don't    ", not
// "don'    t"), so that a contraction and its negation stay one word; only
// bytes inside a reference ever differ from the source. References to invisible characters (no-break space,
// direction marks, other format and control characters) become spaces, so
// that no reference can hide a word boundary or add a line break. Both
// formats decode references, since converted SubRip files carry them too.
//
// # Speakers
//
// A cue's speaker comes from:
//
//   - a WebVTT voice span, <v Name> or <v.class Name>, anywhere in the cue;
//     a later voice span in the same cue changes the speaker from there on,
//     and once a cue has one, the prefixes below are not looked for;
//   - "- Name: words" or "[Name] words" at the start of any line of the cue
//     (SubRip dialogue conventions, accepted in WebVTT too);
//   - "Name: words" at the start of the cue's first line.
//
// A prefix name is one to four words starting with a capital letter, an
// all-capitals label, or a "Speaker 1"-style label, without sentence
// punctuation; a small deny list keeps "Note:", "Re:", "Action items:",
// "[Music]" and the like from becoming speakers, and the colon must be
// followed by white space, so "10:30" and "http://" never are. A refused
// candidate stays in Text as words: "[Music]" is then an unknown speaker's.
// Names are compared exactly, so "ALICE" and "Alice" are two speakers.
//
// A cue without any speaker marker has speaker "" (unknown). It does not
// inherit the previous cue's speaker: exporters that name speakers name them
// on every cue, and guessing from timing would make the result depend on
// the exporter's line-splitting. Consecutive cues of the same speaker form
// one Turn, from the first spoken byte of the first cue to the last spoken
// byte of the last.
//
// # Blocks
//
// Cues are separated by blank lines, and those stay blank in Text (timing
// lines and identifiers become blank lines too), so the analyser treats
// every cue as a block of its own: no sentence crosses a cue boundary. A
// sentence that an exporter split across two cues ("so I think we should" /
// "move the launch") is therefore scored as two pieces. The lines of one
// cue stay together.
//
// # Tolerance and limits
//
// Malformed input never causes an error beyond ErrNotVTT and ErrNotSRT, and
// never a panic: each tolerated problem adds a warning naming its line.
//
//   - A timing line that cannot be read still ends the cue's header; the
//     cue's text is kept.
//   - A timing line with no blank line before it starts a new cue; an
//     identifier-like line just before it (a number, or a Teams/Meet-style
//     id) is taken as that cue's identifier.
//   - Text with no timing line (WebVTT players drop it) is kept as words,
//     since in a transcript it is most often speech that lost its timing
//     line or was split off by a stray blank line.
//   - A "<" that does not close with ">" on the same line is text.
//
// Work is linear in the input's size. At most MaxCues cues are read; the
// rest of the file is then left as it is, as plain text with no speaker, and
// a warning says so. MaxSpeakerChangesPerCue and MaxWarnings bound the rest
// of what the parser keeps.
package transcript
