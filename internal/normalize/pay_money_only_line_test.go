package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A short posting whose pay sits alone on a line under the role line is
// read as pay; a money line under a label ending in a colon, a date, money
// with other words on its line and money far down a long text are not.
var moneyOnlyLineCases = []truthCase{
	{name: "ceiling in roubles under the role", p: model.Posting{Title: "Тестировщик", DescriptionText: "Тестировщик мобильных приложений\nдо 320 000 руб"}, pay: "320000 320000 RUB month"},
	{name: "range in roubles on its own line", p: model.Posting{Title: "Разработчик", DescriptionText: "Go-разработчик в команду платежей\n180 000 - 260 000 руб\nГибрид, Казань"}, pay: "180000 260000 RUB month"},
	{name: "floor with the rouble sign", p: model.Posting{Title: "Дизайнер", DescriptionText: "Дизайнер интерфейсов\nот 150 000 ₽"}, pay: "150000 150000 RUB month"},
	{name: "tenge on its own line", p: model.Posting{Title: "Аналитик", DescriptionText: "Аналитик данных\n450 000 тенге"}, pay: "450000 450000 KZT month"},
	// traps
	{name: "trap: label with a colon above the money", p: model.Posting{Title: "Курсы", DescriptionText: "Стоимость участия:\n12 000 руб"}, pay: "-"},
	{name: "trap: a date alone on a line", p: model.Posting{Title: "Аналитик", DescriptionText: "Аналитик\nдо 15 марта"}, pay: "-"},
	{name: "trap: money among other words", p: model.Posting{Title: "Менеджер", DescriptionText: "Менеджер по закупкам\nпродажи компании выросли до 900 000 руб"}, pay: "-"},
	{name: "trap: money line past the top of the text", p: model.Posting{Title: "Менеджер", DescriptionText: "Менеджер\nа\nб\nв\nг\nд\nе\nж\nз\n70 000 руб"}, pay: "-"},
}

func TestMoneyOnlyLine(t *testing.T) { runFieldCases(t, moneyOnlyLineCases) }
