package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// uzbekSumCases pin Uzbek pay in sum, written in Russian or Uzbek, in
// millions or grouped figures, with or without a month after it. Traps:
// roubles stay roubles, a "сумма" (an amount) is no currency, and a small
// sum for a piece of work is no month's pay.
var uzbekSumCases = []truthCase{
	{name: "ru label millions range per month", p: model.Posting{Title: "Бухгалтер", DescriptionText: "Условия: ЗП 6–9 млн сум в месяц, офис в Ташкенте."}, pay: "6e+06 9e+06 UZS month"},
	{name: "uz latin decimal millions per month", p: model.Posting{Title: "Sotuvchi", DescriptionText: "Maosh 3,5 mln so'm oyiga, ish vaqti 9:00-18:00"}, pay: "3.5e+06 3.5e+06 UZS month"},
	{name: "grouped figure in a pay field", p: model.Posting{Title: "Оператор", PayText: "4 200 000 сум"}, pay: "4.2e+06 4.2e+06 UZS month"},
	{name: "uz cyrillic sum with millions at both ends", p: model.Posting{Title: "Ҳайдовчи", DescriptionText: "Иш ҳақи 5 млн - 7 млн сўм"}, pay: "5e+06 7e+06 UZS month"},
	{name: "thousands word per hour", p: model.Posting{Title: "Репетитор", DescriptionText: "Оплата 80 тыс сум в час за занятие."}, pay: "80000 80000 UZS hour"},

	{name: "trap: roubles stay roubles", p: model.Posting{Title: "Аналитик", DescriptionText: "Зарплата от 250 000 руб на руки"}, pay: "250000 250000 RUB month"},
	{name: "trap: an amount word is no currency", p: model.Posting{Title: "Юрист", DescriptionText: "Сумма сделки 12 млн, ищем юриста на проект."}, pay: "-"},
	{name: "uz latin with a modifier-letter apostrophe", p: model.Posting{Title: "Dasturchi", PayText: "7 000 000 soʼm"}, pay: "7e+06 7e+06 UZS month"},
	{name: "kyrgyz som net in a pay field", p: model.Posting{Title: "Кассир", PayText: "45 000 сом на руки"}, pay: "45000 45000 KGS month"},
	{name: "kyrgyz som range per month in text", p: model.Posting{Title: "Менеджер", DescriptionText: "Зарплата: 60 000 - 80 000 сом в месяц, Бишкек."}, pay: "60000 80000 KGS month"},
	{name: "kyrgyz som range from ot to do", p: model.Posting{Title: "Бухгалтер", DescriptionText: "Оклад от 70000 до 95000 сом, график 5/2."}, pay: "70000 95000 KGS month"},
	{name: "trap: roubles from ot to do stay roubles", p: model.Posting{Title: "Бухгалтер", DescriptionText: "Оклад от 70000 до 95000 рублей, график 5/2."}, pay: "70000 95000 RUB month"},
	{name: "trap: the tajik somoni is not the som", p: model.Posting{Title: "Оператор", DescriptionText: "Маош 3 000 сомони"}, pay: "-"},
	{name: "trap: a weight in a sentence", p: model.Posting{Title: "Грузчик", DescriptionText: "Работа с грузом весом 20 кг."}, pay: "-"},
	{name: "trap: a small sum for a delivery", p: model.Posting{Title: "Курьер", DescriptionText: "Нужен курьер, 40 000 сум за доставку."}, pay: "-"},
}

func TestUzbekSumCases(t *testing.T) {
	runFieldCases(t, uzbekSumCases)
}
