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

// remoteIsFine is remote work said to be acceptable as a whole statement:
// "Remote is ok.", "remote work is totally fine", "Remote is okay for this
// role". It offers remote work like the welcome above. The phrase must end
// the sentence (or run into "for this role/position"), so that a limit
// after it ("Remote is fine on Fridays", "remote is ok for the first
// month") is not read as fully remote work.
var remoteIsFine = regexp.MustCompile(`(?i)\bremote(?:\s+work(?:ing)?)?\s+is\s+(?:(?:totally|perfectly|also|absolutely|completely)\s+)?(?:ok|okay|fine|acceptable)(?:\s+(?:for|in)\s+(?:this|the)\s+(?:role|position|job))?\s*(?:$|[.!,;)])`)

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
	return remoteFineMode(text)
}

// remoteFineMode returns the remoteIsFine phrase, or "" when there is none
// or a refusal or compound comes right before "remote" ("no remote is
// fine", "non-remote is ok"), or a determiner that makes "remote" a device
// ("the TV remote is fine", "this remote is ok").
func remoteFineMode(text string) string {
	for _, loc := range remoteIsFine.FindAllStringIndex(text, 4) {
		if loc[0] > 0 && text[loc[0]-1] == '-' {
			continue
		}
		before := strings.Fields(strings.ToLower(text[max(0, loc[0]-12):loc[0]]))
		if len(before) > 0 {
			switch before[len(before)-1] {
			case "no", "not", "the", "a", "tv", "this", "that", "your", "my", "our", "his", "her", "their":
				continue
			}
		}
		return strings.TrimRight(text[loc[0]:loc[1]], ".!,;) ")
	}
	return ""
}
