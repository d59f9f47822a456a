package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// frenchTeleworkAllowedCases pin remote_french_telework_allowed.go and the "by arrangement" ending of
// germanMobilePossible; traps: telework denied before the permission word,
// a whole-remote statement beside the permission, a whole-remote French
// title, home office by arrangement (pinned remote in onsite_cues_test.go).
var frenchTeleworkAllowedCases = []truthCase{
	{name: "fr telework allowed after onboarding", p: model.Posting{Title: "Chargé de recrutement", DescriptionText: "CDI basé à Nantes. Télétravail possible une fois la période d'essai passée."}, remote: "hybrid"},
	{name: "fr telework can be considered", p: model.Posting{Title: "Gestionnaire paie", DescriptionText: "Le télétravail est envisageable selon l'organisation du service."}, remote: "hybrid"},
	{name: "fr telework authorised some days", p: model.Posting{Title: "Analyste crédit", DescriptionText: "Horaires de bureau, télétravail autorisé deux jours par mois."}, remote: "hybrid"},
	{name: "de mobile work by arrangement", p: model.Posting{Title: "Sachbearbeiter Einkauf", DescriptionText: "Wir bieten Gleitzeit und mobiles Arbeiten nach Vereinbarung."}, remote: "hybrid"},
	{name: "de mobile work in agreement with the lead", p: model.Posting{Title: "Controller", DescriptionText: "Mobiles Arbeiten in Abstimmung mit der Teamleitung."}, remote: "hybrid"},

	{name: "trap: fr telework denied", p: model.Posting{Title: "Agent de quai", DescriptionText: "Travail en équipe, pas de télétravail possible sur ce poste."}, remote: "!remote"},
	{name: "trap: fr whole remote beside permission", p: model.Posting{Title: "Développeur Go", DescriptionText: "Poste en télétravail complet ; télétravail possible depuis toute la France."}, remote: "remote"},
	{name: "trap: fr whole remote title", p: model.Posting{Title: "Développeuse mobile 100 % télétravail"}, remote: "remote"},
	{name: "trap: de home office by arrangement stays", p: model.Posting{Title: "Entwickler", DescriptionText: "Home Office nach Absprache."}, remote: "remote"},
}

func TestFrenchTeleworkAllowedCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range frenchTeleworkAllowedCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
	checkLongCases(t, strings.Repeat("Nous sommes une équipe à taille humaine et nous recrutons. ", 12), checkFieldCase, frenchTeleworkAllowedCases)
}
