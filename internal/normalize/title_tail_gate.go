package normalize

import "strings"

// spaceBeforeSep reports whether t holds white space (\s: tab, newline,
// form feed, carriage return, space) right before "-", "–", "—", "|" or
// ",": every titleTail match starts with such a pair (`\s+[-–—|,]`), and
// titles with a separator mostly have none before a comma ("Engineer,
// EMEA"). The reference run always looks.
func spaceBeforeSep(t string) bool {
	if reference {
		return true
	}
	for i := 1; i < len(t); i++ {
		switch c := t[i-1]; c {
		case ' ', '\t', '\n', '\f', '\r':
			if s := t[i:]; s[0] == '-' || s[0] == '|' || s[0] == ',' || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "—") {
				return true
			}
		}
	}
	return false
}
