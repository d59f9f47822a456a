package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Whole ads of German, French, Spanish, Italian and Dutch
// boards. A French pay field with "j" for jour after the euro sign is a day
// rate; the German field word "Feste Anstellung" is a permanent post;
// "CDI temps plein" and "CDD 12 mois" in a French description name the
// contract; the German agency's working-time model "Heim-/Telearbeit" in
// the employment field is hybrid work. In this project's own words, with
// traps.
var europeanAdCases = []truthCase{
	// "€ / j" in a pay field: a day's rate
	{name: "euro slash j spaced", p: model.Posting{Title: "Consultant SAP FI", PayText: "620 € / j"}, pay: "620 620 EUR day"},
	{name: "euro slash j tight", p: model.Posting{Title: "Architecte Cloud", PayText: "700€/j"}, pay: "700 700 EUR day"},
	{name: "euro slash j range", p: model.Posting{Title: "Chef de projet", PayText: "480 - 560 € / j"}, pay: "480 560 EUR day"},
	{name: "trap: euro slash jour stays a day", p: model.Posting{Title: "Testeur", PayText: "350 €/jour"}, pay: "350 350 EUR day"},
	{name: "trap: euro a year stays a year", p: model.Posting{Title: "Comptable", PayText: "38 000 € / an"}, pay: "38000 38000 EUR year"},
	{name: "trap: euro slash jahr stays a year", p: model.Posting{Title: "Elektriker (m/w/d)", PayText: "52.000 € / Jahr"}, pay: "52000 52000 EUR year"},

	// German "Feste Anstellung"
	{name: "feste anstellung field", p: model.Posting{Title: "Lagerist (m/w/d)", EmploymentType: "Feste Anstellung"}, jobType: "full_time"},
	{name: "trap: befristeter vertrag field stays a contract", p: model.Posting{Title: "Lagerist (m/w/d)", EmploymentType: "Befristeter Vertrag"}, jobType: "contract"},

	// French contract words right after CDI or CDD
	{name: "cdi temps plein in a description", p: model.Posting{Title: "Technicien support", DescriptionText: "Vous rejoignez une équipe de six personnes. Méthode agile. CDI temps plein."}, jobType: "full_time"},
	{name: "cdd with months in a description", p: model.Posting{Title: "Assistant RH", DescriptionText: "Gestion des dossiers du personnel. Remplacement en CDD 9 mois."}, jobType: "contract"},
	{name: "trap: cdi as an english acronym stays unread", p: model.Posting{Title: "Nurse Specialist", DescriptionText: "Support the CDI team with chart reviews and physician queries."}, jobType: "unknown"},

	// "Heim-/Telearbeit" working-time model
	{name: "agency telework model", p: model.Posting{Title: "Sachbearbeiter Buchhaltung", Locations: []string{"Kassel"}, EmploymentType: "VOLLZEIT, HEIM_TELEARBEIT"}, remote: "hybrid"},
	{name: "agency telework model written out", p: model.Posting{Title: "Sachbearbeiter Buchhaltung", Locations: []string{"Kassel"}, EmploymentType: "Teilzeit, Heim-/Telearbeit"}, remote: "hybrid"},
	{name: "trap: vollzeit alone stays unknown", p: model.Posting{Title: "Sachbearbeiter Buchhaltung", Locations: []string{"Kassel"}, EmploymentType: "VOLLZEIT"}, remote: "unknown"},
}

func TestEuropeanAdCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range europeanAdCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
