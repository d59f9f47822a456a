package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestTitleRemoteUnderOnsiteLocation pins remote_title_under_onsite_loc.go.
// Traps: a town with no mode, a hybrid location and a remote location keep
// the title's remote reading.
func TestTitleRemoteUnderOnsiteLocation(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "location marked on-site", p: model.Posting{Title: "Remote Support Engineer", Locations: []string{"Denver, CO (on-site)"}}, remote: "onsite"},
		{name: "onsite label first", p: model.Posting{Title: "Remote Sensing Analyst - Remote", Locations: []string{"Onsite - Austin, TX"}}, remote: "onsite"},
		{name: "trap: town with no mode", p: model.Posting{Title: "Remote Support Engineer", Locations: []string{"Denver, CO"}}, remote: "remote"},
		{name: "trap: hybrid location", p: model.Posting{Title: "Remote Support Engineer", Locations: []string{"Denver, CO (hybrid)"}}, remote: "hybrid"},
		{name: "trap: remote location", p: model.Posting{Title: "Remote Support Engineer", Locations: []string{"Remote - Colorado"}}, remote: "remote"},
	})
}
