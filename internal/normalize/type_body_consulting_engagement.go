package normalize

import "regexp"

// bodyConsultingEngagement is a description that names the post itself a
// consulting engagement: a line or sentence that opens with it ("Consulting
// engagement, remote", "This is a 3-month consulting engagement.") and ends
// there or at a comma or bracket. Consulting firms' own hires lead
// "consulting engagements" (plural) or "each consulting engagement", and
// "consulting engagement manager" is a role; none of these is read.
var bodyConsultingEngagement = regexp.MustCompile(`(?im)(?:^|[.!?]\s+)[ \t]*(?:(?:this|it)\s+is\s+an?\s+|an?\s+)?(?:(?:\d{1,2}|three|six|nine|twelve)[- ]months?[- ]|short[- ]term\s+|paid\s+|remote\s+)?consulting\s+engagement\b(?:[ \t]*[,.;:(–—-]|[ \t]*$)`)

// consultingEngagementBody is the description cue for bodyConsultingEngagement.
type consultingEngagementBody struct{}

func (consultingEngagementBody) MatchString(text string) bool {
	return hasFold(text, "consulting engagement") && bodyConsultingEngagement.MatchString(text)
}
