package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// wordCurrencyFieldCases pin a pay field whose amount has its currency
// written out with a "k" (wordCurrencyField in pay_word_currency.go).
// Traps: pounds stay a weight, the same words in running text stay as
// they were, a small figure keeps its old reading.
var wordCurrencyFieldCases = []truthCase{
	{name: "about and k euro in a pay field", p: model.Posting{Title: "Entwickler", PayText: "ca. 57k Euro"}, pay: "57000 57000 EUR year"},
	{name: "k dollars in a pay field", p: model.Posting{Title: "Developer", PayText: "approx. 72k dollars"}, pay: "72000 72000 USD year"},

	{name: "trap: k pounds in a pay field", p: model.Posting{Title: "Loader", PayText: "approx. 40k pounds"}, pay: "-"},
	{name: "trap: k euro in running text", p: model.Posting{Title: "Entwickler", DescriptionText: "Wir haben ca. 57k Euro investiert."}, pay: "-"},
}

func TestWordCurrencyFieldCases(t *testing.T) {
	runFieldCases(t, wordCurrencyFieldCases)
}
