package analyze

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rule IDs. Their data (weight, dimension, suggestion) lives in
// lexicons/data/rules.yaml; New fails if one is missing there.
const (
	ruleImperative    = "grammar.imperative"
	ruleObligation    = "grammar.obligation"
	ruleWantYouTo     = "grammar.want-you-to"
	ruleNeedStatement = "grammar.need-statement"
	ruleRequest       = "grammar.request"
	ruleCheckUp       = "grammar.check-up"
	ruleOpenQuestion  = "grammar.open-question"
	ruleOffer         = "grammar.offer"
	ruleRecognition   = "grammar.recognition"
	ruleAutonomy      = "grammar.autonomy-support"
	ruleDirectQ       = "grammar.direct-question"
	ruleEnthusiasm    = "grammar.enthusiasm"
	ruleYouStatement  = "grammar.you-statement"
	ruleInclusive     = "grammar.inclusive-imperative"
)

// weakRules move scores but never label a sentence on their own: a bare
// question asks, a statement to "you" may only inform, and "let's" proposes
// as much as it directs.
var weakRules = map[string]bool{ruleDirectQ: true, ruleYouStatement: true, ruleInclusive: true}

var ruleIDs = []string{
	ruleImperative, ruleObligation, ruleWantYouTo, ruleNeedStatement,
	ruleRequest, ruleCheckUp, ruleOpenQuestion, ruleOffer, ruleRecognition, ruleAutonomy, ruleDirectQ,
	ruleEnthusiasm, ruleYouStatement, ruleInclusive,
}

// ruleHit is a grammar rule found in a sentence: words [from, to).
type ruleHit struct {
	id       string
	from, to int
	// scale multiplies the rule's weight (a "we" obligation is weaker than a
	// "you" one; "could you" is more polite than "can you").
	scale float64
	// negated: the frame itself was negated ("you don't have to").
	negated bool
}

// union is the set of words in any of sets.
func union(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			out[w] = true
		}
	}
	return out
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var (
	// Words skipped before looking for the head of a sentence.
	discourseWords = set("so", "also", "and", "but", "ok", "okay", "now", "then", "first", "firstly",
		"second", "secondly", "third", "next", "finally", "lastly", "again", "hey", "hi", "hello",
		"oh", "well", "btw", "ps", "alright", "anyway", "additionally", "meanwhile", "otherwise",
		"still", "or", "plus", "yes", "yeah", "sure", "right", "honestly", "seriously", "quick",
		"reminder", "fyi", "note", "update", "action", "todo", "to-do", "important", "urgent",
		// chat's abbreviations open a remark ("ngl your form is textbook")
		"ngl", "lowkey", "idk", "tbh", "yo", "imo", "imho", "lol", "lmao", "omg", "fwiw", "afaik", "iirc", "smh", "tbf",
		"bruh")
	politeWords = set("please", "pls", "plz", "kindly", "just", "simply", "quickly", "also",
		"really", "definitely", "always", "maybe", "perhaps", "possibly")
	teamWords = set("team", "all", "everyone", "everybody", "folks", "guys", "y'all", "people",
		"gang", "crew", "friends", "colleagues")

	// Words that are not orders even when they open a sentence like a verb.
	notImperative = set("thank", "thanks", "hope", "welcome", "congrats", "congratulations", "cheers",
		// interjections, forms of address and expletives shaped like verbs
		"dude", "bro", "mate", "buddy", "guys", "folks", "lol", "haha", "yeah", "yea", "yep", "nope",
		"wow", "screw", "fuck", "damn", "ah", "ahh", "ahhh", "oh", "ooh", "hmm", "hmmm", "huh", "ugh",
		"meh", "eh", "yay", "nah", "okay", "ok", "welp", "whoa", "aww", "aw",
		// apologies shaped like orders ("Forgive the delay", "Pardon my French")
		"forgive", "pardon",
		"love", "like", "sounds", "looks", "seems", "looking", "glad", "happy", "sorry", "wish",
		"good", "great", "nice", "need", "want", "let", "please", "regards", "best",
		"morning", "afternoon", "evening", "bye", "agree", "excited", "appreciate", "hi", "hello",
		"dear", "imagine", "picture", "enjoy", "feel", "trust", "say", "am", "is", "are", "was",
		"were", "ai", "wonder", "guess", "bet", "suppose", "mean", "know", "sure", "okay",
		"ok", "yes", "no", "yeah", "maybe", "perhaps", "sound", "mind", "fyi", "rest", "kudos",
		"shout", "happy", "hats", "props", "big", "well", "thx", "ty", "np", "same", "ditto", "fancy",
		// adverbs the tagger takes for verbs when they open a fragment ("Already a solid piece")
		"already")

	// Farewell formulas shaped like imperatives.
	farewells = []string{"have a", "have the best time", "have the best day", "have the best weekend", "have the best trip", "have the best holiday", "have fun", "talk soon", "speak soon", "talk later", "see you", "take care", "stay safe", "stay well", "get well",
		"keep up", "keep it up", "enjoy", "rest up", "go team", "sleep well", "be well", "be safe",
		"talk to you", "talk with you", "speak to you", "speak with you", "chat soon", "catch you later",
		"talk tomorrow", "speak tomorrow", "chat tomorrow", "talk tonight",
		"night all", "night everyone", "night team", "night folks", "night guys", "night night", "nite all",
		// wishes before a performance
		"break a leg", "knock them dead", "knock 'em dead", "smash it"}

	// Common base-form verbs, for when the tagger misreads a capitalised
	// sentence-initial verb as a noun ("Update the doc.").
	commonVerbs = set("enrol", "enroll", "feed", "proceed", "exceed", "bleed", "breed", "heed", "shred", "embed", "apply", "launch", "shop", "upgrade", "purchase", "select", "subscribe", "learn",
		"download", "register", "enter", "spend", "save", "discover", "explore", "claim", "act", "grab",
		"refer", "page", "phone", "fax", "mail", "meet", "bring", "drop", "stop", "swing", "come",
		"pass", "ask", "let", "tell", "advise", "forward", "route", "fill", "return", "print", "sign",
		"initial", "scan", "attach", "include", "remove", "cancel", "confirm", "accept", "decline",
		"reserve", "book", "plan", "prepare", "pick", "collect", "deliver", "ship", "post", "publish",
		"promise", "remember", "consider", "review", "look", "see", "note", "keep", "leave", "join",
		"have", "think", "double", "triple", "visit", "describe", "explain", "provide", "advise",
		"join", "attend", "click", "include", "arrange", "discuss", "talk", "return", "fax", "proceed",
		"compile", "gather", "collect", "circulate", "distribute", "reach", "authorize", "authorise",
		"invoice", "refund", "lock", "wipe", "quit", "walk", "archive", "clock", "restock", "shred",
		"sweep", "mop", "charge", "bill", "backup", "rerun", "retest", "rollback", "escalate", "triage",
		"send", "update", "review", "check", "call", "email", "schedule", "draft", "renew",
		"book", "ship", "fix", "finish", "submit", "file", "complete", "prepare", "write", "read",
		"add", "remove", "delete", "move", "change", "make", "get", "put", "bring", "take", "give",
		"show", "tell", "ask", "answer", "reply", "respond", "confirm", "approve", "sign", "print",
		"forward", "copy", "cc", "attach", "upload", "download", "install", "deploy", "test", "run",
		"stop", "start", "keep", "leave", "hold", "follow", "use", "try", "plan", "organize",
		// workplace chores the tagger reads as nouns or adjectives at a
		// sentence's start ("Wear gloves ...", "Cover reception ..."); not
		// "watch", "switch", "listen", "speak", whose orders in the shared
		// sets are advice and marketing more often than instructions
		"wear", "cover", "wash", "pack", "weigh", "measure", "load", "unload", "unlock",
		"replace", "repair", "tidy", "rehearse", "practise", "greet", "fetch", "wrap",
		"organise", "coordinate", "assign", "ensure", "clean", "close", "open", "merge", "revert",
		"rewrite", "redo", "resend", "share", "post", "publish", "report", "document", "log",
		"track", "list", "order", "pay", "buy", "cancel", "postpone", "reschedule", "escalate",
		"contact", "ping", "text", "message", "notify", "inform", "remind", "loop", "set",
		// what apps and ballots tell people to do ("Swipe left to dismiss", "Vote for our team")
		"vote", "swipe", "tap", "scroll", "drag", "rsvp",
		// a till or a stock check counted again ("count it twice before you sign")
		"count", "recount",
		// British for phoning ("could you ring Mrs Patel back")
		"ring",
		"double-check", "recheck", "verify", "validate", "audit", "fill", "label", "sort", "clear",
		"pull", "push", "cut", "drop", "stick", "avoid", "focus", "be", "come", "go", "stay", "wait",
		"hurry", "note", "remember", "read", "print", "look", "find", "handle", "process",
		"implement", "execute", "deliver", "present", "pick", "hand", "turn", "write", "do",
		"flag", "raise", "sit", "pair", "place")

	// Verbs after "you will" that predict an experience, not an order.
	willNotOrder = set("be", "love", "like", "enjoy", "see", "find", "notice", "note", "get", "have", "need",
		// "You'll pick where you want to help": the choice handed over.
		"pick", "choose", "decide",
		// what the reader will manage, foretold ("you'll land on your feet")
		"land", "figure", "nail", "ace", "survive", "succeed", "bounce", "shine",
		"want", "receive", "hear", "learn", "grow", "feel", "probably", "likely", "also", "soon",
		"never", "always", "thrive", "do", "make", "know", "understand", "recognize", "recognise",
		"agree", "appreciate", "remember", "meet", "become", "discover", "realize", "realise", "improve", "progress",
		// what the reader stands to gain: "This weekend you'll earn double points"
		"earn", "save", "win", "gain", "avoid", "benefit", "qualify")

	subjectsReader = set("you", "u", "y'all", "everyone", "everybody", "all", "team", "staff",
		"employees", "people", "each", "nobody", "managers", "folks", "guys", "yall", "personnel")

	negators = set("not", "never", "no", "nobody", "none", "nothing", "neither", "nor", "without",
		"hardly", "barely")

	clauseBreakWords = set("but", "and", "or", "so", "because", "although", "though", "while",
		"whereas", "if", "when", "unless", "since", "however", "yet")

	whWords = set("what", "how", "which", "where", "who", "whom", "whose")

	// Words that show an open question asks for the reader's view.
	viewWords = set("think", "feel", "suggest", "recommend", "propose", "prefer", "see", "approach",
		"improve", "differently", "ideas", "idea", "thoughts", "thought", "opinion", "opinions",
		"view", "views", "take", "input", "feedback", "concerns", "concern", "better", "best",
		"might", "envision", "imagine", "learn", "learned", "try", "tackle", "solve", "change",
		"rather", "wish", "want", "like", "love", "excite", "excites", "excited", "worry", "worries",
		"handle", "believe", "reckon", "favorite", "favourite", "priority", "priorities", "matter",
		"matters", "help", "support", "need", "way", "blocking", "blocker", "blockers", "stuck",
		"surprised", "surprise", "teach", "taught", "missing", "boldest", "push", "considered",
		"version", "next", "enjoy", "proud", "hard", "harder", "easier", "easy", "perfect", "ideal",
		// the reader's experience of the work: "Which parts do you find confusing?",
		// "What slows you down most?"
		"confusing", "unclear", "frustrating", "hardest", "difficult", "useful", "helpful", "painful",
		"slows", "slow", "frustrates", "annoys", "felt", "feels", "proudest", "wastes", "waste", "hearing", "telling",
		"dream", "would", "could", "wrong", "right", "differently", "suggestions", "recommendations",
		"motivates", "motivate", "drives", "energizes", "energises", "inspires", "frustrates", "bothers",
		"hesitate", "hesitant", "nervous", "unsure", "uncomfortable")
	readerWords = set("you", "your", "we", "our", "us", "team", "everyone", "everybody", "folks",
		"anyone", "y'all", "u", "yall", "guys")

	// Words that make a question about the reader a status check.
	doneWords = set("done", "finished", "finish", "complete", "completed", "ready", "fixed", "fix",
		"sent", "send", "submitted", "submit", "shipped", "ship", "sorted", "updated", "update",
		"signed", "approved", "filed", "delivered", "closed", "resolved", "live", "merged", "paid",
		"called", "emailed", "reviewed", "booked", "uploaded", "checked", "replied", "responded",
		"started", "got", "get", "made", "read", "handled", "completed", "in", "out", "back",
		"logged", "cleaned", "printed", "counted", "loaded", "chased", "chase", "contacted", "contact",
		"ordered", "phoned", "rang", "texted", "returned", "collected", "actioned", "processed")

	// Modals that soften a request: counterfactual modals read as more polite.
	requestModals = map[string]float64{"can": 1, "will": 1, "could": 0.8, "would": 0.8}
)

// grammarRules finds rule hits in a sentence's words.
func grammarRules(ws []word) []ruleHit {
	if len(ws) == 0 {
		return nil
	}
	var hits []ruleHit
	head := headIndex(ws)
	question := isQuestion(ws) || invertedQuestion(ws, head)
	heads := clauseHeads(ws, head)
	for _, h := range heads {
		if q := questionRules(ws, h, question); q != nil {
			// "What were you thinking?!", "Who approved this?!": a question
			// word asked with an exclamation is incredulous; it presses for
			// an account and invites no view.
			if (q.id == ruleOpenQuestion || q.id == ruleDirectQ) && (whWords[at(ws, h)] || at(ws, h) == "why" || at(ws, h) == "when") && exasperatedEnd(ws) {
				q.id, q.scale = ruleCheckUp, 1
			}
			hits = append(hits, *q)
			// "Would Wednesday or Friday suit you better?", "Which day works
			// for you?": a choice left to the reader that still asks for an
			// answer, as a yes/no question does.
			if q.id == ruleOpenQuestion && question && asksToPick(ws, h) {
				hits = append(hits, ruleHit{id: ruleDirectQ, from: q.from, to: q.to, scale: yesNoScale})
			}
			break
		}
	}
	// "When you get a chance would you redraft it?": a request after an
	// opening clause with no comma to mark where it starts; after an "if"
	// clause it asks even without its question mark ("if you get a sec can
	// you send me photos.").
	if len(hits) == 0 {
		for i := 1; i+1 < len(ws); i++ {
			if _, ok := requestModals[ws[i].norm]; !ok || !readerSubjects[ws[i+1].norm] || whWords[ws[i-1].norm] || ws[i-1].norm == "why" || subjectPronouns[ws[i-1].norm] || ws[i-1].punct {
				continue
			}
			if !question && !conditionBefore(ws, i) {
				continue
			}
			if q := questionRules(ws, i, true); q != nil && (q.id == ruleRequest || q.id == ruleOpenQuestion) {
				hits = append(hits, *q)
				break
			}
		}
	}
	if !question || !hasRule(hits, ruleRequest) {
		// An order may open the sentence or any later clause ("Great job,
		// now redo the last three pages."); it counts once. A question can
		// be an order too ("Promise me you won't tell?"), unless it opens
		// with an auxiliary or a question word.
		for _, h := range heads {
			if question && (auxiliaries[at(ws, h)] || whWords[at(ws, h)] || at(ws, h) == "why") {
				continue
			}
			// Later clauses need a surer verb than the sentence's first word,
			// where the tagger's capitalisation errors are expected.
			if h != head && !commonVerbs[ws[h].norm] && ws[h].norm != "do" && ws[h].norm != "never" && !(objectStarts[at(ws, h+1)] && !closedClass[ws[h].norm] && !strings.HasSuffix(ws[h].norm, "ing") && !isPastForm(ws[h].norm) && ws[h].Tag() == "VB") {
				continue
			}
			// "next review scheduled for the 14th", "First check is at 9",
			// "next call Thursday": after an ordinal, a verb's form before a
			// participle, a verb of being, "due", a day or a number names an
			// event; it orders nothing.
			if h > 0 && ordinalOpeners[ws[h-1].norm] && h+1 < len(ws) && (auxiliaries[ws[h+1].norm] || ws[h+1].norm == "due" || ws[h+1].Tag() == "VBN" || weekdays[ws[h+1].norm] || isNumberLike(ws[h+1].norm)) {
				continue
			}
			// "great write-up, Mark, clear, honest, and ...": a word alone
			// between commas is an item of a list, not an order.
			if h != head && at(ws, h-1) == "," && at(ws, h+1) == "," {
				continue
			}
			// "Clear, friendly, and you asked for input": a word before a
			// comma and an adjective that goes on to another comma or "and"
			// opens a list of qualities ("Stop, listen, and ..." lists verbs).
			if at(ws, h+1) == "," && h+2 < len(ws) && ws[h+2].Tag() == "JJ" && (at(ws, h+3) == "," || at(ws, h+3) == "and") {
				continue
			}
			// "were really thoughtful: clear, kind, and ...": an adjective
			// after a colon opens a list of qualities.
			if h != head && at(ws, h-1) == ":" && at(ws, h+1) == "," && ws[h].Tag() == "JJ" {
				continue
			}
			// "such a calm, clear explanation.": an adjective before the
			// noun that ends the sentence continues a list of adjectives.
			if h != head && at(ws, h-1) == "," && ws[h].Tag() == "JJ" && h+1 < len(ws) && (ws[h+1].Tag() == "NN" || ws[h+1].Tag() == "NNS") && (h+2 >= len(ws) || ws[h+2].punct) {
				continue
			}
			// "Our mission hasn't changed: make great care easier to deliver":
			// what follows the colon states the aim; it orders no one.
			if statesOurAim(ws, h) {
				continue
			}
			if r, ok := imperativeAt(ws, h); ok {
				// Every clause's order is a candidate: the analyzer drops those
				// that are invitations and counts the first that remains.
				hits = append(hits, r)
				// "Stop second-guessing the supplier and just place the
				// order", "Try the new scheme and tell us what works": a
				// second order joined by "and" is read on its own too, so an
				// invitation in either half is not lost.
				if j := coordinatedOrder(ws, h, heads); j > 0 {
					if r2, ok := imperativeAt(ws, j); ok {
						hits = append(hits, r2)
					}
				}
			}
		}
	}
	if r, ok := pleaseVerb(ws, heads); ok && !hasRule(hits, ruleImperative) && !hasRule(hits, ruleRequest) && !insideOpenQuestion(hits, r.from) {
		hits = append(hits, r)
	}
	// "when you get a chance go into Unify and ...": the order after a
	// time-giving formula with no comma to mark where it starts.
	if !hasRule(hits, ruleImperative) && !hasRule(hits, ruleRequest) {
		if r, ok := orderAfterFormula(ws); ok {
			hits = append(hits, r)
		}
	}
	// "Anyone who wants to lead a workstream, put your hand up": the order
	// is for volunteers only, an opening offered rather than work set.
	// The opening counts once, however many orders follow it.
	if volunteerOpener(ws, head) {
		kept, offered := hits[:0], false
		for _, r := range hits {
			if r.id == ruleImperative && r.from > head+1 {
				if offered {
					continue
				}
				r, offered = ruleHit{id: ruleAutonomy, from: head, to: head + 2, scale: 1}, true
			}
			kept = append(kept, r)
		}
		hits = kept
	}
	// "Don't wait for my sign-off on consumables, just order them", "No
	// need to loop me in, just flag anything odd": once the writer's own
	// approval is lifted, the order after it is what the freedom is for
	// (the lexicon scores the lift). "No need to print it, just email it
	// to me" lifts no approval and still orders.
	if comma := approvalLifted(ws, head); comma > 0 {
		kept := hits[:0]
		for _, r := range hits {
			if r.id != ruleImperative || r.from <= comma {
				kept = append(kept, r)
			}
		}
		hits = kept
	}
	// "If you have questions, call me": an order that waits on the reader's
	// own condition leaves the reader to decide whether it applies.
	if at(ws, head) == "if" && (readerSubjects[at(ws, head+1)] || anyReader[at(ws, head+1)] || readerInCondition(ws, head)) {
		for k := range hits {
			if hits[k].id == ruleImperative && hits[k].from > head+1 {
				hits[k].scale *= conditionalScale
				// "If you see a better way, take it", "If you think it's
				// right, go for it": the order follows the reader's own
				// judgement, which leaves the decision with them.
				if judgementAt(ws, head+2) {
					hits[k] = ruleHit{id: ruleAutonomy, from: head, to: head + 3, scale: handedOverScale}
				}
				// "If you need a day off, take it", "If you're done, go
				// home": an order to rest or leave, on the reader's own
				// need, grants leave rather than giving work.
				if end := leaveGrantedAt(ws, hits[k].from); end > 0 {
					hits[k] = ruleHit{id: ruleAutonomy, from: hits[k].from, to: end, scale: handedOverScale}
				}
			}
		}
	}
	// "If you want to discuss further let me know": the request follows a
	// clause with no comma to mark where it starts.
	if !hasRule(hits, ruleImperative) && !hasRule(hits, ruleRequest) {
		for i := 1; i+2 < len(ws); i++ {
			// "He also let me know that ...": an adverb may stand between
			// the subject and the verb.
			before := i - 1
			for before > 0 && (ws[before].norm == "also" || ws[before].norm == "just" || ws[before].norm == "already") {
				before--
			}
			if ws[i].norm != "let" || subjectPronouns[ws[before].norm] || auxiliaries[ws[i-1].norm] || modalWords[ws[i-1].norm] || ws[i-1].norm == "to" {
				continue
			}
			if k := letKnowAt(ws, i); k > i {
				hits = append(hits, ruleHit{id: ruleImperative, from: i, to: k + 1, scale: 0.5})
				break
			}
		}
	}
	// "Let me know what you think": the half-weight request also asks for
	// the reader's view.
	for _, r := range hits {
		if r.id == ruleImperative && at(ws, r.from) == "let" && asksForView(ws, r.to) {
			hits = append(hits, ruleHit{id: ruleOpenQuestion, from: r.from, to: r.to, scale: 1})
			break
		}
	}
	// "Take a look and tell me what you think": an order joined to a
	// request for the reader's view invites that view too.
	for _, r := range hits {
		if r.id != ruleImperative {
			continue
		}
		if k := joinedViewRequest(ws, r.to); k > 0 && !hasRule(hits, ruleOpenQuestion) {
			hits = append(hits, ruleHit{id: ruleOpenQuestion, from: k, to: k + 1, scale: 1})
		}
		break
	}
	// "Tom, the invoices, please.": a request with its verb left out.
	if !hasRule(hits, ruleImperative) && !hasRule(hits, ruleRequest) {
		if r, ok := verblessPlease(ws); ok {
			hits = append(hits, r)
		} else if r, ok := verblessOrder(ws); ok && !question {
			hits = append(hits, r)
		} else if r, ok := urgencyAlone(ws); ok && !question {
			hits = append(hits, r)
		}
	}
	if !hasRule(hits, ruleImperative) {
		if r, ok := inclusiveImperative(ws, heads, question); ok {
			hits = append(hits, r)
		} else if question && len(hits) == 0 {
			if r, ok := schedulingQuestion(ws, head); ok {
				hits = append(hits, r)
			}
		}
	}
	if r, ok := needStatement(ws, heads); ok && !question {
		hits = append(hits, r)
	}
	hits = append(hits, obligations(ws, question)...)
	if !question {
		if r, ok := conditionalThreat(ws); ok {
			hits = append(hits, r)
		}
	}
	if len(heads) > 0 && !question && !hasRule(hits, ruleObligation) {
		if r, ok := routineRule(ws, heads[0]); ok {
			hits = append(hits, r)
		} else if r, ok := placementRule(ws, heads[0]); ok {
			hits = append(hits, r)
		}
	}
	// "Alison, better send me what you have": "you had better" with its
	// subject dropped.
	for _, h := range heads {
		if at(ws, h) == "better" && !question && isVerbLike(ws, h+1) && !hasRule(hits, ruleObligation) {
			hits = append(hits, ruleHit{id: ruleObligation, from: h, to: h + 2, scale: 0.9})
			break
		}
	}
	if r, ok := wantYouTo(ws); ok {
		hits = append(hits, r)
	}
	if r, ok := embeddedRequestInStatement(ws); ok && !hasRule(hits, ruleRequest) {
		hits = append(hits, r)
	}
	if !question {
		if r, ok := recognition(ws); ok {
			hits = append(hits, r)
		}
	}
	if r, ok := autonomySupport(ws); ok && !hasRule(hits, ruleAutonomy) {
		hits = append(hits, r)
	}
	if question && len(hits) == 0 {
		hits = append(hits, yesNoToReader(ws, head)...)
	}
	return hits
}

// asksToPick: the question from h asks the reader to pick what suits
// them ("suit you", "suits you", "works for you", "better for you") or
// one of the options it lists.
func asksToPick(ws []word, h int) bool {
	// "What size T-shirt do you want (S, M, L or XL)?", "Would you let us
	// know whether you'd prefer to pay or replace it?": options listed.
	if _, end := findPhrase(ws, h+1, "do you want", "would you like", "do you prefer", "would you prefer", "you would prefer", "you would rather"); end > 0 {
		for k := end; k < len(ws); k++ {
			if ws[k].norm == "or" {
				return true
			}
		}
	}
	_, end := findPhrase(ws, h+1, pickPhrases...)
	return end > 0
}

// readerPicks, after an auxiliary, ask the reader to pick what suits them
// or to give leave ("Would Tuesday suit you?", "Is it ok if we keep the car
// until Monday?"); openQuestionEnd reads them as asking for agreement too.
var readerPicks = []string{"suit you", "suit everyone", "work for you", "ok for you", "okay for you", "convenient for you",
	"ok if we", "okay if we", "ok if i", "okay if i", "alright if we", "alright if i"}

var (
	// pickPhrases add the forms after a question word ("Which day suits
	// you better?").
	pickPhrases = append([]string{"suits you", "works for you", "better for you", "works best for you", "work best for you"}, readerPicks...)
	// agreementPhrases ask whether the reader agrees ("Does that plan
	// work for you?", "Would Tuesday suit everyone?").
	agreementPhrases = append([]string{"work for everyone", "work for everybody", "work for all", "work for the team",
		"sound good", "sound ok", "sound okay", "sound right", "make sense", "okay with everyone", "ok with everyone",
		"okay with you", "ok with you", "fair to you", "feel right"}, readerPicks...)
)

// yesNoToReader: "Do you have the signed copy?", "Is there an agenda for
// Friday?": a yes/no question put to the reader, Ervin-Tripp's question
// directive, asks for something and leaves the most room to decline. It
// counts as a weak directive and as a choice left, as "can you" does, so
// it moves the directive score and leaves the balance where it was.
func yesNoToReader(ws []word, head int) []ruleHit {
	w0 := at(ws, head)
	if !questionAuxiliaries[w0] {
		return nil
	}
	subj := at(ws, head+1)
	if !readerSubjects[subj] && !anyReader[subj] && subj != "there" && !(subj == "we" && (w0 == "do" || w0 == "does" || w0 == "did" || w0 == "have" || w0 == "are")) {
		return nil
	}
	// "Are you sure about the numbers?" doubts and "Do you know Ana?"
	// asks an acquaintance; "Do you know if ...?" is the indirect question
	// above.
	if next := at(ws, head+2); next == "sure" || next == "know" {
		return nil
	}
	return []ruleHit{
		{id: ruleDirectQ, from: head, to: head + 2, scale: yesNoScale},
		{id: ruleAutonomy, from: head, to: head + 2, scale: yesNoScale},
	}
}

// yesNoScale weighs the question directive against the direct question:
// the same weight (half of it read 0.0003 lower on email-requests and 0.0007
// on empowering-replies, docs/validity.md).
const yesNoScale = 1.0

// inclusiveImperative: "Let's meet on Tuesday", "Thanks, let's regroup":
// the first-person plural imperative directs and includes the writer. "Let's
// not ..." forbids and is an imperative; "Let us know" asks like "let me
// know". Without its apostrophe, "Lets" opening a clause before a verb is
// the same form ("Lets discuss").
func inclusiveImperative(ws []word, heads []int, question bool) (ruleHit, bool) {
	for _, h := range heads {
		switch {
		// "Can we meet Monday?", "Shall we move it to 11?": the same
		// proposal asked as a question.
		case question && proposalModals[at(ws, h)] && at(ws, h+1) == "we" && (isVerbLike(ws, h+2) || canBeVerbAfterModal(ws, h+2) && !notImperative[at(ws, h+2)]) && at(ws, h+2) != "be":
			return ruleHit{id: ruleInclusive, from: h, to: h + 3, scale: 1}, true
		case at(ws, h) == "let" && at(ws, h+1) == "us" && at(ws, h+2) != "not" && at(ws, h+2) != "know" && h+2 < len(ws) && !ws[h+2].punct && !letsFormula(ws, h+2):
			// "Let's have every sheet handed in before 3", "Let's get the
			// iPads charged by briefing": a result the reader is to bring
			// about by a time is an order in the plural.
			v := h + 2
			if at(ws, v) == "all" { // "Let's all have our scanners docked before ..."
				v++
			}
			if (at(ws, v) == "have" || at(ws, v) == "get") && causedByTime(ws, v+1) {
				return ruleHit{id: ruleImperative, from: h, to: v + 1, scale: 0.8}, true
			}
			return ruleHit{id: ruleInclusive, from: h, to: h + 3, scale: 1}, true
		case at(ws, h) == "lets" && h+1 < len(ws) && !ws[h+1].punct && !objectStarts[at(ws, h+1)] && !subjectPronouns[at(ws, h+1)] && !letsFormula(ws, h+1):
			return ruleHit{id: ruleInclusive, from: h, to: h + 2, scale: 1}, true
		}
	}
	return ruleHit{}, false
}

// causedByTime: from i, an object of up to five words, a participle or a
// place, and a time to act by ("every defect sheet handed in before 3",
// "everyone's iPads charged before briefing", "our bins at the row ends by
// 6"). "Let's have a chat on Friday" has no participle and no place.
func causedByTime(ws []word, i int) bool {
	for k := i + 1; k < len(ws) && k <= i+5; k++ {
		if ws[k].punct {
			return false
		}
		if isParticiple(&ws[k]) && !isAdjectiveLike(ws[k].norm) || ws[k].norm == "at" || ws[k].norm == "in" && (at(ws, k+1) == "by" || at(ws, k+1) == "before") {
			return timeToActBy(ws, k+1) || newRuleStarts(ws)
		}
	}
	return false
}

// newRuleStarts: the sentence says from when a routine starts ("From
// tomorrow, ...", "..., starting tonight", "from now on").
func newRuleStarts(ws []word) bool {
	for k := 0; k+1 < len(ws); k++ {
		if w, n := ws[k].norm, ws[k+1].norm; (w == "from" || w == "starting") && (n == "tomorrow" || n == "tonight" || n == "today" || n == "now" || weekdays[n] || n == "next" || n == "this") {
			return true
		}
	}
	return false
}

// schedulingQuestion: a short question that puts a time or an occasion
// ("Thursday, usual time?", "Monday lunch?", "Perhaps coffee or lunch?",
// "Is Friday better for you guys?") proposes a joint step, as "Can we meet
// Monday?" does. A question that opens with a question word asks for a
// fact instead ("What time is the call on Friday?").
func schedulingQuestion(ws []word, head int) (ruleHit, bool) {
	if first := at(ws, head); countWords(ws) > 7 || whWords[first] || first == "why" || first == "when" {
		return ruleHit{}, false
	}
	found := -1
	for i := range ws {
		if weatherWords[ws[i].norm] {
			return ruleHit{}, false // "Rain tomorrow?" asks about the weather
		}
		if found < 0 && (schedulingWords[ws[i].norm] || ws[i].norm == "week" && (at(ws, i-1) == "next" || at(ws, i-1) == "this")) {
			found = i
		}
	}
	if found < 0 {
		return ruleHit{}, false
	}
	return ruleHit{id: ruleInclusive, from: found, to: found + 1, scale: 1}, true
}

// weekdays are named by several word lists below.
var weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// schedulingWords name a day or an occasion to meet.
var schedulingWords = union(weekdays, set("tomorrow", "tonight", "tonite", "lunch", "dinner", "coffee",
	"breakfast", "drinks", "beer"))

// proposalModals open a question that proposes a joint step.
var proposalModals = set("can", "could", "shall", "should")

// letsFormula: "let's face it", "let's be honest", "let's see" open a remark.
func letsFormula(ws []word, i int) bool {
	switch at(ws, i) {
	case "face", "say", "see", "hope":
		return true
	case "be":
		return at(ws, i+1) == "honest" || at(ws, i+1) == "real" || at(ws, i+1) == "clear" || at(ws, i+1) == "frank"
	}
	return false
}

// autonomyPhrases leave the reader a choice (counterfactual modals, hedges,
// conditions); see grammar.autonomy-support in rules.yaml.
var autonomyPhrases = []string{
	"could you", "would you", "can you", "could we", "would it be possible", "i wonder", "i was wondering",
	"are you able to", "are you willing to", "are you happy to",
	"i suggest", "i would suggest", "if you would like", "if you like", "if you want", "if possible", "if it helps",
	"when you can", "whenever you can", "when you are ready", "whenever you are ready", "when you feel ready", "whenever you feel ready", "unless you want to",
	"no pressure", "no rush", "if you have time",
	"if you get a chance", "when you get a chance", "if that works", "up to you",
	// hedged suggestions
	"maybe you could", "perhaps you could", "maybe you can", "perhaps you can", "maybe you might",
	"perhaps you might", "maybe we could", "perhaps we could", "maybe we can", "perhaps we can",
}

var autonomyIndex = newPhraseIndex([][]string{autonomyPhrases})

// hintAdjectives: "It would be great if you could ...", "Would be useful
// to get a copy": a wish that asks without telling.
var hintAdjectives = set("great", "good", "nice", "helpful", "useful", "ideal", "wonderful",
	"fantastic", "lovely", "awesome", "appreciated", "preferable", "best", "better", "easier")

// futureHintAdjectives make "will be ADJ" at the end of a sentence a hint:
// "Any data you can provide will be helpful." wishes as "would" does.
var futureHintAdjectives = set("helpful", "useful", "appreciated")

// hintDegrees may stand before the adjective ("would be greatly
// appreciated").
var hintDegrees = set("very", "really", "most", "much", "greatly", "so", "extremely", "super")

// helpDegrees measure "help" after it ("It would help enormously if ...").
var helpDegrees = set("enormously", "hugely", "massively", "greatly", "immensely", "tremendously", "loads")

