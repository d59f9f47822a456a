package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// noteOffsetCases pin region_note_offsets.go. Traps: a note of offsets
// alone names no place; an item that is neither place nor offset still
// spoils the list.
var noteOffsetCases = []truthCase{
	{name: "offsets range beside a continent", p: model.Posting{Title: "Support Lead", DescriptionText: "Fieldwise | Remote (North America, UTC-7–UTC-4) | Contract"}, remote: "remote", regions: "US,CA"},
	{name: "offsets with to beside a country", p: model.Posting{Title: "Support Lead", DescriptionText: "Remote (Canada, GMT-5 to GMT-8)"}, remote: "remote", regions: "CA"},
	{name: "plus offsets beside europe", p: model.Posting{Title: "Support Lead", DescriptionText: "Remote (Europe, UTC+1 to UTC+3 hours)"}, remote: "remote", regions: "EU"},
	{name: "offsets first", p: model.Posting{Title: "Support Lead", DescriptionText: "Remote (GMT+0 – GMT+2, UK or Ireland)"}, remote: "remote", regions: "GB,IE"},

	{name: "trap: offsets alone", p: model.Posting{Title: "Support Lead", DescriptionText: "Remote (UTC-3 to UTC+3)"}, remote: "remote", regions: ""},
	{name: "trap: another word beside the offsets", p: model.Posting{Title: "Support Lead", DescriptionText: "Remote (async friendly team, GMT-5)"}, remote: "remote", regions: ""},
}

func TestNoteOffsetCases(t *testing.T) { runFieldCases(t, noteOffsetCases) }

func TestDropZoneOffsets(t *testing.T) {
	for in, want := range map[string]string{
		"North America, GMT-8–GMT-5": "North America, ,",
		"US, UTC+01:00":              "US, ,",
		"UTC":                        "UTC",
		"Europe":                     "Europe",
		"GMT Sans font":              "GMT Sans font",
	} {
		if got := dropZoneOffsets(in); got != want {
			t.Errorf("dropZoneOffsets(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzDropZoneOffsets reads any text: no panic (here or in placeOnlyList),
// the text unchanged without UTC or GMT, and never longer than it was.
func FuzzDropZoneOffsets(f *testing.F) {
	for _, tc := range noteOffsetCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := dropZoneOffsets(s)
		if !containsFold(s, "utc") && !containsFold(s, "gmt") && got != s {
			t.Errorf("dropZoneOffsets(%q) = %q", s, got)
		}
		if len(got) > len(s) {
			t.Errorf("dropZoneOffsets(%q) = %q, longer", s, got)
		}
		_ = placeOnlyList(s)
	})
}
