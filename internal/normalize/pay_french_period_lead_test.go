package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// frenchPeriodLeadCases pin pay_french_period_lead.go. Traps: the period
// word inside a bonus or a turnover, not opening the line; days, not
// money.
var frenchPeriodLeadCases = []truthCase{
	{name: "monthly line over twelve months", p: model.Posting{Title: "Technicien", PayText: "Mensuel de 2150 Euros sur 12 mois"}, pay: "2150 2150 EUR month"},
	{name: "yearly range with cents", p: model.Posting{Title: "Chargé d'études", PayText: "Annuel de 38000,00 Euros à 44000,00 Euros sur 12 mois"}, pay: "38000 44000 EUR year"},
	{name: "yearly range, the currency once", p: model.Posting{Title: "Chargé d'études", PayText: "Annuel de 31000 a 36000 euros"}, pay: "31000 36000 EUR year"},
	{name: "hourly line", p: model.Posting{Title: "Préparateur", PayText: "Horaire de 12,40 Euros"}, pay: "12.4 12.4 EUR hour"},
	{name: "in a description after a heading", p: model.Posting{Title: "Analyste", DescriptionText: "Salaire :\nAnnuel de 41000 à 47000 Euros\nTélétravail partiel."}, pay: "41000 47000 EUR year"},
	{name: "after a label's colon", p: model.Posting{Title: "Analyste", DescriptionText: "Rémunération: mensuel de 2600 euros brut."}, pay: "2600 2600 EUR month"},
	{name: "both ends marked after a label", p: model.Posting{Title: "Analyste", DescriptionText: "Salaire annuel de 39000 € à 45500 € selon profil."}, pay: "39000 45500 EUR year"},

	{name: "trap: a later range is no start's widening", p: model.Posting{Title: "Analyste", DescriptionText: "Salaire: 2400 € brut mensuel. Tickets restaurant de 8 € à 10 €."}, pay: "2400 2400 EUR month"},
	{name: "trap: a yearly bonus", p: model.Posting{Title: "Analyste", DescriptionText: "Une prime annuelle de 1500 euros s'ajoute en fin d'année."}, pay: "!1500 1500 EUR year"},
	{name: "trap: a yearly bonus opening with bonus", p: model.Posting{Title: "Analyste", DescriptionText: "Bonus annuel de 2000 euros selon objectifs."}, pay: "!2000 2000 EUR year"},
	{name: "trap: days off", p: model.Posting{Title: "Analyste", DescriptionText: "Annuel de 25 jours de congés."}, pay: "-"},
}

func TestFrenchPeriodLeadCases(t *testing.T) { runFieldCases(t, frenchPeriodLeadCases) }

func TestFrenchPeriodLead(t *testing.T) {
	for _, c := range []struct {
		before string
		unit   model.PayUnit
		ok     bool
	}{
		{"Annuel de ", model.UnitYear, true},
		{"Salaire\nMensuel de ", model.UnitMonth, true},
		{"Hebdomadaire de ", model.UnitWeek, true},
		{"Journalier de ", model.UnitDay, true},
		{"Annuel de 35 000 € à ", model.UnitYear, true},
		{"Prime annuelle de ", "", false},
		{"Chiffre d'affaires annuel de ", "", false},
		{"Annuel ", "", false},
	} {
		u, ok := frenchPeriodLead(c.before)
		if u != c.unit || ok != c.ok {
			t.Errorf("frenchPeriodLead(%q) = %q, %v; want %q, %v", c.before, u, ok, c.unit, c.ok)
		}
	}
}

// FuzzFrenchPeriodLead reads any text: no panic, and a period only when
// "de" and a period word are in the text.
func FuzzFrenchPeriodLead(f *testing.F) {
	for _, s := range []string{"Annuel de ", "Mensuel de 1 900 € à ", "prime annuelle de ", "Horaire de"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, ok := frenchPeriodLead(s)
		if !ok {
			if u != "" {
				t.Errorf("frenchPeriodLead(%q) = %q without ok", s, u)
			}
			return
		}
		l := strings.ToLower(s)
		if !strings.Contains(l, "de") || !strings.Contains(l, "uel") && !strings.Contains(l, "aire") && !strings.Contains(l, "journalier") {
			t.Errorf("frenchPeriodLead(%q) = %q with no period word", s, u)
		}
		switch u {
		case model.UnitYear, model.UnitMonth, model.UnitWeek, model.UnitDay, model.UnitHour:
		default:
			t.Errorf("frenchPeriodLead(%q) = %q", s, u)
		}
	})
}
