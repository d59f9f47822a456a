package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// snakeCodeDayRateCases pin type_field_snake_code.go (a type field written
// as one code of words joined by underscores) and
// type_body_german_day_rate.go (a German day rate with an amount), in our
// own words, with traps each reader must leave alone.
var snakeCodeDayRateCases = []truthCase{
	// Codes joined by underscores, read with spaces.
	{name: "german training code", p: model.Posting{Title: "Analyst", EmploymentType: "AUSBILDUNG_PRAXIS"}, jobType: "internship"},
	{name: "intern placement code", p: model.Posting{Title: "Analyst", EmploymentType: "PRAKTIKUM_PFLICHT"}, jobType: "internship"},
	{name: "freelance code", p: model.Posting{Title: "Analyst", EmploymentType: "SELBSTSTAENDIG_FREIBERUFLICH"}, jobType: "contract"},
	{name: "part-time flexible code", p: model.Posting{Title: "Analyst", EmploymentType: "TEILZEIT_FLEXIBEL"}, jobType: "part_time"},
	{name: "already read full-time code unchanged", p: model.Posting{Title: "Analyst", EmploymentType: "FULL_TIME"}, jobType: "full_time"},
	{name: "trap: unknown words code stays unknown", p: model.Posting{Title: "Analyst", EmploymentType: "OFFER_KIND_GENERAL"}, jobType: "unknown"},
	{name: "trap: code with digits left alone", p: model.Posting{Title: "Analyst", EmploymentType: "TYPE_07_B"}, jobType: "unknown"},
	// A German day rate with an amount of three or four figures.
	{name: "day rate with colon and amount", p: model.Posting{Title: "Projektleiter SAP", DescriptionText: "Einsatz ab Mai.\nTagessatz: 950 EUR"}, jobType: "contract"},
	{name: "day rate amount with thousands dot", p: model.Posting{Title: "Projektleiter SAP", DescriptionText: "Der Tagessatz liegt bei 1.150 € netto."}, jobType: "contract"},
	{name: "day rates plural up to", p: model.Posting{Title: "Projektleiter SAP", DescriptionText: "Tagessätze bis 1300 EUR sind möglich."}, jobType: "contract"},
	{name: "trap: small daily allowance", p: model.Posting{Title: "Monteur", DescriptionText: "Auswärts zahlen wir einen Tagessatz von 24 € für Verpflegung."}, jobType: "unknown"},
	{name: "trap: day rate without amount beside permanent", p: model.Posting{Title: "Projektleiter SAP", DescriptionText: "Festanstellung oder freie Mitarbeit, Tagessatz nach Vereinbarung."}, jobType: "unknown"},
	{name: "trap: permanent post naming a trainer's day rate", p: model.Posting{Title: "Projektleiter SAP", DescriptionText: "Eine unbefristete Festanstellung erwartet Sie. Externe Trainer rechnen mit Tagessatz 800 € ab."}, jobType: "full_time"},
}

func TestSnakeCodeAndGermanDayRate(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range snakeCodeDayRateCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
