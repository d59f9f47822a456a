package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Remote work said in plain words the other cues missed: work from your
// own home, no commute needed, a line opening "Remotely in …"; German work
// in the employer's office said with the noun; Korean work done remotely
// ("원격으로 진행"). Traps: a home country, a commute allowance, "remotely"
// opening a sentence about something else, an interview done remotely.
func TestRemoteHomeWords(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "work from your own home", p: model.Posting{Title: "Transcriber", DescriptionText: "You will work from your own home, on your own schedule."}, remote: "remote"},
		{name: "work at their home", p: model.Posting{Title: "Caller", DescriptionText: "Our callers work at their home and log calls online."}, remote: "remote"},
		{name: "no commute needed", p: model.Posting{Title: "Tutor", DescriptionText: "Lessons are online, so no commute needed."}, remote: "remote"},
		{name: "remotely in opening a line", p: model.Posting{Title: "Analyst", DescriptionText: "Remotely in Canada\nYou will build dashboards."}, remote: "remote"},
		{name: "German noun Arbeit in unserem Büro", p: model.Posting{Title: "Buchhalter", DescriptionText: "Arbeit in unserem Büro in Kiel, Montag bis Freitag."}, remote: "onsite"},
		{name: "no on-site work required", p: model.Posting{Title: "Data Entry Clerk", DescriptionText: "No on-site work required. You need a laptop and a quiet room."}, remote: "remote"},
		{name: "no in-person attendance", p: model.Posting{Title: "Tutor", DescriptionText: "All sessions run online; there is no in-person attendance."}, remote: "remote"},
		{name: "must be remote closing a sentence", p: model.Posting{Title: "Virtual Assistant", Locations: []string{"Philippines"}, DescriptionText: "We are growing our Manila team. Must be remote."}, remote: "remote", regions: "PH"},
		{name: "the role will be fully remote", p: model.Posting{Title: "Editor", DescriptionText: "The role will be fully remote; we meet online."}, remote: "remote"},
		{name: "Korean done remotely", p: model.Posting{Title: "로고 디자인", DescriptionText: "모든 작업은 원격으로 진행합니다."}, remote: "remote"},

		{name: "trap: home country", p: model.Posting{Title: "Engineer", Locations: []string{"Berlin"}, DescriptionText: "Staff may work from their home country for a few weeks each year."}, remote: "!remote"},
		{name: "trap: commute allowance", p: model.Posting{Title: "Clerk", Locations: []string{"Leeds"}, DescriptionText: "We pay a commute allowance to the office."}, remote: "!remote"},
		{name: "trap: remotely opening another sentence", p: model.Posting{Title: "Nurse", Locations: []string{"Leeds"}, DescriptionText: "Remotely monitored wards need staff on site."}, remote: "!remote"},
		{name: "trap: Korean interview done remotely", p: model.Posting{Title: "바리스타", Locations: []string{"서울"}, DescriptionText: "면접은 원격으로 진행합니다. 근무지는 강남 매장입니다."}, remote: "!remote"},
		{name: "trap: no on-site work on weekends", p: model.Posting{Title: "Technician", Locations: []string{"Leeds"}, DescriptionText: "There is no on-site work on weekends; weekdays are spent at our Leeds plant."}, remote: "!remote"},
		{name: "trap: must be remote-ready", p: model.Posting{Title: "Clerk", Locations: []string{"Leeds"}, DescriptionText: "Work is in our Leeds office. Laptops must be remote-ready for travel."}, remote: "!remote"},
		{name: "trap: German Mitarbeit", p: model.Posting{Title: "Assistenz", DescriptionText: "Mitarbeit in unserem Büroteam und im Homeoffice möglich."}, remote: "!onsite"},
	})
}
