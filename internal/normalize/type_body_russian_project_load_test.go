package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// russianProjectLoadCases pin type_body_russian_project_load.go. Traps:
// "проектная работа" heading a section about past projects, project
// experience, "занятость" with other adjectives already read elsewhere.
var russianProjectLoadCases = []truthCase{
	{name: "project employment on a line", p: model.Posting{Title: "Дизайнер интерфейсов", DescriptionText: "Проектная занятость\nМакеты для мобильного банка."}, jobType: "project"},
	{name: "project employment in a sentence", p: model.Posting{Title: "Аналитик", DescriptionText: "Предлагаем проектную занятость на три месяца."}, jobType: "project"},
	{name: "ukrainian project employment", p: model.Posting{Title: "Копірайтер", DescriptionText: "Проєктна зайнятість, віддалено."}, jobType: "project"},

	{name: "trap: project work as a section heading", p: model.Posting{Title: "Инженер", DescriptionText: "Проектная работа\nВ прошлом году команда запустила два завода."}, jobType: "unknown"},
	{name: "trap: project experience", p: model.Posting{Title: "Архитектор", DescriptionText: "Опыт проектной деятельности от трёх лет."}, jobType: "unknown"},
	{name: "trap: full employment stays full time", p: model.Posting{Title: "Бухгалтер", DescriptionText: "Полная занятость\nОфис в центре."}, jobType: "full_time"},
}

func TestRussianProjectLoadCases(t *testing.T) { runFieldCases(t, russianProjectLoadCases) }
