package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// eastEuropeLatamCases pin region_east_europe_latam.go: Cyrillic towns of Bulgaria and
// the former Yugoslavia, Sofia's Latin forms, Argentine provinces the
// Brazilian towns table took, Lithuanian "apskr.", Brazilian capitals before
// a state code that is also a country's, and gazetteer towns with lower-case
// small words. Traps: an on-site role names no region, "Sofia" beside other
// words is a person's name, a Brazilian town the hand table does not pair
// with the code, a Spanish town before "ES".
var eastEuropeLatamCases = []truthCase{
	{name: "bulgarian town in cyrillic", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"Шумен"}}, regions: "BG"},
	{name: "bulgarian town with gr dot glued", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"гр.Бургас"}}, regions: "BG"},
	{name: "bulgarian oblast before the town", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"обл. Стара Загора"}}, regions: "BG"},
	{name: "sofia city hyphen grad", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"София-град"}}, regions: "BG"},
	{name: "serbian town in cyrillic", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"Крагујевац"}}, regions: "RS"},
	{name: "macedonian town in cyrillic", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"Битола"}}, regions: "MK"},
	{name: "sofiya transliterated", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"Sofiya"}}, regions: "BG"},
	{name: "sofia city words", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"Sofia City, remote"}}, regions: "BG"},
	{name: "sofia alone after remote", p: model.Posting{Title: "Accountant", Locations: []string{"Remote - Sofia"}}, regions: "BG"},
	{name: "trap: sofia in a phrase", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"Sofia Team Lounge"}}, regions: "none"},
	{name: "trap: bulgarian town on site", p: model.Posting{Title: "Accountant", RemoteHint: "onsite", Locations: []string{"Плевен"}}, regions: "none"},
	{name: "rio negro province with accent", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"General Roca, Río Negro"}}, regions: "AR"},
	{name: "entre rios without accent", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"Entre Rios"}}, regions: "AR"},
	{name: "bariloche short form", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"Bariloche (remoto)"}}, regions: "AR"},
	{name: "gazetteer town with del", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"Mar del Plata"}}, regions: "AR"},
	{name: "gazetteer town with de", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"Remote - San Carlos de Bariloche"}}, regions: "AR"},
	{name: "lima metro area", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"Lima Metropolitana"}}, regions: "PE"},
	{name: "lithuanian county abbreviated", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"Kauno apskr."}}, regions: "LT"},
	{name: "capital brackets bosnia code", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"Salvador (BA)"}}, regions: "BR"},
	{name: "capital dash given-name town", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"Natal - RN"}}, regions: "BR"},
	{name: "capital slash sweden code", p: model.Posting{Title: "Accountant", RemoteHint: "hybrid", Locations: []string{"Aracaju/SE"}}, regions: "BR"},
	{name: "capital dash spain code", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"Vitória - ES"}}, regions: "BR"},
	{name: "capital brackets lower case", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"palmas (to)"}}, regions: "BR"},
	{name: "trap: spanish town before es", p: model.Posting{Title: "Accountant", RemoteHint: "remote", Locations: []string{"Sevilla - ES"}}, regions: "ES"},
}

func TestEastEuropeLatamCases(t *testing.T) {
	runFieldCases(t, eastEuropeLatamCases)
}

func TestEastEuropeLatamLocUnchanged(t *testing.T) {
	for _, loc := range []string{"Remote", "Berlin, Germany", "Sofia Team Lounge", "Leeds (BA)", "Natal - XX", "abc"} {
		if got := eastEuropeLatamLoc(loc); got != loc {
			t.Errorf("eastEuropeLatamLoc(%q) = %q, want it unchanged", loc, got)
		}
	}
}
