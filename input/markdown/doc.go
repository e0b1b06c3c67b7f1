// Package markdown turns a Markdown document into the prose its author wrote,
// without moving a single byte.
//
// Mask returns a copy of the source of exactly the same length in which
// everything that is not prose (front matter, code, HTML, URLs, link
// destinations, reference definitions and the markup characters of headings,
// quotes, lists, emphasis and tables) is replaced by ASCII spaces, while every
// line ending stays where it was. Byte offsets, line numbers and byte columns
// that the engine computes on the masked text therefore point straight into
// the original file, with no offset map to maintain. A blanked multi-byte
// character becomes as many spaces as it had bytes.
//
// Why a hand-written scanner rather than a CommonMark library: an AST library
// builds a tree of nodes and renders or walks it; it decodes entities and
// escapes, drops markup, and reports source positions only for some node
// kinds (text segments, not the markup around them), so getting byte-exact
// positions back for everything it did not keep is lossy and
// version-dependent. This package only ever overwrites bytes with spaces, so
// the offset guarantee holds by construction for any input, including input
// that is not valid Markdown or not valid UTF-8.
//
// The scanner has two passes. The block pass walks the lines with a small
// state machine (front matter, fenced and indented code, HTML comment and
// script/style/pre blocks, block quotes, list items, headings, thematic
// breaks, tables, reference definitions) and collects the byte ranges that
// hold inline content: paragraphs, heading text and table cells. The inline
// pass then scans each range once for code spans, HTML, autolinks, bare URLs
// and e-mail addresses, links and images, and emphasis delimiters, and pairs
// the delimiters with a stack.
//
// It follows CommonMark and GitHub Flavored Markdown closely enough for the
// writing leadlint reads (notes, memos, README-style documents), and departs
// from them where the difference only decides whether a few markup bytes are
// blanked; the departures are listed on Mask. Work is linear in the input:
// the searches that could backtrack are bounded by the constants in mask.go.
package markdown
