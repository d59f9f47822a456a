package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// cyrillicTownsMoreCases pin regions_cyrillic_towns_more.go: Ukrainian
// regional centres in both spellings, foreign towns in Cyrillic, and words
// that only contain a town's name.
var cyrillicTownsMoreCases = []truthCase{
	{name: "Lutsk in Ukrainian", p: model.Posting{Title: "Розробник", Locations: []string{"Луцьк"}, RemoteHint: "remote"}, regions: "UA"},
	{name: "Ternopil in Russian", p: model.Posting{Title: "Разработчик", Locations: []string{"Тернополь"}, RemoteHint: "remote"}, regions: "UA"},
	{name: "Ivano-Frankivsk hyphenated", p: model.Posting{Title: "Розробник", Locations: []string{"Івано-Франківськ"}, RemoteHint: "remote"}, regions: "UA"},
	{name: "Bila Tserkva two words", p: model.Posting{Title: "Розробник", Locations: []string{"Біла Церква"}, RemoteHint: "remote"}, regions: "UA"},
	{name: "Warsaw in Cyrillic", p: model.Posting{Title: "Розробник", Locations: []string{"Варшава"}, RemoteHint: "remote"}, regions: "PL"},
	{name: "New York hyphenated in Cyrillic", p: model.Posting{Title: "Разработчик", Locations: []string{"Нью-Йорк"}, RemoteHint: "remote"}, regions: "US"},
	{name: "Vienna in Ukrainian after remote", p: model.Posting{Title: "Розробник", Locations: []string{"Віддалено, Відень"}, RemoteHint: "remote"}, regions: "AT"},
	{name: "Riga with Latvia already named", p: model.Posting{Title: "Разработчик", Locations: []string{"Рига, Latvia"}, RemoteHint: "remote"}, regions: "LV"},
	// Traps: a word that starts with a town's name is no town.
	{name: "trap: pragmatic is not Prague", p: model.Posting{Title: "Прагматик продукту", Locations: []string{"Віддалено"}, RemoteHint: "remote"}, regions: "none"},
	{name: "trap: Gentle-like word is not Ghent", p: model.Posting{Title: "Розробник", Locations: []string{"Гентамицин"}, RemoteHint: "remote"}, regions: "none"},
	{name: "trap: a surname-like town form is left out", p: model.Posting{Title: "Разработчик", Locations: []string{"Николаев Иван"}, RemoteHint: "remote"}, regions: "none"},
}

func TestCyrillicTownsMoreCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range cyrillicTownsMoreCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
