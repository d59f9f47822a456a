package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// localMarksMoreCases pin pay_local_marks_more.go and pay_place_marks.go:
// lettered local marks after or before an amount, and marks two
// countries share, read by the listing's place. Traps: the marks as words
// and units ("DA" forms, "KM" driven, "MK" a model, "LE" an edition, "kn"
// a speed) and a shared mark in another country.
var localMarksMoreCases = []truthCase{
	{name: "dirham mark after in a pay field", p: model.Posting{Title: "Agent de saisie", Locations: []string{"Tanger, Morocco"}, PayText: "5 500 DH / mois"}, pay: "5500 5500 MAD month"},
	{name: "dhs after with no period is a month's", p: model.Posting{Title: "Vendeur", PayText: "4000 Dhs"}, pay: "4000 4000 MAD month"},
	{name: "dhs before in Dubai is the uae dirham", p: model.Posting{Title: "Receptionist", Locations: []string{"Dubai, UAE"}, PayText: "Dhs 7,500 per month"}, pay: "7500 7500 AED month"},
	{name: "algerian da in a pay field", p: model.Posting{Title: "Caissier", PayText: "45 000 DA"}, pay: "45000 45000 DZD month"},
	{name: "tunisian dt with a salary label in text", p: model.Posting{Title: "Technicien", DescriptionText: "Salaire : 1 900 DT net par mois."}, pay: "1900 1900 TND month"},
	{name: "bosnian km range in a pay field", p: model.Posting{Title: "Vozač", PayText: "1.400 - 1.800 KM"}, pay: "1400 1800 BAM month"},
	{name: "serbian din. with a month", p: model.Posting{Title: "Prodavac", PayText: "85.000 din. mesečno"}, pay: "85000 85000 RSD month"},
	{name: "serbian dinars in cyrillic", p: model.Posting{Title: "Магационер", PayText: "75.000 динара"}, pay: "75000 75000 RSD month"},
	{name: "macedonian denars", p: model.Posting{Title: "Продавач", PayText: "28.000 ден."}, pay: "28000 28000 MKD month"},
	{name: "egyptian le before", p: model.Posting{Title: "Call center agent", PayText: "LE 9,000 per month"}, pay: "9000 9000 EGP month"},
	{name: "ethiopian br before", p: model.Posting{Title: "Cashier", PayText: "Br 12,500 per month"}, pay: "12500 12500 ETB month"},
	{name: "paraguayan gs. before", p: model.Posting{Title: "Cajero", PayText: "Gs. 2.800.000 mensual"}, pay: "2.8e+06 2.8e+06 PYG month"},
	{name: "panamanian balboa", p: model.Posting{Title: "Asistente", PayText: "B/. 950 mensual"}, pay: "950 950 PAB month"},
	{name: "malawian mk before", p: model.Posting{Title: "Clerk", PayText: "MK 350,000 per month"}, pay: "350000 350000 MWK month"},
	{name: "angolan kz after", p: model.Posting{Title: "Rececionista", PayText: "250.000 Kz por mês"}, pay: "250000 250000 AOA month"},
	{name: "saudi riyal abbreviation after", p: model.Posting{Title: "محاسب", PayText: "6500 ر.س شهريا"}, pay: "6500 6500 SAR month"},
	{name: "cordoba in Managua", p: model.Posting{Title: "Vendedor", Locations: []string{"Managua, Nicaragua"}, PayText: "C$ 11,000 mensuales"}, pay: "11000 11000 NIO month"},
	{name: "bolivar in Caracas", p: model.Posting{Title: "Vendedor", Locations: []string{"Caracas, Venezuela"}, PayText: "Bs. 4.500 mensual"}, pay: "4500 4500 VES month"},
	{name: "rupees in Mauritius", p: model.Posting{Title: "Clerk", Locations: []string{"Port Louis, Mauritius"}, PayText: "Rs 32,000 per month"}, pay: "32000 32000 MUR month"},
	{name: "rial sign in Muscat", p: model.Posting{Title: "Engineer", Locations: []string{"Muscat, Oman"}, PayText: "﷼ 900 per month"}, pay: "900 900 OMR month"},
	{name: "trap: da forms with a period after the noun", p: model.Posting{Title: "Clerk", DescriptionText: "The team files 1,500 DA forms per month."}, pay: "-"},
	{name: "trap: kilometres a month", p: model.Posting{Title: "Driver", DescriptionText: "The route covers 2.000 KM per month across the region."}, pay: "-"},
	{name: "trap: mk as a model", p: model.Posting{Title: "Mechanic", DescriptionText: "Service MK 4 and MK 7 engines."}, pay: "-"},
	{name: "trap: le before an edition year", p: model.Posting{Title: "Editor", DescriptionText: "Work on the LE 2026 catalogue."}, pay: "-"},
	{name: "trap: knots", p: model.Posting{Title: "Deckhand", DescriptionText: "The vessel cruises at 1.200 kn over the trip."}, pay: "-"},
	{name: "trap: c$ stays canadian in Toronto", p: model.Posting{Title: "Analyst", Locations: []string{"Toronto, Canada"}, PayText: "C$ 85,000 per year"}, pay: "85000 85000 CAD year"},
}

func TestLocalMarksMoreCases(t *testing.T) {
	runFieldCases(t, localMarksMoreCases)
}

// "Kc", the koruna's "Kč" typed without its háček, is CZK on either side of
// an amount; as a word or unit it stays unread.
func TestPayKorunaWithoutHacek(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "after, with a month word", p: model.Posting{Title: "Skladník", DescriptionText: "Mzda 38 000 Kc mesicne, stravenky."}, pay: "38000 38000 CZK month"},
		{name: "in a pay field", p: model.Posting{Title: "Účetní", PayText: "52 000 - 60 000 Kc"}, pay: "52000 60000 CZK month"},
		{name: "before, glued, a year", p: model.Posting{Title: "Engineer", DescriptionText: "Salary: Kc1,200,000 - Kc1,500,000 per year"}, pay: "1.2e+06 1.5e+06 CZK year"},

		{name: "trap: kilocalories", p: model.Posting{Title: "Nutritionist", DescriptionText: "Plan meals of 2000 Kcal a day."}, pay: "-"},
		{name: "trap: a constant", p: model.Posting{Title: "Chemist", DescriptionText: "Compute Kc 4 times per run."}, pay: "-"},
	})
}
