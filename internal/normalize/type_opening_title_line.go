package normalize

import "strings"

// A posting with no title whose description opens with one (table tests in
// type_opening_title_line_test.go): "Backend Internship at Startup ABC",
// "Operations Intern - Spring 2027", "Remote Part Time Tutor Wanted -
// flexible hours". When the title is empty and the text's first line is
// shaped as a title (short, every word capitalised but for a few joining
// words), ParseType reads that line as the title. A first line that is a
// sentence ("Previous internship experience is required.", "Our full-time
// team will mentor you") has lower-case words and is not taken; a line that
// is a title up to a spaced dash gives its head ("Remote Part Time Tutor
// Wanted").

// openingTitleJoins are the lower-case words a title may hold.
var openingTitleJoins = []string{"at", "for", "in", "with", "of", "and", "the", "a", "an", "to", "on", "or", "&", "+"}

// openingTitleLine is the first line of text when it is shaped as a title
// (or its head up to a spaced dash), else "".
func openingTitleLine(text string) string {
	line := strings.TrimLeft(text, " \t\r\n")
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 90 {
		return ""
	}
	if titleShaped(line) {
		return line
	}
	for _, d := range []string{" - ", " – ", " — ", " | "} {
		if i := strings.Index(line, d); i > 0 {
			if h := strings.TrimSpace(line[:i]); titleShaped(h) {
				return h
			}
			return ""
		}
	}
	return ""
}

// titleShaped reports a line of two to twelve words, each capitalised, a
// number, a bracketed tag or one of openingTitleJoins, that does not end a
// sentence.
func titleShaped(s string) bool {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 12 {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, "()[],:;-–—|/")
		if w == "" {
			continue
		}
		c := w[0]
		if c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '$' {
			continue
		}
		if c >= 0x80 { // a word in another script: not ours to judge
			return false
		}
		ok := false
		for _, j := range openingTitleJoins {
			if w == j {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
