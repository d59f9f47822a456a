package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// zoneNoteCases pin the time-zone note of region_hours_note.go: a
// bracketed note that names a country's time zone beside another place
// keeps that place alone. Traps: the note beside no other place, beside
// worldwide (a US zone still narrows it to the US), and a note whose zone
// is the named place's own.
var zoneNoteCases = []truthCase{
	{name: "manila with us zone overlap", p: model.Posting{Title: "Support Lead", Locations: []string{"Manila (remote, US time zone overlap)"}}, remote: "remote", regions: "PH"},
	{name: "lagos with eu timezone", p: model.Posting{Title: "Backend Developer", Locations: []string{"Remote - Lagos (EU timezone)"}}, remote: "remote", regions: "NG"},
	{name: "poland with uk zone", p: model.Posting{Title: "QA Engineer", Locations: []string{"Remote - Poland (UK time zone overlap)"}}, remote: "remote", regions: "PL"},

	{name: "trap: zone note alone", p: model.Posting{Title: "Analyst", Locations: []string{"Remote (US time zones)"}}, remote: "remote", regions: "US"},
	{name: "trap: anywhere keeping us zone", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - Anywhere (US timezone overlap)"}}, remote: "remote", regions: "US"},
	{name: "trap: zone of the same place", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - UK (UK time zone)"}}, remote: "remote", regions: "GB"},
	{name: "trap: zone place also named", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - US, Mexico (US time zone)"}}, remote: "remote", regions: "US,MX"},
}

func TestZoneNoteCases(t *testing.T) { runFieldCases(t, zoneNoteCases) }
