package analyze_test

import (
	"context"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/leadlint/leadlint/analyze"
)

// checkDocument asserts the invariants every report must keep.
func checkDocument(t *testing.T, text string, doc *analyze.Document) {
	t.Helper()
	if doc.Sentences == nil || doc.Dimensions == nil || doc.Top.Directive == nil || doc.Top.Empowering == nil {
		t.Fatalf("nil list in document: %+v", doc)
	}
	s := doc.Scores
	if s.Directive < 0 || s.Empowering < 0 || s.Balance < -1 || s.Balance > 1 || math.IsNaN(s.Balance) {
		t.Fatalf("scores out of range: %+v", s)
	}
	lines := strings.Split(text, "\n")
	prevEnd := 0
	for _, sen := range doc.Sentences {
		if sen.Start < prevEnd || sen.End > len(text) || sen.Start >= sen.End {
			t.Fatalf("sentence %d [%d,%d) out of order or range (prev end %d)", sen.Index, sen.Start, sen.End, prevEnd)
		}
		prevEnd = sen.End
		if text[sen.Start:sen.End] != sen.Text {
			t.Fatalf("sentence text %q does not match its offsets", sen.Text)
		}
		if sen.Line < 1 || sen.Line > len(lines) {
			t.Fatalf("sentence line %d out of range", sen.Line)
		}
		if prefix := lines[sen.Line-1]; utf8.RuneCountInString(prefix) < sen.Column-1 {
			t.Fatalf("sentence column %d beyond line %q", sen.Column, prefix)
		}
		if sen.Signals == nil {
			t.Fatalf("nil signals")
		}
		for _, sig := range sen.Signals {
			if sig.Start < sen.Start || sig.End > sen.End || text[sig.Start:sig.End] != sig.Text {
				t.Fatalf("signal %s %q [%d,%d) outside sentence [%d,%d) or text mismatch", sig.ID, sig.Text, sig.Start, sig.End, sen.Start, sen.End)
			}
			if sig.Weight < 0 {
				t.Fatalf("negative weight %v", sig.Weight)
			}
		}
	}
}

func TestAnalyzePositions(t *testing.T) {
	a := newAnalyzer(t)
	text := "Hi team,\n\nThanks for Friday. Send me the deck by noon.\n  - Update the tracker\nWhat do you think?\n"
	doc := a.Analyze("t.txt", text)
	checkDocument(t, text, doc)
	var got []string
	for _, s := range doc.Sentences {
		got = append(got, s.Text)
	}
	want := []string{"Hi team,", "Thanks for Friday.", "Send me the deck by noon.", "- Update the tracker", "What do you think?"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sentences %q, want %q", got, want)
	}
	send := doc.Sentences[2]
	if send.Line != 3 || send.Column != 20 {
		t.Errorf("send at %d:%d, want 3:20", send.Line, send.Column)
	}
	upd := doc.Sentences[3]
	if upd.Line != 4 || upd.Column != 3 {
		t.Errorf("update at %d:%d, want 4:3", upd.Line, upd.Column)
	}
	// Columns count characters, not bytes.
	doc = a.Analyze("u.txt", "Café déjà vu. Send it now.")
	if c := doc.Sentences[1].Column; c != 15 {
		t.Errorf("column after multi-byte text = %d, want 15", c)
	}
}

func TestHardWrappedParagraphStaysOneSentence(t *testing.T) {
	a := newAnalyzer(t)
	text := "We will need everyone's help to get the migration finished before\nthe end of the quarter, and I am grateful for the work so far.\n"
	doc := a.Analyze("w.txt", text)
	if len(doc.Sentences) != 1 {
		t.Fatalf("got %d sentences: %+v", len(doc.Sentences), doc.Sentences)
	}
}

func TestDocumentSmoothing(t *testing.T) {
	a := newAnalyzer(t)
	neutral := strings.Repeat("The meeting is in room four on the second floor. ", 30)
	doc := a.Analyze("long.txt", neutral+"Send me the file.")
	if doc.Label != analyze.LabelNeutral {
		t.Errorf("one weak cue in a long neutral text labelled %s (balance %v, D %v)", doc.Label, doc.Scores.Balance, doc.Scores.Directive)
	}
	if b := doc.Scores.Balance; b < -0.25 {
		t.Errorf("balance %v swung by one cue in 31 sentences", b)
	}
	short := a.Analyze("short.txt", "Send me the file. You must use the template. Do it now!")
	if short.Label != analyze.LabelDirective || short.Scores.Balance > -0.5 {
		t.Errorf("a short order: label %s balance %v", short.Label, short.Scores.Balance)
	}
	empty := a.Analyze("empty.txt", "  \n\n ")
	if empty.Label != analyze.LabelNeutral || len(empty.Sentences) != 0 || empty.Scores.Balance != 0 {
		t.Errorf("empty text: %+v", empty)
	}
}

func TestTopSentences(t *testing.T) {
	a := newAnalyzer(t)
	doc := a.Analyze("t.txt", "Send me the file now! The room is booked. What do you think? Did you send it?")
	if len(doc.Top.Directive) != 2 || doc.Top.Directive[0].Index != 0 {
		t.Errorf("top directive %+v", doc.Top.Directive)
	}
	if len(doc.Top.Empowering) != 1 || doc.Top.Empowering[0].Index != 2 {
		t.Errorf("top empowering %+v", doc.Top.Empowering)
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"Send me the numbers by noon.", "Don't change the template!", "I don't want to micromanage you.",
		"Hi team,\n\nWhat do you think?\n- Update the tracker\n", "Café — déjà vu… “quoted” ‘text’", "",
		"I've got it; you'll see. Can't won't shouldn't.", "NOBODY is to TOUCH this!!!", "\r\n\r\n\t",
		"1. Book it\n2) Call them\n# Heading\n> quoted", strings.Repeat("a ", 200),
	} {
		f.Add(s)
	}
	a := newAnalyzer(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip() // input is repaired to UTF-8 before analysis
		}
		checkDocument(t, text, a.Analyze("fuzz.txt", text))
	})
}

