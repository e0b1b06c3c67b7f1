package transcript

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// addSeeds adds the fixtures with the given extension and some awkward
// inputs to a fuzz target's corpus.
func addSeeds(f *testing.F, ext string, extra ...string) {
	files, err := filepath.Glob(filepath.Join("testdata", "*"+ext))
	if err != nil || len(files) == 0 {
		f.Fatalf("no %s fixtures: %v", ext, err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, s := range extra {
		f.Add(s)
	}
}

func FuzzParseVTT(f *testing.F) {
	addSeeds(f, ".vtt",
		"", "WEBVTT", "\uFEFFWEBVTT\r\n\r\n1\r\n00:01.000 --> 00:02.000\r\n<v Ann>Hi&amp;bye</v>\r\n",
		"WEBVTT\r\r00:01.000 --> 00:02.000\rAnn: Hi.\r\rBo: untimed\r",
		"WEBVTT\n00:01.000 --> 00:02.000\n- Leo: a\n[Kim] b\n<v.x Jo>c<v Al>d\n2\n00:02.000 --> 00:03.000\n",
		"WEBVTT\n\nNOTE\n-->\n\nSTYLE\n::cue{}\n\nREGION\nid:r\n\n00:01.000 --> 00:0x.000\n<ruby>a<rt>b</rt>c</ruby>",
		"WEBVTT\n\n00:01.000 --> 00:02.000\n&#x1F600;&#0;&#10;&lt&gt;&nbsp;&lrm;x&rlm;&#xD800;<<<>>>{\\an8}{\\",
		"WEBVTT\n\n00:01.000 --> 00:02.000\ndon&#39;t O&apos;Brien &quot;ok&quot; é&amp;é",
	)
	f.Fuzz(func(t *testing.T, src string) {
		tr, err := ParseVTT(src)
		if err != nil {
			if !errors.Is(err, ErrNotVTT) || tr != nil {
				t.Fatalf("ParseVTT: %v, %v", tr, err)
			}
			return
		}
		checkInvariants(t, src, tr)
	})
}

func FuzzParseSRT(f *testing.F) {
	addSeeds(f, ".srt",
		"", "1\n00:00:01,000 --> 00:00:02,000\n",
		"\uFEFF1\r\n00:00:01,000 --> 00:00:02,000\r\n[Karin]: Hi\r\n- Leo: Yo\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\nAnn: x",
		"00:00:01.5 --> 00:00:02.25 X1:1 X2:2\n{\\an8}<i>Top</i> <font color=\"red\">red</font>\n\n\nstray\n",
		"1\n00:00:01,000 --> 00:00:02,000\nSpeaker 1: a\nSPEAKER_02: b\n\n2\n00:00:0x,000 --> 00:00:03,000\n[Music]\n",
	)
	f.Fuzz(func(t *testing.T, src string) {
		tr, err := ParseSRT(src)
		if err != nil {
			if !errors.Is(err, ErrNotSRT) || tr != nil {
				t.Fatalf("ParseSRT: %v, %v", tr, err)
			}
			return
		}
		checkInvariants(t, src, tr)
	})
}

func BenchmarkParseVTT(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("testdata", "zoom_standup.vtt"))
	if err != nil {
		b.Fatal(err)
	}
	body := string(src[len("WEBVTT\n"):])
	text := "WEBVTT\n" + strings.Repeat(body, 1000) // about 4 MB, 40,000 cues
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := ParseVTT(text); err != nil {
			b.Fatal(err)
		}
	}
}
