package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// "remote-based" at the end of a clause and a locations list whose entry is
// Remote state a remote role.
func TestRemoteBasedAndLocationsList(t *testing.T) {
	checkModes(t, []modeCase{
		{title: "Tax Associate", text: "Our whole team is remote-based.", want: model.RemoteRemote},
		{title: "Tax Associate", text: "Every job here is salaried and remote-based; we meet twice a year.", want: model.RemoteRemote},
		{title: "Tax Associate", text: "Open in these locations: Remote.", want: model.RemoteRemote},
		{title: "Tax Associate", text: "Hiring locations: Remote or Toronto.", want: model.RemoteRemote},
	})
}

// "remote-based" before a noun and a team named Remote are no work mode.
func TestRemoteBasedAndLocationsTraps(t *testing.T) {
	checkModes(t, []modeCase{
		{title: "Field Technician", text: "You will maintain remote-based monitoring kits at our customers' farms.", want: model.RemoteUnknown},
		{title: "Field Technician", text: "Locations: Remote Operations Centre, Aberdeen.", want: model.RemoteUnknown},
	})
}
