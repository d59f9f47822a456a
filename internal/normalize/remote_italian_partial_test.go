package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// italianPartialCases pin remote_italian_partial.go; traps: a part-time
// load, a count with no work word, hybrid technology, a workplace field.
var italianPartialCases = []truthCase{
	{name: "remote up to days of five", p: model.Posting{Title: "Sviluppatore Java", DescriptionText: "È possibile lavorare da remoto fino a 3 giornate su 5, ticket restaurant."}, remote: "hybrid"},
	{name: "smart working days a week", p: model.Posting{Title: "Sviluppatore Java", DescriptionText: "Offriamo 2 giorni di smart working a settimana e buoni pasto."}, remote: "hybrid"},
	{name: "office days a week", p: model.Posting{Title: "Contabile", DescriptionText: "Previsti 3 giorni in sede alla settimana a Bergamo."}, remote: "hybrid"},
	{name: "plural hybrid with work word", p: model.Posting{Title: "Contabile", DescriptionText: "Proponiamo modalità di lavoro ibride e orari flessibili."}, remote: "hybrid"},
	{name: "remote word then weekly count", p: model.Posting{Title: "Contabile", DescriptionText: "Smart working: massimo due giorni settimanali."}, remote: "hybrid"},

	{name: "trap: part-time load", p: model.Posting{Title: "Commesso", Locations: []string{"Padova"}, DescriptionText: "Niente smart working: part-time verticale, 3 giorni su 5 in negozio."}, remote: "!hybrid"},
	{name: "trap: count with no work word", p: model.Posting{Title: "Magazziniere", DescriptionText: "Impegno di 3 giorni a settimana, turni del mattino."}, remote: "!hybrid"},
	{name: "trap: hybrid technology", p: model.Posting{Title: "Cloud Engineer", DescriptionText: "Gestirai infrastrutture cloud ibride su AWS e Azure."}, remote: "!hybrid"},
	{name: "trap: workplace field decides", p: model.Posting{Title: "Contabile", RemoteHint: "Full Remote", DescriptionText: "Possibilità di lavorare da remoto fino a 2 giornate su 5."}, remote: "remote"},
}

func TestItalianPartialCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range italianPartialCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
	checkLongCases(t, strings.Repeat("Siamo una software house con clienti nel settore bancario. ", 12), checkFieldCase, italianPartialCases)
}

// TestItalianPartialKeyRegexp checks the key regexps against their plain
// regexps over the same windows.
func TestItalianPartialKeyRegexp(t *testing.T) {
	texts := keyTexts(t)
	for _, tc := range italianPartialCases {
		texts = append(texts, tc.p.DescriptionText)
	}
	for _, s := range append(texts, "per 2-3 gg. in ufficio", "fino a una giornata su cinque", "soluzioni IBRIDE") {
		checkKey(t, "italianDays", italianDays, s)
		checkKey(t, "italianHybridPlural", italianHybridPlural, s)
	}
}

// TestItalianDaysKeysFindEveryMatch: the "gg" keys carry the byte after it
// (a dot or a space of \s), and the key regexp still finds every match the
// plain regexp finds in the whole text, whatever follows "gg".
func TestItalianDaysKeysFindEveryMatch(t *testing.T) {
	for _, tc := range []struct {
		s     string
		match bool
	}{
		{"Lavoro da remoto per 2 gg. a settimana.", true}, {"almeno 3 gg in sede", true}, {"1 GG\tdi smart working", true},
		{"due gg\nsu 5", true}, {"4 gg\rsettimanali", true}, {"tre gg\fin ufficio", true}, {"2 giornate su cinque", true},
		{"per 2 gg.in ufficio", false}, {"3 ggg in sede", false},
	} {
		got, want := italianDays.FindStringIndex(tc.s), italianDays.plain().FindStringIndex(tc.s)
		if (got == nil) != (want == nil) || (got != nil && got[0] != want[0]) {
			t.Errorf("italianDays on %q: key regexp %v, plain %v", tc.s, got, want)
		}
		if (want != nil) != tc.match {
			t.Errorf("italianDays on %q: plain regexp match %v, the case says %v", tc.s, want != nil, tc.match)
		}
	}
}
