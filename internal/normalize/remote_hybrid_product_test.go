package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// hybridProductCases: "hybrid" naming a product or a technology (cars,
// engines, the cloud, storage systems) is no hybrid work; the way of working
// stays hybrid.
var hybridProductCases = []truthCase{
	{name: "ru hybrid car models", p: model.Posting{Title: "Инженер-механик", DescriptionText: "Работа в сервисном центре с гибридными моделями автомобилей. Диагностика гибридных двигателей."}, remote: "unknown"},
	{name: "uk hybrid cloud", p: model.Posting{Title: "Інженер", DescriptionText: "Досвід з гібридною хмарою та гібридними системами зберігання даних."}, remote: "unknown"},
	{name: "en hybrid car models", p: model.Posting{Title: "Fleet sales engineer", DescriptionText: "You will sell our hybrid models and electric vehicles to fleet customers."}, remote: "unknown"},

	{name: "ru format label hybrid", p: model.Posting{Title: "Аналитик", DescriptionText: "Формат работы: гибрид, 2 дня в офисе."}, remote: "hybrid"},
	{name: "ru hybrid schedule", p: model.Posting{Title: "Аналитик", DescriptionText: "Предлагаем гибридный график работы и ДМС."}, remote: "hybrid"},
	{name: "uk hybrid format", p: model.Posting{Title: "Аналітик", DescriptionText: "Гібридний формат роботи, офіс у Києві."}, remote: "hybrid"},
	{name: "en hybrid work model", p: model.Posting{Title: "Analyst", DescriptionText: "We work on a hybrid model with two office days a week."}, remote: "hybrid"},
}

func TestHybridProductCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range hybridProductCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
	checkLongCases(t, strings.Repeat("We build tools for logistics teams across the region. ", 12), checkFieldCase, hybridProductCases)
}
