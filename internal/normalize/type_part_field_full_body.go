package normalize

// A "Part-time" type field beside a description that calls the post
// itself full-time ("This is a full-time, permanent position, 39 hours
// per week") is a board's slip: the description's own statement of the
// post wins, as a contract statement wins over a "Full Time" field
// (type_full_field_contract_body.go). Table tests in
// remote_hands_on_titles_test.go.

// selfFullSentence is the posting calling itself a full-time post.
var selfFullSentence = newKeyRegexp(`(?i)\bthis (?:is|role is|position is|job is)\s+(?:an? )?(?:permanent,?\s+(?:and\s+)?)?full[- ]time(?:,?\s+(?:and\s+)?permanent)?\s+(?:[\p{L}-]+\s+)?(?:position|role|job|post|contract)\b`,
	60, 60, "full-time", "full time")

// partFieldFullBody reports a field of part-time hours alone beside such a
// sentence (not negated).
func partFieldFullBody(employmentType, text string) bool {
	if len(employmentType) < 6 || len(employmentType) > 12 || !containsFold(text, "full") {
		return false
	}
	if f := lettersLower(employmentType); f != "parttime" && f != "intern" && f != "internship" {
		return false // an "Intern" field beside "This is a permanent, full-time graduate role" too
	}
	if f := lettersLower(employmentType); (f == "intern" || f == "internship") && !containsFold(text, "permanent") {
		return false // an intern's "full-time" summer is still an internship
	}
	for _, loc := range selfFullSentence.FindAllStringIndex(text, 4) {
		m := text[loc[0]:loc[1]]
		if !containsFold(m, " not ") && !containsFold(m, "n't ") {
			return true
		}
	}
	return false
}
