package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// spanishHomeChipCases: a Spanish board files the place
// of work among its job-type chips ("Desde casa", "Jornada parcial, Desde
// casa"); read as remote in a workplace field or a location item
// (remote_foreign_fields.go, workmode_field_words_more.go). In this
// project's own words, with traps.
var spanishHomeChipCases = []truthCase{
	{name: "home chip alone", p: model.Posting{Title: "Redactor SEO", RemoteHint: "Desde casa"}, remote: "remote"},
	{name: "home chip after the hours", p: model.Posting{Title: "Redactor SEO", RemoteHint: "Jornada parcial, Desde casa"}, remote: "remote"},
	{name: "home chip lower case", p: model.Posting{Title: "Soporte técnico", RemoteHint: "trabajo desde casa"}, remote: "remote"},
	{name: "work at home chip", p: model.Posting{Title: "Soporte técnico", RemoteHint: "Trabajo en casa"}, remote: "remote"},
	{name: "home chip as a location item", p: model.Posting{Title: "Soporte técnico", Locations: []string{"Desde casa"}}, remote: "remote"},
	// Traps: a house that is not a place of work, and on-site chips.
	{name: "trap: a house-call job", p: model.Posting{Title: "Fontanero a domicilio", Locations: []string{"Valencia"}}, remote: "unknown"},
	{name: "trap: on-site chip", p: model.Posting{Title: "Soporte técnico", RemoteHint: "Presencial"}, remote: "onsite"},
}

func TestSpanishHomeChips(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range spanishHomeChipCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
