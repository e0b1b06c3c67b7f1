package transcript

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func readFixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func parseByExtension(name, src string) (*Transcript, error) {
	if strings.HasSuffix(name, ".srt") {
		return ParseSRT(src)
	}
	return ParseVTT(src)
}

// words is a turn's text with white space collapsed, as a reader sees it.
func words(tr *Transcript, turn Turn) string {
	return strings.Join(strings.Fields(tr.Text[turn.Start:turn.End]), " ")
}

var timingText = regexp.MustCompile(`-->|\d\d:\d\d[.,]\d\d\d`)

func TestFixtures(t *testing.T) {
	const (
		priya, marcus, sofia, tom = "Priya Raman", "Marcus Lee", "Sofia Alvarez", "Tom Becker"
		daniel, hannah, ravi      = "Daniel Okafor", "Hannah Schmidt", "Ravi Kapoor"
		lena, omar, grace         = "Lena Fischer", "Omar Haddad", "Grace Liu"
		elena, jamal              = "Elena", "Jamal"
		karin, leo                = "Karin", "Leo"
		amelie, ben, kenji        = "Amélie Dubois", "Ben O'Brien", "Kenji Sato"
	)
	tests := []struct {
		file     string
		speakers []string       // every turn's speaker, in order
		spoken   map[int]string // turn index -> words the turn must hold
		absent   []string       // what must not be left in Text
	}{
		{
			file: "zoom_standup.vtt",
			speakers: []string{priya, marcus, priya, sofia, priya, tom, sofia, priya, tom, priya, tom, priya, sofia,
				marcus, priya, marcus, priya, tom, priya, sofia, priya, marcus, sofia, priya, tom, marcus},
			spoken: map[int]string{
				0:  "Morning, everyone. Let's keep this to fifteen minutes. Marcus, you're up first.",
				1:  "Yesterday I finished the retry logic for the payment webhooks. Today I'm pairing",
				2:  "I need the schema change merged by Thursday, no later. Send me a status update",
				4:  "That's your call, Sofia. You know who has the context.",
				9:  "Stop working on that for now and focus on the release checklist.",
				18: "How could we get there? Think about it and bring ideas on Monday.",
				25: "See you.",
			},
			absent: []string{"WEBVTT", "<v", "</v>", "Priya Raman"},
		},
		{
			file:     "teams_review.vtt",
			speakers: []string{daniel, hannah, daniel, ravi, daniel, "", ravi, daniel, ravi, daniel, hannah},
			spoken: map[int]string{
				0:  "Thanks for joining. This is the third-quarter review for the platform group. Before the numbers",
				1:  "At 10:30 on the ninth we lost the queue",
				4:  "I need to see them all until we are below three a quarter.",
				5:  "Note: the numbers exclude the holiday freeze week.",
				9:  "You have it. Action items: Ravi drafts the error budget proposal",
				10: "Sounds good.",
			},
			absent: []string{"WEBVTT", "Kind:", "Language:", "Quarterly review", "Daniel shared", "::cue", "color:",
				"align:", "position:", "Daniel Okafor:", "Hannah Schmidt:"},
		},
		{
			file:     "meet_planning.vtt",
			speakers: []string{lena, omar, "", lena, grace, lena, grace, lena},
			spoken: map[int]string{
				0: "Okay, I think everyone's here. Shall we start? The goal today",
				2: "[inaudible]",
				3: "Why don't you own the pitch for it?",
				6: "Finance closes the month without filing a single ticket with us.",
			},
			absent: []string{"WEBVTT", "Google Meet", "8c1f2a9e", "/3-0", "Lena Fischer:"},
		},
		{
			file:     "one_on_one.srt",
			speakers: []string{elena, jamal, elena, jamal, elena, jamal, elena, jamal, elena, jamal, elena, jamal, elena, jamal},
			spoken: map[int]string{
				4:  "That sounds frustrating. What would help most, more people or more time?",
				6:  "I can get you a contact. I'll ask their account manager today. On the deadline, though, I need the migration done by the fifteenth.",
				12: "Try what you think works and tell me how it goes.",
				13: "Thanks, Elena.",
			},
			absent: []string{"Elena:", "Jamal:", "\n1\r", "17\r"},
		},
		{
			file:     "brackets.srt",
			speakers: []string{karin, "", leo, karin, leo, karin, leo, karin},
			spoken: map[int]string{
				0: "Right, let's look at the launch checklist. Who has the status of the translations?",
				1: "[Music]",
				2: "I do. German and French are done.",
				3: "And Japanese?",
				4: "Japanese is with the agency until Friday.",
				5: "Then we launch without it. Don't wait for it, and don't promise a date to anyone.",
				7: "Good idea. Write the copy and run it past marketing.",
			},
			absent: []string{"[Karin]", "[Leo]", "- Leo", "<i>", "</b>", `{\an8}`},
		},
		{
			file:     "styled.vtt",
			speakers: []string{amelie, ben, amelie, kenji},
			spoken: map[int]string{
				0: "Welcome back. R&D and Sales & Marketing are both here. The target is <2 % churn > anything else",
				1: "I really think the team should pick the target. We agreed last time that it's their call.",
				2: "D’ accord , then I’ll trust you on it — decide by Friday.",
				3: "改善 matters more than any single number. Small steps, every week … and a \"why \" behind each one.",
			},
			absent: []string{"REGION", "width:", "intro", "&amp;", "&nbsp;", "&lrm;", "<c.", "<lang", "<ruby>", "かいぜん",
				"<00:00:16.000>", "<i>", "<b>", "<u>"},
		},
	}
	files, err := filepath.Glob("testdata/*.*")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(tests) {
		t.Errorf("testdata has %d fixtures and the table %d: every fixture needs its expectations", len(files), len(tests))
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			src := readFixture(t, tc.file)
			tr, err := parseByExtension(tc.file, src)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, src, tr)
			if len(tr.Warnings) != 0 {
				t.Errorf("warnings on a well-formed fixture: %q", tr.Warnings)
			}
			var got []string
			for _, turn := range tr.Turns {
				got = append(got, turn.Speaker)
				if m := timingText.FindString(tr.Text[turn.Start:turn.End]); m != "" {
					t.Errorf("turn %+v holds timing text %q", turn, m)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.speakers) {
				t.Fatalf("%d turns by\n%q\nwant %d by\n%q", len(got), got, len(tc.speakers), tc.speakers)
			}
			for k, want := range tc.spoken {
				if w := words(tr, tr.Turns[k]); !strings.Contains(w, want) {
					t.Errorf("turn %d (%s) is %q\nwant it to contain %q", k, tr.Turns[k].Speaker, w, want)
				}
			}
			if m := timingText.FindString(tr.Text); m != "" {
				t.Errorf("Text still holds timing text %q", m)
			}
			for _, a := range tc.absent {
				if strings.Contains(tr.Text, a) {
					t.Errorf("Text still holds %q", a)
				}
			}
		})
	}
}

