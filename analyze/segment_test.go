package analyze

import (
	"slices"
	"testing"

	"github.com/jdkato/prose/v3/segment"
)

var segmentSeeds = []string{
	"Hi team,", "Thanks,", "  Send me the numbers by noon  ", "- update the tracker",
	"What do you think?", "Great work!!", `He said "fine."`, "Done (finally).",
	"one line\nwrapped onto another", "no punctuation at all", "\u00a0padded\u2003", "",
	"Two sentences. Here.", "e.g. this", "Wait... what?", "Ends with a quote.’",
}

func TestSegmentShortcut(t *testing.T) {
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range segmentSeeds {
		if got, want := segmentBlock(seg, s), seg.Segment(s); !slices.Equal(got, want) {
			t.Errorf("segmentBlock(%q) = %+v, prose says %+v", s, got, want)
		}
	}
}

func FuzzSegmentShortcut(f *testing.F) {
	for _, s := range segmentSeeds {
		f.Add(s)
	}
	seg, err := segment.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !isOneSentence(s) {
			return
		}
		if got, want := segmentBlock(seg, s), seg.Segment(s); !slices.Equal(got, want) {
			t.Errorf("segmentBlock(%q) = %+v, prose says %+v", s, got, want)
		}
	})
}
