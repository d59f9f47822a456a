package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A permission to do the role remotely in a named place is where the
// remote worker may be, with no location field too. Traps: the permission
// denied, a place that is no country, and a permission with no place.
func TestRegionRemotelyPermittedIn(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "can be done remotely in", p: model.Posting{Title: "Data Analyst", DescriptionText: "The analysis can be done remotely in the United States."}, remote: "remote", regions: "US"},
		{name: "may be performed remotely within", p: model.Posting{Title: "Editor", DescriptionText: "Editing may be performed remotely within Canada."}, remote: "remote", regions: "CA"},
		{name: "could be done entirely remotely in", p: model.Posting{Title: "Tester", DescriptionText: "The contract could be done entirely remotely in the UK."}, remote: "remote", regions: "GB"},
		{name: "from anywhere in", p: model.Posting{Title: "Writer", DescriptionText: "This post can be done remotely from anywhere in Germany."}, remote: "remote", regions: "DE"},

		{name: "trap: cannot be done remotely", p: model.Posting{Title: "Nurse", Locations: []string{"Denver, CO"}, DescriptionText: "This work cannot be done remotely in any state."}, remote: "!remote"},
		{name: "trap: no place after", p: model.Posting{Title: "Designer", DescriptionText: "All of the design can be done remotely in your own hours."}, remote: "remote", regions: ""},
	})
}

// The work named by its noun (project, assignment, contract, internship)
// done remotely is a remote role. Traps: an interview or training done
// remotely, and a project done remotely only some days.
func TestRemoteWorkNounDoneRemotely(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "project done entirely remotely", p: model.Posting{Title: "Illustrator", DescriptionText: "The project could be done entirely remotely."}, remote: "remote"},
		{name: "internship completed remotely", p: model.Posting{Title: "Marketing Intern", DescriptionText: "The internship is completed remotely over eight weeks."}, remote: "remote"},
		{name: "assignment worked remotely", p: model.Posting{Title: "Copy Editor", DescriptionText: "This assignment can be worked remotely."}, remote: "remote"},

		{name: "trap: interview done remotely", p: model.Posting{Title: "Barista", Locations: []string{"Leeds"}, DescriptionText: "Your interview can be done remotely; the job is in our cafe."}, remote: "!remote"},
		{name: "trap: training done remotely", p: model.Posting{Title: "Cashier", Locations: []string{"Leeds"}, DescriptionText: "Training may be done remotely before your first shift in store."}, remote: "!remote"},
	})
}