func TestSpeakerMarker(t *testing.T) {
	tests := []struct {
		line      string
		firstLine bool
		name      string // "" when the line names no speaker
		marker    string // the part blanked
	}{
		{"Alice: we ship on Monday.", true, "Alice", "Alice:"},
		{"Alice Smith: we ship on Monday.", true, "Alice Smith", "Alice Smith:"},
		{"Alice   Smith : bonjour", true, "Alice Smith", "Alice   Smith :"},
		{"Alice:", true, "Alice", "Alice:"},
		{"Anna de Vries: thanks", true, "Anna de Vries", "Anna de Vries:"},
		{"Mary-Jane O'Neil: thanks", true, "Mary-Jane O'Neil", "Mary-Jane O'Neil:"},
		{"Dr. Okafor: thanks", true, "Dr. Okafor", "Dr. Okafor:"},
		{"J. R. Hartley: thanks", true, "J. R. Hartley", "J. R. Hartley:"},
		{"JOHN: stop that", true, "JOHN", "JOHN:"},
		{"JOHN SMITH: stop that", true, "JOHN SMITH", "JOHN SMITH:"},
		{"Speaker 1: okay", true, "Speaker 1", "Speaker 1:"},
		{"speaker 2: okay", true, "speaker 2", "speaker 2:"},
		{"Guest 3: hi", true, "Guest 3", "Guest 3:"},
		{"SPEAKER_01: okay", true, "SPEAKER_01", "SPEAKER_01:"},
		{"José Álvarez: claro", true, "José Álvarez", "José Álvarez:"},
		{"李明: 好的", true, "李明", "李明:"},
		{"Q: what is the plan?", true, "Q", "Q:"},
		{"Alice:\ttabbed", true, "Alice", "Alice:"},
		{"- Leo: I do.", false, "Leo", "- Leo:"},
		{"-Leo: I do.", false, "Leo", "-Leo:"},
		{"– Leo: I do.", false, "Leo", "– Leo:"},
		{"[Karin] Right.", false, "Karin", "[Karin]"},
		{"[Karin]: Right.", false, "Karin", "[Karin]:"},
		{"[Karin]", false, "Karin", "[Karin]"},
		// Negatives.
		{"Alice: we ship on Monday.", false, "", ""}, // not the cue's first line
		{"Note: the numbers exclude the holiday week.", true, "", ""},
		{"NOTE: the numbers exclude the holiday week.", true, "", ""},
		{"Re: the budget, it's fine.", true, "", ""},
		{"P.S.: one more thing", true, "", ""},
		{"Action Items: Ravi drafts it.", true, "", ""},
		{"Next Steps: decide by Friday.", true, "", ""},
		{"URGENT: ship it now", true, "", ""},
		{"Dear Team: welcome", true, "", ""},
		{"Okay: let's go", true, "", ""},
		{"10:30 works for me.", true, "", ""},
		{"At 10:30 we start.", true, "", ""},
		{"The ratio is 3:1, roughly.", true, "", ""},
		{"http://example.com is down", true, "", ""},
		{"https: is what we use", true, "", ""},
		{"Step 1: open the door", true, "", ""},
		{"Sprint 14: we closed thirty points", true, "", ""},
		{"Q3: revenue is up", true, "", ""},
		{"FY24: flat", true, "", ""},
		{"alice: lower case", true, "", ""},
		{"Alice said: we should wait", true, "", ""},
		{"One Two Three Four Five: too long", true, "", ""},
		{"Alice, Bob: punctuation", true, "", ""},
		{"Why? Because: reasons", true, "", ""},
		{"Alice:hello", true, "", ""},
		{"So here is the thing: we wait", true, "", ""},
		{strings.Repeat("A", MaxSpeakerNameBytes+1) + ": too long", true, "", ""},
		{"- Hi there.", false, "", ""},
		{"- Note: it moved.", false, "", ""},
		{"[Music]", false, "", ""},
		{"[MUSIC]", false, "", ""},
		{"[inaudible]", false, "", ""},
		{"[Laughter] that was good", false, "", ""},
		{"[Karin]Right", false, "", ""},
		{"[] empty", false, "", ""},
		{"[Karin", false, "", ""},
		{":", true, "", ""},
		{"", true, "", ""},
	}
	for _, tc := range tests {
		name, n, ok := speakerMarker(tc.line, tc.firstLine)
		if ok != (tc.name != "") || name != tc.name || ok && tc.line[:n] != tc.marker {
			t.Errorf("speakerMarker(%q, first line %v) = %q, %q, %v; want %q, %q", tc.line, tc.firstLine, name, tc.line[:max(0, n)], ok, tc.name, tc.marker)
		}
	}
}

