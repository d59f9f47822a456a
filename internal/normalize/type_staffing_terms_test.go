package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestStaffingTermsType(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"open-ended months", "Network Engineer", "Our client needs help for a 9+ months contract, likely to extend.", model.TypeContract},
		{"months plus after", "QA Analyst", "Initial 3 months+ contract, onsite in Dallas.", model.TypeContract},
		{"assignment length", "Claims Processor", "Assignment length: 4 months\nShift: days", model.TypeContract},
		{"project duration plus", "SAP Consultant", "Project duration: 6+ months. Rate negotiable.", model.TypeContract},
		{"1099 candidates", "React Developer", "Open to 1099 consultants and C2C vendors.", model.TypeContract},
		{"paid on 1099", "Illustrator", "You would be paid on a 1099 basis per deliverable.", model.TypeContract},
		{"1099 or c2c", "Data Architect", "Terms: 1099 or C2C, no sponsorship.", model.TypeContract},
		{"cth opportunity", "Help Desk Analyst", "Exciting CTH opportunity with a regional bank.", model.TypeContract},
		{"c2h label", "Java Developer", "Location: Austin\nType: C2H\nRate: DOE", model.TypeContract},
		{"w2 only", "Business Analyst", "Local candidates, W2 only. No third parties.", model.TypeContract},
		// traps
		{"1099 paperwork", "Payroll Specialist", "You will prepare 1099s and handle 1099 reporting each January.", model.TypeUnknown},
		{"months of experience", "Developer", "Requires 12+ months experience with Go.", model.TypeUnknown},
		{"cth lower case", "Analyst", "Our cth team meets weekly.", model.TypeUnknown},
		{"w2 only but full time", "Engineer", "This is a full-time role with benefits. W2 only, no C2C.", model.TypeFullTime},
		{"w2 forms", "Accountant", "You will issue W2 forms only after review.", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q) = %s, want %s", c.name, c.text, got, c.want)
		}
	}
}

func TestTitleFTCType(t *testing.T) {
	for _, c := range []struct {
		title string
		want  model.JobType
	}{
		{"Management Accountant (FTC)", model.TypeContract},
		{"HR Business Partner - 12 Month FTC", model.TypeContract},
		{"Payroll Officer FTC", model.TypeContract},
		{"FTC - Project Coordinator", model.TypeContract},
		{"Marketing Executive [9 months FTC]", model.TypeContract},
		// traps: the US Federal Trade Commission, lower case, inside a word
		{"FTC Compliance Counsel", model.TypeUnknown},
		{"Attorney, FTC Practice Group", model.TypeUnknown},
		{"Antitrust Associate (FTC and DOJ matters)", model.TypeUnknown},
		{"Software Engineer ftc", model.TypeUnknown},
		{"FTCS Operator", model.TypeUnknown},
	} {
		if got := titleFTCType(c.title); got != c.want {
			t.Errorf("titleFTCType(%q) = %s, want %s", c.title, got, c.want)
		}
	}
}
