package analyze

import "strings"

// A softener lowers the strength of every directive signal in its sentence;
// each kind counts once, and together they never take a directive below
// softenerFloor of its weight: a polite order is still an order.
type softener struct {
	phrases []string
	factor  float64
}

const softenerFloor = 0.35

var softeners = []softener{
	{[]string{"please", "pls", "plz"}, 0.75},
	{[]string{"kindly"}, 0.9},
	{[]string{"if you can", "if possible", "if you have time", "if you have a minute", "if you have a moment",
		"if you have a chance", "if you get a chance", "when you get a chance", "when you have a chance",
		"when you have a moment", "when you have a minute", "when you get a minute", "when you can",
		"whenever you can", "whenever you get a chance", "no rush", "no hurry", "at your convenience",
		"if you do not mind", "if it is not too much trouble", "if that works", "if you are able",
		"if you have the bandwidth", "in your own time", "when it suits you"}, 0.6},
	{[]string{"maybe", "perhaps", "possibly", "might want to", "i think", "i suggest", "i wonder",
		"i was wondering", "just a thought", "it would be great if", "it would be nice if",
		"would it be possible", "i would suggest", "might be worth", "could be worth", "i guess",
		"would be good to", "it might help", "not sure if"}, 0.7},
	{[]string{"thanks", "thank you", "thank", "appreciate", "appreciated", "grateful", "thx", "ty"}, 0.8},
	{[]string{"because", "so that", "so we can", "so i can", "so they can", "so you can", "since",
		"in order to", "which will help", "that way", "the reason", "as it will", "to make sure we",
		"to help"}, 0.8},
	{[]string{"sorry", "apologies", "apologize", "apologise"}, 0.85},
}

// Intensifiers raise every directive signal in the sentence (each kind once),
// up to intensifierCap times its weight.
const intensifierCap = 1.8

var intensifierPhrases = []string{"immediately", "asap", "urgent", "urgently", "right now", "right away",
	"at once", "no exceptions", "without exception", "exactly", "precisely", "absolutely", "without fail",
	"no excuses", "i mean it", "top priority", "under no circumstances", "whatever it takes",
	"this instant", "no later than", "at the latest", "now !", "now ."}

// acronyms are capitalised words that do not shout.
var acronyms = set("i", "ok", "ceo", "cto", "cfo", "coo", "vp", "hr", "it", "qa", "ui", "ux", "api",
	"eod", "eow", "cob", "eta", "faq", "kpi", "kpis", "okr", "okrs", "roi", "pr", "prs", "sla", "slas",
	"q1", "q2", "q3", "q4", "usa", "us", "uk", "eu", "pdf", "csv", "json", "html", "sql", "aws", "gcp",
	"ci", "cd", "crm", "erp", "sop", "sops", "pto", "ooo", "fyi", "btw", "am", "pm", "nda", "rfp", "id",
	"tbd", "tba", "mvp", "b2b", "saas", "sdk", "qbr", "nps", "gm", "ai", "ml", "ip", "url", "dm", "asap",
	"rsvp", "ps", "re", "fw", "fwd", "llc", "inc", "ltd", "dr", "mr", "mrs", "ms", "nyc", "sf", "la")

// softenSpan is where a softener stands and what it multiplies by.
type softenSpan struct {
	from, to int
	factor   float64
}

type modifiers struct {
	soften    float64 // product of softener factors (1 = none)
	intensify float64 // product of intensifier factors (1 = none)
	// softenSpans and intensifySpans are the word ranges of the modifiers, so a
	// cue is not modified by its own words ("I would suggest ..." is the
	// request, not a softener of it).
	softenSpans    []softenSpan
	intensifySpans [][2]int
	// contrastEnd: signals that end at or before this word sit in the
	// conceded part of a contrast ("Great work, but ...") and count less.
	contrastEnd int
	// impersonal: the sentence names no one (no I, we, you, no order), so it
	// describes rather than leads ("The vision statement was adopted in 2018").
	impersonal bool
	// ownPace: a clause is the writer's own commitment ("I'll send my
	// comments first thing Monday") and nothing in the sentence directs the
	// reader, so its deadline words set the writer's pace.
	ownPace bool
	// quoteSpans are the word ranges inside double quotes: a cue wholly
	// inside them is mentioned, not used ("three people pushed changes
	// "just to be safe"").
	quoteSpans [][2]int
}

// quotedFactor: a lexicon cue inside quotation marks names a phrase rather
// than saying it to the reader.
const quotedFactor = 0.3

