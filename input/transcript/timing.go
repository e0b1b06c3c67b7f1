package transcript

import "strings"

// isTimingLine reports whether line is a cue timing line: a start and an end
// timestamp around "-->", then nothing or white space and cue settings
// ("align:start position:10%") or SubRip coordinates ("X1:40 X2:600").
// Both formats are read leniently: hours are optional, and the fraction may
// follow a comma (SubRip) or a full stop (WebVTT) with one to three digits.
func isTimingLine(line string) bool {
	rest, ok := timestamp(strings.TrimLeft(line, " \t"))
	if !ok {
		return false
	}
	rest, ok = strings.CutPrefix(strings.TrimLeft(rest, " \t"), "-->")
	if !ok {
		return false
	}
	rest, ok = timestamp(strings.TrimLeft(rest, " \t"))
	return ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t')
}

// timestamp reads "[h…:]mm:ss(.|,)fff" from the start of s and returns what
// follows it.
func timestamp(s string) (rest string, ok bool) {
	var groups [3]string
	n := 0
	for {
		digits := leadingDigits(s)
		if digits == "" || n == len(groups) {
			return "", false
		}
		groups[n] = digits
		n++
		s = s[len(digits):]
		if s == "" || s[0] != ':' {
			break
		}
		s = s[1:]
	}
	if n < 2 {
		return "", false
	}
	// The last two groups are minutes and seconds, two digits below 60; any
	// group before them is hours.
	for _, g := range groups[n-2 : n] {
		if len(g) != 2 || g[0] > '5' {
			return "", false
		}
	}
	if n == 3 && len(groups[0]) > 9 {
		return "", false
	}
	if s == "" || s[0] != '.' && s[0] != ',' {
		return "", false
	}
	fraction := leadingDigits(s[1:])
	if fraction == "" || len(fraction) > 3 {
		return "", false
	}
	return s[1+len(fraction):], true
}

func leadingDigits(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i]
}