// wishAt matches a wish at i: "would be (DEGREE) ADJ" followed by "if",
// "to", "for" or the end of the sentence, or "will be (DEGREE) ADJ" ending
// it, and returns where it ends (after that last word). Wishes are not
// autonomy support: counted as both, a hint outweighed the "if you could
// ..." inside it.
func wishAt(ws []word, i int) (int, bool) {
	modal := ws[i].norm
	// "It would really help to have the glossary", "It would help if you
	// sent it": the same wish with the verb "help".
	if modal == "would" && at(ws, i-1) == "it" {
		k := i + 1
		if hintDegrees[at(ws, k)] {
			k++
		}
		if at(ws, k) == "help" {
			e := k + 1
			if at(ws, e) == "us" || at(ws, e) == "me" {
				e++ // "It would help us (enormously) to have ..."
			}
			if helpDegrees[at(ws, e)] {
				e++ // "It would help enormously if ..."
			}
			if at(ws, e) == "to" || at(ws, e) == "if" {
				return e + 1, true
			}
		}
	}
	if modal != "would" && modal != "will" || at(ws, i+1) != "be" {
		return 0, false
	}
	k := i + 2
	if hintDegrees[at(ws, k)] {
		k++
	}
	adj, next := at(ws, k), at(ws, k+1)
	switch {
	case modal == "would" && hintAdjectives[adj] && (next == "if" || next == "to" || next == "for" || next == "." || next == "!"):
	case modal == "will" && futureHintAdjectives[adj] && (next == "." || next == "!"):
	default:
		return 0, false
	}
	return k + 2, true
}

// embeddedPossibility: "I was wondering if it would be possible for you to
// write a letter", the possibility question of a request, embedded.
func embeddedPossibility(ws []word) (ruleHit, bool) {
	if !slices.ContainsFunc(ws, func(w word) bool { return w.norm == "possible" }) {
		return ruleHit{}, false
	}
	for _, p := range []string{"if it would be possible", "whether it would be possible", "if it is possible for you", "if it's possible for you"} {
		from, to, ok := containsPhrase(ws, p)
		if !ok {
			continue
		}
		k := to
		for k < len(ws) && k < to+3 && ws[k].norm != "to" {
			k++
		}
		if at(ws, k) == "to" && canBeVerbAfterModal(ws, k+1) {
			return ruleHit{id: ruleRequest, from: from, to: k + 2, scale: 0.8}, true
		}
	}
	return ruleHit{}, false
}

// worthHint: "It might be worth running the reconciliation again", "Could
// be worth asking legal first": a step the writer thinks worth taking, put
// as a hint (0.6 of a request). "It's worth noting that ..." remarks, and
// a plain "is worth" judges the thing ("The course is worth doing").
func worthHint(ws []word) (ruleHit, bool) {
	for i := 1; i+1 < len(ws); i++ {
		if ws[i].norm != "worth" || at(ws, i-1) != "be" {
			continue
		}
		modal := i - 2
		if at(ws, modal) == "well" || at(ws, modal) == "definitely" || at(ws, modal) == "probably" {
			modal--
		}
		switch at(ws, modal) {
		case "might", "may", "could", "would":
		default:
			continue
		}
		verb := at(ws, i+1)
		if !strings.HasSuffix(verb, "ing") || !isLettersOnly(verb) || remarkGerunds[verb] {
			continue
		}
		return ruleHit{id: ruleRequest, from: max(0, modal-1), to: i + 2, scale: hintScale}, true
	}
	return ruleHit{}, false
}

// remarkGerunds after "worth" comment on the text itself ("worth noting").
var remarkGerunds = set("noting", "mentioning", "saying", "remembering", "pointing", "adding", "repeating",
	"stressing", "emphasising", "emphasizing", "highlighting")

// adviceNouns name the writer's advice ("My suggestion is to ...").
var adviceNouns = set("suggestion", "recommendation", "advice", "proposal")

// suggestionRequest: "I would suggest that you find a day", "I suggest a
// brief meeting", "I'd recommend asking on the forum": the writer's advice
// names what to do and asks for it softly (the autonomy support beside it
// still counts).
func suggestionRequest(ws []word) (ruleHit, bool) {
	for i := 1; i+1 < len(ws); i++ {
		if ws[i].norm != "suggest" && ws[i].norm != "recommend" || ws[i+1].punct {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			w := ws[k].norm
			if w == "i" {
				// "Sony is what I recommend": the object of a relative clause.
				if k > 0 && (whWords[ws[k-1].norm] || ws[k-1].norm == "that") {
					break
				}
				return ruleHit{id: ruleRequest, from: k, to: i + 1, scale: hintScale}, true
			}
			if !modalWords[w] && !politeWords[w] && w != "strongly" && w != "would" && w != "'d" {
				break
			}
		}
	}
	return ruleHit{}, false
}

// hopeRequest: "I hope you can join us", "Hope you will share it with your
// group": hoping for the reader's action asks for it. "I hope you will
// enjoy it" wishes them well.
func hopeRequest(ws []word) (ruleHit, bool) {
	for i := range ws {
		if ws[i].norm != "hope" && ws[i].norm != "hoping" {
			continue
		}
		switch {
		case i == 0, at(ws, i-1) == "i", at(ws, i-1) == "we":
		case i >= 2 && modalWords[ws[i-1].norm] && (ws[i-2].norm == "i" || ws[i-2].norm == "we"):
		// "I was hoping you could introduce me", "I'm hoping you can ..."
		case i >= 2 && (ws[i-1].norm == "was" || ws[i-1].norm == "am" || ws[i-1].norm == "were" || ws[i-1].norm == "are") && (ws[i-2].norm == "i" || ws[i-2].norm == "we"):
		default:
			continue
		}
		j := i + 1
		if at(ws, j) == "that" {
			j++
		}
		if !readerSubjects[at(ws, j)] {
			continue
		}
		switch at(ws, j+1) {
		case "can", "will", "could", "would":
		default:
			continue
		}
		k := j + 2
		for politeWords[at(ws, k)] || at(ws, k) == "still" {
			k++
		}
		if v := at(ws, k); canBeVerbAfterModal(ws, k) && !cognition[v] && !wishVerbs[v] && !stateVerbs[v] {
			return ruleHit{id: ruleRequest, from: i, to: k + 1, scale: hintScale}, true
		}
	}
	return ruleHit{}, false
}

// stateVerbs after "I hope you will" wish the reader a state, not an act.
var stateVerbs = set("have", "be", "get", "stay", "keep", "continue", "recover", "rest", "relax", "consider")

func autonomySupport(ws []word) (ruleHit, bool) {
	hit, found := ruleHit{}, false
	autonomyIndex.each(ws, func(p indexedPhrase, from, to int) {
		// "Why would you do that?", "How can you say that?": a modal after
		// a question word asks about the reader; it offers no choice.
		if from > 0 && modalWords[ws[from].norm] && (whWords[ws[from-1].norm] || ws[from-1].norm == "why") {
			return
		}
		if !found {
			hit, found = ruleHit{id: ruleAutonomy, from: from, to: to, scale: 1}, true
		}
	})
	return hit, found
}

// praiseWords evaluate a person's work positively.
var praiseWords = union(set("thorough", "great", "brilliant", "remarkable", "excellent", "impressive", "amazing",
	"awesome", "fantastic", "outstanding", "exceptional", "superb", "terrific", "wonderful",
	"incredible", "stellar", "masterclass", "spot-on", "best", "stronger", "smart", "sharp",
	"insightful", "thoughtful", "creative", "clever", "talented", "skilled", "gifted", "inspiring",
	"invaluable", "exactly", "right", "better", "superb", "phenomenal", "flawless", "beautiful",
	"genius", "wizardry", "heroic", "stunning", "solid", "strong", "calm", "generous", "kind",
	"helpful", "reason", "difference", "nailed", "saved", "rescued", "transformed", "raised", "earned",
	"caring", "reliable", "dedicated", "diligent", "resourceful", "dependable", "tireless",
	"meticulous", "brave", "courageous", "wise", "gracious", "supportive", "conscientious",
	"smashed", "crushed", "aced", "rocked", "perfect", "spotless", "immaculate", "faultless"),
	praiseAdverbs)

// predicativePraise praise the reader's work only said of it ("Your
// handling of the complaint was really professional", "Your notes were a
// lifesaver"); before a noun they name a kind ("your professional
// development plan").
var predicativePraise = set("professional", "lifesaver", "godsend", "gold", "polished", "tactful", "patient",
	"textbook", "natural", "legendary")

// copulaBefore: a form of "be" stands before i, with up to two words of
// degree or an article between ("was really professional", "were a real
// lifesaver").
func copulaBefore(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch w := ws[k].norm; {
		case w == "was" || w == "were" || w == "is" || w == "are" || w == "been":
			return true
		case w == "a" || w == "an" || w == "real" || w == "absolute" || w == "total" || degreeWords[w]:
			continue
		}
		return false
	}
	return false
}

// degreeWords raise or lower an adjective after a copula.
var degreeWords = set("really", "very", "so", "truly", "incredibly", "extremely", "super", "pure", "just", "quite")

// counterfactualBetween: "would / could / should have" stands between i and j.
func counterfactualBetween(ws []word, i, j int) bool {
	for k := i + 1; k+1 < j; k++ {
		if (ws[k].norm == "would" || ws[k].norm == "could" || ws[k].norm == "should") && ws[k+1].norm == "have" {
			return true
		}
	}
	return false
}

// comparativePraise: "Your grout lines are straighter than the ones our
// contractor did", "your Spanish was way clearer than you think".
func comparativePraise(ws []word, i int) bool {
	return positiveComparatives[ws[i].norm] && at(ws, i+1) == "than"
}

// positiveComparatives rank the reader's work above something else.
var positiveComparatives = set("cleaner", "straighter", "clearer", "neater", "sharper", "smoother", "tidier",
	"tighter", "steadier", "nicer", "smarter", "braver", "stronger", "better", "faster", "calmer", "kinder")

// praiseAdverbs praise how something was done ("You handled it brilliantly").
var praiseAdverbs = set("brilliantly", "superbly", "beautifully", "expertly", "wonderfully", "masterfully",
	"flawlessly", "impressively", "gracefully", "excellently", "confidently", "professionally", "calmly",
	"thoughtfully", "maturely", "skilfully", "skillfully", "creatively")

// mannerPraise: "You handled that well", "You explain things so
// clearly": a verb of doing the work, then "well" or "clearly" ending the
// clause, with no negator between ("Hope you slept well" names no work).
func mannerPraise(ws []word, subject, i int) bool {
	if w := ws[i].norm; w != "well" && w != "clearly" || i+1 < len(ws) && !ws[i+1].punct && ws[i+1].norm != "and" {
		return false
	}
	for k := subject + 1; k < i && k <= subject+6; k++ {
		if isNegator(ws, k) || ws[k].punct {
			return false
		}
		if workVerbs[ws[k].norm] {
			return !dutyBetween(ws, subject, i)
		}
	}
	return false
}

// workVerbs: doing a piece of work, whose manner can be praised.
var workVerbs = set("handled", "handle", "managed", "manage", "did", "explained", "explain", "explains", "ran", "run", "planned", "prepared", "built", "designed",
	"presented", "present", "led", "lead", "dealt", "coped", "wrote", "write", "communicated", "communicate",
	"organized", "organize", "articulated", "framed", "structured", "pulled", "played", "taught", "teach", "coached")

// recognition: a sentence about the reader (or a named colleague) that
// evaluates them or their work positively, with no negation of the praise.
func recognition(ws []word) (ruleHit, bool) {
	subject := recognitionSubject(ws, 0)
	if subject < 0 {
		return ruleHit{}, false
	}
	hit, found, denied := recognitionAt(ws, subject)
	if found || denied {
		return hit, found
	}
	// "You've clearly been reading up on coaching, the way you explain
	// things is so clear": a later clause about the reader, opened by "the
	// way you" or a "your" after a comma, may carry the praise the first
	// did not.
	for k := subject + 1; k+1 < len(ws); k++ {
		if at(ws, k) == "the" && at(ws, k+1) == "way" && at(ws, k+2) == "you" || ws[k].punct && at(ws, k+1) == "your" {
			hit, found, _ = recognitionAt(ws, recognitionSubject(ws, k+1))
			return hit, found
		}
	}
	return ruleHit{}, false
}

// recognitionSubject: the first word from i on that names the reader (or
// a named colleague, "Marcus's"), or -1.
func recognitionSubject(ws []word, from int) int {
	for i := from; i < len(ws); i++ {
		w := ws[i].norm
		if w == "you" || w == "your" || w == "yours" || w == "u" || w == "ur" || (at(ws, i+1) == "'s" && isCapitalised(ws[i].text) && !closedClass[w] && ws[i].Tag() == "NNP") {
			return i
		}
	}
	return -1
}

// recognitionAt: praise of the subject at subject within the next words;
// denied when a form there rules the praise out.
func recognitionAt(ws []word, subject int) (hit ruleHit, found, denied bool) {
	for i := subject + 1; i < len(ws) && i < subject+14; i++ {
		if mannerPraise(ws, subject, i) {
			return ruleHit{id: ruleRecognition, from: subject, to: i + 1, scale: 1}, true, false
		}
		if !praiseWords[ws[i].norm] && !comparativePraise(ws, i) && !(predicativePraise[ws[i].norm] && copulaBefore(ws, i)) {
			continue
		}
		// "you'd have had a better time if ...": a counterfactual, not praise.
		if counterfactualBetween(ws, subject, i) {
			return ruleHit{}, false, true
		}
		// "you're not going to get better", "Your feelings don't really
		// matter here, ... what's best": a negator in the subject's own
		// clause before the word denies the praise.
		if negatorBetween(ws, subject, i) {
			return ruleHit{}, false, true
		}
		// "You handled it brilliantly." praises how it was done; "a
		// beautifully made shelf" describes a thing.
		if praiseAdverbs[ws[i].norm] && i+1 < len(ws) && !ws[i+1].punct && ws[i+1].norm != "and" {
			continue
		}
		// "Pick whatever you think is best": the reader's judgement, not
		// praise of the reader.
		if (at(ws, i-1) == "is" || at(ws, i-1) == "are") && judgementVerbs[at(ws, i-2)] {
			continue
		}
		// "your right of appeal", "the right to reply": an entitlement.
		if ws[i].norm == "right" && (at(ws, i+1) == "of" || at(ws, i+1) == "to") && (at(ws, i-1) == "your" || at(ws, i-1) == "the" || at(ws, i-1) == "a") {
			continue
		}
		// "the perfect card", "a perfect time to ...": describes a thing.
		if ws[i].norm == "perfect" && prepositionTo[at(ws, i-1)] {
			continue
		}
		if ws[i].norm == "exactly" && exactlyNotPraise(ws, i) {
			continue
		}
		// "If you have outstanding reports": still owed, not excellent.
		if ws[i].norm == "outstanding" && owedThings[at(ws, i+1)] {
			continue
		}
		// "you need to get it right": a standard still to meet, not praise.
		if dutyBetween(ws, subject, i) {
			continue
		}
		// "not great", "could be better", "right now", "right here", "in a
		// right state": not praise.
		if isNegator(ws, max(i-1, 0)) || isNegator(ws, max(i-2, 0)) || at(ws, i-1) == "be" || at(ws, i+1) == "now" || at(ws, i+1) == "away" || at(ws, i-1) == "the" && ws[i].norm == "right" && !rightChoices[at(ws, i+1)] || ws[i].norm == "right" && (placeWords[at(ws, i+1)] || at(ws, i-1) == "a") {
			return ruleHit{}, false, true
		}
		// "You'd better send it" warns: "better" before a verb obliges.
		if ws[i].norm == "better" && (at(ws, i-1) == "you" || at(ws, i-1) == "had" || at(ws, i-1) == "would") && canBeVerbAfterModal(ws, i+1) {
			return ruleHit{}, false, true
		}
		// "Which day suits you better?", "to get to know you better":
		// "better" after "you" as an object qualifies the verb.
		if ws[i].norm == "better" && at(ws, i-1) == "you" && i >= 2 && !ws[i-2].punct && !discourseWords[ws[i-2].norm] {
			return ruleHit{}, false, true
		}
		// "You're the reason the launch slipped" blames: the credit words
		// take their sense from the outcome that follows.
		if ws[i].norm == "reason" || ws[i].norm == "difference" {
			for k := i + 1; k < len(ws); k++ {
				if badOutcomes[ws[k].norm] {
					return ruleHit{}, false, true
				}
			}
		}
		return ruleHit{id: ruleRecognition, from: subject, to: i + 1, scale: 1}, true, false
	}
	return ruleHit{}, false, false
}

// exactlyNotPraise: the "exactly" at i measures how closely something is
// kept or matched ("follow the script exactly as written", "exactly to
// spec", "You look exactly the same") rather than praising ("exactly
// right", "You did exactly as I'd hoped").
func exactlyNotPraise(ws []word, i int) bool {
	switch next := at(ws, i+1); next {
	case "as":
		return i+2 < len(ws) && (isParticiple(&ws[i+2]) || at(ws, i+2) == "it" || at(ws, i+2) == "they")
	case "to":
		return at(ws, i+2) == "spec" || at(ws, i+2) == "the"
	case "the":
		return at(ws, i+2) == "same"
	case "like":
		return true
	}
	return false
}

// negatorBetween: a negator stands after the subject at from and before
// i, in the subject's clause (the first clause break ends the search).
func negatorBetween(ws []word, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if isClauseBreak(ws, k) {
			return false
		}
		// Only a negator proper: "stop" and "without" name what the
		// praised work did ("the way you ran it without a reset").
		if w := ws[k].norm; (w == "not" || w == "never" || w == "no") && isNegator(ws, k) {
			return true
		}
	}
	return false
}

// dutyBetween: a modal of duty or "need to" / "have to" between the
// reader and the praise word makes the praise a demand.
func dutyBetween(ws []word, from, to int) bool {
	for k := from + 1; k < to; k++ {
		switch ws[k].norm {
		case "must", "should", "ought":
			return true
		case "need", "needs", "have", "has":
			if at(ws, k+1) == "to" {
				return true
			}
		}
	}
	return false
}

// owedThings after "outstanding" make it "still owed".
var owedThings = set("report", "reports", "invoice", "invoices", "item", "items", "issue", "issues",
	"task", "tasks", "payment", "payments", "balance", "balances", "bill", "bills", "debt", "debts",
	"amount", "amounts", "question", "questions", "request", "requests", "ticket", "tickets",
	"action", "actions", "order", "orders", "fee", "fees", "expense", "expenses", "claim", "claims",
	"timesheet", "timesheets", "receipts", "bugs", "comments", "reviews")

// rightChoices after "the right" make it a verdict on the reader's call
// ("Your instinct was the right one"), not "the right time".
var rightChoices = set("one", "call", "move", "decision", "choice", "thing", "instinct", "approach")

// judgementVerbs name the reader's view before "is best" ("what you think
// is best").
var judgementVerbs = set("think", "feel", "believe", "find", "consider", "judge")

// badOutcomes after "you're the reason ..." make it blame, not credit.
var badOutcomes = set("slipped", "missed", "failed", "fail", "fails", "lost", "late", "behind",
	"broke", "broken", "delayed", "crashed", "wrong", "mess", "problem", "problems", "not",
	"never", "worse", "worst", "bad", "down", "stuck", "overdue", "over", "full", "ruined",
	"ruin", "hate", "hates", "quit", "quitting", "left", "leaving", "upset", "angry", "sad",
	"crying", "suffering", "miserable", "stupid", "dumb", "sick", "blame", "trouble")

// placeWords after "right" make it an adverb of place or time ("right here").
var placeWords = set("here", "there", "after", "before", "at", "in", "on", "from", "to", "into", "next", "behind", "below", "above")

var auxiliaries = set("do", "does", "did", "is", "are", "was", "were", "am", "can", "could", "will",
	"would", "should", "shall", "may", "might", "must", "have", "has", "had")

// pleaseVerb: "please" followed by a verb anywhere in the sentence is an
// order, however the sentence opens ("When you have time please send me
// the list", "If you have questions please call me").
func pleaseVerb(ws []word, heads []int) (ruleHit, bool) {
	for i := range ws {
		if ws[i].norm != "please" && ws[i].norm != "kindly" {
			continue
		}
		// "Dr Okafor has kindly agreed to chair": an adverb inside a
		// statement, not the request marker.
		if ws[i].norm == "kindly" && i > 0 && auxiliaries[ws[i-1].norm] {
			continue
		}
		j := i + 1
		for politeWords[at(ws, j)] {
			j++
		}
		if j >= len(ws) {
			continue
		}
		// "please do not share", "please never send": a negative order,
		// unless it reassures ("please don't hesitate").
		if ws[j].norm == "do" && at(ws, j+1) == "not" || ws[j].norm == "never" {
			if r, ok := imperativeAt(ws, j); ok {
				return r, true
			}
			continue
		}
		// "please do so", "please do.": the emphatic "do" stands for the
		// verb it repeats; "please do come" orders by the verb after it.
		if ws[j].norm == "do" {
			if isVerbLike(ws, j+1) {
				j++
			}
			return ruleHit{id: ruleImperative, from: j, to: j + 1, scale: 1}, true
		}
		// "Please can all planning be uploaded by Friday", "pls can the
		// lighting crew check ...": a request put through its subject,
		// whoever that is.
		if scale, ok := requestModals[ws[j].norm]; ok {
			for k := j + 2; k < len(ws) && k <= j+8 && !ws[k].punct; k++ {
				if ws[k].norm == "be" || commonVerbs[ws[k].norm] && !commonVerbs[ws[k-1].norm] {
					return ruleHit{id: ruleRequest, from: i, to: k + 1, scale: scale}, true
				}
			}
			continue
		}
		if auxiliaries[ws[j].norm] || pardonFormula(ws, j) {
			continue
		}
		if ws[j].norm == "let" {
			if r, ok := imperativeAt(ws, j); ok {
				return r, true
			}
			continue
		}
		// Whatever follows "please" is the verb it asks for ("Please
		// maintain ...", "Please see attached"), whatever its tag, unless
		// it is plainly not a base form.
		if canBeVerbAfterModal(ws, j) {
			return ruleHit{id: ruleImperative, from: j, to: j + 1, scale: 1}, true
		}
	}
	return ruleHit{}, false
}

// causeOfEvent: the clause from i, after "Why do you think", is "that
// is" or tells of something that happened in the past tense or the
// perfect ("the launch slipped", "bookings have dropped"), not about the
// reader ("you can skip it").
func causeOfEvent(ws []word, i int) bool {
	if (at(ws, i) == "that" || at(ws, i) == "this") && (at(ws, i+1) == "is" || at(ws, i+1) == "'s") && (i+2 >= len(ws) || ws[i+2].punct) {
		return true
	}
	if readerSubjects[at(ws, i)] {
		return false
	}
	for k := i + 1; k < len(ws) && k <= i+5 && !ws[k].punct; k++ {
		w := ws[k].norm
		if w == "has" || w == "have" || w == "had" {
			return isPastForm(at(ws, k+1))
		}
		if isPastForm(w) && !auxiliaries[at(ws, k+1)] && (ws[k].Tag() == "VBD" || ws[k].Tag() == "VBN") {
			return true
		}
		if auxiliaries[w] || modalWords[w] {
			return false
		}
	}
	return false
}

// clauseHeads returns where the sentence and each later clause start: after
// a comma, semicolon, colon or dash, or after "but" / "so" / "now", skipping
// discourse and politeness words.
func clauseHeads(ws []word, head int) []int {
	heads := []int{head}
	for i := head; i < len(ws); i++ {
		switch ws[i].norm {
		case ",", ";", ":", "—", "–", "--", "-", "...", "…", "but", "so", "then":
		case ".":
			// "Thanks... send it over": an ellipsis written as separate
			// dots; a lone dot ends an abbreviation ("etc.").
			if at(ws, i+1) != "." {
				continue
			}
		default:
			continue
		}
		if (ws[i].norm == "but" || ws[i].norm == "then") && sharesSubject(ws, head, i) {
			continue
		}
		// "the door-knock-then-call idea": a word inside a hyphened
		// compound opens no clause.
		if ws[i].compound && !ws[i].punct {
			continue
		}
		// "is so clean I've pinned it up", "so much": "so" after a verb of
		// being or before a degree word measures; it opens no clause.
		if ws[i].norm == "so" && (i > 0 && degreeBeforeSo[ws[i-1].norm] || soDegree[at(ws, i+1)]) {
			continue
		}
		// "I read your note, and find it interesting": ", and" goes on with
		// the subject too.
		if ws[i].norm == "," && at(ws, i+1) == "and" && sharesSubject(ws, head, i+1) {
			continue
		}
		// "a place to write, read and share": a list of verbs after "to".
		if ws[i].norm == "," && i >= 2 && ws[i-2].norm == "to" && (at(ws, i+2) == "and" || at(ws, i+2) == "or" || at(ws, i+2) == ",") && isVerbLike(ws, i-1) {
			continue
		}
		j := i + 1
		for j < len(ws) && (ws[j].punct || politeWords[ws[j].norm] || discourseWords[ws[j].norm] && !isVerbLike(ws, j) || ws[j].norm == "now" || ws[j].norm == "then" || eitherOrOnlyBeforeVerb(ws, j)) {
			j++
		}
		if j < len(ws) && j > heads[len(heads)-1] {
			heads = append(heads, j)
		}
	}
	return heads
}

// ordinalOpeners: discourse words that also order events ("next review").
var ordinalOpeners = set("next", "first", "second", "third", "final")

// degreeBeforeSo: a verb of being or seeming, after which "so" is a degree
// ("it looks so clean"); soDegree: words "so" measures ("so much", "so many").
var (
	degreeBeforeSo = set("is", "are", "was", "were", "'s", "be", "been", "am", "looks", "look", "looked",
		"feels", "feel", "felt", "seems", "seem", "sounds", "sound", "not", "really", "just", "already", "always")
	soDegree = set("much", "many", "far", "long", "few", "little", "well", "good", "proud", "glad",
		"happy", "grateful", "pleased", "sorry", "clean", "great")
)

// sharesSubject: "I am trying to log in but keep getting an error", "We'll
// review it then send it back": with no comma before "but" or "then", the
// clause after it goes on with the subject of the clause before, which
// opens with a pronoun and its verb; so does the clause after ", and".
func sharesSubject(ws []word, head, conj int) bool {
	if conj == 0 || ws[conj-1].punct && !(ws[conj].norm == "and" && ws[conj-1].norm == ",") {
		return false
	}
	// "Normally we would like to come in ... and then talk about ...":
	// adverbs may stand before the subject.
	// (Words only, no tags: this runs at every "but" and "then".)
	for head+1 < conj && (strings.HasSuffix(ws[head].norm, "ly") || frequencyAdverbs[ws[head].norm]) {
		head++
	}
	switch ws[head].norm {
	case "i", "we", "he", "she", "they":
	default:
		return false
	}
	// "I'm sorry but how do I ...?": a question word or a subject opens a
	// clause of its own.
	if after := at(ws, conj+1); whWords[after] || after == "why" || subjectPronouns[after] || teamWords[after] {
		return false
	}
	next := at(ws, head+1)
	return head+1 < len(ws) && (auxiliaries[next] || modalWords[next] || strings.HasPrefix(ws[head+1].Tag(), "VB"))
}

// volunteerOpener: the sentence opens "Anyone who wants / would like /
// is interested ...", "Whoever wants ...".
func volunteerOpener(ws []word, head int) bool {
	k := head + 1
	switch at(ws, head) {
	case "anyone", "anybody", "those":
		if at(ws, k) == "with" {
			return true // "Anyone with an idea for the party, bring it on Thursday"
		}
		if at(ws, k) != "who" && at(ws, k) != "that" {
			return false
		}
		k++
	case "whoever":
	default:
		return false
	}
	switch at(ws, k) {
	case "wants", "want", "would", "fancies", "feels":
		return true
	case "is", "are", "'s", "'re":
		// "Whoever is free, grab it" offers; "Whoever is on standby, get
		// to gate 22" names who is ordered.
		return availableWords[at(ws, k+1)]
	}
	return false
}

// approvalLifted: where the comma after an opening that lifts a duty
// towards the writer ("Don't wait for my sign-off", "No need to loop me
// in", "You don't need to check with me") stands, or 0.
func approvalLifted(ws []word, head int) int {
	lifted := false
	for _, p := range liftedDutyOpeners {
		if phraseAt(ws, head, p) {
			lifted = true
			break
		}
	}
	if !lifted {
		return 0
	}
	toWriter := false
	for k := head + 2; k < len(ws) && k <= head+12; k++ {
		switch ws[k].norm {
		case "me", "my":
			toWriter = true
		case ",", ";", "—", "-":
			if toWriter {
				return k
			}
			return 0
		}
	}
	return 0
}

var liftedDutyOpeners = []string{"do not wait", "no need", "there is no need", "there 's no need",
	"you do not need", "you do not have to", "you needn't", "do not bother"}

// availableWords, after "whoever is" or "anyone who is", name those free
// or keen to take a thing on.
var availableWords = set("free", "around", "available", "keen", "interested", "up", "happy", "willing", "able", "about", "game")

// readerInCondition: "If the new process is slowing you down, tell me":
// the condition before the first comma is about the reader. So is one that
// names a difficulty ("If that date is going to be a problem, talk to me"):
// the order waits on the reader finding one.
func readerInCondition(ws []word, head int) bool {
	for k := head + 1; k < len(ws) && ws[k].norm != ","; k++ {
		if w := ws[k].norm; w == "you" || w == "your" || difficultyWords[w] {
			return true
		}
	}
	return false
}

// difficultyWords in a condition name a difficulty the reader may have.
var difficultyWords = set("problem", "problems", "issue", "issues", "difficult", "difficulty", "trouble", "concern", "concerns", "stuck", "blocked", "unclear", "confusing")

// statesOurAim: the clause at h follows a colon after "our mission",
// "our goal" and the like.
func statesOurAim(ws []word, h int) bool {
	if h < 3 || ws[h-1].norm != ":" {
		return false
	}
	for k := 1; k < h-1; k++ {
		if aimNouns[ws[k].norm] && ws[k-1].norm == "our" {
			return true
		}
	}
	return false
}

// aimNouns name what a team is for.
var aimNouns = set("mission", "vision", "goal", "goals", "aim", "purpose", "ambition", "motto", "mantra")

// supplyAdjectives stand between "a" and the thing asked for ("a daily
// summary", "a quick update").
var supplyAdjectives = set("daily", "weekly", "monthly", "hourly", "quick", "short", "brief", "written",
	"full", "detailed", "final", "revised", "signed", "new", "complete", "updated", "clear")

// suppliedStates are the supplyAdjectives that name a state of a thing to
// hand over ("final numbers", "signed forms"), not a kind the writer wants.
var suppliedStates = set("daily", "weekly", "monthly", "hourly", "written", "full", "detailed", "final",
	"revised", "signed", "complete", "updated")

// receiveVerbs name what the writer would receive from the reader.
var receiveVerbs = set("get", "have", "borrow", "see", "receive", "obtain", "grab")

// arrivalTimeAfter: a word after i says when something arrives ("by
// Friday", "soon", "tomorrow").
func arrivalTimeAfter(ws []word, i int) bool {
	for k := i; k < len(ws); k++ {
		switch ws[k].norm {
		case "by", "soon", "shortly", "tomorrow", "today", "tonight", "within", "later", "early":
			return true
		}
	}
	return false
}

// readerTimePhrases: the reader's time asked for after "Do you have".
var readerTimePhrases = []string{"a few minutes", "a minute", "a moment", "a sec", "a second",
	"some time", "time", "a quick minute", "five minutes", "5 minutes", "ten minutes", "10 minutes"}

// takeVerbs take time as their object ("take the time you need").
var takeVerbs = set("take", "takes", "taking", "took", "give", "giving", "spend", "spending")

// joinedViewRequest returns where a request for the reader's view joined
// by "and" to the clause from i starts ("... and tell me what you think",
// "... and let me know your thoughts"), or -1.
func joinedViewRequest(ws []word, from int) int {
	for k := from; k+1 < len(ws); k++ {
		if ws[k].punct && ws[k].norm != "," {
			return -1
		}
		if ws[k].norm != "and" {
			continue
		}
		j := k + 1
		if asksForInput(ws, j, false) {
			return j
		}
		if l := letKnowAt(ws, j); at(ws, j) == "let" && l > j && asksForView(ws, l+1) {
			return j
		}
	}
	return -1
}

// asksForView: the words from i to the end of the clause ask for the
// reader's view ("what you think", "your thoughts"), not merely whether
// something applies ("if you have questions").
func asksForView(ws []word, i int) bool {
	for k := i; k < len(ws) && k < i+8 && !(ws[k].punct && ws[k].norm != "'"); k++ {
		// Not "take": "let me know if you can take a look".
		if w := ws[k].norm; inputNouns[w] && w != "take" || w == "think" || w == "feel" || w == "reckon" {
			return true
		}
	}
	return false
}

// inputNouns name the reader's view when asked for ("your thoughts", "any
// feedback", "your take").
var inputNouns = set("thoughts", "ideas", "view", "views", "opinion", "opinions", "perspective",
	"thinking", "take", "concerns", "feedback", "suggestions", "voice", "insight", "insights")

// whoAsksView: "Who else should we involve?", "Who do you think should
// lead it?" ask the reader's judgement; "Who approved this?" asks a fact.
func whoAsksView(ws []word, h int) bool {
	k := h + 1
	if at(ws, k) == "else" {
		k++
	}
	return phraseAt(ws, k, "should we") || phraseAt(ws, k, "do you think") || phraseAt(ws, k, "would you")
}

// visitVerbs take "by" as a particle ("stop by", "come by"), so the "by"
// after them sets no deadline.
var visitVerbs = set("stop", "stops", "stopped", "stopping", "come", "comes", "came", "coming",
	"drop", "drops", "dropped", "dropping", "swing", "swings", "swung", "swinging",
	"pop", "pops", "popped", "popping", "pass", "passes", "passed", "passing")

// visitParticle reports whether word i is "by" right after a verb of
// visiting.
func visitParticle(ws []word, i int) bool {
	return i > 0 && ws[i].norm == "by" && visitVerbs[ws[i-1].norm]
}

// frequencyAdverbs may open a clause before its subject ("Often we ...").
var frequencyAdverbs = set("often", "sometimes", "usually", "also", "then", "now", "still", "always", "never", "just", "again", "soon")

// timeFormulas give the reader time before an order ("when you get a
// chance, ...").
var timeFormulas = []string{"when you get a chance", "when you have a chance", "if you get a chance",
	"if you have a chance", "when you have a minute", "when you get a minute", "if you have a minute",
	"when you have a moment", "when you have time", "if you have time"}

var timeFormulaIndex = newPhraseIndex([][]string{timeFormulas})

// orderAfterFormula finds a verb right after a time-giving formula.
func orderAfterFormula(ws []word) (ruleHit, bool) {
	hit, found := ruleHit{}, false
	timeFormulaIndex.each(ws, func(_ indexedPhrase, _, to int) {
		j := to
		for politeWords[at(ws, j)] {
			j++
		}
		if w := at(ws, j); !found && commonVerbs[w] && !notImperative[w] && isVerbLike(ws, j) {
			hit, found = ruleHit{id: ruleImperative, from: j, to: j + 1, scale: 1}, true
		}
	})
	return hit, found
}

