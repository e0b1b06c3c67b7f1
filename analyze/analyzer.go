package analyze

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tokenize"
	"github.com/leadlint/leadlint/lexicons"
)

// Options configure an Analyzer.
type Options struct {
	// Lexicon to score with; nil means lexicons.Default().
	Lexicon *lexicons.Lexicon
	// Disabled lists entry and rule IDs to ignore.
	Disabled []string
	// TopN is how many sentences Document.Top lists per side; 0 means 3.
	TopN int
}

// Analyzer scores texts. It is safe for concurrent use; build one per
// process and share it, since building compiles the whole lexicon.
type Analyzer struct {
	lex      *lexicons.Lexicon
	nlp      *nlp
	matcher  *matcher
	rules    map[string]*lexicons.Rule
	negEntry map[*lexicons.Entry]bool // the entry's pattern contains a negator
	topN     int
}

// Preload starts loading prose's models in the background, so that a
// caller can load its lexicon meanwhile; New waits for them either way.
func Preload() { go sharedNLP() }

// New builds an Analyzer.
func New(opts Options) (*Analyzer, error) {
	lex := opts.Lexicon
	if lex == nil {
		var err error
		if lex, err = lexicons.Default(); err != nil {
			return nil, fmt.Errorf("loading the embedded lexicon: %w", err)
		}
	}
	disabled := map[string]bool{}
	for _, id := range opts.Disabled {
		disabled[id] = true
	}
	var entries []lexicons.Entry
	for _, e := range lex.Entries {
		if !disabled[e.ID] {
			entries = append(entries, e)
		}
	}
	// The patterns compile before the models are waited for: with Preload
	// the two run side by side.
	m, err := newMatcher(entries)
	if err != nil {
		return nil, err
	}
	n, err := sharedNLP()
	if err != nil {
		return nil, fmt.Errorf("loading prose models: %w", err)
	}
	a := &Analyzer{lex: lex, nlp: n, matcher: m, rules: map[string]*lexicons.Rule{}, negEntry: map[*lexicons.Entry]bool{}, topN: opts.TopN}
	if a.topN <= 0 {
		a.topN = 3
	}
	for _, id := range ruleIDs {
		r, ok := lex.Rule(id)
		if !ok {
			return nil, fmt.Errorf("the lexicon has no data for grammar rule %q (rules.yaml)", id)
		}
		if !disabled[id] {
			a.rules[id] = &r
		}
	}
	// The matcher points into entries, so negEntry is keyed by the same pointers.
	for i := range entries {
		e := &entries[i]
		for _, s := range e.Slots {
			for _, alt := range s.Alts {
				for _, w := range patternWords(alt.Word) {
					if negators[w] || cessation[w] {
						a.negEntry[e] = true
					}
				}
			}
		}
	}
	return a, nil
}

// Lexicon returns the lexicon the analyzer scores with.
func (a *Analyzer) Lexicon() *lexicons.Lexicon { return a.lex }

// Input is a text to analyse, with what its format knows about it.
type Input struct {
	// Path names the document in the report.
	Path string
	// Text is what is analysed; offsets, lines and columns refer to it.
	Text string
	// Metadata is copied to the report (an email's From and Subject, say).
	Metadata map[string]string
	// Turns attribute stretches of Text to speakers (transcripts).
	Turns []Turn
	// Warnings are copied to the report (a repaired encoding, say).
	Warnings []string
	// LineBlocks: every line is a paragraph of its own (a Word document's
	// extracted text), so no sentence crosses a line break.
	LineBlocks bool
}

// Turn is a stretch of an input's text spoken by one speaker: byte offsets.
type Turn struct {
	Speaker    string
	Start, End int
}

// Analyze scores one document. path is only recorded in the result.
func (a *Analyzer) Analyze(path, text string) *Document {
	doc, _ := a.AnalyzeInput(context.Background(), Input{Path: path, Text: text})
	return doc
}

// AnalyzeContext is Analyze with cancellation, checked between sentences.
func (a *Analyzer) AnalyzeContext(ctx context.Context, path, text string) (*Document, error) {
	return a.AnalyzeInput(ctx, Input{Path: path, Text: text})
}

