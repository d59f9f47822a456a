package normalize

// A kind of engagement and a work mode joined by a comma before the post's
// noun: "This is a full-time, hybrid position", "a contract, remote role".
// Without the comma ("a full-time hybrid position") the full-time readers
// already see the noun; the comma hid it. Only a work-mode word may follow
// the comma, so a list of kinds ("full-time, part-time and contract
// roles") is not read, and a denial before or after ("not a full-time,
// remote position") keeps its meaning (fullCueDenied).

// fullModeRole is full time, a comma and a work mode before the noun; a
// pay word ("a full-time, paid position", "a full-time, salaried role")
// takes the mode's place, as it names no other kind.
var fullModeRole = newKeyRegexp(`(?i)\b(?:an?|this)\s+full[- ]?time\s*,\s+(?:fully\s+)?(?:remote|hybrid|on[- ]?site|in[- ]office|in[- ]person|office[- ]based|paid|salaried|benefited)\s+(?:[\p{L}-]+\s+){0,2}(?:role|position|job|opportunity|post)\b`, 10, 70, "full")

// contractModeRole is the same with a contract: "a contract, remote role".
var contractModeRole = newKeyRegexp(`(?i)\b(?:an?|this)\s+contract\s*,\s+(?:fully\s+)?(?:remote|hybrid|on[- ]?site|in[- ]office|in[- ]person|office[- ]based)\s+(?:[\p{L}-]+\s+){0,2}(?:role|position|job|opportunity|post)\b`, 10, 70, "contract")

// kindModeRoleBody is one of the two as a type cue, unless denied.
type kindModeRoleBody struct{ re *keyRegexp }

func (c kindModeRoleBody) MatchString(text string) bool {
	loc := c.re.FindStringIndex(text)
	return loc != nil && !fullCueDenied(text, loc[0], loc[1])
}