// verblessPlease: a sentence whose first clause ends in "please" (with
// or without a comma) and has no verb asks for what it names ("Tom, the invoices,
// please.", "cameras on for standup pls"); "Yes, please" accepts an offer.
func verblessPlease(ws []word) (ruleHit, bool) {
	// The first clause may end there, a reason after it ("free SO2
	// numbers pls, the winemaker wants them").
	k := -1
	for i := 1; i < len(ws); i++ {
		if ws[i].norm == "please" && (i+1 == len(ws) || ws[i+1].punct) {
			k = i
			break
		}
	}
	// The comma is often left out in chat ("cameras on for standup pls").
	if k < 1 {
		return ruleHit{}, false
	}
	content := 0
	for i := 0; i < k; i++ {
		w := &ws[i]
		if w.punct {
			continue
		}
		// "Invoice attached, payment within 7 days please": a participle
		// describes what comes with the ask; it is no verb of its own.
		if acceptWords[w.norm] || auxiliaries[w.norm] || modalWords[w.norm] || strings.HasPrefix(w.Tag(), "VB") && !attachedWords[w.norm] {
			return ruleHit{}, false
		}
		content++
	}
	if content == 0 {
		return ruleHit{}, false
	}
	return ruleHit{id: ruleImperative, from: k, to: k + 1, scale: 0.8}, true
}

// verblessOrder: things named and the particle of what to do with them,
// the verb left out as crews and notices do: "Masks on.", "BA sets on
// before you cross the threshold.", "Phones away during the briefing.",
// "Timesheets in by Friday." The particle ends the sentence or comes
// before when ("before", "by", "during", ...); "Game on!" and "Hats off to
// the team" cheer.
func verblessOrder(ws []word) (ruleHit, bool) {
	p := -1
	for i := 1; i < len(ws) && i <= 6; i++ {
		if ws[i].is(classVerblessParticle) {
			p = i
			break
		}
	}
	if p < 0 || !(p+1 >= len(ws) || ws[p+1].punct || verblessWhen[ws[p+1].norm] || verblessWhere[ws[p+1].norm] && verblessKept[ws[p].norm]) || verblessCheers[ws[0].norm] {
		return ruleHit{}, false
	}
	// "The season kicks off on Monday": the word before the particle is
	// the verb, in the form a singular subject takes.
	if phrasalSForms[ws[p-1].norm] {
		return ruleHit{}, false
	}
	content := 0
	for i := 0; i < p; i++ {
		w := &ws[i]
		// "LAST DAY TO TAKE 20% OFF": a price cut shouted in an advert
		// (an acronym, "BA sets", is no shout).
		if w.norm == "%" || isCaps(w.text) && len(w.text) > 3 {
			return ruleHit{}, false
		}
		if w.punct || w.norm == "and" {
			continue
		}
		if t := w.Tag(); !(strings.HasPrefix(t, "NN") || t == "JJ" || t == "DT" || t == "PRP$") || subjectPronouns[w.norm] {
			return ruleHit{}, false
		}
		content++
	}
	if content == 0 {
		return ruleHit{}, false
	}
	return ruleHit{id: ruleImperative, from: p, to: p + 1, scale: 0.8}, true
}

// urgencyAlone: a sentence of nothing but when ("Now.", "NOW!", "Right
// now.", "ASAP.") presses what the sentence before it asked for.
func urgencyAlone(ws []word) (ruleHit, bool) {
	from, to := -1, -1
	for i := 0; i < len(ws); i++ {
		if ws[i].punct {
			continue
		}
		if from >= 0 {
			return ruleHit{}, false
		}
		from, to = i, i+1
		if ws[i].norm == "right" && at(ws, i+1) == "now" {
			i, to = i+1, i+2
		} else if !urgentWhens[strings.TrimSuffix(ws[i].norm, ".")] { // the tokenizer keeps "Now." whole
			return ruleHit{}, false
		}
	}
	if from < 0 {
		return ruleHit{}, false
	}
	return ruleHit{id: ruleImperative, from: from, to: to, scale: 0.8}, true
}

var urgentWhens = set("now", "asap", "immediately")

var (
	verblessParticles = set("on", "off", "away", "in", "down", "out")
	verblessWhen      = set("before", "by", "during", "while", "when", "until", "please", "now", "first")
	verblessCheers    = set("game", "hats", "heads", "lights", "fingers", "thumbs", "spirits", "eyes")
	// "Phones away on the gallery floor", "Shoes off at the door": where
	// the rule holds, after the particles that put a thing away or on
	// ("Sales down in March" reports).
	verblessWhere = set("on", "in", "at", "inside", "throughout")
	verblessKept  = set("away", "on", "off")
	phrasalSForms = set("kicks", "takes", "starts", "goes", "comes", "gets", "tees", "opens", "closes",
		"shuts", "switches", "finishes", "pays", "ships", "cools", "warms", "spins", "wears")
)

// acceptWords before ", please" accept or answer rather than ask.
var acceptWords = set("yes", "yeah", "yep", "sure", "ok", "okay", "absolutely", "definitely", "no", "thanks", "thank", "me", "too")

// insideOpenQuestion: an open question spans word i ("Can you please
// elaborate?" is one open question, not a question and an order).
func insideOpenQuestion(hits []ruleHit, i int) bool {
	for _, h := range hits {
		if h.id == ruleOpenQuestion && h.from <= i && i < h.to {
			return true
		}
	}
	return false
}

func hasRule(hits []ruleHit, id string) bool {
	for _, h := range hits {
		if h.id == id {
			return true
		}
	}
	return false
}

func isQuestion(ws []word) bool {
	for i := len(ws) - 1; i >= 0; i-- {
		if !ws[i].punct {
			return false
		}
		if strings.Contains(ws[i].norm, "?") {
			return true
		}
	}
	return false
}

// exasperatedEnd reports whether the sentence ends in a question mark and
// an exclamation mark together ("?!", "!?", "?!?!").
func exasperatedEnd(ws []word) bool {
	q, x := false, false
	for i := len(ws) - 1; i >= 0 && ws[i].punct; i-- {
		q = q || strings.Contains(ws[i].norm, "?")
		x = x || strings.Contains(ws[i].norm, "!")
	}
	return q && x
}

// invertedQuestion: a sentence with no question mark that opens with an
// auxiliary before its subject ("Did you ever send them the copies.",
// "Could you forward the file to Ana.") is a question all the same, as
// quick mail writes them; so is one that opens with a question word, an
// auxiliary and its subject ("what do u reckon we should stock", as chat
// writes them).
func invertedQuestion(ws []word, head int) bool {
	// "Why is the gate still hanging off its hinge, I mentioned it
	// Monday": "why" before an auxiliary asks, whatever the subject.
	if at(ws, head) == "why" && questionAuxiliaries[at(ws, head+1)] && at(ws, head+2) != "not" && at(ws, head+2) != "i" {
		return true
	}
	if (whWords[at(ws, head)] || at(ws, head) == "why") && questionAuxiliaries[at(ws, head+1)] {
		head++
	}
	if !questionAuxiliaries[at(ws, head)] {
		return false
	}
	switch at(ws, head+1) {
	case "you", "u", "we", "anyone", "anybody", "someone", "somebody", "everyone":
	default:
		// "Could residents on the even side put their bins out tonight."
		if !(requestModals[at(ws, head)] > 0 && peopleNouns[at(ws, head+1)]) {
			return false
		}
	}
	// "Should you wish to discuss this, our team is available": "should"
	// before its subject opens a condition when a clause follows a comma.
	if at(ws, head) == "should" {
		for k := head + 2; k < len(ws); k++ {
			if ws[k].norm == "," && countWords(ws[k+1:]) >= 2 {
				return false
			}
		}
	}
	last := len(ws) - 1
	for last >= 0 && ws[last].punct && ws[last].norm != "." {
		last--
	}
	return last < 0 || ws[last].norm == "." || !ws[last].punct
}

// questionAuxiliaries open a question when they come before the subject.
var questionAuxiliaries = set("did", "do", "does", "have", "has", "are", "is", "were", "was", "will",
	"would", "can", "could", "should", "shall")

// at returns the normalised word at i, or "" past the end.
func at(ws []word, i int) string {
	if i < 0 || i >= len(ws) {
		return ""
	}
	return ws[i].norm
}

// headIndex skips list markers, discourse words, "please"/"just" and a
// vocative ("Maria, ..." / "Team, ...") to find where the sentence proper starts.
func headIndex(ws []word) int {
	i := 0
	for i < len(ws) {
		w := &ws[i]
		switch {
		case w.punct:
			i++
		case isNumber(w.norm) && i+1 < len(ws) && (ws[i+1].norm == "." || ws[i+1].norm == ")"):
			i += 2
		case (w.norm == "just" && at(ws, i+1) == "checking" || w.norm == "quick" && (at(ws, i+1) == "question" || at(ws, i+1) == "q")) && at(ws, i+2) == ",":
			i += 3 // "Just checking, are you still ...?": the question follows
		case (w.norm == "next" || w.norm == "this") && at(ws, i+1) == "time" && timeBeforeOrder(ws, i+2):
			i += 2 // "Next time send it earlier": the order follows the time it is for
		case discourseWords[w.norm] && (at(ws, i+1) == "," || discourseWords[w.norm] && !isVerbLike(ws, i)):
			i++
		case politeWords[w.norm] && w.norm != "also" && w.norm != "really" && w.norm != "always", eitherOrOnlyBeforeVerb(ws, i):
			i++
		case isAddress(w.norm):
			i++ // "@Sam: can you ...", a pasted link before the sentence
		case w.norm == "good" && (at(ws, i+1) == "morning" || at(ws, i+1) == "afternoon" || at(ws, i+1) == "evening"):
			i += 2
		case i+2 < len(ws) && requestModals[ws[i+1].norm] > 0 && ws[i+2].norm == "you" && w.Tag() == "NNP":
			i++ // a vocative without its comma: "Wayne can you set up ..."
		default:
			if v := vocativeEnd(ws, i); v > i {
				i = v
				continue
			}
			return i
		}
	}
	return i
}

// timeBeforeOrder: after "Next time" or "This time" with no comma, a verb
// (past "please" or "just") opens the sentence proper ("Next time make him
// do it properly"); a subject or a verb of being does not ("Next time we
// should ...", "Next time is fine").
func timeBeforeOrder(ws []word, k int) bool {
	for politeWords[at(ws, k)] {
		k++
	}
	return k < len(ws) && !ws[k].punct && !closedClass[ws[k].norm] && !auxiliaries[ws[k].norm] && !subjectPronouns[ws[k].norm] && isVerbLike(ws, k)
}

// eitherOrOnlyBeforeVerb: "Either move it forward or kill it" offers two orders,
// "Only use the approved suppliers" restricts one: the verb after "either"
// or "only" is where the clause's own grammar starts. "Either way, ...",
// "Either Tom or Jen ..." and "Only managers may ..." name no act.
func eitherOrOnlyBeforeVerb(ws []word, i int) bool {
	return (at(ws, i) == "either" || at(ws, i) == "only") && isVerbLike(ws, i+1) && !closedClass[at(ws, i+1)]
}

