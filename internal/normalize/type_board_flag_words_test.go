package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// typeBoardFlagWordCases pin, in our own words, shapes round 126's outside
// tables checked and we already read: a board's hours id written bare
// ("part"), a field joining a tenure word and an hours word in either order
// (a permanent post with part-time hours stays part-time), a short "PERM",
// a Russian hours label, a "(PT)" note inside a title, French trainee and
// apprentice titles and an intern title with its season. Traps: tenure or
// hours words used as ordinary words, and titles that name no type.
var typeBoardFlagWordCases = []truthCase{
	{name: "bare part id in a field", p: model.Posting{Title: "Backend Developer", Locations: []string{"Kazan"}, EmploymentType: "part"}, jobType: "part_time"},
	{name: "bare full id in a field", p: model.Posting{Title: "Backend Developer", Locations: []string{"Kazan"}, EmploymentType: "full"}, jobType: "full_time"},
	{name: "tenure then hours, part", p: model.Posting{Title: "Ward Clerk", EmploymentType: "Permanent, Part Time"}, jobType: "part_time"},
	{name: "hours then tenure, full", p: model.Posting{Title: "Ward Clerk", EmploymentType: "Full Time, Permanent"}, jobType: "full_time"},
	{name: "snake-case pair of tenure and hours", p: model.Posting{Title: "Claims Handler", EmploymentType: "permanent, full_time"}, jobType: "full_time"},
	{name: "short perm in a field", p: model.Posting{Title: "Payroll Lead", EmploymentType: "PERM"}, jobType: "full_time"},
	{name: "russian full hours label", p: model.Posting{Title: "Инженер", EmploymentType: "Полная занятость"}, jobType: "full_time"},
	{name: "pt note inside a title", p: model.Posting{Title: "Library Aide (PT) - 212", EmploymentType: "Part-time"}, jobType: "part_time"},
	{name: "french trainee title", p: model.Posting{Title: "Stagiaire Contrôle de Gestion", Locations: []string{"Nantes, France"}}, jobType: "internship"},
	{name: "french apprentice title", p: model.Posting{Title: "Apprenti Technicien Réseau"}, jobType: "internship"},
	{name: "intern title with its season", p: model.Posting{Title: "Data Intern - Fall 2027", Locations: []string{"Denver, CO"}}, jobType: "internship"},
	{name: "trap: parts is not part-time", p: model.Posting{Title: "Parts Counter Associate"}, jobType: "unknown"},
	{name: "trap: full as an ordinary word", p: model.Posting{Title: "Full Charge Bookkeeper"}, jobType: "unknown"},
	{name: "trap: a bare role", p: model.Posting{Title: "Dev"}, jobType: "unknown"},
	{name: "trap: a field with no tenure or hours", p: model.Posting{Title: "Ward Clerk", EmploymentType: "Unlisted"}, jobType: "unknown"},
}

func TestTypeBoardFlagWords(t *testing.T) {
	runFieldCases(t, typeBoardFlagWordCases)
}
