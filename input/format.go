package input

import (
	"path/filepath"
	"strings"
)

// Format is an input file format.
type Format string

// The formats leadlint reads, chosen by extension and confirmed by content.
const (
	FormatText       Format = "text"
	FormatMarkdown   Format = "markdown"
	FormatHTML       Format = "html"
	FormatEmail      Format = "email"
	FormatMailbox    Format = "mbox"
	FormatDocx       Format = "docx"
	FormatWebVTT     Format = "vtt"
	FormatSubRip     Format = "srt"
	FormatUnknownExt Format = ""
)

// extensions maps file extensions to formats; a directory walk picks up
// exactly these.
var extensions = map[string]Format{
	".txt": FormatText, ".text": FormatText,
	".md": FormatMarkdown, ".markdown": FormatMarkdown,
	".html": FormatHTML, ".htm": FormatHTML,
	".eml":  FormatEmail,
	".mbox": FormatMailbox,
	".docx": FormatDocx,
	".vtt":  FormatWebVTT,
	".srt":  FormatSubRip,
}

// Extensions lists the extensions a directory walk picks up, sorted.
func Extensions() []string {
	var out []string
	for e := range extensions {
		out = append(out, e)
	}
	sortStrings(out)
	return out
}

// FormatOf returns the format of a path by its extension.
func FormatOf(path string) (Format, bool) {
	f, ok := extensions[strings.ToLower(filepath.Ext(path))]
	return f, ok
}
