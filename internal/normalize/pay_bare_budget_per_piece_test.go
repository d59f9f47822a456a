package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A bare Russian budget word opening a
// sentence or clause in a gig post, and Korean per-piece labels before won.
var bareBudgetPieceCases = []truthCase{
	{name: "ru bare budget after a sentence", p: model.Posting{Title: "Иконки для приложения", DescriptionText: "Нарисовать набор из 20 иконок. Бюджет 6 000 ₽."}, pay: "6000 6000 RUB project"},
	{name: "ru bare budget after a comma, range in words", p: model.Posting{Title: "Обложки для видео", DescriptionText: "Нужны три обложки для YouTube, бюджет 1 500–2 500 рублей."}, pay: "1500 2500 RUB project"},
	{name: "ru bare budget opening the text", p: model.Posting{Title: "Правки в вёрстке", DescriptionText: "Бюджет 4 000 ₽, срок два дня."}, pay: "4000 4000 RUB project"},
	{name: "ru bare budget with a bound", p: model.Posting{Title: "Сбор базы", DescriptionText: "Собрать базу контактов. Бюджет до 3 000 ₽."}, pay: "3000 3000 RUB project"},
	{name: "trap: an adjective before the budget word", p: model.Posting{Title: "Маркетолог", DescriptionText: "Ведём кампании. Рекламный бюджет 500 000 ₽ в месяц на все каналы."}, pay: "-"},
	{name: "trap: a project budget in running text stays no pay", p: model.Posting{Title: "Аналитик", DescriptionText: "Команда растёт. Бюджет проекта 2 000 000 ₽."}, pay: "-"},
	{name: "kr per lesson session", p: model.Posting{Title: "온라인 강의 촬영", DescriptionText: "차시당 50만원 지급"}, pay: "500000 500000 KRW project"},
	{name: "kr per case", p: model.Posting{Title: "번역 작업", DescriptionText: "건당 3만원"}, pay: "30000 30000 KRW project"},
	{name: "kr per episode", p: model.Posting{Title: "웹툰 어시스턴트", DescriptionText: "편당 20만원"}, pay: "200000 200000 KRW project"},
	{name: "bracketed total in a pay field", p: model.Posting{Title: "Research Micro-Project", PayText: "₹12,000 (total)"}, pay: "12000 12000 INR project"},
	{name: "bracketed one-time in a pay field", p: model.Posting{Title: "Podcast Show Notes", PayText: "$300 (one-time)"}, pay: "300 300 USD project"},
	{name: "bracketed prize in a pay field", p: model.Posting{Title: "Design Sprint Contest", PayText: "₹8,000 (prize)"}, pay: "8000 8000 INR project"},
	{name: "bracketed monthly stays monthly", p: model.Posting{Title: "Design Intern", PayText: "₹8,000 (per month)"}, pay: "8000 8000 INR month"},
	{name: "kr hourly wage keeps its hour", p: model.Posting{Title: "카페 아르바이트", DescriptionText: "시급 15,000원"}, pay: "15000 15000 KRW hour"},
}

func TestBareBudgetPieceCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range bareBudgetPieceCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
