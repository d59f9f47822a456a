package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// "remote" as an adjective of the opening with describing words between, and
// a company growing its remote staff, call the role remote.
func TestRemoteAdjectiveRole(t *testing.T) {
	checkModes(t, []modeCase{
		{title: "Kotlin Developer", text: "Lead-level remote Kotlin role. Good written Spanish needed.", want: model.RemoteRemote},
		{title: "Data Engineer", text: "We offer a remote data engineering position with a yearly offsite.", want: model.RemoteRemote},
		{title: "Web Developer", text: "It is a remote full-stack job for a small agency.", want: model.RemoteRemote},
		{title: "Accountant", text: "Apply for this remote bookkeeping opportunity today.", want: model.RemoteRemote},
		{title: "Support Writer", text: "Our startup keeps expanding its product line and is growing our remote documentation team.", want: model.RemoteRemote},
		{title: "QA Engineer", text: "As we scale our remote LATAM workforce, we need testers.", want: model.RemoteRemote},
	})
}

// Remote technology, far-off places, team words, denials and a company that
// simply has remote staff stay as they were.
func TestRemoteAdjectiveRoleTraps(t *testing.T) {
	checkModes(t, []modeCase{
		{title: "GIS Analyst", text: "An exciting remote sensing imagery position in our Perth lab.", want: model.RemoteUnknown},
		{title: "Nurse", text: "Take on a remote patient monitoring role at the clinic.", want: model.RemoteUnknown},
		{title: "Geologist", text: "A remote mine site job with fly-in fly-out rosters.", want: model.RemoteUnknown},
		{title: "Engineering Manager", text: "Exciting remote team lead role for the platform group.", want: model.RemoteUnknown},
		{title: "Help Desk Analyst", text: "A remote desktop support position at our Leeds office.", want: model.RemoteUnknown},
		{title: "Writer", text: "Ours is a large remote workforce spread over nine countries.", want: model.RemoteUnknown},
		{title: "Driller", text: "We are growing our remote sensing team in the north.", want: model.RemoteUnknown},
	})
}
