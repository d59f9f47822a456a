package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// othersBarePluralCases pin the bare-plural subject with a copula in
// region_others_based.go: "Coworkers are based in Chile" says where the
// coworkers are, with no "our" before the noun. Traps: the hire as the
// subject, and a later sentence that names the role's place.
var othersBarePluralCases = []truthCase{
	{name: "coworkers are based in a country", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
		DescriptionText: "Coworkers are based in Chile and we meet online."}, regions: "none"},
	{name: "teammates are located in an area", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
		DescriptionText: "Join a friendly crew. Teammates are located in Oceania."}, regions: "none"},
	{name: "clients who are based in a country", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
		DescriptionText: "You will serve clients that are based in Japan."}, regions: "none"},

	{name: "trap: applicants are located in a country", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
		DescriptionText: "Applicants are located in Kenya."}, regions: "KE"},
	{name: "trap: teammates elsewhere, the role in a country", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
		DescriptionText: "Teammates are located in Peru. You must reside in Ecuador."}, regions: "EC"},
}

func TestOthersBarePluralCases(t *testing.T) {
	runFieldCases(t, othersBarePluralCases)
}
