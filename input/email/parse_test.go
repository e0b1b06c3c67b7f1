package email

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func parseFile(t *testing.T, name string) *Message {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	msg, err := Parse(f, 0)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return msg
}

func TestParseFixtures(t *testing.T) {
	tests := []struct {
		file     string
		headers  Message // the non-empty header fields are compared
		body     []string
		notBody  []string
		warnings []string // each must be a substring of some warning; none when empty
		// after StripQuoted:
		author []string
		quoted []string
	}{
		{
			file: "gmail_reply.eml",
			headers: Message{From: "Dana Whitfield <dana.whitfield@northwind-logistics.example>", To: "Priya Raman <priya.raman@northwind-logistics.example>",
				Cc: "Marcus Lee <marcus.lee@northwind-logistics.example>", Subject: "Re: Draft proposal for the cross-dock schedule",
				Date: "Tue, 4 Mar 2025 10:41:07 -0800", MessageID: "CAF8mQx2v7TnR0k@mail.gmail.com"},
			body:    []string{"I like the direction, and I\nthink you are the right person", "> Attached is the draft proposal", "9:12\u202fAM Priya Raman <priya.raman@northwind-logistics.example>\nwrote:"},
			notBody: []string{"<div", "=E2", "=\n"},
			author:  []string{"You decide how\nfar to take the pilot.", "What would it take to pilot this"},
			quoted:  []string{"Attached is the draft", "wrote:", "Best,", "\nDana"},
		},
		{
			file:    "outlook_reply.eml",
			headers: Message{Cc: "Operations Leads <ops-leads@northwind-logistics.example>", Subject: "RE: Overtime approvals for the March peak"},
			body:    []string{"must be approved by me before the shift starts. No exceptions this time.", "Sent: Tuesday, March 4, 2025 5:47 PM"},
			notBody: []string{"\r", "MsoNormal", "=\n"},
			author:  []string{"Send me the list by 3pm every day"},
			quoted:  []string{"Thanks,", "Director of Operations", "____", "Several supervisors", "Sent:"},
		},
		{
			file:    "outlook_original.eml",
			headers: Message{From: `"Whitfield, Dana" <dana.whitfield@northwind-logistics.example>`, Subject: "RE: Forklift certification backlog"},
			body:    []string{"-----Original Message-----", "I trust your judgement on the sequencing here."},
			author:  []string{"I trust your judgement on the sequencing here.", "tell me the number and I will find it."},
			quoted:  []string{"Original Message", "eleven operators", "Sent: Thursday"},
		},
		{
			file:    "apple_reply.eml",
			headers: Message{To: "Tomas Herrera <tomas.herrera@northwind-logistics.example>", Cc: "Leah Brooks <leah.brooks@northwind-logistics.example>", MessageID: "9B7E0D42-1F6A-4C3B-8E2D-6A5C4B3E2F19@northwind-logistics.example"},
			body:    []string{"Lead the walkthrough yourself", "6:40\u202fPM, Tomas Herrera <tomas.herrera@northwind-logistics.example> wrote:"},
			author:  []string{"Lead the walkthrough yourself and I will follow your plan."},
			quoted:  []string{"Sent from my iPhone", "Bellmont Foods", "wrote:"},
		},
		{
			file:    "apple_forward.eml",
			headers: Message{Subject: "Fwd: Quarterly safety audit results"},
			body:    []string{"Begin forwarded message:", "signage at bay 4"},
			author:  []string{"That is your work.", "I would\nlove to hear your ideas"},
			quoted:  []string{"Begin forwarded message", "Rachel Kim", "signage at bay 4", "SafetyFirst"},
		},
		{
			file:    "gmail_forward.eml",
			headers: Message{Subject: "Fwd: Carrier rate changes from April"},
			body:    []string{"---------- Forwarded message ---------", "fuel surcharge"},
			author:  []string{"How do you want to respond?", "but it is your decision."},
			quoted:  []string{"Forwarded message", "fuel surcharge", "FastFreight"},
		},
		{
			file:    "thunderbird_reply.eml",
			headers: Message{Subject: "Re: Onboarding plan for the two new dispatchers"},
			// format=flowed: soft line breaks are unwrapped, the quote too.
			body:    []string{"then you decide based on how they are doing. You will see it", "> Should the new dispatchers shadow the day shift for two weeks, or start on their own routes after one?", "-- \nDana Whitfield"},
			notBody: []string{"how they are \n"},
			author:  []string{"then you decide based on how they are doing.", "Could we make it a shared document so the dispatchers"},
			quoted:  []string{"Ingrid Svensson wrote:", "short checklist", "Director of Operations", "-- "},
		},
		{
			file:    "disclaimer.eml",
			headers: Message{To: "All Site Staff <site-staff@northwind-logistics.example>", Subject: "Reorganising the returns area"},
			body:    []string{"CONFIDENTIALITY NOTICE", "what would you change if it were up to you?"},
			author:  []string{"what would you change if it were up to you?", "Drop your ideas in the box"},
			quoted:  []string{"CONFIDENTIALITY", "intended recipient", "Best regards", "4100 Harbor Way", "013-2288"},
		},
		{
			file:    "alternative.eml",
			headers: Message{Subject: "Thank you for Saturday", MessageID: "a7c3e9f1.4b2d@northwind-logistics.example"},
			body:    []string{"Night shift,\n\nYou cleared the Saturday backlog", "Imagine what we can do"},
			notBody: []string{"View this message in your browser", "<p>", "multi-part message"},
			author:  []string{"Imagine what we can do"},
		},
		{
			file:    "html_only.eml",
			headers: Message{Subject: "New shift handover form"},
			body:    []string{"every supervisor must complete the handover form", "I\u2019ll check", "Open orders & exceptions", "doesn't work for your area"},
			notBody: []string{"<", "&amp;", "font-family", "trackOpen", "Shift handover"},
			author:  []string{"tell me how you would change it."},
		},
		{
			file:    "qp_utf8.eml",
			headers: Message{From: "Dana Whitfield <dana.whitfield@northwind-logistics.example>", To: "René Dupont <rene.dupont@northwind-logistics.example>", Subject: "Félicitations — and a question"},
			body:    []string{"Hi René,", "promotion — it’s well deserved. The café team", "I’d love for you"},
			notBody: []string{"=C3", "=E2"},
			author:  []string{"What support would you need from me"},
		},
		{
			file:    "base64_latin1.eml",
			headers: Message{To: "Jürgen Müller <juergen.mueller@northwind-logistics.example>", Subject: "Inventur in Halle 3 – Rückmeldung"},
			// ISO-8859-1 is read as Windows-1252: 0x92 is a right quote.
			body:   []string{"Hallo Jürgen,", "danke für die schnelle Rückmeldung", "Let’s talk on Friday about the café order"},
			author: []string{"können Sie so planen"},
			quoted: []string{"Viele Grüße", "Dana Whitfield"},
		},
		{
			file:    "mixed_pdf.eml",
			headers: Message{Subject: "Q1 labour cost summary"},
			body:    []string{"Overtime came in 6 percent under\nbudget", "\n\nPS: the detailed breakdown by site is on page 3."},
			notBody: []string{"%PDF", "JVBER", "Cost centre 4410", "Q1-labour-costs.pdf"},
			author:  []string{"the shift leads planned the peak weeks themselves", "PS: the detailed breakdown"},
		},
		{
			file:     "malformed.eml",
			headers:  Message{Subject: "Holiday rota for April"},
			body:     []string{"Please agree the April holiday rota among yourselves", "--rota-boundary-42", "Content-Type text/csv"},
			warnings: []string{"malformed MIME (", "broken header", ": using the raw body"},
			author:   []string{"You know your teams' plans better than I do."},
		},
		{
			file:     "garbage_base64.eml",
			headers:  Message{Subject: "Scanner firmware log"},
			body:     []string{"The handheld scanners in bay 2 keep rebooting."},
			warnings: []string{"MIME part 2 (text/plain) decoded to binary data, not text: skipped"},
			author:   []string{"Could you take a look when you have a moment?"},
			quoted:   []string{"Thanks,"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			msg := parseFile(t, tt.file)
			for name, pair := range map[string][2]string{
				"From": {tt.headers.From, msg.From}, "To": {tt.headers.To, msg.To}, "Cc": {tt.headers.Cc, msg.Cc},
				"Date": {tt.headers.Date, msg.Date}, "Subject": {tt.headers.Subject, msg.Subject}, "MessageID": {tt.headers.MessageID, msg.MessageID},
			} {
				if pair[0] != "" && pair[0] != pair[1] {
					t.Errorf("%s = %q, want %q", name, pair[1], pair[0])
				}
			}
			if !utf8.ValidString(msg.Body) {
				t.Errorf("body is not valid UTF-8")
			}
			for _, s := range tt.body {
				if !strings.Contains(msg.Body, s) {
					t.Errorf("body lacks %q; body:\n%s", s, msg.Body)
				}
			}
			for _, s := range tt.notBody {
				if strings.Contains(msg.Body, s) {
					t.Errorf("body has %q; body:\n%s", s, msg.Body)
				}
			}
			if len(tt.warnings) == 0 && len(msg.Warnings) > 0 {
				t.Errorf("unexpected warnings %q", msg.Warnings)
			}
			all := strings.Join(msg.Warnings, "\n")
			for _, w := range tt.warnings {
				if !strings.Contains(all, w) {
					t.Errorf("no warning with %q in %q", w, msg.Warnings)
				}
			}
			stripped := StripQuoted(msg.Body)
			checkLinePreserving(t, msg.Body, stripped)
			for _, s := range tt.author {
				if !strings.Contains(stripped, s) {
					t.Errorf("stripped body lacks %q; stripped:\n%s", s, stripped)
				}
			}
			for _, s := range tt.quoted {
				if strings.Contains(stripped, s) {
					t.Errorf("stripped body still has %q; stripped:\n%s", s, stripped)
				}
			}
		})
	}
}

