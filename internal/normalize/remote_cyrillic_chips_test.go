package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// cyrillicChipsCases pin remote_cyrillic_chips.go; traps: the office chip
// alone, an office label in a long note, a Latin field.
var cyrillicChipsCases = []truthCase{
	{name: "remote chip before the office chip", p: model.Posting{Title: "Тестировщик", RemoteHint: "Удалённая работа · Работа в офисе"}, remote: "remote"},
	{name: "office chip before the remote chip", p: model.Posting{Title: "Тестировщик", RemoteHint: "Работа в офисе, Удаленная работа"}, remote: "remote"},
	{name: "Ukrainian chips", p: model.Posting{Title: "Тестувальник", RemoteHint: "Віддалена робота / Робота в офісі"}, remote: "remote"},
	{name: "hh on-site label", p: model.Posting{Title: "Кладовщик", Locations: []string{"Самара"}, RemoteHint: "На месте работодателя"}, remote: "onsite"},
	{name: "hh travelling label", p: model.Posting{Title: "Торговый представитель", RemoteHint: "Разъездной"}, remote: "onsite"},

	{name: "trap: office chip alone", p: model.Posting{Title: "Тестировщик", RemoteHint: "Работа в офисе"}, remote: "onsite"},
	{name: "trap: label inside a sentence", p: model.Posting{Title: "Кладовщик", DescriptionText: "Обучение проходит на месте работодателя, дальше удаленно."}, remote: "!onsite"},
}

func TestCyrillicChipsCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range cyrillicChipsCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
