package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Russian salary labels with or without a
// currency, order-board budgets with a wished and an allowed amount, Indian
// stipends with no period, project tiers, and money that is no pay (a
// client's spend, a match on the dollar, a monthly perk). Traps keep
// explicit periods, prices and short figures as they were.
var ruSalaryGigBoardCases = []truthCase{
	// Russian salary labels
	{name: "ru label from dollars", p: model.Posting{Title: "Тестировщик", DescriptionText: "Условия. ЗП: от 2 800$ на руки, удалённо."}, pay: "2800 2800 USD month"},
	{name: "ru label range dollars both ends", p: model.Posting{Title: "Аналитик", DescriptionText: "Вилка: от 4 000$ до 6 500$ гросс"}, pay: "4000 6500 USD month"},
	{name: "ru label range currency at the end", p: model.Posting{Title: "Аналитик", DescriptionText: "ЗП: от 2500 до 4000$, обсуждаем"}, pay: "2500 4000 USD month"},
	{name: "ru label without currency is roubles", p: model.Posting{Title: "Backend", DescriptionText: "Зарплата: 210 000 - 290 000 (ТК или ИП)"}, pay: "210000 290000 RUB month"},
	{name: "ru label k thousands no currency", p: model.Posting{Title: "Frontend", DescriptionText: "з/п от 140к на руки, офис в Казани"}, pay: "140000 140000 RUB month"},
	{name: "ru two space-grouped figures", p: model.Posting{Title: "DevOps", DescriptionText: "💰з/п 190 000 270 000 руб. 🖥гибрид"}, pay: "190000 270000 RUB month"},
	{name: "ru dotted figures with a stray space", p: model.Posting{Title: "Go", DescriptionText: "наша вилка 220. 000 310.000 рублей, проект"}, pay: "220000 310000 RUB month"},
	{name: "ru shared thousands after the range", p: model.Posting{Title: "QA", DescriptionText: "зарплатная вилка от 150 до 230 тыс. руб. на руки."}, pay: "150000 230000 RUB month"},
	{name: "ru upper bound only", p: model.Posting{Title: "QA", DescriptionText: "город Самара, зарплата до 190 тыс. на руки"}, pay: "190000 190000 RUB month"},
	{name: "ru income level", p: model.Posting{Title: "QA", DescriptionText: "формат гибрид; уровень дохода 175 000 net; проект мессенджер"}, pay: "175000 175000 RUB month"},
	{name: "ru space-joined dollar pair", p: model.Posting{Title: "iOS", DescriptionText: "условия: зп 1800 2600$ net"}, pay: "1800 2600 USD month"},
	{name: "ru k dollars word", p: model.Posting{Title: "Data", DescriptionText: "зп от 4к долларов, релокация"}, pay: "4000 4000 USD month"},
	{name: "ru salary level with a sign first", p: model.Posting{Title: "PM", DescriptionText: "уровень з/п от $3500, детали на интервью"}, pay: "3500 3500 USD month"},
	{name: "ru hourly period after", p: model.Posting{Title: "Репетитор", DescriptionText: "Оплата: зарплата 900 руб в час"}, pay: "900 900 RUB hour"},
	// traps
	{name: "trap: ru income of a company in millions", p: model.Posting{Title: "Менеджер", DescriptionText: "Доход компании 5 млн руб в год, ищем менеджера."}, pay: "-"},
	{name: "trap: ru years of experience after a label word", p: model.Posting{Title: "QA", DescriptionText: "Вилка обсуждается, опыт от 2 лет."}, pay: "-"},
	// order-board budgets
	{name: "wished and allowed budget", p: model.Posting{Title: "Парсер маркетплейса", PayText: "Желаемый бюджет: до 4 000 ₽ Допустимый: до 12 000 ₽"}, pay: "4000 12000 RUB project"},
	{name: "wished and allowed in text, tenge", p: model.Posting{Title: "Логотип", DescriptionText: "Нарисовать логотип.\nЖелаемый бюджет: до 30 000 ₸\nДопустимый: до 90 000 ₸"}, pay: "30000 90000 KZT project"},
	{name: "wished budget alone", p: model.Posting{Title: "Лендинг", PayText: "Желаемый бюджет: до 7 500 ₽"}, pay: "7500 7500 RUB project"},
	{name: "order deadline makes a bare range a budget", p: model.Posting{Title: "Доработка бота", PayText: "12 000 – 18 000 ₽", DescriptionText: "Добавить оплату в бота. Срок: 5 дней"}, pay: "12000 18000 RUB project"},
	// Indian stipends
	{name: "inr stipend without period is monthly", p: model.Posting{Title: "Design Intern", Locations: []string{"Pune, India"}, DescriptionText: "Stipend: ₹18,000"}, pay: "18000 18000 INR month"},
	{name: "inr stipend range rupees", p: model.Posting{Title: "Sales Intern", Locations: []string{"Delhi, India"}, DescriptionText: "Stipend range- Rs 6000 - Rs 9000"}, pay: "6000 9000 INR month"},
	{name: "inr k stipend per month after", p: model.Posting{Title: "Intern", Locations: []string{"Noida, India"}, DescriptionText: "INR 7K stipend per month"}, pay: "7000 7000 INR month"},
	{name: "trap: inr stipend lump for months", p: model.Posting{Title: "Intern", Locations: []string{"Noida, India"}, DescriptionText: "Stipend: ₹45,000 for 3 months"}, pay: "45000 45000 INR project"},
	{name: "trap: dollar stipend stays a project", p: model.Posting{Title: "Fellow", DescriptionText: "Stipend: $2,000"}, pay: "2000 2000 USD project"},
	// project tiers
	{name: "project tier in rupees", p: model.Posting{Title: "Build a shop", PayText: "Small project (₹20000 - 60000 INR)"}, pay: "20000 60000 INR project"},
	{name: "inr stipend outranks an earlier package", p: model.Posting{Title: "Analyst Intern", Locations: []string{"Hyderabad, India"}, DescriptionText: "CTC ₹7,20,000/annum on conversion. Stipend ₹22,000/month."}, pay: "22000 22000 INR month"},
	// order with a deadline in days
	{name: "order deadline makes a bare dollar amount a budget", p: model.Posting{Title: "Скрипт для выгрузки", PayText: "$180", DescriptionText: "Написать скрипт выгрузки заказов. Срок: 2 дня"}, pay: "180 180 USD project"},
	{name: "trap: a small bare amount in an order stays an hour's", p: model.Posting{Title: "Скрипт для выгрузки", PayText: "$30", DescriptionText: "Написать скрипт. Срок: 2 дня"}, pay: "30 30 USD hour"},
	// Ukrainian "from" with a dollar amount
	{name: "ua from dollars closed by a comma", p: model.Posting{Title: "Node.js Developer", DescriptionText: "Node.js Developer в Acme, від $2200, віддалено"}, pay: "2200 2200 USD month"},
	{name: "trap: ua from a small price", p: model.Posting{Title: "Telegram-бот", DescriptionText: "Бот для замовлень, від $90, швидко"}, pay: "-"},
	// North African dinars
	{name: "tunisian dinar monthly range", p: model.Posting{Title: "Comptable", Locations: []string{"Sfax, Tunisie"}, DescriptionText: "Salaire 1500 - 2100 TND par mois"}, pay: "1500 2100 TND month"},
	{name: "algerian dinar code before", p: model.Posting{Title: "Développeur", Locations: []string{"Alger"}, PayText: "DZD 90 000 / mois"}, pay: "90000 90000 DZD month"},
	// not pay
	{name: "trap: client total spent", p: model.Posting{Title: "Data entry", DescriptionText: "About the client\nPayment verified\n$240 total spent"}, pay: "-"},
	{name: "trap: match on the dollar", p: model.Posting{Title: "Engineer", DescriptionText: "We match $0.50 on the dollar up to 6%."}, pay: "-"},
	{name: "trap: monthly wellness benefit", p: model.Posting{Title: "Engineer", DescriptionText: "Perks: $120/month wellness benefit, lunch."}, pay: "-"},
}

// gigBoardTypeCases: freelance boards' own project types.
var gigBoardTypeCases = []truthCase{
	{name: "board type project only", p: model.Posting{Title: "Shop redesign", EmploymentType: "project_only"}, jobType: "project"},
	{name: "board type project only spaced", p: model.Posting{Title: "Shop redesign", EmploymentType: "Project only"}, jobType: "project"},
}

func TestRuSalaryGigBoardCases(t *testing.T) {
	opts0 := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range gigBoardTypeCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts0) })
	}
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range ruSalaryGigBoardCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// TestRuSplitGroups: a grouped run splits where a nonzero group follows a
// "000" group.
func TestRuSplitGroups(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"190 000 270 000", 7},
		{"1 300 000", 0},
		{"220. 000 310.000", 8},
		{"45 000", 0},
	} {
		if got := ruSplitGroups(tc.in); got != tc.want {
			t.Errorf("ruSplitGroups(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}
