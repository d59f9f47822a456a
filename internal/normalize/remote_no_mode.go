package normalize

import (
	"regexp"
	"strings"
)

// A bare "no" right before a work-mode word refuses that mode: "No work
// from home", "NO Hybrid model", "no WFH". The hybrid cue and the remote
// cues of the body skip a refused match, and a refused home or remote
// working reads on-site ("No work from home. Location: Leeds.").

// noBefore is "no" closing the text before a work-mode word.
var noBefore = regexp.MustCompile(`(?i)\bno[\s-]+$`)

// refusedByNo reports a "no" just before text[at:].
func refusedByNo(text string, at int) bool {
	return noBefore.MatchString(text[max(0, at-6):at])
}

// noHomeWorking is a refused home or remote working. A perk or a skill
// after it ("no WFH allowance", "no remote work experience needed") is no
// statement about the job's place of work, so it is not matched.
var noHomeWorking = regexp.MustCompile(`(?i)\bno[\s-]+(?:work(?:ing)?[- ]from[- ]home|wfh|remote[- ]work(?:ing)?|home[- ]?office|telework(?:ing)?)\b(?:[\s-]*(?:option|possible|available|allowed|policy|model))?(?:\s+(\p{L}+))?`)

// refusedHomeWorking is the first refused home or remote working in text;
// "" when there is none.
func refusedHomeWorking(text string) string {
	if !hasFold(text, "no") {
		return ""
	}
	for _, m := range noHomeWorking.FindAllStringSubmatch(text, -1) {
		switch strings.ToLower(m[1]) {
		case "stipend", "allowance", "budget", "equipment", "setup", "cost", "costs", "expenses", "experience", "required", "needed", "necessary":
			continue
		}
		return strings.TrimSpace(strings.TrimSuffix(m[0], m[1]))
	}
	return ""
}
