package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A working-mode field "mixed" (freelance boards file a mission as remote,
// on site or mixed) is hybrid; a longer field holding the word is no
// field value. Written in our own words.
func TestRemoteHintMixed(t *testing.T) {
	runPostingModeCases(t, []postingModeCase{
		{"mixed field", model.Posting{Title: "Consultant SAP", RemoteHint: "mixed"}, model.RemoteHybrid},
		{"mixed field, capitalised", model.Posting{Title: "Data Engineer", RemoteHint: "Mixed", Locations: []string{"Paris"}}, model.RemoteHybrid},
		// traps: the word inside a longer field, or another field value
		{"mixed shifts is no mode", model.Posting{Title: "Nurse", RemoteHint: "mixed shifts", Locations: []string{"Leeds, UK"}}, model.RemoteUnknown},
		{"remote field stays remote", model.Posting{Title: "Consultant SAP", RemoteHint: "remote"}, model.RemoteRemote},
	})
}