func TestNotVTT(t *testing.T) {
	tests := []struct {
		src string
		ok  bool
	}{
		{"WEBVTT", true},
		{"WEBVTT\n", true},
		{"WEBVTT - with a title\n\n00:01.000 --> 00:02.000\nHi", true},
		{"WEBVTT\tkind", true},
		{"\uFEFFWEBVTT\r\n", true},
		{"", false},
		{"WEBVTTX\n", false},
		{"webvtt\n", false},
		{" WEBVTT\n", false},
		{"\n\nWEBVTT\n", false},
		{"1\n00:00:01,000 --> 00:00:02,000\nHi\n", false},
		{"\uFEFF\uFEFFWEBVTT", false},
	}
	for _, tc := range tests {
		tr, err := ParseVTT(tc.src)
		if tc.ok && err != nil || !tc.ok && !errors.Is(err, ErrNotVTT) {
			t.Errorf("ParseVTT(%q) error = %v, want ok %v", tc.src, err, tc.ok)
		}
		if err == nil {
			checkInvariants(t, tc.src, tr)
		} else if tr != nil {
			t.Errorf("ParseVTT(%q) returned a transcript with its error", tc.src)
		}
	}
}

func TestNotSRT(t *testing.T) {
	block := "Some words on a line.\n\n"
	tests := []struct {
		src string
		ok  bool
	}{
		{"1\n00:00:01,000 --> 00:00:02,000\nHi\n", true},
		{"\uFEFF1\r\n00:00:01,000 --> 00:00:02,000\r\nHi\r\n", true},
		{"00:00:01,000 --> 00:00:02,000\nno sequence number\n", true},
		{"1\n0:00:01.5 --> 0:00:02.25 X1:10 X2:100\nlenient\n", true},
		{strings.Repeat(block, SRTProbeBlocks-1) + "9\n00:00:01,000 --> 00:00:02,000\nlate but in time\n", true},
		{"", false},
		{"\n\n\n", false},
		{"Hello, this is a plain memo.\nNothing to see.\n", false},
		{strings.Repeat(block, SRTProbeBlocks) + "9\n00:00:01,000 --> 00:00:02,000\ntoo late\n", false},
		{"1\n00:00:01 --> 00:00:02\nno fraction\n", false},
		{"1\n00:00:61,000 --> 00:01:02,000\nsixty-one seconds\n", false},
		{"1\n00:00:01,000 -> 00:00:02,000\none dash\n", false},
		{"1\nsome text\n00:00:01,000 --> 00:00:02,000\ntiming on the third line\n", false},
	}
	for _, tc := range tests {
		tr, err := ParseSRT(tc.src)
		if tc.ok && err != nil || !tc.ok && !errors.Is(err, ErrNotSRT) {
			t.Errorf("ParseSRT(%q) error = %v, want ok %v", tc.src, err, tc.ok)
		}
		if err == nil {
			checkInvariants(t, tc.src, tr)
		} else if tr != nil {
			t.Errorf("ParseSRT(%q) returned a transcript with its error", tc.src)
		}
	}
}