// AnalyzeInput scores one input, with cancellation checked between
// sentences.
func (a *Analyzer) AnalyzeInput(ctx context.Context, in Input) (*Document, error) {
	text := in.Text
	li := newLineIndex(text)
	doc := &Document{Path: in.Path, Sentences: []Sentence{}, Metadata: in.Metadata, Warnings: append([]string{}, in.Warnings...)}
	// In a transcript, a cue's lines are short by nature: only blank lines
	// (between cues) end a block. In a Word document every line is a paragraph.
	blocks := splitBlocks
	switch {
	case in.LineBlocks:
		blocks = splitLines
	case len(in.Turns) > 0:
		blocks = splitParagraphs
	}
	sc := getScratch(a)
	defer putScratch(sc)
	var wordCounts []int // per sentence, for the speakers' scores
	err := a.eachSentence(ctx, text, blocks, sc, func(sp span) {
		s := a.scoreSentence(text, sp, li)
		s.Index = len(doc.Sentences)
		s.Speaker = speakerAt(in.Turns, sp.start)
		doc.Sentences = append(doc.Sentences, s)
		n := countWords(sp.words)
		doc.Words += n
		wordCounts = append(wordCounts, n)
		countPronouns(&doc.Pronouns, sp.words)
	})
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(text) == "" {
		doc.Warnings = append(doc.Warnings, WarningEmpty)
	}
	a.scoreDocument(doc)
	doc.Speakers = a.speakerScores(doc, wordCounts, in.Turns)
	return doc, nil
}

// WarningEmpty marks a document with no text to analyse.
const WarningEmpty = "empty document: no text to analyse"

func countWords(ws []word) int {
	n := 0
	for _, w := range ws {
		if !w.punct && w.first {
			n++
		}
	}
	return n
}

// speakerAt returns the speaker of the turn containing offset, or "".
func speakerAt(turns []Turn, offset int) string {
	i := sort.Search(len(turns), func(i int) bool { return turns[i].End > offset })
	if i < len(turns) && turns[i].Start <= offset {
		return turns[i].Speaker
	}
	return ""
}

// speakerScores scores each speaker's sentences as if they were a document
// of their own, in order of first appearance.
func (a *Analyzer) speakerScores(doc *Document, wordCounts []int, turns []Turn) []SpeakerScore {
	out := []SpeakerScore{}
	if len(turns) == 0 {
		return out
	}
	index := map[string]int{}
	var groups [][]Sentence
	words := []int{}
	for i, s := range doc.Sentences {
		k, ok := index[s.Speaker]
		if !ok {
			k = len(groups)
			index[s.Speaker] = k
			groups = append(groups, nil)
			words = append(words, 0)
			out = append(out, SpeakerScore{Name: s.Speaker})
		}
		groups[k] = append(groups[k], s)
		words[k] += wordCounts[i]
	}
	for k := range out {
		sub := &Document{Sentences: groups[k], Words: words[k]}
		a.scoreDocument(sub)
		out[k].Label, out[k].Scores, out[k].Sentences, out[k].Words = sub.Label, sub.Scores, len(groups[k]), words[k]
	}
	return out
}

// AnalyzeSentence scores a single sentence of text (the whole text is
// treated as one sentence), for lexicon checks and evaluation.
func (a *Analyzer) AnalyzeSentence(text string) Sentence {
	sp := span{start: 0, end: len(text), words: a.words(text, 0)}
	return a.scoreSentence(text, sp, newLineIndex(text))
}

// Bounds that keep time and memory linear on hostile input (a 100 MB file
// without a line break): blocks are cut at whitespace before maxBlockBytes
// for the segmenter, and sentences longer than maxSentenceWords are scored
// in chunks.
const (
	maxBlockBytes    = 64 << 10
	maxSentenceWords = 200
)

// eachSentence segments text into sentences and calls fn with each, its
// words made in sc: a sentence's words live only until fn returns, so one
// buffer serves a whole document and the next.
func (a *Analyzer) eachSentence(ctx context.Context, text string, split func(string) [][2]int, sc *scratch, fn func(span)) error {
	lastEnd := 0
	for _, b := range split(text) {
		for _, piece := range cutBlock(text, b[0], b[1]) {
			if err := ctx.Err(); err != nil {
				return err
			}
			block := text[piece[0]:piece[1]]
			for _, s := range segmentBlock(a.nlp.segmenter, block) {
				start := piece[0] + s.Start
				ws := sc.words(s.Text, start)
				if len(ws) > 0 && ws[0].start < lastEnd {
					continue // defensive: never emit overlapping sentences
				}
				for len(ws) > maxSentenceWords {
					// The words of one token ("I've": "i", "have") share its
					// span, so a chunk never ends between them.
					cut := maxSentenceWords
					for cut < len(ws) && ws[cut].start < ws[cut-1].end {
						cut++
					}
					chunk := ws[:cut]
					fn(span{start: chunk[0].start, end: chunk[len(chunk)-1].end, words: chunk})
					lastEnd = chunk[len(chunk)-1].end
					ws = ws[cut:]
				}
				if len(ws) == 0 {
					continue
				}
				end := start + len(s.Text)
				if ws[0].start > start {
					start = ws[0].start // after a chunked prefix
				}
				fn(span{start: start, end: end, words: ws})
				lastEnd = end
			}
		}
	}
	return nil
}

