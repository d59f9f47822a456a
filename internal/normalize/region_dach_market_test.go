package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// dachMarketCases pin dachMarketAfter (region_foreign_where_from.go): the
// DACH group named as a market or its customers is not where the work is
// done; named as a place it still is.
var dachMarketCases = []truthCase{
	{name: "trap: the DACH market", p: model.Posting{Title: "Sales Lead", RemoteHint: "remote",
		DescriptionText: "You know how to sell into the DACH market."}, regions: "none"},
	{name: "trap: DACH customers", p: model.Posting{Title: "Sales Lead", RemoteHint: "remote",
		DescriptionText: "You will look after our DACH-based clients."}, regions: "none"},
	{name: "DACH as the place", p: model.Posting{Title: "Sales Lead", RemoteHint: "remote",
		DescriptionText: "You live in DACH and speak German."}, regions: "DE,AT,CH"},
	{name: "a market and then the place", p: model.Posting{Title: "Sales Lead", RemoteHint: "remote",
		DescriptionText: "You grow the DACH market. The role is remote across DACH."}, regions: "DE,AT,CH"},
}

func TestDachMarketCases(t *testing.T) {
	runFieldCases(t, dachMarketCases)
}
