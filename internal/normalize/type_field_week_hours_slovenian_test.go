package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// slovenianWeekHoursCases pin type_field_week_hours_slovenian.go. Traps: a
// full week after a permanent tenure, a fixed-term tenure with a short
// week, the tenure alone, hours per day.
var slovenianWeekHoursCases = []truthCase{
	{name: "short week after a permanent tenure", p: model.Posting{Title: "Skladiščnik", EmploymentType: "Nedoločen čas; 24 ur/teden"}, jobType: "part_time"},
	{name: "hours na teden alone", p: model.Posting{Title: "Prodajalec", EmploymentType: "20 ur na teden"}, jobType: "part_time"},
	{name: "hours tedensko", p: model.Posting{Title: "Računovodja", EmploymentType: "Nedoločen čas, 16 ur tedensko"}, jobType: "part_time"},

	{name: "trap: a full week after a permanent tenure", p: model.Posting{Title: "Skladiščnik", EmploymentType: "Nedoločen čas; 40 ur/teden"}, jobType: "full_time"},
	{name: "trap: fixed-term with a short week", p: model.Posting{Title: "Kuhar", EmploymentType: "Določen čas; 20 ur/teden"}, jobType: "contract"},
	{name: "trap: tenure alone", p: model.Posting{Title: "Kuhar", EmploymentType: "Nedoločen čas"}, jobType: "full_time"},
	{name: "trap: hours per day", p: model.Posting{Title: "Kuhar", EmploymentType: "Nedoločen čas, 4 ur na dan"}, jobType: "full_time"},
}

func TestSlovenianWeekHoursCases(t *testing.T) { runFieldCases(t, slovenianWeekHoursCases) }
