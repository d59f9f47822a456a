package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestLocationHybridThingsAndNotAMode pins remote_location_hybrid_thing.go
// and the "not a remote role" denial of remote_location_denied.go: a
// location field naming hybrid technology names no mode; one saying the
// role is not remote is on-site; "Remote (not hybrid)" is remote. Traps:
// "Hybrid - Berlin", "Hybrid (cloud team)", a plain "Remote".
func TestLocationHybridThingsAndNotAMode(t *testing.T) {
	loc := func(title string, l ...string) model.Posting { return model.Posting{Title: title, Locations: l} }
	runPostingModeCases(t, []postingModeCase{
		{name: "hybrid cloud experience", p: loc("Cloud Analyst", "Experience with hybrid cloud"), want: model.RemoteUnknown},
		{name: "hybrid cloud team and a city", p: loc("Analyst", "Hybrid cloud team, Berlin"), want: model.RemoteUnknown},
		{name: "hybrid infrastructure group", p: loc("Engineer", "Hybrid infrastructure group - Austin, TX"), want: model.RemoteUnknown},
		{name: "not a remote role", p: loc("Analyst", "This is not a remote role."), want: model.RemoteOnsite},
		{name: "not remote work, a city", p: loc("Analyst", "Denver, CO (not remote work)"), want: model.RemoteOnsite},
		{name: "remote, not hybrid", p: loc("Analyst", "Remote (not hybrid)"), want: model.RemoteRemote},
		{name: "trap: hybrid and a city", p: loc("Analyst", "Hybrid - Berlin"), want: model.RemoteHybrid},
		{name: "trap: hybrid with a bracketed team", p: loc("Analyst", "Hybrid (cloud team), Berlin"), want: model.RemoteHybrid},
		{name: "trap: plain remote", p: loc("Analyst", "Remote"), want: model.RemoteRemote},
		{name: "trap: not only remote", p: loc("Analyst", "Remote, not only US"), want: model.RemoteRemote},
	})
}

// TestHomeOfficeLocationGenderMarker pins homeOfficeOnly's gender marker
// (remote_office_days.go): a location that is home office and a German
// gender marker is remote. Trap: an office location with the marker.
func TestHomeOfficeLocationGenderMarker(t *testing.T) {
	loc := func(l string) model.Posting { return model.Posting{Title: "Sachbearbeiter", Locations: []string{l}} }
	runPostingModeCases(t, []postingModeCase{
		{name: "home office and a marker", p: loc("Homeoffice (m/f/x)"), want: model.RemoteRemote},
		{name: "home office and another marker", p: loc("Home Office (m/w/d)"), want: model.RemoteRemote},
		{name: "trap: an office and a marker", p: loc("Büro Köln (m/w/d)"), want: model.RemoteUnknown},
	})
}
