package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// The shapes of type_part_contract_week_hiring_round.go, in our own words, with
// traps that must keep their old reading.
func TestPartContractWeekLabelHiringRound(t *testing.T) {
	cases := []struct {
		name, field, title, text string
		want                     model.JobType
	}{
		// The hours before the contract noun are the type.
		{"part time contract field", "Part time contract", "Cashier", "", model.TypePartTime},
		{"part-time contract, capitals", "PART-TIME CONTRACT", "Stock clerk", "", model.TypePartTime},
		{"parttime contract glued", "parttime_contract", "Tutor", "", model.TypePartTime},
		{"trap: contract alone", "Contract", "Welder", "", model.TypeContract},
		{"trap: contract then part time", "Contract, part time", "Welder", "", model.TypeContract},
		{"trap: full time contract field", "Full-time contract", "Welder", "", model.TypeContract},

		// A week's hours after their label.
		{"hours per week label", "", "Pharmacist", "Clinic role. Hours per week: 38. Pay weekly.", model.TypeFullTime},
		{"weekly hours label", "", "Baker", "Weekly hours: 40", model.TypeFullTime},
		{"hours/week with a dash", "", "Driver", "Hours/week - 37.5, rotating", model.TypeFullTime},
		{"trap: short week stays unread", "", "Driver", "Hours per week: 12", model.TypeUnknown},
		{"trap: three digits are not a week", "", "Driver", "Hours per week: 400", model.TypeUnknown},

		// Chinese hiring rounds.
		{"autumn round title", "", "2027届秋招 数据分析师", "", model.TypeFullTime},
		{"experienced hiring title", "", "社会招聘-后端开发", "", model.TypeFullTime},
		{"trap: campus internship stays internship", "", "校园招聘 暑期实习生", "", model.TypeInternship},
		{"trap: plain title stays unknown", "", "后端开发工程师", "", model.TypeUnknown},
	}
	for _, c := range cases {
		if got := ParseType(c.field, c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q, %q) = %q, want %q", c.name, c.field, c.title, c.text, got, c.want)
		}
	}
}
