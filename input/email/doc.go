// Package email reads email so that leadlint analyses what the author of a
// message wrote, and nothing else.
//
// It has three parts:
//
//   - Parse reads one RFC 5322 / MIME message (an .eml file, or one message
//     of a mailbox) and returns its headers and its body as plain UTF-8
//     text: encoded words in headers and quoted-printable, base64 and
//     declared charsets in the body are decoded, text/plain is preferred in
//     multipart/alternative (else the HTML part is converted to text by
//     package htmltext), the
//     text parts of multipart/mixed are read in order and attachments are
//     skipped. Messages that break the MIME rules are not refused: their raw
//     body is read instead, with a warning.
//
//   - StripQuoted removes from a decoded body what is not the author's own
//     words: quoted replies, reply and forward headers of the common mail
//     clients, signatures, sign-off blocks and legal disclaimers. Removed
//     lines are replaced by empty lines, never deleted, and the lines kept
//     are byte-for-byte what they were, so a line number reported on the
//     stripped body is the same line of the decoded body.
//
//   - MboxReader streams a mailbox (mboxo or mboxrd) one message at a time,
//     so that a mailbox of any size is read with one message in memory.
//
// Every limit that protects against hostile input (message size, MIME
// nesting depth, number of MIME parts) is a documented constant or an
// argument, and no input makes the package panic.
package email
