package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// officeRuleWordingCases pin remote_office_rule_wordings.go and its three
// readers, in other words than the round 120b sources; traps: an option,
// a choice, a denied obligation, "not only", a perk in the office, an
// event's hybrid attendance, a choice of office or home, a listing's own
// field.
var officeRuleWordingCases = []truthCase{
	// Cyrillic: the office alone, or an obligatory office
	{name: "ru office only", p: model.Posting{Title: "Аналитик", DescriptionText: "Формат работы: исключительно в офисе на Таганке."}, remote: "onsite"},
	{name: "uk office only", p: model.Posting{Title: "Бухгалтер", DescriptionText: "Робота тільки з офісу у Львові, графік 9-18."}, remote: "onsite"},
	{name: "ru obligatory office work after", p: model.Posting{Title: "Менеджер", DescriptionText: "Работа в нашем офисе в Казани обязательна."}, remote: "onsite"},
	{name: "uk obligatory office work before", p: model.Posting{Title: "Менеджер", DescriptionText: "Обов'язкова робота з офісу в Дніпрі."}, remote: "onsite"},
	{name: "ru office only over a remote place", p: model.Posting{Title: "Оператор", Locations: []string{"Remote"}, DescriptionText: "Работа только в офисе, Новосибирск."}, remote: "onsite"},

	{name: "trap: office work possible", p: model.Posting{Title: "Менеджер", DescriptionText: "Возможна работа из офиса в Казани."}, remote: "!onsite"},
	{name: "trap: office or home by choice", p: model.Posting{Title: "Менеджер", DescriptionText: "Работа из офиса обязательна или удалённо — на выбор."}, remote: "!onsite"},
	{name: "trap: office work not obligatory", p: model.Posting{Title: "Менеджер", DescriptionText: "Работа из офиса не обязательна."}, remote: "!onsite"},
	{name: "trap: uk office optional beside remote", p: model.Posting{Title: "Менеджер", DescriptionText: "Графік гнучкий, віддалено; офіс необов'язковий."}, remote: "remote"},
	{name: "trap: remote, office work not obligatory", p: model.Posting{Title: "Менеджер", DescriptionText: "Удалённая работа; работа из офиса не обязательна."}, remote: "remote"},
	{name: "trap: remote, office work possible", p: model.Posting{Title: "Менеджер", DescriptionText: "Удалённая работа, но возможна работа из офиса в Казани."}, remote: "remote"},
	{name: "trap: remote, not only from the office", p: model.Posting{Title: "Менеджер", DescriptionText: "Удалённо. Не только из офиса — работаем где удобно."}, remote: "remote"},
	{name: "trap: remote place, office or home by choice", p: model.Posting{Title: "Менеджер", Locations: []string{"Remote"}, DescriptionText: "Работа из офиса обязательна или удалённо — на выбор."}, remote: "remote"},
	{name: "trap: not only from the office", p: model.Posting{Title: "Аналитик", DescriptionText: "Работаем не только из офиса, но и из дома."}, remote: "!onsite"},
	{name: "trap: parking only by the office", p: model.Posting{Title: "Менеджер", DescriptionText: "Парковка только у офиса, удобный подъезд."}, remote: "unknown"},
	{name: "trap: cyrillic field decides", p: model.Posting{Title: "Аналитик", RemoteHint: "remote", DescriptionText: "Работа только из офиса."}, remote: "remote"},

	// a required hybrid attendance
	{name: "hybrid attendance required", p: model.Posting{Title: "Planner", DescriptionText: "Hybrid attendance is required for this team."}, remote: "hybrid"},
	{name: "mandatory hybrid office presence", p: model.Posting{Title: "Planner", DescriptionText: "We ask for mandatory hybrid office presence in Leeds."}, remote: "hybrid"},
	{name: "hybrid presence over a remote place", p: model.Posting{Title: "Planner", Locations: []string{"Remote - UK"}, DescriptionText: "Hybrid in-office presence will be expected."}, remote: "hybrid"},

	{name: "trap: hybrid attendance at an event", p: model.Posting{Title: "Planner", DescriptionText: "Hybrid attendance is available for the annual summit."}, remote: "unknown"},
	{name: "trap: hybrid cloud presence", p: model.Posting{Title: "Engineer", DescriptionText: "Grow our hybrid cloud presence across regions."}, remote: "unknown"},
	{name: "trap: on-site stays", p: model.Posting{Title: "Planner", DescriptionText: "This is an on-site role; hybrid attendance is required for events only."}, remote: "onsite"},

	// full-time in an office over a remote location field
	{name: "full-time office over a world field", p: model.Posting{Title: "Assistant", Locations: []string{"Anywhere"}, DescriptionText: "You will work full-time from our Porto office."}, remote: "onsite"},
	{name: "full time at the office over remote", p: model.Posting{Title: "Assistant", Locations: []string{"Remote"}, DescriptionText: "Must be able to work full time at the Lagos office."}, remote: "onsite"},

	{name: "trap: full-time office by choice", p: model.Posting{Title: "Assistant", Locations: []string{"Anywhere"}, DescriptionText: "You can work full-time from our Porto office if you like."}, remote: "remote"},
	{name: "trap: full-time office or home", p: model.Posting{Title: "Assistant", Locations: []string{"Remote"}, DescriptionText: "Work full-time from our Porto office or remotely."}, remote: "remote"},
	{name: "trap: full-time office field decides", p: model.Posting{Title: "Assistant", RemoteHint: "true", DescriptionText: "Colleagues work full-time from our Porto office."}, remote: "remote"},
	{name: "trap: full-time role, no office", p: model.Posting{Title: "Assistant", Locations: []string{"Anywhere"}, DescriptionText: "This is a full-time role working with our Porto team."}, remote: "remote"},
}

func TestOfficeRuleWordingCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range officeRuleWordingCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
	checkLongCases(t, strings.Repeat("The company builds software for logistics firms. ", 12), checkFieldCase, officeRuleWordingCases)
}
