package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Remote work or a remote work arrangement placed in a country by "in" or
// "within" is the region of a remote listing that names none elsewhere.
// Traps: a team or a kind of company after the preposition, and a denied
// clause.
func TestRemoteWorkWithin(t *testing.T) {
	runFieldCasesShortAndLong(t, []truthCase{
		{name: "working arrangement within", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
			DescriptionText: "A remote working arrangement within the UK can be discussed."}, regions: "GB"},
		{name: "remote work in, then more of the sentence", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
			DescriptionText: "Remote work in Canada is offered to this team."}, regions: "CA"},
		{name: "two countries", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
			DescriptionText: "We offer remote work within Germany or Austria."}, regions: "DE,AT"},
		{name: "trap: a team after within", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
			DescriptionText: "Remote work within our finance team is the norm."}, regions: "none"},
		{name: "trap: a kind of company after in", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
			DescriptionText: "Remote work in a fast-moving startup suits you."}, regions: "none"},
		{name: "trap: denied clause", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
			DescriptionText: "Remote work in Portugal is not possible for this role."}, regions: "!PT"},
	})
}
