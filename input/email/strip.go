package email

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Limits on what StripQuoted takes for a sign-off block or a disclaimer, so
// that it only ever removes the short tail of a message, never the body.
const (
	// maxSignoffTail is how many non-empty lines a sign-off block may have,
	// the sign-off line ("Thanks,") included: name, title, company, phone
	// and address fit.
	maxSignoffTail = 8
	// maxSignatureLineRunes is the longest line taken for part of a
	// signature block; longer lines are prose.
	maxSignatureLineRunes = 72
	// maxDisclaimerLines is how many lines, to the end of the author's
	// text, a disclaimer may span.
	maxDisclaimerLines = 40
	// maxAttributionRunes is the longest "On ... wrote:" line.
	maxAttributionRunes = 300
	// headerBlockWindow is how many lines after "From:" are searched for the
	// other fields of a reply header block.
	headerBlockWindow = 6
	// markerPrefixBytes is how much of a line is looked at to recognise the
	// start of a header field, disclaimer or sign-off; longer markers do not
	// exist, and looking at whole lines would let one huge line cost as much
	// as every pattern times its length.
	markerPrefixBytes = 200
	// maxMarkerLineBytes is the longest line taken for a separator, rule,
	// footer or sign-off line: real ones are short.
	maxMarkerLineBytes = 200
	// maxParagraphBytes is how much of a paragraph is searched for the words
	// that make it a legal disclaimer.
	maxParagraphBytes = 2000
)

