package normalize

import (
	"regexp"
	"strings"
)

// remoteWelcome is an open call to remote applicants in a description:
// "Remote applicants welcome", "remote candidates are very welcome to
// apply", "Remote hires welcome." Welcoming people who work remotely offers
// remote work, so the listing reads as remote when nothing else decides.
// It starts with the literal word "remote" and runs only on texts that
// contain it (bodyStatementMode).
var remoteWelcome = regexp.MustCompile(`(?i)\bremote\s+(?:candidates|applicants|applications|hires|talent|workers|team\s+members)\s+(?:are\s+|is\s+)?(?:(?:very|most|always|more\s+than|equally)\s+)?welcome(?:d)?\b`)

// remoteWelcomeMode returns the welcome phrase, or "" when there is none.
// A refusal or a compound just before the word "remote" is no welcome:
// "no remote candidates welcome", "non-remote applicants welcome".
func remoteWelcomeMode(text string) string {
	for _, loc := range remoteWelcome.FindAllStringIndex(text, 4) {
		if loc[0] > 0 && text[loc[0]-1] == '-' {
			continue
		}
		before := strings.ToLower(strings.TrimRight(text[max(0, loc[0]-8):loc[0]], " "))
		if strings.HasSuffix(before, " no") || before == "no" || strings.HasSuffix(before, "not") {
			continue
		}
		return text[loc[0]:loc[1]]
	}
	return ""
}