// isAddress: an @-mention or a web address, which stands outside the
// sentence's grammar.
func isAddress(w string) bool {
	return len(w) > 1 && w[0] == '@' || strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www.")
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// vocativeEnd: "Maria, ...", "Team, ...", "Tom and Priya, ..." end at the
// comma; returns i when there is no vocative at i.
func vocativeEnd(ws []word, i int) int {
	// Only a comma within three words can end a vocative, and only after
	// words that can stand in one; look for both before asking for tags.
	comma := -1
	for k := i + 1; k < len(ws) && k <= i+3; k++ {
		if ws[k].norm == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return i
	}
	for k := i + 1; k < comma; k++ {
		if w := &ws[k]; w.norm == "i" || w.norm == "we" || w.norm == "you" || !(isCapitalised(w.text) || teamWords[w.norm] || w.norm == "and" || w.norm == "&" || w.norm == "@" || strings.HasPrefix(w.text, "@")) {
			return i
		}
	}
	j := i
	for j < len(ws) && j-i < 4 {
		w := &ws[j]
		if w.norm == "," {
			if j > i {
				return j + 1
			}
			return i
		}
		if w.norm == "i" || w.norm == "we" || w.norm == "you" {
			return i
		}
		// A capitalised word directly before the comma ("Chloe, can you ...")
		// is taken for a name unless it is a verb or a discourse word; only
		// a longer run ("Chloe and Ravi, ...") asks the tagger.
		plain := !closedClass[w.norm] && !notVerbs[w.norm] && !auxiliaries[w.norm] && !discourseWords[w.norm] && w.norm != "thanks"
		name := isCapitalised(w.text) && (j > i || plain && (at(ws, j+1) == "," && !commonVerbs[w.norm] || w.Tag() == "NNP" || w.Tag() == "NNPS"))
		if !(name || teamWords[w.norm] || w.norm == "and" || w.norm == "&" || w.norm == "@" || strings.HasPrefix(w.text, "@")) {
			return i
		}
		j++
	}
	return i
}

// isVerbLike says whether the word at i could head an imperative. prose's
// tagger, trained on news text, often misreads a capitalised sentence-initial
// verb ("Lock the cart.") as a noun, so besides its tag a word counts as a
// verb when it is a common verb or when an object follows it directly (a
// determiner, an object pronoun or a particle): nouns and adjectives rarely
// open a sentence that way, and the closed-class words that do are listed in
// notVerbs.
func isVerbLike(ws []word, i int) bool {
	if i >= len(ws) {
		return false
	}
	w := &ws[i]
	// "re-send", "pre-book", "co-write": a prefix joined to a verb by a
	// hyphen is that verb ("re" alone opens a subject line).
	if verbPrefixes[w.norm] && w.compound && i+1 < len(ws) && ws[i+1].compound {
		return isVerbLike(ws, i+1)
	}
	// "Should the committee refuse ..., the notice will ...": a modal
	// opens a question or a condition, never an order.
	if w.punct || notImperative[w.norm] || notVerbs[w.norm] || modalWords[w.norm] || isNumberLike(w.norm) || discourseWords[w.norm] && !commonVerbs[w.norm] {
		return false
	}
	// "Choose which training you'd like to do": a choosing verb before the
	// choice it offers, whatever the tagger makes of a capital.
	if choosingVerbs[w.norm] && choiceOpeners[at(ws, i+1)] {
		return true
	}
	if strings.HasSuffix(w.norm, "ly") || strings.HasSuffix(w.norm, "ing") || strings.HasSuffix(w.norm, "ed") || strings.HasSuffix(w.norm, "'s") {
		return commonVerbs[w.norm]
	}
	// A past form opens a diary-style statement with its subject dropped
	// ("Had a call with the vendor", "Got back late"), never an order; a
	// verb is written in letters ("**Notes:**", "@channel" are not), or is
	// a spelling normalisation knows ("e:mail").
	if isPastForm(w.norm) || !isLettersOnly(w.text) && chatSpelling[strings.ToLower(w.text)] == "" || stretched(w.norm) {
		return false
	}
	if endsInPlainS(w.norm) {
		return commonVerbs[w.norm]
	}
	next := at(ws, i+1)
	// "See, ...", "Look, ...", "Listen, ..." open a remark, not an order;
	// "see" orders only with what to see ("See the attached", "See
	// below"), since "(we)ll see" and "see thats ..." are remarks too.
	if next == "," && (w.norm == "look" || w.norm == "listen") {
		return false
	}
	if w.norm == "see" {
		if next == "that" && at(ws, i+2) == "is" {
			return false // "See, that's the point"
		}
		return objectStarts[next] && !particles[next] || whWords[next] || seeWhat[next]
	}
	switch next {
	case ":", "'s", "is", "was", "are", "were", "has", "have", "had", "will", "can", "would", "should", "must", "may", "might":
		return false // the word was a subject: "Design is done"
	}
	// "Change always gets pushback": a frequency adverb between the word
	// and a third-person verb leaves the word the subject.
	if frequencyAdverbs[next] && i+2 < len(ws) {
		if v := &ws[i+2]; subjectVerbs[v.norm] || endsInPlainS(v.norm) && v.Tag() == "VBZ" {
			return false
		}
	}
	// "Route 31 will run via Station Road", "route 9 moves to ...": a
	// word and its number are the subject of the verb after them ("Call
	// 999 now" orders).
	if isNumberLike(next) && i+2 < len(ws) && (subjectVerbs[ws[i+2].norm] || serviceVerbs[ws[i+2].norm] || ws[i+2].Tag() == "VBZ") {
		return false
	}
	// "footfall up 12%", "Costs down 3% on May": a figure after "up" or
	// "down" reports a change; the word before it names what changed.
	if (next == "up" || next == "down") && isNumberLike(at(ws, i+2)) {
		return false
	}
	// A determiner, an object pronoun or a particle right after the word
	// makes it a verb ("Lock the cart", "Walk me through it"); words alone
	// decide, and the sentence need not be tagged.
	if objectStarts[next] {
		return true
	}
	// A rarer word before a past form is its subject ("Carla closed the
	// deal", "Budget approved"); common verbs go on to the tags, since
	// "Review updated figures" orders.
	if !commonVerbs[w.norm] && isPastForm(next) {
		return false
	}
	// A word that is not a common verb and stands alone before a comma or
	// the end is a name, a greeting or a heading ("Carla,", "Questions?"),
	// not an order.
	if (next == "" || next == "," || next == "?" || next == "!") && !commonVerbs[w.norm] {
		return false
	}
	// Otherwise the tags decide: a finite verb after the word makes it a
	// subject ("Jordan closed the deal"), a noun and a number after it a
	// compound ("Pick accuracy 99.1%").
	// The words are tested before the tags, so a sentence is tagged only
	// where the words leave the question open: a third-person verb ends in
	// "s", a past one in "ed" or is irregular, and punctuation or a closed-
	// class word is neither a verb nor a noun. The word itself is asked
	// first: its tags cover the next two words as well.
	if !commonVerbs[w.norm] && w.Tag() != "VB" {
		return false
	}
	if i+1 < len(ws) && !ws[i+1].punct && !closedClass[ws[i+1].norm] {
		n := &ws[i+1]
		switch {
		case (strings.HasSuffix(n.norm, "s") || modalWords[n.norm]) && (n.Tag() == "VBZ" || n.Tag() == "MD") && !objectStarts[n.norm],
			(strings.HasSuffix(n.norm, "ed") || irregularPast[n.norm]) && n.Tag() == "VBD":
			return false
		}
		if n.Tag() == "NN" {
			after, afterTag := "", ""
			if i+2 < len(ws) {
				after, afterTag = ws[i+2].norm, ws[i+2].Tag()
			}
			// "Sign page 2", "Complete section 4": a numbered part of a
			// document is the object, not a compound with a figure.
			if after == "" || afterTag == "CD" && !numberedParts[n.norm] || after == "(" || after == ":" || afterTag == "VBZ" || afterTag == "VBD" || modalWords[after] && !objectStarts[n.norm] {
				return false
			}
		}
	}
	return true
}

// stretched: a word drawn out in chat ("Yesss", "sooo", "noooo") ends in
// one letter three times; it is an interjection, not a verb.
func stretched(w string) bool {
	n := len(w)
	return n >= 4 && w[n-1] == w[n-2] && w[n-2] == w[n-3]
}

// alternativeQuestion: the question ends "A or B?" with B a short
// alternative, not "or not" / "or what".
func alternativeQuestion(ws []word) bool {
	end := len(ws) - 1
	for end >= 0 && ws[end].punct {
		end--
	}
	for k := end; k > 0 && k >= end-3; k-- {
		if ws[k].punct {
			return false
		}
		if ws[k].norm == "or" {
			next := at(ws, k+1)
			return k < end && next != "not" && next != "what" && next != "something" && next != "anything" && next != "so"
		}
	}
	return false
}

// everChaseVerbs after "Did you ever" name a task owed to someone.
var everChaseVerbs = set("call", "ring", "phone", "email", "reply", "respond", "send", "pay", "sign", "submit",
	"return", "chase", "contact", "text", "forward", "book", "file", "post", "update")

// handedOnAfter: within four words of i, "back", "over" or "to" says a
// thing went on to someone ("get the questionnaire back to legal"), not
// that the reader got an answer.
func handedOnAfter(ws []word, i int) bool {
	for k := i; k < len(ws) && k < i+5 && !ws[k].punct; k++ {
		if w := ws[k].norm; w == "back" || w == "over" || w == "to" {
			return true
		}
	}
	return false
}

// serviceVerbs tell what a numbered route, gate or line does ("route 9
// moves to ...", "Gate 12 closes at ...").
var serviceVerbs = set("moves", "runs", "starts", "changes", "goes", "becomes", "returns", "opens", "closes",
	"stops", "departs", "leaves", "arrives", "operates", "resumes", "continues", "ends", "terminates")

// numberedParts of a document or a place are named with a number ("page
// 2", "section 4", "gate 12").
var numberedParts = set("page", "pages", "section", "box", "question", "step", "item", "line", "clause",
	"paragraph", "form", "part", "gate", "room", "option", "slide", "appendix", "annex", "chapter", "table")

// endsInPlainS: an imperative is a base form, and a word ending in a plain
// "s" is a plural or a third-person verb ("Bookings are up", "Carla says"),
// unless the "s" is part of the stem ("Discuss", "Focus", "Analysis").
func endsInPlainS(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// canBeVerbAfterModal: after "Could you" in a question, or after "please",
// the next word is the verb whatever its tag ("Could you attempt to reach
// Lucio?", "Please maintain ..."), unless its spelling or word class says it
// cannot be a base form.
func canBeVerbAfterModal(ws []word, j int) bool {
	if j >= len(ws) {
		return false
	}
	w := ws[j].norm
	return isLettersOnly(ws[j].text) && !closedClass[w] && !notVerbs[w] && !subjectPronouns[w] && !modalAdverbs[w] && !strings.HasSuffix(w, "ly") && couldBeBaseForm(w)
}

// modalAdverbs stand between a modal and its verb ("Would you rather ...?",
// "Could you ever ...?").
var modalAdverbs = set("rather", "still", "ever", "even", "already", "actually", "not", "never", "too", "again", "sometime", "somehow", "now")

// couldBeBaseForm: by its spelling the word could be a verb's base form;
// the common verbs always could ("bring", "need").
func couldBeBaseForm(w string) bool {
	if commonVerbs[w] {
		return true
	}
	return !strings.HasSuffix(w, "ing") && !isPastForm(w) && !endsInPlainS(w)
}

// verbPrefixes join a verb with a hyphen and keep it a verb.
var verbPrefixes = set("re", "pre", "co", "un", "de", "mis", "over", "under")

// isLettersOnly: s is letters, with hyphens and apostrophes between them.
func isLettersOnly(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return s != ""
}

// youStatementAt returns the index of the "you" or "your" that opens a
// statement (after any vocative: "Raj, you're in the back office today."),
// or -1.
func youStatementAt(ws []word) int {
	near := false // a "you" among the first words, before the costlier tests
	for i := 0; i < len(ws) && i < 6; i++ {
		if ws[i].is(classYou) {
			near = true
			break
		}
	}
	if !near || isQuestion(ws) || exclamationAt(ws) >= 0 {
		return -1
	}
	h := headIndex(ws)
	if h+2 < len(ws) && (ws[h].norm == "you" || ws[h].norm == "your") {
		if reportsToReader(ws, h) {
			return -1
		}
		return h
	}
	return -1
}

// reportsToReader: the statement tells the reader what was done with their
// things ("Your application has been received", "Your results were sent
// to your GP") or what they may notice ("You may experience some
// bruising"): notices, not assignments or verdicts.
func reportsToReader(ws []word, h int) bool {
	if ws[h].norm == "you" {
		// "You asked about the tyre sizes - they're ...": an answer.
		if askedVerbs[at(ws, h+1)] {
			return true
		}
		// "You're receiving this email because you signed up ...": why a
		// mailing came.
		if at(ws, h+1) == "are" && (at(ws, h+2) == "receiving" || at(ws, h+2) == "getting") && (at(ws, h+3) == "this" || at(ws, h+3) == "these") {
			return true
		}
		return (at(ws, h+1) == "may" || at(ws, h+1) == "might" || at(ws, h+1) == "will") && noticeVerbs[at(ws, h+2)]
	}
	// An amount ("Your payment of $120 will be taken ...") stays inside
	// the subject.
	for k := h + 1; k < len(ws) && k <= h+10 && (!ws[k].punct || currencySigns[ws[k].norm]); k++ {
		switch ws[k].norm {
		case "has", "have", "was", "were", "is", "are":
			next := at(ws, k+1)
			if next == "been" || next == "being" || noticeStates[next] {
				return true // "Your booking ... is confirmed"
			}
			return (ws[k].norm == "was" || ws[k].norm == "were") && k+1 < len(ws) && isPastForm(next)
		case "will":
			// "Your membership fee will be collected on the 1st", "Your
			// account manager from May will be Daniel Okafor"
			return at(ws, k+1) == "be" && k+2 < len(ws) && (isParticiple(&ws[k+2]) || isCapitalised(ws[k+2].text) && !closedClass[ws[k+2].norm])
		}
	}
	return false
}

// currencySigns stand before an amount.
var currencySigns = set("$", "£", "€")

// askedVerbs: "You asked / mentioned ..." opens an answer to the reader.
var askedVerbs = set("asked", "mentioned", "wondered", "requested", "enquired", "inquired", "wanted")

// noticeStates tell the reader where their booking or order stands.
var noticeStates = set("confirmed", "booked", "approved", "scheduled", "processed", "active", "cancelled",
	"renewed", "valid", "expired", "ready", "complete", "completed", "dispatched", "shipped", "received")

// lastWord is the sentence's last word that is not punctuation.
func lastWord(ws []word) string {
	for i := len(ws) - 1; i >= 0; i-- {
		if !ws[i].punct {
			return ws[i].norm
		}
	}
	return ""
}

// noticeVerbs after "you may / might / will" say what the reader may notice
// or receive.
var noticeVerbs = set("experience", "notice", "feel", "see", "receive", "get", "find", "hear")

// exclamationAt returns the index of the exclamation mark that ends the
// sentence, or -1 (also for "?!", which asks).
func exclamationAt(ws []word) int {
	at := -1
	for i := len(ws) - 1; i >= 0 && ws[i].punct; i-- {
		if strings.Contains(ws[i].norm, "?") {
			return -1
		}
		if at < 0 && strings.Contains(ws[i].norm, "!") {
			at = i
		}
	}
	return at
}

// positiveEmoticons and positiveEmoji show positive emotion as an
// exclamation does.
var (
	positiveEmoticons = []string{":)", ":-)", ":D", ":-D", ";)", ";-)", "<3", "=)", ":]", "(:"}
	positiveEmoji     = []string{"😊", "🙂", "😀", "😃", "😄", "😁", "😍", "🥰", "❤", "👍", "🎉", "🙌", "👏", "💪", "🤗", "😂", "🔥", "💯", "👌", "✨", "🤩"}
)

// emoticonAt returns the index of the word where a positive emoticon
// stands in the sentence (an ASCII one set off by spaces), or -1. One pass
// over the sentence, testing only where one could start: at ":", ";",
// "<", "=" or "(", and at the lead byte of an emoji (0xF0, or 0xE2 for ❤).
func emoticonAt(sentence string, base int, ws []word) int {
	for off := 0; off < len(sentence); off++ {
		var candidates []string
		switch c := sentence[off]; c {
		case ':', ';', '<', '=', '(':
			candidates = positiveEmoticons
		case 0xF0, 0xE2:
			candidates = positiveEmoji
		default:
			continue
		}
		for _, e := range candidates {
			if !strings.HasPrefix(sentence[off:], e) {
				continue
			}
			if e[0] < utf8.RuneSelf {
				before := off == 0 || sentence[off-1] == ' '
				after := off+len(e) == len(sentence) || strings.ContainsRune(" .,!", rune(sentence[off+len(e)]))
				if !before || !after {
					continue
				}
			}
			for i := range ws {
				if ws[i].end > base+off {
					return i
				}
			}
			return len(ws) - 1
		}
	}
	return -1
}

// isCapitalised: the word starts with a capital letter, as a name does.
func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// modalWords are the words tagged MD.
var modalWords = set("can", "could", "will", "would", "shall", "should", "may", "might", "must",
	"ought", "need", "dare")

// closedClass are function words: never a verb or a noun, so a rule asking
// for either need not tag them.
var closedClass = set("the", "a", "an", "this", "that", "these", "those", "my", "your", "our", "his",
	"her", "their", "its", "it", "i", "we", "you", "he", "she", "they", "me", "us", "him", "them",
	"and", "or", "but", "nor", "so", "if", "because", "although", "though", "while", "whether",
	"to", "of", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "about", "than",
	"after", "before", "once", "since", "until", "during", "without", "within", "unless", "however",
	"near", "per", "via", "around", "across", "along", "behind", "beyond", "toward", "towards", "upon",
	"against", "among", "including",
	"as", "not", "very", "too", "also", "just", "please", "then", "there", "here", "when", "where",
	"why", "how", "what", "which", "who", "whom", "whose")

// questionSubjects follow the auxiliary of a question; "it" is left out
// because "Do it now" is an order.
var questionSubjects = set("you", "u", "we", "they", "i", "he", "she", "y'all")

// isPastForm: a past tense or participle, which an imperative never is.
// Irregular forms that are also base forms ("cut", "hit", "found") are not
// counted.
func isPastForm(w string) bool {
	if irregularPast[w] {
		return w != "cut" && w != "hit" && w != "found"
	}
	return strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && !commonVerbs[w] && len(w) > 5
}

var irregularPast = set("was", "were", "went", "came", "said", "made", "took", "got", "gave", "saw",
	"told", "left", "sent", "ran", "began", "became", "found", "felt", "kept", "held", "brought",
	"bought", "thought", "wrote", "spoke", "broke", "chose", "drove", "grew", "knew", "met", "paid",
	"sold", "stood", "won", "did", "had", "rose", "fell", "hit", "cut", "lost", "built", "led")

// seeWhat: what "see" points the reader to besides an object ("See attached").
var seeWhat = set("attached", "enclosed", "below", "above", "if", "whether", "why", "for")

// particles follow a phrasal verb ("sign up", "hand over").
var particles = set("up", "down", "out", "off", "over", "through", "back", "away", "in", "on", "around", "together")

// letKnowAt returns where "know" ends "let ... know" opening at i ("let
// me know", "let Brent know", "let the whole team know"), or i if it does not.
func letKnowAt(ws []word, i int) int {
	j := i + 1
	for j < len(ws) && j < i+3 && objectStarts[ws[j].norm] && !particles[ws[j].norm] {
		j++
	}
	// Up to two more words may name who ("finance", "the whole team"):
	// names and nouns, not verbs ("let me think and know" is not it).
	for n := 0; n < 2 && at(ws, j) != "know" && j < len(ws) && isLettersOnly(ws[j].text) && !closedClass[ws[j].norm] && !commonVerbs[ws[j].norm] && !auxiliaries[ws[j].norm]; n++ {
		j++
	}
	if j > i+1 && at(ws, j) == "know" {
		return j
	}
	return i
}

// shownObjects open what the reader is to show or hand over after "let me
// see" ("the draft", "your numbers", "what you come up with").
var shownObjects = set("the", "your", "it", "that", "this", "those", "these", "a", "what", "some", "any", "all")

// objectStarts are words that begin an object or particle right after a verb.
var objectStarts = union(set("the", "a", "an", "this", "that", "these", "those", "all", "every", "each",
	"any", "some", "my", "your", "our", "his", "her", "their", "its", "me", "him", "us", "them",
	"it", "everyone", "everybody", "both"), particles)

// notVerbs are the closed class and other words that open sentences
// without being verbs: days, months, quantifiers, greetings, evaluations.
var notVerbs = union(closedClass, weekdays, set(
	"above", "below", "beneath", "beside", "between", "despite", "except", "inside", "off", "out",
	"outside", "over", "past", "through", "throughout", "till", "under", "up", "yet", "all", "both",
	"either", "neither", "only", "even", "today", "tomorrow", "yesterday", "tonight", "again",
	"whatever", "re", "plus", "minus", "given", "regarding", "due", "january", "february", "march",
	"april", "may",
	"june", "july", "august", "september", "october", "november", "december", "everyone", "everybody",
	"nobody", "someone", "somebody", "anyone", "each", "every", "any", "some", "most", "many", "much",
	"more", "less", "few", "several", "one", "two", "three", "last", "next", "first", "overall",
	"instead", "meanwhile", "otherwise", "whereas", "like", "such", "nice", "great", "good",
	"awesome", "cool", "perfect", "excellent", "brilliant", "amazing", "lovely", "wonderful",
	"fantastic", "well", "really", "quite", "pretty", "sorry", "thanks", "thank", "cheers",
	"congrats", "welcome", "hey", "hi", "hello", "dear", "yes", "no", "ok", "okay", "sure", "maybe",
	"perhaps", "probably", "certainly", "definitely", "actually", "basically", "honestly", "frankly",
	"hopefully", "unfortunately", "fortunately", "luckily", "sadly", "interestingly", "agenda",
	"attendees", "subject", "fw", "fwd", "ps", "p.s.", "status", "summary", "background", "context",
	"goal", "goals", "lunch", "dinner", "breakfast", "coffee", "drinks", "meeting", "meetings",
	"weekend", "morning", "afternoon", "new", "latest", "exciting", "big", "huge"))

// imperativeAt detects an imperative at position i.
func imperativeAt(ws []word, i int) (ruleHit, bool) {
	w := at(ws, i)
	switch {
	case w == "":
		return ruleHit{}, false
	case w == "do" && at(ws, i+1) == "not", w == "never":
		// "Don't change the template." / "Never send ..."
		j := i + 1
		if w == "do" {
			j = i + 2
		}
		for politeWords[at(ws, j)] || at(ws, j) == "ever" || at(ws, j) == "even" {
			j++
		}
		// "Don't let the crack bother you": reassurance, not an order.
		if at(ws, j) == "let" && botherAfter(ws, j+1) {
			return ruleHit{}, false
		}
		// "Don't worry", "Never hesitate to ask": reassurance, not orders.
		// "Don't be (so) hard on yourself" reassures too.
		if reassuranceVerbs[at(ws, j)] || at(ws, j) == "be" && (reassuranceVerbs[at(ws, j+1)] || selfCriticism(ws, j+1)) || at(ws, j) == "give" && at(ws, j+1) == "up" || at(ws, j) == "hold" && (at(ws, j+1) == "back" || at(ws, j+1) == "off") {
			return ruleHit{}, false
		}
		// "Don't know what more I can do", "Don't think so": the writer's
		// own state with "I" dropped, as in chat.
		if w == "do" && (droppedSubjectVerbs[at(ws, j)] || at(ws, j) == "think" && at(ws, j+1) == "so") {
			return ruleHit{}, false
		}
		// After "don't" almost any word is the verb ("Don't let ...",
		// "Don't even think ..."); a subject means a question or a statement.
		// A past form after "never" tells what happened ("but never
		// achieved it"), not what to do.
		if next := at(ws, j); next != "" && j < len(ws) && !ws[j].punct && !subjectPronouns[next] && !(w == "never" && isPastForm(next)) {
			return ruleHit{id: ruleImperative, from: i, to: j + 1, scale: 1}, true
		}
		return ruleHit{}, false
	case w == "do" && i+1 < len(ws) && commonVerbs[at(ws, i+1)] && !ws[i+1].punct && !isQuestion(ws):
		// "Do let me know whether ...", "Do come along": the emphatic
		// "do" stresses the verb after it, which is read as it would be
		// alone.
		return imperativeAt(ws, i+1)
	case w == "let":
		// "Let's not have a repeat of ..." forbids.
		if at(ws, i+1) == "us" && at(ws, i+2) == "not" {
			return ruleHit{id: ruleImperative, from: i, to: i + 3, scale: 0.8}, true
		}
		// "Let me know ...", "Let Brent know ..." ask the reader for
		// something, mildly; "Let's" and "Let me explain" are not orders.
		if k := letKnowAt(ws, i); k > i {
			return ruleHit{id: ruleImperative, from: i, to: k + 1, scale: 0.5}, true
		}
		// "Let me see the draft before you send it", "Let me have the file":
		// the reader is to show or hand something over, an approval gate
		// ("Let me see, ..." and "Let me see if ..." are the writer's own).
		if at(ws, i+1) == "me" && (at(ws, i+2) == "see" || at(ws, i+2) == "have") && shownObjects[at(ws, i+3)] {
			return ruleHit{id: ruleImperative, from: i, to: i + 3, scale: 0.5}, true
		}
		return ruleHit{}, false
	}
	// "Remember when we lost to the dentists?": a memory shared, not an
	// order.
	if w == "remember" && at(ws, i+1) == "when" && isQuestion(ws) {
		return ruleHit{}, false
	}
	// "Closing at 2pm, open as normal on the 27th": opening hours, not an
	// order to open.
	if (w == "open" || w == "closed") && at(ws, i+1) == "as" && (at(ws, i+2) == "normal" || at(ws, i+2) == "usual") {
		return ruleHit{}, false
	}
	if pardonFormula(ws, i) || nameTitles[w] {
		return ruleHit{}, false // "Dr Okafor has agreed to chair the panel"
	}
	// "either way it worked", "Never would have thought of it": no verb
	// opens these.
	if w == "way" && (at(ws, i-1) == "either" || at(ws, i-1) == "any" || at(ws, i-1) == "no") || w == "never" && modalWords[at(ws, i+1)] {
		return ruleHit{}, false
	}
	// "You own the comms, start to finish": a span, not an order to start.
	if (w == "start" || w == "end") && at(ws, i+1) == "to" && (at(ws, i+2) == "finish" || at(ws, i+2) == "end") {
		return ruleHit{}, false
	}
	// "Stop being so hard on yourself" reassures, as "Don't be" does.
	if (w == "stop" || w == "quit") && at(ws, i+1) == "being" && selfCriticism(ws, i+2) {
		return ruleHit{}, false
	}
	// "Try not to worry about the wobble" reassures, as "Don't worry" does.
	if w == "try" && at(ws, i+1) == "not" && at(ws, i+2) == "to" && reassuranceVerbs[at(ws, i+3)] {
		return ruleHit{}, false
	}
	// "Just think it'd help", "Honestly think we should wait": an opinion
	// with "I" dropped, a clause with its own subject and verb after it
	// ("Think it over" orders).
	if s := at(ws, i+1); opinionVerbs[w] && (clauseSubjects[s] || s == "it" || s == "this" || s == "that" || s == "there") {
		if v := at(ws, i+2); modalWords[v] || finiteBe[v] || v == "'s" {
			return ruleHit{}, false
		}
	}
	// "Look at those courgettes!!", "Look at you!": admiration of what is
	// before the writer's eyes, the sentence ended with "!" ("Look at the
	// logs." orders).
	if w == "look" && at(ws, i+1) == "at" && admiredObjects[at(ws, i+2)] && at(ws, len(ws)-1) == "!" && admiredAlone(ws, i+3) {
		return ruleHit{}, false
	}
	// "Keep throwing!", "keep on painting": a cheer to go on with what
	// the reader already does, the activity alone and nothing after it
	// but "!" ("Keep stirring until it thickens" instructs).
	if w == "keep" {
		j := i + 1
		if at(ws, j) == "on" {
			j++
		}
		if v := at(ws, j); len(v) > 5 && strings.HasSuffix(v, "ing") && (j+1 >= len(ws) || at(ws, j+1) == "!") {
			return ruleHit{}, false
		}
	}
	if isFarewell(ws, i) || isHoldOn(ws, i) || isLabelNoun(ws, i) || listedNoun(ws, i) || !isVerbLike(ws, i) {
		return ruleHit{}, false
	}
	// "Page load time has dropped to 1.6 seconds": the word opens a
	// compound noun that is the subject of the verb after it. (Tested once
	// the word could be a verb, so its tags are read only then.)
	if nounCompoundSubject(ws, i) && i == headIndex(ws) {
		return ruleHit{}, false
	}
	// "Change like this is never easy": a noun and "like this" before its
	// verb of being and a judgement ("Write like this is your last day"
	// still orders).
	if at(ws, i+1) == "like" && demonstratives[at(ws, i+2)] && finiteBe[at(ws, i+3)] && judgedAfterBe[at(ws, i+4)] {
		return ruleHit{}, false
	}
	// "Phone bank last night: 38 volunteers", "Review meeting: Thursday":
	// a heading of nouns before a colon names a topic. (Asked after
	// isVerbLike, so the tagger is asked in the same order as before.)
	if i == 0 && headingBeforeColon(ws) {
		return ruleHit{}, false
	}
	// "Believe me, I am!", "Trust me, it works", "Mind you, ...", "Believe
	// it or not, ...": formulas
	// that vouch for what is said.
	if (w == "believe" || w == "trust") && at(ws, i+1) == "me" && (i+2 >= len(ws) || ws[i+2].punct) || w == "mind" && at(ws, i+1) == "you" && at(ws, i+2) == "," || w == "believe" && at(ws, i+1) == "it" && at(ws, i+2) == "or" && at(ws, i+3) == "not" {
		return ruleHit{}, false
	}
	// "The hands catch up, promise": "I promise" with "I" dropped, after
	// what is promised.
	if w == "promise" && i > 0 && ws[i-1].norm == "," && (i+1 >= len(ws) || ws[i+1].punct) {
		return ruleHit{}, false
	}
	// "Go with what the residents want", "go with your gut": the decision
	// is handed to them.
	if w == "go" && at(ws, i+1) == "with" && (at(ws, i+2) == "what" || at(ws, i+2) == "whatever" || at(ws, i+2) == "whichever" || at(ws, i+2) == "your") {
		return ruleHit{id: ruleAutonomy, from: i, to: i + 3, scale: handedOverScale}, true
	}
	// "Small idea, take it or leave it": the reader may drop the idea.
	if phraseAt(ws, i, "take it or leave it") {
		return ruleHit{id: ruleAutonomy, from: i, to: i + 5, scale: 1}, true
	}
	// "Haven't gotten to meet him yet": a perfect with its subject dropped.
	if (w == "have" || w == "has") && at(ws, i+1) == "not" {
		return ruleHit{}, false
	}
	// A rarer word before a particle is as often a noun ("Class on
	// Thursday", "Lunch in the atrium"); the tagger decides.
	// But a particle that moves a thing, then its object ("Hose down the
	// crush pad", "Box up the returns"), makes a phrasal verb of the word.
	// "Out the back", "out the door" are places, not a particle.
	if !commonVerbs[w] && particles[at(ws, i+1)] && !(movingParticles[at(ws, i+1)] && particleObjects[at(ws, i+2)] && !(at(ws, i+1) == "out" && outPlaces[at(ws, i+3)])) && ws[i].Tag() != "VB" {
		return ruleHit{}, false
	}
	// "Skip the update texts when you rack, I'll catch it in the log",
	// "skip the 3am phone call for PRN doses": a report to the writer
	// dropped is a check lifted, not work set.
	if w == "skip" || w == "drop" || w == "ditch" {
		for k := i + 1; k < len(ws) && k <= i+5 && !ws[k].punct; k++ {
			if reportSteps[ws[k].norm] {
				return ruleHit{id: ruleAutonomy, from: i, to: k + 1, scale: 1}, true
			}
		}
	}
	// "Pick the start time yourself", "Choose the colour yourselves": a
	// choice handed to the reader to make alone ("Fix it yourself" is no
	// choice, and stays an order).
	if decisionVerbs[w] || w == "set" {
		for k := i + 1; k < len(ws) && k <= i+10 && !ws[k].punct; k++ {
			if ws[k].norm == "yourself" || ws[k].norm == "yourselves" {
				return ruleHit{id: ruleAutonomy, from: i, to: k + 1, scale: handedOverScale}, true
			}
		}
	}
	// "Go ahead and set up the meeting" orders with its second verb (and
	// "Go ahead and experiment" invites, by what that verb opens); "Go
	// ahead" alone gives permission.
	if w == "go" && at(ws, i+1) == "ahead" {
		if at(ws, i+2) == "and" {
			return imperativeAt(ws, i+3)
		}
		return ruleHit{id: ruleAutonomy, from: i, to: i + 2, scale: 1}, true
	}
	// "Charge nurses are required to ...", "Review comments are due
	// Friday": the word modifies the noun that is the subject of the verb
	// after it; it orders no one.
	if next := at(ws, i+1); i+2 < len(ws) && !objectStarts[next] && !closedClass[next] && maybeSubjectVerbAfter(ws, i+2) && strings.HasPrefix(ws[i+1].Tag(), "NN") && nounSubjectVerbAfter(ws, i+2) {
		return ruleHit{}, false
	}
	// "List of residents is in the office", "Pay for last month's drill
	// nights should land by the 28th": the word heads a noun phrase that
	// is the subject.
	if next := at(ws, i+1); (next == "of" || next == "for") && nounSubjectVerbAfter(ws, i+1) {
		return ruleHit{}, false
	}
	// "Look forward to seeing you": "I" dropped before a pleasantry.
	if w == "look" && at(ws, i+1) == "forward" {
		return ruleHit{}, false
	}
	// An auxiliary before a subject asks, with or without its question
	// mark ("have u tried the app", "do you know who owns this").
	if auxiliaries[w] && questionSubjects[at(ws, i+1)] {
		return ruleHit{}, false
	}
	if asksForInput(ws, i, false) {
		// "Tell me where you think I'm wrong." asks for a view in imperative form.
		return ruleHit{id: ruleOpenQuestion, from: i, to: i + 1, scale: 1}, true
	}
	if ok, decision, object := offersChoice(ws, i); ok {
		if object && !decision && !choosingVerbs[w] {
			return ruleHit{id: ruleImperative, from: i, to: i + 1, scale: 0.6}, true
		}
		// "Pick the tools you're most comfortable with": the order hands
		// the decision over, which supports autonomy, and more than a
		// modal's "could you" does. After a verb of choosing, the reader's
		// want is the decision too ("Pick the crew you want").
		scale := 1.0
		if decision || choosingVerbs[w] {
			scale = handedOverScale
		}
		return ruleHit{id: ruleAutonomy, from: i, to: i + 1, scale: scale}, true
	}
	// "... and see what they think": the second half of a trial, read with
	// the order before it.
	if w == "see" && (at(ws, i-1) == "and" || at(ws, i-1) == "then") {
		switch at(ws, i+1) {
		case "what", "how", "whether", "if":
			return ruleHit{}, false
		}
	}
	// "Try the video format and see how readers respond": a trial whose
	// point is what it shows invites an experiment, and the reader judges
	// the result.
	if (w == "try" || w == "pilot") && trialAndSee(ws, i) {
		return ruleHit{id: ruleAutonomy, from: i, to: i + 1, scale: handedOverScale}, true
	}
	// "Try ...", "Consider ...", "Have a go with ..." suggest: the reader
	// may weigh it and decline.
	// "Think about doing it regularly" suggests as "Consider ..." does.
	if w == "try" || w == "consider" || w == "think" && at(ws, i+1) == "about" && (strings.HasSuffix(at(ws, i+2), "ing") || at(ws, i-1) == "maybe" || at(ws, i-1) == "perhaps") || w == "have" && (at(ws, i+1) == "a" || at(ws, i+1) == "another") && (at(ws, i+2) == "go" || at(ws, i+2) == "crack" || at(ws, i+2) == "stab" || at(ws, i+2) == "bash" || at(ws, i+2) == "play" || at(ws, i+2) == "tinker" || at(ws, i+2) == "fiddle") {
		return ruleHit{id: ruleImperative, from: i, to: i + 1, scale: suggestionScale}, true
	}
	// "Have a look", "Be careful": keep; but "Have a great weekend" is a farewell (above).
	return ruleHit{id: ruleImperative, from: i, to: i + 1, scale: 1}, true
}

// movingParticles and particleObjects: "down the", "up these", "off
// it" after a word make it a phrasal verb with its object.
var (
	movingParticles = set("down", "up", "off", "away", "out")
	outPlaces       = set("back", "front", "door", "window", "way", "side", "gate")
	particleObjects = set("the", "this", "these", "those", "it", "them", "everything") // "Kick off your year" is an advert
)

// trialAndSee: the trial ordered at i goes on, in its sentence, with "and
// see what / how / whether / if ..." ("try it on a few customers and see
// what they think").
func trialAndSee(ws []word, i int) bool {
	for k := i + 1; k+2 < len(ws) && k < i+20; k++ {
		if ws[k].punct && ws[k].norm != "," {
			return false
		}
		if (ws[k].norm == "and" || ws[k].norm == "then") && ws[k+1].norm == "see" {
			switch ws[k+2].norm {
			case "what", "how", "whether", "if":
				return true
			}
		}
	}
	return false
}

// nameTitles stand before a name; they are never the verb of an order.
var nameTitles = set("dr", "mr", "mrs", "ms", "prof", "professor", "sir", "dame", "rev", "fr", "cllr", "mx")

// judgementAt: after "If you" the condition is the reader's judgement
// ("If you think ...", "If you see a better way"), not a fact about them
// ("If you find a bug", "If you prefer not to receive ...").
func judgementAt(ws []word, i int) bool {
	switch at(ws, i) {
	case "think", "believe", "disagree", "reckon", "decide", "judge", "thinks", "believes", "disagrees", "decides":
		// "If you believe this notice was sent in error, contact us": a
		// mistake to report, not the reader's judgement to follow.
		for k := i + 1; k < len(ws) && ws[k].norm != ","; k++ {
			if errorWords[ws[k].norm] {
				return false
			}
		}
		return true
	case "see", "know", "find", "have", "can", "sees", "knows", "finds", "has", "spot", "spots":
		for k := i + 1; k < len(ws) && k <= i+3; k++ {
			switch ws[k].norm {
			case "better", "smarter", "safer", "faster", "easier", "cheaper", "simpler":
				return true
			}
		}
	}
	return false
}

// leavePhrases grant the reader rest or time away.
var leavePhrases = []string{"take it", "take them", "take the day", "take the afternoon", "take the morning",
	"take the time", "take a break", "take a day", "take time", "take five", "go home", "head home", "head off",
	"stay home", "stay at home", "rest", "log off", "leave early", "sleep in", "sleep", "switch off"}

// leaveGrantedAt: the order at i grants rest or leave and ends there (or
// before "and" or punctuation); it returns the end of the phrase, or 0.
func leaveGrantedAt(ws []word, i int) int {
	j := i
	if at(ws, j) == "just" {
		j++
	}
	for _, p := range leavePhrases {
		if !phraseAt(ws, j, p) {
			continue
		}
		end := j + phraseLen(p)
		if end >= len(ws) || ws[end].punct || ws[end].norm == "and" || ws[end].norm == "early" || ws[end].norm == "off" {
			return end
		}
	}
	return 0
}

// pardonFormula: "Please excuse any typos", "Forgive me, I'm new here",
// "Pardon the mess": a formula of apology, which asks nothing to be done.
// "Excuse me?" on its own is indignation, and stays an order. ("Please
// accept our apologies" stays a request: the email raters count it as one.)
func pardonFormula(ws []word, i int) bool {
	switch at(ws, i) {
	case "excuse", "forgive", "pardon":
	default:
		return false
	}
	switch at(ws, i+1) {
	case "me":
		return at(ws, i+2) != "?"
	case "my", "the", "any", "our", "us":
		return true
	}
	return false
}

// listedNoun: "by chat, phone, or email": a word alone between commas
// after a noun is the next item of a list of nouns, not an order, however
// often it is a verb elsewhere ("Phone the client").
func listedNoun(ws []word, i int) bool {
	// Only a common verb needs this test: for any other word isVerbLike
	// asks the tagger whether it is a verb at all.
	if !commonVerbs[ws[i].norm] {
		return false
	}
	before := i - 2 // the item before: "chat" in "chat, phone" and "phone, or email"
	if i >= 3 && (ws[i-1].norm == "or" || ws[i-1].norm == "and") && ws[i-2].norm == "," {
		before = i - 3
	} else if i < 2 || ws[i-1].norm != "," {
		return false
	}
	if ws[before].punct {
		return false
	}
	switch next := at(ws, i+1); next {
	case ",", "or", "and", ".", ";", ")", "":
	default:
		return false
	}
	return strings.HasPrefix(ws[before].Tag(), "NN") && strings.HasPrefix(ws[i].Tag(), "NN")
}

// isLabelNoun: "Quick update on the Q3 launch.", "Update from the vendor:"
// name what follows, as a subject line does; "Update the tracker" orders.
func isLabelNoun(ws []word, i int) bool {
	w := ws[i].norm
	// "Quick follow-up on ...", "Heads-up: ...": a verb and its particle
	// written with a hyphen are a noun ("Follow up with them" is the verb).
	// After "please" it is still the verb ("Please, call-in or attend").
	if ws[i].compound && i+1 < len(ws) && ws[i+1].compound && (particles[ws[i+1].norm] || ws[i+1].norm == "live") {
		return at(ws, i-1) != "please" && !(at(ws, i-1) == "," && at(ws, i-2) == "please")
	}
	// "Audit of the aseptic unit scheduled for May", "Review of the rota
	// attached": a word that opens the sentence and takes "of" heads a noun
	// phrase, as a subject line does, unless it is a verb that takes "of"
	// ("Think of a name", "Dispose of the sharps").
	if at(ws, i+1) == "of" && !ofVerbs[w] && i == headIndex(ws) {
		return true
	}
	// "Audit from the OEM is scheduled for the 14th", "Work from home is
	// fine": the word and its phrase are the subject of the verb after them.
	if subjectPhrasePreps[at(ws, i+1)] && beAfterPhrase(ws, i+2, i+6) {
		return i == headIndex(ws)
	}
	// "Fresh this week: sweet peas", "Back next month: the late menu": a
	// shop's heading, a word and a time before a colon.
	if i == headIndex(ws) && headingWords[w] && (at(ws, i+1) == "this" || at(ws, i+1) == "next") && at(ws, i+3) == ":" {
		return true
	}
	if w != "update" && w != "note" && w != "recap" && w != "summary" {
		return false
	}
	if i > 0 && labelAdjectives[ws[i-1].norm] {
		return true
	}
	switch at(ws, i+1) {
	case "on", "about", "from", "re", "regarding", ":":
		return w == "update" || w == "recap"
	}
	return false
}

// demonstratives after "like" point at the matter in hand ("Change like this is ...").
var demonstratives = set("this", "that", "these", "those")

// judgedAfterBe: how a thing is judged after its verb of being ("is never easy").
var judgedAfterBe = set("never", "always", "not", "rarely", "hard", "easy", "tough", "difficult", "painful", "normal", "scary", "so", "really")

// headingTimes: the times a report's heading names ("this morning", "last night").
var headingTimes = set("this", "last", "morning", "afternoon", "evening", "night", "today", "tonight", "yesterday", "week", "weekend")

// headingWords open a shop's or a newsletter's heading ("Fresh this week:").
var headingWords = set("fresh", "new", "back", "coming", "due", "live", "out", "open", "available", "free",
	"special", "featured", "returning", "starting", "launching", "arriving")

// headingBeforeColon: the sentence opens with a common noun after its
// first word and reaches a colon within five words, with only nouns,
// numbers and time words between.
func headingBeforeColon(ws []word) bool {
	colon := -1
	for k := 2; k < len(ws) && k <= 5 && colon < 0; k++ {
		if ws[k].norm == ":" {
			colon = k
		} else if ws[k].punct {
			return false
		}
	}
	if colon < 0 {
		return false // the colon is looked for first: tags cost
	}
	// "Storytime this morning: 34 children": a word and a time alone.
	onlyTime := true
	for k := 1; k < colon; k++ {
		onlyTime = onlyTime && headingTimes[ws[k].norm]
	}
	// A verb there gives an order for that time ("Send this week: the
	// invoices"), unless it is a report's name.
	if onlyTime && (!commonVerbs[ws[0].norm] || ws[0].norm == "update" || ws[0].norm == "recap") {
		return true
	}
	if ws[1].Tag() != "NN" && ws[1].Tag() != "NNS" {
		return false
	}
	for k := 2; k < colon; k++ {
		if t := ws[k].Tag(); !(strings.HasPrefix(t, "NN") || t == "CD" || t == "JJ" || t == "RB") {
			return false
		}
	}
	return true
}

// personErrands are what someone named is asked to do ("Can Oliver bring
// ...?").
var personErrands = set("bring", "come", "join", "attend", "call", "ring", "pick", "drop", "cover", "swap", "pop", "meet")

// isCapitalisedName: a word written with a capital and in letters only,
// which no closed-class word or pronoun is ("Oliver", "Priya").
func isCapitalisedName(w word) bool {
	return isCapitalised(w.text) && isLettersOnly(w.text) && !closedClass[w.norm] && !notVerbs[w.norm] && !subjectPronouns[w.norm]
}

// nounCompoundSubject: one to three nouns follow the word at i, perhaps
// with a short phrase after them, and then a finite form of "be" or "have"
// ("Page load time has dropped", "Page load time on the homepage has
// dropped").
func nounCompoundSubject(ws []word, i int) bool {
	// Words first: the tags are read only once the shape fits, as reading
	// a tag tags the words around it too.
	k := i + 1
	for k < len(ws) && k <= i+3 && !ws[k].punct && !closedClass[ws[k].norm] && isLettersOnly(ws[k].text) {
		k++
	}
	if k == i+1 {
		return false
	}
	if !finiteBe[at(ws, k)] && !((subjectPhrasePreps[at(ws, k)] || at(ws, k) == "of") && beAfterPhrase(ws, k+1, k+4)) {
		return false
	}
	// (The tagger may read the middle of a compound as an adjective.)
	for m := i + 1; m < k; m++ {
		if t := ws[m].Tag(); !strings.HasPrefix(t, "NN") && t != "JJ" {
			return false
		}
	}
	return strings.HasPrefix(ws[k-1].Tag(), "NN")
}

// beAfterPhrase: a finite "be" or "have" (or "will be") comes at or after
// from, no later than to, with no clause break, question word, "that" or
// "if" before it: the verb of the subject the phrase belongs to.
func beAfterPhrase(ws []word, from, to int) bool {
	for k := from; k < len(ws) && k <= to; k++ {
		if ws[k].punct || clauseBreakWords[ws[k].norm] || whWords[ws[k].norm] || ws[k].norm == "that" || ws[k].norm == "if" {
			return false
		}
		if finiteBe[ws[k].norm] || ws[k].norm == "will" && at(ws, k+1) == "be" {
			return true
		}
	}
	return false
}

// subjectPhrasePreps open the phrase after a noun that is a subject
// (isLabelNoun); finiteBe is the verb after it.
var (
	subjectPhrasePreps = set("from", "for", "with", "on", "at", "in", "by")
	finiteBe           = set("is", "are", "was", "were", "has", "have")
)

// ofVerbs take "of" as their object's preposition.
var ofVerbs = set("think", "dispose", "beware", "approve", "speak", "dream", "hear", "conceive", "partake", "tell", "inform", "remind", "convince", "assure", "advise", "notify", "warn", "rid", "let", "make", "be")

// labelAdjectives before "update" or "note" make it a noun ("Quick update").
var labelAdjectives = set("quick", "brief", "short", "small", "final", "weekly", "daily", "status", "big", "important", "friendly")

// anyReader: "If anyone has questions, call me" puts the condition on
// whichever reader it fits, as "If you ..." does.
var anyReader = set("anyone", "anybody", "someone", "somebody", "everyone", "everybody")

// conditionalScale weighs an order that applies only if the reader's own
// condition holds ("If you have questions, call me").
const conditionalScale = 0.5

// handedOverScale: an order that hands the decision over ("Pick whichever
// tool you prefer") supports autonomy twice as much as a modal's "could
// you", enough to label its sentence.
const handedOverScale = 2.0

// suggestionScale weighs an imperative that suggests ("Try restarting it")
// against one that orders.
const suggestionScale = 0.5

// choiceMarkers in an imperative's clause hand the decision to the reader:
// "Take whatever approach you think fits", "Pick the tools you're most
// comfortable with", "Go with your gut". Such imperatives invite.
var choiceMarkers = []string{"whatever", "whichever", "wherever", "however you", "however works", "however suits", "you think", "you prefer",
	"you like", "you would like", "you want", "you choose", "you see fit", "you are comfortable",
	"you are most comfortable", "your gut", "your call", "your judgment", "your judgement",
	"your instincts", "your own way", "it your way", "if you want", "if you would like", "if you like", "if you prefer",
	"you would pick", "you feel", "your own", "works for you", "work for you", "suits you",
	"fits your", "fit your", "suits your", "suit your",
	"whoever", "excites you", "interests you", "appeals to you", "energizes you", "energises you",
	"your pick", "your choice", "you would most like", "you most want", "you would prefer", "you would rather"}

// bringVerbs before "your own" ask for a thing to be brought.
var bringVerbs = set("bring", "provide", "supply", "pack", "wear")

// wantMarkers are the choice markers that name only the reader's want.
var wantMarkers = set("you like", "you would like", "you want", "if you want", "if you would like", "if you like")

// offersChoice reports whether the order at i hands a choice over, and
// whether the choice is the decision itself ("whichever", "your call") or
// only the reader's want, which as often names the order's object ("Type
// the text you want to search").
func offersChoice(ws []word, i int) (ok, decision, object bool) {
	end := i + 1
	// The clause ends at punctuation or at "and" before a second order:
	// in "Watch it and tell me what you think" the choice is not in "Watch it".
	for end < len(ws) && !(ws[end].punct && ws[end].norm != "'") && !(ws[end].norm == "and" && commonVerbs[at(ws, end+1)]) {
		end++
	}
	clause := ws[i:end]
	for _, m := range choiceMarkers {
		// "Use the spare laptop when you want to test" names a time, not a choice.
		from, _, found := containsPhrase(clause, m)
		if !found || from > 0 && clause[from-1].norm == "when" {
			continue
		}
		// "Send me whatever you have by 6" asks for any amount of the work,
		// not for the reader's choice of it.
		if m == "whatever" && (phraseAt(clause, from+1, "you have") || phraseAt(clause, from+1, "you got") || phraseAt(clause, from+1, "you can") || phraseAt(clause, from+1, "it takes") || phraseAt(clause, from+1, "is ready")) {
			continue
		}
		// "Remember to bring your own music stand": what to bring, not a
		// choice.
		if m == "your own" && from > 0 && bringVerbs[clause[from-1].norm] {
			continue
		}
		ok = true
		if !wantMarkers[m] {
			return true, true, false
		}
		// "Type the text you want to search": the want follows the noun it
		// names, and the order is still an order.
		if from > 0 && !strings.HasPrefix(m, "if ") {
			prev := clause[from-1].norm
			if prev == "that" || prev == "which" || !closedClass[prev] && prev != "way" && !clause[from-1].punct {
				object = true
			}
		}
	}
	return ok, false, object
}

// asksForInput: "Tell me what you think", "Share how you would do it",
// "Let me know your thoughts": an imperative whose object is the reader's view.
// Asked as a question, "elaborate", "explain" and the like ask too ("Could
// you elaborate?"); as a bare order ("Explain why you did this.") they demand.
func asksForInput(ws []word, i int, asked bool) bool {
	switch ws[i].norm {
	case "tell", "share", "show", "teach", "let", "walk", "talk":
	case "write", "note", "jot", "record", "log":
		// "Write down what you learn, good or bad": the reader's own
		// findings, kept for them to reflect on.
		for k := i + 1; k < len(ws) && k <= i+3; k++ {
			if ws[k].norm == "what" && at(ws, k+1) == "you" && findingVerbs[at(ws, k+2)] {
				return true
			}
		}
		return false
	case "elaborate", "expand":
		return asked // on their own point
	case "explain", "clarify", "describe":
		if !asked || at(ws, i+1) == "why" {
			return false // "Can you explain why this is late?" challenges
		}
		// "Can you clarify?", "Could you explain a bit more?": with no
		// object, the reader's own point, as "elaborate" asks.
		if next := at(ws, i+1); i+1 >= len(ws) || ws[i+1].punct || next == "further" || next == "more" || next == "a" && at(ws, i+2) == "bit" || next == "please" {
			return true
		}
	default:
		return false
	}
	end := min(len(ws), i+12)
	wh, reader := false, false
	// "Tell me about a time you felt proud": the reader's own experience;
	// "tell us honestly how it works": their candid view.
	if (ws[i].norm == "tell" || ws[i].norm == "talk") && (at(ws, i+1) == "me" || at(ws, i+1) == "us") {
		switch at(ws, i+2) {
		case "about":
			wh = true
		case "honestly", "frankly", "candidly", "plainly":
			return true
		case "straight": // "Tell me straight what's wrong", not "straight away"
			return at(ws, i+3) != "away"
		}
	}
	ifOnly := false // the clause opened with "if" or "whether", not a question word
	for k := i + 1; k < end; k++ {
		w := ws[k].norm
		if whWords[w] || w == "why" {
			wh, ifOnly = true, false
		} else if (w == "whether" || w == "if") && !wh {
			wh, ifOnly = true, true
		}
		// "let us know if you are taking any medication" asks a fact about
		// the reader; "tell me if you think it's wrong" asks their view.
		// "let us know which evenings you're free": the reader's time, a
		// fact to hand over, not a view.
		if wh && (w == "you" || w == "your" || w == "you'd") && (!ifOnly || viewVerbs[at(ws, k+1)]) && !availabilityWords[at(ws, k+1)] && !(at(ws, k+1) == "are" && (availabilityWords[at(ws, k+2)] || factParticiples[at(ws, k+2)])) {
			reader = true
		}
		// "Tell me if there's anything that would make the job easier",
		// "Tell me what tools would make it easier": whatever the reader
		// has to raise.
		if wh && (w == "anything" && (at(ws, k+1) == "that" || at(ws, k+1) == "i" || at(ws, k+1) == "we") || w == "easier") {
			reader = true
		}
		// "Tell me how it goes": how the reader's try turns out; "tell us
		// what works": what they found.
		if w == "how" && (phraseAt(ws, k+1, "it goes") || phraseAt(ws, k+1, "it went") || phraseAt(ws, k+1, "things go")) ||
			w == "what" && (at(ws, k+1) == "works" || at(ws, k+1) == "worked" || phraseAt(ws, k+1, "does not work") || phraseAt(ws, k+1, "did not work")) {
			return true
		}
		if inputNouns[w] {
			return true
		}
		// "Tell me where this plan is wrong": the reader's critique of the
		// writer's own thinking, which leaders are told to ask for.
		if wh && (w == "wrong" || w == "missing" || w == "flawed" || w == "weak") && critiqueObject(ws, i+1, k) {
			return true
		}
		// "Just tell me what's realistic": the reader's judgement of what
		// can be done.
		if w == "what" && (at(ws, k+1) == "'s" || at(ws, k+1) == "is") && feasibleWords[at(ws, k+2)] {
			return true
		}
	}
	return wh && reader
}

// factParticiples after "you are" state a fact of the reader's record
// ("which course you are enrolled on"), not a view.
var factParticiples = set("enrolled", "registered", "booked", "based", "employed", "insured", "listed", "signed", "subscribed")

// findingVerbs: what the reader learns or notices in a trial ("what you
// learn"), and feasibleWords: what the reader judges can be done ("what's
// realistic").
var (
	findingVerbs  = set("learn", "learned", "learnt", "notice", "noticed", "find", "found", "discover", "discovered", "tried", "try")
	feasibleWords = set("realistic", "doable", "feasible", "possible", "workable", "achievable")
)

// viewVerbs after "if you" make the clause the reader's view.
var viewVerbs = set("think", "feel", "agree", "disagree", "prefer", "reckon", "believe", "see", "like", "would")

// seeAsks: after "Can you see", a word that makes it a request to find out.
var seeAsks = set("if", "whether", "what", "who", "when", "where", "how", "about", "why")

// critiqueObject: between i and k stands the writer's plan or thinking.
func critiqueObject(ws []word, i, k int) bool {
	for ; i < k; i++ {
		switch ws[i].norm {
		case "plan", "idea", "thinking", "approach", "proposal", "argument", "logic", "reasoning",
			"draft", "strategy", "assumption", "assumptions", "my", "our":
			return true
		}
	}
	return false
}

// farewellEnd: the leave-taking ends at i, or goes on only with when
// ("soon", "tonight", "on Monday").
func farewellEnd(ws []word, i int) bool {
	for ; i < len(ws); i++ {
		if !ws[i].punct && !farewellTimes[ws[i].norm] && !isCapitalised(ws[i].text) {
			return false
		}
	}
	return true
}

var farewellTimes = set("soon", "later", "tonight", "tomorrow", "then", "next", "week", "on", "in", "the", "morning", "afternoon", "evening", "all", "guys", "again", "shortly", "there", "at", "lunch")

// isHoldOn: "give me a sec", "bear with me", "hold on": the writer asks
// for a moment of their own, as a speaker does while sharing a screen.
func isHoldOn(ws []word, i int) bool {
	switch at(ws, i) {
	case "give":
		return at(ws, i+1) == "me" && (at(ws, i+2) == "a" || at(ws, i+2) == "one") && holdOnSpans[at(ws, i+3)]
	case "bear":
		return at(ws, i+1) == "with" && (at(ws, i+2) == "me" || at(ws, i+2) == "us")
	case "hold", "hang":
		return at(ws, i+1) == "on" && (i+2 >= len(ws) || ws[i+2].punct || at(ws, i+2) == "a")
	}
	return false
}

var holdOnSpans = set("sec", "second", "moment", "minute", "mo", "tick")

func isFarewell(ws []word, i int) bool {
	if i >= len(ws) || !ws[i].is(classFarewellStart) {
		return false
	}
	for _, f := range farewells {
		if phraseAt(ws, i, f) {
			// "Have a look at ..." is an order, "Have a great day" is not.
			if f == "have a" && !positiveAfterHaveA[at(ws, i+2)] {
				return false
			}
			// "Talk to you tonight" takes leave; "Talk to you about the
			// budget" does not.
			if strings.HasSuffix(f, " you") && !farewellEnd(ws, i+phraseLen(f)) {
				return false
			}
			return true
		}
	}
	return false
}

// droppedSubjectVerbs after a sentence-initial "don't" tell the writer's
// own state ("Don't know", "Don't recall"), never an order.
var droppedSubjectVerbs = set("know", "recall", "understand", "remember", "care", "mind")

// admiredObjects: what "Look at ...!" admires (see imperativeAt).
var admiredObjects = set("this", "that", "these", "those", "you", "him", "her", "them", "it", "ya")

// admiredAlone: after "Look at this" come at most two words, a noun and
// its modifier, before the "!" ("Look at this before you sign!" orders).
func admiredAlone(ws []word, from int) bool {
	n := 0
	for k := from; k < len(ws); k++ {
		if ws[k].punct {
			continue
		}
		if n++; n > 2 || clauseBreakWords[ws[k].norm] || verblessWhen[ws[k].norm] {
			return false
		}
	}
	return true
}

// madeYourself: a question from h that asks whether the reader made a
// thing themselves: "did you" or "you" and a verb of making, and
// "yourself" or "yourselves" to close it ("Did you check it yourself?"
// checks).
func madeYourself(ws []word, h int) bool {
	v := h + 1
	switch {
	case at(ws, h) == "did" && (at(ws, h+1) == "you" || at(ws, h+1) == "u"):
		v = h + 2
	case at(ws, h) == "you" || at(ws, h) == "u":
	default:
		return false
	}
	if !makingVerbs[at(ws, v)] {
		return false
	}
	k := len(ws) - 1
	for k > v && ws[k].punct {
		k--
	}
	return ws[k].norm == "yourself" || ws[k].norm == "yourselves"
}

// makingVerbs: making a thing by hand, in either form a question takes.
var makingVerbs = set("make", "made", "build", "built", "bake", "baked", "knit", "knitted", "paint", "painted",
	"draw", "drew", "sew", "sewed", "design", "designed", "grow", "grew", "pick", "picked", "write", "wrote",
	"cook", "cooked", "carve", "carved", "throw", "threw", "crochet", "crocheted", "plan", "planned", "code", "coded")

// kindChallengeVerbs: after "What kind of <noun>", the verb that makes it
// a challenge ("... does that?", "... is this?", "... would ...?").
var kindChallengeVerbs = set("is", "does", "do", "would", "lets", "was")

// attachedWords: participles that say what comes with a message.
var attachedWords = set("attached", "enclosed", "included", "below", "above")

// opinionVerbs open a view with "I" dropped, as in chat ("Think we should
// wait").
var opinionVerbs = set("think", "reckon", "guess", "suppose", "believe", "feel", "figure")

// reassuranceVerbs after "don't" or "never" lift a burden rather than lay one.
var reassuranceVerbs = set("worry", "stress", "hesitate", "panic", "fret", "sweat", "feel", "afraid",
	"scared", "shy", "apologize", "apologise", "beat", "overthink", "quit", "embarrassed", "ashamed",
	"discouraged", "nervous", "intimidated", "disheartened")

var subjectPronouns = set("i", "you", "we", "they", "he", "she", "it", "u", "y'all", "anyone", "everyone", "this", "that")

var positiveAfterHaveA = set("great", "good", "nice", "lovely", "wonderful", "fantastic", "happy",
	"safe", "restful", "relaxing", "fun", "blast", "brilliant", "productive", "merry", "super")

// likeAfterWould: "like" at i follows "would", perhaps across "also" or
// "really" ("I would also like to ...").
func likeAfterWould(ws []word, i int) bool {
	k := i - 1
	for k > 0 && (politeWords[ws[k].norm] || ws[k].norm == "really") {
		k--
	}
	return at(ws, k) == "would"
}

// needStatement: "I need the numbers by noon.", "Sorry, but I still need
// your timesheet.", "Need the deck by 3." A need followed by "to" is the
// speaker's own ("I need to leave"), not a request.
func needStatement(ws []word, heads []int) (ruleHit, bool) {
	for i := 0; i < len(ws); i++ {
		start, scale := i, 1.0
		// "decide how we want the room set up": the team's want inside a
		// question word's clause is to be worked out, not laid on anyone.
		if wantInWhClause(ws, i) {
			continue
		}
		switch at(ws, i) {
		case "i":
			i++
		case "we":
			i++
			scale = 0.75
		case "need", "needs":
			if !slices.Contains(heads, i) {
				continue
			}
		default:
			continue
		}
		for politeWords[at(ws, i)] || at(ws, i) == "still" || at(ws, i) == "do" || at(ws, i) == "will" || at(ws, i) == "really" || at(ws, i) == "absolutely" || at(ws, i) == "not" {
			i++
		}
		if at(ws, i) == "would" {
			// "I would also like to discuss ..."
			k := i + 1
			for politeWords[at(ws, k)] || at(ws, k) == "really" {
				k++
			}
			if at(ws, k) == "like" {
				i = k
			}
			// "We would probably need the 2001 budget"
			if at(ws, k) == "probably" {
				k++
			}
			if at(ws, k) == "need" {
				i = k
			}
		}
		switch at(ws, i) {
		case "need", "needs", "want", "require", "expect", "like":
		default:
			i = start
			continue
		}
		if at(ws, i) == "like" && !likeAfterWould(ws, i) {
			i = start
			continue
		}
		if i == start && at(ws, i) != "need" {
			i = start
			continue
		}
		if at(ws, i-1) == "not" && (phraseAt(ws, i+1, "to see") || phraseAt(ws, i+1, "to hear") || at(ws, i+1) == "any" || at(ws, i+1) == "another") {
			// "I don't want to see another late PO."
			return ruleHit{id: ruleNeedStatement, from: start, to: i + 3, scale: scale}, true
		}
		if end := readersViewEnd(ws, i+1); (at(ws, i) == "like" || at(ws, i) == "want") && end > i+1 {
			// "I want your comments on it", "I'd like your honest take":
			// wanting the reader's view invites it, as "What do you think?"
			// does; "I need your feedback by noon" stays a need.
			return ruleHit{id: ruleOpenQuestion, from: start, to: end, scale: 1}, true
		}
		if at(ws, i) == "like" || at(ws, i) == "want" {
			// "We would like to meet with you", "I'd like to schedule a call":
			// a request for the reader's time, politely put.
			if at(ws, i+1) == "to" && requestVerbs[at(ws, i+2)] {
				return ruleHit{id: ruleNeedStatement, from: start, to: i + 3, scale: 0.7 * scale}, true
			}
		}
		if phraseAt(ws, i+1, "to know") || phraseAt(ws, i+1, "to see") || phraseAt(ws, i+1, "to hear") && !likeAfterWould(ws, i) {
			// "I need to know the nature of ...": a demand for information.
			return ruleHit{id: ruleNeedStatement, from: start, to: i + 3, scale: 0.8 * scale}, true
		}
		// "I want every small clinic in the region to run on it" wishes.
		// "I need your bank details to reimburse you": after a thing of the
		// reader's, "to" gives the purpose; "I need your team to ..." wants.
		// "I want this plant known as the place others learn from": a wish
		// for how a thing is seen, as with "to" above.
		// "We still need two volunteers to run the tea hut": people
		// counted are asked for, whatever "to" says they will do.
		if needsObject(ws, i+1) && (!toFollows(ws, i+1, 7) || readersThing(ws, i+1) || countedPeople(ws, i+1)) && !(at(ws, i) == "want" && (reputeAfter(ws, i+1) || placeWished(ws, i+1))) {
			return ruleHit{id: ruleNeedStatement, from: start, to: i + 2, scale: scale}, true
		}
		i = start
	}
	return ruleHit{}, false
}

// placeWished: "I want four shops where people come in for the coffee": the
// short object at i is a place described by what happens in it, a vision
// rather than a thing to hand over.
func placeWished(ws []word, i int) bool {
	// Words only: reading a tag here would tag the neighbours of every
	// "I want ..." and change later readings (docs/validity.md).
	if w := at(ws, i); w != "a" && w != "an" && w != "every" && !numberWords[w] && !isNumberLike(w) {
		return false // "I want the report where I can see it" demands
	}
	return wordWithin(ws, i+1, 3, whereWord)
}

var whereWord = set("where")

// wordWithin: a word of the set stands at i or in the n words after it,
// with no punctuation before it.
func wordWithin(ws []word, i, n int, words map[string]bool) bool {
	for k := i; k < len(ws) && k <= i+n && !ws[k].punct; k++ {
		if words[ws[k].norm] {
			return true
		}
	}
	return false
}

// reputeAfter: a participle of repute ("known", "seen", "remembered")
// follows the short object at i.
func reputeAfter(ws []word, i int) bool { return wordWithin(ws, i, 4, reputeParticiples) }

var reputeParticiples = set("known", "seen", "remembered", "recognised", "recognized", "regarded", "thought")

// readersThing: "your" or "the" at i opens a thing the reader is to supply
// ("your bank details", "the EORI number").
func readersThing(ws []word, i int) bool {
	// "We need a copy of your certificate to process the claim", "We
	// require a valid VAT number to remove VAT".
	if (at(ws, i) == "a" || at(ws, i) == "an") && (ofYoursAfter(ws, i) || suppliedAfterArticle(ws, i)) {
		return true
	}
	// "We need the EORI number of the importer to lodge the declaration":
	// a thing supplied, named with "the", is an object too.
	if at(ws, i) != "your" && at(ws, i) != "the" {
		return false
	}
	for k := i + 1; k <= i+2; k++ {
		if suppliedThings[at(ws, k)] || readerDetails[at(ws, k)] {
			return true
		}
	}
	return false
}

// suppliedAfterArticle: the noun phrase opened by "a" / "an" at i names a
// thing to supply ("a valid VAT registration number", "a quick update").
func suppliedAfterArticle(ws []word, i int) bool {
	for k := i + 1; k < i+5; k++ {
		if suppliedThings[at(ws, k)] {
			return true
		}
		if !supplyAdjectives[at(ws, k)] && !supplyQualifiers[at(ws, k)] {
			return false
		}
	}
	return false
}

// ofYoursAfter: "of your" follows the article at i within its noun phrase
// ("a copy of your passport").
func ofYoursAfter(ws []word, i int) bool {
	for k := i + 2; k < i+6 && k+1 < len(ws) && !ws[k].punct; k++ {
		if ws[k].norm == "of" && (ws[k+1].norm == "your" || ws[k+1].norm == "ur") {
			return true
		}
	}
	return false
}

// supplyQualifiers name which document or number is wanted ("a valid VAT
// registration number").
var supplyQualifiers = set("valid", "current", "official", "certified", "registration", "reference",
	"tax", "vat", "bank", "contact", "phone", "policy", "insurance", "id", "account", "order", "invoice",
	"photo", "consent", "medical", "parental", "permission", "booking")

// readerDetails are what a form asks of the reader.
var readerDetails = set("details", "registration", "address", "email", "signature", "form", "forms", "payment", "receipt", "receipts", "id", "passport")

// readersViewEnd: where "your (honest) comments / thoughts / feedback ..."
// at i ends, or i when there is none.
func readersViewEnd(ws []word, i int) int {
	// "I want the honest version": candour asked for.
	if at(ws, i) == "the" && candourWords[at(ws, i+1)] && i+2 < len(ws) && !ws[i+2].punct {
		return i + 3
	}
	if at(ws, i) != "your" {
		return i
	}
	j := i + 1
	if candourWords[at(ws, j)] || at(ws, j) == "early" {
		j++
	}
	if w := at(ws, j); inputNouns[w] || w == "comments" || w == "input" || w == "advice" {
		return j + 1
	}
	return i
}

// candourWords before a noun ask for the unvarnished view.
var candourWords = set("honest", "unvarnished", "candid", "frank", "brutal")

// requestVerbs after "I'd like to" ask for the reader's time or action.
var requestVerbs = set("meet", "speak", "talk", "discuss", "schedule", "request", "set", "arrange",
	"get", "have", "receive", "confirm", "review", "go", "sit", "chat", "catch", "follow", "touch")

var suppliedThings = set("answer", "decision", "response", "reply", "update", "copy", "status",
	"report", "list", "draft", "summary", "volunteer", "date", "number", "estimate", "quote",
	"signature", "sign-off", "confirmation", "breakdown", "headcount", "final", "revised", "written",
	"explanation", "apology", "justification", "account", "form", "certificate", "letter", "proof")

// toFollows: "I want this team to be known for ..." wishes, it does not demand an object.
func toFollows(ws []word, i, within int) bool {
	for k := i; k < len(ws) && k < i+within; k++ {
		// "I need the printouts stapled to the batch sheet": a "to" before
		// a noun phrase is a preposition.
		if ws[k].norm == "to" && !prepositionTo[at(ws, k+1)] {
			return true
		}
		// "friends who would like to chat": the "to" of a relative clause.
		if ws[k].punct || k > i && (ws[k].norm == "who" || ws[k].norm == "which" || ws[k].norm == "that") {
			return false
		}
	}
	return false
}

// prepositionTo: after "to", words that open a noun phrase.
var prepositionTo = set("the", "a", "an", "my", "your", "our", "their", "his", "her", "this", "that", "these", "those")

// needsObject: what follows a need is a thing to supply, not "to ..." nor
// praise ("we need more people like you").
func needsObject(ws []word, i int) bool {
	w := at(ws, i)
	switch w {
	case "", "to", "more", "people", "you":
		// "I need you ..." is want-you-to; "we need more people like you" praises.
		return false
	case "a", "an":
		// "I need a break" is about the speaker; "I need an answer" asks,
		// and so does "I'll need a daily summary".
		if suppliedAfterArticle(ws, i) {
			return true
		}
		// "We still need an official translation of your certificate": a
		// thing of the reader's is one to supply.
		if ofYoursAfter(ws, i) {
			return true
		}
		// "I expect a full post-mortem on my desk by Monday": a thing
		// with a place or a time to arrive is one to supply.
		return deliveryAfter(ws, i+1)
	case "the", "this", "that", "these", "those", "your", "ur", "all", "it", "them", "everything",
		"some", "both", "each", "every", "feedback", "answers", "confirmation", "updates",
		"numbers", "figures", "status", "sign-off", "approval", "daily", "weekly", "hourly", "written",
		"proof", "evidence":
		return true
	case "everyone", "everybody":
		return at(ws, i+1) == "'s" // "I need everyone's slides by 4"
	}
	// "I need final numbers for the catering": an adjective of a thing to
	// supply before a plural noun or a thing supplied.
	// ("We need new ideas", "I need short breaks" are the writer's own.)
	if suppliedStates[w] && i+1 < len(ws) && (suppliedThings[ws[i+1].norm] || ws[i+1].Tag() == "NNS") {
		return true
	}
	// "I'd like 4 tickets", "We need two volunteers": a counted thing is
	// one to supply; counted time ("two more weeks") is the writer's need.
	if (isNumberLike(ws[i].norm) || numberWords[ws[i].norm]) && i+1 < len(ws) && !timeUnits[ws[i+1].norm] && ws[i+1].Tag() == "NNS" {
		return true
	}
	// "We'll need proof of your no-claims discount", "I need copies from
	// you": a thing that comes from the reader.
	if (at(ws, i+1) == "of" || at(ws, i+1) == "from") && (at(ws, i+2) == "your" || at(ws, i+2) == "you") && !closedClass[w] {
		return true
	}
	return !closedClass[ws[i].norm] && (ws[i].Tag() == "NNS" || ws[i].Tag() == "NN" && at(ws, i+1) == "by")
}

// deliveryAfter: within a few words of i the thing is given a deadline
// ("by Monday", "before noon", "tomorrow") or a place to arrive ("on my
// desk", "in my inbox").
func deliveryAfter(ws []word, i int) bool {
	for k := i; k < len(ws) && k < i+8; k++ {
		switch ws[k].norm {
		case "by", "before", "within", "tomorrow", "today", "tonight":
			return true
		case "on", "in":
			if at(ws, k+1) == "my" && (at(ws, k+2) == "desk" || at(ws, k+2) == "inbox") {
				return true
			}
		}
		if ws[k].punct && ws[k].norm != "-" {
			return false
		}
	}
	return false
}

// numberWords count things ("two volunteers").
var numberWords = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "several")

// timeUnits counted after a need name the writer's time, not a thing to supply.
var timeUnits = set("seconds", "minutes", "mins", "hours", "hrs", "days", "weeks", "months", "years")

// questionRules classifies a question: a request, a check-up, an open
// question or an offer.
func questionRules(ws []word, head int, question bool) *ruleHit {
	h := head
	w0, w1 := at(ws, h), at(ws, h+1)

	// "If it were your vineyard, would you pick the Syrah or the Grenache
	// first, and why?": asking for the reasons behind the reader's pick
	// asks for their judgement.
	if question && andWhyEnd(ws) {
		return &ruleHit{id: ruleOpenQuestion, from: h, to: h + 2, scale: 1}
	}
	// Offers of choice or support come first: "Would you like to ...?"
	if question || w0 == "how" || w0 == "what" || w0 == "is" || w0 == "would" || w0 == "do" {
		if end := offerEnd(ws, h); end > h {
			return &ruleHit{id: ruleOffer, from: h, to: end, scale: 1}
		}
	}
	// "Are you able to send the form?", "are you ok to umpire on the
	// 3rd?": the reader's readiness asked for, as "Will you be able to
	// ...?" does.
	if question && w0 == "are" && w1 == "you" && readinessWords[at(ws, h+2)] && at(ws, h+3) == "to" && canBeVerbAfterModal(ws, h+4) && at(ws, h+4) != "be" {
		return &ruleHit{id: ruleRequest, from: h, to: h + 5, scale: 0.8}
	}
	// Embedded imperative: "Can/Could/Would/Will you (please) send ...?"
	// "Can both of you forward the pictures?", "Could one of you check?"
	subject := h + 1
	if _, ok := requestModals[w0]; ok && (w1 == "both" || w1 == "all" || w1 == "each" || w1 == "one" || w1 == "either" || w1 == "any" || w1 == "some") && at(ws, h+2) == "of" && at(ws, h+3) == "you" {
		w1, subject = "you", h+3
	}
	// "Can any parents help with driving?": any of a group, as "anyone".
	// "Can all members review the papers?": the whole group, as "everyone".
	if _, ok := requestModals[w0]; ok && (w1 == "any" || w1 == "all") && (peopleNouns[at(ws, h+2)] || teamWords[at(ws, h+2)]) {
		w1, subject = "anyone", h+2
	}
	// "Could residents on the even side put their bins out tonight": a
	// group of readers named bare.
	if _, ok := requestModals[w0]; ok && peopleNouns[w1] && !teamWords[w1] {
		w1, subject = "anyone", h+1
	}
	// "Could the juniors' parents confirm ...?": a group of readers named
	// with "the", asked as "all parents" is.
	if _, ok := requestModals[w0]; ok && question && w1 == "the" {
		for k := h + 2; k <= h+4 && k < len(ws); k++ {
			if g := ws[k].norm; mandatedGroups[g] || g == "parents" || g == "families" || g == "guardians" {
				if at(ws, k+1) == "'" { // "the juniors' parents": the group is further on
					continue
				}
				if requestVerbs[at(ws, k+1)] {
					w1, subject = "anyone", k
				}
				break
			}
			if ws[k].punct && ws[k].norm != "'" {
				break
			}
		}
	}
	// "Could your accounts team raise a PO?", "Can your office send the
	// keys?": the reader's own people, asked through the reader. ("Can your
	// app handle it?" asks about a thing.)
	if _, ok := requestModals[w0]; ok && question && w1 == "your" {
		for k := h + 2; k <= h+3 && k < len(ws); k++ {
			if readersPeople[ws[k].norm] {
				w1, subject = "someone", k
				break
			}
			// "Would your U12s be willing to move ...?": whoever is named,
			// their readiness is asked for.
			if at(ws, k+1) == "be" && readinessWords[at(ws, k+2)] && at(ws, k+3) == "to" {
				w1, subject = "someone", k
				break
			}
		}
	}
	// "Can Oliver bring his past papers?": someone named, asked through
	// the reader, with a verb only a person does after the name ("Can
	// Excel handle it?" asks about a thing).
	if _, ok := requestModals[w0]; ok && question && h+2 < len(ws) && isCapitalisedName(ws[h+1]) && personErrands[ws[h+2].norm] {
		w1, subject = "someone", h+1
	}
	if scale, ok := requestModals[w0]; ok && (w1 == "you" || w1 == "u" || w1 == "someone" || w1 == "somebody" || w1 == "anyone" || w1 == "y'all" || w1 == "everyone" || w1 == "everybody" || w1 == "whoever") {
		j := subject + 1
		// "Can you guys explain ...?", "Could you all send ...?"
		if w1 == "you" && (teamWords[at(ws, j)] || at(ws, j) == "both" || at(ws, j) == "two") && at(ws, j) != "people" {
			j++
		}
		// "Can everyone on Saturday's rota confirm ...?", "Could someone
		// from finance check ...?": a group named by where it stands.
		// "could whoever did nights sort the sluice": the verb after the
		// clause that names who.
		if w1 == "whoever" && j+1 < len(ws) {
			for k := j + 1; k < len(ws) && k <= j+4 && !ws[k].punct; k++ {
				if commonVerbs[ws[k].norm] || ws[k].Tag() == "VB" {
					j = k
					break
				}
			}
		}
		if w1 != "you" && (at(ws, j) == "on" || at(ws, j) == "in" || at(ws, j) == "from" || at(ws, j) == "at" || at(ws, j) == "with") {
			for k := j + 1; k < len(ws) && k <= j+4 && !ws[k].punct; k++ {
				if t := ws[k].Tag(); k > j+1 && (t == "VB" || t == "VBP" || commonVerbs[ws[k].norm] && strings.HasPrefix(ws[k-1].Tag(), "NN")) {
					j = k
					break
				}
			}
		}
		for politeWords[at(ws, j)] || at(ws, j) == "possibly" || at(ws, j) == "maybe" || at(ws, j) == "also" {
			j++
		}
		if at(ws, j) == "mind" || at(ws, j) == "be" && at(ws, j+1) == "able" || isVerbLike(ws, j) || at(ws, j) == "let" || question && canBeVerbAfterModal(ws, j) && !notImperative[at(ws, j)] {
			// "Will you be there?" asks about the reader's plans; "Will you
			// be able to send it?" asks for the action.
			if w0 == "will" && at(ws, j) == "be" && at(ws, j+1) != "able" {
				return nil
			}
			// "Can you believe it's only a week?", "Would you believe it":
			// wonder shared, not an action asked for.
			if at(ws, j) == "believe" && j == subject+1 {
				return nil
			}
			// "Can everyone hear me?", "Can you see my screen?": a check
			// that the call works ("Can you see if the room is free?" asks).
			if j == subject+1 && (at(ws, j) == "hear" || at(ws, j) == "see" && !seeAsks[at(ws, j+1)]) {
				return nil
			}
			// "Could you elaborate?", "Can you explain what you mean?" ask
			// for the reader's own thinking, like "Tell me what you think".
			if question && asksForInput(ws, j, true) {
				return &ruleHit{id: ruleOpenQuestion, from: h, to: j + 1, scale: 1}
			}
			// "Can you all think about one thing that would make your
			// workload lighter?": reflection asked for, the reader's ideas.
			if question && reflectionVerbs[at(ws, j)] && (at(ws, j+1) == "about" || at(ws, j+1) == "of") {
				return &ruleHit{id: ruleOpenQuestion, from: h, to: j + 2, scale: 1}
			}
			return &ruleHit{id: ruleRequest, from: h, to: j + 1, scale: scale}
		}
	}
	// "Would it be possible to update the list?", "Is it possible for you
	// to send it?": asking whether the reader's action is possible asks
	// for it. "Is it possible to ...?" alone asks about the world.
	if question && (phraseAt(ws, h, "would it be possible") || phraseAt(ws, h, "will it be possible") || phraseAt(ws, h, "is it possible for") || phraseAt(ws, h, "is it possible to get") || phraseAt(ws, h, "is it possible to have")) {
		j := h + 3
		if w0 == "would" || w0 == "will" {
			j++
		}
		if at(ws, j) == "for" {
			// "for you to", "for Ken to"; "is it possible" asks for the
			// reader's action only when it names the reader.
			if w0 == "is" && !readerSubjects[at(ws, j+1)] {
				return nil
			}
			k := j + 1
			for k < len(ws) && k <= j+3 && ws[k].norm != "to" {
				k++
			}
			j = k
		}
		if at(ws, j) == "to" && canBeVerbAfterModal(ws, j+1) {
			return &ruleHit{id: ruleRequest, from: h, to: j + 2, scale: 0.8}
		}
	}
	// "Any chance of finalizing it Monday?", "Any chance you could send
	// it?": asking whether the act is likely asks for it. "Any chance the
	// file was corrupt?" asks about a fact; the request goes on with "of"
	// and the act, or with the reader and a modal.
	for _, p := range []string{"any chance", "is there any chance", "is there a chance"} {
		// Without its mark it still asks when the reader and a modal follow
		// ("Any chance you could check my lines, I'm stuck in Leeds.").
		if n := phraseLen(p); phraseAt(ws, h, p) && chanceOfAct(ws, h+n) && (question || readerSubjects[at(ws, h+n)] && requestModals[at(ws, h+n+1)] > 0) {
			return &ruleHit{id: ruleRequest, from: h, to: h + n, scale: 0.8}
		}
	}
	// "Could send me and Stephanie each one?": the request with its "you"
	// dropped, as in quick mail.
	if scale, ok := requestModals[w0]; ok && question && w1 != "be" && w1 != "have" && w1 != "do" && !closedClass[w1] && isVerbLike(ws, h+1) && commonVerbs[w1] && h+2 < len(ws) && !ws[h+2].punct {
		return &ruleHit{id: ruleRequest, from: h, to: h + 2, scale: scale}
	}
	// "Mind jumping on a call?", "Can I get a status update by 11?"
	// ("Mind double-checking ...?": the hyphened verb comes as two words.)
	if w0 == "mind" && (at(ws, h+1) == "if" || strings.HasSuffix(at(ws, h+1), "ing") || ws[min(h+1, len(ws)-1)].compound && strings.HasSuffix(at(ws, h+2), "ing")) {
		return &ruleHit{id: ruleRequest, from: h, to: h + 2, scale: 0.8}
	}
	// "Could I borrow your notes?", "Could I possibly get a copy?": the
	// permission directive asks for what the reader would hand over.
	if (w0 == "can" || w0 == "could" || w0 == "may") && w1 == "i" {
		v := h + 2
		for politeWords[at(ws, v)] {
			v++
		}
		if receiveVerbs[at(ws, v)] && at(ws, v+1) != "help" && !(question && openOrOffer(ws, h)) {
			return &ruleHit{id: ruleRequest, from: h, to: v + 1, scale: 0.8}
		}
	}
	// "Why don't you just pick a restaurant?" proposes, but asks for action.
	if phraseAt(ws, h, "why do not you") {
		j := h + 4
		for politeWords[at(ws, j)] {
			j++
		}
		if isVerbLike(ws, j) && !stanceVerbs[ws[j].norm] {
			return &ruleHit{id: ruleRequest, from: h, to: j + 1, scale: 0.7}
		}
	}
	// "Why not just use the standard one?" proposes the same way, without
	// naming the reader.
	if w0 == "why" && w1 == "not" {
		j := h + 2
		for politeWords[at(ws, j)] {
			j++
		}
		if w := at(ws, j); isVerbLike(ws, j) || strings.HasSuffix(w, "ing") && isLettersOnly(w) && !closedClass[w] {
			return &ruleHit{id: ruleRequest, from: h, to: j + 1, scale: 0.7}
		}
	}
	if !question {
		return nil
	}
	// "What makes you think that?" asks the reader to justify a view, not
	// to share one.
	if end := findChallenge(ws, h); end > h {
		return &ruleHit{id: ruleCheckUp, from: h, to: end, scale: 1}
	}
	// "What exactly do you want?", "What on earth is this for?": a
	// wh-question that insists presses for an answer; it does not invite one.
	if whWords[w0] || w0 == "why" {
		for k := h + 1; k < len(ws) && k <= h+4; k++ {
			if insistWords[ws[k].norm] || ws[k].norm == "on" && at(ws, k+1) == "earth" {
				return &ruleHit{id: ruleCheckUp, from: h, to: k + 1, scale: 1}
			}
		}
	}
	// "Any feedback on the mockups yet?": "yet" turns the invitation into
	// a chase, as in "Any update on ...?".
	if w0 == "any" && lastWord(ws) == "yet" {
		return &ruleHit{id: ruleCheckUp, from: h, to: h + 2, scale: 1}
	}
	if end := openQuestionEnd(ws, h); end > h {
		return &ruleHit{id: ruleOpenQuestion, from: h, to: end, scale: 1}
	}
	// "Were you able to trace the package?", "Have you had a chance to
	// look at it?": chasing the reader's action, politely.
	for _, p := range chanceChecks {
		// "Have you had a chance to think about where you'd like to grow?"
		// invites reflection; it chases nothing.
		if n := phraseLen(p); phraseAt(ws, h, p) && !reflectionVerbs[at(ws, h+n)] {
			return &ruleHit{id: ruleCheckUp, from: h, to: h + n, scale: chanceCheckScale}
		}
	}
	// "Jess, you've seen more fraud flags than anyone, how would you route
	// them?": a statement that sets up the question; what is asked comes
	// after the comma.
	if question {
		if from, end := openQuestionAfterComma(ws, h); end > from {
			return &ruleHit{id: ruleOpenQuestion, from: from, to: end, scale: 1}
		}
	}
	if end := checkUpEnd(ws, h); end > h {
		return &ruleHit{id: ruleCheckUp, from: h, to: end, scale: 1}
	}
	if end := directQuestionEnd(ws, h); end > h {
		return &ruleHit{id: ruleDirectQ, from: h, to: end, scale: 1}
	}
	// "Do you know if we are meeting on Monday?", "Do you have any idea how
	// long it will take?": the indirect form of a question for a fact,
	// gentler than the direct one.
	for _, p := range []string{"do you know", "do you have any idea", "would you know", "do you happen to know", "does anyone know", "does anybody know", "anyone know"} {
		if !phraseAt(ws, h, p) {
			continue
		}
		k := h + phraseLen(p)
		if w := at(ws, k); w == "roughly" || w == "exactly" || w == "offhand" { // "Do you know roughly what time ...?"
			k++
		}
		if w := at(ws, k); w == "if" || w == "whether" || w == "when" || w == "why" || whWords[w] {
			return &ruleHit{id: ruleDirectQ, from: h, to: k, scale: indirectQuestionScale}
		}
		// "Does anyone know a reliable plumber?": a thing to recommend.
		if w := at(ws, k); strings.Contains(p, "anyone") || strings.Contains(p, "anybody") {
			if w == "a" || w == "an" || w == "any" || w == "of" {
				return &ruleHit{id: ruleDirectQ, from: h, to: k, scale: indirectQuestionScale}
			}
		}
	}
	return nil
}

// indirectQuestionScale weighs "Do you know if ...?" against "Is ...?".
const indirectQuestionScale = 0.5

// suggestionVerbs after "Did you" name a step to try, not work to report.
var suggestionVerbs = set("try", "check", "consider", "look", "test", "restart", "reboot", "clear",
	"enable", "disable", "verify", "attempt", "experiment", "google", "search", "think")

// availabilityWords after "are you" ask for the reader's time.
var availabilityWords = set("available", "free", "around", "open", "able", "in", "reachable")

// possessives before "take" make it a noun ("your take").
var possessives = set("your", "our", "my", "his", "her", "their", "its")

// stanceVerbs after "why don't you" ask for the reason of a stance ("Why
// don't you want it?"), where an act after it proposes ("Why don't you
// try it?").
var stanceVerbs = set("want", "like", "think", "believe", "understand", "know", "care", "agree", "trust", "wanna")

// challengePhrases open a question that asks the reader to justify a view.
var challengePhrases = []string{"what makes you think", "what makes you say", "what makes you believe",
	"what gave you the idea", "what gives you the idea", "where did you get the idea",
	// "How could you let this happen?": reproach, where "How could we ...?"
	// and "How would you approach it?" invite.
	"how dare you", "how could you not", "how can you not", "how could you let", "how could you forget",
	"how could you miss", "how could you ignore", "how could you possibly", "how can you possibly",
	"how could you expect", "how can you expect", "how could you say", "how can you say"}

// decisionVerbs after "I'd like you to" ask for the decision itself.
var decisionVerbs = set("decide", "choose", "pick", "shape")

// readinessWords after "Are you" ask whether the reader will do it.
var readinessWords = set("able", "willing", "happy", "ok", "okay", "free", "available", "prepared")

// coordinatedOrder: the verb of a second order joined to the order at h by
// "and" within its clause ("... and just place the order"), or 0: a common
// verb, or one the tagger reads as a base form ("and propose the changes to
// me"; "and" before a noun joins things).
func coordinatedOrder(ws []word, h int, heads []int) int {
	end := len(ws)
	for _, other := range heads {
		if other > h {
			end = other
			break
		}
	}
	for k := h + 1; k+1 < end; k++ {
		if ws[k].norm != "and" {
			continue
		}
		j := k + 1
		for j < end && (ws[j].norm == "just" || ws[j].norm == "then" || ws[j].norm == "also" || ws[j].norm == "please") {
			j++
		}
		if j < end && (commonVerbs[ws[j].norm] || ws[j].Tag() == "VB" && isVerbLike(ws, j)) {
			return j
		}
	}
	return 0
}

// conditionalThreat: "If the abstract isn't in my inbox by Friday, I'll
// withdraw our slot": a sanction the writer will impose when the reader
// does not do something; an ultimatum obliges. Only sanctioning verbs
// count ("If you can't make it, I'll cover" helps).
func conditionalThreat(ws []word) (ruleHit, bool) {
	if at(ws, 0) != "if" {
		return ruleHit{}, false
	}
	negated, unable := false, false
	for k := 1; k < len(ws) && k < 18; k++ {
		// The main clause, after a comma or straight after the condition
		// ("If the backwash isn't cleaned again I'll be putting ...").
		start := k
		if ws[k].norm == "," {
			start = k + 1
		}
		if negated && (at(ws, start) == "i" || at(ws, start) == "we") && at(ws, start+1) == "will" {
			j := start + 2
			if at(ws, j) == "have" && at(ws, j+1) == "to" {
				j += 2
			} else if at(ws, j) == "be" {
				j++ // "I'll be putting ..."
			}
			if threatVerbs[strings.TrimSuffix(at(ws, j), "ing")] || threatVerbs[at(ws, j)] || at(ws, j) == "putting" {
				return ruleHit{id: ruleObligation, from: start, to: j + 1, scale: 0.8}, true
			}
			return ruleHit{}, false
		}
		// "If the chapter isn't with me by the 15th, you won't be
		// presenting at the retreat": a part taken from the reader.
		// ("If you can't make it, you won't be missing much": the reader's
		// own constraint, not a demand.)
		if negated && !unable && at(ws, start) == "you" && at(ws, start+1) == "will" && at(ws, start+2) == "not" && at(ws, start+3) == "be" && strings.HasSuffix(at(ws, start+4), "ing") {
			return ruleHit{id: ruleObligation, from: start, to: start + 5, scale: 0.8}, true
		}
		// "..., you'll be off the vehicle": the reader moved out.
		if negated && !unable && at(ws, start) == "you" && at(ws, start+1) == "will" && at(ws, start+2) == "be" && (at(ws, start+3) == "off" || at(ws, start+3) == "out" || at(ws, start+3) == "removed" || at(ws, start+3) == "taken") {
			return ruleHit{id: ruleObligation, from: start, to: start + 4, scale: 0.8}, true
		}
		// "If the report isn't submitted within 24 hours it will be
		// escalated to your manager": the sanction in the passive.
		if negated && sanctionSubjects[at(ws, start)] && at(ws, start+1) == "will" && at(ws, start+2) == "be" && sanctionParticiples[at(ws, start+3)] {
			return ruleHit{id: ruleObligation, from: start, to: start + 4, scale: 0.8}, true
		}
		// "If callouts aren't attended within four hours again, this goes
		// to a formal review": the matter sent to a formal stage.
		if negated && sanctionSubjects[at(ws, start)] && (at(ws, start+1) == "goes" || at(ws, start+1) == "becomes" || at(ws, start+1) == "will" && (at(ws, start+2) == "go" || at(ws, start+2) == "become")) {
			for m := start + 2; m < len(ws) && m <= start+6; m++ {
				if formalStages[ws[m].norm] {
					return ruleHit{id: ruleObligation, from: start, to: m + 1, scale: 0.8}, true
				}
			}
		}
		if ws[k].norm == "," {
			return ruleHit{}, false
		}
		if ws[k].norm == "not" || ws[k].norm == "never" || ws[k].norm == "no" {
			negated = true
			unable = unable || at(ws, k-1) == "can" || at(ws, k-1) == "could"
		}
		// "If you miss another call ...", "If the cab gets left in that
		// state again ...": a repeat of what went wrong conditions as an
		// unmet demand does.
		if ws[k].norm == "again" || ws[k].norm == "another" || ws[k].norm == "more" && at(ws, k-1) == "one" {
			negated = true
		}
	}
	return ruleHit{}, false
}

// sanctionSubjects and sanctionParticiples: "it / you will be escalated,
// reported, charged ...", a sanction put in the passive.
var (
	sanctionSubjects    = set("it", "this", "that", "you", "they", "he", "she")
	sanctionParticiples = set("escalated", "reported", "flagged", "referred", "disciplined", "charged", "fined",
		"docked", "removed", "cancelled", "canceled", "withdrawn", "suspended", "reassigned", "dropped", "rejected")
)

// formalStages are where a matter goes when a demand is not met.
var formalStages = set("formal", "disciplinary", "hr", "capability", "tribunal")

// threatVerbs are what a writer does to the reader who has not complied.
var threatVerbs = set("withdraw", "cancel", "pull", "drop", "escalate", "report", "remove", "replace",
	"reassign", "start", "give", "hand", "dock", "stop", "close", "refuse", "reject", "withhold",
	"find", "move", "cut", "bench", "send", "put", "revisit", "reconsider", "recast",
	"reallocate", "take", "suspend", "review")

// routineRule: a duty stated as what a group routinely does ("Every player
// logs their sleep in the app daily", "Drivers log their hours before the
// engine starts", "All damage gets photographed and sent to me before you
// move the truck", "Tachographs get checked at the end of every shift"): a
// subject that is everyone in a group, a present verb, and a word of
// routine after it. Weighed below a stated obligation, since a description
// of what people do can take the same form.
func routineRule(ws []word, head int) (ruleHit, bool) {
	subj, anyPlural := head, false
	switch w := at(ws, head); {
	case w == "every" || w == "each" || w == "all":
		subj++
	case mandatedGroups[w]:
	case w != "" && !ws[head].punct && !subjectPronouns[w] && w != "there" && w != "i" && w != "we" && w != "you":
		// any other subject ("The kennels", "Call notes", "Sign-in sheet"),
		// but only in the passive: "get" or "is / are" and a participle
		anyPlural = true
		if w == "the" || w == "our" || w == "your" {
			subj++
		}
	default:
		return ruleHit{}, false
	}
	// The routine word is looked for first: it is rare, and the verb
	// test below may ask the tagger.
	routine := false
	for k := subj + 1; k < len(ws) && !routine; k++ {
		routine = ws[k].is(classRoutine) || ws[k].norm == "at" && at(ws, k+1) == "all" && at(ws, k+2) == "times"
	}
	if !routine {
		return ruleHit{}, false
	}
	// The verb comes within three words of the subject's first.
	verb := -1
	passive := false
	for k := subj; k < len(ws) && k <= subj+3; k++ {
		w := &ws[k]
		// "The kennels are cleaned twice daily", "Call notes are entered
		// before you take the next call": a routine in the passive.
		if (w.norm == "is" || w.norm == "are") && k > head && k+1 < len(ws) && isParticiple(&ws[k+1]) && !isAdjectiveLike(ws[k+1].norm) && !benefitParticiples[ws[k+1].norm] && !scheduleParticiples[ws[k+1].norm] {
			verb, passive = k, true
			break
		}
		if w.punct || closedClass[w.norm] {
			if k > subj {
				break
			}
			continue
		}
		if (w.norm == "get" || w.norm == "gets") && k+1 < len(ws) && k > head {
			if isParticiple(&ws[k+1]) && !benefitParticiples[ws[k+1].norm] {
				verb, passive = k, true
			}
			break
		}
		if k > head && !anyPlural && !routineWords[w.norm] {
			if t := w.Tag(); t == "VBZ" || t == "VBP" {
				verb = k
				break
			}
		}
	}
	if verb < 0 {
		return ruleHit{}, false
	}
	// "All shift leads: ..." addresses a group; "leads" is no verb there.
	if !passive && (notRoutineVerbs[ws[verb].norm] || at(ws, verb+1) == ":") {
		return ruleHit{}, false
	}
	for k := verb + 1; k < len(ws); k++ {
		if ws[k].is(classRoutine) || ws[k].norm == "at" && at(ws, k+1) == "all" && at(ws, k+2) == "times" {
			return ruleHit{id: ruleObligation, from: head, to: verb + 1, scale: 0.6}, true
		}
	}
	return ruleHit{}, false // the routine word came before the verb
}

// placementRule: where people's things are to be kept, stated as a fact
// ("Phones stay in lockers during shifts", "All tools go back in the shed
// at the end of the day", "Drinks stay off the counter"): the subject is
// equipment or belongings, the verb one of staying or going, and a place
// follows. Things the reader handles do not move on their own, so the
// sentence is a house rule; other subjects ("Prices stay in range during
// the sale") describe. Weighed as a routine rule.
func placementRule(ws []word, head int) (ruleHit, bool) {
	noun := -1
	for k := head; k < len(ws) && k <= head+2; k++ {
		if handledThings[ws[k].norm] {
			noun = k
			break
		}
		if ws[k].punct {
			return ruleHit{}, false
		}
	}
	for noun >= 0 && handledThings[at(ws, noun+1)] {
		noun++ // "Mobile phones"
	}
	if noun < 0 || !placementVerbs[at(ws, noun+1)] {
		return ruleHit{}, false
	}
	place := noun + 2
	if at(ws, place) == "back" {
		place++
	}
	verb := at(ws, noun+1)
	switch at(ws, place) {
	case "in", "inside", "into", "out", "away", "behind", "under", "at", "with", "upstairs", "downstairs", "outside":
	case "on", "off":
		if verb == "go" || verb == "goes" {
			return ruleHit{}, false // "Laptops go on sale Monday", "Phones go off at the worst moments"
		}
	default:
		if place == noun+2 { // "go back." alone is a place too
			return ruleHit{}, false
		}
	}
	return ruleHit{id: ruleObligation, from: head, to: noun + 2, scale: 0.6}, true
}

// handledThings are equipment and belongings that stay where people put them.
var handledThings = set("phone", "phones", "mobile", "mobiles", "tools", "carts", "trolleys", "keys", "laptops",
	"badges", "helmets", "bags", "coats", "jackets", "drinks", "boots", "shoes", "devices", "headphones",
	"earbuds", "knives", "uniforms", "lanyards", "gloves", "cups", "mugs", "dishes", "pallets", "ladders",
	"radios", "tablets", "scanners", "bikes", "vans", "forklifts", "cables", "chargers", "umbrellas",
	// waste that is sorted where it goes ("Offcuts go in the blue skip")
	"offcuts", "rubbish", "waste", "recycling", "sharps", "scraps", "cardboard", "packaging", "rags")

// placementVerbs say where a thing is kept.
var placementVerbs = set("stay", "stays", "go", "goes", "remain", "remains", "live", "lives", "belong", "belongs")

// routineWords mark a routine after the verb: when, how often, how
// without exception.
var routineWords = set("every", "each", "daily", "weekly", "hourly", "always", "before", "until",
	"period", "exceptions", "fail", "twice", "arrival")

// scheduleParticiples after "is / are" say when a service runs ("Breakfast
// is served until ten", "Permits are renewed every January"), not a duty.
var scheduleParticiples = set("served", "renewed", "published", "provided", "held", "opened", "closed",
	"fixed", "set", "scheduled", "planned", "offered", "released", "updated", "run", "hosted", "broadcast",
	"delivered", "diverted", "rerouted", "suspended", "shown", "streamed",
	"processed", "paid", "issued", "credited", "calculated", "collected")

// benefitParticiples after "get" say what people receive ("All staff get
// paid every Friday"), not what they must do.
var benefitParticiples = set("paid", "rewarded", "invited", "promoted", "thanked", "recognized",
	"reimbursed", "given", "offered", "included", "fed", "treated", "trained", "upgraded")

// notRoutineVerbs describe or feel rather than do ("All staff receive a
// bonus every year", "Every customer loves it").
var notRoutineVerbs = set("is", "are", "has", "have", "receive", "receives", "love",
	"loves", "like", "likes", "enjoy", "enjoys", "need", "needs", "want", "wants", "seem", "seems",
	"know", "knows", "think", "thinks", "feel", "feels", "deserve", "deserves", "earn", "earns")

// choiceOpeners after a choosing verb open the choice ("Choose which ...").
var choiceOpeners = set("which", "whichever", "whatever", "what", "whoever", "who", "one", "your")

// choosingVerbs make the reader's want the decision ("Pick the crew you want").
var choosingVerbs = set("pick", "choose")

// ownershipVerbs after "I'd like you to" hand over a piece of work to own.
var ownershipVerbs = set("own", "lead", "chair", "head", "champion", "spearhead", "steward")

// whInClauseBefore: a question word opens the clause that i stands in.
func whInClauseBefore(ws []word, i int) bool {
	for k := i - 1; k >= 0 && !ws[k].punct; k-- {
		if whWords[ws[k].norm] || ws[k].norm == "why" {
			return true
		}
	}
	return false
}

// laterQuestionClause: after h, a semicolon or a dash opens a question
// that invites the reader's view or offers help ("...; how should we
// approach them?"). (After a comma, "who knows ..." and relative clauses
// are too common to tell; a later question for a fact leaves the
// statement asked back as it is.)
func laterQuestionClause(ws []word, h int) bool {
	for k := h + 1; k+1 < len(ws); k++ {
		switch ws[k].norm {
		case ";", "—", "–", "--":
			if openOrOffer(ws, k+1) {
				return true
			}
		case ",":
			// "You've been solid on the tugs, fancy shadowing dispatch?":
			// after a comma only an offer counts, which no relative clause
			// opens; "..., so how do you think we should ...?" asks after
			// "so" as after a semicolon.
			if offerEnd(ws, k+1) > k+1 {
				return true
			}
			if at(ws, k+1) == "so" && openOrOffer(ws, k+2) {
				return true
			}
		}
	}
	return false
}

func findChallenge(ws []word, h int) int {
	for _, p := range challengePhrases {
		if phraseAt(ws, h, p) {
			return h + phraseLen(p)
		}
	}
	return h
}

// disbeliefWords after a question's subject challenge ("Do you really
// need ...?"); insistWords in a wh-question press for the answer ("What
// exactly ...?").
var (
	disbeliefWords = set("really", "seriously", "even")
	insistWords    = union(disbeliefWords, set("exactly", "actually", "hell", "heck"))
)

// inferredStates after "must be" / "have to be" make the modal an inference
// about the reader, not a duty.
var inferredStates = set("joking", "kidding", "tired", "exhausted", "thrilled", "relieved", "proud",
	"mistaken", "confused", "new", "so", "really", "very", "pretty", "quite", "feeling", "loving",
	"hating", "going", "doing", "thinking")

// leadingAuxiliaries negated open a question that presses ("Isn't it ...?").
var leadingAuxiliaries = set("is", "are", "was", "were", "do", "does", "did", "should", "has", "have", "can", "will", "must")

// readerSubjects address the reader, alone or with others.
var readerSubjects = set("you", "u", "y'all", "yall", "ya")

// directQuestionEnd finds a question that opens with a question word and
// asks for a fact ("What is the error?", "Which version are you on?"), one
// that opens with a negated auxiliary, or one about the reader's time: the
// "question directive" of Ervin-Tripp's scale and the "direct question" that
// raters of requests find brusque (Danescu-Niculescu-Mizil et al. 2013). It
// runs after the open-question, offer and check-up tests, so what is left
// asks for information, not for a view or a status.
func directQuestionEnd(ws []word, h int) int {
	w0 := at(ws, h)
	// "Isn't it obvious?", "Shouldn't this be cached?": a question opening
	// with a negated auxiliary presses the asker's view (the negative
	// question of the politeness research); "wouldn't" and "couldn't" hedge.
	if leadingAuxiliaries[w0] && at(ws, h+1) == "not" {
		if exclamativeQuestion(ws, h) {
			return h // "Isn't it amazing how ...?" exclaims
		}
		return h + 2
	}
	// "Who knew ...?", "Who would have thought ...?", "Who could have
	// predicted ...?", "Who doesn't love ...?": rhetorical.
	if w0 == "who" && rhetoricalWho(ws, h) {
		return h
	}
	// "Are you free at 3?", "Will you be around Monday?": a question
	// about the reader's time asks for it (Ervin-Tripp's question directive).
	if (w0 == "are" || w0 == "will" || w0 == "would" || w0 == "is") && (readerSubjects[at(ws, h+1)] || teamWords[at(ws, h+1)] && at(ws, h+1) != "all") {
		k := h + 2
		// "Are you guys free ...?"
		if readerSubjects[at(ws, h+1)] && teamWords[at(ws, k)] {
			k++
		}
		if at(ws, k) == "be" || at(ws, k) == "still" {
			k++
		}
		if availabilityWords[at(ws, k)] {
			return k + 1
		}
	}
	// "Do you have a few minutes to chat?": the reader's time, asked for
	// as "Are you free?" asks for it.
	if (w0 == "do" || w0 == "would") && at(ws, h+1) == "you" && at(ws, h+2) == "have" {
		for _, p := range readerTimePhrases {
			if !phraseAt(ws, h+3, p) {
				continue
			}
			if end := h + 3 + phraseLen(p); at(ws, end) == "to" || at(ws, end) == "for" || at(ws, end) == "today" || at(ws, end) == "this" || at(ws, end) == "?" {
				return end
			}
		}
	}
	// "When did BP get involved?": "when" is not among whWords, which
	// also open relative clauses, but opening a question it asks for a fact.
	if w0 == "when" && (auxiliaries[at(ws, h+1)] || modalWords[at(ws, h+1)]) {
		return h + 1
	}
	if !whWords[w0] || w0 == "how" && (at(ws, h+1) == "about" || at(ws, h+1) == "might" || at(ws, h+1) == "can" && at(ws, h+2) == "i") {
		return h
	}
	if w0 == "what" && (at(ws, h+1) == "about" || at(ws, h+1) == "if") {
		return h
	}
	return h + 1
}

// botherAfter: a verb of upsetting and "you" within eight words of i ("the
// little crack on the bottom tier bother you", "it get to you").
func botherAfter(ws []word, i int) bool {
	for k := i; k < len(ws) && k <= i+8 && !ws[k].punct; k++ {
		if upsetVerbs[ws[k].norm] && (at(ws, k+1) == "you" || at(ws, k+1) == "to" && at(ws, k+2) == "you") {
			return true
		}
	}
	return false
}

var upsetVerbs = set("bother", "upset", "discourage", "faze", "rattle", "worry", "stress", "get", "stop", "define", "shake")

// selfCriticism: "(so / too) hard / harsh / tough on yourself" at i.
func selfCriticism(ws []word, i int) bool {
	if at(ws, i) == "so" || at(ws, i) == "too" {
		i++
	}
	w := at(ws, i)
	return (w == "hard" || w == "harsh" || w == "tough") && at(ws, i+1) == "on" && at(ws, i+2) == "yourself"
}

// errorWords in a condition name a mistake the reader may have found.
var errorWords = set("error", "mistake", "incorrect", "mistaken", "inaccurate", "erroneous") // not "wrong": "If you think it's wrong, tell me" asks a view

// rhetoricalWho: the "who" at h opens a question that expects no answer.
func rhetoricalWho(ws []word, h int) bool {
	switch w1, w2, w3 := at(ws, h+1), at(ws, h+2), at(ws, h+3); {
	case w1 == "knew":
		return true
	case (w1 == "would" || w1 == "could") && w2 == "have":
		return w3 == "thought" || w3 == "guessed" || w3 == "predicted" || w3 == "known" || w3 == "imagined" || w3 == "expected"
	case w1 == "does" && w2 == "not" || w1 == "do" && w2 == "not":
		return w3 == "love" || w3 == "like" || w3 == "enjoy" || w3 == "want"
	case w1 == "would" && w2 == "not":
		// "Who wouldn't want to wake up to that view?"
		return w3 == "love" || w3 == "like" || w3 == "enjoy" || w3 == "want"
	}
	return false
}

// exclamativeQuestion: a negated auxiliary at h, then "it" / "that" /
// "this" / "they" and a word of delight ("Isn't it amazing how much they've
// grown?", "Wasn't that a lovely evening?"): an exclamation in question
// form, which presses no view and reverses nothing.
func exclamativeQuestion(ws []word, h int) bool {
	if !leadingAuxiliaries[at(ws, h)] || at(ws, h+1) != "not" {
		return false
	}
	switch at(ws, h+2) {
	case "it", "that", "this", "they":
	default:
		return false
	}
	k := h + 3
	if at(ws, k) == "a" || at(ws, k) == "an" || at(ws, k) == "just" || at(ws, k) == "so" {
		k++
	}
	return delightWords[at(ws, k)]
}

// delightWords exclaim in "Isn't it ...?".
var delightWords = set("amazing", "wonderful", "great", "lovely", "brilliant", "fantastic", "incredible",
	"nice", "cool", "exciting", "fun", "beautiful", "awesome", "funny", "sweet", "gorgeous", "magical",
	"marvellous", "marvelous", "fab", "fabulous", "cute", "adorable", "remarkable", "special")

// advisers are people whose view a question can ask about in the reader's
// stead ("What did your doctor recommend?").
var advisers = set("instructor", "teacher", "doctor", "gp", "vet", "coach", "tutor", "lawyer", "solicitor",
	"mentor", "boss", "manager", "dentist", "physio", "therapist", "consultant", "surgeon", "midwife",
	"nurse", "accountant", "adviser", "advisor", "landlord", "mum", "mom", "dad", "parents", "partner",
	"husband", "wife", "trainer", "examiner", "supervisor", "professor", "lecturer")

// openQuestionAfterComma: an open question opens the last clause after a
// comma (", so what do you make of ...?", ", how would you ...?"), with the
// clause at h a statement about the reader.
func openQuestionAfterComma(ws []word, h int) (int, int) {
	if !readerSubjects[at(ws, h)] {
		return 0, 0
	}
	for k := h + 2; k < len(ws); k++ {
		if ws[k].norm != "," {
			continue
		}
		from := k + 1
		if at(ws, from) == "so" || at(ws, from) == "and" || at(ws, from) == "but" {
			from++
		}
		// Only the set phrases: "..., which might explain why ...?" and
		// "..., where did you get that idea?" are no invitations.
		if end := openPhraseEnd(ws, from); end > from {
			return from, end
		}
	}
	return 0, 0
}

// startsCheckPhrase: a status chase opens at h ("Where are we on ...?").
func startsCheckPhrase(ws []word, h int) bool {
	for _, p := range statusChases {
		if phraseAt(ws, h, p) {
			return true
		}
	}
	return false
}

// statusChases ask where work stands; the other check phrases ("what kind
// of", "what were you thinking") can open a real question for a view.
var statusChases = []string{"where are we on", "where are we with", "where are you on", "where are you with",
	"what's the status", "what is the status", "what's the eta", "what is the eta",
	// "What's" comes as two words.
	"what 's the status", "what 's the eta", "what 's happening with", "what is happening with"}

func openOrOffer(ws []word, h int) bool {
	return openQuestionEnd(ws, h) > h || offerEnd(ws, h) > h
}

// phraseAt reports whether the words starting at i spell phrase.
func phraseAt(ws []word, i int, phrase string) bool {
	// Most calls fail on the first letter.
	if i >= len(ws) || len(ws[i].norm) == 0 || len(phrase) == 0 || ws[i].norm[0] != phrase[0] {
		return false
	}
	// Compare word by word without splitting the phrase: this runs for
	// every fixed phrase at every candidate position, and most fail on the
	// first word.
	for len(phrase) > 0 {
		sp := strings.IndexByte(phrase, ' ')
		part := phrase
		if sp >= 0 {
			part, phrase = phrase[:sp], phrase[sp+1:]
		} else {
			phrase = ""
		}
		if i >= len(ws) || ws[i].norm != part {
			return false
		}
		i++
	}
	return true
}

// phraseLen is the number of words of a single-spaced phrase.
func phraseLen(phrase string) int { return strings.Count(phrase, " ") + 1 }

func findPhrase(ws []word, from int, phrases ...string) (int, int) {
	for i := from; i < len(ws); i++ {
		for _, p := range phrases {
			if phraseAt(ws, i, p) {
				return i, i + phraseLen(p)
			}
		}
	}
	return -1, -1
}

var offerPhrases = []string{
	"would you like to", "would you like me to", "do you want to", "do you want me to",
	"would you be interested in", "are you interested in", "would you be up for", "are you up for",
	"how can i help", "how can i support", "how can we help", "how can we support", "how could i help",
	"what do you need from me", "what do you need from us", "what can i do", "what can we do to help",
	"is there anything i can do", "is there anything we can do", "anything i can do",
	"would it help if i", "can i help", "how may i help", "what would help you", "what would you need",
	"what support do you need", "what support would", "would you want to", "would anyone like to",
	"would anybody like to", "does anyone want to", "does anybody want to",
	// the reader's needs asked after: "Do you need any help?", "Is there
	// anything you need from me?"
	"do you need any help", "do you need anything", "is there anything you need", "is there anything else you need",
	"need anything from me", "anything you need from me", "need any help",
	// the same with "do you" dropped, as chat writes it ("want to run the
	// review next week?"; "You want to ...?" asks back what the reader
	// meant), and "fancy" for it ("fancy shadowing the dispatch desk?")
	"want to", "wanna", "fancy", "do you fancy",
}

func offerEnd(ws []word, h int) int {
	for _, p := range offerPhrases {
		if phraseAt(ws, h, p) {
			return h + phraseLen(p)
		}
	}
	return h
}

var openPhrases = []string{
	"what do you think", "what do you all think", "what does everyone think", "what does the team think",
	"how might we", "how could we", "how can we", "how should we", "how would you", "what would you",
	"what if we", "what if you", "what if", "any thoughts", "any ideas", "any suggestions", "any feedback",
	"have you thought about", "have you thought of", "have you ever thought about", "have you ever considered",
	"any concerns", "any objections", "any input", "your thoughts", "thoughts", "ideas", "what are your thoughts",
	"what's your take", "what is your take", "what's your view", "what is your view", "what's your opinion",
	"do you think", "do you agree", "do you feel", "do you see", "would you agree", "are you comfortable",
	"is everyone comfortable", "is everyone ok with", "is everyone okay with", "are you ok with",
	"are you okay with", "does that work for", "does this work for", "does that sound", "does this sound",
	"does that make sense", "how do you feel", "how do you see", "which would you", "which do you",
	"where do you see", "what excites you", "what would make", "what would it take", "what matters",
	"what did we learn", "what did you learn", "what could we", "what should we", "how do we",
	"what are we missing", "what am i missing", "who wants to", "who would like to", "who's up for",
	"how would we", "what else could", "is there a better way", "are there better ways",
	"is there a way", "is there anything you would", "is there anything we", "what is getting in",
	"what gets in", "what is blocking you", "what is in your way",
	// "What made you go for N gauge?", "How did you land on your split?":
	// interest in the reader's own choice.
	"what made you choose", "what made you pick", "what made you go for", "what made you want",
	"what made you go with", "what inspired",
	// "How are you feeling after it?": care for the reader.
	"how are you feeling", "how are you holding up", "how are you doing after",
	"what do you make of", "how did it feel", "how does it feel",
	"how did you land on", "how did you come up with", "what got you into", "how did you get into",
}

// openPhraseEnd: one of openPhrases opens at h; it returns its end, or h.
func openPhraseEnd(ws []word, h int) int {
	for _, p := range openPhrases {
		if phraseAt(ws, h, p) {
			return h + phraseLen(p)
		}
	}
	return h
}

func openQuestionEnd(ws []word, h int) int {
	if end := openPhraseEnd(ws, h); end > h {
		return end
	}
	// "Why do you think the numbers slipped?", "Why do you think that
	// is?" ask for the reader's reading of what happened; "Why do you think
	// sorting is better?" challenges a belief the reader holds, and is left
	// to the check-up test.
	if phraseAt(ws, h, "why do you think") && causeOfEvent(ws, h+4) {
		return h + 4
	}
	// Asking for agreement: "Does that plan work for you?", "Would Tuesday suit everyone?"
	switch at(ws, h) {
	case "does", "do", "would", "will", "is", "are":
		if _, end := findPhrase(ws, h+1, agreementPhrases...); end > 0 {
			return end
		}
	}
	// "What's working for you?", "Which parts of the rota aren't working
	// for you?": the coaching question about the reader's experience.
	if whWords[at(ws, h)] {
		if _, end := findPhrase(ws, h+1, "working for you", "works for you", "working well for you"); end > 0 {
			return end
		}
	}
	// A wh-question about the reader's or team's view: "What would make
	// this easier for you?", "Which option do you prefer?" ("Where are we
	// on the missing bags?" chases, whatever view word follows).
	if whWords[at(ws, h)] && (at(ws, h) != "who" || whoAsksView(ws, h)) && !startsCheckPhrase(ws, h) {
		reader, view := false, false
		for i := h + 1; i < len(ws); i++ {
			// "How many hours did your instructor recommend?": the view is
			// the named person's, not the reader's.
			if readerWords[ws[i].norm] && !(possessives[ws[i].norm] && advisers[at(ws, i+1)]) {
				reader = true
			}
			// "take" is a view only as a noun ("your take"), not in "How
			// long does the test take?".
			if viewWords[ws[i].norm] && (ws[i].norm != "take" || i > 0 && (possessives[ws[i-1].norm] || ws[i-1].norm == "'s")) {
				view = true
			}
			// "What's your read on how the COO reacted?": "read" as a noun.
			if ws[i].norm == "read" && i > 0 && possessives[ws[i-1].norm] {
				view = true
			}
			// "What's one thing we should stop doing?" asks the team to decide.
			if ws[i].norm == "should" && (at(ws, i-1) == "we" || at(ws, i+1) == "we") {
				view = true
			}
		}
		if reader && view {
			return h + 1
		}
	}
	return h
}

var checkPhrases = append(slices.Clip(statusChases),
	"any update", "any updates", "any progress",
	"any news on", "status on", "update on", "updates on", "status update", "eta on", "how's it coming", "how is it coming",
	"when will it be", "when will this be", "when will that be", "when can i expect", "when will i get",
	"when will you have", "when will you be done", "when do i get", "when can i have", "is it done",
	"is this done", "is that done", "are you done", "are you finished", "is it ready", "is this ready",
	"why is this not", "why is it not", "why has", "why have you not", "why did you not", "why did you",
	"why would you", "why do you", "why are you", "why is nobody", "why is no one", "who approved",
	"who authorised", "who authorized", "who okayed", "who allowed", "who gave you permission",
	"who gave you the right", "who gave you the authority",
	"who told you", "who said you could", "what were you thinking", "how many times", "how come",
	"what are you doing", "what were you doing", "how about you",
	"what for", "seriously", "really", "are you kidding", "are you serious", "is this a joke",
	"did you even", "did you not", "have you even", "do you even", "did you read", "have you read",
)

// tentativeVerbs: after "You might" in a question, an idea offered ("You
// might consider ...?", "You could try ...?").
var tentativeVerbs = set("consider", "try", "want", "like", "think", "look", "find", "explore", "check")

func checkUpEnd(ws []word, h int) int {
	for _, p := range checkPhrases {
		if phraseAt(ws, h, p) {
			return h + phraseLen(p)
		}
	}
	// "What kind of manager does that?", "What sort of assignment is
	// this?" challenge; "What kind of paint did you use?" asks a fact.
	if phraseAt(ws, h, "what kind of") || phraseAt(ws, h, "what sort of") {
		for k := h + 4; k < len(ws) && k <= h+7 && !ws[k].punct; k++ {
			if kindChallengeVerbs[ws[k].norm] && (demonstratives[at(ws, k+1)] || ws[k].norm == "would" || ws[k].norm == "lets") {
				return h + 3
			}
		}
	}
	// "Lisbon lost-property log - where are we?": asked on its own, after
	// naming the work, the question chases it.
	if phraseAt(ws, h, "where are we") && at(ws, h+3) == "?" {
		return h + 3
	}
	// "Door log done?", "Invoices sent?": a short question of a thing and
	// its state, with the verb left out as chat leaves it.
	if end := verblessStatusCheck(ws, h); end > h {
		return end
	}
	w0, w1 := at(ws, h), at(ws, h+1)
	// "Did you make these yourself?", "You built that yourselves??": asking
	// whether the reader made a thing by hand admires it; it chases nothing.
	if madeYourself(ws, h) {
		return h
	}
	// "Do you really need ...?", "Is it really that hard?": disbelief
	// after the subject challenges the reader ("Do I really want ...?"
	// weighs the writer's own choice).
	if auxiliaries[w0] && w1 != "i" {
		for k := h + 2; k < len(ws) && k <= h+3; k++ {
			if disbeliefWords[ws[k].norm] {
				return k + 1
			}
		}
		// "Did you actually fact-check it?": doubt put to the reader; "Did
		// the paperwork actually go out yesterday?", of work done.
		if w1 == "you" && at(ws, h+2) == "actually" {
			return h + 3
		}
		// "Has anyone actually tested the link yet?" too; "did the supplier
		// ever confirm the projector?" chases what someone owed.
		if w0 == "did" || w0 == "has" || w0 == "have" {
			for k := h + 2; k < len(ws) && k <= h+10 && !ws[k].punct && !relativeWords[ws[k].norm]; k++ {
				if ws[k].norm == "actually" {
					return k + 1
				}
				if w0 == "did" && w1 != "you" && w1 != "u" && ws[k].norm == "ever" && (everChaseVerbs[at(ws, k+1)] || at(ws, k+1) == "confirm") {
					return k + 2
				}
			}
		}
	}
	// A why-question about what was or was not done challenges ("Why is the
	// proposal still in drafts?", "Why did nobody tell me?"); "why don't we"
	// and "why not" propose instead.
	if w0 == "why" {
		// "Why don't you want it?" asks the reader to justify a stance.
		if phraseAt(ws, h, "why do not you") && stanceVerbs[at(ws, h+4)] {
			return h + 5
		}
		if phraseAt(ws, h, "why do not we") || phraseAt(ws, h, "why not") || phraseAt(ws, h, "why do not you") {
			return h
		}
		return h + 1
	}
	// "Is there a reason the slides aren't finished?": asking for the
	// reason something was not done challenges, as "Why isn't ...?" does.
	if phraseAt(ws, h, "is there a reason") || phraseAt(ws, h, "is there any reason") {
		for k := h + 4; k < len(ws); k++ {
			if ws[k].norm == "not" || ws[k].norm == "never" {
				return h + 4
			}
		}
	}
	// "Have you had lunch yet?" cares for the reader; it chases nothing.
	if (w0 == "have" || w0 == "has") && at(ws, h+2) == "had" && socialHaveAt(ws, h+3) {
		return h
	}
	// "Is the report in yet?", "Did the vendor get the PO yet?"
	for i := len(ws) - 1; i > h; i-- {
		if ws[i].punct {
			continue
		}
		if ws[i].norm == "yet" || ws[i].norm == "not" && at(ws, i-1) == "or" {
			return i + 1
		}
		break
	}
	// "When will the pricing sheet be ready?"
	if w0 == "when" {
		for i := h + 1; i < len(ws); i++ {
			switch ws[i].norm {
			case "ready", "done", "finished", "complete", "completed", "fixed", "sent", "back":
				return i + 1
			}
		}
	}
	if phraseAt(ws, h, "are you going to") || phraseAt(ws, h, "is anyone going to") || phraseAt(ws, h, "is someone going to") {
		return h + 4
	}
	// Negative questions put the reader on the spot: "Don't you think ...?",
	// "Shouldn't you be the expert?", "Didn't I ask for this?"
	switch w0 {
	case "do", "did", "should", "can", "could", "would", "are", "is", "have", "has", "were", "was", "will":
		if w1 == "not" && (at(ws, h+2) == "you" || at(ws, h+2) == "i" || at(ws, h+2) == "we") {
			return h + 3
		}
	case "you", "u":
		// "..., you know?" is a filler tag, not a question put to the reader.
		if w1 == "know" && (h+2 >= len(ws) || ws[h+2].punct) {
			return h
		}
		// "You don't happen to have a demo?" asks tentatively; "You might
		// consider a trial month?" offers an idea with the same doubt.
		if phraseAt(ws, h+1, "happen to") || phraseAt(ws, h+1, "do not happen to") || (w1 == "might" || w1 == "could" || w1 == "may") && tentativeVerbs[at(ws, h+2)] {
			return h
		}
		// "You know this customer best; how should we approach them?": the
		// question is the later clause's.
		if laterQuestionClause(ws, h) {
			return h
		}
		// A statement asked back ("You think this is a good idea?", "You
		// again?") challenges; research on requests finds a second-person
		// start among the least polite forms (Danescu-Niculescu-Mizil et al. 2013).
		return h + 1
	case "must":
		if w1 == "you" || w1 == "we" || w1 == "not" {
			return h + 2
		}
	}
	switch w0 {
	case "did", "have", "has", "had":
		// "Did you send it?", "Have you finished the report?", "Has the
		// contract been signed?"; but not "Have you considered ...?", nor
		// "Did you enjoy ...?".
		if w0 == "did" && (w1 == "you" || w1 == "u" || w1 == "anyone" || w1 == "everyone" || w1 == "we") {
			// "Did you try restarting it?", "Did you check the logs?"
			// suggest a next step, as "Have you tried ...?" does.
			if suggestionVerbs[at(ws, h+2)] {
				return h
			}
			j := h + 2
			// "Did anyone actually confirm the PA hire?" ("Did you ever
			// find a solution?" asks after the reader's luck instead.)
			if at(ws, j) == "actually" || at(ws, j) == "already" {
				j++
			}
			// "Did you ever call the policyholder back?" chases a task;
			// "Did you ever find / get / try ...?" asks after the reader's luck.
			if at(ws, j) == "ever" {
				if !everChaseVerbs[at(ws, j+1)] && !(at(ws, j+1) == "get" && handedOnAfter(ws, j+2)) {
					return h
				}
				j++
			}
			// "Did you have a good weekend?": small talk, not a status check.
			if at(ws, j) == "have" && socialHaveAt(ws, j+1) {
				return h
			}
			if j < len(ws) && (doneWords[ws[j].norm] || doneWords[at(ws, j+1)] || commonVerbs[ws[j].norm]) {
				return j + 1
			}
			return h
		}
		// "Did I tell you Sam got in?", "Did I miss something?": the
		// writer asks about their own doing.
		if w0 == "did" && w1 == "i" {
			return h
		}
		// "Did the guidance come out on Wednesday or Thursday?": a choice
		// between two facts asks which, not whether the work is done.
		if alternativeQuestion(ws) {
			return h
		}
		// "Did the right-to-work checks get done ...?": a longer subject
		// before "get done" is still a status check.
		limit := h + 6
		if w0 == "did" {
			limit = h + 9
		}
		// "Has the shrink log actually been updated?": doubt and the
		// passive's "been" take two more words.
		if (w0 == "has" || w0 == "have") && slices.ContainsFunc(ws[h+1:min(len(ws), h+6)], func(w word) bool { return w.norm == "actually" }) {
			limit = h + 8
		}
		for i := h + 1; i < len(ws) && i < limit; i++ {
			// "Has anyone got the plumber's number?", "Have you got a
			// minute?": "have got" right after the subject is "have".
			if ws[i].norm == "got" && i == h+2 && w0 != "had" {
				break
			}
			if doneWords[ws[i].norm] && ws[i].norm != "get" && ws[i].norm != "in" {
				return i + 1
			}
		}
	case "is", "are", "was", "were":
		for i := h + 1; i < len(ws) && i < h+6; i++ {
			if doneWords[ws[i].norm] && (ws[i].Tag() == "VBN" || ws[i].Tag() == "JJ" || ws[i].norm == "done" || ws[i].norm == "ready") {
				if at(ws, i+1) == "yet" || at(ws, i+1) == "?" || at(ws, i+1) == "now" {
					return i + 1
				}
			}
		}
	}
	return h
}

// socialHaveAt: what follows "have" at i is a good time or a meal ("a good
// weekend", "fun", "lunch", "a break").
func socialHaveAt(ws []word, i int) bool {
	if at(ws, i) == "a" || at(ws, i) == "an" {
		i++
		if goodTimeWords[at(ws, i)] {
			i++
		}
	}
	return goodTimeWords[at(ws, i)] || restNouns[at(ws, i)]
}

var (
	// goodTimeWords describe a good time had.
	goodTimeWords = set("good", "nice", "great", "lovely", "fun", "relaxing", "restful", "safe", "wonderful")
	// restNouns are meals, breaks and time off.
	restNouns = set("lunch", "dinner", "breakfast", "break", "rest", "weekend", "holiday", "vacation", "day", "night", "time", "trip", "flight", "sleep", "coffee")
)

// relativeWords open a relative clause, whose "actually" is not the asker's.
var relativeWords = set("which", "that", "who", "whom", "whose")

// verblessStatusCheck: a question of at most five words, a noun phrase
// and then a state of being done, and nothing else ("Door log done?",
// "Q3 invoices all sent?"); it returns the end of the state, or h.
func verblessStatusCheck(ws []word, h int) int {
	last := len(ws) - 1
	for last > 0 && ws[last].norm == "?" && ws[last-1].norm == "?" {
		last-- // "Orchard Close update??"
	}
	if h != 0 || last < 2 || last > 5 || ws[last].norm != "?" || !verblessStates[ws[last-1].norm] {
		return h
	}
	for k := 0; k < last-1; k++ {
		if w := ws[k].norm; ws[k].punct || auxiliaries[w] || modalWords[w] || subjectPronouns[w] || whWords[w] || w == "why" || w == "i" {
			return h
		}
	}
	return last
}

// verblessStates close a verbless status check.
var verblessStates = set("done", "sent", "sorted", "signed", "booked", "fixed", "finished", "submitted", "filed",
	"logged", "uploaded", "checked", "paid", "approved", "completed", "cleared", "confirmed", "ready",
	// "Orchard Close update?": the news of a piece of work, asked for.
	"update", "status", "eta", "progress")

// weatherWords are chances nobody can grant.
var weatherWords = set("rain", "snow", "storm", "frost", "sun", "shower", "showers", "thunder", "flood", "heatwave")

// chanceOfAct: after "Any chance", "of finalizing it", "you could send
// it", "that we can meet", "you have a sketch".
func chanceOfAct(ws []word, i int) bool {
	if at(ws, i) == "of" {
		// "Any chance of a second source on the story?": a thing asked
		// for ("Any chance of rain?" asks about the weather).
		if n := at(ws, i+1); (n == "a" || n == "an" || n == "some" || n == "another" || n == "those" || n == "these" || n == "the" || n == "your") && !weatherWords[at(ws, i+2)] {
			return true
		}
		return strings.HasSuffix(at(ws, i+1), "ing")
	}
	if at(ws, i) == "that" {
		i++
	}
	// "Is there any chance the deadline could be moved back?": a thing
	// and the change asked for it, in the passive.
	if at(ws, i) == "the" || at(ws, i) == "my" || at(ws, i) == "our" || at(ws, i) == "this" {
		for k := i + 1; k < len(ws) && k <= i+3; k++ {
			if (at(ws, k) == "could" || at(ws, k) == "can") && at(ws, k+1) == "be" && askedChanges[at(ws, k+2)] {
				return true
			}
		}
		return false
	}
	if !readerSubjects[at(ws, i)] && at(ws, i) != "we" && at(ws, i) != "i" {
		return false
	}
	next := at(ws, i+1)
	return next == "could" || next == "can" || next == "would" || next == "will" || readerSubjects[at(ws, i)] && (next == "have" || next == "got")
}

// askedChanges are what a request in the passive asks to be done to a
// thing ("... the deadline could be moved").
var askedChanges = set("moved", "extended", "changed", "delayed", "postponed", "pushed", "rescheduled",
	"sent", "shared", "updated", "added", "removed", "reviewed", "approved", "waived", "refunded")

// chanceChecks ask whether the reader has done a thing by asking whether
// they could; they chase it less bluntly than "Did you send it?".
var chanceChecks = chanceCheckPhrases()

// chanceCheckPhrases are the chases for "you" and for the team ("Did
// everyone get a chance to review the plan?", "Has anyone had a chance
// to ...?").
func chanceCheckPhrases() []string {
	var out []string
	for _, p := range []string{
		"were S able to", "have S been able to", "did S get a chance to", "did S have a chance to",
		"have S had a chance to", "have S had time to", "did S have time to", "did S get around to",
		"have S gotten around to", "have S got around to", "did S manage to", "have S managed to",
	} {
		for _, subject := range []string{"you", "u", "everyone", "everybody", "anyone", "anybody", "y'all"} {
			phrase := strings.Replace(p, "S", subject, 1)
			if subject != "you" && subject != "u" && subject != "y'all" {
				// "Has everyone had ...?", "Was anyone able to ...?"
				phrase = strings.NewReplacer("have ", "has ", "were ", "was ").Replace(phrase)
			}
			out = append(out, phrase)
		}
	}
	return out
}

const chanceCheckScale = 0.7

// reflectionVerbs after "Have you had a chance to" ask for the reader's
// thinking.
var reflectionVerbs = set("think", "consider", "reflect", "ponder", "mull", "dream", "imagine")

// offerBackReferences before a closing "would be great" point back at
// what was offered or proposed ("That would be great!", "Monday would be
// great.").
var offerBackReferences = union(weekdays, set("that", "this", "it", "which", "both", "either", "all",
	"those", "these", "tomorrow", "today"))

// hintScale weighs a hint against a request put as a question.
const hintScale = 0.6

// wishWords after "if you would" make a condition on the reader's wishes.
var wishWords = set("like", "prefer", "wish", "want", "rather", "care", "love")

// embeddedRequestInStatement: "I was wondering if you could ...", "I'd
// appreciate it if you could ...", "it would be great if you could ...".
func embeddedRequestInStatement(ws []word) (ruleHit, bool) {
	// One pass finds which of the forms below can be there at all: this
	// runs on every sentence.
	var cue struct{ appreciate, wondering, ifWord, advice, hope, wish, worth bool }
	for i := range ws {
		switch ws[i].norm {
		case "appreciate", "grateful", "thankful", "obliged":
			cue.appreciate = true
		case "wondering":
			cue.wondering = true
		case "if", "whether":
			cue.ifWord = true
		case "suggest", "recommend", "suggestion", "recommendation", "advice", "proposal":
			cue.advice = true
		case "hope", "hoping":
			cue.hope = true
		case "would", "will":
			cue.wish = true
		case "worth":
			cue.worth = true
		}
	}
	if cue.appreciate {
		if r, ok := appreciateRequest(ws); ok {
			return r, true
		}
	}
	if cue.wondering {
		// "I was wondering if you had a chance to forward my resume": the
		// reader's chance to act is what is asked about.
		if from, _, ok := containsPhrase(ws, "wondering if you"); ok {
			j := from + 3
			if phraseAt(ws, j, "had a chance to") || phraseAt(ws, j, "have a chance to") || phraseAt(ws, j, "had time to") || phraseAt(ws, j, "have time to") {
				return ruleHit{id: ruleRequest, from: from, to: j + 4, scale: 0.7}, true
			}
		}
		// "I was wondering if I could get some information on the deal":
		// what the writer could get, the reader is to supply (a hint, 0.6).
		for _, p := range []string{"wondering if i could", "wondering if we could", "wondering whether i could", "wondering whether we could", "wondering if i can", "wondering if we can"} {
			if from, to, ok := containsPhrase(ws, p); ok && receiveVerbs[at(ws, to)] {
				return ruleHit{id: ruleRequest, from: from, to: to + 1, scale: hintScale}, true
			}
		}
		// "Just wondering if Millie will be coming on Sunday?": with its
		// question mark the wondering asks the reader for the answer.
		if isQuestion(ws) {
			for _, p := range []string{"wondering if", "wondering whether"} {
				if from, to, ok := containsPhrase(ws, p); ok {
					return ruleHit{id: ruleRequest, from: from, to: to, scale: hintScale}, true
				}
			}
		}
	}
	if cue.ifWord {
		if r, ok := ifYouCould(ws); ok {
			return r, true
		}
		if r, ok := embeddedPossibility(ws); ok {
			return r, true
		}
	}
	if cue.worth {
		if r, ok := worthHint(ws); ok {
			return r, true
		}
	}
	if cue.advice {
		if r, ok := suggestionRequest(ws); ok {
			return r, true
		}
		if r, ok := adviceNounRequest(ws); ok {
			return r, true
		}
	}
	if cue.hope {
		if r, ok := hopeRequest(ws); ok {
			return r, true
		}
	}
	if cue.wish {
		return hintRequest(ws)
	}
	return ruleHit{}, false
}

// appreciateRequest: "I'd appreciate it if ...", "I would appreciate you
// contacting me", "We'd greatly appreciate any ideas".
func appreciateRequest(ws []word) (ruleHit, bool) {
	// "I'd be grateful if you texted": thanks given in advance for what
	// is asked.
	if from, to, ok := containsPhrase(ws, "appreciate it if"); ok {
		return ruleHit{id: ruleRequest, from: from, to: to, scale: 0.8}, true
	}
	// The thanks itself is scored by the lexicon (inspiration.grateful); the request is
	// weighed lighter than "appreciate it if" so the two sum to a polite ask.
	for _, p := range []string{"grateful if", "thankful if", "obliged if"} {
		if from, to, ok := containsPhrase(ws, p); ok {
			return ruleHit{id: ruleRequest, from: from, to: to, scale: 0.5}, true
		}
	}
	// "I would appreciate you contacting me", "I'd appreciate your
	// sending it": the reader's action is what is asked for.
	// "I appreciate you speaking up" thanks for what was done: the request
	// needs "would" or "will".
	for i := 1; i+2 < len(ws); i++ {
		if ws[i].norm != "appreciate" || !(ws[i-1].norm == "would" || ws[i-1].norm == "will" || ws[i-1].norm == "'d") {
			continue
		}
		if (ws[i+1].norm == "you" || ws[i+1].norm == "your") && strings.HasSuffix(ws[i+2].norm, "ing") && isLettersOnly(ws[i+2].text) {
			return ruleHit{id: ruleRequest, from: i, to: i + 3, scale: 0.8}, true
		}
	}
	// "I would very much appreciate 15 minutes of your time", "We'd
	// greatly appreciate any ideas": what would be appreciated is asked for.
	for i := 1; i+1 < len(ws); i++ {
		if ws[i].norm != "appreciate" || ws[i+1].punct || ws[i+1].norm == "it" || ws[i+1].norm == "that" {
			continue
		}
		k := i - 1
		for k > 0 && (ws[k].norm == "greatly" || ws[k].norm == "really" || ws[k].norm == "much" || ws[k].norm == "very" || ws[k].norm == "truly" || ws[k].norm == "also" || ws[k].norm == "certainly") {
			k--
		}
		if ws[k].norm == "would" || ws[k].norm == "'d" {
			return ruleHit{id: ruleRequest, from: k, to: i + 1, scale: 0.8}, true
		}
	}
	return ruleHit{}, false
}

// ifYouCould: "... if you could send it", "if someone would check".
func ifYouCould(ws []word) (ruleHit, bool) {
	for i := 0; i+3 < len(ws); i++ {
		// "I wanted to ask whether you could let me know": "whether" after
		// a verb of asking is the same request.
		if ws[i].norm != "if" && !(ws[i].norm == "whether" && askingVerbs[at(ws, i-1)]) {
			continue
		}
		subj, subjAt := at(ws, i+1), i+1
		// "if a few of you could stay behind", "if one of you could": some
		// of the readers, asked as "you" is.
		if k := someOfYouEnd(ws, i+1); k > 0 {
			subj, subjAt = "you", k
		}
		// "We'd be grateful if residents could refrain from ...": a group
		// of readers asked as "you" is.
		if subj != "you" && subj != "u" && subj != "someone" && !mandatedGroups[subj] && !(teamWords[subj] && subj != "all") && !readerGroups[subj] {
			continue
		}
		m := subjAt + 1
		// "if someone from your team could attend": who, named by where
		// they stand, before the modal.
		if subj == "someone" && (at(ws, m) == "from" || at(ws, m) == "in" || at(ws, m) == "on" || at(ws, m) == "at") {
			for k := m + 1; k < len(ws) && k <= m+4 && !ws[k].punct; k++ {
				if modalWords[ws[k].norm] {
					m = k
					break
				}
			}
		}
		mod := at(ws, m)
		if mod != "could" && mod != "would" && mod != "can" {
			continue
		}
		// "If you would prefer to ...", "if you'd like": a condition on the
		// reader's wishes, not a request.
		if wishWords[at(ws, m+1)] {
			continue
		}
		j := m + 1
		// "if you could both pop in", "if you could all bring a dish"
		for politeWords[at(ws, j)] || at(ws, j) == "both" || at(ws, j) == "all" {
			j++
		}
		// After "if you could" the next open word is the verb; the tagger
		// can misread it before a number ("arrive 15 minutes early"). "If you
		// can interview well, ..." is a condition, so only "could" and "would".
		if mod != "can" && canBeVerbAfterModal(ws, j) || isVerbLike(ws, j) {
			// "If you could change one thing about the welcome desk, what
			// would it be?": the hypothetical asks the reader's view.
			if hypotheticalQuestionAfter(ws, j) {
				return ruleHit{id: ruleOpenQuestion, from: i, to: j + 1, scale: 1}, true
			}
			// A bare condition ("if you can, ...") is a softener, not a request.
			return ruleHit{id: ruleRequest, from: i, to: j + 1, scale: 0.8}, true
		}
	}
	return ruleHit{}, false
}

// askingVerbs put a request as a question of whether the reader could.
var askingVerbs = set("ask", "asking", "wondering", "wondered", "wonder")

// someOfYouEnd: "some of you", "a few of you", "one of you" ... open at i;
// it returns where "you" stands, or 0.
func someOfYouEnd(ws []word, i int) int {
	k := i
	if at(ws, k) == "a" && (at(ws, k+1) == "few" || at(ws, k+1) == "couple") {
		k++
	}
	switch at(ws, k) {
	case "few", "couple", "some", "one", "any", "all", "each", "both", "two", "three", "several":
	default:
		return 0
	}
	if at(ws, k+1) == "of" && at(ws, k+2) == "you" {
		return k + 2
	}
	return 0
}

// readersPeople: who works with or for the reader ("your team", "your
// accounts department").
var readersPeople = set("team", "office", "department", "staff", "colleagues", "colleague", "assistant",
	"manager", "accountant", "solicitor", "lawyer", "builder", "contractor", "people", "secretary", "partner",
	"engineer", "engineers", "teams", "crew")

// readerGroups are the people a notice addresses ("if residents could ...").
var readerGroups = set("residents", "tenants", "parents", "guests", "customers", "patients", "staff", "visitors", "colleagues", "employees")

// hypotheticalQuestionAfter: after word j, a comma and a question word
// with "would" ("..., what would you do?", "..., which would it be?").
func hypotheticalQuestionAfter(ws []word, j int) bool {
	for k := j + 1; k+2 < len(ws); k++ {
		if ws[k].norm == "," && whWords[ws[k+1].norm] && ws[k+2].norm == "would" {
			return true
		}
	}
	return false
}

// adviceNounRequest: "My recommendation is to call Mark first", the advice
// put as a noun.
func adviceNounRequest(ws []word) (ruleHit, bool) {
	for i := 0; i+3 < len(ws); i++ {
		if (ws[i].norm == "my" || ws[i].norm == "our") && adviceNouns[ws[i+1].norm] {
			j := i + 2
			if at(ws, j) == "would" && at(ws, j+1) == "be" {
				j++
			} else if at(ws, j) != "is" {
				continue
			}
			if at(ws, j+1) == "to" && canBeVerbAfterModal(ws, j+2) {
				return ruleHit{id: ruleRequest, from: i, to: j + 3, scale: hintScale}, true
			}
		}
	}
	return ruleHit{}, false
}

// hintRequest: a hint ("It would be helpful if you told us more") asks by
// wishing, and is weighed as a softened request.
func hintRequest(ws []word) (ruleHit, bool) {
	for from := range ws {
		to, ok := wishAt(ws, from)
		if !ok {
			continue
		}
		// "It would be useful for Ken to join": the wish names who should
		// act, and then the act.
		if ws[to-1].norm == "for" {
			k := to
			for k < len(ws) && k < to+3 && ws[k].norm != "to" {
				k++
			}
			if at(ws, k) != "to" || !canBeVerbAfterModal(ws, k+1) {
				continue
			}
		}
		// Ending the sentence, the wish needs a named thing to wish for
		// ("An e-mail on major developments would be helpful."); "That
		// would be great!" accepts an offer.
		if ws[to-1].punct && (from < 3 || offerBackReferences[ws[from-1].norm]) {
			continue
		}
		if negatedAt(ws, from, to, false, nil) {
			continue
		}
		end := to
		if ws[end-1].punct {
			end-- // the signal is the words, not the full stop
		}
		return ruleHit{id: ruleRequest, from: from, to: end, scale: hintScale}, true
	}
	return ruleHit{}, false
}

var necessity = set("must", "have to", "has to", "have got to", "got to", "need to", "needs to",
	"are required to", "is required to", "are expected to", "is expected to", "will need to", "will have to")

// cognition verbs after "should", "will" or "may not" describe what the
// reader will think or find, rather than order an action.
var cognition = set("know", "note", "notice", "find", "see", "believe", "understand", "realize",
	"realise", "enjoy", "like", "love", "feel", "expect", "hear", "recall", "remember", "appreciate",
	"agree", "want", "wish", "get")

var wishVerbs = set("know", "feel", "understand", "hear", "enjoy", "remember", "see", "grow", "succeed", "thrive", "shine", "realize", "realise")

var obligationFrames = []struct {
	phrase      string
	scale       float64
	prohibition bool
}{
	{"must", 1, false},
	{"have to", 1, false}, {"has to", 1, false}, {"have got to", 1, false}, {"got to", 0.9, false},
	{"need to", 0.9, false}, {"needs to", 0.9, false},
	{"should", 0.7, false}, {"ought to", 0.8, false}, {"had better", 1, false}, {"would better", 1, false}, {"better", 0.9, false},
	{"are required to", 1, false}, {"is required to", 1, false}, {"are expected to", 0.9, false},
	{"is expected to", 0.9, false}, {"are obliged to", 1, false}, {"are supposed to", 0.7, false},
	{"is supposed to", 0.7, false}, {"are not to", 1, true}, {"is not to", 1, true}, {"are to", 1, false}, {"is to", 0.9, false},
	{"were supposed to", 0.8, false}, {"was supposed to", 0.8, false},
	// "You are asked to submit the form", "Members are reminded to ...":
	// the request of a notice, stated as a rule.
	{"are asked to", 0.8, false}, {"is asked to", 0.8, false}, {"are requested to", 0.8, false},
	{"are reminded to", 0.8, false},
	{"may want to", 0.5, false}, {"might want to", 0.5, false}, {"may need to", 0.7, false},
	{"might need to", 0.6, false}, {"will need to", 0.9, false}, {"will have to", 0.9, false},
	{"are going to need to", 0.9, false}, {"are going to have to", 0.9, false},
	{"can not", 0.9, true}, {"may not", 1, true}, {"are not allowed to", 1, true},
	{"are not permitted to", 1, true}, {"is not allowed to", 1, true}, {"must not", 1, true},
	{"should not", 0.8, true}, {"will not", 0.6, true},
	{"will", 0.7, false},
}

// classFarewellStart and classFrameStart: the first words of the farewell
// formulas and of the obligation and freed frames.
var (
	classFarewellStart = setClass(firstWords(farewells))
	classFrameStart    = setClass(union(firstWords(freedFrames), firstWords(obligationPhrases())))
)

func obligationPhrases() []string {
	out := make([]string, len(obligationFrames))
	for i, f := range obligationFrames {
		out[i] = f.phrase
	}
	return out
}

// firstWords is the set of the phrases' first words.
func firstWords(phrases []string) map[string]bool {
	out := map[string]bool{}
	for _, p := range phrases {
		out[firstWord(p)] = true
	}
	return out
}

func firstWord(phrase string) string {
	if sp := strings.IndexByte(phrase, ' '); sp >= 0 {
		return phrase[:sp]
	}
	return phrase
}

// Negated necessity: the reader is freed from an obligation.
var freedFrames = []string{
	"do not have to", "do not need to", "don't have to", "need not", "are not required to",
	"will not need to", "will not have to", "do not need", "no longer need to", "no longer have to",
	"never have to", "never need to", "is not required to", "does not have to", "does not need to",
	// "You shouldn't need my sign-off": no necessity expected, where "You
	// shouldn't share it" forbids.
	"should not need", "should not have to", "should never need", "should never have to", "will not need",
}

// obligations finds obligation frames with the reader or team as subject,
// and passive obligations ("must be submitted").
func obligations(ws []word, question bool) []ruleHit {
	var hits []ruleHit
	for i := 0; i < len(ws); i++ {
		subj := ws[i].norm
		scale := 1.0
		switch {
		case ws[i].is(classReader | classMandated):
		case subj == "we":
			scale = 0.5
		case subj == "no" && at(ws, i+1) == "one":
			i++
		default:
			if question || !isModalStart(subj) {
				continue // both frames below start with a modal
			}
			// Both frames go on with "to", "be" or "have" after the modal,
			// or with "must" and a verb.
			if next := at(ws, i+1); next != "to" && next != "be" && next != "have" && subj != "must" && !(subj == "shall" && next == "not") && !((dutyParticiples[next] || next == "not" || next == "never") && at(ws, i+2) == "to") && !((subj == "need" || subj == "needs") && strings.HasSuffix(next, "ing")) {
				continue
			}
			// Passive obligation with any subject: "Reports must be submitted ..."
			if j, s, ok := passiveObligation(ws, i); ok && !question {
				// "Nothing needs to be done", "No action needs to be taken":
				// the duty is denied, which frees the reader.
				denied := at(ws, i-1) == "nothing" || at(ws, i-2) == "no" && !ws[i-1].punct || at(ws, i-3) == "no" && !ws[i-1].punct && !ws[i-2].punct
				hits = append(hits, ruleHit{id: ruleObligation, from: i, to: j, scale: 0.7 * s, negated: denied && necessity[ws[i].norm+" "+at(ws, i+1)]})
				i = j
			} else if j, ok := thirdPartyObligation(ws, i); ok && !question {
				// "Not every concept has to work": the necessity is denied.
				hits = append(hits, ruleHit{id: ruleObligation, from: i, to: j, scale: 0.8, negated: necessity[ws[i].norm+" "+at(ws, i+1)] && notBeforeSubject(ws, i)})
				i = j
			}
			continue
		}
		// "There is nothing further you need to do": the duty is denied,
		// as in "Nothing needs to be done".
		nothingBefore := false
		for k := i - 1; k >= 0 && k >= i-3 && !ws[k].punct; k-- {
			if ws[k].norm == "nothing" {
				nothingBefore = true
			}
		}
		// "Don't listen to anyone saying you need to learn theory first":
		// a duty other people claim, reported, is not the writer's.
		if reportedFromOthers(ws, i) {
			continue
		}
		// "If you need to change it, ...", "who you should call": a
		// necessity inside a condition or a relative clause lays nothing on
		// the reader.
		// "Tell me what you need to make this work": the frame is inside an
		// embedded question.
		if i > 0 && (clauseOpeners[ws[i-1].norm] || i > 1 && (ws[i-1].norm == "what" || ws[i-1].norm == "how") && !ws[i-2].punct) {
			continue
		}
		// "everyone on the team must", "each of you must": allow a short
		// prepositional phrase between subject and modal.
		j := i + 1
		if at(ws, j) == "of" || at(ws, j) == "on" || at(ws, j) == "in" {
			for k := j + 1; k < len(ws) && k < j+4; k++ {
				if isModalStart(at(ws, k)) {
					j = k
					break
				}
			}
		}
		// "You do need to share it": the emphatic "do" before the frame.
		for politeWords[at(ws, j)] || at(ws, j) == "absolutely" || at(ws, j) == "all" || at(ws, j) == "still" || at(ws, j) == "now" || at(ws, j) == "honestly" || at(ws, j) == "seriously" || at(ws, j) == "clearly" || at(ws, j) == "do" && (at(ws, j+1) == "need" || at(ws, j+1) == "have") {
			j++
		}
		if question && subj == "we" && whInClauseBefore(ws, i) {
			continue // "What should we stop doing?", "..., so how do you think we should ...?" ask for input
		}
		if question && (isModalStart(at(ws, i-1)) || hypotheticalModals[at(ws, i-1)]) || question && at(ws, i-1) == "do" || question && at(ws, i-1) == "did" || question && at(ws, i-1) == "does" {
			// "Do you have to ...?" asks; it does not oblige.
			continue
		}
		if j >= len(ws) || !ws[j].is(classFrameStart) {
			continue // no frame starts here
		}
		// Negated necessity first.
		freed := false
		for _, f := range freedFrames {
			if phraseAt(ws, j, f) {
				end := j + phraseLen(f)
				hits = append(hits, ruleHit{id: ruleObligation, from: i, to: end, scale: scale, negated: true})
				freed = true
				i = end
				break
			}
		}
		if freed {
			continue
		}
		if (at(ws, j) == "would" || at(ws, j) == "might" || at(ws, j) == "could") && at(ws, j+1) != "better" {
			continue // "what each of us would need to learn" is hypothetical
		}
		for _, f := range obligationFrames {
			if !phraseAt(ws, j, f.phrase) {
				continue
			}
			end := j + phraseLen(f.phrase)
			next := at(ws, end)
			if f.phrase == "will" || f.phrase == "will not" {
				// "You'll come out the other side", "you'll get through
				// this": a hard time outlasted, foretold.
				if (next == "come" || next == "get" || next == "pull") && (at(ws, end+1) == "out" || at(ws, end+1) == "through") {
					break
				}
				// "You will send me ..." orders; "You will love it" predicts.
				if !(subj == "you" || teamWords[subj] || subj == "staff" || subj == "employees" || subj == "personnel" || mandatedGroups[subj]) || question || willNotOrder[next] || !isVerbLike(ws, end) {
					break
				}
				// "Our scholarships team will assess every applicant": one of
				// the writer's departments, promising, as "we will" does.
				if teamWords[subj] && i >= 2 && at(ws, i-2) == "our" && !closedClass[ws[i-1].norm] && !ws[i-1].punct {
					break
				}
			}
			// "You better not", "and you'd better be there"; in "would suit
			// you better" the "you" is an object.
			if f.phrase == "better" && (subj != "you" || i > 0 && !ws[i-1].punct && !discourseWords[ws[i-1].norm]) {
				break
			}
			// "you may not have a need", "you may not be able to use it":
			// what may not be the case, not what is forbidden.
			if f.phrase == "may not" && (next == "have" || next == "need" || next == "want" || next == "be" && (at(ws, end+1) == "able" || at(ws, end+1) == "aware")) {
				break
			}
			if cognition[next] && !necessity[f.phrase] {
				break // "you should know", "you may not believe it", "you'll note": not orders
			}
			if f.phrase == "is to" || f.phrase == "are to" {
				// "Nobody is to let visitors in": "let" is no order alone
				// (isVerbLike leaves it out) but is one after "is to".
				if !isVerbLike(ws, end) && next != "be" && next != "let" || next == "blame" {
					break // "No one is to blame" absolves
				}
			}
			if f.phrase == "should" && (next == "be" && pleasedWords[afterDegree(ws, end+1)] || next == "feel") {
				break // "you should be (really) proud / pleased" praises
			}
			// "We should have the results by Friday", "You should have it by
			// noon": what is expected to arrive, and when; "You should have
			// asked me" (a participle) reproaches, and "You should have this
			// conversation with her" advises.
			if f.phrase == "should" && next == "have" && end+1 < len(ws) && at(ws, end+1) != "to" && !isParticiple(&ws[end+1]) && arrivalTimeAfter(ws, end+1) {
				break
			}
			if next == "be" && inferredStates[at(ws, end+1)] {
				break // "You must be tired", "you have to be kidding": inference, not duty
			}
			if f.phrase == "must" && inferredPast(ws, end) {
				break // "You must have worked all weekend": inference too
			}
			if f.phrase == "must" && (next == "feel" || next == "love" || next == "hate") {
				break // "Your staff must feel so supported": a feeling inferred
			}
			if strings.HasPrefix(f.phrase, "can") && next == "be" && end+1 < len(ws) && isParticiple(&ws[end+1]) && !(subj == "nobody" || subj == "no") {
				break // "You can't be charged more than $50" protects the reader
			}
			// "the love you need to change your life", "the only mail that
			// you should be receiving": the frame is inside a relative clause
			// on the noun before it. (Tested last: it reads the tags.)
			if relativeClauseAt(ws, i) {
				break
			}
			s := scale * f.scale
			if subj == "nobody" || subj == "no" {
				s = scale // "Nobody is to ..." is a prohibition in any frame
			}
			// "Don't feel like you have to ...", "I don't think you need to ...":
			// a negated necessity frees the reader.
			negated := !f.prohibition && necessity[f.phrase] && (necessityNegated(ws, i, end) || nothingBefore)
			// "so nobody has to take the early slot alone", "Nobody needs
			// to stay late": no one is required, which frees.
			if (subj == "nobody" || subj == "no") && freeingFrames[f.phrase] {
				negated = true
			}
			hits = append(hits, ruleHit{id: ruleObligation, from: i, to: end + 1, scale: s, negated: negated})
			i = end
			break
		}
	}
	return hits
}

// pleasedWords after "you should be" praise ("you should be really pleased").
var pleasedWords = set("proud", "pleased", "chuffed", "thrilled", "delighted", "happy")

// afterDegree: the word at i, or after a degree word there ("really
// pleased", "so proud").
func afterDegree(ws []word, i int) string {
	if degreeWords[at(ws, i)] || at(ws, i) == "really" || at(ws, i) == "so" {
		return at(ws, i+1)
	}
	return at(ws, i)
}

// relativeClauseAt: the subject at i opens a relative clause without a
// pronoun, or with "that", on the noun phrase before it ("deliver the love
// you need to change your life", "it is the part that you need to debug",
// "reaching everyone you need to contact"). The noun phrase must be an
// object: a verb comes before it in its clause, which has no condition and
// opens with no preposition ("If you set the flag you must ...", "In my
// experience you cannot ..." are main clauses).
func relativeClauseAt(ws []word, i int) bool {
	h := i - 1
	if h > 0 && ws[h].norm == "that" {
		h--
	}
	if h <= 0 {
		return false
	}
	if indefiniteHosts[ws[h].norm] {
		return !ws[h-1].punct
	}
	w := &ws[h]
	// "Take the time you need": a time noun is an object after "take the";
	// elsewhere it sets when ("This week you need to ...").
	timeObject := timeNouns[w.norm] && h >= 2 && ws[h-1].norm == "the" && takeVerbs[ws[h-2].norm]
	if !isLettersOnly(w.text) || isCapitalised(w.text) || timeNouns[w.norm] && !timeObject || teamWords[w.norm] || closedClass[w.norm] || !(w.Tag() == "NN" || w.Tag() == "NNS") {
		return false
	}
	det := -1
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		if hostDeterminers[ws[k].norm] {
			det = k
			break
		}
		if t := ws[k].Tag(); t != "JJ" && t != "NN" && t != "NNS" && t != "CD" && ws[k].norm != "of" {
			return false
		}
	}
	if det < 0 {
		return false
	}
	verb := false
	for k := det - 1; k >= 0 && !ws[k].punct; k-- {
		if t := ws[k].Tag(); strings.HasPrefix(t, "VB") || t == "MD" || auxiliaries[ws[k].norm] {
			verb = true
		}
		if clauseOpeners[ws[k].norm] {
			return false // "if you don't want to sell any of your projects you ..."
		}
		if (k == 0 || ws[k-1].punct) && (ws[k].Tag() == "IN" || ws[k].Tag() == "TO") {
			return false // "In my experience you cannot ..."
		}
	}
	return verb
}

