package email

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"regexp"
)

// mboxBufferSize is the read buffer of an MboxReader; lines longer than it
// are handled in pieces, never held whole beyond the message they are in.
const mboxBufferSize = 64 << 10

// MboxReader reads the messages of an mbox mailbox (mboxo or mboxrd) one at
// a time, holding at most one message in memory.
//
// A message starts after a "From " separator line. The first line of the
// file must be one (after blank lines, if any); later, a line starting with
// "From " separates messages only when it follows an empty line and looks
// like a separator ("From sender date", with a time such as 09:12 in the
// date), because mboxo writers leave body lines starting with "From "
// unescaped. The empty line before a separator belongs to the mailbox
// format and is not part of the message. Lines quoted as ">From ",
// ">>From " ... lose one ">" (mboxrd unescaping).
type MboxReader struct {
	in         *bufio.Reader
	maxMessage int64
	started    bool  // the first separator line has been looked for
	pending    bool  // the separator of the next message has been read
	count      int   // messages returned or refused so far
	err        error // sticky: io.EOF, ErrNotMbox or a read error
}

// NewMboxReader returns a reader of the messages in r. A message larger
// than maxMessage bytes (DefaultMaxBytes if maxMessage <= 0) is refused by
// Next with a *TooLargeError, and the next call reads the next message.
func NewMboxReader(r io.Reader, maxMessage int64) *MboxReader {
	if maxMessage <= 0 {
		maxMessage = DefaultMaxBytes
	}
	return &MboxReader{in: bufio.NewReaderSize(r, mboxBufferSize), maxMessage: maxMessage}
}

// separatorLine is what a "From " line must look like to separate messages
// after the first: "From " then the sender and a date with a time.
var separatorLine = regexp.MustCompile(`^From \S+ .*\d:\d\d`)

// Next returns the next message, without its separator line. It returns
// io.EOF after the last message; ErrNotMbox when the file does not start
// with a "From " line; a *TooLargeError (errors.Is ErrTooLarge) for a
// message larger than the limit, whose bytes are skipped so that the next
// call returns the message after it; or the underlying reader's error.
func (m *MboxReader) Next() ([]byte, error) {
	if m.err != nil {
		return nil, m.err
	}
	if !m.started {
		m.started = true
		if err := m.readFirstSeparator(); err != nil {
			m.err = err
			return nil, err
		}
	}
	if !m.pending {
		m.err = io.EOF
		return nil, io.EOF
	}
	m.pending = false
	m.count++

	var (
		msg       []byte
		size      int64
		tooLarge  bool
		blank     []byte // an empty line held back: it may precede a separator
		lineStart = true // the next piece read starts a line
	)
	add := func(b []byte) {
		size += int64(len(b))
		if size > m.maxMessage {
			tooLarge = true
			msg = nil // let the oversized message go; only count from here
			return
		}
		msg = append(msg, b...)
	}
	for {
		piece, err := m.in.ReadSlice('\n')
		if err != nil && err != bufio.ErrBufferFull && err != io.EOF {
			m.err = err
			return nil, err
		}
		if len(piece) > 0 {
			starts := lineStart
			complete := err == nil // the piece ends its line
			lineStart = complete
			switch {
			case !starts:
				add(piece)
			case complete && isEmptyLine(piece):
				if blank != nil {
					add(blank)
				}
				blank = append(blank[:0], piece...)
			case blank != nil && complete && separatorLine.Match(piece):
				m.pending = true
				return m.finish(msg, tooLarge)
			default:
				if blank != nil {
					add(blank)
					blank = nil
				}
				if isEscapedFrom(piece) {
					piece = piece[1:]
				}
				add(piece)
			}
		}
		if err == io.EOF {
			// A trailing empty line is the mailbox's, like the one before a
			// separator.
			return m.finish(msg, tooLarge)
		}
	}
}

func (m *MboxReader) finish(msg []byte, tooLarge bool) ([]byte, error) {
	if tooLarge {
		return nil, &TooLargeError{Limit: m.maxMessage, Message: m.count}
	}
	if msg == nil {
		msg = []byte{}
	}
	return msg, nil
}

// readFirstSeparator reads the file's first "From " line, after any empty
// lines and a UTF-8 byte-order mark.
func (m *MboxReader) readFirstSeparator() error {
	if bom, err := m.in.Peek(3); err == nil && bytes.Equal(bom, []byte("\xEF\xBB\xBF")) {
		m.in.Discard(3)
	}
	for {
		peek, err := m.in.Peek(5)
		if len(peek) == 0 && err != nil {
			if err == io.EOF {
				return io.EOF // an empty file: no messages
			}
			return err
		}
		if bytes.HasPrefix(peek, []byte("From ")) {
			if err := m.skipLine(); err != nil && err != io.EOF {
				return err
			}
			m.pending = true
			return nil
		}
		if peek[0] != '\n' && !bytes.HasPrefix(peek, []byte("\r\n")) {
			return ErrNotMbox
		}
		if err := m.skipLine(); err != nil {
			if err == io.EOF {
				return io.EOF
			}
			return err
		}
	}
}

// skipLine reads past the end of the current line, however long it is.
func (m *MboxReader) skipLine() error {
	for {
		_, err := m.in.ReadSlice('\n')
		if !errors.Is(err, bufio.ErrBufferFull) {
			return err
		}
	}
}

func isEmptyLine(line []byte) bool {
	return len(line) == 1 || len(line) == 2 && line[0] == '\r'
}

// isEscapedFrom reports whether a line is ">From ", ">>From " ... which
// mboxrd writers make of body lines starting with "From ".
func isEscapedFrom(line []byte) bool {
	i := 0
	for i < len(line) && line[i] == '>' {
		i++
	}
	return i > 0 && bytes.HasPrefix(line[i:], []byte("From "))
}
