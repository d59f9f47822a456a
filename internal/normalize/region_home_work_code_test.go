package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// homeWorkCodeCases pin region_home_work_code.go: a work-from-home phrase
// beside a province or state code names that country. Traps: a code that
// is also a country's ISO code keeps its country reading, a code outside
// the province list, a home-office phrase the reader does not take, a
// code with more words around it.
var homeWorkCodeCases = []truthCase{
	{name: "work from home, en dash, Manitoba", p: model.Posting{Title: "Support agent", Locations: []string{"Work From Home – MB"}}, remote: "remote", regions: "CA"},
	{name: "wfh with the province in brackets", p: model.Posting{Title: "Support agent", Locations: []string{"WFH (AB)"}}, remote: "remote", regions: "CA"},
	{name: "home-based slash Nova Scotia", p: model.Posting{Title: "Claims clerk", Locations: []string{"Home-based / NS"}}, remote: "remote", regions: "CA"},
	{name: "province first, then work from home", p: model.Posting{Title: "Tutor", Locations: []string{"QC - work from home"}}, remote: "remote", regions: "CA"},
	{name: "telecommuting beside Ontario", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Telecommuting - ON"}}, remote: "remote", regions: "CA"},
	{name: "work from home with a state in brackets", p: model.Posting{Title: "Recruiter", Locations: []string{"Work from home (OH)"}}, remote: "remote", regions: "US"},

	{name: "trap: Italy's code stays Italy", p: model.Posting{Title: "Translator", Locations: []string{"Work from home - IT"}}, remote: "remote", regions: "IT"},
	{name: "trap: Germany's code stays Germany", p: model.Posting{Title: "Translator", Locations: []string{"Home based - DE"}}, remote: "remote", regions: "DE"},
	{name: "trap: a code outside the province list", p: model.Posting{Title: "Translator", Locations: []string{"Work from home - SK"}}, remote: "remote", regions: "none"},
	{name: "trap: more words beside the code", p: model.Posting{Title: "Agent", Locations: []string{"Work from home - BC team lead"}}, remote: "remote", regions: "none"},
}

func TestHomeWorkCodeCases(t *testing.T) {
	runFieldCases(t, homeWorkCodeCases)
}