// quoted reports whether words [from, to) lie inside one pair of quotes.
func (m modifiers) quoted(from, to int) bool {
	for _, q := range m.quoteSpans {
		if from > q[0] && to <= q[1] {
			return true
		}
	}
	return false
}

// findQuotes pairs the double quotation marks of a sentence in order.
func findQuotes(ws []word) [][2]int {
	var spans [][2]int
	open := -1
	for i := range ws {
		switch ws[i].norm {
		case "\"", "“", "”", "``", "''":
		default:
			continue
		}
		if open < 0 {
			open = i
		} else {
			spans = append(spans, [2]int{open, i})
			open = -1
		}
	}
	return spans
}

// concededFactor discounts what a contrast concedes: in "We value your input,
// but this is final", the clause after "but" carries the point.
const concededFactor = 0.5

// impersonalFactor discounts lexicon cues in sentences that address no one.
const impersonalFactor = 0.5

// ownPaceFactor discounts deadline and urgency cues (the horizon dimension)
// in the writer's own commitment.
const ownPaceFactor = 0.3

// writerCommits: a clause opens with "I" (or "we") and a future or a plan
// ("I will", "I'll", "I shall", "I am going to", "I should have", "I want
// to book them ...", "we expect to restore it ..."). "I want to have it",
// "we will need it" press the reader and do not count.
func writerCommits(ws []word) bool {
	for i := range ws {
		w := ws[i].norm
		if w != "i" && w != "we" {
			continue
		}
		// The clause opens here: at the start, after punctuation ("Hi
		// Margaret: I'll ...", "Finally, I ...") or a discourse word ("and",
		// "so", "but"). Words only: this runs on every sentence.
		if i > 0 && !ws[i-1].punct && !discourseWords[ws[i-1].norm] {
			continue
		}
		j := i + 1
		for at(ws, j) == "just" || at(ws, j) == "also" || at(ws, j) == "really" || at(ws, j) == "definitely" || at(ws, j) == "still" {
			j++
		}
		verb, wish := -1, false
		switch at(ws, j) {
		case "will", "shall":
			verb = j + 1
		case "plan", "intend", "expect", "hope":
			// "I expect to restore it by noon" is the writer's plan; "I
			// expect a full post-mortem by Monday" is a demand.
			if at(ws, j+1) == "to" {
				verb = j + 1
			}
		case "am", "are":
			if at(ws, j+1) == "going" && at(ws, j+2) == "to" {
				verb = j + 3
			}
		case "should":
			if at(ws, j+1) == "have" || at(ws, j+1) == "be" {
				return true
			}
		case "want", "would", "'d":
			if at(ws, j) != "want" && at(ws, j+1) == "like" {
				j++
			}
			if (at(ws, j) == "want" || at(ws, j) == "like") && at(ws, j+1) == "to" {
				verb, wish = j+2, true
			}
		}
		if verb < 0 {
			continue
		}
		if at(ws, verb) == "to" {
			verb++
		}
		// "I will need it", and a wish to receive ("I want to have / get /
		// see it"), press the reader; "I'll get you my comments" delivers.
		switch v := at(ws, verb); {
		case v == "need" || v == "require":
			continue
		case wish && (v == "have" || v == "get" || v == "receive" || v == "see"):
			continue
		}
		return true
	}
	return false
}

var classPerson = setClass(personWords)

var personWords = set("i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
	"you", "your", "yours", "yourself", "yourselves", "u", "ur", "y'all", "everyone", "everybody",
	"team", "folks", "guys", "anyone", "nobody", "someone",
	// words that speak to someone though they name no one ("Thanks in
	// advance for getting the photos up tonight", "Reminder that the log
	// is due", "Sorry to chase, but ...")
	"thanks", "thank", "sorry", "reminder", "please",
	// the people a decision comes from ("Management has decided that ...")
	"management", "leadership")

