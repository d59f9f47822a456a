package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// possibilityWordCases: Finnish and Estonian remote work offered as a
// possibility, and Estonian home-office words, in our own words, with the
// clauses that keep their reading.
var possibilityWordCases = []truthCase{
	{name: "finnish chance of remote work field", p: model.Posting{Title: "Palkanlaskija", RemoteHint: "Mahdollisuus tehdä töitä etänä"}, remote: "hybrid"},
	{name: "finnish remote work is possible", p: model.Posting{Title: "Myyjä", DescriptionText: "Etätyö on mahdollista sopimuksen mukaan."}, remote: "hybrid"},
	{name: "finnish chance in a sentence", p: model.Posting{Title: "Suunnittelija", DescriptionText: "Tarjoamme mahdollisuuden etätyöhön kahtena päivänä."}, remote: "hybrid"},
	{name: "estonian home office option", p: model.Posting{Title: "Raamatupidaja", Locations: []string{"Tartu, kodukontori võimalus"}}, remote: "hybrid"},
	{name: "estonian home office location", p: model.Posting{Title: "Klienditoe spetsialist", Locations: []string{"Kodukontor"}}, remote: "remote"},
	{name: "estonian from home office", p: model.Posting{Title: "Tõlkija", DescriptionText: "Töö toimub kodukontorist."}, remote: "remote"},
	{name: "trap: finnish fully remote possibility", p: model.Posting{Title: "Kehittäjä", DescriptionText: "Mahdollisuus tehdä työtä täysin etänä."}, remote: "remote"},
	{name: "trap: finnish possibility denied", p: model.Posting{Title: "Varastotyöntekijä", DescriptionText: "Tehtävässä ei ole mahdollisuutta etätyöhön."}, remote: "onsite"},
	{name: "trap: finnish plain remote", p: model.Posting{Title: "Kääntäjä", DescriptionText: "Työ tehdään etänä kotoa."}, remote: "remote"},
	{name: "trap: possibility of something else", p: model.Posting{Title: "Kääntäjä", DescriptionText: "Työ tehdään etänä. Tarjoamme mahdollisuuden kouluttautua."}, remote: "remote"},
}

func TestPossibilityWords(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range possibilityWordCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
