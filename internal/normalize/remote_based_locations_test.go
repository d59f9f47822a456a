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

// A description that opens with "Remote with" states a remote role; travel
// or visits after it do not change that.
func TestLeadRemoteWith(t *testing.T) {
	checkModes(t, []modeCase{
		{title: "Implementation Consultant", text: "Remote with travel to customer sites up to 30% of the time.", want: model.RemoteRemote},
		{title: "Implementation Consultant", text: "Remote with occasional visits to the Lisbon office.", want: model.RemoteRemote},
		{title: "Implementation Consultant", text: "Remote with some hybrid weeks in Porto.", want: model.RemoteHybrid},
		{title: "Implementation Consultant", text: "Remote with two days a week in the Madrid office.", want: model.RemoteHybrid},
		{title: "Implementation Consultant", text: "Remote access to client systems is provided. The consultant works at our Derby office.", want: model.RemoteUnknown},
	})
}