// cutBlock splits [start, end) into pieces of at most maxBlockBytes, cutting
// at the last whitespace before the limit (or at a character boundary).
func cutBlock(text string, start, end int) [][2]int {
	var out [][2]int
	for end-start > maxBlockBytes {
		cut := start + maxBlockBytes
		if i := strings.LastIndexAny(text[start:cut], " \t\n"); i > 0 {
			cut = start + i + 1
		} else {
			for cut > start && !utf8.RuneStart(text[cut]) {
				cut--
			}
		}
		out = append(out, [2]int{start, cut})
		start = cut
	}
	return append(out, [2]int{start, end})
}

// words makes a sentence's words in fresh memory (for single sentences;
// documents use a scratch).
func (a *Analyzer) words(sentence string, base int) []word {
	sc := &scratch{nlp: a.nlp}
	return sc.words(sentence, base)
}

// scratch holds the buffers one sentence's words are made in, reused from
// sentence to sentence and, through a pool, from document to document.
type scratch struct {
	nlp    *nlp
	toks   []tokenize.Token
	ws     []word
	tws    []*tokenWords // the tokens' words, beside toks
	tags   sentTags
	local  *localCache
	shared bool // whether the scratch goes back to the pool
}

var scratchPool sync.Pool

// maxPooledWords: a scratch grown by a pathological sentence is dropped,
// not kept.
const maxPooledWords = 4096

func getScratch(a *Analyzer) *scratch {
	if sc, ok := scratchPool.Get().(*scratch); ok && sc.nlp == a.nlp {
		return sc
	}
	return &scratch{nlp: a.nlp, shared: true}
}

func putScratch(sc *scratch) {
	if !sc.shared || cap(sc.ws) > maxPooledWords || cap(sc.toks) > maxPooledWords {
		return
	}
	// Drop the references into the document's text, so a pooled scratch
	// does not keep the document alive.
	clear(sc.toks[:cap(sc.toks)])
	clear(sc.ws[:cap(sc.ws)])
	clear(sc.tws[:cap(sc.tws)])
	sc.tags = sentTags{}
	scratchPool.Put(sc)
}

func (sc *scratch) words(sentence string, base int) []word {
	if sc.local == nil && sc.shared {
		sc.local = newLocalCache() // a pooled scratch sees many documents
	}
	sc.toks, sc.tws = sc.nlp.tokenizer.appendTokenWords(sc.toks[:0], sc.tws[:0], sentence, sc.local, true)
	sc.tags = sentTags{tagger: sc.nlp.tagger, toks: sc.toks, tagged: sc.tags.tagged[:0]}
	sc.ws = appendWords(sc.ws[:0], sc.toks, sc.tws, base, &sc.tags, sc.local)
	return sc.ws
}

// sentenceCap bounds one sentence's strength per side, so a run-on sentence
// stuffed with cues counts as strongly directive, not as ten sentences.
const sentenceCap = 3.0

// Negated cues count for the other pole at a fraction of their weight:
// "I don't want to micromanage" is a weaker empowering statement than "I
// trust you", and "never try anything new" a weaker order than "don't".
const (
	negatedDirectiveFactor  = 0.6
	negatedEmpoweringFactor = 0.7
)