type wantTurn struct{ speaker, words string }

func turnsOf(tr *Transcript) []wantTurn {
	out := []wantTurn{}
	for _, turn := range tr.Turns {
		out = append(out, wantTurn{turn.Speaker, words(tr, turn)})
	}
	return out
}

// Malformed input is tolerated, with a warning naming each problem's line.
func TestMalformed(t *testing.T) {
	tests := []struct {
		name     string
		srt      bool
		src      string
		turns    []wantTurn
		warnings []string // substrings, one per warning, in order
	}{
		{
			name: "vtt problems",
			src: "WEBVTT\n" + // 1
				"\n" + // 2
				"1\n" + // 3
				"00:00:01.000 --> 00:00:0x.000\n" + // 4: unreadable timing
				"<v Ann>We keep this.\n" + // 5
				"2\n" + // 6: an identifier with no blank line before it
				"00:00:03.000 --> 00:00:04.000\n" + // 7
				"<v Bo>And this.\n" + // 8
				"\n" + // 9
				"Stray words here.\n" + // 10: no timing line
				"\n" + // 11
				"NOTE\n" + // 12
				"about the next cue\n" + // 13
				"00:00:05.000 --> 00:00:06.000\n" + // 14: no blank line after the NOTE
				"Ann: Last one.\n", // 15
			turns:    []wantTurn{{"Ann", "We keep this."}, {"Bo", "And this."}, {"", "Stray words here."}, {"Ann", "Last one."}},
			warnings: []string{"line 4: cue timing line could not be read", "line 7: no blank line before", "line 10: text without a timing line", "line 14: no blank line between a NOTE"},
		},
		{
			name:     "header without a blank line",
			src:      "WEBVTT\nKind: captions\n00:00:01.000 --> 00:00:02.000\nHi there.",
			turns:    []wantTurn{{"", "Hi there."}},
			warnings: []string{"line 3: no blank line between the header"},
		},
		{
			name:     "text line that is not an identifier",
			src:      "WEBVTT\n\n00:01.000 --> 00:02.000\nAnn: Call me at\nnine tomorrow\n00:03.000 --> 00:04.000\nBo: Sure.\n",
			turns:    []wantTurn{{"Ann", "Call me at nine tomorrow"}, {"Bo", "Sure."}},
			warnings: []string{"line 6: no blank line before"},
		},
		{
			name:     "STYLE followed by a timing line is a cue identifier",
			src:      "WEBVTT\n\nSTYLE\n00:01.000 --> 00:02.000\nAnn: Hi.\n",
			turns:    []wantTurn{{"Ann", "Hi."}},
			warnings: nil,
		},
		{
			name:     "NOTE followed by a timing line is a cue identifier",
			src:      "WEBVTT\n\nNOTE about the next cue\n00:01.000 --> 00:02.000\nAnn: Hi.\n",
			turns:    []wantTurn{{"Ann", "Hi."}},
			warnings: nil,
		},
		{
			name:     "empty cues",
			src:      "WEBVTT\n\n00:01.000 --> 00:02.000\n\n00:02.000 --> 00:03.000\n<v Ann></v>\n\n00:03.000 --> 00:04.000\n<v Ann>Hi.",
			turns:    []wantTurn{{"Ann", "Hi."}},
			warnings: nil,
		},
		{
			name:     "srt missing blank line",
			srt:      true,
			src:      "1\n00:00:01,000 --> 00:00:02,000\nAnn: One.\n2\n00:00:03,000 --> 00:00:04,000\nBo: Two.\n\n\n\n3\n00:00:05,000 --> 00:00:06,000\n",
			turns:    []wantTurn{{"Ann", "One."}, {"Bo", "Two."}},
			warnings: []string{"line 5: no blank line before"},
		},
		{
			name:     "srt cue split by a stray blank line",
			srt:      true,
			src:      "1\r\n00:00:01,000 --> 00:00:04,000\r\nAnn: First half\r\n\r\nsecond half.\r\n\r\n2\r\n00:00:05,000 --> 00:00:06,000\r\nAnn: More.\r\n",
			turns:    []wantTurn{{"Ann", "First half"}, {"", "second half."}, {"Ann", "More."}},
			warnings: []string{"line 5: text without a timing line"},
		},
		{
			name:     "lone carriage returns end lines",
			src:      "WEBVTT\r\r00:01.000 --> 00:02.000\rAnn: Hi.\rStill Ann.\r\r00:02.000 --> 00:03.000\rBo: Bye.\r",
			turns:    []wantTurn{{"Ann", "Hi. Still Ann."}, {"Bo", "Bye."}},
			warnings: nil,
		},
		{
			name:     "voice spans",
			src:      "WEBVTT\n\n00:01.000 --> 00:02.000\n<v.loud.red   Ann   Lee >Hi.</v> Still Ann.\n<v Bo>Hello.\n\n00:02.000 --> 00:03.000\n<v>Nobody named.\n\n00:03.000 --> 00:04.000\n<v Ann Lee>Bo: is not a prefix after a voice span.",
			turns:    []wantTurn{{"Ann Lee", "Hi. Still Ann."}, {"Bo", "Hello."}, {"", "Nobody named."}, {"Ann Lee", "Bo: is not a prefix after a voice span."}},
			warnings: nil,
		},
		{
			name:     "markup that is not a tag",
			src:      "WEBVTT\n\n00:01.000 --> 00:02.000\nAnn: if a < b and c > d, x <3 and <b unclosed\n",
			turns:    []wantTurn{{"Ann", "if a < b and c > d, x <3 and <b unclosed"}},
			warnings: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			parse := ParseVTT
			if tc.srt {
				parse = ParseSRT
			}
			tr, err := parse(tc.src)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, tc.src, tr)
			if got := turnsOf(tr); fmt.Sprint(got) != fmt.Sprint(tc.turns) {
				t.Errorf("turns\n%q\nwant\n%q", got, tc.turns)
			}
			if len(tr.Warnings) != len(tc.warnings) {
				t.Fatalf("warnings %q, want %d", tr.Warnings, len(tc.warnings))
			}
			for k, w := range tc.warnings {
				if !strings.HasPrefix(tr.Warnings[k], w) {
					t.Errorf("warning %d is %q, want it to start %q", k, tr.Warnings[k], w)
				}
			}
		})
	}
}

