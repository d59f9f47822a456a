package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// cyrillicLongFieldCases pin the length gate of cyrillicMode
// (remote_cyrillic_excluded.go), counted for two-byte Cyrillic letters: a
// location of forty to eighty letters with a work-mode note is read.
// Traps: a field past eighty letters, a negated note, a hybrid product.
var cyrillicLongFieldCases = []truthCase{
	{name: "city, region and hybrid note", p: model.Posting{Title: "Аналитик данных", Locations: []string{"Нижний Новгород, Нижегородская область (гибридный формат)"}}, remote: "hybrid"},
	{name: "ukrainian city and remote note", p: model.Posting{Title: "Аналітик даних", Locations: []string{"Дніпро, Дніпропетровська область (віддалена робота)"}}, remote: "remote"},
	{name: "city, country and office note", p: model.Posting{Title: "Аналитик данных", Locations: []string{"Екатеринбург, Свердловская область, Россия (работа в офисе)"}}, remote: "onsite"},

	{name: "trap: past eighty letters is a sentence", p: model.Posting{Title: "Аналитик данных", Locations: []string{"Мы находимся в центре Екатеринбурга рядом с парком и метро, офис открыт ежедневно, гибридный формат обсуждается"}}, remote: "!hybrid"},
	{name: "trap: a negated note", p: model.Posting{Title: "Аналитик данных", Locations: []string{"Нижний Новгород, Нижегородская область (без удалёнки)"}}, remote: "!remote"},
}

func TestCyrillicLongFieldCases(t *testing.T) {
	for _, tc := range cyrillicLongFieldCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
