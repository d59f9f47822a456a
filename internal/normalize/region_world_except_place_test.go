package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// worldExceptPlaceCases pin placeBeforeExcept (region_where_from.go): an
// exception taken out of a named place ("anywhere in Canada except
// Quebec") leaves that place; taken out of the whole world it leaves no
// scope of ours.
var worldExceptPlaceCases = []truthCase{
	{name: "a province out of Canada", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
		DescriptionText: "The role is open anywhere in Canada except Quebec."}, regions: "CA"},
	{name: "states out of the US", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
		DescriptionText: "The team hires anywhere in the USA, excluding Alaska and Hawaii."}, regions: "US"},
	{name: "a city out of the US", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
		DescriptionText: "Open to applicants anywhere in the United States except for New York City."}, regions: "US"},
	{name: "trap: the world but a country", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
		DescriptionText: "Open to applicants anywhere except Cuba."}, regions: "none"},
	{name: "trap: worldwide but a state", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
		DescriptionText: "Work worldwide, excluding California."}, regions: "none"},
}

func TestWorldExceptPlaceCases(t *testing.T) {
	runFieldCases(t, worldExceptPlaceCases)
}
