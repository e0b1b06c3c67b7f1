package analyze_test

import "testing"

// TestBritishSentencesReadAsAmerican: a cue written in one spelling is
// found in the other.
func TestBritishSentencesReadAsAmerican(t *testing.T) {
	a := newAnalyzer(t)
	for _, pair := range [][2]string{
		{"The decision has already been finalised.", "The decision has already been finalized."},
		{"I want to recognise Priya's effort on the migration.", "I want to recognize Priya's effort on the migration."},
		{"Organise the files by Friday.", "Organize the files by Friday."},
		{"You are authorised to decide.", "You are authorized to decide."},
	} {
		british, american := a.AnalyzeSentence(pair[0]), a.AnalyzeSentence(pair[1])
		if len(american.Signals) == 0 {
			t.Fatalf("%q finds no cue; the pair tests nothing", pair[1])
		}
		if got, want := british.SignalIDs(), american.SignalIDs(); got != want {
			t.Errorf("%q: %v, but %q: %v", pair[0], got, pair[1], want)
		}
	}
}
