package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// The euro written out in Estonian, Finnish, Latvian, Lithuanian and Greek
// cases after a figure (pay_euro_case_words.go).
func TestPayEuroCaseWords(t *testing.T) {
	d := func(name, text, pay string) truthCase {
		return truthCase{name: name, p: model.Posting{Title: "Asiantuntija", DescriptionText: text}, pay: pay}
	}
	runFieldCases(t, []truthCase{
		d("estonian eurot", "Palk alates 1900 eurot kuus.", "1900 1900 EUR month"),
		d("finnish euroa per month", "Palkka 2 900 euroa kuukaudessa.", "2900 2900 EUR month"),
		d("finnish euroa range a year", "Vuosipalkka 38 000–44 000 euroa.", "38000 44000 EUR year"),
		d("latvian eiro per hour", "Atalgojums 13 eiro stundā.", "13 13 EUR hour"),
		d("lithuanian eurų per hour", "Atlyginimas 9 eurų per valandą.", "9 9 EUR hour"),
		d("greek ευρώ net a month", "Μηνιαίος μισθός 980 ευρώ καθαρά.", "980 980 EUR month"),

		d("trap: a euro word without a figure", "Palkka maksetaan euroina kuukausittain.", "-"),
		d("trap: europe after a figure", "Toimimme 12 Euroopan maassa.", "-"),
		d("trap: estonian turnover", "Ettevõtte aastakäive on 4 miljonit eurot.", "-"),
	})
	if got := rewriteEuroCaseWords("2500 eurot"); got != "2500 EUR  " {
		t.Errorf("rewriteEuroCaseWords: %q", got)
	}
	if got := rewriteEuroCaseWords("12 eurotoetust"); got != "12 eurotoetust" {
		t.Errorf("rewriteEuroCaseWords kept no word: %q", got)
	}
}
