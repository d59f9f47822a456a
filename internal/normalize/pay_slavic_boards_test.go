package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Russian thousands words ("тр", "т.р.",
// "тыр", "млн"), Belarusian roubles, Russian pay fields that hold only an
// amount, dollar and euro fields under a Russian title, Polish pay fields
// with contract and period words. Examples are written for these tests.
var slavicBoardCases = []truthCase{
	// Russian thousands words.
	{name: "ru tr from", p: model.Posting{Title: "Тестировщик", DescriptionText: "Условия: ЗП от 180тр, офис в центре."}, pay: "180000 180000 RUB month"},
	{name: "ru t.r. range", p: model.Posting{Title: "Тестировщик", DescriptionText: "ЗП 150-220 т.р. по итогам собеседования"}, pay: "150000 220000 RUB month"},
	{name: "ru tyr range", p: model.Posting{Title: "Тестировщик", DescriptionText: "ЗП 120-160 тыр"}, pay: "120000 160000 RUB month"},
	{name: "ru k range with roubles no label", p: model.Posting{Title: "Go-разработчик", DescriptionText: "Go-разработчик — 280-360к рублей, удалённо"}, pay: "280000 360000 RUB month"},
	{name: "ru million monthly", p: model.Posting{Title: "Архитектор", DescriptionText: "ЗП от 2 млн руб"}, pay: "2e+06 2e+06 RUB month"},
	{name: "ru million yearly", p: model.Posting{Title: "Архитектор", DescriptionText: "Вознаграждение от 3 млн руб годовых"}, pay: "3e+06 3e+06 RUB year"},
	{name: "ru thousands range shared in pay field", p: model.Posting{Title: "Аналитик", PayText: "от 90 до 140 тыс ₽"}, pay: "90000 140000 RUB month"},
	{name: "ru k alone in pay field", p: model.Posting{Title: "Аналитик", PayText: "до 260к"}, pay: "260000 260000 RUB month"},
	{name: "trap: ru tr starts a longer word", p: model.Posting{Title: "Аналитик", DescriptionText: "ЗП обсуждается, в отделе 40 трейдеров"}, pay: "-"},
	{name: "trap: ru rubric count", p: model.Posting{Title: "Контент-менеджер", DescriptionText: "ЗП по итогам встречи, в каталоге 45000 рубрик"}, pay: "-"},
	{name: "trap: ru company income in millions", p: model.Posting{Title: "Продавец", DescriptionText: "Доход компании 12 млн руб в год."}, pay: "-"},
	{name: "trap: ru order budget in k with slash", p: model.Posting{Title: "Лендинг", DescriptionText: "Бюджет заказа 90к/руб"}, pay: "-"},
	{name: "ru hourly word", p: model.Posting{Title: "Репетитор", DescriptionText: "почасовая оплата 1500 руб"}, pay: "1500 1500 RUB hour"},
	// Belarusian roubles.
	{name: "byn br per month", p: model.Posting{Title: "Кладовщик", PayText: "1 800 Br за месяц, на руки"}, pay: "1800 1800 BYN month"},
	{name: "byn range before tax", p: model.Posting{Title: "Кладовщик", PayText: "1 900 – 2 400 Br за месяц, до вычета налогов"}, pay: "1900 2400 BYN month"},
	{name: "byn code up to", p: model.Posting{Title: "Кладовщик", PayText: "до 2 700 BYN"}, pay: "2700 2700 BYN month"},
	{name: "byn written", p: model.Posting{Title: "Кладовщик", PayText: "2 000–2 600 бел. руб"}, pay: "2000 2600 BYN month"},
	// Russian pay fields with only an amount.
	{name: "ru field bare range", p: model.Posting{Title: "Data-инженер", PayText: "от 240 000 до 310 000"}, pay: "240000 310000 RUB month"},
	{name: "ru field bare from", p: model.Posting{Title: "Data-инженер", PayText: "от 170 000"}, pay: "170000 170000 RUB month"},
	{name: "ru field gross word", p: model.Posting{Title: "Data-инженер", PayText: "Брутто 230 000"}, pay: "230000 230000 RUB month"},
	{name: "ru field net latin under russian title", p: model.Posting{Title: "Data-инженер", PayText: "Net 155 000"}, pay: "155000 155000 RUB month"},
	{name: "ru field bare amount under russian title", p: model.Posting{Title: "Data-инженер", PayText: "95 000"}, pay: "95000 95000 RUB month"},
	{name: "ua field bare amount under ukrainian title", p: model.Posting{Title: "Інженер з якості", PayText: "від 42 000"}, pay: "42000 42000 UAH month"},
	{name: "ua field salary label", p: model.Posting{Title: "Бухгалтер", PayText: "Заробітна плата 28 000"}, pay: "28000 28000 UAH month"},
	{name: "ru field annual income", p: model.Posting{Title: "Директор", PayText: "Годовой доход 4 000 000"}, pay: "4e+06 4e+06 RUB year"},
	{name: "ru field tenge sign", p: model.Posting{Title: "Бухгалтер", PayText: "350000 ₸"}, pay: "350000 350000 KZT month"},
	{name: "ru field tenge range", p: model.Posting{Title: "Бухгалтер", PayText: "от 600 000 до 800 000 ₸"}, pay: "600000 800000 KZT month"},
	{name: "ru field euro up to net", p: model.Posting{Title: "Бухгалтер", PayText: "до 2500 EUR на руки"}, pay: "2500 2500 EUR month"},
	{name: "ru field euro large is a year", p: model.Posting{Title: "Бухгалтер", PayText: "от 70 000 eur"}, pay: "70000 70000 EUR year"},
	{name: "ru title dollar field is a month", p: model.Posting{Title: "Frontend-разработчик", PayText: "$2800"}, pay: "2800 2800 USD month"},
	{name: "ru title euro field is a month", p: model.Posting{Title: "Frontend-разработчик", PayText: "2600 €"}, pay: "2600 2600 EUR month"},
	{name: "trap: ru field budget stays a project", p: model.Posting{Title: "Дизайн логотипа", PayText: "Бюджет: 12 000 руб."}, pay: "12000 12000 RUB project"},
	{name: "trap: ru order title keeps a dollar fee", p: model.Posting{Title: "Сделать лендинг на Tilda", PayText: "$600"}, pay: "600 600 USD project"},
	{name: "trap: ru field years of experience", p: model.Posting{Title: "Аналитик", PayText: "от 3 лет"}, pay: "-"},
	// Polish pay fields.
	{name: "pl plus uop", p: model.Posting{Title: "Tester", PayText: "12 000+ PLN UoP"}, pay: "12000 12000 PLN month"},
	{name: "pl open top question mark", p: model.Posting{Title: "Tester", PayText: "13000-? PLN"}, pay: "13000 13000 PLN month"},
	{name: "pl k range zl b2b", p: model.Posting{Title: "Tester", PayText: "18-24k zl netto b2b"}, pay: "18000 24000 PLN month"},
	{name: "pl man day", p: model.Posting{Title: "Tester", PayText: "950 PLN MD"}, pay: "950 950 PLN day"},
	{name: "pl dots between ends", p: model.Posting{Title: "Tester", PayText: "14000..19000 PLN"}, pay: "14000 19000 PLN month"},
	{name: "pl glued gross month", p: model.Posting{Title: "Tester", PayText: "21000–27000złbrutto/mies."}, pay: "21000 27000 PLN month"},
	{name: "pl hour net vat", p: model.Posting{Title: "Tester", PayText: "140 zł netto (+ VAT) / godz."}, pay: "140 140 PLN hour"},
	{name: "trap: pl absurd amount", p: model.Posting{Title: "Tester", PayText: "88 888 888 PLN"}, pay: "-"},
}

func TestSlavicBoardCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range slavicBoardCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// TestRuWordGoesOn: an amount read up to a letter that a letter follows
// ends inside a word.
func TestRuWordGoesOn(t *testing.T) {
	for _, tc := range []struct {
		s    string
		end  int
		want bool
	}{
		{"40 трейдеров", len("40 тр"), true},
		{"40 тр в месяц", len("40 тр"), false},
		{"от 150000 до", len("от 150000 "), false},
	} {
		if got := ruWordGoesOn(tc.s, tc.end); got != tc.want {
			t.Errorf("ruWordGoesOn(%q, %d) = %v, want %v", tc.s, tc.end, got, tc.want)
		}
	}
}
