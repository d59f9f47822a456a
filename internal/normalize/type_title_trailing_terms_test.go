package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// typeTrailingTermCases pin, in our own words, shapes round 124's outside
// tables checked and we already read: an hours or tenure word closing a role
// title, a type field with a qualifier in brackets or a second type word, and
// type fields that name no type. A field listing two hours keeps the first
// (the convention of whole_english_ads_test.go), which some other tables
// leave unspecified. Traps: role words that only contain a type word.
var typeTrailingTermCases = []truthCase{
	{name: "contractual closing a title", p: model.Posting{Title: "Data Analyst Contractual"}, jobType: "contract"},
	{name: "part-time closing a title", p: model.Posting{Title: "Support Agent Part-Time"}, jobType: "part_time"},
	{name: "full time closing a title", p: model.Posting{Title: "QA Tester Full Time"}, jobType: "full_time"},
	{name: "internship closing a title", p: model.Posting{Title: "Mobile Developer Internship"}, jobType: "internship"},
	{name: "apprentice opening a title", p: model.Posting{Title: "Apprentice Welder"}, jobType: "internship"},
	{name: "intern in a title's brackets", p: model.Posting{Title: "Warehouse Picker (Seasonal Intern)"}, jobType: "internship"},
	{name: "contractor field with a bracketed note", p: model.Posting{Title: "Engineer", EmploymentType: "Contractor (C2C)"}, jobType: "contract"},
	{name: "internship beats part time in a field", p: model.Posting{Title: "Engineer", EmploymentType: "Part time internship"}, jobType: "internship"},
	{name: "contract beats full-time in a field", p: model.Posting{Title: "Engineer", EmploymentType: "Full-time contract role"}, jobType: "contract"},
	{name: "joined part-time field", p: model.Posting{Title: "Engineer", EmploymentType: "parttime"}, jobType: "part_time"},
	{name: "two listed hours keep the first", p: model.Posting{Title: "Cashier", EmploymentType: "Full time; Part time"}, jobType: "full_time"},
	{name: "field that varies", p: model.Posting{Title: "Engineer", EmploymentType: "Varies"}, jobType: "unknown"},
	{name: "field pointing elsewhere", p: model.Posting{Title: "Engineer", EmploymentType: "Refer to posting"}, jobType: "unknown"},
	{name: "miscellaneous field", p: model.Posting{Title: "Engineer", EmploymentType: "Misc"}, jobType: "unknown"},
	{name: "trap: contracts in a role", p: model.Posting{Title: "Contracts Administrator"}, jobType: "unknown"},
	{name: "trap: contract as a subject", p: model.Posting{Title: "Contract Negotiator"}, jobType: "unknown"},
	{name: "trap: internal is not intern", p: model.Posting{Title: "Internal Communications Lead"}, jobType: "unknown"},
	{name: "trap: full stack is not full time", p: model.Posting{Title: "Full Stack Engineer"}, jobType: "unknown"},
	{name: "trap: coordinating interns", p: model.Posting{Title: "Intern Program Coordinator"}, jobType: "unknown"},
}

func TestTypeTitleTrailingTerms(t *testing.T) {
	runFieldCases(t, typeTrailingTermCases)
}
