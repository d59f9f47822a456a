package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// russianHybridCases pin remote_russian_hybrid.go; traps: occasional
// visits, onboarding days, five office days, a phone number, a year.
var russianHybridCases = []truthCase{
	{name: "partly remote", p: model.Posting{Title: "Аналитик", DescriptionText: "Работа частично удалённая, частично в офисе на Таганской."}, remote: "hybrid"},
	{name: "remote days and office days", p: model.Posting{Title: "Аналитик", DescriptionText: "График: удаленка 2 дня, 3 дня офис."}, remote: "hybrid"},
	{name: "office days in a remote listing", p: model.Posting{Title: "Аналитик", Locations: []string{"Удаленно"}, DescriptionText: "Удаленная работа, нужно 2 дня в неделю работать в офисе."}, remote: "hybrid"},
	{name: "hybrid location over remote text", p: model.Posting{Title: "Аналитик", Locations: []string{"Гибрид"}, DescriptionText: "Удаленка, гибкое начало дня."}, remote: "hybrid"},

	{name: "trap: occasional visits", p: model.Posting{Title: "Аналитик", DescriptionText: "Удаленно. Иногда встречи в офисе по договоренности."}, remote: "remote"},
	{name: "trap: onboarding days", p: model.Posting{Title: "Аналитик", DescriptionText: "Удаленная работа; первые 2 дня в офисе для оформления."}, remote: "remote"},
	{name: "trap: five office days", p: model.Posting{Title: "Аналитик", Locations: []string{"Москва"}, DescriptionText: "Работа 5 дней в офисе."}, remote: "!hybrid"},
	{name: "trap: a phone number", p: model.Posting{Title: "Аналитик", DescriptionText: "Удаленка. Телефон офиса: 8 (495) 123-45-67, 2 линия."}, remote: "remote"},
	{name: "trap: a year", p: model.Posting{Title: "Аналитик", DescriptionText: "Удаленка. Компания основана в 2014 году, офис в Казани."}, remote: "remote"},
}

func TestRussianHybridCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range russianHybridCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}

// FuzzReviseRussianHybrid runs reviseRussianHybrid on any input: no panic,
// and a change only to hybrid, with its evidence in the input.
func FuzzReviseRussianHybrid(f *testing.F) {
	for _, tc := range russianHybridCases {
		f.Add(tc.p.DescriptionText, strings.Join(tc.p.Locations, ""))
	}
	f.Fuzz(func(t *testing.T, text, loc string) {
		for _, r := range []model.Remote{model.RemoteUnknown, model.RemoteRemote, model.RemoteOnsite} {
			out := reviseRussianHybrid([]string{loc}, text, RemoteInfo{Remote: r})
			if out.Remote == r {
				continue
			}
			ev := out.Evidence[strings.Index(out.Evidence, ": ")+2:]
			if out.Remote != model.RemoteHybrid || r == model.RemoteOnsite || !strings.Contains(text+"\x00"+loc, ev) {
				t.Errorf("reviseRussianHybrid(%q, %q) from %s = %s (%s)", text, loc, r, out.Remote, out.Evidence)
			}
		}
	})
}