// message builds a message from header lines and a body.
func message(header, body string) string { return header + "\n\n" + body }

func TestParseCases(t *testing.T) {
	garbage := base64.StdEncoding.EncodeToString([]byte("\x00\x01\x02\xff\xfe binary \x00\x00\x10\x11\x12\x13\x14"))
	tests := []struct {
		name     string
		in       string
		body     []string
		notBody  []string
		warnings []string // substrings; none expected when empty
		err      error
	}{
		{
			name: "no header at all",
			in:   "Team, the dock opens at six tomorrow.\n",
			body: []string{"Team, the dock opens at six tomorrow."}, warnings: []string{"no message header found"},
		},
		{
			name: "header not ended by an empty line",
			in:   "Subject: Dock hours\nFrom: Dana <d@example.com>\nTeam, the dock opens at six.\n",
			body: []string{"Team, the dock opens at six."}, notBody: []string{"Dock hours"}, warnings: []string{"not ended by an empty line"},
		},
		{
			name: "mbox separator line before the header",
			in:   "From dana@example.com Mon Mar 31 08:00:00 2025\nSubject: Hours\n\nThe dock opens at six.\n",
			body: []string{"The dock opens at six."}, notBody: []string{"dana@example.com Mon"},
		},
		{
			name: "crlf message",
			in:   "Subject: Hours\r\nContent-Type: text/plain\r\n\r\nLine one.\r\nLine two.\r\n",
			body: []string{"Line one.\nLine two.\n"}, notBody: []string{"\r"},
		},
		{
			name: "undeclared 8-bit text that is not UTF-8 is Windows-1252",
			in:   message("Subject: x", "Caf\xe9 at 10 \x96 bring ideas"),
			body: []string{"Café at 10 – bring ideas"}, warnings: []string{"Windows-1252"},
		},
		{
			name: "unknown charset",
			in:   message("Content-Type: text/plain; charset=x-northwind-7", "Plain words still read."),
			body: []string{"Plain words still read."}, warnings: []string{`unknown charset "x-northwind-7"`},
		},
		{
			name: "invalid base64 is skipped, leaving no text",
			in:   message("Content-Type: text/plain\nContent-Transfer-Encoding: base64", "This is not base64 at all!\n"),
			err:  ErrNoText,
		},
		{
			name: "base64 that decodes to binary data",
			in:   message("Content-Type: text/plain\nContent-Transfer-Encoding: base64", garbage),
			err:  ErrNoText,
		},
		{
			name: "invalid base64 part next to a good one",
			in: message("Content-Type: multipart/mixed; boundary=B",
				"--B\nContent-Type: text/plain\n\nGood words.\n--B\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n@@@ not base64 @@@\n--B--\n"),
			body: []string{"Good words."}, warnings: []string{"MIME part 2 (text/plain) is not valid base64: skipped"},
		},
		{
			name: "base64 without padding and with odd line breaks",
			in:   message("Content-Type: text/plain\nContent-Transfer-Encoding: base64", "T3duIHRo\r\nZSBw  bGFu"),
			body: []string{"Own the plan"},
		},
		{
			name: "lenient quoted-printable",
			in:   message("Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable", "5 =3d five, 100% =\nsure, =e2=80=94 dash, a = sign, tab\there="),
			body: []string{"5 = five, 100% sure, — dash, a = sign, tab\there"},
		},
		{
			name: "unknown transfer encoding reads the raw body",
			in:   message("Content-Type: text/plain\nContent-Transfer-Encoding: x-uuencode", "begin 644 plan.txt"),
			body: []string{"begin 644 plan.txt"}, warnings: []string{`malformed MIME (the message body (text/plain): unknown transfer encoding "x-uuencode"): using the raw body`},
		},
		{
			name: "multipart without boundary",
			in:   message("Content-Type: multipart/mixed", "Just words."),
			body: []string{"Just words."}, warnings: []string{"multipart/mixed without a boundary"},
		},
		{
			name: "boundary that never appears",
			in:   message("Content-Type: multipart/mixed; boundary=XYZ", "--ABC\n\nWords.\n--ABC--\n"),
			body: []string{"Words."}, warnings: []string{`boundary "XYZ" never appears`},
		},
		{
			name: "missing closing boundary",
			in:   message("Content-Type: multipart/mixed; boundary=B", "--B\nContent-Type: text/plain\n\nAll the words.\n"),
			body: []string{"--B\n", "All the words."}, warnings: []string{"malformed MIME (", "closing boundary", "using the raw body"},
		},
		{
			name: "missing closing boundary after an attachment",
			in:   message("Content-Type: multipart/mixed; boundary=B", "--B\n\nWords.\n--B\nContent-Type: image/png\n\nPNG"),
			body: []string{"Words."}, warnings: []string{"closing boundary"},
		},
		{
			name: "invalid Content-Type is text/plain",
			in:   message("Content-Type: ;;;", "Words."),
			body: []string{"Words."}, warnings: []string{"invalid Content-Type"},
		},
		{
			name: "only an attachment",
			in: message("Content-Type: multipart/mixed; boundary=B",
				"--B\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=a.pdf\n\nJVBERi0=\n--B--\n"),
			err: ErrNoText,
		},
		{
			name: "forwarded message/rfc822 is skipped",
			in: message("Content-Type: multipart/mixed; boundary=B",
				"--B\n\nSee the attached message.\n--B\nContent-Type: message/rfc822\n\nSubject: old\n\nOld words.\n--B--\n"),
			body: []string{"See the attached message."}, notBody: []string{"Old words."},
		},
		{
			name: "empty text/plain alternative falls back to HTML",
			in: message("Content-Type: multipart/alternative; boundary=B",
				"--B\nContent-Type: text/plain\n\n \n--B\nContent-Type: text/html\n\n<p>Your call, Leah.</p>\n--B--\n"),
			body: []string{"Your call, Leah."}, notBody: []string{"<p>"},
		},
		{
			name: "garbage plain alternative falls back to HTML with a warning",
			in: message("Content-Type: multipart/alternative; boundary=B",
				"--B\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n"+garbage+"\n--B\nContent-Type: text/html\n\n<p>Your call, Leah.</p>\n--B--\n"),
			body: []string{"Your call, Leah."}, warnings: []string{"binary data"},
		},
		{
			name: "nested related html inside alternative inside mixed",
			in: message("Content-Type: multipart/mixed; boundary=M",
				"--M\nContent-Type: multipart/alternative; boundary=A\n\n--A\nContent-Type: multipart/related; boundary=R\n\n--R\nContent-Type: text/html; charset=utf-8\n\n<div>Plan the route your way.</div>\n--R\nContent-Type: image/png\n\nPNG\n--R--\n--A--\n--M--\n"),
			body: []string{"Plan the route your way."},
		},
		{
			name: "digest parts default to message/rfc822",
			in: message("Content-Type: multipart/digest; boundary=D",
				"--D\n\nSubject: one\n\nDigest words.\n--D--\n"),
			err: ErrNoText,
		},
		{
			name: "flowed with delsp",
			in:   message("Content-Type: text/plain; format=flowed; delsp=yes", "Own the sched \nule, please.\n"),
			body: []string{"Own the schedule, please."},
		},
		{
			name: "rfc 2047 and raw utf-8 headers",
			in:   "Subject: =?utf-8?q?Caf=C3=A9?= =?utf-8?q?_plan?= for Zoë\nFrom: =?x-unknown?q?Dana?= <d@example.com>\n\nWords.\n",
			body: []string{"Words."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg, err := Parse(strings.NewReader(tt.in), 0)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("err = %v, want %v", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			for _, s := range tt.body {
				if !strings.Contains(msg.Body, s) {
					t.Errorf("body lacks %q; body %q", s, msg.Body)
				}
			}
			for _, s := range tt.notBody {
				if strings.Contains(msg.Body, s) {
					t.Errorf("body has %q; body %q", s, msg.Body)
				}
			}
			all := strings.Join(msg.Warnings, "\n")
			if len(tt.warnings) == 0 && len(msg.Warnings) > 0 {
				t.Errorf("unexpected warnings %q", msg.Warnings)
			}
			for _, w := range tt.warnings {
				if !strings.Contains(all, w) {
					t.Errorf("no warning with %q in %q", w, msg.Warnings)
				}
			}
		})
	}
}

func TestParseHeaders(t *testing.T) {
	in := "Subject: =?utf-8?q?Caf=C3=A9?= =?utf-8?q?_plan?= for Zoë\nFrom: =?x-unknown?q?Dana?= <d@example.com>\nTo: a@example.com\nTo: b@example.com\nMessage-ID:  <abc@example.com> \n\nWords.\n"
	msg, err := Parse(strings.NewReader(in), 0)
	if err != nil {
		t.Fatal(err)
	}
	if msg.Subject != "Café plan for Zoë" {
		t.Errorf("Subject = %q", msg.Subject)
	}
	if msg.From != "=?x-unknown?q?Dana?= <d@example.com>" {
		t.Errorf("From = %q, want the undecodable word as written", msg.From)
	}
	if msg.To != "a@example.com, b@example.com" {
		t.Errorf("To = %q", msg.To)
	}
	if msg.MessageID != "abc@example.com" {
		t.Errorf("MessageID = %q", msg.MessageID)
	}
}

func TestParseTooLarge(t *testing.T) {
	in := message("Subject: big", strings.Repeat("word ", 100))
	_, err := Parse(strings.NewReader(in), 100)
	var tl *TooLargeError
	if !errors.Is(err, ErrTooLarge) || !errors.As(err, &tl) || tl.Limit != 100 {
		t.Fatalf("err = %v, want a TooLargeError with limit 100", err)
	}
	if _, err := Parse(strings.NewReader(in), int64(len(in))); err != nil {
		t.Fatalf("a message of exactly the limit: %v", err)
	}
}

func TestParseReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	if _, err := Parse(failingReader{boom}, 0); !errors.Is(err, boom) {
		t.Fatalf("err = %v, want the reader's error", err)
	}
}

