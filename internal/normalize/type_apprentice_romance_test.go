package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// romanceApprenticeCases: Italian, Spanish, Portuguese and French
// apprenticeship titles, in our own words, with trainers' titles and
// machine learning as traps.
var romanceApprenticeCases = []truthCase{
	{name: "italian apprentice", p: model.Posting{Title: "Apprendista idraulico"}, jobType: "internship"},
	{name: "italian apprentices hired", p: model.Posting{Title: "Cerchiamo apprendisti panettieri"}, jobType: "internship"},
	{name: "italian contract", p: model.Posting{Title: "Magazziniere in apprendistato"}, jobType: "internship"},
	{name: "spanish apprentice", p: model.Posting{Title: "Aprendiz de carpintería"}, jobType: "internship"},
	{name: "portuguese young apprentice", p: model.Posting{Title: "Jovem Aprendiz - Logística"}, jobType: "internship"},
	{name: "spanish contract", p: model.Posting{Title: "Auxiliar contable - contrato de aprendizaje"}, jobType: "internship"},
	{name: "french apprentice with its feminine", p: model.Posting{Title: "Apprenti(e) pâtissier"}, jobType: "internship"},
	{name: "french alternant", p: model.Posting{Title: "Alternante chargée de marketing"}, jobType: "internship"},
	{name: "french contract", p: model.Posting{Title: "Technicien réseau en apprentissage"}, jobType: "internship"},
	{name: "an apprentice beats a full-time field", p: model.Posting{Title: "Apprendista grafico", EmploymentType: "Full-time"}, jobType: "internship"},
	{name: "trap: a tutor of apprentices", p: model.Posting{Title: "Tutor aziendale apprendisti"}, jobType: "unknown"},
	{name: "trap: a trainer of apprentices", p: model.Posting{Title: "Formatrice pour apprentis"}, jobType: "unknown"},
	{name: "trap: instructor of apprentices", p: model.Posting{Title: "Instructora de aprendices"}, jobType: "unknown"},
	{name: "trap: the apprentices' mentor", p: model.Posting{Title: "Maître d'apprentissage"}, jobType: "unknown"},
	{name: "trap: machine learning in french", p: model.Posting{Title: "Chercheur en apprentissage profond"}, jobType: "unknown"},
	{name: "trap: learning in spanish", p: model.Posting{Title: "Especialista en aprendizaje digital"}, jobType: "unknown"},
	{name: "trap: learning in italian", p: model.Posting{Title: "Esperto di apprendimento automatico"}, jobType: "unknown"},
}

func TestRomanceApprenticeTitles(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range romanceApprenticeCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func FuzzRomanceApprenticeTitle(f *testing.F) {
	for _, tc := range romanceApprenticeCases {
		f.Add(tc.p.Title)
	}
	f.Fuzz(func(t *testing.T, title string) {
		got := romanceApprenticeTitle(title)
		if got && !(containsFold(title, "appren") || containsFold(title, "aprendi") || containsFold(title, "alternan")) {
			t.Errorf("romanceApprenticeTitle(%q) without an apprentice word", title)
		}
		if got && !apprenticeTitle(title) {
			t.Errorf("apprenticeTitle(%q) misses what romanceApprenticeTitle reads", title)
		}
	})
}
