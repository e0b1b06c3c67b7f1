package analyze

import "strings"

// britishSpelling maps British spellings to the American ones the lexicon
// and the rules are written in, so "organise", "behaviour" and "judgement"
// read as "organize", "behavior" and "judgment". Only forms that are not
// words of their own in American English are listed ("practise" folds,
// "practice" is both; "cheque" is left, since "check" is a cue of its own).
var britishSpelling = buildBritishSpelling()

// iseRoots take -ise / -ize: each yields -ise, -ises, -ised, -ising,
// -isation, -isations, -iser and -isers.
var iseRoots = []string{
	"agon", "antagon", "apolog", "author", "capital", "categor", "central", "character",
	"critic", "custom", "decentral", "digit", "emphas", "empath", "energ", "equal", "familiar",
	"final", "formal", "galvan", "general", "global", "harmon", "human", "incentiv", "industrial",
	"initial", "institutional", "internal", "item", "jeopard", "legal", "legitim", "local",
	"marginal", "material", "maxim", "memor", "minim", "mobil", "modern", "monet", "neutral",
	"normal", "operational", "optim", "organ", "patron", "penal", "personal", "polar",
	"popular", "priorit", "public", "rational", "real", "recogn", "reorgan", "revolution",
	"sanit", "scrutin", "social", "special", "stabil", "standard", "strateg", "summar",
	"symbol", "sympath", "synchron", "systemat", "theor", "trivial", "util", "victim", "visual",
}

// ourWords drop the u: each yields the word and its -s, -ed, -ing, -able,
// -ably, -al, -er, -ful, -hood and -ite forms where those are words.
var ourWords = []string{
	"behaviour", "colour", "endeavour", "favour", "harbour", "honour", "humour", "labour",
	"neighbour", "rumour", "savour", "vigour", "candour", "flavour", "armour", "tumour",
}

// otherBritish are the remaining pairs, written out.
var otherBritish = map[string]string{
	"judgement": "judgment", "judgements": "judgments", "acknowledgement": "acknowledgment",
	"acknowledgements": "acknowledgments", "programme": "program", "programmes": "programs",
	"centre": "center", "centres": "centers", "centred": "centered", "theatre": "theater",
	"analyse": "analyze", "analysed": "analyzed", "analyses": "analyzes", "analysing": "analyzing",
	"paralyse": "paralyze", "paralysed": "paralyzed", "catalyse": "catalyze",
	"practise": "practice", "practised": "practiced", "practises": "practices", "practising": "practicing",
	"defence": "defense", "offence": "offense", "offences": "offenses", "licence": "license",
	"cancelled": "canceled", "cancelling": "canceling", "travelled": "traveled",
	"travelling": "traveling", "traveller": "traveler", "travellers": "travelers",
	"labelled": "labeled", "labelling": "labeling", "modelled": "modeled", "modelling": "modeling",
	"signalled": "signaled", "signalling": "signaling", "levelled": "leveled", "levelling": "leveling",
	"fuelled": "fueled", "fuelling": "fueling", "counselling": "counseling", "counsellor": "counselor",
	"totalled": "totaled", "marvellous": "marvelous", "jewellery": "jewelry",
	"enrol": "enroll", "enrols": "enrolls", "enrolment": "enrollment", "fulfil": "fulfill",
	"fulfils": "fulfills", "fulfilment": "fulfillment", "instalment": "installment",
	"skilful": "skillful", "wilful": "willful", "ageing": "aging", "grey": "gray",
	"whilst": "while", "amongst": "among", "learnt": "learned", "spelt": "spelled",
	"manoeuvre": "maneuver", "catalogue": "catalog", "sceptical": "skeptical",
}

func buildBritishSpelling() map[string]string {
	m := make(map[string]string, len(otherBritish)+8*len(iseRoots)+8*len(ourWords))
	for k, v := range otherBritish {
		m[k] = v
	}
	for _, r := range iseRoots {
		for _, suffix := range []string{"e", "es", "ed", "ing", "ation", "ations", "er", "ers"} {
			m[r+"is"+suffix] = r + "iz" + suffix
		}
	}
	for _, w := range ourWords {
		us := strings.TrimSuffix(w, "our") + "or"
		for _, suffix := range []string{"", "s", "ed", "ing", "able", "ably", "al", "er", "ers", "ful", "hood", "hoods", "ite", "ites"} {
			m[w+suffix] = us + suffix
		}
	}
	return m
}
