package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A temporary post named with its length before the noun (table tests in
// type_body_temporary_length_test.go): "a temporary 4-month cover
// position", "temporary nine month contract", "temporary 10-week
// maternity leave cover post". bodyContract reads "temporary position"
// with the words side by side and bodyTemporaryFor a length after them
// ("temporary for 3 months"); a length between the words left the post
// unread. The words must end in the post's noun: "a temporary 3-month
// pause in hiring" names none, and a sentence about the reader's past
// ("you have previously held a temporary 6-month role") is skipped
// (pastContext, or one of pastBefore's words just before).
var temporaryLengthPost = regexp.MustCompile(`(?i)\btemporary,?\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]?(?:weeks?|months?)(?:[- ]long)?\s+(?:(?:maternity|paternity|parental|sick(?:ness)?|holiday)(?:\s+leave)?\s+)?(?:cover\s+)?(?:role|position|post|contract|job|assignment|placement|vacancy)\b`)

// temporaryLengthType is a contract when text names a temporary post with
// its length before the noun, outside the reader's past; unknown otherwise.
func temporaryLengthType(text string) model.JobType {
	if !hasFold(text, "temporary") {
		return model.TypeUnknown
	}
	for _, loc := range temporaryLengthPost.FindAllStringIndex(text, 4) {
		if pastContext(text, loc[0]) || containsAnyFold(text[max(0, loc[0]-40):loc[0]], pastBefore) {
			continue
		}
		return model.TypeContract
	}
	return model.TypeUnknown
}