// hostDeterminers open the noun phrase a relative clause can follow; "that"
// is left out, since it also opens the clause ("Does that mean we ...?").
var hostDeterminers = set("the", "a", "an", "any", "every", "each", "all", "some", "no", "my", "your",
	"our", "their", "his", "her", "its", "these", "those", "this")

var indefiniteHosts = set("everyone", "everybody", "everything", "anything", "something", "anyone", "someone", "nothing")

var timeNouns = union(weekdays, set("today", "tomorrow", "tonight", "now", "morning", "afternoon",
	"evening", "week", "weekend", "month", "year", "time", "day", "night", "meantime", "future", "end",
	"case", "sum", "short", "fact", "general", "addition", "turn"))

// clauseOpeners right before a subject make its clause a condition, a time
// or a relative clause, not a main clause.
var clauseOpeners = set("if", "unless", "when", "whenever", "once", "before", "until", "where",
	"wherever", "who", "whom", "which", "whether", "case")

// inferredPast: "must" before "have" and a participle infers what
// happened ("That must have been hard", "You must have worked all weekend"),
// unless the sentence sets a prerequisite ("You must have completed the
// training before you start") or the participle is passive ("must have
// been signed").
func inferredPast(ws []word, j int) bool {
	if at(ws, j) != "have" || j+1 >= len(ws) {
		return false
	}
	if ws[j+1].norm == "been" {
		return j+2 >= len(ws) || !isParticiple(&ws[j+2])
	}
	if !isParticiple(&ws[j+1]) {
		return false
	}
	for k := j + 2; k < len(ws); k++ {
		if prerequisiteWords[ws[k].norm] {
			return false
		}
	}
	return true
}

