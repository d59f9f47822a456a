package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Sums won and prizes in Russian and Ukrainian are no pay. In this
// project's own words, with traps.
var winningsWordsCases = []truthCase{
	{name: "players win a sum", p: model.Posting{Title: "Маркетолог", DescriptionText: "Игроки нашей платформы выигрывают до €20 000 в турнирах"}, pay: "-"},
	{name: "a prize fund", p: model.Posting{Title: "Маркетолог", DescriptionText: "Призовой фонд хакатона $15 000"}, pay: "-"},
	{name: "ukrainian winnings", p: model.Posting{Title: "Маркетолог", DescriptionText: "Щотижневий виграш до €5 000 для гравців"}, pay: "-"},
	{name: "trap: a salary in the same text is read", p: model.Posting{Title: "Маркетолог", DescriptionText: "Зарплата от 2 000 до 3 000 EUR в месяц"}, pay: "2000 3000 EUR month"},
	{name: "trap: a salary sentence after a prize sentence keeps its pay", p: model.Posting{Title: "Маркетолог", DescriptionText: "Мы проводим турниры. Зарплата 2 500 EUR в месяц."}, pay: "2500 2500 EUR month"},
}

func TestWinningsWordsCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range winningsWordsCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
