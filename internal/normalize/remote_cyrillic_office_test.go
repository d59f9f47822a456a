package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// cyrillicOfficeCases pin remote_cyrillic_office.go; traps: a denied home,
// an office address, a remote reading with an office visit, hybrid
// technology, the workplace field.
var cyrillicOfficeCases = []truthCase{
	{name: "uk part of the week in the office", p: model.Posting{Title: "Аналітик", DescriptionText: "Графік: частково в офісі на Подолі."}, remote: "hybrid"},
	{name: "ru days in the office", p: model.Posting{Title: "Аналитик", DescriptionText: "Мы ждём тебя 2 дня в неделю в офисе в Алматы."}, remote: "hybrid"},
	{name: "ru bare hybrid word", p: model.Posting{Title: "Аналитик", DescriptionText: "Формат: гибрид, ДМС."}, remote: "hybrid"},
	{name: "uk office format", p: model.Posting{Title: "Бухгалтер", DescriptionText: "Офісний формат роботи, Львів."}, remote: "onsite"},
	{name: "ru presence required", p: model.Posting{Title: "Бухгалтер", DescriptionText: "Присутствие в офисе обязательно с 9 до 18."}, remote: "onsite"},
	{name: "ru no remote possible", p: model.Posting{Title: "Бухгалтер", DescriptionText: "Без возможности удаленной работы."}, remote: "onsite"},
	{name: "uk offline only", p: model.Posting{Title: "Бухгалтер", DescriptionText: "Виключно офлайн формат у Києві."}, remote: "onsite"},
	{name: "ru work from home", p: model.Posting{Title: "Оператор", DescriptionText: "Работа из дома, гибкий график."}, remote: "!onsite"},
	{name: "uk from home", p: model.Posting{Title: "Оператор", DescriptionText: "Працюйте з дому, потрібен ноутбук."}, remote: "remote"},
	{name: "ru remote slang", p: model.Posting{Title: "Go-разработчик", DescriptionText: "Фултайм ремоут, оплата в USDT."}, remote: "remote"},

	{name: "trap: not from home", p: model.Posting{Title: "Оператор", DescriptionText: "Работа не из дома, а в нашем колл-центре."}, remote: "!remote"},
	{name: "trap: office address", p: model.Posting{Title: "Менеджер", DescriptionText: "Офис в центре Минска, удобная парковка."}, remote: "unknown"},
	{name: "trap: a hybrid car", p: model.Posting{Title: "Продавец", DescriptionText: "Продаём гибрид и электромобили в салоне на Ленина."}, remote: "!hybrid"},
	{name: "trap: field decides", p: model.Posting{Title: "Аналитик", RemoteHint: "Office", DescriptionText: "Иногда можно работать из дома."}, remote: "onsite"},
	{name: "trap: first days in the office", p: model.Posting{Title: "Аналитик", DescriptionText: "Удаленная работа, первые 3 дня в офисе для знакомства."}, remote: "remote"},
	{name: "trap: home office near the office", p: model.Posting{Title: "Курьер", DescriptionText: "Доставка по городу, 10 минут от дома до склада."}, remote: "unknown"},
}

func TestCyrillicOfficeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range cyrillicOfficeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
	checkLongCases(t, strings.Repeat("Компания занимается разработкой программного обеспечения. ", 12), checkFieldCase, cyrillicOfficeCases)
}

// TestCyrillicOfficeKeyRegexp checks the key regexp against its plain
// regexp over the same texts, capitals included.
func TestCyrillicOfficeKeyRegexp(t *testing.T) {
	texts := keyTexts(t)
	for _, tc := range cyrillicOfficeCases {
		texts = append(texts, tc.p.DescriptionText)
	}
	for _, s := range append(texts, "ЧАСТИЧНО В ОФИСЕ", "Гибрид", "З ДОМУ", "Исключительно офлайн") {
		checkKey(t, "cyrillicOfficeKeys", cyrillicOfficeKeys, s)
	}
}