func (a *Analyzer) scoreSentence(text string, sp span, li *lineIndex) Sentence {
	ws := sp.words
	line, col := li.position(sp.start)
	s := Sentence{Line: line, Column: col, Start: sp.start, End: sp.end, Text: text[sp.start:sp.end], Signals: []Signal{}}
	mods := findModifiers(ws)

	hits := a.matcher.find(ws)
	// "Stop by Friday", "come by at 3pm": "by" after a verb of visiting is
	// the verb's particle, not a deadline's preposition.
	hits = slices.DeleteFunc(hits, func(h hit) bool { return visitParticle(ws, h.from) || visionOnRecord(ws, h) })
	rules := grammarRules(ws)
	if len(rules) > 0 {
		mods.impersonal = false // an order or a question addresses someone
	}
	// "Great work, Priya.": addressed by name. Tested last, and only where
	// a lexicon cue would be discounted: finding a name may ask the tagger.
	if mods.impersonal && len(hits) > 0 && namesReader(ws) {
		mods.impersonal = false
	}
	if hasDirectiveHit(rules) {
		mods.ownPace = false // "I will need it asap, so send it today"
	} else if !mods.ownPace && hasHorizonDirective(hits) && pastReport(ws) {
		// "Error rate back to normal by 20:03", "by 3pm most of the team had
		// sent their reports": a deadline word in a report of what happened
		// presses no one, as in the writer's own commitment.
		mods.ownPace = true
	}
	// Negators that belong to a fixed expression ("don't hesitate to") do not
	// reach the cues around it.
	var owned []bool
	for _, h := range hits {
		if a.negEntry[h.entry] {
			if owned == nil {
				owned = make([]bool, len(ws))
			}
			for k := h.from; k < h.to; k++ {
				owned[k] = true
			}
		}
	}
	lexSignals := make([]Signal, 0, len(hits))
	poles := make([]lexicons.Pole, len(hits))
	lastNegator, lastEnd := -1, 0 // where the negator of the last negated cue stands, and where that cue ends
	for k, h := range hits {
		e := h.entry
		sig := a.signal(text, ws, h.from, h.to, li)
		sig.ID, sig.Kind, sig.Dimension, sig.Source = e.ID, KindLexicon, e.Dimension, e.Source
		sig.Pole, sig.BaseWeight, sig.Suggestion = e.Pole, e.Weight, e.Suggestion
		neg := negatorOf(ws, h.from, h.to, a.negEntry[e], owned)
		// "Agents may not offer credits without manager approval", "Don't
		// start without my sign-off": a cue that opens with its own negator
		// is restated, not reversed, by another before it.
		if neg >= 0 && a.negEntry[e] && (isNegator(ws, h.from) || ws[neg].norm == "without") {
			neg = -1 // "Expenses submitted without receipts will not be reimbursed" too
		}
		// "Nobody commits to pricing without clearing it with me first",
		// "Never ship without running the checks": "without" under another
		// negator makes the cue a condition that must be met.
		if neg >= 0 && ws[neg].norm == "without" && negatorInClauseBefore(ws, neg) {
			neg = -1
		}
		// "If the bug count isn't under 30 by Friday, we push the
		// release": a deadline in a condition's negated clause is still a
		// deadline (the condition is the threat), not one lifted.
		if neg >= 0 && e.Dimension == horizonDimension && conditionBefore(ws, neg) {
			neg = -1
		}
		// The negator of "not submitted by Friday" is spent on the
		// participle: it reaches no cue after the deadline either.
		if neg >= 0 && e.Dimension == horizonDimension && notDoneBy(ws, neg, h.from) {
			lastNegator, lastEnd = neg, h.to
			neg = -1
		}
		// "Staff not in uniform will be sent home": a negator inside the
		// subject's phrase stops at the modal of the clause's verb.
		if neg >= 0 && negatorInSubject(ws, neg, h.from) {
			neg = -1
		}
		// "You don't need my permission to experiment": a negator spends
		// itself on the first cue it reaches, unless the next is joined to
		// it by "or" ("don't micromanage or second-guess them").
		if neg >= 0 && neg == lastNegator && !joinedByOr(ws, lastEnd, h.from) {
			neg = -1
		} else if neg >= 0 {
			lastNegator, lastEnd = neg, h.to
		}
		sig.Negated = neg >= 0 || freedDeadline(ws, rules, h)
		a.finishSignal(&sig, mods, h.from, h.to)
		lexSignals = append(lexSignals, sig)
		poles[k] = sig.Pole
	}
	// An imperative whose verb opens or is followed by an empowering phrase
	// is an invitation ("Feel free to ...", "Don't wait for my sign-off"),
	// judged by the phrase's pole after negation.
	rules = slices.DeleteFunc(rules, func(r ruleHit) bool {
		return r.id == ruleImperative && startsEmpoweringHit(hits, poles, ws, r.from)
	})
	rules = firstOnly(rules, ruleImperative)
	// "could you send me the list when you get a sec, thanks": thanks said
	// with a request is the request's courtesy (it softens it, see
	// modifiers.go), not recognition of something done.
	if asksOrOrders(ws, rules) || signsOff(ws) {
		kept := lexSignals[:0] // lexSignals[k] is hits[k]'s
		for k, sig := range lexSignals {
			if !hits[k].entry.Courtesy {
				kept = append(kept, sig)
			}
		}
		lexSignals = kept
	}
	s.Signals = append(s.Signals, lexSignals...)
	for _, r := range rules {
		rule, ok := a.rules[r.id]
		if !ok {
			continue
		}
		sig := a.ruleSignal(text, ws, li, rule, r.from, r.to, r.scale)
		sig.Negated = r.negated
		a.finishSignal(&sig, mods, r.from, r.to)
		s.Signals = append(s.Signals, sig)
	}
	// An exclamation or a smiley with nothing directive in its sentence is
	// enthusiasm ("Congrats on the launch!"); beside an order or a
	// criticism an exclamation only intensifies them (see modifiers.go).
	i := exclamationAt(ws)
	if i < 0 {
		i = emoticonAt(s.Text, sp.start, ws)
	}
	// These two look at the sentence's other signals, so they come last and
	// take no modifiers.
	if i >= 0 && !hasStrongDirective(s.Signals) {
		if rule, ok := a.rules[ruleEnthusiasm]; ok {
			s.Signals = append(s.Signals, a.ruleSignal(text, ws, li, rule, i, i+1, 1))
		}
	}
	// A statement that opens with "you" and carries no other cue is an
	// assignment or a verdict addressed to the reader.
	if len(s.Signals) == 0 {
		if i := youStatementAt(ws); i >= 0 {
			if rule, ok := a.rules[ruleYouStatement]; ok {
				s.Signals = append(s.Signals, a.ruleSignal(text, ws, li, rule, i, i+1, 1))
			}
		}
	}
	sort.SliceStable(s.Signals, func(i, j int) bool { return s.Signals[i].Start < s.Signals[j].Start })

	for _, sig := range s.Signals {
		if sig.Pole == lexicons.Directive {
			s.Directive += sig.Weight
		} else {
			s.Empowering += sig.Weight
		}
	}
	s.Directive = round(math.Min(s.Directive, sentenceCap))
	s.Empowering = round(math.Min(s.Empowering, sentenceCap))
	s.Label = sentenceLabel(s.Directive, s.Empowering, hasDirectiveRule(s.Signals))
	return s
}

