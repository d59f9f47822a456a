package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A careers feed's "remote_position" column read as the boolean remote flag
// it is, so that a false one is narrowed by the description's own hybrid
// tag as a false "is_remote" already is; and a location entry whose remote
// words hold only for a named passing spell, which names no work mode.
// Written in our own words; the outside tables are scored from outside the
// repository.
func TestRemotePositionFlagAndSpellLocations(t *testing.T) {
	cases := []postingModeCase{
		{"position flag no, hybrid tag in text", model.Posting{Title: "Staff Data Engineer", RemoteHint: "remote_position: No", Locations: []string{"Busan, South Korea"}, DescriptionText: "You will own our batch pipelines. #LI-Hybrid"}, model.RemoteHybrid},
		{"position flag no alone stays on-site", model.Posting{Title: "Staff Data Engineer", RemoteHint: "remote_position: No", Locations: []string{"Busan, South Korea"}}, model.RemoteOnsite},
		{"position flag yes is remote", model.Posting{Title: "Staff Data Engineer", RemoteHint: "Remote_Position: yes", Locations: []string{"Busan, South Korea"}}, model.RemoteRemote},
		{"is remote position false", model.Posting{Title: "Payroll Clerk", RemoteHint: "isRemotePosition=false", Locations: []string{"Leeds"}}, model.RemoteOnsite},
		{"pune desk, remote during the pandemic", model.Posting{Title: "QA Analyst", Locations: []string{"Pune / Remote working during the pandemic"}}, model.RemoteUnknown},
		{"chennai, remote until further notice", model.Posting{Title: "QA Analyst", Locations: []string{"Chennai (remote until further notice)"}}, model.RemoteUnknown},
		{"kochi, work from home during covid", model.Posting{Title: "QA Analyst", Locations: []string{"Kochi (work from home during COVID)"}}, model.RemoteUnknown},
		// traps: a hybrid cloud is no mode, a bare remote entry and a team named for the pandemic stay remote
		{"position flag no, hybrid cloud stays on-site", model.Posting{Title: "Staff Data Engineer", RemoteHint: "Remote Position: no", DescriptionText: "Our team runs a hybrid cloud platform."}, model.RemoteOnsite},
		{"town or remote stays remote", model.Posting{Title: "QA Analyst", Locations: []string{"Pune / Remote"}}, model.RemoteRemote},
		{"pandemic team name stays remote", model.Posting{Title: "Epidemiologist", Locations: []string{"Remote - Pandemic Response Unit, Ohio"}}, model.RemoteRemote},
		{"covid program with no spell word stays remote", model.Posting{Title: "Data Analyst", Locations: []string{"Remote (COVID vaccine programme)"}}, model.RemoteRemote},
	}
	runPostingModeCases(t, cases)
}
