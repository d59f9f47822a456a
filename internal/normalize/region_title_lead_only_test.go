package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A remote role whose title opens with a country or area and "only" is
// limited to that place. Traps: words that are no place, a code that is
// also a word, a listing that is not remote, and one that names its own
// region.
func TestTitleLeadOnly(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "US only before the role", p: model.Posting{Title: "US only Data Analyst", RemoteHint: "remote"}, regions: "US"},
		{name: "UK only and a dash", p: model.Posting{Title: "UK only – Support Engineer", RemoteHint: "remote"}, regions: "GB"},
		{name: "country only and a colon", p: model.Posting{Title: "Canada only: Payroll Clerk", Locations: []string{"Remote"}}, regions: "CA"},
		{name: "area only", p: model.Posting{Title: "EU only Backend Developer", RemoteHint: "remote"}, regions: "EU"},
		{name: "trap: weekend only", p: model.Posting{Title: "Weekend only Driver", RemoteHint: "remote"}, regions: "none"},
		{name: "trap: IT only", p: model.Posting{Title: "IT only Helpdesk Agent", RemoteHint: "remote"}, regions: "none"},
		{name: "trap: not remote", p: model.Posting{Title: "US only Data Analyst"}, regions: "none"},
		{name: "trap: the listing names its region", p: model.Posting{Title: "Canada only: Payroll Clerk", Locations: []string{"Remote - Mexico"}}, regions: "MX"},
	})
}