// ruleSignal is the signal of a grammar rule over words [from, to), its
// weight scaled, before modifiers (finishSignal applies them).
func (a *Analyzer) ruleSignal(text string, ws []word, li *lineIndex, rule *lexicons.Rule, from, to int, scale float64) Signal {
	sig := a.signal(text, ws, from, to, li)
	sig.ID, sig.Kind, sig.Dimension, sig.Source = rule.ID, KindGrammar, rule.Dimension, rule.Source
	sig.Pole, sig.BaseWeight, sig.Suggestion = rule.Pole, round(rule.Weight*scale), rule.Suggestion
	sig.Weight = sig.BaseWeight
	return sig
}

// hasStrongDirective: a directive signal other than a weak rule ("Let's
// do this!" is enthusiastic; "Send it now!" is not).
func hasStrongDirective(sigs []Signal) bool {
	for _, s := range sigs {
		if s.Pole == lexicons.Directive && !weakRules[s.ID] {
			return true
		}
	}
	return false
}

// firstOnly keeps the first hit of rule id and drops the rest: one order
// per sentence, however many clauses repeat it.
func firstOnly(rules []ruleHit, id string) []ruleHit {
	seen := false
	return slices.DeleteFunc(rules, func(r ruleHit) bool {
		if r.id != id {
			return false
		}
		if seen {
			return true
		}
		seen = true
		return false
	})
}

// startsEmpoweringHit: an empowering phrase covers the imperative verb at i
// or follows it within invitationReach words ("Go ahead and experiment",
// "Take a risk", "Trust your gut").
func startsEmpoweringHit(hits []hit, poles []lexicons.Pole, ws []word, i int) bool {
	for k, h := range hits {
		// Mild affect ("Make it happy again", "Send the nice deck") leaves
		// an order an order; an invitation needs a clear empowering phrase.
		if poles[k] != lexicons.Empowering || h.to <= i || h.from > i+invitationReach || h.entry.Weight < invitationMinWeight {
			continue
		}
		crosses := false
		for k := i; k < h.from; k++ {
			if isClauseBreak(ws, k) {
				crosses = true
				break
			}
		}
		if !crosses {
			return true
		}
	}
	return false
}

// invitationReach is how far after an imperative verb an empowering phrase
// turns the order into an invitation.
const invitationReach = 3

// invitationMinWeight is the weight an empowering phrase needs to make an
// imperative an invitation: the weak affect entries (0.1 to 0.3) do not.
const invitationMinWeight = 0.5

func (a *Analyzer) signal(text string, ws []word, from, to int, li *lineIndex) Signal {
	if to > len(ws) {
		to = len(ws)
	}
	if from >= to {
		from = to - 1
	}
	start, end := ws[from].start, ws[to-1].end
	line, col := li.position(start)
	return Signal{Text: text[start:end], Line: line, Column: col, Start: start, End: end}
}

// finishSignal applies negation, contrast, softeners and intensifiers to a signal.
func (a *Analyzer) finishSignal(sig *Signal, mods modifiers, from, to int) {
	w := sig.BaseWeight
	if mods.contrastEnd >= 0 && to <= mods.contrastEnd {
		w *= concededFactor
	}
	if mods.impersonal && sig.Kind == KindLexicon {
		w *= impersonalFactor
	}
	if mods.ownPace && sig.Kind == KindLexicon && sig.Dimension == horizonDimension && sig.Pole == lexicons.Directive {
		w *= ownPaceFactor
	}
	if sig.Kind == KindLexicon && mods.quoted(from, to) {
		w *= quotedFactor
	}
	if sig.Negated {
		if sig.Pole == lexicons.Directive {
			w *= negatedDirectiveFactor
		} else {
			w *= negatedEmpoweringFactor
			if sig.Suggestion == "" {
				sig.Suggestion = negatedEmpoweringSuggestion
			}
		}
		sig.Pole = sig.Pole.Opposite()
	}
	if sig.Pole == lexicons.Directive {
		if f := softenExcluding(mods, from, to); f < 1 {
			w *= f
			sig.Softened = true
		}
		if f := intensifyExcluding(mods, from, to); f > 1 {
			w *= f
			sig.Intensified = true
		}
	} else {
		sig.Suggestion = ""
	}
	sig.Weight = round(w)
}

