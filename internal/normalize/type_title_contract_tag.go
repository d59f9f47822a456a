package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// titleContractTag is a contract term set apart at a title's end or in
// brackets: "Data Engineer (Contract)", "QA Lead [Fixed-Term]", "Analyst
// - Temporary". Written so, the term is the engagement, not the work
// ("Contract Manager" names the work and is not a tag).
var titleContractTag = regexp.MustCompile(`(?i)(?:[(\[]\s*(?:contract|contractor|temp|temporary|fixed[- ]term|freelance|c2h|contract[- ]to[- ]hire)(?:\s+(?:role|position|basis|only))?\s*[)\]]|\s[-–—|]\s*(?:contract|temporary|fixed[- ]term|freelance)(?:\s+(?:role|position))?\s*$)`)

// contractTagOverFull reports a title tagged as contract work where the
// source files the job as full time: "Data Engineer (Contract)" filed
// "Full-time". Full time then names the hours of the contract, as
// partTitleOverFull reads a part-time title over a full-time default.
func contractTagOverFull(employmentType, title string) bool {
	if !strings.ContainsAny(title, "([-–—|") || MapEmploymentType(employmentType) != model.TypeFullTime {
		return false
	}
	return titleContractTag.MatchString(title)
}
