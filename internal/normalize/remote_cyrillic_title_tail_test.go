package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// cyrillicTitleEndCases pin remote_cyrillic_title_tail.go: a "remotely"
// adverb ending a Russian or Ukrainian title, with traps.
var cyrillicTitleEndCases = []truthCase{
	{name: "russian adverb ends the title", p: model.Posting{Title: "Копирайтер на маркетплейсы удаленно"}, remote: "remote"},
	{name: "russian adverb with yo", p: model.Posting{Title: "Тестировщик мобильных приложений удалённо"}, remote: "remote"},
	{name: "fully remotely", p: model.Posting{Title: "Юрист полностью удаленно"}, remote: "remote"},
	{name: "ukrainian adverb", p: model.Posting{Title: "Дизайнер інтерфейсів віддалено"}, remote: "remote"},
	{name: "distance adverb", p: model.Posting{Title: "Преподаватель химии дистанционно"}, remote: "remote"},
	{name: "partly remotely is hybrid", p: model.Posting{Title: "Аналитик данных частично удаленно"}, remote: "hybrid"},

	{name: "russian hybrid in brackets", p: model.Posting{Title: "Аналитик данных (гибрид)", Locations: []string{"Москва"}}, remote: "hybrid"},
	{name: "russian hybrid format after a comma", p: model.Posting{Title: "Юрист, гибридный формат работы"}, remote: "hybrid"},
	{name: "ukrainian hybrid format after a dash", p: model.Posting{Title: "Дизайнер — гібридний формат"}, remote: "hybrid"},
	{name: "trap: a hybrid product is the work", p: model.Posting{Title: "Инженер по гибридным силовым установкам"}, remote: "unknown"},
	{name: "trap: hybrid cars in brackets", p: model.Posting{Title: "Механик (гибридные автомобили)"}, remote: "unknown"},

	{name: "trap: denied", p: model.Posting{Title: "Кладовщик не удаленно"}, remote: "unknown"},
	{name: "trap: only a possibility", p: model.Posting{Title: "Логист возможно удаленно"}, remote: "unknown"},
	{name: "trap: remote support is the work", p: model.Posting{Title: "Инженер удаленной поддержки"}, remote: "unknown"},
	{name: "trap: adverb in mid title", p: model.Posting{Title: "Диспетчер удаленно 3 дня в неделю"}, remote: "unknown"},
}

func TestCyrillicTitleEnd(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range cyrillicTitleEndCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