// Entities and tags become spaces in place; the line shows exactly what the
// cue text becomes.
func TestCueTextBlanking(t *testing.T) {
	tests := []struct{ in, want string }{
		{"R&amp;D and Sales &amp; Marketing", "R&D     and Sales &     Marketing"},
		{"don&#39;t and it&#x27;s", "don't     and it's     "},
		{"O&apos;Brien", "O'Brien     "},
		{"D&rsquo;accord", "D’    accord"}, // the rest of the word is longer than the gap: padded
		{"x&#39;abcd.", "x'abcd    ."},     // the rest fits the gap exactly
		{"x&#39;abcde.", "x'    abcde."},   // one byte too long
		{"&lt;b&gt; is a tag", "<b   >    is a tag"},
		{"a&nbsp;b&lrm;c&rlm;", "a      b     c     "},
		{"line&#10;feed&#13;", "line     feed     "},
		{"wait &hellip; what &mdash; no", "wait …      what —     no"},
		{"smile &#x1F600;!", "smile 😀     !"},
		{"&#0; &#xD800; &#12345678; &bogus; &amp no semicolon", "&#0; &#xD800; &#12345678; &bogus; &amp no semicolon"},
		{"<b>bold</b> <i>it</i> <u>u</u>", "   bold        it        u    "},
		{"<c.yellow.bg_blue>colour</c>", "                  colour    "},
		{"<lang en-GB>colour</lang>", "            colour       "},
		{"<ruby>漢<rt>kan</rt></ruby>字", "      漢" + strings.Repeat(" ", 19) + "字"},
		{"one<00:00:02.000> two", "one               two"},
		{`{\an8}top {\i1}it{\i0}`, `      top      it     `},
		{`<font color="#ff0000">red</font>`, `                      red       `},
		{"1 < 2 > 0", "1 < 2 > 0"},
	}
	for _, tc := range tests {
		src := "WEBVTT\n\n00:01.000 --> 00:02.000\n" + tc.in + "\n"
		tr, err := ParseVTT(src)
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, src, tr)
		lines := strings.Split(tr.Text, "\n")
		if got := lines[3]; got != tc.want {
			t.Errorf("%q\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestCueLimit(t *testing.T) {
	var b strings.Builder
	b.WriteString("WEBVTT\n\n")
	for i := 0; i < MaxCues+2; i++ {
		speaker := "Ann"
		if i >= MaxCues {
			speaker = "Bo"
		}
		fmt.Fprintf(&b, "00:00.000 --> 00:01.000\n%s: Yes.\n\n", speaker)
	}
	src := b.String()
	tr, err := ParseVTT(src)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, src, tr)
	if len(tr.Turns) != 1 || tr.Turns[0].Speaker != "Ann" {
		t.Fatalf("turns %+v, want one turn by Ann", tr.Turns[:min(3, len(tr.Turns))])
	}
	firstExtra := 2 + 3*MaxCues + 1
	if len(tr.Warnings) != 1 || !strings.HasPrefix(tr.Warnings[0], fmt.Sprintf("line %d: more than %d cues", firstExtra, MaxCues)) {
		t.Fatalf("warnings %q", tr.Warnings)
	}
	rest := strings.Index(src, "Bo:")
	if !strings.HasSuffix(tr.Text, src[rest-len("00:00.000 --> 00:01.000\n"):]) {
		t.Errorf("the cues beyond the limit are not left as they were")
	}
}

func TestSpeakerChangeLimit(t *testing.T) {
	var b strings.Builder
	b.WriteString("WEBVTT\n\n00:00.000 --> 00:01.000\n")
	for i := 0; i < MaxSpeakerChangesPerCue+5; i++ {
		fmt.Fprintf(&b, "<v S%c>Word. ", 'A'+i)
	}
	src := b.String()
	tr, err := ParseVTT(src)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, src, tr)
	if len(tr.Turns) != MaxSpeakerChangesPerCue {
		t.Errorf("%d turns, want %d", len(tr.Turns), MaxSpeakerChangesPerCue)
	}
	if len(tr.Warnings) != 1 || !strings.Contains(tr.Warnings[0], "speaker changes") {
		t.Errorf("warnings %q", tr.Warnings)
	}
	if strings.Contains(tr.Text, "<v") {
		t.Errorf("voice tags beyond the limit are not blanked")
	}
}

