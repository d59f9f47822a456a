package normalize

import (
	"html"
	"strings"
)

// noEntities reports that html.UnescapeString leaves text as it is. A
// description's text is already unescaped (Text), so an "&" left in it is
// mostly a word's ("R&D", "Q&A", "Sales & Marketing"); TextSimHash took
// its slow path (keyWords: CleanLine, ToLower, FieldsFunc, a hash.Hash a
// shingle) for every such text, though CleanLine changes nothing there.
// Unescaping once to compare costs two copies of the text, far less.
func noEntities(text string) bool {
	return strings.IndexByte(text, '&') < 0 || html.UnescapeString(text) == text
}
