package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// civicMaghrebTypeCases: type fields in the words of
// type_field_words_civic_maghreb.go, written for this project, with traps
// beside them.
var civicMaghrebTypeCases = []truthCase{
	{name: "civic service field", p: model.Posting{Title: "Médiateur numérique", EmploymentType: "Service civique"}, jobType: "volunteer"},
	{name: "civic service engagement with its length", p: model.Posting{Title: "Médiateur", EmploymentType: "Engagement de service civique - 8 mois"}, jobType: "volunteer"},
	{name: "civic service volunteer with its acronym", p: model.Posting{Title: "Animateur", EmploymentType: "Volontaire en service civique (SC)"}, jobType: "volunteer"},
	{name: "volunteer alone", p: model.Posting{Title: "Animateur", EmploymentType: "Volontaire"}, jobType: "volunteer"},
	{name: "project contract field", p: model.Posting{Title: "Ingénieur", EmploymentType: "Contrat de projet (3 ans)"}, jobType: "contract"},
	{name: "fixed term with a project contract part", p: model.Posting{Title: "Chercheuse", EmploymentType: "CDD - Contrat de projet 24 mois"}, jobType: "contract"},
	{name: "maghreb internship field", p: model.Posting{Title: "محاسب", EmploymentType: "تربص"}, jobType: "internship"},
	{name: "maghreb intern field", p: model.Posting{Title: "Comptable", EmploymentType: "متربص"}, jobType: "internship"},
	{name: "maghreb internship beside its french word", p: model.Posting{Title: "Agent", EmploymentType: "Stage / تربص"}, jobType: "internship"},

	// Traps: the international volunteer keeps its reading, a bare project
	// word or a project post says nothing, a permanent project post stays
	// permanent, the civic service in a title only is not read, and an
	// Arabic word sharing the letters is not an internship.
	{name: "trap international volunteer in a company", p: model.Posting{Title: "Chargée de mission", EmploymentType: "Volontaire International en Entreprise (VIE)"}, jobType: "internship"},
	{name: "trap project word alone", p: model.Posting{Title: "Chargée de mission", EmploymentType: "Projet"}, jobType: "unknown"},
	{name: "trap project lead field", p: model.Posting{Title: "Chargée de mission", EmploymentType: "Chef de projet"}, jobType: "unknown"},
	{name: "trap permanent project post", p: model.Posting{Title: "Ingénieur", EmploymentType: "CDI de projet"}, jobType: "full_time"},
	{name: "trap civic service manager on a permanent post", p: model.Posting{Title: "Responsable du service civique", EmploymentType: "CDI"}, jobType: "full_time"},
	{name: "trap volunteers welcome", p: model.Posting{Title: "Animateur", EmploymentType: "Volontaires bienvenus"}, jobType: "unknown"},
	{name: "trap arabic physical education", p: model.Posting{Title: "معلم", EmploymentType: "تربية بدنية"}, jobType: "unknown"},
}

func TestCivicMaghrebTypeWords(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for i, tc := range civicMaghrebTypeCases {
		if i%raceThin() != 0 && !strings.HasPrefix(tc.name, "trap") {
			continue // thinned under -race and -short; the traps always run
		}
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
