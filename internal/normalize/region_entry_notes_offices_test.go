package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// entryNotesOfficesCases pin region_entry_notes_offices.go, in our own
// words, with traps that must keep their reading.
var entryNotesOfficesCases = []truthCase{
	// Towns with two-letter codes joined by spaced slashes are a list.
	{name: "three us towns joined by slashes", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Tempe, AZ / Provo, UT / Fresno, CA"}}, regions: "US"},
	{name: "two us towns joined by a slash", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Boise, ID / Tacoma, WA"}}, regions: "US"},
	{name: "two european towns joined by a slash", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Leeds, GB / Cork, IE"}}, regions: "GB,IE"},
	{name: "trap: a town beside remote is read as before", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Denver, CO / Remote"}}, regions: "US"},
	{name: "trap: an unspaced slash of countries", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Remote - US/Canada"}}, regions: "US,CA"},
	{name: "trap: a coded town beside remote", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Oslo, NO / Remote"}}, regions: "NO"},
	// A bracketed note on sponsorship names no place of work.
	{name: "world with a note on uk sponsorship", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Anywhere (no UK sponsorship)"}}, regions: "worldwide"},
	{name: "country with a note on sponsorship keeps the country", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Remote - Canada (visa sponsorship not offered)"}}, regions: "CA"},
	{name: "trap: a bracketed country limit still narrows", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Anywhere (Canada only)"}}, regions: "CA"},
	// The world, then the company's offices.
	{name: "world with offices after a comma", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Remote worldwide, with offices in Lisbon and Denver"}}, regions: "worldwide"},
	{name: "globally or from an office", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Globally, or from our offices in Oslo"}}, regions: "worldwide"},
	{name: "world then where the office is", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Worldwide - our office is in Austin, TX"}}, regions: "worldwide"},
	{name: "trap: a place after the world still narrows", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Worldwide, Europe"}}, regions: "EU"},
	{name: "trap: a country opening keeps the country", p: model.Posting{Title: "SRE", RemoteHint: "remote", Locations: []string{"Remote - Portugal, offices in Lisbon"}}, regions: "PT"},
}

func TestEntryNotesOfficesRegions(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range entryNotesOfficesCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
