package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// zoneMoreCases pin the zone shapes added to zoneCodeHours ("aligned to
// AEST", "on Brasília time (BRT)") and the zones zoneRange reads beyond
// the first six. Traps: a clock time alone, a zone named beside a place.
var zoneMoreCases = []truthCase{
	{name: "aligned to a zone", p: model.Posting{Title: "Support Lead", RemoteHint: "remote",
		DescriptionText: "Your day is aligned with JST so you can help our clients."}, regions: "JP"},
	{name: "on a country's time, zone in brackets", p: model.Posting{Title: "Support Lead", RemoteHint: "remote",
		DescriptionText: "The whole crew works on Johannesburg time (SAST)."}, regions: "ZA"},
	{name: "a range of hours in NZST", p: model.Posting{Title: "Support Lead", RemoteHint: "remote",
		DescriptionText: "Roster: 8:30am to 5pm NZST, Monday to Friday."}, regions: "NZ"},
	{name: "a range of hours in KST", p: model.Posting{Title: "Support Lead", RemoteHint: "remote",
		DescriptionText: "Shift 10:00-19:00 KST."}, regions: "KR"},
	{name: "a range of hours in PKT", p: model.Posting{Title: "Support Lead", RemoteHint: "remote",
		DescriptionText: "Timings are 11 AM till 8 PM PKT."}, regions: "PK"},
	{name: "trap: a clock time alone", p: model.Posting{Title: "Support Lead", RemoteHint: "remote",
		DescriptionText: "Our demo day starts at 10:00 NZST."}, regions: "none"},
	{name: "trap: a zone beside a place named", p: model.Posting{Title: "Support Lead", Locations: []string{"Remote - Chile"},
		DescriptionText: "Hours are aligned to BRT."}, regions: "CL"},
	{name: "trap: an on-site listing", p: model.Posting{Title: "Support Lead", Locations: []string{"Seoul"},
		DescriptionText: "This role is on-site. Shift 9-6 KST."}, regions: "none"},
}

func TestZoneMoreCases(t *testing.T) {
	runFieldCases(t, zoneMoreCases)
}
