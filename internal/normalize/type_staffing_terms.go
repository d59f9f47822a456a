package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Contract wording of staffing agencies and UK job boards that the other
// cues miss (table tests in type_staffing_terms_test.go).

// titleFTC is a UK fixed-term contract noted in a title: "Finance Analyst
// (FTC)", "HR Advisor - 12 month FTC", "Payroll Officer FTC", "FTC - 9
// months". Only the capitals are read, and only as a note (alone in
// brackets, after a dash or bar, after a length, or ending the title): in
// US titles FTC is the Federal Trade Commission ("FTC Compliance Counsel",
// "Associate (FTC and DOJ matters)").
var titleFTC = regexp.MustCompile(`[(\[]\s*(?:\d{1,2}\s*[- ]?(?:[Mm]onths?|[Mm]ths?)\s+)?FTC\s*(?:[-–,]\s*\d{1,2}\s*[- ]?(?:[Mm]onths?|[Mm]ths?)\s*)?[)\]]|\b\d{1,2}\s*[- ]?(?:[Mm]onths?|[Mm]ths?)\s+FTC\b|[-–—|]\s*FTC\s*(?:$|[-–—|(]|\d)|\sFTC\s*$|^FTC\s*[-–—|:]`)

// titleFTCType is contract for a title noting a fixed-term contract;
// unknown otherwise.
func titleFTCType(title string) model.JobType {
	if strings.Contains(title, "FTC") && titleFTC.MatchString(title) {
		return model.TypeContract
	}
	return model.TypeUnknown
}

// bodyMonthsPlus is an open-ended contract length: "12+ months contract",
// "a 6 month+ assignment"; bodyAssignmentLength a labeled length:
// "Assignment length: 3 months", "Project duration: 6+ months".
var (
	bodyMonthsPlus = newKeyRegexp(`(?i)\b\d{1,2}\s*\+\s*[- ]?(?:months?|mos?)\s+(?:contract|assignment|engagement|project)\b|`+
		`\b\d{1,2}\s*[- ]?months?\s*\+\s*(?:contract|assignment|engagement)\b`, 40, 40, "month")
	bodyAssignmentLength = newKeyRegexp(`(?i)\b(?:assignment|project|engagement)\s+(?:length|duration)\s*:\s*\d{1,2}\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:weeks?|months?)\b`, 24, 30,
		"assignment length", "assignment duration", "project length", "project duration", "engagement length", "engagement duration")
)

// body1099More is work paid on the US contractor tax form in wordings
// body1099 (type_title_contract.go) leaves: "1099 candidates welcome",
// "paid on 1099", "as a 1099 contractor", "1099 or C2C". The form alone
// ("prepare 1099s", "1099 reporting") is an accountant's task, not a
// contract.
var body1099More = newKeyRegexp(`(?i)\b1099\s+(?:candidates?|hourly|rate|consultants?|workers?|employment)\b|`+
	`\b(?:on|via|as|through|under)\s+(?:an?\s+)?1099\b(?:\s*(?:basis|contract|contractor|hourly))?|\b1099\s*(?:/|or)\s*c2c\b`, 24, 32, "1099")

// bodyC2H is contract-to-hire written short in a description: "CTH
// opportunity available", "C2H role", "Type: C2H". Capitals only.
var bodyC2H = newKeyRegexp(`\b(?:CTH|C2H)\s+(?i:opportunity|role|position|job|assignment|contract|basis|only)\b|(?i:type|duration|terms?)\s*[:\-–]\s*(?:CTH|C2H)\b`, 24, 24, "cth", "c2h")

// bodyW2Only is US staffing's "W2 only" (no corp-to-corp): a contract
// paid through the agency's payroll. ("Only W2" is left: its key would
// start like "only", a common word.) A text that also says full-time or
// permanent is left to those words.
var bodyW2Only = newKeyRegexp(`(?i)\bw-?2\s+(?:(?:candidates|consultants|contractors)\s+)?only\b`, 8, 32, "w2 o", "w-2 o", "w2 c", "w-2 c")

// staffingTermsType reads the wordings above in a description: contract
// when one is there; unknown otherwise.
func staffingTermsType(text string) model.JobType {
	if strings.IndexByte(text, '+') >= 0 && bodyMonthsPlus.MatchString(text) || bodyAssignmentLength.MatchString(text) {
		return model.TypeContract
	}
	if body1099More.MatchString(text) || bodyC2H.MatchString(text) || staffAugType(text) == model.TypeContract {
		return model.TypeContract
	}
	if bodyW2Only.MatchString(text) && !containsFold(text, "full-time") && !containsFold(text, "full time") && !containsFold(text, "permanent") {
		return model.TypeContract
	}
	return model.TypeUnknown
}