func TestWarningLimit(t *testing.T) {
	src := "WEBVTT\n\n" + strings.Repeat("00:00 --> 00:01\nBroken timing.\n\n", MaxWarnings+50)
	tr, err := ParseVTT(src)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, src, tr)
	if len(tr.Warnings) != MaxWarnings+1 || tr.Warnings[MaxWarnings] != "50 more warnings not shown" {
		t.Errorf("%d warnings, the last %q", len(tr.Warnings), tr.Warnings[len(tr.Warnings)-1])
	}
}

func TestIsTimingLine(t *testing.T) {
	tests := []struct {
		line string
		ok   bool
	}{
		{"00:00:01.000 --> 00:00:04.000", true},
		{"00:01.000 --> 00:04.000 align:start position:10%", true},
		{"00:00:01,000 --> 00:00:04,000", true},
		{"100:00:01.000-->100:00:04.000", true},
		{"  00:01.000 -->\t00:04.000\t", true},
		{"00:00:01.000 --> 00:00:04.000X", false},
		{"00:01 --> 00:04", false},
		{"00:60.000 --> 01:00.000", false},
		{"0:01.000 --> 0:04.000", false}, // minutes need two digits
		{"00:00:00:01.000 --> 00:04.000", false},
		{"1234567890:00:01.000 --> 00:04.000", false},
		{"00:01.0000 --> 00:04.000", false},
		{"--> 00:04.000", false},
		{"00:01.000 --> ", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := isTimingLine(tc.line); got != tc.ok {
			t.Errorf("isTimingLine(%q) = %v", tc.line, got)
		}
	}
}

// Inputs shaped to defeat a parser that rescans: each must be handled in
// linear time (a quadratic parser takes minutes on a megabyte) and keep the
// invariants.
func TestHostileInputs(t *testing.T) {
	const size = 1 << 20
	fill := func(unit string) string { return strings.Repeat(unit, size/len(unit)) }
	bodies := map[string]string{
		"one long line of <":         fill("<"),
		"tags that never close":      fill("<a "),
		"overrides that never close": fill(`{\`),
		"entities without ends":      fill("&amp"),
		"entities and words":         fill("&#39;ab"),
		"arrows":                     fill("-->\n"),
		"blank lines":                fill("\n"),
		"carriage returns":           fill("\r"),
		"voice spans":                fill("<v A>x<v B>y"),
		"prefix-like lines":          fill("Speaker 1:\n- Leo:\n[Kim]\n"),
		"identifiers and timings":    fill("1\n00:01.000 --> 00:02.000\n"),
		"a long digit run":           fill("0"),
	}
	for name, body := range bodies {
		t.Run(name, func(t *testing.T) {
			for _, src := range []string{"WEBVTT\n\n00:01.000 --> 00:02.000\n" + body, "1\n00:00:01,000 --> 00:00:02,000\n" + body} {
				tr, err := parseByExtension(map[bool]string{true: ".vtt", false: ".srt"}[strings.HasPrefix(src, "WEBVTT")], src)
				if err != nil {
					t.Fatal(err)
				}
				checkInvariants(t, src, tr)
			}
		})
	}
}
