package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestWholeCountryCustomersNoScope pins the trap check of foreignWhereFrom's
// West Slavic whole-country phrases (region_foreign_where_from.go):
// customers, clients or an office across a country are no scope of the
// worker. Traps: the worker from the whole country stays read.
func TestWholeCountryCustomersNoScope(t *testing.T) {
	post := func(text string) model.Posting {
		return model.Posting{Title: "Specialista", RemoteHint: "remote", DescriptionText: text}
	}
	runFieldCases(t, []truthCase{
		{name: "cz customers across the country", p: post("Práce z domova. Budete obsluhovat zákazníky z celého Česka."), regions: "none"},
		{name: "pl clients across the country", p: post("Praca zdalna. Obsługujesz klientów z całej Polski."), regions: "none"},
		{name: "trap: workers from the whole country", p: post("Práce z domova, hledáme kolegy z celé ČR."), regions: "CZ"},
		{name: "trap: only from Slovakia", p: post("Práca z domu, len zo Slovenska."), regions: "SK"},
	})
}