// prerequisiteWords make "must have done" a condition to meet.
var prerequisiteWords = set("before", "prior", "by", "until", "order", "qualify", "eligible", "apply")

// thirdPartyObligation: a rule laid on people or things named by a noun
// ("Teachers must submit ...", "This needs to ship today", "Students are to
// remain seated"). The speaker's own needs ("I have to leave") and other
// people's ("she has to travel") are not orders to the reader.
func thirdPartyObligation(ws []word, i int) (int, bool) {
	if i == 0 {
		return 0, false
	}
	if phraseAt(ws, i, "should have been") && !ws[i-1].punct {
		return i + 3, true // "Those figures should have been in the report."
	}
	// "Teachers are expected to submit lesson plans every Friday."
	for _, f := range []string{"must not", "must", "has to", "have to", "needs to", "need to", "is to", "are to", "are not to", "is not to",
		"are expected to", "is expected to", "are required to", "is required to", "are obliged to",
		"are asked to", "is asked to", "are requested to", "is requested to", "are reminded to"} {
		if !phraseAt(ws, i, f) {
			continue
		}
		j := i + phraseLen(f)
		if at(ws, j) == "be" && agentsToBePlaced(ws, i, j) {
			return j + 2, true
		}
		if at(ws, j) == "be" || at(ws, j) == "blame" || !isVerbLike(ws, j) || f == "must" && inferredPast(ws, j) {
			return 0, false
		}
		prev := &ws[i-1]
		// "the Lees' return still has to go today": "still" between the
		// subject and its frame.
		if prev.norm == "still" && i >= 2 {
			prev = &ws[i-2]
		}
		// "Volunteers under 18 must have a consent form": an age or a
		// number qualifies the people the duty is laid on.
		if prev.Tag() == "CD" {
			k := i - 1
			for k > 0 && (ws[k].Tag() == "CD" || numberWords[ws[k].norm]) { // "over ten thousand"
				k--
			}
			if k >= 1 && ws[k].Tag() == "IN" && strings.HasPrefix(ws[k-1].Tag(), "NN") {
				prev = &ws[k-1]
			}
		}
		// "Our intention is to fedex it tonight", "The next step is to call
		// them": "is to" after a plan names the plan; it lays no duty.
		if (f == "is to" || f == "are to") && (purposeBefore(ws, i) || onlyRuleToTry(ws, i, j)) {
			return 0, false
		}
		if prev.punct || notThirdParty[prev.norm] || !(prev.norm == "this" || prev.norm == "that" || prev.norm == "it" || strings.HasPrefix(prev.Tag(), "NN")) {
			return 0, false
		}
		// "Results are expected to improve" forecasts; "Teachers are
		// expected to submit ..." lays a duty on people.
		if (strings.Contains(f, "expected") || strings.Contains(f, "asked") || strings.Contains(f, "requested") || strings.Contains(f, "reminded")) && !peopleNouns[prev.norm] {
			return 0, false
		}
		// "in case the Company needs to forward materials", "if the team
		// has to travel": the rule sits inside a condition.
		for k := i - 2; k >= 0 && k >= i-5; k-- {
			if clauseOpeners[ws[k].norm] {
				return 0, false
			}
			if t := ws[k].Tag(); !(strings.HasPrefix(t, "NN") || t == "DT" || t == "JJ" || t == "PRP$" || t == "CD") {
				break
			}
		}
		return j + 1, true
	}
	return 0, false
}

