package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// structuredFieldShapeCases pin the fixes guided by the thirty-fourth round's part m
// (other projects' tests of structured job fields: JSON-LD, ATS payloads
// and job feeds, kept outside the repository and scored with
// TestAgreementOutside), in other words than those tests, each with traps:
// a tenure word joined to an hours word in one employment field, lakh
// ranges with the unit on both ends, crore ranges with the unit after the
// second figure, "hiring range" as a pay label, incoherent structured pay
// figures, a full office week said of the role under a remote-first
// company, and a remote role with its hours between the words.
var structuredFieldShapeCases = []truthCase{
	// Tenure and hours joined in one field: the hours decide.
	{name: "tenure then part time", p: model.Posting{Title: "Bookseller", EmploymentType: "permanent / part-time"}, jobType: "part_time"},
	{name: "regular comma part time", p: model.Posting{Title: "Bookseller", EmploymentType: "Regular, Part Time"}, jobType: "part_time"},
	{name: "hours first then tenure", p: model.Posting{Title: "Bookseller", EmploymentType: "full-time | permanent"}, jobType: "full_time"},
	{name: "tenure then full time", p: model.Posting{Title: "Bookseller", EmploymentType: "Permanent; Full Time"}, jobType: "full_time"},
	{name: "trap: tenure alone keeps its reading", p: model.Posting{Title: "Bookseller", EmploymentType: "Permanent"}, jobType: "full_time"},
	{name: "trap: temporary part time is not a tenure pair", p: model.Posting{Title: "Bookseller", EmploymentType: "temporary / part-time"}, jobType: "contract"},
	{name: "trap: three parts are left to the field map", p: model.Posting{Title: "Bookseller", EmploymentType: "permanent / part-time / evenings"}, jobType: "full_time"},

	// Lakh ranges with the unit on both ends.
	{name: "lpa to lpa", p: model.Posting{Title: "Data Engineer", Locations: []string{"Kochi, Kerala"}, DescriptionText: "Offered package 9 LPA to 14 LPA for the right profile."}, pay: "900000 1.4e+06 INR year"},
	{name: "lpa dash lpa", p: model.Posting{Title: "Data Engineer", Locations: []string{"Kochi, Kerala"}, DescriptionText: "CTC: 6.5 LPA - 8 LPA"}, pay: "650000 800000 INR year"},
	{name: "lakhs per annum both ends", p: model.Posting{Title: "Data Engineer", DescriptionText: "Salary 4 lakhs per annum to 7 lakhs per annum."}, pay: "400000 700000 INR year"},
	{name: "trap: a falling pair is not widened", p: model.Posting{Title: "Data Engineer", DescriptionText: "Base 12 LPA - 3 LPA variable"}, pay: "1.2e+06 1.2e+06 INR year"},
	{name: "trap: a single lpa stays single", p: model.Posting{Title: "Data Engineer", DescriptionText: "Fixed 10 LPA, reviewed yearly."}, pay: "1e+06 1e+06 INR year"},

	// Crore ranges with the unit after the second figure.
	{name: "crore range then package", p: model.Posting{Title: "Head of Product", Locations: []string{"Gurugram, Haryana"}, DescriptionText: "We offer a 1.2 - 1.8 crore package plus ESOPs."}, pay: "1.2e+07 1.8e+07 INR year"},
	{name: "ctc label then crore range", p: model.Posting{Title: "Head of Product", DescriptionText: "Total CTC 2 to 3 Cr depending on experience."}, pay: "2e+07 3e+07 INR year"},
	{name: "trap: crore range of a fund", p: model.Posting{Title: "Analyst", DescriptionText: "You will manage portfolios of 5 - 8 crore for retail clients."}, pay: "-"},
	{name: "trap: crore range of turnover", p: model.Posting{Title: "Analyst", DescriptionText: "Our branches turn over 40 - 60 crore a year."}, pay: "-"},

	// "Hiring range" as a pay label.
	{name: "hiring range small dollars", p: model.Posting{Title: "Paralegal", DescriptionText: "Hiring range: $38 - $46, depending on experience."}, pay: "38 46 USD hour"},
	{name: "hiring range salary", p: model.Posting{Title: "Paralegal", DescriptionText: "The hiring range is $71,000 - $83,000."}, pay: "71000 83000 USD year"},
	{name: "trap: a range of hires is no pay", p: model.Posting{Title: "Recruiter", DescriptionText: "Our hiring plan grows from 30 - 45 people this year."}, pay: "-"},

	// Incoherent structured figures.
	{name: "trap: hourly bottom and yearly top", p: model.Posting{Title: "Technician", PayText: "USD 21.4 - 48800"}, pay: "-"},
	{name: "trap: placeholder dollar range", p: model.Posting{Title: "Technician", PayText: "$1 - $1"}, pay: "-"},
	{name: "a wide but coherent range stays", p: model.Posting{Title: "Sales Lead", PayText: "USD 40,000 - 180,000"}, pay: "40000 180000 USD year"},
	{name: "a stated tiny hourly stays", p: model.Posting{Title: "Tester", PayText: "$1.25 per hour"}, pay: "1.25 1.25 USD hour"},
	{name: "a small hourly range stays", p: model.Posting{Title: "Tutor", PayText: "USD 14 - 19"}, pay: "14 19 USD hour"},

	// A full office week said of the role under a remote-first company.
	{name: "remote-first company, role in the office", p: model.Posting{Title: "Office Manager", Locations: []string{"Boston, MA"}, DescriptionText: "Quillon is a remote-first company. This position sits in our Boston harbour office five days a week."}, remote: "onsite"},
	{name: "remote-first, you in the office full-time", p: model.Posting{Title: "Facilities Lead", DescriptionText: "We are remote-first. You will be based in our Leeds office full-time."}, remote: "onsite"},
	{name: "trap: office open all week, role remote", p: model.Posting{Title: "Support Engineer", DescriptionText: "We are remote-first. Our office is open five days a week for anyone who wants a desk."}, remote: "remote"},
	{name: "trap: you may work from the office", p: model.Posting{Title: "Support Engineer", DescriptionText: "We are remote-first; you can work from our Lisbon office five days a week if you prefer."}, remote: "remote"},

	// A remote role with its hours or terms between the words.
	{name: "remote full time role", p: model.Posting{Title: "Copy Editor", DescriptionText: "Remote full-time role with a small editorial team."}, remote: "remote"},
	{name: "remote contract position", p: model.Posting{Title: "Copy Editor", DescriptionText: "This is a remote, contract position for six months."}, remote: "remote"},
	{name: "trap: not a remote full time role", p: model.Posting{Title: "Copy Editor", DescriptionText: "This is not a remote full-time role."}, remote: "!remote"},
	{name: "trap: remote part of a product name", p: model.Posting{Title: "Copy Editor", DescriptionText: "You will document the Remote Desktop app for our part-time users."}, remote: "unknown"},
}

func TestStructuredFieldShapeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range structuredFieldShapeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}

// TestStructuredFieldShapeCasesLong runs the cases again past minGuardedText, where
// hasFold answers from the folded copy.
func TestStructuredFieldShapeCasesLong(t *testing.T) {
	filler := strings.Repeat("The studio keeps its plants watered and its kettle full through the week. ", 12) + "\n"
	checkLongCases(t, filler, checkFieldCaseNot, structuredFieldShapeCases)
}

// TestTenureHoursField pins the field reader on its own: two parts, one a
// tenure word, the other an hours word.
func TestTenureHoursField(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want model.JobType
	}{
		{"permanent/part time", model.TypePartTime},
		{"Part-Time, Regular", model.TypePartTime},
		{"ongoing | full time", model.TypeFullTime},
		{"permanent", model.TypeUnknown},
		{"permanent / contract", model.TypeUnknown},
		{"full-time / part-time", model.TypeUnknown},
		{"regular / part-time / weekends", model.TypeUnknown},
		{strings.Repeat("permanent ", 8) + "/ part-time", model.TypeUnknown},
	} {
		if got := tenureHoursField(tc.in); got != tc.want {
			t.Errorf("tenureHoursField(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
