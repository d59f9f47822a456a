package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// titleWideCases pin region_title_scope_wide.go: a title's place narrows a
// world or area reading; traps keep it.
var titleWideCases = []truthCase{
	{name: "country code in brackets over Worldwide", p: model.Posting{Title: "Sales Manager (CA)", Locations: []string{"Worldwide"}}, regions: "CA"},
	{name: "based note in brackets", p: model.Posting{Title: "Support Agent (Germany based)", Locations: []string{"Worldwide"}}, regions: "DE"},
	{name: "remote note in square brackets, two countries", p: model.Posting{Title: "Recruiter [Remote - Spain or Portugal]", Locations: []string{"Anywhere"}}, regions: "ES,PT"},
	{name: "country before Remote opening the title", p: model.Posting{Title: "UK Remote Data Engineer", Locations: []string{"Worldwide"}}, regions: "GB"},
	{name: "area code ending the title", p: model.Posting{Title: "Partner Manager Channel APAC", Locations: []string{"Anywhere in the World"}}, regions: "APAC"},
	{name: "area after a dash over a worldwide text", p: model.Posting{Title: "Solutions Architect - LATAM", Locations: []string{"Remote"},
		DescriptionText: "Work from anywhere in the world."}, regions: "LATAM"},
	{name: "country after a dash over Global", p: model.Posting{Title: "Country Lead - Netherlands", Locations: []string{"Global"}}, regions: "NL"},
	{name: "DACH narrows EMEA", p: model.Posting{Title: "Account Manager, DACH", Locations: []string{"Remote - EMEA"}}, regions: "DE,AT,CH"},
	{name: "based in a town narrows EMEA", p: model.Posting{Title: "Field Engineer - Based in Madrid or Valencia", Locations: []string{"EMEA"}}, regions: "ES"},
	{name: "trap: IT in brackets is the field", p: model.Posting{Title: "Support Engineer (IT)", Locations: []string{"Worldwide"}}, regions: "worldwide"},
	{name: "trap: AI after a dash is the field", p: model.Posting{Title: "Research Engineer - AI", Locations: []string{"Worldwide"}}, regions: "worldwide"},
	{name: "trap: a town after a dash stays the world", p: model.Posting{Title: "Designer - Lisbon", Locations: []string{"Worldwide"}}, regions: "worldwide"},
	{name: "trap: a bracket that is not a place", p: model.Posting{Title: "Engineer (React)", Locations: []string{"Worldwide"}}, regions: "worldwide"},
	{name: "trap: a title place outside the area", p: model.Posting{Title: "Account Manager - Japan", Locations: []string{"Remote - EMEA"}}, regions: "EMEA"},
	{name: "trap: a country location keeps its country", p: model.Posting{Title: "Engineer (US)", Locations: []string{"Remote - Canada"}}, regions: "CA"},
	{name: "trap: a words bracket with a place word inside", p: model.Posting{Title: "Engineer (Remote, 4 days a week)", Locations: []string{"Worldwide"}}, regions: "worldwide"},
}

func TestTitleWideCases(t *testing.T) {
	runFieldCases(t, titleWideCases)
}