func findContrast(ws []word) int {
	first := firstWordIndex(ws)
	for i := first; i < len(ws); i++ {
		switch ws[i].norm {
		case "but", "however":
			if i > first {
				return i
			}
		case "which":
			// "You have full ownership of the newsletter, which means every
			// draft comes to me": the consequence takes back the grant.
			if i > first && ws[i-1].norm == "," && at(ws, i+1) == "means" && countWords(ws[i+2:]) >= 3 {
				return i
			}
		case "provided", "as", "so":
			// "You've got complete freedom, provided every drawing comes
			// through me", "..., as long as it's the one we used": the
			// condition after the comma takes back what came before.
			if i > first && ws[i-1].norm == "," && (ws[i].norm == "provided" || at(ws, i+1) == "long" && at(ws, i+2) == "as") && countWords(ws[i+1:]) >= 3 {
				return i
			}
		case "although", "though", "while", "whereas":
			// "Happy to hear your views, though it's been signed off":
			// after a comma, "though" concedes what came before, as "but"
			// does; at the end ("Nice work, though.") it concedes nothing.
			if (ws[i].norm == "though" || ws[i].norm == "although") && i > first && ws[i-1].norm == "," && i+1 < len(ws) && !ws[i+1].punct && countWords(ws[i+1:]) >= 2 {
				return i
			}
			if i == first {
				// "Although X, Y": the opening clause is conceded.
				for k := i + 1; k < len(ws); k++ {
					if ws[k].norm == "," {
						return k
					}
				}
			}
		}
	}
	return -1
}

func containsPhrase(ws []word, phrase string) (int, int, bool) {
	first := firstWord(phrase)
	for i := range ws {
		if ws[i].norm == first && phraseAt(ws, i, phrase) {
			return i, i + phraseLen(phrase), true
		}
	}
	return 0, 0, false
}

// phraseIndex finds which of a list of fixed phrases occur in a sentence in
// one pass over its words, looking phrases up by their first word.
type phraseIndex struct {
	byFirst map[string][]indexedPhrase
	first   wordClass // the phrases' first words
}

type indexedPhrase struct {
	text  string
	group int // which list (softener kind, say) the phrase belongs to
}

func newPhraseIndex(groups [][]string) phraseIndex {
	byFirst := map[string][]indexedPhrase{}
	for g, phrases := range groups {
		for _, p := range phrases {
			first := firstWord(p)
			byFirst[first] = append(byFirst[first], indexedPhrase{p, g})
		}
	}
	return phraseIndex{byFirst: byFirst, first: newWordClass(func(norm string) bool { return byFirst[norm] != nil })}
}

// each calls f for every phrase occurrence, in word order.
func (idx phraseIndex) each(ws []word, f func(p indexedPhrase, from, to int)) {
	for i := range ws {
		if !ws[i].is(idx.first) {
			continue
		}
		for _, p := range idx.byFirst[ws[i].norm] {
			if phraseAt(ws, i, p.text) {
				f(p, i, i+phraseLen(p.text))
			}
		}
	}
}

var (
	softenerIndex = func() phraseIndex {
		groups := make([][]string, len(softeners))
		for i, s := range softeners {
			groups[i] = s.phrases
		}
		return newPhraseIndex(groups)
	}()
	intensifierIndex = newPhraseIndex([][]string{intensifierPhrases})
)

func findModifiers(ws []word) modifiers {
	m := modifiers{soften: 1, intensify: 1, contrastEnd: findContrast(ws), impersonal: true, ownPace: writerCommits(ws), quoteSpans: findQuotes(ws)}
	for i := range ws {
		if ws[i].is(classPerson) {
			m.impersonal = false
			break
		}
	}
	var seen [8]bool // softener kinds already applied; each counts once
	first := firstWordIndex(ws)
	softenerIndex.each(ws, func(p indexedPhrase, from, to int) {
		if seen[p.group] {
			return
		}
		seen[p.group] = true
		f := softeners[p.group].factor
		// Sentence-initial "please" marks a command more than it softens it
		// (Danescu-Niculescu-Mizil et al. 2013).
		if p.text == "please" && from == first {
			f = 0.9
		}
		m.soften *= f
		m.softenSpans = append(m.softenSpans, softenSpan{from, to, f})
	})
	intensifierIndex.each(ws, func(p indexedPhrase, from, to int) {
		m.intensify *= 1.25
		m.intensifySpans = append(m.intensifySpans, [2]int{from, to})
	})
	bangs, caps, letters := 0, 0, 0
	for i := range ws {
		w := &ws[i]
		if w.punct {
			bangs += strings.Count(w.norm, "!")
			continue
		}
		letters++
		if w.caps && !acronyms[w.norm] && len(w.norm) >= 3 && !isNumberLike(w.norm) {
			caps++
			m.intensifySpans = append(m.intensifySpans, [2]int{i, i + 1})
		}
	}
	switch {
	case bangs >= 2:
		m.intensify *= 1.3
	case bangs == 1:
		m.intensify *= 1.15
	}
	if caps > 0 && caps < letters || caps > 0 && letters <= 3 {
		m.intensify *= 1.25
	}
	if m.intensify > intensifierCap {
		m.intensify = intensifierCap
	}
	return m
}

