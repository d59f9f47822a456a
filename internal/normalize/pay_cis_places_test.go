package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// cisPlaceCases pin pay_cis_places.go and words read elsewhere:
// "p/a" after the first end of a UK range, bare figures in the money of
// Central Asian and other former Soviet places, month ceilings for
// currencies of many units to the dollar, and "net"/"gross" before or
// after a bare amount. Traps: big bare figures where the money is dollars,
// small ones in Tashkent, "net" with a day count.
var cisPlaceCases = []truthCase{
	{name: "p/a on the low end only", p: model.Posting{Title: "Research Fellow", Locations: []string{"Glasgow, UK"}, PayText: "£39,105 p/a - £44,263"}, pay: "39105 44263 GBP year"},
	{name: "p/a on both ends", p: model.Posting{Title: "Research Fellow", Locations: []string{"Glasgow, UK"}, PayText: "£31,500 p/a - £34,900 p/a"}, pay: "31500 34900 GBP year"},
	{name: "p/a single with a note", p: model.Posting{Title: "Technician", Locations: []string{"Cardiff, UK"}, PayText: "£27,800 p/a (pro rata)"}, pay: "27800 27800 GBP year"},
	{name: "sum range in tashkent", p: model.Posting{Title: "Бухгалтер", Locations: []string{"Ташкент"}, PayText: "6 000 000 – 9 000 000"}, pay: "6e+06 9e+06 UZS month"},
	{name: "sum single in tashkent latin", p: model.Posting{Title: "Accountant", Locations: []string{"Tashkent, Uzbekistan"}, PayText: "8500000"}, pay: "8.5e+06 8.5e+06 UZS month"},
	{name: "sum small range in samarkand", p: model.Posting{Title: "Продавец", Locations: []string{"Самарканд"}, PayText: "3000000 - 4500000"}, pay: "3e+06 4.5e+06 UZS month"},
	{name: "tenge range above the usual month cap", p: model.Posting{Title: "Инженер", Locations: []string{"Алматы"}, PayText: "450 000 – 650 000"}, pay: "450000 650000 KZT month"},
	{name: "tenge in astana", p: model.Posting{Title: "Инженер", Locations: []string{"Астана"}, PayText: "от 350 000"}, pay: "350000 350000 KZT month"},
	{name: "som in bishkek", p: model.Posting{Title: "Оператор", Locations: []string{"Бишкек"}, PayText: "от 40 000 до 60 000"}, pay: "40000 60000 KGS month"},
	{name: "net before a bare rouble amount", p: model.Posting{Title: "Аналитик", Locations: []string{"Москва"}, PayText: "net 185 000"}, pay: "185000 185000 RUB month"},
	{name: "gross after a bare rouble range", p: model.Posting{Title: "Аналитик", Locations: []string{"Казань"}, PayText: "120 000 - 160 000 gross"}, pay: "120000 160000 RUB month"},

	{name: "package label before a bare k range", p: model.Posting{Title: "Data Engineer", Locations: []string{"Lyon, France"}, DescriptionText: "Poste en CDI. Package : 52-60K selon expérience."}, pay: "52000 60000 EUR year"},
	{name: "gehalt label before a bare k range", p: model.Posting{Title: "Entwickler", Locations: []string{"München"}, DescriptionText: "Vollzeit. Gehalt: 65-72k, 30 Tage Urlaub."}, pay: "65000 72000 EUR year"},

	{name: "trap: package label before a weight", p: model.Posting{Title: "Packer", Locations: []string{"Lyon, France"}, DescriptionText: "Package: 2-3 kg per box, lifted by hand."}, pay: "-"},
	{name: "trap: big bare range where the money is dollars", p: model.Posting{Title: "Manager", Locations: []string{"Chicago, IL"}, PayText: "4000000 - 7000000"}, pay: "-"},
	{name: "trap: tiny bare figure in tashkent", p: model.Posting{Title: "Менеджер", Locations: []string{"Ташкент"}, PayText: "120"}, pay: "-"},
	{name: "trap: sum beyond a month", p: model.Posting{Title: "Менеджер", Locations: []string{"Ташкент"}, PayText: "900 000 000"}, pay: "-"},
	{name: "trap: net with a day count", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Leeds, UK"}, PayText: "Net 30"}, pay: "-"},
}

func TestCISPlaceCases(t *testing.T) { runFieldCases(t, cisPlaceCases) }
