package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// moreLanguageTextCases pin the fixes guided by outside tables (other projects'
// own salary tests and posts, kept outside the repository and scored with
// TestAgreementOutside), written in other words than those: Ukrainian
// thousands and dollar words in a salary line, a Russian or Ukrainian post
// for one piece of work, a Portuguese range written in "mil" on both ends,
// and "salarial" / "remuneração" as pay words.
var moreLanguageTextCases = []truthCase{
	{name: "ukrainian thousands word in a salary line", p: model.Posting{Title: "Бухгалтер", DescriptionText: "Пропонуємо: офіційне працевлаштування.\nЗарплата: 38 тис. грн"}, pay: "38000 38000 UAH month"},
	{name: "ukrainian thousands range with hryvnia after", p: model.Posting{Title: "Оператор", DescriptionText: "Заробітна плата: від 22 до 27 тис. грн, графік 5/2"}, pay: "22000 27000 UAH month"},
	{name: "ukrainian thousands without a pay word", p: model.Posting{Title: "Кухар", DescriptionText: "Кухар у ресторан на Подолі, 31 тис. грн на місяць, харчування"}, pay: "31000 31000 UAH month"},
	{name: "ukrainian dollar abbreviation", p: model.Posting{Title: "QA Engineer", DescriptionText: "Вакансія: QA Engineer\nЗарплата: від 1800 до 2600 дол.\nЛокація: Львів"}, pay: "1800 2600 USD month"},
	{name: "ukrainian dollars spelled out", p: model.Posting{Title: "Designer", DescriptionText: "Зарплата: 1500 доларів, віддалено"}, pay: "1500 1500 USD month"},
	{name: "russian post with a weeks deadline is a piece of work", p: model.Posting{Title: "Верстальщик на проект", DescriptionText: "Нужно сверстать три страницы по макету.\nОплата: 60 000 KZT\nСроки: 5-7 дней\nФормат: удалённо"}, pay: "60000 60000 KZT project"},
	{name: "russian one-off order words", p: model.Posting{Title: "Разработчик телеграм-бота", DescriptionText: "Разовый заказ: бот для записи клиентов.\nОплата: 40 000 KZT"}, pay: "40000 40000 KZT project"},
	{name: "trap: a probation term in months stays a vacancy", p: model.Posting{Title: "Менеджер", DescriptionText: "Испытательный срок: 3 месяца\nЗарплата: 90 000 руб."}, pay: "90000 90000 RUB month"},
	{name: "portuguese range in mil on both ends", p: model.Posting{Title: "Analista de Dados", Locations: []string{"Recife, PE"}, DescriptionText: "Salário: de R$ 6 mil a R$ 8 mil, CLT"}, pay: "6000 8000 BRL month"},
	{name: "portuguese mil range with a dash and decimals", p: model.Posting{Title: "Designer", Locations: []string{"Belo Horizonte, MG"}, DescriptionText: "Salário: R$ 2,5 mil - R$ 3,8 mil + VR"}, pay: "2500 3800 BRL month"},
	{name: "faixa salarial names the pay", p: model.Posting{Title: "Suporte Técnico", Locations: []string{"Natal, RN"}, DescriptionText: "Faixa salarial: R$ 2.400 a R$ 2.900"}, pay: "2400 2900 BRL month"},
	{name: "remuneração names the pay", p: model.Posting{Title: "Vendedor", Locations: []string{"Goiânia, GO"}, DescriptionText: "Remuneração fixa de R$ 2 mil mais comissão"}, pay: "2000 2000 BRL month"},
	{name: "trap: a millions range after mil is no salary range", p: model.Posting{Title: "Analista", Locations: []string{"Recife, PE"}, DescriptionText: "Salário: R$ 5 mil. Empresa fatura R$ 3 mil a R$ 9 mil milhões"}, pay: "5000 5000 BRL month"},
	{name: "trap: an upper end far above the lower stays out", p: model.Posting{Title: "Analista", Locations: []string{"Recife, PE"}, DescriptionText: "Salário: R$ 2 mil a 90 mil"}, pay: "2000 2000 BRL month"},
}

func TestMoreLanguageTextCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range moreLanguageTextCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}

// trillionSizeCases: an amount in trillions is a market's or a
// company's size, never a worker's pay.
var trillionSizeCases = []truthCase{
	{name: "a valuation in trillions is no hourly rate", p: model.Posting{Title: "Protocol Engineer", DescriptionText: "The ledger sits at a $87 trillion valuation, and no pay is posted."}},
	{name: "trillions with pay later still reads the pay", p: model.Posting{Title: "Protocol Engineer", DescriptionText: "We settle $2 trillions a year. Salary: $150,000 - $190,000."}, pay: "150000 190000 USD year"},
}

func TestTrillionSizeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range trillionSizeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
