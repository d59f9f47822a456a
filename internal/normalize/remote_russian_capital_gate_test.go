package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// remoteRussianCapitalGateCases pin bodyPlaceLead (remote_contradicted.go):
// a Russian text whose only "д" is a capital still has its remote and
// hybrid words read, and work done at home ("работа на дому") is remote.
// Traps: care given in a client's home, a capital-only text with no mode.
var remoteRussianCapitalGateCases = []truthCase{
	{name: "distance work with a capital only", p: model.Posting{Title: "Копирайтер", DescriptionText: "Дистанционная занятость, пишем тексты блога."}, remote: "remote"},
	{name: "distance work alone", p: model.Posting{Title: "Оператор чата", DescriptionText: "Дистанционная работа"}, remote: "remote"},
	{name: "work at home", p: model.Posting{Title: "Оператор чата", DescriptionText: "Работа на дому, гибкий график."}, remote: "remote"},
	{name: "working at home, verb form", p: model.Posting{Title: "Оператор чата", DescriptionText: "Можно работать на дому после обучения."}, remote: "remote"},

	{name: "trap: home care is a place of work", p: model.Posting{Title: "Сиделка", DescriptionText: "Уход на дому за пожилыми людьми."}, remote: "unknown"},
	{name: "trap: capital-only text without a mode", p: model.Posting{Title: "Курьер", DescriptionText: "Доставка заказов по городу."}, remote: "unknown"},
}

func TestRemoteRussianCapitalGateCases(t *testing.T) {
	runFieldCases(t, remoteRussianCapitalGateCases)
}
