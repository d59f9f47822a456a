package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// othersBasedCases pin region_others_based.go: a "based in" said of the
// company's people or seat is no region of the role; traps where the
// subject is the person hired, or a later sentence names the role's place.
var othersBasedCases = []truthCase{
	{name: "our staff are based in a country", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Most of our staff are based in Ireland, and we meet twice a year."}, regions: "none"},
	{name: "the head office is located in a country", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "The head office is located in Denmark."}, regions: "none"},
	{name: "our engineers are mostly based in an area", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Our engineers are mostly based in Latin America; we work asynchronously."}, regions: "none"},
	{name: "the founders are based in a country", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Both of the founders live nearby. The founders are based in Portugal."}, regions: "none"},
	{name: "a later requirement still counts", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Our developers are based in Poland. You must be located in Spain."}, regions: "ES"},
	{name: "trap: the hire is based in a country", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "The successful applicant will be based in Norway."}, regions: "NO"},
	{name: "trap: candidates are based in a country", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Candidates are based in Finland."}, regions: "FI"},
	{name: "trap: you are based in a country", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "You are based in Sweden and love data."}, regions: "SE"},
	{name: "trap: the role is based in a country", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "The role is based in Austria."}, regions: "AT"},
	{name: "trap: the team sentence ends before the requirement", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Our team is great. Remote within Belgium."}, regions: "BE"},
	{name: "colleagues based in places", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "You will pair with colleagues based in Seoul and Madrid."}, regions: "none"},
	{name: "we are based in a town", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "We are based in Lisbon."}, regions: "none"},
	{name: "our investors are located in the us", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Our investors are located in the US."}, regions: "none"},
	{name: "trap: we are based in a town and you must be in the country", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "We are based in Lisbon and you must be based in Portugal too."}, regions: "PT"},
	{name: "trap: candidates located in the us", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Only candidates located in the US will be considered."}, regions: "US"},
}

func TestOthersBasedCases(t *testing.T) {
	runFieldCases(t, othersBasedCases)
}
