// Package docx extracts the text of a Word document (.docx, Office Open XML)
// for leadlint's engine: the body's paragraphs in document order, then the
// headers, footers, footnotes and endnotes.
//
// It uses only the standard library: archive/zip to open the package and a
// streaming encoding/xml Decoder over each decompressed part, so memory
// grows with the document's text (and its longest run of character data),
// not with the size of its markup.
//
// A .docx comes from wherever the user got it, so every limit is explicit
// (see the constants): the number of zip entries inspected, the bytes
// decompressed across all parts (a zip bomb fails fast with ErrZipBomb:
// before decompressing if the archive declares too large a size, else as
// soon as the bytes actually read overdraw the budget, so a lying header
// does not help), the depth of XML nesting, and the text returned. Every
// error wraps one of the sentinel errors below (except an I/O error from
// the io.ReaderAt, which is wrapped as is), usually inside a *PartError
// naming the part, so callers use errors.Is and errors.As.
//
// Layout of the text:
//
//   - each paragraph (<w:p>) is one line; an empty paragraph is an empty
//     line; spaces at the ends of lines, and empty lines at the start and
//     end of a part, are trimmed;
//   - <w:tab/> is a tab; <w:br/> and <w:cr/> start a new line;
//     <w:noBreakHyphen/> is "-"; a soft hyphen is nothing;
//   - a table row is one line, its cells joined by " | " (empty cells are
//     left out), and the paragraphs of one cell joined by a space; a table
//     nested in a cell is flattened into that cell the same way;
//   - tracked changes read as accepted: deleted text (<w:del>, <w:delText>)
//     and text moved away (<w:moveFrom>) are skipped, inserted and moved-to
//     text is kept;
//   - field instructions (<w:instrText>) are skipped and field results kept;
//     the fallback copy of alternate content (<mc:Fallback>) is skipped so
//     that text boxes are not read twice;
//   - the parts (body, then the headers and the footers, each in natural
//     name order so header2 comes before header10, then footnotes and
//     endnotes) are separated by one blank line; a part with
//     no text adds nothing.
package docx
