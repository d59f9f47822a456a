package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// teleworkOptionForCases pin remote_telework_option_for.go: a telework
// option written with "option" first, in our own words. Traps: a negated
// option, a share of the week, an option to telework named beside an
// office schedule, a word that only starts like the key.
var teleworkOptionForCases = []truthCase{
	{name: "option for telecommuting", p: model.Posting{Title: "Claims Adjuster", DescriptionText: "Benefits include an option for telecommuting and paid leave."}, remote: "remote"},
	{name: "the option to telework", p: model.Posting{Title: "Grants Specialist", DescriptionText: "Staff in this unit have the option to telework."}, remote: "remote"},
	{name: "options of teleworking", p: model.Posting{Title: "Grants Specialist", DescriptionText: "Options of teleworking are available after onboarding."}, remote: "remote"},
	// traps
	{name: "trap: no option for teleworking", p: model.Posting{Title: "Clerk", Locations: []string{"Boise, ID"}, DescriptionText: "There is no option for teleworking in this position."}, remote: "!remote"},
	{name: "trap: option for telework two days", p: model.Posting{Title: "Clerk", DescriptionText: "After training there is an option for telework two days a week."}, remote: "hybrid"},
	{name: "trap: option for telecommuters' parking", p: model.Posting{Title: "Clerk", DescriptionText: "Parking options for commuters are listed on our site."}, remote: "unknown"},
}

func TestTeleworkOptionForCases(t *testing.T) { runFieldCases(t, teleworkOptionForCases) }
