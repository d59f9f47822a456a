package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// cyrillicCitiesCases pin regions_cyrillic_cities.go.
var cyrillicCitiesCases = []truthCase{
	{name: "Kazan", p: model.Posting{Title: "Аналитик", Locations: []string{"Казань"}, RemoteHint: "Удалённо"}, regions: "RU"},
	{name: "Saint Petersburg hyphenated", p: model.Posting{Title: "Аналитик", Locations: []string{"Санкт-Петербург"}, RemoteHint: "remote"}, regions: "RU"},
	{name: "Rostov-on-Don", p: model.Posting{Title: "Аналитик", Locations: []string{"Ростов-на-Дону"}, RemoteHint: "remote"}, regions: "RU"},
	{name: "Kharkiv in Ukrainian", p: model.Posting{Title: "Аналітик", Locations: []string{"Харків"}, RemoteHint: "remote"}, regions: "UA"},
	{name: "Astana", p: model.Posting{Title: "Аналитик", Locations: []string{"Астана"}, RemoteHint: "remote"}, regions: "KZ"},
}

func TestCyrillicCitiesCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range cyrillicCitiesCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