const negatedEmpoweringSuggestion = "Say what people may do rather than what they may not: name the freedom, not the limit."

// intensifyExcluding is the intensifier factor without intensifiers that lie
// inside the signal's own words (an "ASAP" cue is not intensified by itself).
func intensifyExcluding(m modifiers, from, to int) float64 {
	f := m.intensify
	for _, sp := range m.intensifySpans {
		if sp[0] >= from && sp[1] <= to {
			f /= 1.25
		}
	}
	if f < 1 {
		f = 1
	}
	return f
}

// Sentence labels: a side needs at least labelThreshold strength to count;
// when both sides do and the weaker has at least mixedRatio of the stronger,
// the sentence is mixed.
const (
	labelThreshold = 0.4
	mixedRatio     = 0.75
)

// joinedByOr: "or" or "nor" among words [from, to) joins two cues as
// alternatives under one negator.
func joinedByOr(ws []word, from, to int) bool {
	for k := from; k < to; k++ {
		if ws[k].norm == "or" || ws[k].norm == "nor" {
			return true
		}
	}
	return false
}

// notDoneBy: "Timesheets not submitted by Friday will be escalated": a
// thing described as not done by the deadline, the condition of a threat,
// so the deadline stands. The negator follows a noun, not a verb ("You
// do not have to submit it by Friday" lifts it), and a participle stands
// between it and the cue.
func notDoneBy(ws []word, neg, from int) bool {
	if ws[neg].norm != "not" || neg == 0 || from != neg+2 || !isPastForm(at(ws, neg+1)) {
		return false
	}
	prev := ws[neg-1].norm
	return !ws[neg-1].punct && !auxiliaries[prev] && !modalWords[prev] && !subjectPronouns[prev] && !closedClass[prev]
}

// negatorInSubject: the "not" at neg qualifies the noun before it ("staff
// not in uniform", "anyone not wearing a harness"), or "without" stands in
// a gerund subject, and a modal (or for "without", "is") after it, up to
// the cue at from, opens the clause's verb, which it does not reach.
func negatorInSubject(ws []word, neg, from int) bool {
	if neg == 0 {
		return false
	}
	switch ws[neg].norm {
	case "not":
		prev := ws[neg-1].norm
		if !qualifiedSubjects[prev] && (ws[neg-1].punct || auxiliaries[prev] || modalWords[prev] || subjectPronouns[prev] || closedClass[prev]) {
			return false
		}
	case "without":
		// "Reversing in the yard without a banksman is banned": the phrase
		// is the gerund subject's, and "is" opens the verb.
		if !strings.HasSuffix(ws[0].norm, "ing") {
			return false
		}
	case "no":
		// "A poetry night with no ticket sales is not a serious idea": "with
		// no" describes the subject, and "is" opens the verb.
		if ws[neg-1].norm != "with" {
			return false
		}
	default:
		return false
	}
	for k := neg + 2; k <= from && k < len(ws); k++ {
		if ws[k].punct {
			return false
		}
		if modalWords[ws[k].norm] || ws[neg].norm != "not" && (ws[k].norm == "is" || ws[k].norm == "are") {
			return true
		}
	}
	return false
}

// qualifiedSubjects take a "not" phrase after them ("anyone not in
// uniform") though they are closed-class words.
var qualifiedSubjects = set("anyone", "anybody", "everyone", "everybody", "those", "someone", "somebody")

// freedDeadline: "You don't have to finish it all by Friday": a deadline
// cue later in the clause of a negated duty is lifted with the duty,
// however far the negator stands from it.
func freedDeadline(ws []word, rules []ruleHit, h hit) bool {
	if h.entry.Dimension != horizonDimension || h.entry.Pole != lexicons.Directive {
		return false
	}
	for _, r := range rules {
		if r.id != ruleObligation || !r.negated || r.to > h.from {
			continue
		}
		free := true
		for k := r.to; k < h.from && free; k++ {
			free = !isClauseBreak(ws, k)
		}
		if free {
			return true
		}
	}
	return false
}

// signsOff: the sentence takes leave ("Thanks everyone, have a good
// weekend", "Cheers, see you Monday"): a sign-off, whose thanks are its
// courtesy too (the labelling guide reads sign-offs as neutral).
func signsOff(ws []word) bool {
	for i := range ws {
		if (i == 0 || ws[i-1].punct) && isFarewell(ws, i) {
			return true
		}
	}
	return false
}