type failingReader struct{ err error }

func (r failingReader) Read([]byte) (int, error) { return 0, r.err }

func TestParseLimits(t *testing.T) {
	t.Run("nesting depth", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("Content-Type: multipart/mixed; boundary=b0\n\n")
		depth := MaxDepth + 5
		for i := 0; i < depth; i++ {
			fmt.Fprintf(&b, "--b%d\nContent-Type: multipart/mixed; boundary=b%d\n\n", i, i+1)
		}
		fmt.Fprintf(&b, "--b%d\n\nDeep words.\n--b%d--\n", depth, depth)
		for i := depth - 1; i >= 0; i-- {
			fmt.Fprintf(&b, "--b%d--\n", i)
		}
		_, err := Parse(strings.NewReader(b.String()), 0)
		if !errors.Is(err, ErrNoText) || !strings.Contains(err.Error(), "nested more than") {
			t.Fatalf("err = %v, want ErrNoText saying the nesting was too deep", err)
		}
	})
	t.Run("number of parts", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("Content-Type: multipart/mixed; boundary=B\n\n")
		for i := 0; i < MaxParts+50; i++ {
			fmt.Fprintf(&b, "--B\n\npart %d\n", i)
		}
		b.WriteString("--B--\n")
		msg, err := Parse(strings.NewReader(b.String()), 0)
		if err != nil {
			t.Fatal(err)
		}
		// The message itself is one of the MaxParts parts.
		last, first := fmt.Sprintf("part %d\n", MaxParts-2), fmt.Sprintf("part %d\n", MaxParts-1)
		if !strings.Contains(msg.Body, "part 0\n") || !strings.Contains(msg.Body+"\n", last) || strings.Contains(msg.Body+"\n", first) {
			t.Errorf("body does not stop at the part limit: ends %q", msg.Body[len(msg.Body)-30:])
		}
		if !strings.Contains(strings.Join(msg.Warnings, " "), "MIME parts") {
			t.Errorf("no warning about the part limit: %q", msg.Warnings)
		}
	})
}

