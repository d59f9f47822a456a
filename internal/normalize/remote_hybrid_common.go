package normalize

import "regexp"

// A hybrid cue that only says hybrid work is common in the company's teams
// ("Hybrid working is widespread among our departments") describes the
// employer, not this role: the body's hybrid cue skips it. A statement that
// the role itself is hybrid, or that hybrid work is required, still counts.

// hybridCommonAfter follows a hybrid cue that is a remark about many teams
// or roles: "is usual throughout our offices", "are popular among the
// company's departments".
var hybridCommonAfter = regexp.MustCompile(`(?i)^s?\s+(?:is|are)\s+(?:very\s+|quite\s+|fairly\s+)?(?:common|widespread|popular|usual)\s+(?:across|among|in|throughout)\s+(?:(?:all|many|most)\s+(?:of\s+)?)?(?:our|the)\s+(?:company'?s?\s+)?(?:teams|roles|departments|offices|organi[sz]ation|company|business)\b`)

// hybridCommonAt reports that the hybrid cue ending at end is such a remark.
func hybridCommonAt(text string, end int) bool {
	return hybridCommonAfter.MatchString(text[end:min(len(text), end+80)])
}