// softenExcluding is the softener factor without a softener that opens
// the signal's own words ("I would suggest ...", "Would it be possible to
// ...?" are the request itself), never below softenerFloor. A softener
// further inside still softens ("Would you please ...?").
func softenExcluding(m modifiers, from, to int) float64 {
	f := m.soften
	for _, sp := range m.softenSpans {
		if sp.from == from && sp.to <= to {
			f /= sp.factor
		}
	}
	return max(f, softenerFloor)
}

// namesReader: the sentence opens or closes with a vocative ("Priya, great
// work on the launch.", "Welcome aboard, Sam!").
func namesReader(ws []word) bool {
	if len(ws) < 3 {
		return false
	}
	first := firstWordIndex(ws)
	if vocativeEnd(ws, first) > first {
		return true
	}
	last := len(ws) - 1
	for last > 0 && ws[last].punct {
		last--
	}
	w := &ws[last]
	if last <= first+1 || ws[last-1].norm != "," || !isCapitalised(w.text) || w.caps || !isLettersOnly(w.text) ||
		closedClass[w.norm] || notVerbs[w.norm] || commonVerbs[w.norm] || discourseWords[w.norm] {
		return false
	}
	// "Many thanks, Jo", "Best, Sam": a sign-off, and the name is the
	// writer's ("Thanks for staying late, Omar" names the reader).
	if last-1-first <= 2 {
		for k := first; k < last-1; k++ {
			if signOffWords[ws[k].norm] {
				return false
			}
		}
	}
	return true
}

// signOffWords before a closing name make it a signature.
var signOffWords = set("thanks", "thank", "thx", "regards", "cheers", "best", "sincerely", "yours", "love", "warmly", "cordially")

func firstWordIndex(ws []word) int {
	for i := range ws {
		if !ws[i].punct {
			return i
		}
	}
	return 0
}

func isNumberLike(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

// negationScope is how many words after a negator it reaches: enough for
// "don't really want to micromanage", short enough that "I'm not changing
// the process for the sake of change" does not reach its last words.
const negationScope = 4

// negatedAt reports whether a cue starting at word from is in the scope of a
// negator before it in the same clause. A negator inside the cue's own
// pattern ("don't hesitate to") does not count; one inside a gap does.
func negatedAt(ws []word, from, to int, patternHasNegator bool, owned []bool) bool {
	return negatorOf(ws, from, to, patternHasNegator, owned) >= 0
}

// negatorOf returns where the negator that reaches the cue at [from, to)
// stands, or -1.
func negatorOf(ws []word, from, to int, patternHasNegator bool, owned []bool) int {
	lo := from - negationScope
	if lo < 0 {
		lo = 0
	}
	end := from
	if !patternHasNegator {
		end = to
	}
	// ", full stop": a cue that opens with a clause break stands in a clause
	// of its own, which no negator before it reaches.
	// So does a cue that opens with "if" ("Stop posting clips if you can't
	// handle it": the condition is not what is stopped).
	if isClauseBreak(ws, from) && ws[from].punct || ws[from].norm == "if" {
		lo = from
	}
	for i := from - 1; i >= lo; i-- {
		// "Don't micromanage or second-guess them": "or" joins alternatives
		// under the negator rather than opening a clause.
		if ws[i].norm != "or" && isClauseBreak(ws, i) || ws[i].norm == "that" && i+1 < len(ws) && subjectPronouns[ws[i+1].norm] {
			break // "Don't forget that you work for me": a new clause
		}
		if mainClauseAfterCondition(ws, i+1) {
			break
		}
		if isNegator(ws, i) && (owned == nil || !owned[i]) {
			return i
		}
	}
	for i := from + 1; i < end; i++ {
		if isNegator(ws, i) {
			return i
		}
	}
	return -1
}

// mainClauseAfterCondition: at i a subject and a modal open the main
// clause after a condition written without its comma ("If it doesn't land
// we'll learn something"), which the condition's negator does not reach.
// Without a condition before it, a negator does reach a clause it governs
// ("I don't think we should micromanage them").
func mainClauseAfterCondition(ws []word, i int) bool {
	return i+1 < len(ws) && clauseSubjects[ws[i].norm] && (modalWords[ws[i+1].norm] || beAfterSubject[ws[i+1].norm]) && conditionBefore(ws, i)
}

// clauseSubjects open a main clause (see mainClauseAfterCondition), with a
// modal or, as in "If you can't use git you're going to struggle", a form
// of "be" (beAfterSubject) after them.
var (
	clauseSubjects = set("i", "we", "you", "they", "he", "she", "u")
	beAfterSubject = set("am", "are", "is", "was", "were")
)

func isClauseBreak(ws []word, i int) bool {
	w := ws[i].norm
	if ws[i].punct {
		return w != "'" && w != "\"" && w != "-" && w != "“" && w != "”"
	}
	return clauseBreakWords[w]
}

// ratherBefore: "rather" (or "learn more") before the "than" at i, in the
// same sentence and near enough to be its pair ("rather than ...", "I'd
// rather we X than Y", "we'll learn more from it than from Y").
func ratherBefore(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		// "We'll learn more from it than from playing it safe": what is
		// learnt from less is set aside as "rather" sets it aside.
		if ws[k].norm == "rather" || ws[k].norm == "more" && k > 0 && learnVerbs[ws[k-1].norm] {
			return true
		}
	}
	return false
}

