package email

import (
	"bytes"
	"errors"
	"io"
	"os"
	"runtime"
	"strings"
	"testing"
)

// readAll returns every message of a mailbox, and the errors met, in order.
func readAll(t *testing.T, r io.Reader, max int64) (msgs []string, errs []error) {
	t.Helper()
	mr := NewMboxReader(r, max)
	for i := 0; i < 1000; i++ {
		raw, err := mr.Next()
		if err == io.EOF {
			return msgs, errs
		}
		if err != nil {
			errs = append(errs, err)
			if !errors.Is(err, ErrTooLarge) {
				return msgs, errs
			}
			continue
		}
		msgs = append(msgs, string(raw))
	}
	t.Fatal("Next never returned io.EOF")
	return nil, nil
}

func TestMboxFixture(t *testing.T) {
	f, err := os.Open("testdata/mailbox.mbox")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	msgs, errs := readAll(t, f, 0)
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	if len(msgs) != 4 {
		t.Fatalf("got %d messages, want 4", len(msgs))
	}
	wantIDs := []string{"mbox-1@", "mbox-2@", "mbox-3@", "mbox-4@"}
	for i, raw := range msgs {
		msg, err := Parse(strings.NewReader(raw), 0)
		if err != nil {
			t.Fatalf("message %d: %v", i+1, err)
		}
		if !strings.HasPrefix(msg.MessageID, wantIDs[i]) {
			t.Errorf("message %d has Message-ID %q, want %s...", i+1, msg.MessageID, wantIDs[i])
		}
		if strings.HasPrefix(raw, "From ") {
			t.Errorf("message %d starts with its separator line", i+1)
		}
		if strings.HasSuffix(raw, "\n\n") {
			t.Errorf("message %d keeps the empty line before the next separator", i+1)
		}
	}
	// mboxrd unescaping: ">From where I sit" was "From where I sit".
	if !strings.Contains(msgs[1], "\nFrom where I sit, the numbers") || strings.Contains(msgs[1], ">From") {
		t.Errorf("escaped From line not unescaped:\n%s", msgs[1])
	}
	// A "From " line that does not follow an empty line is body text.
	if !strings.Contains(msgs[2], "Forklift 7 is back in service.\nFrom now on maintenance") {
		t.Errorf("body line starting with From split the message:\n%s", msgs[2])
	}
}

func TestMbox(t *testing.T) {
	sep := func(who string) string { return "From " + who + "@example.com Mon Mar 31 08:00:00 2025\n" }
	msg := func(subject, body string) string { return "Subject: " + subject + "\n\n" + body + "\n" }
	tests := []struct {
		name string
		in   string
		max  int64
		want []string // messages, or "ERR" for a too-large error in that position
		err  error    // final error other than io.EOF
	}{
		{
			name: "two messages",
			in:   sep("a") + msg("one", "First.") + "\n" + sep("b") + msg("two", "Second."),
			want: []string{msg("one", "First."), msg("two", "Second.")},
		},
		{
			name: "crlf",
			in:   strings.ReplaceAll(sep("a")+msg("one", "First.")+"\n"+sep("b")+msg("two", "Second."), "\n", "\r\n"),
			want: []string{strings.ReplaceAll(msg("one", "First."), "\n", "\r\n"), strings.ReplaceAll(msg("two", "Second."), "\n", "\r\n")},
		},
		{
			name: "mboxrd unescaping at every depth",
			in:   sep("a") + msg("q", ">From here\n>>From there\n>Fromage is not escaped"),
			want: []string{msg("q", "From here\n>From there\n>Fromage is not escaped")},
		},
		{
			name: "From line without a date after an empty line is body",
			in:   sep("a") + msg("q", "Intro.\n\nFrom the top, please.\nThanks."),
			want: []string{msg("q", "Intro.\n\nFrom the top, please.\nThanks.")},
		},
		{
			name: "oversized message in the middle is refused and skipped",
			in:   sep("a") + msg("one", "Short.") + "\n" + sep("b") + msg("big", strings.Repeat("word ", 200)) + "\n" + sep("c") + msg("three", "Short too."),
			max:  200,
			want: []string{msg("one", "Short."), "ERR", msg("three", "Short too.")},
		},
		{
			name: "oversized last message",
			in:   sep("a") + msg("one", "Short.") + "\n" + sep("b") + msg("big", strings.Repeat("word ", 200)),
			max:  200,
			want: []string{msg("one", "Short."), "ERR"},
		},
		{
			name: "leading empty lines and byte-order mark are tolerated",
			in:   "\xEF\xBB\xBF\n\n" + sep("a") + msg("one", "First."),
			want: []string{msg("one", "First.")},
		},
		{
			name: "empty file",
			in:   "",
		},
		{
			name: "separator only",
			in:   sep("a"),
			want: []string{""},
		},
		{
			name: "not an mbox",
			in:   "Subject: hello\n\nFrom the top.\n",
			err:  ErrNotMbox,
		},
		{
			name: "lines longer than the read buffer",
			in:   sep("a") + msg("long", strings.Repeat("x", 3*mboxBufferSize)+"\n\n>From "+strings.Repeat("y", 2*mboxBufferSize)) + "\n" + sep("b") + msg("two", "Second."),
			want: []string{msg("long", strings.Repeat("x", 3*mboxBufferSize)+"\n\nFrom "+strings.Repeat("y", 2*mboxBufferSize)), msg("two", "Second.")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mr := NewMboxReader(strings.NewReader(tt.in), tt.max)
			for i, want := range tt.want {
				raw, err := mr.Next()
				if want == "ERR" {
					var tl *TooLargeError
					if !errors.As(err, &tl) || !errors.Is(err, ErrTooLarge) || tl.Message != i+1 || tl.Limit != tt.max {
						t.Fatalf("message %d: err = %v, want a TooLargeError for message %d", i+1, err, i+1)
					}
					continue
				}
				if err != nil {
					t.Fatalf("message %d: %v", i+1, err)
				}
				if string(raw) != want {
					t.Fatalf("message %d = %q, want %q", i+1, abbreviate(string(raw)), abbreviate(want))
				}
			}
			wantErr := tt.err
			if wantErr == nil {
				wantErr = io.EOF
			}
			for range 2 { // the end is sticky
				if _, err := mr.Next(); !errors.Is(err, wantErr) {
					t.Fatalf("after the messages: err = %v, want %v", err, wantErr)
				}
			}
		})
	}
}