func TestUnflow(t *testing.T) {
	tests := []struct{ in, want string }{
		{"one \ntwo\n", "one two\n"},
		{"no flow\nhere", "no flow\nhere"},
		{"> quoted \n> more\n", "> quoted more\n"},
		{"> quoted \nnot quoted\n", "> quoted \nnot quoted\n"},
		{" From stuffed\n", "From stuffed\n"},
		{"-- \nsig", "-- \nsig"},
		{"ends flowed ", "ends flowed "},
	}
	for _, tt := range tests {
		if got := unflow(tt.in, false); got != tt.want {
			t.Errorf("unflow(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHTMLConversionFailure(t *testing.T) {
	defer func(saved func(string) (string, error)) { htmlToText = saved }(htmlToText)
	htmlToText = func(string) (string, error) { return "", errors.New("tokenizer broke") }
	in := message("Content-Type: multipart/mixed; boundary=B",
		"--B\nContent-Type: text/plain\n\nPlain words.\n--B\nContent-Type: text/html\n\n<p>HTML words.</p>\n--B--\n")
	msg, err := Parse(strings.NewReader(in), 0)
	if err != nil {
		t.Fatal(err)
	}
	if msg.Body != "Plain words." {
		t.Errorf("body = %q, want only the plain part", msg.Body)
	}
	if len(msg.Warnings) != 1 || !strings.Contains(msg.Warnings[0], "MIME part 2 (text/html) could not be converted to text (tokenizer broke): skipped") {
		t.Errorf("warnings = %q", msg.Warnings)
	}
}

func TestLooksBinary(t *testing.T) {
	if looksBinary("Plain text, with a tab\tand lines\n") {
		t.Error("text taken for binary")
	}
	if !looksBinary("PK\x03\x04\x00\x00") {
		t.Error("NUL bytes not taken for binary")
	}
	if !looksBinary(string(bytes.Repeat([]byte{0x01, 0x02, 'a'}, 20))) {
		t.Error("control characters not taken for binary")
	}
}

// An HTML-only reply loses its quote marks when converted to text: the
// attribution line is what StripQuoted cuts at.
func TestHTMLReplyStripped(t *testing.T) {
	in := message("Content-Type: text/html; charset=utf-8",
		`<div dir="ltr">Go ahead and book the trainer.<div><br></div><div>Dana</div></div><br>`+
			`<div class="gmail_quote"><div class="gmail_attr">On Tue, Mar 4, 2025 at 9:12 AM Priya Raman &lt;<a href="mailto:priya@example.com">priya@example.com</a>&gt; wrote:<br></div>`+
			`<blockquote class="gmail_quote"><div>Can I book the outside trainer for March?</div></blockquote></div>`)
	msg, err := Parse(strings.NewReader(in), 0)
	if err != nil {
		t.Fatal(err)
	}
	stripped := StripQuoted(msg.Body)
	checkLinePreserving(t, msg.Body, stripped)
	if !strings.Contains(stripped, "Go ahead and book the trainer.") {
		t.Errorf("author's words removed: %q (body %q)", stripped, msg.Body)
	}
	if strings.Contains(stripped, "outside trainer") || strings.Contains(stripped, "wrote:") {
		t.Errorf("quoted reply kept: %q (body %q)", stripped, msg.Body)
	}
}
