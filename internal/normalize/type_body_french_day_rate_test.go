package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// frenchDayRateCases pin type_body_french_day_rate.go in our own words: a
// French day rate (TJM, taux journalier) with an amount makes the post a
// contract; a rate with no amount, a small figure or a salary named after
// the label does not.
var frenchDayRateCases = []truthCase{
	{name: "tjm range per day", p: model.Posting{Title: "Architecte cloud", DescriptionText: "Mission à Lyon.\n\nTJM: 700-850 €/jour\n\nDémarrage ASAP."}, jobType: "contract"},
	{name: "tjm with target word", p: model.Posting{Title: "Chef de projet", DescriptionText: "Profil senior attendu, TJM cible 620 € HT."}, jobType: "contract"},
	{name: "average daily rate spelled out", p: model.Posting{Title: "Consultant data", DescriptionText: "Taux journalier moyen : 540 € selon expérience."}, jobType: "contract"},
	{name: "tjm between two amounts", p: model.Posting{Title: "Développeur Java", DescriptionText: "TJM entre 480 et 560 euros."}, jobType: "contract"},
	{name: "trap: tjm to be discussed", p: model.Posting{Title: "Développeur Java", DescriptionText: "Votre TJM sera fixé lors de l'entretien."}, jobType: "unknown"},
	{name: "trap: tjm by profile", p: model.Posting{Title: "Développeur Java", DescriptionText: "TJM selon profil et séniorité."}, jobType: "unknown"},
	{name: "trap: salary after a tjm denial", p: model.Posting{Title: "Développeur Java", DescriptionText: "Poste salarié, pas de TJM, salaire 48 000 € brut."}, jobType: "unknown"},
	{name: "trap: two figure daily allowance", p: model.Posting{Title: "Technicien", DescriptionText: "Indemnité : taux journalier 35 € pour les repas."}, jobType: "unknown"},
	{name: "trap: word holding tjm letters", p: model.Posting{Title: "Vendeur", DescriptionText: "Magasin TJMAX 2024 recrute."}, jobType: "unknown"},
}

func TestFrenchDayRate(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range frenchDayRateCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