func abbreviate(s string) string {
	if len(s) > 200 {
		return s[:100] + "..." + s[len(s)-100:]
	}
	return s
}

func TestMboxReadError(t *testing.T) {
	boom := errors.New("network share gone")
	r := io.MultiReader(strings.NewReader("From a@example.com Mon Mar 31 08:00:00 2025\nSubject: x\n\nbody"), failingReader{boom})
	mr := NewMboxReader(r, 0)
	if _, err := mr.Next(); !errors.Is(err, boom) {
		t.Fatalf("err = %v, want the reader's error", err)
	}
	if _, err := mr.Next(); !errors.Is(err, boom) {
		t.Fatalf("second call: err = %v, want the reader's error again", err)
	}
}

// countingReader records how many bytes were read, to check that Next
// reads one message at a time.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func TestMboxStreams(t *testing.T) {
	var b bytes.Buffer
	for i := 0; i < 50; i++ {
		b.WriteString("From a@example.com Mon Mar 31 08:00:00 2025\nSubject: x\n\n")
		b.WriteString(strings.Repeat("A line of the body.\n", 1000))
		b.WriteString("\n")
	}
	total := b.Len()
	cr := &countingReader{r: &b}
	mr := NewMboxReader(cr, 0)
	if _, err := mr.Next(); err != nil {
		t.Fatal(err)
	}
	if cr.n > total/10 {
		t.Errorf("reading the first of 50 messages read %d of %d bytes", cr.n, total)
	}
}

func TestMboxOversizedIsNotHeld(t *testing.T) {
	const line = "A line of the body of a huge message.\n"
	const bodySize = 400_000 * len(line) // about 15 MiB, whole lines
	in := io.MultiReader(
		strings.NewReader("From a@example.com Mon Mar 31 08:00:00 2025\nSubject: huge\n\n"),
		io.LimitReader(repeatReader(line), int64(bodySize)),
		strings.NewReader("\nFrom b@example.com Mon Mar 31 08:00:00 2025\nSubject: small\n\nHello.\n"),
	)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	mr := NewMboxReader(in, 1<<10)
	if _, err := mr.Next(); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	runtime.ReadMemStats(&after)
	if grew := after.TotalAlloc - before.TotalAlloc; grew > uint64(bodySize/4) {
		t.Errorf("refusing a %d-byte message allocated %d bytes", bodySize, grew)
	}
	raw, err := mr.Next()
	if err != nil || !strings.Contains(string(raw), "Hello.") {
		t.Fatalf("next message: %q, %v", raw, err)
	}
}

// repeatReader returns a reader repeating s forever.
func repeatReader(s string) io.Reader { return &repeater{s: s} }

type repeater struct {
	s   string
	off int
}

func (r *repeater) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c := copy(p[n:], r.s[r.off:])
		n += c
		r.off = (r.off + c) % len(r.s)
	}
	return n, nil
}
