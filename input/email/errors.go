package email

import (
	"errors"
	"fmt"
)

// Sentinel errors. Callers test for them with errors.Is; the errors returned
// may wrap them with more detail.
var (
	// ErrTooLarge: a message is larger than the size limit the caller set.
	// The error returned is a *TooLargeError.
	ErrTooLarge = errors.New("message larger than the size limit")
	// ErrNoText: a message has no readable text at all: only attachments,
	// or text parts that could not be decoded.
	ErrNoText = errors.New("no readable text in the message")
	// ErrNotMbox: a mailbox file does not start with a "From " line, so it
	// is not in mbox format.
	ErrNotMbox = errors.New(`not an mbox mailbox: the first line does not start with "From "`)
)

// TooLargeError says that a message is larger than the size limit. It
// matches ErrTooLarge with errors.Is.
type TooLargeError struct {
	// Limit is the size limit in bytes.
	Limit int64
	// Message is the 1-based number of the message in its mailbox, or 0
	// when the message was not read from a mailbox.
	Message int
}

func (e *TooLargeError) Error() string {
	if e.Message > 0 {
		return fmt.Sprintf("message %d of the mailbox is larger than the %d-byte limit", e.Message, e.Limit)
	}
	return fmt.Sprintf("message larger than the %d-byte limit", e.Limit)
}

// Unwrap makes errors.Is(err, ErrTooLarge) true.
func (e *TooLargeError) Unwrap() error { return ErrTooLarge }
