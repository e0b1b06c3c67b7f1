package analyze

import "github.com/leadlint/leadlint/lexicons"

// Label is the verdict on a sentence or a document.
type Label string

const (
	LabelDirective  Label = "directive"
	LabelEmpowering Label = "empowering"
	LabelMixed      Label = "mixed"
	LabelNeutral    Label = "neutral"
)

// Kind says whether a signal comes from a lexicon entry or a grammar rule.
type Kind string

const (
	KindLexicon Kind = "lexicon"
	KindGrammar Kind = "grammar"
)

// Document is the analysis of one text.
type Document struct {
	Path  string `json:"path"`
	Label Label  `json:"label"`
	// Scores are the document's overall scores.
	Scores Scores `json:"scores"`
	// Words counts the words (not punctuation) of the text.
	Words int `json:"words"`
	// Sentences lists every sentence, flagged or not, in text order.
	Sentences []Sentence `json:"sentences"`
	// Dimensions breaks the scores down by lexicon dimension, in lexicon order.
	Dimensions []DimensionScore `json:"dimensions"`
	// Pronouns is the first- and second-person pronoun profile.
	Pronouns Pronouns `json:"pronouns"`
	// Top lists the strongest sentences on each side.
	Top Top `json:"top"`
	// Metadata holds what the input format knows about the document
	// (an email's From and Subject, say); empty for plain text.
	Metadata map[string]string `json:"metadata,omitempty"`
	// Speakers scores each speaker of a transcript; empty otherwise.
	Speakers []SpeakerScore `json:"speakers"`
	// Warnings say what was repaired or skipped while reading the document.
	Warnings []string `json:"warnings"`
}

// SpeakerScore is one speaker's share of a transcript, scored as if their
// sentences were a document of their own.
type SpeakerScore struct {
	// Name is the speaker; "" when the transcript did not say who spoke.
	Name      string `json:"name"`
	Label     Label  `json:"label"`
	Scores    Scores `json:"scores"`
	Sentences int    `json:"sentences"`
	Words     int    `json:"words"`
}

// Scores are a document's (or a dimension's) scores.
type Scores struct {
	// Directive and Empowering are the mean signal strength per sentence on
	// each side (0 when the text has no cue of that pole).
	Directive  float64 `json:"directive"`
	Empowering float64 `json:"empowering"`
	// Balance is in [-1, 1]: negative is directive, positive empowering. It is
	// smoothed towards 0 so that a few weak cues in a long text cannot swing it.
	Balance float64 `json:"balance"`
	// Flagged counts the sentences with a directive or empowering label.
	Flagged int `json:"flagged"`
}

// Sentence is one analysed sentence.
type Sentence struct {
	Index  int `json:"index"`
	Line   int `json:"line"`
	Column int `json:"column"`
	// Start and End are byte offsets of the sentence in the document.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Speaker is who said the sentence, in transcripts.
	Speaker    string   `json:"speaker,omitempty"`
	Label      Label    `json:"label"`
	Directive  float64  `json:"directive"`
	Empowering float64  `json:"empowering"`
	Signals    []Signal `json:"signals"`
}

// Flagged reports whether the sentence leans to one side or both.
func (s *Sentence) Flagged() bool { return s.Label != LabelNeutral }

// Signal is one cue found in a sentence.
type Signal struct {
	// ID is the lexicon entry or grammar rule, e.g. "empowerment.micromanage"
	// or "grammar.imperative".
	ID   string `json:"id"`
	Kind Kind   `json:"kind"`
	// Text is the matched text, verbatim.
	Text   string `json:"text"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	// Pole is the side the signal counts for, after negation.
	Pole      lexicons.Pole `json:"pole"`
	Dimension string        `json:"dimension"`
	// Weight is the strength the signal adds, after softeners, intensifiers
	// and negation; BaseWeight is the lexicon's weight.
	Weight     float64 `json:"weight"`
	BaseWeight float64 `json:"base_weight"`
	// Negated: a negation in the clause flipped the cue to the other pole.
	Negated bool `json:"negated"`
	// Softened: a softener ("please", "could you", a reason) lowered it.
	Softened bool `json:"softened"`
	// Intensified: urgency or emphasis ("ASAP", "!", capitals) raised it.
	Intensified bool `json:"intensified"`
	// Source is the article section the cue derives from.
	Source string `json:"source"`
	// Suggestion says how to rephrase a directive cue.
	Suggestion string `json:"suggestion,omitempty"`
}

// DimensionScore is a document's score on one dimension.
type DimensionScore struct {
	ID         string  `json:"id"`
	Title      string  `json:"title"`
	Directive  float64 `json:"directive"`
	Empowering float64 `json:"empowering"`
	Balance    float64 `json:"balance"`
	Signals    int     `json:"signals"`
}

// Pronouns counts first- and second-person pronouns; rates are per 100 words.
// They describe standing and style, and are reported, never scored.
type Pronouns struct {
	I       int     `json:"i"`
	We      int     `json:"we"`
	You     int     `json:"you"`
	IRate   float64 `json:"i_rate"`
	WeRate  float64 `json:"we_rate"`
	YouRate float64 `json:"you_rate"`
}

// Top lists the strongest sentences on each side.
type Top struct {
	Directive  []TopSentence `json:"directive"`
	Empowering []TopSentence `json:"empowering"`
}

// TopSentence points at a sentence of Document.Sentences.
type TopSentence struct {
	Index  int     `json:"index"`
	Line   int     `json:"line"`
	Column int     `json:"column"`
	Score  float64 `json:"score"`
	Text   string  `json:"text"`
}