// purposeBefore: a plan or aim heads the noun phrase before "is to" at i
// ("Another purpose for the trip is to ...", "This e-mail is to follow up
// ...").
func purposeBefore(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := ws[k].norm
		if purposeNouns[w] {
			return true
		}
		// "Our job is to make journeys easier", "My role is to clear the
		// way": the writer's or the team's own calling, where "Your job is
		// to answer the phone" assigns one.
		if roleNouns[w] && (at(ws, k-1) == "our" || at(ws, k-1) == "my") {
			return true
		}
		if ws[k].punct || strings.HasPrefix(ws[k].Tag(), "VB") || ws[k].Tag() == "MD" {
			return false
		}
	}
	return false
}

// agentsToBePlaced: "Bearers must be in full dress at the chapel doors",
// "Loaders need to be on the stand by six": people named by what they do
// (a plural in -ers, -ors, -ists, -ants or -ents) opening the sentence, and
// where or how they are to be. "The winners must be thrilled" guesses, so
// only a place or a state of readiness counts.
func agentsToBePlaced(ws []word, i, j int) bool {
	if i != headIndex(ws)+1 || !placedWords[at(ws, j+1)] {
		return false
	}
	subj := ws[i-1].norm
	for _, suf := range []string{"ers", "ors", "ists", "ants", "ents"} {
		if strings.HasSuffix(subj, suf) && len(subj) > len(suf)+2 {
			return ws[i-1].Tag() == "NNS"
		}
	}
	return false
}

