package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// ruDecimalThousandsCases pin pay_ru_decimal_thousands.go: a decimal figure
// before a Russian thousands word is that many thousands. Traps: a whole
// figure with the word, a point-grouped figure, and a decimal with no
// thousands word after it.
var ruDecimalThousandsCases = []truthCase{
	{name: "decimal thousands in Belarusian roubles", p: model.Posting{Title: "Кладовщик", PayText: "от 1.8 тыс. BYN"}, pay: "1800 1800 BYN month"},
	{name: "decimal thousands with a comma", p: model.Posting{Title: "Оператор", PayText: "до 3,2 тыс. BYN"}, pay: "3200 3200 BYN month"},
	{name: "decimal thousands, two digits", p: model.Posting{Title: "Водитель", PayText: "4.25 тыс. BYN"}, pay: "4250 4250 BYN month"},

	{name: "trap: whole thousands still read", p: model.Posting{Title: "Кладовщик", PayText: "от 3 тыс. BYN"}, pay: "3000 3000 BYN month"},
	{name: "trap: point-grouped figure", p: model.Posting{Title: "Кладовщик", PayText: "от 1.800 BYN"}, pay: "1800 1800 BYN month"},
	{name: "trap: decimal with no thousands word", p: model.Posting{Title: "Кладовщик", PayText: "от 2.5 BYN"}, pay: "!2500 2500 BYN month"},
}

func TestRuDecimalThousandsCases(t *testing.T) { runFieldCases(t, ruDecimalThousandsCases) }
