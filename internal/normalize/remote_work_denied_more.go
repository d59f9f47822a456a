package normalize

import "regexp"

// More ways English says remote work is ruled out for the job:
// "Remote work is prohibited.", "Remote work is not currently
// available.", "Remote work will not be available.", "Remote work won't
// be available.", "Remote work would not be permitted.", "Candidates
// cannot work remotely." (or "from home"), "Working remotely is not an option.", "Remote
// work requests cannot be accommodated." strongOnsite reads "remote work is not
// available" and refusedRemote an employer who cannot accommodate it;
// these put the ban in the future or conditional, add "currently", use a
// ban word, or deny the worker the verb. refusedRemoteSaid
// (remote_onsite_shapes.go) returns them.
//
// Not a ban: "Remote work is not only possible but encouraged" (no ban
// word follows "not"), "you can work remotely" (no negation), "you
// cannot work remotely more than two days a week" (a cap on remote days:
// remoteDaysCap leaves it, it is hybrid).
var remoteWorkDeniedMore = newKeyRegexp(`(?i)\b(?:(?:remote|home)\s+work(?:ing)?(?:\s+(?:arrangements?|options?))?|work(?:ing)?\s+from\s+home|work(?:ing)?\s+remotely|telework(?:ing)?|telecommuting)\s+(?:is|are|will\s+be|would\s+be|shall\s+be)\s+(?:(?:currently|presently|strictly|generally)\s+)?(?:prohibited|forbidden|not\s+(?:be\s+)?(?:currently\s+|presently\s+)?(?:available|permitted|allowed|possible|offered|supported|an\s+option))\b|`+
	`\b(?:remote|home)\s+work(?:ing)?\s+(?:will\s+not|won['’]t|would\s+not|wouldn['’]t|shall\s+not)\s+be\s+(?:available|permitted|allowed|possible|offered|supported|an\s+option)\b|`+
	`\b(?:remote|home)\s+work(?:ing)?(?:\s+(?:arrangements?|requests?))?\s+(?:cannot|can['’]t|can\s+not|will\s+not|won['’]t|could\s+not|couldn['’]t)\s+be\s+(?:accommodated|supported|offered|considered|granted|approved)\b|`+
	`\b(?:cannot|can['’]t|can\s+not|may\s+not|will\s+not|won['’]t|are\s+not\s+(?:able|allowed|permitted)\s+to|is\s+not\s+(?:able|allowed|permitted)\s+to|not\s+be\s+(?:able|allowed|permitted)\s+to)\s+work\s+(?:remotely|from\s+home)\b`,
	40, 60, "remote work", "home work", "work remotely", "working remotely", "from home", "telework", "telecommuting")

// remoteDaysCap is a limit on remote days or places after "cannot work
// remotely": "for more than two days a week", "from the UK or Ireland,
// only the US", "while abroad", "in Canada": the job has remote work
// with a bound, no ban. "in this role" (remoteBanIn) is a ban.
var (
	remoteDaysCap = regexp.MustCompile(`(?i)^\s*(?:for\s+)?(?:more\s+than|over|beyond|except|outside|from|while|unless|if|abroad|internationally|overseas|in)\b`)
	remoteBanIn   = regexp.MustCompile(`(?i)^\s*in\s+(?:this|the|our|that)\s+(?:role|position|job|post|team|department|company|opening|capacity)\b`)
)

// remoteWorkDenied returns such a ban, or "".
func remoteWorkDenied(text string) string {
	for _, loc := range remoteWorkDeniedMore.FindAllStringIndex(text, 4) {
		after := text[loc[1]:min(len(text), loc[1]+40)]
		if remoteDaysCap.MatchString(after) && !remoteBanIn.MatchString(after) {
			continue
		}
		return text[loc[0]:loc[1]]
	}
	return ""
}

// notOnlyAfter is a negation that is no denial: "not only possible but
// encouraged", "nicht nur möglich", "non solo possibile".
var notOnlyAfter = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:not|nicht|non|niet|no|não|inte|ikke|nie|pas)\s+(?:only|just|merely|nur|solo|seulement|alleen|só|apenas|bara|kun|tylko)(?:[^\p{L}]|$)`)

// modeDeniedStrict is modeDenialAfterStrict (remote_words_world.go) less
// a "not only".
func modeDeniedStrict(after string) bool {
	return modeDenialAfterStrict.MatchString(after) && !notOnlyAfter.MatchString(after)
}
