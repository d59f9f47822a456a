package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// frenchOfficeDaysCases pin remote_french_office_days.go; traps: five days
// on site, onboarding days, a part-time load, days with no week named.
var frenchOfficeDaysCases = []truthCase{
	{name: "presence days", p: model.Posting{Title: "Comptable", Locations: []string{"Nantes"}, DescriptionText: "Poste basé à Nantes, présence 2 jours par semaine."}, remote: "hybrid"},
	{name: "presence on site days", p: model.Posting{Title: "Comptable", DescriptionText: "Présence sur site requise 3 jours par semaine, le reste en télétravail."}, remote: "hybrid"},
	{name: "presence range", p: model.Posting{Title: "Comptable", DescriptionText: "Une présence au bureau de 2 à 3 jours/semaine est attendue."}, remote: "hybrid"},
	{name: "days on site per week", p: model.Posting{Title: "Technicien support", DescriptionText: "Vous serez 4 jours sur site par semaine à Lille."}, remote: "hybrid"},
	{name: "days per week at the office", p: model.Posting{Title: "Chargé de paie", DescriptionText: "Organisation : deux jours par semaine au bureau de Rennes."}, remote: "hybrid"},

	{name: "trap: five days on site", p: model.Posting{Title: "Technicien support", Locations: []string{"Lille"}, DescriptionText: "Poste 5 jours par semaine sur site."}, remote: "!hybrid"},
	{name: "trap: onboarding days", p: model.Posting{Title: "Technicien support", Locations: []string{"Lille"}, DescriptionText: "Les 3 premiers jours sur site par semaine d'intégration, puis selon l'équipe."}, remote: "!hybrid"},
	{name: "trap: part-time load", p: model.Posting{Title: "Assistant", Locations: []string{"Tours"}, DescriptionText: "Contrat à temps partiel : 3 jours sur site par semaine."}, remote: "!hybrid"},
	{name: "trap: no week named", p: model.Posting{Title: "Assistant", Locations: []string{"Tours"}, DescriptionText: "Formation de 2 jours sur site à l'arrivée."}, remote: "!hybrid"},
}

func TestFrenchOfficeDaysCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range frenchOfficeDaysCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
	checkLongCases(t, strings.Repeat("Nous développons des outils de gestion pour les PME. ", 12), checkFieldCase, frenchOfficeDaysCases)
}

// TestFrenchOfficeDaysKeyRegexp checks the key regexps against their plain
// regexps over the same windows.
func TestFrenchOfficeDaysKeyRegexp(t *testing.T) {
	texts := keyTexts(t)
	for _, tc := range frenchOfficeDaysCases {
		texts = append(texts, tc.p.DescriptionText)
	}
	for _, s := range append(texts, "présence obligatoire sur le site de deux à quatre jours par semaine", "1 jour sur site chaque semaine") {
		checkKey(t, "frenchPresenceDays", frenchPresenceDays, s)
		checkKey(t, "frenchDaysOnSite", frenchDaysOnSite, s)
	}
}
