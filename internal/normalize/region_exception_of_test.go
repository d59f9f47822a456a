package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// exceptionOfCases pin "with the exception of" among exclusionWords
// (remote_scopes.go): the places after it are set aside like those after
// "except".
var exceptionOfCases = []truthCase{
	{name: "an area less a country", p: model.Posting{Title: "Field Marketer", RemoteHint: "remote",
		DescriptionText: "You may live anywhere in LATAM, with the exception of Nicaragua."}, regions: "LATAM"},
	{name: "a list less a country", p: model.Posting{Title: "Field Marketer", RemoteHint: "remote",
		DescriptionText: "Candidates must be based in Europe, with the exception of Belarus."}, regions: "EU"},
	{name: "an area less a country after the hiring verb", p: model.Posting{Title: "Field Marketer", RemoteHint: "remote",
		DescriptionText: "We hire across APAC with the exception of Japan."}, regions: "APAC"},
	{name: "the Americas less a country", p: model.Posting{Title: "Field Marketer", RemoteHint: "remote",
		DescriptionText: "The job is open throughout the Americas with the exception of Peru."}, regions: "Americas"},
	{name: "trap: an exception of days", p: model.Posting{Title: "Field Marketer", RemoteHint: "remote",
		DescriptionText: "With the exception of Fridays, you must be based in Chile."}, regions: "CL"},
}

func TestExceptionOfCases(t *testing.T) {
	runFieldCases(t, exceptionOfCases)
	checkLongCases(t, shopsPad, checkFieldCase, exceptionOfCases)
}
