package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// An employer's note that remote work is open to some of its roles, and
// the near misses that keep their remote reading. Written in our own words.
func TestRemoteSomeRolesOffer(t *testing.T) {
	runPostingModeCases(t, []postingModeCase{
		{"some senior roles", model.Posting{Title: "Payroll Clerk", Locations: []string{"Dayton, OH"}, DescriptionText: "Now and then we allow remote work for some senior roles."}, model.RemoteUnknown},
		{"certain positions", model.Posting{Title: "Payroll Clerk", DescriptionText: "Remote work options are available for certain positions."}, model.RemoteUnknown},
		{"select teams", model.Posting{Title: "Buyer", Locations: []string{"Reno, NV"}, DescriptionText: "We keep an office culture, with remote days for select teams."}, model.RemoteUnknown},
		{"note past the guard", model.Posting{Title: "Payroll Clerk", DescriptionText: shopsPad + "Remote work options are available for certain positions."}, model.RemoteUnknown},
		// traps: remote for every role, or a sentence about this role too
		{"all roles stays remote", model.Posting{Title: "Payroll Clerk", DescriptionText: "Remote work is available for all roles."}, model.RemoteRemote},
		{"this role too stays remote", model.Posting{Title: "Payroll Clerk", DescriptionText: "We offer remote work for some roles. This role is fully remote."}, model.RemoteRemote},
		{"remote field stays remote", model.Posting{Title: "Payroll Clerk", RemoteHint: "remote", DescriptionText: "Remote work options are available for certain positions."}, model.RemoteRemote},
	})
}
