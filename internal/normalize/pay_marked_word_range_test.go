package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// markedWordRangeCases pin pay_marked_word_range.go: two amounts that each
// carry their currency, joined by a word for "to", are one range, and a
// period guessed from the first end's size is guessed again from the
// range's. Traps: a falling second end, a second end far above the first,
// a different currency, and an English "a" before a count.
var markedWordRangeCases = []truthCase{
	{name: "french to with cents on both ends", p: model.Posting{Title: "Technicien", DescriptionText: "Rémunération : 2150.40 € à 2480.90 € selon expérience"}, pay: "2150.4 2480.9 EUR month"},
	{name: "german bis between euro signs", p: model.Posting{Title: "Werkstudent", DescriptionText: "Gehalt: €2.350 bis €2.750, plus Zuschläge"}, pay: "2350 2750 EUR month"},
	{name: "spanish a between dollar amounts", p: model.Posting{Title: "Analista", DescriptionText: "Salario: US$ 3,100 a US$ 3,900"}, pay: "3100 3900 USD month"},

	{name: "trap: a falling second end stays apart", p: model.Posting{Title: "Technicien", DescriptionText: "Rémunération : 2480.90 € à 150.00 € de prime"}, pay: "2480.9 2480.9 EUR project"},
	{name: "trap: a second end far above", p: model.Posting{Title: "Technicien", DescriptionText: "Rémunération : 210 € à 48 000 € de budget"}, pay: "210 210 EUR hour"},
	{name: "trap: another currency", p: model.Posting{Title: "Technicien", DescriptionText: "Rémunération : 2150 € à 2480 £ selon profil"}, pay: "2150 2150 EUR project"},
}

func TestMarkedWordRangeCases(t *testing.T) { runFieldCases(t, markedWordRangeCases) }
