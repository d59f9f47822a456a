package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// joinedModeCases pin remote_joined_modes.go: on-site joined with hybrid
// is hybrid; traps: a stronger on-site statement, hybrid naming a
// technology, the two words apart.
var joinedModeCases = []truthCase{
	{name: "bracketed pair after a city", p: model.Posting{Title: "Field Engineer", DescriptionText: "Role: Field Engineer\nLocation: Tulsa, OK (Onsite- Hybrid)\nType: Full-Time"}, remote: "hybrid"},
	{name: "slash pair", p: model.Posting{Title: "Field Engineer", DescriptionText: "Work setting: On-site/Hybrid"}, remote: "hybrid"},
	{name: "hybrid first", p: model.Posting{Title: "Field Engineer", DescriptionText: "Arrangement: Hybrid & Onsite in Omaha"}, remote: "hybrid"},

	{name: "trap: a stronger on-site statement", p: model.Posting{Title: "Field Engineer", DescriptionText: "Site: Boise (Onsite/Hybrid). You must be on-site every day of the week."}, remote: "onsite"},
	{name: "trap: hybrid cloud apart from onsite", p: model.Posting{Title: "Field Engineer", DescriptionText: "This job is onsite. You will run our hybrid cloud."}, remote: "onsite"},
	{name: "trap: onsite alone", p: model.Posting{Title: "Field Engineer", DescriptionText: "Work setting: Onsite"}, remote: "onsite"},
}

func TestJoinedModeCases(t *testing.T) {
	runFieldCasesShortAndLong(t, joinedModeCases)
	// A list that names remote too is a choice: left as read.
	ri := reviseJoinedModes(nil, "Work setting: Onsite / Hybrid / Remote", RemoteInfo{Remote: model.RemoteOnsite, Evidence: "text: Onsite"})
	if ri.Remote != model.RemoteOnsite {
		t.Errorf("a three-way choice read as %s", ri.Remote)
	}
	ri = reviseJoinedModes(nil, "Remote / Onsite / Hybrid", RemoteInfo{Remote: model.RemoteOnsite, Evidence: "text: Onsite"})
	if ri.Remote != model.RemoteOnsite {
		t.Errorf("a three-way choice opening with remote read as %s", ri.Remote)
	}
}

// FuzzReviseJoinedModes runs reviseJoinedModes on any text: no panic, and
// only an on-site reading of the word alone changes, to hybrid.
func FuzzReviseJoinedModes(f *testing.F) {
	for _, tc := range joinedModeCases {
		f.Add(tc.p.DescriptionText, "Onsite")
	}
	f.Fuzz(func(t *testing.T, text, ev string) {
		in := RemoteInfo{Remote: model.RemoteOnsite, Evidence: "text: " + ev}
		out := reviseJoinedModes([]string{text}, text, in)
		if out.Remote != in.Remote && (out.Remote != model.RemoteHybrid || !containsFold(text, "hybrid")) {
			t.Errorf("reviseJoinedModes(%q, %q) = %s", text, ev, out.Remote)
		}
	})
}
