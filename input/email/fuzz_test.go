package email

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzMaxBytes keeps fuzz inputs' messages small enough to be quick.
const fuzzMaxBytes = 1 << 16

// addFixtures seeds a fuzz target with the files of testdata matching glob.
func addFixtures(f *testing.F, glob string) {
	files, err := filepath.Glob(filepath.Join("testdata", glob))
	if err != nil || len(files) == 0 {
		f.Fatalf("no fixtures match %s", glob)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

func FuzzParse(f *testing.F) {
	addFixtures(f, "*.eml")
	for _, s := range []string{
		"",
		"\n\n",
		"Subject: x\n\n",
		"Content-Type: multipart/mixed; boundary=B\n\n--B\n\n--B",
		"Content-Type: multipart/alternative; boundary=B\n\n--B\nContent-Type: multipart/alternative; boundary=B\n\n--B--\n",
		"Content-Type: text/plain; charset=utf-16\n\n\xff\xfeh\x00i\x00",
		"Content-Type: text/plain; charset=iso-2022-jp\n\n\x1b$B$3$s\x1b(B",
		"Content-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n<p>=\n=3Cb=3E &amp;</p>",
		"Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n////\n",
		"Content-Type: text/plain; format=flowed; delsp=yes\n\n> a \n>> b \n c\n-- \n",
		"From x Mon Mar 31 08:00:00 2025\n",
		" leading continuation\n\nbody",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		msg, err := Parse(bytes.NewReader(data), fuzzMaxBytes)
		if err != nil {
			if len(data) > fuzzMaxBytes && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("oversized input: err = %v, want ErrTooLarge", err)
			}
			if !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrNoText) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		if !utf8.ValidString(msg.Body) {
			t.Fatalf("body is not valid UTF-8: %q", msg.Body)
		}
		// Decoding never grows text more than a charset can: at most three
		// bytes of UTF-8 per input byte, plus the separators between parts.
		if len(msg.Body) > 3*len(data)+16 {
			t.Fatalf("body of %d bytes from %d bytes of input", len(msg.Body), len(data))
		}
		if strings.Contains(msg.Body, "\r") {
			t.Fatalf("body has a carriage return: %q", msg.Body)
		}
		for _, h := range []string{msg.From, msg.To, msg.Cc, msg.Date, msg.Subject, msg.MessageID} {
			if !utf8.ValidString(h) {
				t.Fatalf("header is not valid UTF-8: %q", h)
			}
		}
	})
}

func FuzzStripQuoted(f *testing.F) {
	for _, name := range []string{"gmail_reply.eml", "outlook_reply.eml", "outlook_original.eml", "apple_reply.eml", "apple_forward.eml", "gmail_forward.eml", "thunderbird_reply.eml", "disclaimer.eml"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	for _, s := range []string{
		"", "\n", "\r\n\r\n", "> a\n>> b\n", "-- \n", "Thanks,\nDana\n",
		"On 1 Jan 2025, a@b wrote:\n", "On 1 Jan 2025 X <a@b>\nwrote:\nnot quoted\n",
		"x\nFrom: a\nSent: b\nTo: c\n", "CONFIDENTIALITY NOTICE\n", "a\n\nThis email is intended recipient only\n",
		"Best,\n-Dana\nP.S. one more thing\n", "\xff\xfe>\n", "Sent from my iPhone\r\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		out, removed := StripQuotedLines(body)
		in, got := strings.Split(body, "\n"), strings.Split(out, "\n")
		if len(in) != len(got) {
			t.Fatalf("%d lines in, %d out", len(in), len(got))
		}
		blanked := 0
		for i := range in {
			if got[i] != "" && got[i] != in[i] {
				t.Fatalf("line %d changed: %q became %q", i+1, in[i], got[i])
			}
			if got[i] == "" && strings.TrimSpace(in[i]) != "" {
				blanked++
			}
		}
		if removed != blanked {
			t.Fatalf("removed = %d, but %d non-empty lines were blanked", removed, blanked)
		}
	})
}

func FuzzMbox(f *testing.F) {
	addFixtures(f, "*.mbox")
	for _, s := range []string{
		"",
		"From ",
		"From \n\nFrom a b 1:23\n",
		"From a Mon Mar 31 08:00:00 2025\r\n\r\nFrom b Mon Mar 31 08:00:00 2025\r\n>From x\r\n",
		"\n\nFrom a 1:00\n>>>From\n\n\n",
		"not a mailbox\nFrom a 1:00\n",
	} {
		f.Add([]byte(s))
	}
	const maxMessage = 256
	f.Fuzz(func(t *testing.T, data []byte) {
		mr := NewMboxReader(bytes.NewReader(data), maxMessage)
		total := 0
		for calls := 0; ; calls++ {
			if calls > len(data)+1 {
				t.Fatalf("more than %d calls to Next on %d bytes", calls, len(data))
			}
			raw, err := mr.Next()
			if err == io.EOF || errors.Is(err, ErrNotMbox) {
				break
			}
			if errors.Is(err, ErrTooLarge) {
				continue
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if len(raw) > maxMessage {
				t.Fatalf("message of %d bytes beyond the %d-byte limit", len(raw), maxMessage)
			}
			total += len(raw)
		}
		if total > len(data) {
			t.Fatalf("messages total %d bytes from %d bytes of input", total, len(data))
		}
	})
}
