package normalize

import (
	"regexp"
	"unicode"
	"unicode/utf8"
)

// A description may open with the place and its mode in brackets and go on
// after a comma with the rest of the clause: "Charlotte NC (Hybrid), via a
// recruiter.", "Leeds (Hybrid), reporting to the CFO." hybridNote reads the
// note only when it closes the sentence, so that a note inside a sentence
// ("Bandung (Hybrid) or Jakarta") is left to the other readers. The comma
// case is read only when the note follows a short opening place (one to
// four capitalised words or codes) and the word after the comma starts in
// lower case: another place after the comma ("Bandung (Hybrid), Jakarta
// (Remote)") is a list of offices and is left alone.
var hybridNoteComma = regexp.MustCompile(`^\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s*(\(\s*(?i:hybrid)\s*\)),\s*(\S)`)

// hybridNoteCommaAt is the bracketed hybrid note of such an opening clause;
// nil when there is none. Only text holding "hybrid" near its start runs the
// regexp.
func hybridNoteCommaAt(text string) []int {
	if len(text) < 10 || !hasFold(text[:min(len(text), 80)], "hybrid") {
		return nil
	}
	m := hybridNoteComma.FindStringSubmatchIndex(text)
	if m == nil || m[3]-m[2] > 40 {
		return nil
	}
	r, _ := utf8.DecodeRuneInString(text[m[6]:])
	if !unicode.IsLower(r) && !unicode.IsDigit(r) {
		return nil
	}
	return m[4:6]
}
