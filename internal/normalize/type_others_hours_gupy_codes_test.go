package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// othersHoursCasesDE pin othersHoursDE (type_hours_body_de.go): a German
// sentence about other people's hours ("many of our nurses work part
// time") says nothing of this post's; the post's own hours still read, in
// the same text or without anyone else named.
var othersHoursCasesDE = []truthCase{
	{name: "colleagues work part time", p: model.Posting{Title: "Servicekraft", DescriptionText: "Viele Kolleginnen arbeiten in Teilzeit und schätzen die Dienstplanung."}, jobType: "unknown"},
	{name: "staff already part time", p: model.Posting{Title: "Pflegefachkraft", DescriptionText: "Ein Teil unserer Mitarbeitenden arbeitet heute schon; die meisten Mitarbeiter arbeiten bereits in Teilzeit."}, jobType: "unknown"},
	{name: "team members full time", p: model.Posting{Title: "Lagerist", DescriptionText: "Unsere Teammitglieder arbeiten in Vollzeit im Zweischichtbetrieb."}, jobType: "unknown"},
	{name: "you work part time", p: model.Posting{Title: "Kassierer", DescriptionText: "Sie arbeiten in Teilzeit, 20 Stunden pro Woche."}, jobType: "part_time"},
	{name: "own post after the colleagues sentence", p: model.Posting{Title: "Koch", DescriptionText: "Mehrere Kollegen arbeiten in Teilzeit. Auch diese Stelle ist eine Teilzeitstelle mit 25 Stunden."}, jobType: "part_time"},
	{name: "colleagues in another sentence", p: model.Posting{Title: "Verkäufer", DescriptionText: "Wir suchen Kollegen für unser Team. Die Anstellung erfolgt in Teilzeit."}, jobType: "part_time"},
}

// gupyCodeCases pin latamFieldType's Gupy codes (latam_board_fields.go):
// a "vacancy_type_" code whose rest is a whole-field word reads as that
// word; "associate" is a payroll hire.
var gupyCodeCases = []truthCase{
	{name: "outsourced worker code", p: model.Posting{Title: "Auxiliar de Limpeza", EmploymentType: "vacancy_type_outsource"}, jobType: "contract"},
	{name: "associate code", p: model.Posting{Title: "Operador de Caixa", EmploymentType: "vacancy_type_associate"}, jobType: "full_time"},
	{name: "dispatched code", p: model.Posting{Title: "Operador", EmploymentType: "vacancy_type_dispatched"}, jobType: "contract"},
	{name: "unknown code stays unknown", p: model.Posting{Title: "Analista", EmploymentType: "vacancy_type_talent_pool"}, jobType: "unknown"},
}

func TestOthersHoursDE(t *testing.T) {
	runFieldCases(t, othersHoursCasesDE)
}

func TestGupyTypeCodes(t *testing.T) {
	runFieldCases(t, gupyCodeCases)
}
