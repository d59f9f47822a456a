package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// trainingPluralCases pin the plural German training words among the perk
// words (pay_labels_world.go): a yearly budget named for courses is no
// pay, whether the word is singular or plural. Traps: a salary sentence
// beside the budget, a salary with the training word far before it, a
// plain gig budget.
var trainingPluralCases = []truthCase{
	{name: "plural training word before a yearly budget", p: model.Posting{Title: "Entwicklerin", DescriptionText: "Jährlich für Fortbildungen: ein Budget von 2.000 €."}, pay: "-"},
	{name: "plural further-education word before a budget", p: model.Posting{Title: "Berater", DescriptionText: "Für Weiterbildungen steht dir 1.200 € im Jahr bereit."}, pay: "-"},
	{name: "trap: salary sentence beside a plural training budget", p: model.Posting{Title: "Berater", DescriptionText: "Für Weiterbildungen gibt es 800 € im Jahr. Das Bruttogehalt beträgt 52.000 € pro Jahr."}, pay: "52000 52000 EUR year"},
	{name: "trap: salary label nearer than the training word", p: model.Posting{Title: "Berater", DescriptionText: "Wir fördern Fortbildungen und zahlen ein Jahresgehalt von 61.000 €."}, pay: "61000 61000 EUR year"},
	{name: "trap: a gig budget stays pay", p: model.Posting{Title: "Logo Design", DescriptionText: "Budget: 400 € für das ganze Projekt."}, pay: "400 400 EUR project"},
}

func TestTrainingPluralCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range trainingPluralCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
