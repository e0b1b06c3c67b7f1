package email

import "github.com/leadlint/leadlint/input/htmltext"

// htmlToText turns an HTML part into text. It is a variable so that tests
// can replace it.
var htmlToText = htmltext.Extract
