package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A remote share as a label and a percent, hybrid said to be possible, and
// German on-site work bounded to some days a week; a band printed
// "min-mid-max" is read to its last figure. Traps: a percent that is no
// share of the mode, hybrid denied, a hybrid car, every working day on
// site, and a three-figure list with no midpoint word.
func TestRemoteShareLabelAndFriends(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "remote share label", p: model.Posting{Title: "Controller", Locations: []string{"Köln"}, DescriptionText: "Remote: 60 %\nReisebereitschaft: gering"}, remote: "hybrid"},
		{name: "home office share label", p: model.Posting{Title: "Buchhalter", DescriptionText: "Home Office: 100%"}, remote: "remote"},
		{name: "remote share none", p: model.Posting{Title: "Mechatroniker", DescriptionText: "Remote: 0 %"}, remote: "onsite"},
		{name: "remote-share noun whole", p: model.Posting{Title: "Entwickler", Locations: []string{"Bremen"}, DescriptionText: "Remote-Anteil: 100%"}, remote: "remote"},
		{name: "home-office share noun part", p: model.Posting{Title: "Entwickler", Locations: []string{"Bremen"}, DescriptionText: "Homeoffice-Anteil: 40 %\nStart: ab sofort"}, remote: "hybrid"},
		{name: "hybrid possible", p: model.Posting{Title: "Analyst", DescriptionText: "Hybrid working is possible after probation."}, remote: "hybrid"},
		{name: "hybrid option available", p: model.Posting{Title: "Planner", DescriptionText: "A hybrid option available for this team."}, remote: "hybrid"},
		{name: "German on-site two days a week", p: model.Posting{Title: "Controller", Locations: []string{"Köln"}, DescriptionText: "Einsatz vor Ort in Köln, zwei Tage pro Woche."}, remote: "hybrid"},
		{name: "German on-site on 3 days", p: model.Posting{Title: "Controller", DescriptionText: "Arbeit vor Ort an 3 Tagen die Woche, sonst mobil."}, remote: "hybrid"},

		{name: "trap: percent of travel", p: model.Posting{Title: "Auditor", Locations: []string{"Köln"}, DescriptionText: "Reisetätigkeit: 30 %"}, remote: "!hybrid"},
		{name: "trap: hybrid not possible", p: model.Posting{Title: "Nurse", Locations: []string{"Leeds"}, DescriptionText: "Unfortunately no hybrid is possible in this role."}, remote: "!hybrid"},
		{name: "trap: hybrid vehicles available", p: model.Posting{Title: "Driver", Locations: []string{"Leeds"}, DescriptionText: "Hybrid vehicles available for all drivers."}, remote: "!hybrid"},
		{name: "trap: German on-site every day", p: model.Posting{Title: "Controller", DescriptionText: "Arbeit vor Ort, 5 Tage die Woche."}, remote: "onsite"},
	})
}

// A band printed "(min-mid-max)" is read from its first to its last figure.
func TestPayMinMidMaxBand(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "min-mid-max heading", p: model.Posting{Title: "Engineer", DescriptionText: "Base pay (min-mid-max, USD):\n$120,000 - $150,000 - $180,000"}, pay: "120000 180000 USD year"},
		{name: "trap: no midpoint word", p: model.Posting{Title: "Engineer", DescriptionText: "Levels: $120,000 - $150,000 - $180,000 by grade."}, pay: "!120000 180000 USD year"},
	})
}

// Office times a week with a bound before the count ("at least twice a
// week") are a hybrid week. Trap: office visits a year.
func TestRemoteOfficeTimesBound(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "at least twice a week", p: model.Posting{Title: "Analyst", DescriptionText: "The role needs you in our Leeds office at least twice a week."}, remote: "hybrid"},
		{name: "a minimum of 3 times per week", p: model.Posting{Title: "Analyst", DescriptionText: "Be on-site a minimum of 3 times per week."}, remote: "hybrid"},
		{name: "trap: at least twice a year", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: "Visit our Leeds office at least twice a year."}, remote: "remote"},
	})
}