// placedWords say where or how ready people are to be: the places the
// reader is wanted in, and a few more said of a crew.
var placedWords = union(readerPlaces, set("present", "onsite", "outside", "inside", "seated", "standing", "clear"))

// reportedFromOthers: the subject at i follows "anyone saying", "people
// telling you (that)", "someone who says": what others claim the reader
// must do.
func reportedFromOthers(ws []word, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if ws[k].punct {
			return false
		}
		switch ws[k].norm {
		case "saying", "says", "tell", "telling", "tells", "claiming", "claims", "insisting", "insists":
			for b := k - 1; b >= 0 && b >= k-2; b-- {
				if otherPeople[ws[b].norm] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// otherPeople are who a reported claim comes from.
var otherPeople = set("anyone", "anybody", "people", "someone", "somebody", "others", "everyone", "they", "folks", "who")

// onlyRuleToTry: "The only rule on this project is to try things", "The
// only rule for the trial is to experiment": a rule whose one demand is to
// explore lifts the rules rather than laying one (the lexicon scores the
// invitation).
func onlyRuleToTry(ws []word, i, j int) bool {
	// "The only rule for the trial lane is to break it": what is broken in
	// a trial is tested, as "try" does.
	if !exploreVerbs[at(ws, j)] && at(ws, j) != "break" && !(at(ws, j) == "ask" && at(ws, j+1) == "questions") && !reportsLearning(ws, j) {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-6 && !ws[k].punct; k-- {
		if (ws[k].norm == "rule" || ws[k].norm == "rules") && ws[k-1].norm == "only" {
			return true
		}
	}
	return false
}

// andWhyEnd: the question ends ", and why?" (not "why not?").
func andWhyEnd(ws []word) bool {
	n := len(ws)
	for n > 0 && ws[n-1].punct && ws[n-1].norm != "," {
		n--
	}
	return n >= 3 && ws[n-1].norm == "why" && ws[n-2].norm == "and" && ws[n-3].norm == ","
}

// reportSteps are the reports and checks a writer can excuse the reader from.
var reportSteps = set("update", "updates", "check-in", "check-ins", "text", "texts", "call", "sign-off", "approval", "cc", "status")

// reportsLearning: "write down what you tried", "share what you learn": a
// demand to pass on what a trial taught is the trial's, not a rule laid on it.
func reportsLearning(ws []word, j int) bool {
	if !reportVerbs[at(ws, j)] {
		return false
	}
	for k := j + 1; k < len(ws) && k <= j+4 && !ws[k].punct; k++ {
		if ws[k].norm == "what" && (at(ws, k+1) == "you" || at(ws, k+1) == "we") && learnedVerbs[at(ws, k+2)] {
			return true
		}
	}
	return false
}

var (
	reportVerbs  = set("write", "note", "share", "tell", "record", "jot", "log")
	learnedVerbs = set("try", "tried", "learn", "learned", "learnt", "find", "found", "discover", "discovered", "notice", "noticed")
)

// exploreVerbs are what a trial asks of the people in it.
var exploreVerbs = set("try", "experiment", "explore", "play", "enjoy", "learn", "tinker", "test")

// purposeNouns name a plan or aim; "is to" after them says what it is. A
// message or an occasion "is to" do what it is for ("This e-mail is to
// follow up our call").
var purposeNouns = set("intention", "intentions", "intent", "plan", "plans", "goal", "goals", "aim",
	"aims", "idea", "purpose", "objective", "objectives", "hope", "mission", "dream", "vision",
	"priority", "focus", "point", "strategy", "approach", "option", "alternative", "solution",
	"answer", "trick", "key", "challenge", "step", "thought", "suggestion", "proposal",
	"recommendation", "preference", "wish", "desire", "ambition", "target", "thinking", "way",
	"method", "system", "email", "letter", "note", "message", "memo", "meeting", "call",
	"visit", "trip", "session", "workshop", "survey", "exercise")

// mandatedGroups are the roles a memo gives duties to in the third person
// ("Managers will submit their budgets by Friday", "Students will attend
// the seminar"): plural, since a rule addresses a group.
var mandatedGroups = set("managers", "supervisors", "students", "nurses", "drivers", "interns", "maintainers",
	"volunteers", "agents", "reps", "contractors", "teachers", "officers", "cashiers", "servers",
	"cleaners", "operators", "workers", "members", "attendees", "participants", "leads", "trainees",
	"technicians", "apprentices", "pupils", "players", "shift", "shifts", "vets", "handlers", "assessors",
	"crews", "gardeners", "porters", "stewards", "marshals", "juniors", "doctors", "engineers", "riders",
	"couriers", "editors", "designers", "advisers", "advisors", "tellers", "plumbers", "electricians",
	"surveyors", "translators", "reviewers", "machinists", "midwives", "paramedics", "receptionists", "carers",
	"leaders", "rangers", "inspectors", "contributors", "developers", "testers", "analysts", "clerks", "chefs",
	"pickers", "baristas", "cooks", "coaches", "instructors", "guards", "controllers", "dispatchers", "ushers",
	"referees", "umpires", "moderators", "judges", "subs", "reporters")

// roleNouns name a part someone plays; after "our" or "my", "is to" says
// what the part is for.
var roleNouns = set("job", "role", "task", "work", "responsibility", "duty", "calling", "business")

var (
	classReader   = setClass(subjectsReader)
	classMandated = setClass(mandatedGroups)
	// classRoutine: the routine rule scans every sentence with a noun
	// subject for one of these.
	classRoutine = setClass(routineWords)
	// classVerblessParticle: verblessOrder looks for one in a sentence's
	// first words whenever it has no order.
	classVerblessParticle = setClass(verblessParticles)
)

var notThirdParty = set("i", "he", "she", "they", "we", "you", "who", "which", "what", "there",
	// a modal before "have to" belongs to the subject before it ("I will have to")
	"will", "would", "shall", "could", "might", "may", "can")

// freeingFrames after "nobody" say no one is required ("Nobody has to stay
// late"); the other frames forbid ("Nobody is to touch the cluster").
var freeingFrames = set("has to", "have to", "needs to", "need to")

// peopleNouns name the people a duty can be laid on.
var peopleNouns = union(mandatedGroups, set("councillors", "residents", "tenants", "patients", "guests", "owners", "landlords", "families"), set("staff", "employees", "teachers", "nurses", "managers", "volunteers", "members",
	"students", "pupils", "drivers", "agents", "reps", "contractors", "engineers", "developers", "leads",
	"supervisors", "workers", "colleagues", "interns", "trainees", "doctors", "officers", "participants",
	"attendees", "parents", "visitors", "candidates", "applicants", "team", "everyone", "everybody", "all",
	"associates", "analysts", "consultants", "designers", "lawyers", "solicitors", "paralegals", "partners"))

// countedPeople: a number of people opens at i ("two volunteers", "3
// more drivers", "a few helpers").
func countedPeople(ws []word, i int) bool {
	if at(ws, i) == "a" && (at(ws, i+1) == "few" || at(ws, i+1) == "couple") {
		i++
	} else if !numberWords[at(ws, i)] && !isNumberLike(at(ws, i)) {
		return false
	}
	i++
	if at(ws, i) == "more" || at(ws, i) == "extra" || at(ws, i) == "of" {
		i++
	}
	n := at(ws, i)
	return peopleNouns[n] || n == "helpers" || n == "hands" || n == "people" || n == "players" || n == "runners"
}

// maybeSubjectVerbAfter: the words-only part of nounSubjectVerbAfter,
// asked first so that most sentences are not tagged for it.
func maybeSubjectVerbAfter(ws []word, k int) bool {
	w := at(ws, k)
	return subjectVerbs[w] || w == "for" || w == "of" || w == "on" || movedTo[at(ws, k+2)]
}

// nounSubjectVerbAfter: the noun phrase that ends before k is the subject
// of a verb at k, or at the end of a short "for" / "of" / "on" phrase
// ("Close calendar for Q4 is now on the page", "Invoice total on the
// Brennan file came to ..."), or of a past verb of moving after a further
// noun ("Launch readiness review moved to room B").
func nounSubjectVerbAfter(ws []word, k int) bool {
	if subjectVerbs[at(ws, k)] {
		return true
	}
	if w := at(ws, k); w == "for" || w == "of" || w == "on" {
		for j := k + 1; j < len(ws) && j <= k+6; j++ {
			if subjectVerbs[ws[j].norm] {
				return true
			}
			// "Invoice total on the Brennan file came to 48,200 EUR".
			if ws[j].Tag() == "VBD" && movedTo[at(ws, j+1)] {
				return true
			}
			if t := ws[j].Tag(); !(strings.HasPrefix(t, "NN") || t == "CD" || t == "DT" || t == "JJ" || t == "POS") {
				return false
			}
		}
		return false
	}
	return k+2 < len(ws) && strings.HasPrefix(ws[k].Tag(), "NN") && ws[k+1].Tag() == "VBD" && movedTo[ws[k+2].norm]
}

// movedTo: after a past verb, where a thing went ("review moved to room B").
var movedTo = set("to", "from", "into", "back", "up", "forward", "out", "off")

// subjectVerbs after a noun show it is a subject ("Charge nurses are ...").
var subjectVerbs = set("are", "is", "was", "were", "will", "must", "should", "can", "have", "has", "need", "needs")

// hypotheticalModals before the subject of a question ask what it would
// take ("What would you need to make it your best quarter?").
var hypotheticalModals = set("would", "could", "might")

// dutyParticiples after "are" / "is" lay a duty ("are expected to").
var dutyParticiples = set("expected", "required", "obliged", "asked", "requested", "reminded")

func isModalStart(w string) bool {
	switch w {
	case "must", "have", "has", "need", "needs", "should", "ought", "are", "is", "will", "can", "may", "shall":
		return true
	}
	return false
}

// shouldBeByWhen: after "should be" at i, a participle and then a time
// to act by ("before anyone leaves", "by Friday", "today").
func shouldBeByWhen(ws []word, i int) bool {
	if at(ws, i) == "fully" || at(ws, i) == "all" || at(ws, i) == "properly" {
		i++
	}
	if i >= len(ws) || !isParticiple(&ws[i]) {
		return false
	}
	// "All expense claims should be submitted with receipts": a rule for
	// every case needs no time.
	if q := at(ws, 0); q == "all" || q == "every" || q == "each" || q == "any" {
		return true
	}
	return timeToActBy(ws, i+1)
}

// timeToActBy: a time to act by follows from i, in the same clause and
// within a few words ("before Friday", "by noon", "within 24 hours").
func timeToActBy(ws []word, i int) bool {
	// "by" must name a time: "should be influenced by changes" names an agent.
	for k := i; k < len(ws) && k < i+8 && !ws[k].punct; k++ {
		switch ws[k].norm {
		case "before", "within", "tomorrow", "today", "tonight", "immediately", "asap":
			return true
		case "now": // shouted, "NOW" presses; "It must be in your inbox now" infers
			if ws[k].text == "NOW" {
				return true
			}
		case "advance": // "48 hours in advance"
			if ws[k-1].norm == "in" {
				return true
			}
		case "by":
			// "by Friday", "by noon", "by 1 October", "by June 30"
			if n := at(ws, k+1); weekdays[n] || byTimes[n] || monthNames[n] || isNumberLike(n) && monthNames[at(ws, k+2)] {
				return true
			}
		}
	}
	return false
}

// monthNames after "by" (or a day's number) name a date to act by.
var monthNames = set("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec")

// byTimes after "by" name a time to act by.
var byTimes = set("clocktime", "tomorrow", "tonight", "today", "noon", "midday", "end", "close", "eod", "cob", "the", "next", "this", "then")

// gerundPassive: "need" at i has a thing for its subject and a verb in
// -ing after it ("Bins need taking out", "This needs fixing today"; not
// "We need funding").
func gerundPassive(ws []word, i int) bool {
	prev, next := &ws[i-1], at(ws, i+1)
	if prev.punct || !strings.HasSuffix(next, "ing") || ws[i+1].Tag() != "VBG" {
		return false
	}
	// "if you think the display needs changing, go for it": a judgement
	// left to the reader.
	for k := i - 2; k >= 0 && k >= i-6 && !ws[k].punct; k-- {
		if clauseOpeners[ws[k].norm] || ws[k].norm == "think" {
			return false
		}
	}
	return prev.norm == "this" || prev.norm == "that" || prev.norm == "it" || !subjectPronouns[prev.norm] && strings.HasPrefix(prev.Tag(), "NN")
}

// wantInWhClause: "we" opens a clause after "what", "how" or "whatever"
// ("sketch what we want the grant to be about"): the team's want is what
// is to be worked out together. ("I've told you how I want it done" keeps
// the writer's want.)
func wantInWhClause(ws []word, i int) bool {
	if i == 0 || ws[i].norm != "we" {
		return false
	}
	switch ws[i-1].norm {
	case "what", "how", "whatever", "however", "where":
		return true
	}
	// "What's one thing we ask you to do that you think is pointless?":
	// the want is in a relative clause on the thing the question asks for.
	if (ws[0].norm == "what" || ws[0].norm == "which") && !closedClass[ws[i-1].norm] && !ws[i-1].punct {
		return true
	}
	return false
}

// passiveObligation: "<noun> must/has to/needs to/should be <participle>".
func passiveObligation(ws []word, i int) (int, float64, bool) {
	var scale float64
	j := i
	switch {
	case phraseAt(ws, i, "must be"):
		scale, j = 1, i+2
	case phraseAt(ws, i, "must not be"), phraseAt(ws, i, "must never be"):
		// "Case files must not be left on the counter": a prohibition.
		scale, j = 1, i+3
	case phraseAt(ws, i, "shall be"):
		// "All visitors shall be inducted at the gatehouse": the rule
		// book's "must".
		scale, j = 1, i+2
	case phraseAt(ws, i, "shall not be"):
		scale, j = 1, i+3
	case phraseAt(ws, i, "has to be"), phraseAt(ws, i, "have to be"), phraseAt(ws, i, "needs to be"), phraseAt(ws, i, "need to be"):
		scale, j = 0.9, i+3
	case phraseAt(ws, i, "is to be"), phraseAt(ws, i, "are to be"):
		scale, j = 1, i+3
	case phraseAt(ws, i, "is required to be"), phraseAt(ws, i, "are required to be"),
		(phraseAt(ws, i, "is expected to be") || phraseAt(ws, i, "are expected to be")) && shouldBeByWhen(ws, i+4):
		// "Code reviews are expected to be completed within 24 hours": a
		// rule stated of the work, with a time to act by ("The new wing is
		// expected to be finished in 2027" forecasts).
		scale, j = 0.8, i+4
	case phraseAt(ws, i, "is not to be"), phraseAt(ws, i, "are not to be"), phraseAt(ws, i, "is never to be"), phraseAt(ws, i, "are never to be"):
		scale, j = 1, i+4 // "Customer names are never to be shared": a prohibition
	case phraseAt(ws, i, "should be") && shouldBeByWhen(ws, i+2):
		// "The feedback should be fully incorporated before anyone leaves
		// tonight": "should be" with a time to act by obliges ("It should
		// be delivered on Tuesday" forecasts, and has no "by").
		scale, j = 0.8, i+2
		if at(ws, j) == "fully" || at(ws, j) == "all" || at(ws, j) == "properly" {
			j++
		}
	case (ws[i].norm == "needs" || ws[i].norm == "need") && i > 0 && gerundPassive(ws, i):
		// "The bins need emptying", "This needs fixing today": the
		// gerund after "need" is a passive ("needs to be fixed").
		return i + 2, 0.9, true
	default:
		return 0, 0, false
	}
	// The word before the modal must be a noun subject, not "I" or "it"
	// ("it must be nice"), and a participle must follow.
	if i == 0 {
		return 0, 0, false
	}
	prev := ws[i-1]
	// "It must be broken" infers; "This needs to be fixed today" obliges:
	// only "must" leaves "it", "this" and "that" out.
	pronounSubject := prev.norm == "it" || prev.norm == "this" || prev.norm == "that"
	// "set goals as to what needs to be done": an embedded question names
	// the work; it lays it on no one.
	if prev.punct || prev.norm == "i" || prev.norm == "there" || prev.norm == "what" || prev.norm == "whatever" {
		return 0, 0, false
	}
	// "must be double-signed": a hyphenated participle ends in its last part.
	for j+1 < len(ws) && ws[j].compound && ws[j+1].compound {
		j++
	}
	// "Uniforms must be clean", "The figures need to be accurate": a
	// standard laid on a thing, as a participle would be ("must be ironed").
	if j < len(ws) && standardAdjectives[ws[j].norm] && !(pronounSubject && ws[i].norm == "must" && !deliveryAfter(ws, j+1)) && at(ws, i+1) != "not" && at(ws, i+1) != "never" {
		return j + 1, scale, true
	}
	// "Your report has to be with security by tomorrow", "Timesheets
	// must be in by Friday": a thing to be somewhere by a time is to be
	// delivered there ("It must be in the fridge" says where it is).
	if j < len(ws) && deliveredTo[ws[j].norm] && scale >= 0.9 && at(ws, i+1) != "not" && timeToActBy(ws, j+1) {
		return j + 1, scale, true
	}
	// "Phones are not to be used in the cab": "used", too short for the
	// participle test, is the verb of a prohibition.
	prohibitedUse := (at(ws, i+1) == "not" || at(ws, i+1) == "never") && at(ws, j) == "used"
	// "Stock checks must be done every Friday": after the modal, "done" is
	// the verb, not "finished".
	if j >= len(ws) || !(isParticiple(&ws[j]) || prohibitedUse) || isAdjectiveLike(ws[j].norm) && ws[j].norm != "done" {
		return 0, 0, false
	}
	// "This must be escalated to compliance immediately" obliges: a time
	// to act by tells it from the inference of "It must be broken".
	if pronounSubject && ws[i].norm == "must" && !deliveryAfter(ws, j+1) && !urgencyAfter(ws, j+1) {
		return 0, 0, false
	}
	// "It is not to be missed", "X is not to be confused with Y": idioms
	// that recommend or tell apart, not prohibitions.
	if (at(ws, i+1) == "not" || at(ws, i+1) == "never") && (pronounSubject || notToBeIdioms[ws[j].norm]) {
		return 0, 0, false
	}
	return j + 1, scale, true
}

// standardAdjectives after "must be" or "need to be" set a standard
// ("Uniforms must be clean", "It must be ready by Friday").
var standardAdjectives = set("clean", "tidy", "ready", "accurate", "complete", "visible", "punctual",
	"neat", "correct", "legible", "presentable")

// deliveredTo, after "must be" or "has to be", say where a thing is to be
// delivered ("with the client", "in", "back", "on my desk").
var deliveredTo = set("with", "in", "back", "on", "at", "here", "there", "out", "over")

var notToBeIdioms = set("missed", "confused", "underestimated", "trusted", "trifled", "sneezed", "mistaken",
	"expected", "found", "seen", "had") // "is not to be expected" says what is unlikely

// urgencyAfter: an adverb of urgency follows within a few words
// ("immediately", "asap", "right away").
func urgencyAfter(ws []word, i int) bool {
	for k := i; k < len(ws) && k < i+6; k++ {
		switch ws[k].norm {
		case "immediately", "asap", "urgently", "now", "straightaway":
			return true
		case "right", "straight":
			if at(ws, k+1) == "away" {
				return true
			}
		}
	}
	return false
}

// isParticiple: a regular or listed past form is one without tagging;
// other words are asked about only when they end as irregular
// participles do ("written", "shown", "done").
func isParticiple(w *word) bool {
	switch {
	case w.punct || closedClass[w.norm]:
		return false
	case isPastForm(w.norm) || irregularParticiples[w.norm]:
		return true
	case strings.HasSuffix(w.norm, "en") || strings.HasSuffix(w.norm, "wn") || strings.HasSuffix(w.norm, "ne") || strings.HasSuffix(w.norm, "t"):
		return w.Tag() == "VBN" || w.Tag() == "VBD"
	case strings.HasSuffix(w.norm, "ed") && len(w.norm) == 5:
		// "fixed", "filed", "moved": too short for isPastForm's rule, which
		// leaves out short words such as "shed" and "bred"; the tag decides.
		return w.Tag() == "VBN" || w.Tag() == "VBD"
	}
	return false
}

var irregularParticiples = set("done", "gone", "seen", "given", "taken", "written", "known", "shown",
	"been", "begun", "chosen", "driven", "eaten", "forgotten", "hidden", "ridden", "spoken", "stolen",
	"sworn", "torn", "worn", "woken", "broken", "frozen", "drawn", "grown", "thrown", "blown", "flown",
	"sent", "spent", "built", "kept", "left", "lost", "meant", "met", "paid", "said", "sold", "told",
	"thought", "brought", "bought", "caught", "taught", "found", "held", "made", "put", "set", "shut",
	"cut", "let", "read", "run", "won", "got", "gotten", "proofread", "reread", "upset", "reset",
	// past forms in -eed, which isPastForm leaves out for "need" and "proceed"
	"agreed", "guaranteed", "decreed")

func isAdjectiveLike(w string) bool {
	switch w {
	case "proud", "excited", "pleased", "amazed", "impressed", "interested", "tired", "done":
		return true
	}
	return false
}

// necessityNegated: a negator reaches the necessity frame whose subject
// stands at i, either inside the frame ("you don't have to") or through a
// verb of thinking before it ("I don't think you need to", "Don't feel like
// you have to"). A clause of its own between them keeps it out: in "If you
// can't make your shift you need to find cover", the "can't" is the
// condition's.
func necessityNegated(ws []word, i, end int) bool {
	if notBeforeSubject(ws, i) {
		return true // "Not all of you need to come"
	}
	k := negatorOf(ws, i, end, true, nil)
	if k < 0 || k > i {
		return k > i
	}
	for g := k + 1; g < i; g++ {
		if !negationBridges[ws[g].norm] {
			return false
		}
	}
	return true
}

// notBeforeSubject: "not" opens the noun phrase that ends before the
// modal at i ("Not every concept has to work", "Not all of it needs to
// ship").
func notBeforeSubject(ws []word, i int) bool {
	// The "not" is looked for first: the walk below asks the tagger, and
	// it runs at every necessity frame.
	found := false
	for k := i - 1; k >= 0 && k >= i-5 && !ws[k].punct && !found; k-- {
		found = ws[k].norm == "not"
	}
	if !found {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch w := ws[k].norm; {
		case w == "not":
			return true
		case ws[k].punct:
			return false
		case w == "every" || w == "all" || w == "of" || w == "everything" || w == "everyone" || w == "each":
		default:
			if t := ws[k].Tag(); !(strings.HasPrefix(t, "NN") || t == "DT" || t == "JJ" || t == "PRP$") {
				return false
			}
		}
	}
	return false
}

// negationBridges may stand between a negator and the subject of the frame
// it negates.
var negationBridges = set("think", "believe", "feel", "like", "that", "expect", "suppose", "guess",
	"reckon", "imagine", "say", "mean", "want", "really", "necessarily", "do", "does", "did",
	"need", "always", "ever", "even", "just", "as", "if", "see", "why", "all", "everyone",
	"anyone", "anybody", "everybody", "actually", "honestly", "saying")

// readerPlaces follow "I need you" / "I'd expect you" where the reader is
// wanted somewhere ("I need you here by eight").
var readerPlaces = set("in", "here", "back", "there", "on", "at", "available", "ready")

// wantYouTo: "I need/want/expect you to ...", "I'd like you to ...".
func wantYouTo(ws []word) (ruleHit, bool) {
	for i := 0; i < len(ws); i++ {
		if ws[i].norm != "i" && ws[i].norm != "we" || wantInWhClause(ws, i) {
			continue
		}
		j := i + 1
		negated := false
		for {
			switch at(ws, j) {
			case "really", "just", "do", "will", "would", "also", "still", "absolutely", "definitely", "am", "'d", "gonna":
				j++
				continue
			case "going":
				// "I'm going to need you to cancel your leave."
				if at(ws, j+1) == "to" {
					j += 2
					continue
				}
			case "not", "never":
				negated = true
				j++
				continue
			}
			break
		}
		verb := at(ws, j)
		switch verb {
		case "need", "want", "expect", "require", "like", "asking", "ask", "urge":
		default:
			continue
		}
		if verb == "like" && at(ws, j-1) != "would" {
			continue
		}
		// "I'd expect each edge to be part of a great circle": what the
		// writer would predict, not what they demand.
		// "I'd expect you at the muster point at 7" places the reader: a
		// demand all the same.
		if verb == "expect" && (at(ws, j-1) == "would" || at(ws, j-1) == "'d") && !(at(ws, j+1) == "you" && readerPlaces[at(ws, j+2)]) {
			continue
		}
		// "I would like to ask you to help me": the asking is the request.
		if verb == "like" && phraseAt(ws, j+1, "to ask") {
			j += 2
			verb = "ask"
		}
		k := j + 1
		obj := at(ws, k)
		if !(obj == "you" || obj == "everyone" || obj == "everybody" || obj == "all" || obj == "y'all" || obj == "u" || obj == "each" || obj == "every" || obj == "the" || obj == "our" || obj == "my" || obj == "your" || k < len(ws) && !closedClass[obj] && !notVerbs[obj] && ws[k].Tag() == "NNP") {
			continue
		}
		// "I'll ask the hygienist to give you a call", "I'll ask Mark to
		// send it": asking someone else is the writer's own step.
		if (verb == "ask" || verb == "asking") && !readerSubjects[obj] && !teamWords[obj] && obj != "each" && obj != "every" && obj != "your" {
			continue
		}
		if (verb == "need" || verb == "want" || verb == "expect") && obj == "you" && !toFollows(ws, k+1, 2) {
			// "I'll need you in on Saturday", "I need you here by eight",
			// "I need you all at the base station".
			where := k + 1
			if at(ws, where) == "all" || at(ws, where) == "both" || at(ws, where) == "guys" || at(ws, where) == "lot" {
				where++
			}
			if readerPlaces[at(ws, where)] {
				if !negated {
					return ruleHit{id: ruleWantYouTo, from: i, to: where + 1, scale: 0.9}, true
				}
			}
		}
		// "I expect the new self-service kiosks to be explained ...": a
		// longer object, hyphenated words counted by their parts.
		for k < len(ws) && k < j+7 && at(ws, k) != "to" {
			k++
		}
		if at(ws, k) != "to" {
			continue
		}
		// "I'd like our clinic to be the one others call": an aspiration
		// for what someone becomes, not an order ("I'd like the report to
		// be on my desk" still orders).
		if (verb == "like" || verb == "want") && obj != "you" && at(ws, k+1) == "be" && (at(ws, k+2) == "the" || at(ws, k+2) == "a" || at(ws, k+2) == "an" || at(ws, k+2) == "one") {
			return ruleHit{}, false
		}
		// "In ten years I want every child in the country to have walked
		// through these doors": an outcome wished for the people served.
		if (verb == "like" || verb == "want") && (obj == "every" || obj == "all") && at(ws, k+1) == "have" && isPastForm(at(ws, k+2)) {
			return ruleHit{}, false
		}
		if wishVerbs[at(ws, k+1)] || at(ws, k+1) == "be" && (at(ws, k+2) == "known" || at(ws, k+2) == "remembered" || at(ws, k+2) == "proud" || at(ws, k+2) == "happy") {
			// "I want you to know how much this mattered" shares; it does not order.
			return ruleHit{}, false
		}
		if negated {
			// "I don't want you to worry" reassures as often as it forbids:
			// the cue is cancelled rather than flipped.
			return ruleHit{}, false
		}
		// "I'd like you to decide how we staff it", "I'd like the new
		// volunteers to shape how we welcome the next group": what is asked
		// for is the decision itself, handed over.
		if decisionVerbs[at(ws, k+1)] {
			return ruleHit{id: ruleAutonomy, from: i, to: k + 2, scale: handedOverScale}, true
		}
		// "I'd like you to own the supplier relationship", "I want you to
		// chair the working group": ownership handed over, not a task.
		if ownershipVerbs[at(ws, k+1)] {
			return ruleHit{id: ruleAutonomy, from: i, to: k + 2, scale: handedOverScale}, true
		}
		// "I need you to tell me straight what isn't working": what is
		// wanted is the reader's view, asked for as "Tell me ..." asks.
		if obj == "you" && asksForInput(ws, k+1, false) {
			return ruleHit{id: ruleOpenQuestion, from: i, to: k + 2, scale: 1}, true
		}
		// "I need you to be brutal about the '24 Grenache": candour asked
		// for is the reader's view, as "your honest opinion" is.
		if obj == "you" && at(ws, k+1) == "be" && (candourWords[at(ws, k+2)] || at(ws, k+2) == "blunt" || at(ws, k+2) == "straight") {
			return ruleHit{id: ruleOpenQuestion, from: i, to: k + 3, scale: 1}, true
		}
		scale := 1.0
		if verb == "like" || verb == "ask" || verb == "asking" {
			scale = 0.8
		}
		if ws[i].norm == "we" {
			scale *= 0.8
		}
		return ruleHit{id: ruleWantYouTo, from: i, to: k + 1, scale: scale}, true
	}
	return ruleHit{}, false
}
