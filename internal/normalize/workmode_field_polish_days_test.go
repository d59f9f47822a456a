package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// polishFieldDayCases pin workmode_field_polish_days.go: Polish notes in a
// work-mode field, written for this project, with traps beside them.
var polishFieldDayCases = []truthCase{
	// The hybrid word opens the note; what follows only splits the week.
	{name: "hybrid word then agreement", p: model.Posting{Title: "Tester", RemoteHint: "hybryda do ustalenia"}, remote: "hybrid"},
	{name: "hybrid word then days a month", p: model.Posting{Title: "Tester", RemoteHint: "Hybryda, 8 dni w miesiącu"}, remote: "hybrid"},
	{name: "hybrid word then home days", p: model.Posting{Title: "Tester", RemoteHint: "hybrydowo: 2 dni zdalnie, 3 w biurze"}, remote: "hybrid"},
	{name: "hybrid word then on-site share", p: model.Posting{Title: "Tester", RemoteHint: "hybryda, 20 dni on-site w roku"}, remote: "hybrid"},
	// Counted office days or visits.
	{name: "twice a week slash city", p: model.Posting{Title: "Analityk", RemoteHint: "2x/tyg Poznań"}, remote: "hybrid"},
	{name: "one to three a week", p: model.Posting{Title: "Analityk", RemoteHint: "1-3x w tygodniu"}, remote: "hybrid"},
	{name: "days weekly in a city", p: model.Posting{Title: "Analityk", RemoteHint: "3 dni tygodniowo w Łodzi"}, remote: "hybrid"},
	{name: "days from the office", p: model.Posting{Title: "Analityk", RemoteHint: "1 dzień z biura"}, remote: "hybrid"},
	{name: "days on site polish count", p: model.Posting{Title: "Analityk", RemoteHint: "2 dni onsite"}, remote: "hybrid"},
	{name: "visits a month in the office", p: model.Posting{Title: "Analityk", RemoteHint: "3 razy na miesiąc w biurze"}, remote: "hybrid"},
	{name: "remote plus monthly visits", p: model.Posting{Title: "Analityk", RemoteHint: "zdalnie + 2x/miesiąc"}, remote: "hybrid"},
	{name: "remote at most days a week", p: model.Posting{Title: "Analityk", RemoteHint: "zdalnie, max 1 dzień w tygodniu"}, remote: "hybrid"},
	// Traps: the whole week, a yearly count, a count of home days, a
	// whole-remote note with an optional visit, English and plain values.
	{name: "trap remote five days a week", p: model.Posting{Title: "Analityk", RemoteHint: "zdalnie 5 dni w tygodniu"}, remote: "remote"},
	{name: "trap office days a year", p: model.Posting{Title: "Analityk", RemoteHint: "zdalnie, 10 dni w roku w biurze"}, remote: "remote"},
	{name: "trap whole remote optional visit", p: model.Posting{Title: "Analityk", RemoteHint: "100% zdalnie, czasem 1x w miesiącu"}, remote: "remote"},
	{name: "trap hybrid or remote choice", p: model.Posting{Title: "Analityk", RemoteHint: "hybryda przy 2 spotkaniach w miesiącu lub zdalnie"}, remote: "remote"},
	{name: "trap plain polish remote", p: model.Posting{Title: "Analityk", RemoteHint: "zdalnie"}, remote: "remote"},
	{name: "trap plain polish office", p: model.Posting{Title: "Analityk", RemoteHint: "stacjonarnie, Gdańsk"}, remote: "onsite"},
	{name: "trap english full office week", p: model.Posting{Title: "Analyst", RemoteHint: "On-site, 5 days a week"}, remote: "onsite"},
	{name: "trap count in a description", p: model.Posting{Title: "Analityk", DescriptionText: "Zespół liczy 3 osoby, spotkania 2 razy w tygodniu online."}, remote: "unknown"},
}

func TestPolishFieldDayCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range polishFieldDayCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
