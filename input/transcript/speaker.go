package transcript

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// speakerMarker recognises a speaker written at the start of a cue text
// line (text starts after any leading white space and tags):
//
//   - "- Name: words" and "[Name] words" (also "[Name]: words"), on any line
//     of a cue, as SubRip exports write dialogue;
//   - "Name: words", on the first line of a cue only, since a later line is
//     more often the speaker's own "Budget: we are over".
//
// It returns the name and the length of the marker to blank.
func speakerMarker(text string, firstLine bool) (name string, n int, ok bool) {
	for _, dash := range []string{"-", "–", "—"} {
		if rest, found := strings.CutPrefix(text, dash); found {
			spaces := len(rest) - len(strings.TrimLeft(rest, " \t"))
			if name, m, ok := namePrefix(rest[spaces:]); ok {
				return name, len(dash) + spaces + m, true
			}
			return "", 0, false
		}
	}
	if strings.HasPrefix(text, "[") {
		return bracketPrefix(text)
	}
	if firstLine {
		return namePrefix(text)
	}
	return "", 0, false
}

// namePrefix recognises "Name:" followed by white space or the end of the
// line, so that "10:30", "http://x" and "ratio 3:1" are not speakers.
func namePrefix(text string) (string, int, bool) {
	colon := strings.IndexByte(text[:min(len(text), MaxSpeakerNameBytes+1)], ':')
	if colon <= 0 {
		return "", 0, false
	}
	if after := colon + 1; after < len(text) && text[after] != ' ' && text[after] != '\t' {
		return "", 0, false
	}
	name, ok := speakerName(text[:colon])
	return name, colon + 1, ok
}

// bracketPrefix recognises "[Name]" or "[Name]:" followed by white space or
// the end of the line. Sound descriptions such as "[Music]" are refused by
// speakerName's deny list.
func bracketPrefix(text string) (string, int, bool) {
	closing := strings.IndexByte(text[:min(len(text), MaxSpeakerNameBytes+2)], ']')
	if closing <= 1 {
		return "", 0, false
	}
	end := closing + 1
	if end < len(text) && text[end] == ':' {
		end++
	}
	if end < len(text) && text[end] != ' ' && text[end] != '\t' {
		return "", 0, false
	}
	name, ok := speakerName(text[1:closing])
	return name, end, ok
}

// speakerName decides whether a candidate found before a colon or inside
// brackets is a person's name or label, and returns it with white space
// collapsed. A name is one to four words; the first starts with a capital
// letter (or a letter of a script without case, such as Chinese); later
// words are capitalised too, or name particles ("van", "de"), or a number
// ending a label ("Speaker 2", "Guest 1"). Words hold letters, apostrophes,
// hyphens, and underscores ("SPEAKER_01", where digits may follow an
// underscore); a full stop is allowed only in initials and titles ("J.",
// "Dr."). Sentence punctuation, digits inside words ("Q3") and the words of
// denyWords refuse the candidate.
func speakerName(candidate string) (string, bool) {
	if len(candidate) > MaxSpeakerNameBytes {
		return "", false
	}
	words := strings.Fields(candidate)
	if len(words) == 0 || len(words) > 4 {
		return "", false
	}
	last := len(words) - 1
	for k, w := range words {
		lower := strings.ToLower(w)
		if denyWords[strings.TrimSuffix(lower, ".")] {
			return "", false
		}
		switch {
		case k == 0 && lower == "speaker" && len(words) == 2 && isDigits(words[1]):
			// "speaker 1", as some tools write it
		case isDigits(w):
			if k == 0 || k != last || denyNumbered[strings.ToLower(words[0])] {
				return "", false
			}
		case nameParticles[w]:
			if k == 0 || k == last {
				return "", false
			}
		case !isNameWord(w):
			return "", false
		}
	}
	return strings.Join(words, " "), true
}

