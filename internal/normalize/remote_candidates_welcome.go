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
		if w := wordBeforeRemote(text, loc[0]); w != "-" && w != "no" && !strings.HasSuffix(w, "not") {
			return text[loc[0]:loc[1]]
		}
	}
	return remoteFineMode(text)
}

// remoteFineMode returns the remoteIsFine phrase, or "" when there is none
// or a refusal or compound comes right before "remote" ("no remote is
// fine", "non-remote is ok"), or a determiner that makes "remote" a device
// ("the TV remote is fine", "this remote is ok").
func remoteFineMode(text string) string {
	for _, loc := range remoteIsFine.FindAllStringIndex(text, 4) {
		switch wordBeforeRemote(text, loc[0]) {
		case "-", "no", "not", "the", "a", "tv", "this", "that", "your", "my", "our", "his", "her", "their":
			continue
		}
		return strings.TrimRight(text[loc[0]:loc[1]], ".!,;) ")
	}
	return ""
}

// wordBeforeRemote is the lower-case word right before the "remote" that
// starts at text[start:], "-" when a hyphen joins it to one ("non-remote"),
// or "" when none stands within twelve bytes.
func wordBeforeRemote(text string, start int) string {
	if start > 0 && text[start-1] == '-' {
		return "-"
	}
	f := strings.Fields(strings.ToLower(text[max(0, start-12):start]))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
