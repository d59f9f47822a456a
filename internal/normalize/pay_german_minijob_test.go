package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// minijobSwedishHourCases pin pay_german_minijob.go (a minijob named by its
// monthly ceiling is that many euros a month, read only when nothing else
// is pay) and the Swedish "timpenning" and "ersättning" that name the
// krona of a bare "kr" (krCurrency, pay_currency_marks_more.go). Traps: a
// stated hourly wage beside the ceiling, a ceiling figure with no euro, a
// longer number ending in one, the Danish and Norwegian words unchanged.
var minijobSwedishHourCases = []truthCase{
	{name: "minijob on a ceiling basis", p: model.Posting{Title: "Aushilfe Kasse", DescriptionText: "Wir suchen dich als Minijob auf 556 €-Basis für zwei Abende pro Woche."}, pay: "556 556 EUR month"},
	{name: "ceiling written in words with dashes", p: model.Posting{Title: "Lagerhelfer", DescriptionText: "Anstellung auf 603-Euro-Basis, flexible Schichten."}, pay: "603 603 EUR month"},
	{name: "a ceiling job", p: model.Posting{Title: "Servicekraft", DescriptionText: "Du bekommst einen 538 € Job mit festen Zeiten."}, pay: "538 538 EUR month"},
	{name: "ceiling with the currency code", p: model.Posting{Title: "Reinigungskraft", DescriptionText: "Beschäftigung auf 520 EUR Basis in Köln."}, pay: "520 520 EUR month"},
	{name: "trap: hourly wage stated beside the ceiling", p: model.Posting{Title: "Aushilfe", DescriptionText: "Minijob auf 556 €-Basis, Stundenlohn 14,50 €."}, pay: "14.5 14.5 EUR hour"},
	{name: "trap: a count of staff on a basis of trust", p: model.Posting{Title: "Bürokraft", DescriptionText: "Unsere 520 Mitarbeiter arbeiten auf Basis von Vertrauen."}, pay: "-"},
	{name: "trap: a longer amount ending in a ceiling figure", p: model.Posting{Title: "Einkauf", DescriptionText: "Sie verwalten ein Budget auf 2520 €-Basis je Projekt."}, pay: "-"},
	{name: "swedish hourly pay word names the krona", p: model.Posting{Title: "Lagerarbetare", DescriptionText: "Timpenning 152 kr enligt kollektivavtal."}, pay: "152 152 SEK hour"},
	{name: "swedish compensation word names the krona", p: model.Posting{Title: "Korrekturläsare", DescriptionText: "Ersättning: 240 kr per timme."}, pay: "240 240 SEK hour"},
	{name: "trap: danish hourly wage stays the krone", p: model.Posting{Title: "Lagermedarbejder", DescriptionText: "Timeløn: 165 kr."}, pay: "165 165 DKK hour"},
}

func TestMinijobSwedishHourCases(t *testing.T) { runFieldCases(t, minijobSwedishHourCases) }
