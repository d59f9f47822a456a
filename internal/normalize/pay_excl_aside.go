package normalize

import "regexp"

// A pay word may be followed by an aside saying what the figures leave out:
// "The base salary range, excluding equity and bonus, is $X - $Y", "Annual
// base salary range (excluding equity and bonus): $X — $Y", "pay band (not
// including benefits): ...", "The salary range for this role (this does not
// include bonus or equity): $X - $Y". badBefore saw "bonus" or "equity" right before
// the amount and dropped the range. exclAsideBefore is a pay word, then the
// aside in parentheses or between commas that starts with an excluding word,
// then at most a colon or a verb: the range is the pay itself. This reads the
// sentence frame, not a list of companies. A bare "bonus of $5,000" is still
// no pay. judge hands it the 120 bytes before the amount (twice its usual
// window), since the aside with its pay word runs longer than 60.
var exclAsideRe = regexp.MustCompile(`(?i)\b(?:salary|pay|compensation|comp|earnings|wages?)(?:\s+(?:range|band|scale))?(?:\s+for\s+(?:this|the)\s+(?:position|role|job|opening))?\s*(?:\(\s*(?:(?:this|which|it)\s+)?(?:excluding|excludes|exclusive\s+of|not\s+including|does\s+not\s+include|without)\s+[^()$€£\n]{1,60}\)|,\s*(?:excluding|exclusive\s+of|not\s+including|which\s+excludes)\s+[^,.$€£\n]{1,60},)\s*:?\s*(?:(?:is|are|will\s+be|ranges?|ranging)(?:\s+(?:from|between))?\s*:?)?\s*$`)

func exclAsideBefore(before string) bool {
	return exclAsideRe.MatchString(before)
}
