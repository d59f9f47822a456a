package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A post's header line that ends in a dash and a bare work-mode word
// (table tests in remote_header_dash_test.go): "Backend Engineer (Go) —
// remote", "Data Analyst – Hybrid", "Line Cook - on-site". Chat and forum
// posts put the title and the mode on their first line the way a title
// does; the first non-empty line of the description is read, at most 120
// bytes. A place and a slash may come before the word ("— Lyon / remote").
// The dash is an em dash, an en dash or a hyphen with a space
// before it ("Frontend-Remote" is a word); the word may be "fully remote"
// or "100% remote" and may close with "only" or a full stop. Left to
// other readers: a line that opens with the mode ("Remote — US only",
// leadRemote), a mode word with more after it ("— remote sensing", "—
// remote within the EU"), a denial ("— not remote") and any later line
// ("Skills: Go - remote" in the body).

// headerDashMode is the dash and the mode word closing a header line. A
// place may stand before the word with a slash, as a forum header offers
// the office or remote work ("Platform Engineer – Oslo / Remote"): remote
// is offered, so the word decides.
var headerDashMode = regexp.MustCompile(`(?i)\S\s*(?:—|–|\s-)\s*\(?\s*(?:\p{Lu}[\p{L}.'’ -]{0,28}?\s*/\s*)?((?:fully\s+|100\s?%\s+)?remote|hybrid|on-?site|in[- ]office|office[- ]based)(?:\s+only)?\s*\)?[.!]?[\s*_]*$`)

// headerDashNeg is a denial just before the mode word: "— not remote".
var headerDashNeg = regexp.MustCompile(`(?i)\b(?:not|no|non)[\s-]*$`)

// headerDashWorkMode (one of moreBodyModes' readers) reads the mode of a
// description's header line; unknown when it names none.
func headerDashWorkMode(text string) (model.Remote, string) {
	line := firstTextLine(text)
	if len(line) < 8 || len(line) > 120 || !strings.ContainsAny(line, "-–—") {
		return model.RemoteUnknown, ""
	}
	m := headerDashMode.FindStringSubmatchIndex(line)
	if m == nil || headerDashNeg.MatchString(line[:m[2]]) {
		return model.RemoteUnknown, ""
	}
	word := line[m[2]:m[3]]
	switch w := strings.ToLower(word); {
	case strings.HasSuffix(w, "remote"):
		return model.RemoteRemote, word
	case w == "hybrid":
		return model.RemoteHybrid, word
	}
	return model.RemoteOnsite, word
}

// firstTextLine is text's first line that holds more than spaces,
// trimmed.
func firstTextLine(text string) string {
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			return strings.TrimSpace(text)
		}
		if line := strings.TrimSpace(text[:i]); line != "" {
			return line
		}
		text = text[i+1:]
	}
	return ""
}
