package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// typeLineLengthCases pin type_line_duration.go: an internship or contract
// line with its length keeps its type. Traps: full-time with a length, a
// sentence that names an internship as a past step, a length alone, a
// longer line.
var typeLineLengthCases = []truthCase{
	{name: "internship for months", p: model.Posting{Title: "Lab Helper", DescriptionText: "Internship for 4 months"}, jobType: "internship"},
	{name: "internship of weeks", p: model.Posting{Title: "Lab Helper", DescriptionText: "Summer internship of 10 weeks"}, jobType: "internship"},
	{name: "internship with a bracketed length", p: model.Posting{Title: "Lab Helper", DescriptionText: "Paid internship (3 months)\nYou will help in the lab."}, jobType: "internship"},
	{name: "contract for months", p: model.Posting{Title: "Lab Helper", DescriptionText: "Contract for 9 months"}, jobType: "contract"},
	{name: "contract dash a range of months", p: model.Posting{Title: "Lab Helper", DescriptionText: "Freelance contract - 3-6 months"}, jobType: "contract"},

	{name: "trap: full-time with a length", p: model.Posting{Title: "Lab Helper", DescriptionText: "Full time for 6 months in the lab"}, jobType: "!internship"},
	{name: "trap: an internship as a past step", p: model.Posting{Title: "Lab Helper", DescriptionText: "After a 6 month internship you will join the team"}, jobType: "!contract"},
	{name: "trap: a length alone", p: model.Posting{Title: "Lab Helper", DescriptionText: "Duration of 6 weeks"}, jobType: "!internship"},
	{name: "trap: a line about interns", p: model.Posting{Title: "Lab Helper", DescriptionText: "Mentor our new interns for 6 months"}, jobType: "!internship"},
}

func TestTypeLineLengthCases(t *testing.T) {
	runFieldCases(t, typeLineLengthCases)
}

// FuzzTypeLineWithLength reads any line: no panic, and only internship or
// contract.
func FuzzTypeLineWithLength(f *testing.F) {
	for _, tc := range typeLineLengthCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		switch got := typeLineWithLength(s); got {
		case model.TypeUnknown, model.TypeInternship, model.TypeContract:
		default:
			t.Errorf("typeLineWithLength(%q) = %s", s, got)
		}
	})
}
