package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/leadlint/leadlint/input/docx"
	"github.com/leadlint/leadlint/input/email"
	"github.com/leadlint/leadlint/input/htmltext"
	"github.com/leadlint/leadlint/input/markdown"
	"github.com/leadlint/leadlint/input/transcript"
)

// Options control reading.
type Options struct {
	// MaxBytes limits one document: a file, or one message of a mailbox.
	MaxBytes int64
	// KeepQuoted keeps quoted replies, forwarded messages, signatures and
	// disclaimers in emails; by default only the author's own words remain.
	KeepQuoted bool
	// BySpeaker makes each speaker of a transcript a document of their own.
	BySpeaker bool
}

// Turn attributes a stretch of a document's text to a speaker: byte offsets.
type Turn struct {
	Speaker    string
	Start, End int
}

// Document is one text to analyse.
type Document struct {
	// Path names the document: the file, "mail.mbox#3" for the third message
	// of a mailbox, "standup.vtt#Dana" for one speaker with BySpeaker.
	Path   string
	Format Format
	// Text is the author's words. For text, Markdown and transcripts it has
	// the same length and line breaks as the file, so positions in it are
	// positions in the file; for the other formats positions refer to the
	// extracted text (an email's decoded body, a document's paragraphs).
	Text     string
	Metadata map[string]string
	Turns    []Turn
	Warnings []string
	// LineBlocks: every line of Text is a paragraph (Word documents).
	LineBlocks bool
	// Err is set when this document, one of several in a source (a message
	// of a mailbox), could not be read; the others still are.
	Err error
}

// Read reads one source and calls emit for each document in it: one, or one
// per message of a mailbox, or one per speaker of a transcript with
// BySpeaker. Mailboxes are read as a stream, one message in memory at a
// time. It returns an *Error when the source as a whole cannot be read, and
// the first error emit returns.
func Read(src Source, stdin io.Reader, opts Options, emit func(Document) error) error {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = MaxBytes
	}
	fail := func(err error) error { return &Error{Path: src.Path, Err: err} }
	var r io.Reader
	if src.Path == StdinPath {
		r = stdin
	} else {
		f, err := os.Open(src.Path)
		if err != nil {
			return fail(osError(err))
		}
		defer f.Close()
		info, err := f.Stat()
		switch {
		case err != nil:
			return fail(osError(err))
		case info.IsDir():
			return fail(ErrIsDirectory)
		case info.Mode().IsRegular() && info.Size() > opts.MaxBytes && src.Format != FormatMailbox:
			return fail(tooLarge(opts.MaxBytes)) // without reading a byte of it
		}
		r = f
	}
	if src.Format == FormatMailbox {
		return readMailbox(src, r, opts, emit)
	}
	data, err := io.ReadAll(io.LimitReader(r, opts.MaxBytes+1))
	if err != nil {
		return fail(osError(err))
	}
	if int64(len(data)) > opts.MaxBytes {
		return fail(tooLarge(opts.MaxBytes))
	}
	doc, err := Extract(src, data, opts)
	if err != nil {
		return fail(err)
	}
	if opts.BySpeaker && len(doc.Turns) > 0 {
		for _, d := range splitBySpeaker(doc) {
			if err := emit(d); err != nil {
				return err
			}
		}
		return nil
	}
	return emit(doc)
}

func tooLarge(limit int64) error {
	return &wrapped{msg: fmt.Sprintf("larger than the %d-byte limit (--max-bytes)", limit), err: ErrTooLarge}
}

// Extract turns one file's bytes into a document according to its format,
// confirming the format by content.
func Extract(src Source, data []byte, opts Options) (Document, error) {
	doc := Document{Path: src.Path, Format: src.Format}
	if src.Format == FormatDocx {
		text, err := docx.Extract(bytes.NewReader(data), int64(len(data)), opts.MaxBytes)
		if err != nil {
			return doc, formatError(err)
		}
		doc.Text = text
		doc.LineBlocks = true
		return doc, nil
	}
	if src.Format == FormatEmail {
		return emailDocument(doc, data, opts)
	}
	text, warnings, err := decodeText(data)
	if err != nil {
		return doc, err
	}
	doc.Warnings = warnings
	switch src.Format {
	case FormatMarkdown:
		doc.Text = markdown.Mask(text)
	case FormatHTML:
		if !strings.Contains(text, "<") {
			doc.Text = text // no markup at all: read it as the text it is
			doc.Warnings = append(doc.Warnings, "no HTML markup found: read as plain text")
			break
		}
		out, err := htmltext.Extract(text)
		if err != nil {
			return doc, formatError(err)
		}
		doc.Text = out
	case FormatWebVTT, FormatSubRip:
		parse := transcript.ParseVTT
		if src.Format == FormatSubRip {
			parse = transcript.ParseSRT
		}
		t, err := parse(text)
		if err != nil {
			// Not a transcript after all: read the words as text.
			doc.Text = text
			doc.Warnings = append(doc.Warnings, err.Error()+": read as plain text")
			break
		}
		doc.Text = t.Text
		doc.Warnings = append(doc.Warnings, t.Warnings...)
		for _, turn := range t.Turns {
			doc.Turns = append(doc.Turns, Turn{Speaker: turn.Speaker, Start: turn.Start, End: turn.End})
		}
	default:
		doc.Text = text
	}
	return doc, nil
}

