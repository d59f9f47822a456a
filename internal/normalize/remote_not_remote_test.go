package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A role said not to be remote mid-sentence, and a "non-remote" role, are
// not remote.
func TestNotRemoteSaid(t *testing.T) {
	checkModes(t, []modeCase{
		{title: "Buyer", text: "Please note this is not remote: the buyer works at our Leeds depot.", want: model.RemoteOnsite},
		{title: "Buyer", text: "The position is not remote, and relocation support is offered.", want: model.RemoteOnsite},
		{title: "Buyer", loc: "Remote", text: "Despite the board's tag, this role won't be remote.", want: model.RemoteOnsite},
		{title: "Buyer", text: "A non-remote role at the Tulsa plant.", want: model.RemoteUnknown},
		{title: "Buyer", text: "Non-remote position with a company car.", want: model.RemoteUnknown},
	})
}

// A denial of something else than the role being remote is not read.
func TestNotRemoteSaidTraps(t *testing.T) {
	checkModes(t, []modeCase{
		{title: "Buyer", text: "It is not remote-first, but we are a fully remote role for this team.", want: model.RemoteRemote},
		{title: "Buyer", text: "This is a remote position; our warehouse is not remote from the motorway.", want: model.RemoteRemote},
		{title: "Buyer", text: "This is a remote position. It is not remote-friendly everywhere in the industry, we know.", want: model.RemoteRemote},
	})
	if notRemoteSaid("The job is remote. It is not a problem.") != "" {
		t.Error("read a denial that is not there")
	}
}