// asksOrOrders: a request, an obligation or rule ("Offcuts go in the blue
// skip, thanks"), or an order with a common verb stands in the sentence,
// not negated (a rarer word read as an order, "Sam the way you ...", is too
// weak a reading to take the thanks away).
func asksOrOrders(ws []word, rules []ruleHit) bool {
	for _, r := range rules {
		if r.negated {
			continue
		}
		switch r.id {
		case ruleRequest, ruleWantYouTo, ruleNeedStatement, ruleObligation:
			return true
		case ruleImperative:
			if commonVerbs[ws[r.from].norm] {
				return true
			}
		}
	}
	return false
}

// conditionBefore: "if" or "unless" opens the clause the word at i stands in.
func conditionBefore(ws []word, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if ws[k].norm == "if" || ws[k].norm == "unless" {
			return true
		}
		if ws[k].punct && isClauseBreak(ws, k) {
			return false
		}
	}
	return false
}

// negatorInClauseBefore: a negator stands before i in i's clause.
func negatorInClauseBefore(ws []word, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if isClauseBreak(ws, k) && ws[k].norm != "or" {
			return false
		}
		if isNegator(ws, k) {
			return true
		}
	}
	return false
}

// horizonDimension holds the deadline and urgency cues (long-term vs
// day-to-day), which the writer's own pace and past reports discount.
const horizonDimension = "horizon"

// visionOnRecord: "Our mission statement was written in 2011", "its vision
// for open science, was approved by Senate": a vision cue naming a document
// whose history the sentence reports (a past passive after it, before any
// other verb) sets out no vision; it mentions one.
func visionOnRecord(ws []word, h hit) bool {
	if h.entry.Dimension != "vision" && !(h.entry.Dimension == horizonDimension && h.entry.Pole == lexicons.Empowering) {
		return false // "The service's ten-year vision was presented in March" too
	}
	for k := h.to; k < len(ws) && k < h.to+8; k++ {
		switch w := ws[k].norm; {
		case w == "was" || w == "were":
			next := at(ws, k+1)
			return isPastForm(next) || irregularParticiples[next] || irregularParticiples[strings.TrimPrefix(next, "re")] // "rewritten"
		case w == "is" || w == "are" || w == "will" || modalWords[w] || w == "." || w == ";" || w == "!" || w == "?":
			return false
		}
	}
	return false
}

// hasHorizonDirective: a deadline or urgency cue was found.
func hasHorizonDirective(hits []hit) bool {
	for _, h := range hits {
		if h.entry.Dimension == horizonDimension && h.entry.Pole == lexicons.Directive {
			return true
		}
	}
	return false
}

// pastReport: every verb of the sentence is in the past ("19:59 rollback
// completed; error rate back to normal by 20:03"). It reads the tags, so it
// runs only when a deadline cue is there to weigh.
func pastReport(ws []word) bool {
	past := false
	for i := range ws {
		if ws[i].punct {
			continue
		}
		switch t := ws[i].Tag(); t {
		case "VBD":
			past = true
		case "MD", "VB", "VBP", "VBZ":
			return false
		}
	}
	return past
}

// hasDirectiveHit: the grammar found an order, obligation, request, need
// or check-up in the sentence.
func hasDirectiveHit(rules []ruleHit) bool {
	for _, r := range rules {
		switch r.id {
		case ruleImperative, ruleObligation, ruleWantYouTo, ruleNeedStatement, ruleRequest, ruleCheckUp:
			return true
		}
	}
	return false
}

// hasDirectiveRule: the sentence has an order, obligation, request or
// check-up by grammar. Such a sentence is directive however politely it is
// put, so its threshold is lower (softenedThreshold).
func hasDirectiveRule(sigs []Signal) bool {
	for _, s := range sigs {
		if s.Kind == KindGrammar && s.Pole == lexicons.Directive && !weakRules[s.ID] {
			return true
		}
	}
	return false
}

// softenedThreshold is the directive strength that labels a sentence with
// a directive grammar signal: a request softened by "could", "please" and
// "when you can" keeps about a third of its weight and is still a request.
const softenedThreshold = 0.2

func sentenceLabel(d, e float64, directiveRule bool) Label {
	if directiveRule && d >= softenedThreshold && d < labelThreshold && d > e {
		return LabelDirective
	}
	switch {
	case d < labelThreshold && e < labelThreshold:
		return LabelNeutral
	case d >= labelThreshold && e >= labelThreshold && math.Min(d, e) >= mixedRatio*math.Max(d, e):
		return LabelMixed
	case d > e:
		return LabelDirective
	default:
		return LabelEmpowering
	}
}

// Document scores. Balance = (E - D) / (E + D + prior), where E and D are
// the summed sentence strengths and the prior grows with the number of
// sentences: a few weak cues in a long text stay near zero.
const (
	priorBase        = 1.0
	priorPerSentence = 0.15
	// A document whose cues average less than minIntensity per sentence is
	// neutral whatever its balance.
	minIntensity = 0.12
	// Balance beyond ±labelBalance labels a document directive or empowering.
	labelBalance = 0.25
	// A document is mixed when each side has at least mixedShare of the
	// total strength and neither clears labelBalance.
	mixedShare = 0.25
)