// formatError keeps a format parser's message and marks it ErrFormat unless
// it is one of ours already.
func formatError(err error) error {
	for _, known := range []error{ErrTooLarge, ErrNoText, ErrBinary} {
		if errors.Is(err, known) {
			return err
		}
	}
	if errors.Is(err, docx.ErrZipBomb) || errors.Is(err, docx.ErrTooMuchText) {
		return &wrapped{msg: err.Error(), err: ErrTooLarge}
	}
	return &wrapped{msg: err.Error(), err: ErrFormat}
}

func emailDocument(doc Document, data []byte, opts Options) (Document, error) {
	msg, err := email.Parse(bytes.NewReader(data), opts.MaxBytes)
	switch {
	case errors.Is(err, email.ErrNoText):
		return doc, &wrapped{msg: err.Error(), err: ErrNoText}
	case errors.Is(err, email.ErrTooLarge):
		return doc, tooLarge(opts.MaxBytes)
	case err != nil:
		return doc, formatError(err)
	}
	doc.Text = msg.Body
	if !opts.KeepQuoted {
		doc.Text = email.StripQuoted(msg.Body)
	}
	doc.Warnings = append(doc.Warnings, msg.Warnings...)
	doc.Metadata = map[string]string{}
	for k, v := range map[string]string{"from": msg.From, "to": msg.To, "cc": msg.Cc, "date": msg.Date, "subject": msg.Subject, "message_id": msg.MessageID} {
		if v != "" {
			doc.Metadata[k] = v
		}
	}
	return doc, nil
}

// readMailbox streams a mailbox: each message is read, parsed and emitted
// before the next is read.
func readMailbox(src Source, r io.Reader, opts Options, emit func(Document) error) error {
	mr := email.NewMboxReader(r, opts.MaxBytes)
	for n := 1; ; n++ {
		raw, err := mr.Next()
		if err == io.EOF {
			return nil
		}
		path := fmt.Sprintf("%s#%d", src.Path, n)
		doc := Document{Path: path, Format: FormatEmail}
		switch {
		case errors.Is(err, email.ErrNotMbox):
			return &Error{Path: src.Path, Err: &wrapped{msg: err.Error(), err: ErrFormat}}
		case errors.Is(err, email.ErrTooLarge):
			doc.Err = &Error{Path: path, Err: tooLarge(opts.MaxBytes)}
		case err != nil:
			return &Error{Path: src.Path, Err: osError(err)}
		default:
			doc, err = emailDocument(doc, raw, opts)
			if err != nil {
				doc.Err = &Error{Path: path, Err: err}
			}
		}
		if err := emit(doc); err != nil {
			return err
		}
	}
}

// splitBySpeaker makes one document per speaker, in order of first turn:
// the other speakers' words are blanked (spaces, line breaks kept), so
// positions still point into the file.
func splitBySpeaker(doc Document) []Document {
	var order []string
	seen := map[string]bool{}
	for _, t := range doc.Turns {
		if !seen[t.Speaker] {
			seen[t.Speaker] = true
			order = append(order, t.Speaker)
		}
	}
	var out []Document
	for _, speaker := range order {
		buf := []byte(doc.Text)
		keep := make([]bool, len(buf))
		var turns []Turn
		for _, t := range doc.Turns {
			if t.Speaker == speaker {
				turns = append(turns, t)
				for i := t.Start; i < t.End && i < len(keep); i++ {
					keep[i] = true
				}
			}
		}
		for i, b := range buf {
			if !keep[i] && b != '\n' && b != '\r' {
				buf[i] = ' '
			}
		}
		name := speaker
		if name == "" {
			name = "unknown speaker"
		}
		d := doc
		d.Path = doc.Path + "#" + name
		d.Text = string(buf)
		d.Turns = turns
		d.Metadata = map[string]string{"speaker": name}
		out = append(out, d)
	}
	return out
}