// isNameWord: see speakerName.
func isNameWord(w string) bool {
	first, size := utf8.DecodeRuneInString(w)
	if !unicode.IsLetter(first) || unicode.IsLower(first) {
		return false
	}
	if titles[strings.ToLower(w)] || isInitials(w) {
		return true
	}
	underscore := false
	for _, r := range w[size:] {
		switch {
		case unicode.IsLetter(r) || unicode.IsMark(r):
		case r == '\'' || r == '’' || r == '-':
		case r == '_':
			underscore = true
		case r >= '0' && r <= '9' && underscore:
		default:
			return false
		}
	}
	return true
}

// isInitials recognises "J." and "J.R.".
func isInitials(w string) bool {
	if len(w) < 2 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

func isDigits(w string) bool {
	if w == "" || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// titles may end in a full stop inside a name.
var titles = map[string]bool{
	"dr.": true, "mr.": true, "mrs.": true, "ms.": true, "mx.": true,
	"prof.": true, "jr.": true, "sr.": true, "st.": true,
}

// nameParticles are lower-case words inside names: "Anna de Vries".
var nameParticles = map[string]bool{
	"de": true, "da": true, "del": true, "della": true, "der": true, "den": true,
	"di": true, "do": true, "dos": true, "du": true, "la": true, "le": true,
	"van": true, "von": true, "ter": true, "ten": true, "bin": true, "ibn": true,
	"al": true, "el": true, "y": true,
}

// denyWords are words that, anywhere in a candidate, show it is a label of
// the text rather than a speaker: "Note:", "Re:", "Action items:", "URGENT:",
// sound descriptions such as "[Music]", and sentence openers such as
// "Okay:". Kept small on purpose: a name is rarely one of these words.
var denyWords = map[string]bool{
	"note": true, "notes": true, "re": true, "fw": true, "fwd": true, "ps": true,
	"p.s": true, "subject": true, "cc": true, "bcc": true, "agenda": true,
	"topic": true, "summary": true, "recap": true, "update": true, "updates": true,
	"status": true, "reminder": true, "warning": true, "important": true,
	"urgent": true, "fyi": true, "todo": true, "tip": true, "question": true,
	"questions": true, "answer": true, "example": true, "edit": true,
	"correction": true, "translation": true, "caption": true, "captions": true,
	"transcript": true, "source": true, "url": true, "http": true, "https": true,
	"email": true, "attention": true, "alert": true, "steps": true, "items": true,
	"action": true, "actions": true, "decision": true, "decisions": true,
	"outcome": true, "result": true, "results": true, "owner": true,
	"deadline": true, "attendees": true, "blockers": true, "risks": true,
	"next": true, "background": true, "context": true, "problem": true,
	"solution": true, "music": true, "applause": true, "laughter": true,
	"laughs": true, "laughing": true, "inaudible": true, "crosstalk": true,
	"silence": true, "noise": true, "indistinct": true, "unintelligible": true,
	"sighs": true, "chuckles": true, "coughs": true, "cheering": true,
	"ok": true, "okay": true, "yes": true, "no": true, "so": true, "hi": true,
	"hello": true, "hey": true, "thanks": true, "dear": true, "everyone": true,
	"and": true, "or": true, "but": true, "the": true, "also": true,
	"however": true,
}

// denyNumbered are first words of numbered headings that look like
// "Speaker 2": "Step 1:", "Sprint 14:", "Slide 3:".
var denyNumbered = map[string]bool{
	"step": true, "part": true, "chapter": true, "item": true, "slide": true,
	"page": true, "section": true, "goal": true, "option": true, "phase": true,
	"day": true, "week": true, "round": true, "rule": true, "sprint": true,
	"release": true, "milestone": true, "task": true, "figure": true,
	"table": true, "level": true, "version": true, "point": true, "room": true,
	"session": true, "track": true, "module": true, "lesson": true, "unit": true,
	"episode": true, "issue": true, "ticket": true, "story": true, "epic": true,
	"bug": true, "year": true, "quarter": true, "floor": true, "line": true,
}
