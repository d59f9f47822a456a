package normalize

import "regexp"

// A "Part-time" type field beside a description that calls the post
// itself full-time ("This is a full-time, permanent position, 39 hours
// per week") is a board's slip: the description's own statement of the
// post wins, as a contract statement wins over a "Full Time" field
// (type_full_field_contract_body.go). Table tests in
// remote_hands_on_titles_test.go.

// selfFullSentence is the posting calling itself a full-time post.
var selfFullSentence = regexp.MustCompile(`(?i)\bthis (?:is|role is|position is|job is)\s+(?:an? )?(?:permanent,?\s+(?:and\s+)?)?full[- ]time(?:,?\s+(?:and\s+)?permanent)?\s+(?:position|role|job|post|contract)\b`)

// partFieldFullBody reports a field of part-time hours alone beside such a
// sentence (not negated).
func partFieldFullBody(employmentType, text string) bool {
	if len(employmentType) < 8 || len(employmentType) > 12 || lettersLower(employmentType) != "parttime" || !containsFold(text, "full") {
		return false
	}
	for _, m := range selfFullSentence.FindAllString(text, 4) {
		if !containsFold(m, " not ") && !containsFold(m, "n't ") {
			return true
		}
	}
	return false
}
