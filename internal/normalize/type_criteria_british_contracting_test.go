package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// criteriaBritishContractingCases pin the type fixes guided by the thirty-first round's
// part g (other projects' own employment-type tests, kept outside the
// repository and scored with TestAgreementOutside), in other words than
// those tests, each with traps: a job page's criteria list with no colon,
// British contracting words (IR35, a day rate, a contract length in weeks
// or years), German hours in a description, and the FTE and subcontract
// abbreviations in a type field.
var criteriaBritishContractingCases = []truthCase{
	// The criteria list of a job page.
	{name: "criteria list on lines", p: model.Posting{Title: "Platform Engineer", DescriptionText: "Seniority level\nAssociate\nEmployment type\nTemporary\nIndustries\nRetail"}, jobType: "contract"},
	{name: "criteria list copied as one line", p: model.Posting{Title: "Platform Engineer", DescriptionText: "Seniority level Entry level Employment type Internship Job function Research"}, jobType: "internship"},
	{name: "criteria list beats full-time prose", p: model.Posting{Title: "Platform Engineer", DescriptionText: "We want a full-time commitment for the whole project. Employment type Contract Industries Banking"}, jobType: "contract"},
	{name: "criteria list in html", p: model.Posting{Title: "Platform Engineer", DescriptionText: "<ul><li><h3>Employment type</h3><span>Part-time</span></li></ul><p>Join our support desk.</p>"}, jobType: "part_time"},
	{name: "trap: employment type in prose", p: model.Posting{Title: "Platform Engineer", DescriptionText: "Your employment type contract will be sent after the interview."}, jobType: "unknown"},

	// British contracting words.
	{name: "outside ir35", p: model.Posting{Title: "Data Architect", DescriptionText: "This engagement sits outside IR35 and runs until spring."}, jobType: "contract"},
	{name: "ir35 status label", p: model.Posting{Title: "Data Architect", DescriptionText: "Location: Bristol. IR35 status: inside."}, jobType: "contract"},
	{name: "trap: ir35 does not apply to a permanent post", p: model.Posting{Title: "Data Architect", DescriptionText: "As a permanent employee, IR35 does not apply to this post."}, jobType: "unknown"},
	{name: "day rate with an amount", p: model.Posting{Title: "Data Architect", DescriptionText: "Day rate: £525 via umbrella."}, jobType: "contract"},
	{name: "competitive daily rate", p: model.Posting{Title: "Data Architect", DescriptionText: "We offer a competitive daily rate and remote working."}, jobType: "contract"},
	{name: "trap: daily rates at a hotel", p: model.Posting{Title: "Receptionist", DescriptionText: "Staff enjoy discounts on daily rates at our partner hotels."}, jobType: "unknown"},
	{name: "contract length in weeks", p: model.Posting{Title: "Data Architect", DescriptionText: "Initially a 10 week contract, likely to extend."}, jobType: "contract"},
	{name: "contract length in years", p: model.Posting{Title: "Data Architect", DescriptionText: "Offered on a three-year contract with the council."}, jobType: "contract"},
	{name: "trap: weeks of leave are no contract", p: model.Posting{Title: "Data Architect", DescriptionText: "Enjoy 6 weeks of leave and a pension."}, jobType: "unknown"},

	// German hours in a description.
	{name: "vollzeitstelle in the body", p: model.Posting{Title: "Lagerist", DescriptionText: "Wir bieten eine Vollzeitstelle im Schichtbetrieb."}, jobType: "full_time"},
	{name: "in teilzeit in the body", p: model.Posting{Title: "Buchhalter", DescriptionText: "Die Stelle ist in Teilzeit (20 Std.) zu besetzen."}, jobType: "part_time"},
	{name: "befristete vollzeitstelle is a contract", p: model.Posting{Title: "Lagerist", DescriptionText: "Eine auf 12 Monate befristete Vollzeitstelle."}, jobType: "contract"},
	{name: "unbefristete vollzeitstelle is full time", p: model.Posting{Title: "Lagerist", DescriptionText: "Eine unbefristete Vollzeitstelle in Kassel."}, jobType: "full_time"},
	{name: "trap: both hours named", p: model.Posting{Title: "Lagerist", DescriptionText: "Die Stelle ist in Vollzeit oder Teilzeit möglich."}, jobType: "unknown"},

	// Staffing abbreviations in a type field.
	{name: "fte field", p: model.Posting{Title: "Network Engineer", EmploymentType: "FTE"}, jobType: "full_time"},
	{name: "subcontractor field", p: model.Posting{Title: "Network Engineer", EmploymentType: "Subcontractor"}, jobType: "contract"},
	{name: "sub-con field", p: model.Posting{Title: "Network Engineer", EmploymentType: "Sub-Con"}, jobType: "contract"},
	{name: "trap: a fraction of an fte is no full time", p: model.Posting{Title: "Network Engineer", EmploymentType: "0.4 FTE"}, jobType: "unknown"},
}

func TestCriteriaBritishContractingCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range criteriaBritishContractingCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}

// TestCriteriaBritishContractingCasesLong runs the description cases again past
// minGuardedText, where hasFold answers from the folded copy.
func TestCriteriaBritishContractingCasesLong(t *testing.T) {
	filler := strings.Repeat("Our team builds tools for small warehouses. ", 14) + "\n"
	checkLongCases(t, filler, checkFieldCaseNot, criteriaBritishContractingCases)
}
