package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay labels, periods, ranges and traps in Estonian, Latvian, Lithuanian,
// Slovene, Bosnian, Serbian, Greek and Sinhala (pay_words_baltic_south_asian.go,
// pay_range_words_world.go).
func TestPayWordsBalticSouthAsian(t *testing.T) {
	d := func(name, text, pay string) truthCase {
		return truthCase{name: name, p: model.Posting{Title: "Spetsialist", DescriptionText: text}, pay: pay}
	}
	runFieldCases(t, []truthCase{
		d("estonian label, a month after", "Kuupalk 1750 € bruto, lisaks sooduspakett.", "1750 1750 EUR month"),
		d("estonian hourly label", "Tunnitasu 11 €/h, graafik paindlik.", "11 11 EUR hour"),
		d("estonian period adverb after a range", "Töötasu 2100-2600 € kuus.", "2100 2600 EUR month"),
		d("estonian hour adverb", "Palk 14 € tunnis, tööaeg paindlik.", "14 14 EUR hour"),
		d("latvian label and month adverb", "Atalgojums 1900 EUR mēnesī, pilna slodze.", "1900 1900 EUR month"),
		d("latvian no … līdz range", "Alga no 1600 līdz 2100 EUR mēnesī.", "1600 2100 EUR month"),
		d("latvian rate word beside an hour adjective", "Stundas likme 9 EUR, darbs maiņās.", "9 9 EUR hour"),
		d("latvian hour adverb", "Atalgojums 11 EUR stundā.", "11 11 EUR hour"),
		d("lithuanian nuo … iki range per month", "Atlyginimas nuo 1500 iki 1900 EUR per mėnesį.", "1500 1900 EUR month"),
		d("lithuanian slash month before taxes", "Atlyginimas: 2300 EUR/mėn. neatskaičius mokesčių.", "2300 2300 EUR month"),
		d("lithuanian hourly adjective", "Valandinis įkainis 13 EUR.", "13 13 EUR hour"),
		d("slovene hourly rate per hour noun", "Urna postavka 9 EUR na uro.", "9 9 EUR hour"),
		d("slovene month noun after na", "Neto plača 1.400 € na mesec.", "1400 1400 EUR month"),
		d("bosnian km with a plata label", "Plata 1.300 KM neto mjesečno.", "1300 1300 BAM month"),
		d("serbian zarada label", "Zarada 900 EUR neto mesečno.", "900 900 EUR month"),
		d("greek hourly wage label", "Ωρομίσθιο 7,20 € μικτά.", "7.2 7.2 EUR hour"),
		d("sinhala per hour before the amount", "පැයකට රු. 900 ගෙවනු ලැබේ", "900 900 LKR hour"),

		d("trap: slovene company capital", "Družba ima osnovni kapital 9.000 EUR.", "-"),
		d("trap: latvian bonus alone", "Prēmija 300 EUR par rezultātiem.", "-"),
		d("trap: croatian per diem", "Dnevnica 26 EUR za službeni put.", "-"),
		d("trap: estonian price", "Pileti hind 25 € inimese kohta.", "-"),
		d("trap: english no … to is no range", "There is no 20 to 30 minute commute.", "-"),
	})
}
