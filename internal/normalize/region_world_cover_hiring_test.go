package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// worldCoverHiringCases pin region_world_cover_hiring.go: areas that together cover the world,
// a remote sentence naming its country after other sentences, and a
// nationality between a hiring verb and the people hired. Traps keep the
// readings these shapes must not take.
var worldCoverHiringCases = []truthCase{
	// every inhabited continent is the world
	{name: "continents field is the world", p: model.Posting{Title: "Illustrator", RemoteHint: "remote", Locations: []string{"Americas, Europe, Asia, Africa, Oceania"}}, regions: "worldwide"},
	{name: "three areas cover the world", p: model.Posting{Title: "Support Agent", RemoteHint: "remote", Locations: []string{"Americas, EMEA, APAC"}}, regions: "worldwide"},
	{name: "trap: no africa is not the world", p: model.Posting{Title: "Support Agent", RemoteHint: "remote", Locations: []string{"Americas, Europe, Asia"}}, regions: "Americas,EU,APAC"},
	{name: "trap: north america is not the americas", p: model.Posting{Title: "Support Agent", RemoteHint: "remote", Locations: []string{"North America, Europe, Asia, Africa"}}, regions: "US,CA,EU,APAC,Africa"},
	{name: "trap: a country beside the areas stays", p: model.Posting{Title: "Support Agent", RemoteHint: "remote", Locations: []string{"Americas, Europe, Israel"}}, regions: "Americas,EU,IL"},
	// "Remote in X." after other sentences
	{name: "remote in a country after a sentence", p: model.Posting{Title: "Data Analyst", DescriptionText: "You will model churn in dbt. Remote in Chile."}, remote: "remote", regions: "CL"},
	{name: "remote from a country after a sentence", p: model.Posting{Title: "Data Analyst", DescriptionText: "Our team ships weekly. Remote from Portugal!"}, remote: "remote", regions: "PT"},
	{name: "trap: remote in a word that is no place", p: model.Posting{Title: "Data Analyst", DescriptionText: "We value calm work. Remote in spirit."}, remote: "unknown"},
	{name: "trap: remote in a place inside a longer clause", p: model.Posting{Title: "Data Analyst", Locations: []string{"Oslo, Norway"}, DescriptionText: "Our office is in Oslo. Remote in Norway is possible one day a month for parents."}, remote: "unknown"},
	{name: "remote if based in a country", p: model.Posting{Title: "Copywriter", DescriptionText: "Remote if based in Ireland."}, remote: "remote", regions: "IE"},
	{name: "advertised as remote", p: model.Posting{Title: "Copywriter", DescriptionText: "The post is advertised as remote on every board."}, remote: "remote"},
	{name: "we hire remotely then a scope", p: model.Posting{Title: "Copywriter", DescriptionText: "We hire remotely, but only in Canada."}, remote: "remote", regions: "CA"},
	// a place the scope excepts
	{name: "hire anywhere in an area except a country", p: remoteText("We recruit anywhere in Europe except Belarus."), regions: "EU"},
	{name: "based in an area other than a country", p: remoteText("You must be based in Latin America, excluding Cuba."), regions: "LATAM"},
	{name: "trap: a world except a country stays no scope", p: remoteText("Open to applicants anywhere except North Korea."), regions: "none"},
	{name: "also welcome a nationality", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - UK"}, DescriptionText: "We also welcome Irish applicants."}, regions: "GB,IE"},
	{name: "also consider two-word nationality", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - Canada"}, DescriptionText: "We also consider Puerto Rican candidates."}, regions: "CA,PR"},
	// others' seat
	{name: "trap: teams based in an area are no scope", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: "You will partner with teams based in Asia."}, regions: "none"},
	{name: "you based in an area still scope", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: "You will partner with teams based in Asia. You must be based in Japan."}, regions: "JP"},
	// a nationality between a hiring verb and the people
	{name: "hiring peruvian developers", p: remoteText("We are currently hiring Peruvian developers for this squad."), regions: "PE"},
	{name: "recruiting two-word nationality", p: remoteText("The team is recruiting Sri Lankan engineers."), regions: "LK"},
	{name: "hiring adjective then nationality", p: remoteText("We are hiring talented Mexican freelancers."), regions: "MX"},
	{name: "trap: hiring senior engineers names no place", p: remoteText("We are hiring senior engineers."), regions: "none"},
}

func TestWorldCoverHiringCases(t *testing.T) { runFieldCases(t, worldCoverHiringCases) }