var learnVerbs = set("learn", "learned", "learnt", "learning", "gain", "gained", "get")

// whetherBefore: "whether" opens the clause that the "or not" at i closes.
func whetherBefore(ws []word, i int) bool {
	for k := i - 2; k >= 0 && k >= i-10; k-- {
		if ws[k].norm == "whether" {
			return true
		}
	}
	return false
}

// cessation verbs negate the cue they govern as "not" does.
var cessation = set("stop", "stops", "stopped", "quit", "avoid", "avoiding", "stopping")

// isNegator: "not", "never", "no" ... but not in fixed expressions that do
// not negate ("why don't we", "not only", "no doubt", "can't wait").
func isNegator(ws []word, i int) bool {
	w := ws[i].norm
	if ws[i].compound {
		return false
	}
	if cessation[w] {
		// "Stop being so hard on yourself", "Stop being dramatic": the
		// state named after "being" keeps its sense; it is not reversed.
		return at(ws, i+1) != "being" // "stop micromanaging", "let's quit firefighting"
	}
	// "Instead of micromanaging the team, ...", "I'd rather we try ten
	// things than play it safe": the alternative set aside is rejected.
	if w == "instead" && at(ws, i+1) == "of" || w == "than" && ratherBefore(ws, i) {
		return true
	}
	if !negators[w] {
		return false
	}
	prev, next := at(ws, i-1), at(ws, i+1)
	switch {
	case w == "not" && prev == "do" && at(ws, i-2) == "why":
		return false
	case w == "not" && (next == "only" || next == "just"):
		return false
	case w == "not" && (next == "every" || next == "all") && i == 0:
		// "Not every pilot will work and that's fine": the quantifier says
		// some will fail; it does not reverse what the sentence goes on to
		// say (duties it lifts are found by the obligation rules).
		return false
	case w == "no" && (next == "doubt" || next == "matter" || next == "problem" || next == "worries" || next == "longer"):
		return false
	case w == "not" && i >= 1 && (i == 1 || ws[i-2].punct) && exclamativeQuestion(ws, i-1):
		return false // "Isn't it amazing how ...?" exclaims
	case w == "never" && (next == "expected" || next == "thought" || next == "imagined" || next == "dreamed" || next == "dreamt"):
		return false // "a book they never expected to love": it happened, unlooked for
	case w == "not" && i >= 2 && at(ws, i-2) == "who" && (prev == "does" || prev == "do"):
		return false // "Who doesn't love a quiet swim?" asks nothing and reverses nothing
	case w == "no" && prev == "or" && i >= 2 && at(ws, i-2) == next && next != "":
		return false // "Crop or no crop is your call": the two choices, named
	case w == "not" && prev == "or" && whetherBefore(ws, i):
		return false // "Whether you crop it square or not is your call"
	case w == "not" && next == "sure" && (at(ws, i+2) == "why" || at(ws, i+2) == "how"):
		return false // "Not sure why you'd share this", "not sure how many times": the doubt is about the reason or the way
	case w == "not" && prev == "can" && next == "wait":
		return false
	case w == "not" && prev == "could" && next == "be":
		return false // "couldn't be prouder"
	case w == "not" && prev == "do" && next == "forget":
		return false // "don't forget" means "remember"
	case w == "not" && (next == "bad" || next == "shabby") && (i == 0 || ws[i-1].punct):
		// "Not bad for someone who ...": the litotes judges the work; it
		// reverses nothing after it.
		return false
	}
	return true
}