// prefix returns at most n bytes of the start of s.
func prefix(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// StripQuoted returns body without what is not the author's own words, as
// mail clients write it:
//
//   - quoted lines, starting with ">" at any depth, with or without a space;
//   - attribution lines: "On <date>, <name> wrote:" (also wrapped over two
//     lines, and the German, French, Spanish, Dutch, Italian and Portuguese
//     forms such as "Am ... schrieb ...:" and "Le ... a écrit :"). When the
//     attribution is followed by quoted lines, only it and they go, so that
//     answers written between quotes stay; when it is followed by unquoted
//     text (an HTML reply converted to text loses its quote marks), it and
//     everything after it go;
//   - Outlook's "-----Original Message-----" line, Outlook reply header
//     blocks ("From:" followed by "Sent:"/"Date:", "To:", "Subject:", in
//     English, German or French, with or without the "_____" rule before
//     them), Gmail's "---------- Forwarded message ---------", Thunderbird's
//     "-------- Forwarded Message --------" and Apple Mail's "Begin
//     forwarded message:", each with everything after it;
//   - a signature: the "-- " delimiter line (or "--") and everything after;
//   - a legal disclaimer at the end ("CONFIDENTIALITY NOTICE", "DISCLAIMER",
//     "This email and any attachments are confidential ... intended
//     recipient ...");
//   - a sign-off block that ends the author's text: a closing such as
//     "Thanks," or "Best regards," followed only by a few short lines
//     (name, title, company, phone, address). A closing followed by a
//     sentence or a "P.S." is kept, since it is not the end;
//   - "Sent from my iPhone", "Get Outlook for iOS" and the like, anywhere.
//
// Removed lines are replaced by empty lines, never deleted: the result has
// exactly as many lines as body, and every line of it is either byte-for-byte
// the line of body (line ending included) or empty. Line numbers reported on
// the result are therefore line numbers of body.
func StripQuoted(body string) string {
	kept, _ := StripQuotedLines(body)
	return kept
}

// StripQuotedLines is StripQuoted that also says how many non-empty lines
// it removed, for reports that tell how much of a message was the author's.
func StripQuotedLines(body string) (kept string, removed int) {
	lines := strings.Split(body, "\n")
	drop := classify(lines)
	var out strings.Builder
	out.Grow(len(body))
	for i, line := range lines {
		if i > 0 {
			out.WriteByte('\n')
		}
		if drop[i] {
			if strings.TrimSpace(line) != "" {
				removed++
			}
			continue
		}
		out.WriteString(line)
	}
	return out.String(), removed
}

// classify marks the lines that are not the author's own words.
func classify(lines []string) []bool {
	n := len(lines)
	drop := make([]bool, n)
	texts := make([]string, n) // each line trimmed of blanks and "\r"
	quoted := make([]bool, n)
	for i, line := range lines {
		texts[i] = strings.TrimSpace(line)
		quoted[i] = strings.HasPrefix(texts[i], ">")
		if quoted[i] || isMobileFooter(texts[i]) {
			drop[i] = true
		}
	}
	// nextText[i] is the first line at or after i with text, or n.
	nextText := make([]int, n+1)
	nextText[n] = n
	for i := n - 1; i >= 0; i-- {
		nextText[i] = i
		if texts[i] == "" {
			nextText[i] = nextText[i+1]
		}
	}

	end := cutPoint(lines, texts, quoted, drop, nextText)
	for i := end; i < n; i++ {
		drop[i] = true
	}
	if d := disclaimerStart(texts, drop, end); d >= 0 {
		for i := d; i < end; i++ {
			drop[i] = true
		}
		end = d
	}
	dropTrailingRules(texts, drop, end)
	dropSignoff(texts, drop, end)
	return drop
}

// cutPoint returns the first line of what follows the author's text to the
// end of the message: a signature, an original or forwarded message, or a
// quoted message without quote marks. Attributions followed by quoted
// lines are marked in drop on the way. It returns len(lines) when there is
// none.
func cutPoint(lines, texts []string, quoted, drop []bool, nextText []int) int {
	n := len(lines)
	keys := make([]string, n)
	for i, text := range texts {
		keys[i] = headerKey(text)
	}
	for i := 0; i < n; i++ {
		if quoted[i] || texts[i] == "" {
			continue
		}
		line := strings.TrimRight(lines[i], "\r")
		switch {
		case line == "-- " || line == "--":
			return i
		case len(texts[i]) <= maxMarkerLineBytes && (originalMessage.MatchString(texts[i]) || forwardMarker.MatchString(texts[i])):
			return i
		case isHeaderBlock(keys, i):
			// Include the rule Outlook puts before the block. A block with
			// neither a rule nor any text of the author's before it is more
			// likely a memo's own header than a reply's.
			p := previousText(texts, i)
			if p >= 0 && p >= i-2 && isRule(texts[p]) {
				return p
			}
			if p >= 0 {
				return i
			}
		}
		if last, strong := attribution(texts, i); last >= 0 {
			after := nextText[last+1]
			switch {
			case after < n && quoted[after]:
				for j := i; j <= last; j++ {
					drop[j] = true
				}
				i = last
			case strong:
				return i
			}
		}
	}
	return n
}

func previousText(texts []string, i int) int {
	for j := i - 1; j >= 0; j-- {
		if texts[j] != "" {
			return j
		}
	}
	return -1
}

var (
	originalMessage = regexp.MustCompile(`(?i)^-{2,}\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale|oorspronkelijk bericht|mensagem original)\s*-{2,}$`)
	forwardMarker   = regexp.MustCompile(`(?i)^(-{2,}\s*(forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht)\s*-{2,}|begin forwarded message\s*:|anfang der weitergeleiteten nachricht\s*:|début du message réexpédié\s*:)$`)
	ruleLine        = regexp.MustCompile(`^[_=\-*~—–]{8,}$`)

	headerFrom  = regexp.MustCompile(`^\*{0,2}(From|Von|De)\s?:\*{0,2}\s*\S`)
	headerOther = regexp.MustCompile(`^\*{0,2}(Sent|Date|To|Cc|CC|Subject|Gesendet|Datum|An|Betreff|Envoyé|À|A|Objet|Reply-To)\s?:\*{0,2}(\s|$)`)

	// attributionOpen is how attributions start; attributionVerb is the
	// "wrote" they must contain, with its localized forms.
	attributionOpen = regexp.MustCompile(`(?i)^(on|am|le|el|op|il|em)\s`)
	attributionVerb = regexp.MustCompile(`(?i)(^|\s)(wrote|schrieb|a écrit|escribió|schreef|ha scritto|escreveu)(\s|:|$)`)
	anyWrote        = regexp.MustCompile(`(?i)(wrote|schrieb|a écrit|escribió|schreef|ha scritto|escreveu)\s*:$`)
	dateOrAddress   = regexp.MustCompile(`[0-9@]`)
)

func isRule(text string) bool { return len(text) <= maxMarkerLineBytes && ruleLine.MatchString(text) }

// isHeaderBlock reports whether line i starts a reply or forward header
// block: "From:" and, within the next few lines, at least two other header
// fields, one of them "Sent:" or "Date:" (so that a memo's "From:" line in
// the author's text is not taken for one). keys holds each line's field
// name as headerKey returns it.
func isHeaderBlock(keys []string, i int) bool {
	if keys[i] != "from" {
		return false
	}
	var seen []string
	dated := false
	for j := i + 1; j < len(keys) && j <= i+headerBlockWindow; j++ {
		key := keys[j]
		if key == "" || key == "from" {
			continue
		}
		if !slices.Contains(seen, key) {
			seen = append(seen, key)
		}
		switch key {
		case "sent", "date", "gesendet", "datum", "envoyé":
			dated = true
		}
	}
	return dated && len(seen) >= 2
}

// headerKey returns the lower-case name of the reply header field a line
// starts with ("from", "sent", "to" ...), or "".
func headerKey(text string) string {
	head := prefix(text, markerPrefixBytes)
	if colon := strings.IndexByte(head, ':'); colon < 0 || colon > 16 {
		return "" // field names are short: skip the patterns for prose
	}
	if headerFrom.MatchString(head) {
		return "from"
	}
	if m := headerOther.FindStringSubmatch(head); m != nil {
		return strings.ToLower(m[1])
	}
	return ""
}

// attribution recognises an attribution line starting at i and returns its
// last line (i, or i+1 when wrapped), or -1. strong is true for the
// "On <date or address> ... wrote:" form, which is an attribution even when
// no quoted line follows; a bare "Name wrote:" only counts before quotes.
func attribution(texts []string, i int) (last int, strong bool) {
	text := texts[i]
	if len(text) > utf8.UTFMax*maxAttributionRunes || utf8.RuneCountInString(text) > maxAttributionRunes {
		return -1, false
	}
	opens := attributionOpen.MatchString(text) && dateOrAddress.MatchString(text)
	if strings.HasSuffix(text, ":") {
		if opens && attributionVerb.MatchString(text) {
			return i, true
		}
		if anyWrote.MatchString(text) {
			return i, false
		}
	}
	// Wrapped: "On Tue, Mar 4, 2025 at 9:12 AM Dana <dana@example.com>" and
	// "wrote:" on the next line.
	if opens && i+1 < len(texts) {
		next := texts[i+1]
		if len(next) <= utf8.UTFMax*maxAttributionRunes/2 && utf8.RuneCountInString(next) <= maxAttributionRunes/2 && strings.HasSuffix(next, ":") &&
			attributionVerb.MatchString(text+" "+next) {
			return i + 1, true
		}
	}
	return -1, false
}

var mobileFooter = regexp.MustCompile(`(?i)^(sent from my \S.*|sent from (mail|outlook|yahoo mail|gmail|protonmail|samsung|aol).*|get outlook for (ios|android).*|sent with proton mail.*|sent from proton mail.*|envoyé de mon \S.*|von meinem \S.* gesendet|enviado desde mi \S.*|inviato da \S.*)$`)

// isMobileFooter recognises the line mail apps add under every message.
func isMobileFooter(text string) bool {
	return len(text) <= 100 && mobileFooter.MatchString(text)
}

// disclaimerStart returns the first line of a legal disclaimer that ends
// the author's text (the lines before end), or -1.
func disclaimerStart(texts []string, drop []bool, end int) int {
	from := end - maxDisclaimerLines
	if from < 0 {
		from = 0
	}
	for i := from; i < end; i++ {
		if drop[i] || texts[i] == "" {
			continue
		}
		start := prefix(texts[i], markerPrefixBytes)
		if disclaimerHeading.MatchString(start) {
			return i
		}
		if (i == 0 || texts[i-1] == "" || isRule(texts[i-1])) && disclaimerOpening.MatchString(start) &&
			legalWords.MatchString(paragraph(texts, i, end)) {
			return i
		}
	}
	return -1
}

var (
	// disclaimerHeading is a heading only disclaimers have.
	disclaimerHeading = regexp.MustCompile(`^\W*(?i:confidentiality notice|confidentiality note|notice of confidentiality|confidentiality statement|privileged (and|&) confidential|legal disclaimer|e-?mail disclaimer)\b|^\W*DISCLAIMER\b`)
	// disclaimerOpening is how disclaimer paragraphs start; they must also
	// have legalWords, so that an author's "This email is confidential,
	// please don't forward it" stays.
	disclaimerOpening = regexp.MustCompile(`(?i)^\W*(this (e-?mail|message|communication|transmission)\b|the (information|content|contents) (contained )?in this (e-?mail|message|communication)|if you are not the intended recipient|disclaimer\s*:|notice\s*:|important\s*:|confidential\s*:)`)
	legalWords        = regexp.MustCompile(`(?i)intended recipient|privileged|notify the sender|strictly prohibited|unauthori[sz]ed|legally|do not (read|copy|disclose)`)
)

// paragraph returns the text of the paragraph starting at line i.
func paragraph(texts []string, i, end int) string {
	var b strings.Builder
	for j := i; j < end && texts[j] != "" && b.Len() < maxParagraphBytes; j++ {
		b.WriteString(texts[j])
		b.WriteByte(' ')
	}
	return prefix(b.String(), maxParagraphBytes)
}

// dropTrailingRules drops rule lines ("_____") left at the end of the
// author's text by a removed signature or disclaimer.
func dropTrailingRules(texts []string, drop []bool, end int) {
	for i := end - 1; i >= 0; i-- {
		if drop[i] || texts[i] == "" {
			continue
		}
		if !isRule(texts[i]) {
			return
		}
		drop[i] = true
	}
}

var (
	// closing is a sign-off line: a closing phrase, optionally followed by
	// a name of up to three capitalised words ("Thanks, Dana").
	closing = regexp.MustCompile(`^(?i:thanks|thank you|thanks so much|thanks again|thanks all|thanks everyone|thanks team|many thanks|thanks in advance|thx|best|best regards|best wishes|all the best|kind regards|kindest regards|warm regards|warmest regards|warmly|regards|cheers|sincerely|yours sincerely|sincerely yours|yours truly|respectfully|talk soon|speak soon|take care|with thanks|with gratitude|gratefully|appreciatively|br|rgds|viele grüße|beste grüße|liebe grüße|mit freundlichen grüßen|freundliche grüße|grüße|gruß|cordialement|bien cordialement|bien à vous|merci|merci beaucoup|saludos|un saludo|atentamente|cordiali saluti|saluti|met vriendelijke groet|groeten)(\s*[,.!:;]+|\s*$|\s+[-–—])` + `\s*([-–—]\s*)?(\p{Lu}[\p{L}'’.\-]*(\s+\p{Lu}[\p{L}'’.\-]*){0,2})?\s*[,.!]?$`)
	// dashName is a sign-off by name alone: "-Dana", "— Dana W."
	dashName = regexp.MustCompile(`^[-–—~]+\s*\p{Lu}[\p{L}'’.\-]*(\s+\p{Lu}[\p{L}'’.\-]*){0,2}$`)
	// postscript starts a P.S., which is the author's words.
	postscript = regexp.MustCompile(`(?i)^p\.?\s?p?\.?\s?s\b|^ps:`)
)

// dropSignoff drops a sign-off block that ends the author's text (the
// lines before end): the earliest closing line among the last
// maxSignoffTail lines with text such that every line after it is short
// and not a sentence.
func dropSignoff(texts []string, drop []bool, end int) {
	var tail []int // the last lines with text, in order
	for i := end - 1; i >= 0 && len(tail) < maxSignoffTail; i-- {
		if !drop[i] && texts[i] != "" {
			tail = append([]int{i}, tail...)
		}
	}
	for k, i := range tail {
		if len(texts[i]) > maxMarkerLineBytes || !closing.MatchString(texts[i]) && !dashName.MatchString(texts[i]) {
			continue
		}
		if !allSignatureLike(texts, tail[k+1:]) {
			continue
		}
		for _, j := range tail[k:] {
			drop[j] = true
		}
		return
	}
}

// allSignatureLike reports whether the lines could all be part of a
// signature: short, and neither a sentence nor a postscript.
func allSignatureLike(texts []string, lines []int) bool {
	for _, i := range lines {
		t := texts[i]
		if utf8.RuneCountInString(t) > maxSignatureLineRunes || postscript.MatchString(t) {
			return false
		}
		if words := len(strings.Fields(t)); words >= 6 && strings.ContainsAny(t[len(t)-1:], ".!?") {
			return false
		}
	}
	return true
}
