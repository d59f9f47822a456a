package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A contract post named with "-style", "-based" or "base"/"basis" between
// the word and the post's noun (table tests in
// type_body_contract_style_test.go): "this is a contract-style
// engagement", "a contract-based role", "looking for a contract base
// developer". bodyContract reads "contract engagement" and "on a contract
// basis" with nothing between; a qualifier between the words left the
// post unread. The words must end in a post's noun or a person hired for
// one: "contract-based pricing" and "contract-based billing" name none, a
// "smart contract-based developer" writes blockchain contracts, and a
// denied post ("not a contract-based role") is no contract.
var contractStylePost = regexp.MustCompile(`(?i)\b(smart\s+)?contract[- ](?:style|based|base|basis)\s+(?:engagement|role|position|job|opportunity|assignment|employment|hire|developer|engineer|designer|consultant|resource|staff|worker)s?\b`)

// contractStyleType is a contract when text names a post as above;
// unknown otherwise.
func contractStyleType(text string) model.JobType {
	if !hasFold(text, "contract") || !hasFold(text, "style") && !hasFold(text, "base") {
		return model.TypeUnknown
	}
	for _, m := range contractStylePost.FindAllStringSubmatchIndex(text, 4) {
		if m[2] >= 0 {
			continue // "smart contract-based developer"
		}
		before := text[max(0, m[0]-12):m[0]]
		if containsAnyFold(before, []string{"not a ", "not an ", "no ", "never "}) {
			continue
		}
		return model.TypeContract
	}
	return model.TypeUnknown
}