// A file with no line breaks and no sentence ends is scored in bounded
// pieces: many sentences, each within the word limit, offsets intact.
func TestLongTextWithoutBreaksIsChunked(t *testing.T) {
	a := newAnalyzer(t)
	text := strings.Repeat("send the report and update the tracker ", 3000) // 21k words, 117 KB: two blocks
	doc := a.Analyze("long.txt", text)
	checkDocument(t, text, doc)
	if len(doc.Sentences) < 100 {
		t.Fatalf("got %d sentences for 21k words without punctuation", len(doc.Sentences))
	}
	for _, s := range doc.Sentences {
		if n := len(strings.Fields(s.Text)); n > 200 {
			t.Fatalf("sentence %d has %d words", s.Index, n)
		}
	}
}

// A chunk of a long sentence never ends between the words of one token:
// "I've" is "i" and "have" on one span, and cutting between them made two
// sentences overlap (found by FuzzAnalyze).
func TestChunkKeepsTokenWordsTogether(t *testing.T) {
	a := newAnalyzer(t)
	text := strings.Repeat("go ", 199) + "I've " + strings.Repeat("go ", 300)
	doc := a.Analyze("chunks.txt", text)
	checkDocument(t, text, doc)
	if len(doc.Sentences) < 2 {
		t.Fatalf("got %d sentences, want the 500 words chunked", len(doc.Sentences))
	}
	for i := 1; i < len(doc.Sentences); i++ {
		if prev, s := doc.Sentences[i-1], doc.Sentences[i]; s.Start < prev.End {
			t.Errorf("sentence %d [%d,%d) overlaps sentence %d [%d,%d)", i, s.Start, s.End, i-1, prev.Start, prev.End)
		}
	}
}

func TestSpeakers(t *testing.T) {
	a := newAnalyzer(t)
	text := "Send me the numbers by noon.\n\nWhat do you think we should try next?\n\nDid you update the tracker?\n"
	turn := func(speaker, words string) analyze.Turn {
		i := strings.Index(text, words)
		return analyze.Turn{Speaker: speaker, Start: i, End: i + len(words)}
	}
	turns := []analyze.Turn{turn("Dana", "Send me the numbers by noon."), turn("Sam", "What do you think we should try next?"), turn("Dana", "Did you update the tracker?")}
	doc, err := a.AnalyzeInput(context.Background(), analyze.Input{Path: "t.vtt", Text: text, Turns: turns})
	if err != nil {
		t.Fatal(err)
	}
	if got := []string{doc.Sentences[0].Speaker, doc.Sentences[1].Speaker, doc.Sentences[2].Speaker}; strings.Join(got, ",") != "Dana,Sam,Dana" {
		t.Fatalf("sentence speakers %v", got)
	}
	if len(doc.Speakers) != 2 || doc.Speakers[0].Name != "Dana" || doc.Speakers[1].Name != "Sam" {
		t.Fatalf("speakers %+v", doc.Speakers)
	}
	if doc.Speakers[0].Sentences != 2 || doc.Speakers[0].Label != analyze.LabelDirective || doc.Speakers[1].Label != analyze.LabelEmpowering {
		t.Errorf("speaker scores %+v", doc.Speakers)
	}
	if plain := a.Analyze("p.txt", text); len(plain.Speakers) != 0 || plain.Speakers == nil {
		t.Errorf("plain text speakers %#v, want an empty list", plain.Speakers)
	}
}

func TestEmptyDocumentWarns(t *testing.T) {
	a := newAnalyzer(t)
	doc := a.Analyze("e.txt", " \n\t\n")
	if len(doc.Warnings) != 1 || doc.Warnings[0] != analyze.WarningEmpty {
		t.Fatalf("warnings %v", doc.Warnings)
	}
}

// In a transcript a cue's short lines belong to one sentence; only blank
// lines between cues end a block.
func TestTranscriptCueLinesStayTogether(t *testing.T) {
	a := newAnalyzer(t)
	text := "Yesterday I finished the retry logic\nfor the payment webhooks.\n\nGreat work on that.\n"
	in := analyze.Input{Path: "t.vtt", Text: text, Turns: []analyze.Turn{{Speaker: "Ana", Start: 0, End: 62}, {Speaker: "Bo", Start: 64, End: 83}}}
	doc, err := a.AnalyzeInput(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Sentences) != 2 {
		t.Fatalf("got %d sentences: %+v", len(doc.Sentences), doc.Sentences)
	}
	if plain := a.Analyze("t.txt", text); len(plain.Sentences) != 3 {
		t.Errorf("plain text: short unpunctuated lines should end blocks; got %d sentences", len(plain.Sentences))
	}
}

func TestLineBlocks(t *testing.T) {
	a := newAnalyzer(t)
	text := "A long paragraph from a Word document that ends without any punctuation\nSecond paragraph here\n"
	doc, err := a.AnalyzeInput(context.Background(), analyze.Input{Text: text, LineBlocks: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Sentences) != 2 {
		t.Errorf("line blocks: %d sentences", len(doc.Sentences))
	}
	if plain := a.Analyze("", text); len(plain.Sentences) != 1 {
		t.Errorf("a long unpunctuated line should join the next in plain text: %d sentences", len(plain.Sentences))
	}
}
