package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// areaNarrowedCases pin region_area_narrowed.go. Traps: a zone in the
// bracket, a place outside the area, a bracket that is only a note.
var areaNarrowedCases = []truthCase{
	{name: "americas narrowed to two", p: model.Posting{Title: "Recruiter", Locations: []string{"Americas (Brazil or Mexico)"}, RemoteHint: "remote"}, regions: "BR,MX"},
	{name: "emea narrowed to three", p: model.Posting{Title: "Recruiter", Locations: []string{"EMEA (UK, Germany, Poland)"}, RemoteHint: "remote"}, regions: "GB,DE,PL"},
	{name: "apac after remote", p: model.Posting{Title: "Recruiter", Locations: []string{"Remote - APAC (Australia, Singapore)"}}, remote: "remote", regions: "AU,SG"},

	{name: "area before a colon in the bracket", p: model.Posting{Title: "Recruiter", Locations: []string{"Remote (Europe: Germany, Netherlands)"}}, remote: "remote", regions: "DE,NL"},
	{name: "trap: a zone in the bracket", p: model.Posting{Title: "Recruiter", Locations: []string{"Europe (CET)"}, RemoteHint: "remote"}, regions: "EU"},
	{name: "trap: a place outside the area", p: model.Posting{Title: "Recruiter", Locations: []string{"Europe (UK, Canada)"}, RemoteHint: "remote"}, regions: "EU,GB,CA"},
	{name: "trap: a colon note of hours", p: model.Posting{Title: "Recruiter", Locations: []string{"Remote (Europe: CET hours)"}}, remote: "remote", regions: "EU"},
	{name: "trap: only a note", p: model.Posting{Title: "Recruiter", Locations: []string{"Americas (Remote)"}}, remote: "remote", regions: "Americas"},
}

func TestAreaNarrowedCases(t *testing.T) {
	for _, tc := range areaNarrowedCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
