package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// virtualTeacherCases pin titles that open with "Virtual" and name a
// teaching job as remote; traps: virtual reality, a virtual assistant, the
// word later in the title, and an on-site note that still decides.
var virtualTeacherCases = []truthCase{
	{name: "virtual teacher", p: model.Posting{Title: "Virtual Teacher", Locations: []string{"Ohio, United States"}}, remote: "remote"},
	{name: "virtual subject tutor", p: model.Posting{Title: "Virtual Chemistry Tutor", DescriptionText: "Help high schoolers with lab reports."}, remote: "remote"},
	{name: "virtual two-word instructor", p: model.Posting{Title: "Virtual Middle School Instructor"}, remote: "remote"},
	{name: "virtual educators plural", p: model.Posting{Title: "Virtual Educators - Fall Term"}, remote: "remote"},
	{name: "trap: virtual reality instructor", p: model.Posting{Title: "Virtual Reality Instructor", Locations: []string{"Tampa, FL"}}, remote: "unknown"},
	{name: "trap: virtual assistant", p: model.Posting{Title: "Virtual Assistant to the Principal", Locations: []string{"Tampa, FL"}}, remote: "unknown"},
	{name: "trap: teacher first", p: model.Posting{Title: "Teacher of Virtual Design", Locations: []string{"Tampa, FL"}}, remote: "unknown"},
	{name: "trap: virtual word far from teacher", p: model.Posting{Title: "Virtual Events Production Lead and Trainer", Locations: []string{"Tampa, FL"}}, remote: "unknown"},
	{name: "trap: field onsite wins", p: model.Posting{Title: "Virtual Teacher", RemoteHint: "onsite"}, remote: "onsite"},
}

func TestVirtualTeacherTitles(t *testing.T) {
	runFieldCases(t, virtualTeacherCases)
}