func balance(e, d float64, sentences int) float64 {
	return round((e - d) / (e + d + priorBase + priorPerSentence*float64(sentences)))
}

func (a *Analyzer) scoreDocument(doc *Document) {
	n := len(doc.Sentences)
	type sums struct {
		d, e    float64
		signals int
	}
	var total sums
	dims := map[string]*sums{}
	for _, d := range a.lex.Dimensions {
		dims[d.ID] = &sums{}
	}
	for _, s := range doc.Sentences {
		total.d += s.Directive
		total.e += s.Empowering
		if s.Flagged() {
			doc.Scores.Flagged++
		}
		for _, sig := range s.Signals {
			ds := dims[sig.Dimension]
			if ds == nil {
				continue
			}
			ds.signals++
			if sig.Pole == lexicons.Directive {
				ds.d += sig.Weight
			} else {
				ds.e += sig.Weight
			}
		}
	}
	doc.Scores.Directive = perSentence(total.d, n)
	doc.Scores.Empowering = perSentence(total.e, n)
	doc.Scores.Balance = balance(total.e, total.d, n)
	doc.Label = documentLabel(doc.Scores, n)
	if n == 1 {
		// A one-sentence document is that sentence: its label, not the
		// smoothed one, which exists to damp weak cues in long texts.
		doc.Label = doc.Sentences[0].Label
	}
	doc.Dimensions = make([]DimensionScore, 0, len(a.lex.Dimensions))
	for _, d := range a.lex.Dimensions {
		ds := dims[d.ID]
		doc.Dimensions = append(doc.Dimensions, DimensionScore{
			ID: d.ID, Title: d.Title, Signals: ds.signals,
			Directive: perSentence(ds.d, n), Empowering: perSentence(ds.e, n), Balance: balance(ds.e, ds.d, n),
		})
	}
	finishPronouns(&doc.Pronouns, doc.Words)
	doc.Top = a.top(doc)
}

func perSentence(sum float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return round(sum / float64(n))
}

func documentLabel(s Scores, sentences int) Label {
	total := s.Directive + s.Empowering
	switch {
	case sentences == 0 || total < minIntensity:
		return LabelNeutral
	case s.Balance <= -labelBalance:
		return LabelDirective
	case s.Balance >= labelBalance:
		return LabelEmpowering
	case math.Min(s.Directive, s.Empowering) >= mixedShare*total:
		// Both sides are present in force and neither wins.
		return LabelMixed
	default:
		// One side only, too weak to clear the balance threshold.
		return LabelNeutral
	}
}

func (a *Analyzer) top(doc *Document) Top {
	pick := func(score func(*Sentence) float64, other func(*Sentence) float64) []TopSentence {
		idx := make([]int, 0, len(doc.Sentences))
		for i := range doc.Sentences {
			s := &doc.Sentences[i]
			if score(s) >= labelThreshold && score(s) > other(s) {
				idx = append(idx, i)
			}
		}
		sort.SliceStable(idx, func(i, j int) bool {
			return score(&doc.Sentences[idx[i]])-other(&doc.Sentences[idx[i]]) > score(&doc.Sentences[idx[j]])-other(&doc.Sentences[idx[j]])
		})
		if len(idx) > a.topN {
			idx = idx[:a.topN]
		}
		out := make([]TopSentence, 0, len(idx))
		for _, i := range idx {
			s := &doc.Sentences[i]
			out = append(out, TopSentence{Index: i, Line: s.Line, Column: s.Column, Score: score(s), Text: s.Text})
		}
		return out
	}
	d := func(s *Sentence) float64 { return s.Directive }
	e := func(s *Sentence) float64 { return s.Empowering }
	return Top{Directive: pick(d, e), Empowering: pick(e, d)}
}

var (
	pronounsI   = set("i", "me", "my", "mine", "myself")
	pronounsWe  = set("we", "us", "our", "ours", "ourselves")
	pronounsYou = set("you", "your", "yours", "yourself", "yourselves", "u", "y'all", "ya")

	classI, classWe, classYou = setClass(pronounsI), setClass(pronounsWe), setClass(pronounsYou)
)

func countPronouns(p *Pronouns, ws []word) {
	for i := range ws {
		w := &ws[i]
		switch {
		case w.is(classI):
			p.I++
		case w.is(classWe):
			p.We++
		case w.is(classYou):
			p.You++
		}
	}
}

func finishPronouns(p *Pronouns, words int) {
	if words == 0 {
		return
	}
	rate := func(n int) float64 { return round(100 * float64(n) / float64(words)) }
	p.IRate, p.WeRate, p.YouRate = rate(p.I), rate(p.We), rate(p.You)
}

// round keeps scores to three decimals so reports are stable and readable.
func round(x float64) float64 { return math.Round(x*1000) / 1000 }
