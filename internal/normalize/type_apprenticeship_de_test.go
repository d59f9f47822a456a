package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// apprenticeshipFieldCases pin type_apprenticeship_de.go: German
// apprenticeship and dual-study words in a type field and dual study in a
// title are our internship; traps: a teacher, a trainer, the head of
// training, a finished training asked for in the text.
var apprenticeshipFieldCases = []truthCase{
	{name: "ausbildung field", p: model.Posting{Title: "Elektroniker (m/w/d)", Locations: []string{"Köln"}, EmploymentType: "Ausbildung"}, jobType: "internship"},
	{name: "ausbildung field lower case with a year", p: model.Posting{Title: "Bäcker", EmploymentType: "ausbildung 2027"}, jobType: "internship"},
	{name: "ausbildungsplatz field", p: model.Posting{Title: "Bankkaufmann", EmploymentType: "Ausbildungsplatz"}, jobType: "internship"},
	{name: "lehrstelle field", p: model.Posting{Title: "Polymechaniker", Locations: []string{"Bern"}, EmploymentType: "Lehrstelle"}, jobType: "internship"},
	{name: "lehre alone", p: model.Posting{Title: "Coiffeur", EmploymentType: "Lehre"}, jobType: "internship"},
	{name: "azubi field", p: model.Posting{Title: "Maler", EmploymentType: "Azubi"}, jobType: "internship"},
	{name: "duales studium field", p: model.Posting{Title: "Wirtschaftsinformatik", EmploymentType: "Duales Studium"}, jobType: "internship"},
	{name: "dual study glued", p: model.Posting{Title: "Maschinenbau", EmploymentType: "dualesStudium"}, jobType: "internship"},
	{name: "dual course in english", p: model.Posting{Title: "Logistik", EmploymentType: "Dual Course"}, jobType: "internship"},
	{name: "apprenticeship listed with full time", p: model.Posting{Title: "Tischler", EmploymentType: "Vollzeit, Ausbildung"}, jobType: "internship"},
	{name: "dual study title", p: model.Posting{Title: "Duales Studium Soziale Arbeit (B.A.)"}, jobType: "internship"},
	{name: "dual student title", p: model.Posting{Title: "Dualer Student Elektrotechnik"}, jobType: "internship"},

	{name: "trap: teacher field", p: model.Posting{Title: "Mathe", EmploymentType: "Lehrer"}, jobType: "!internship"},
	{name: "trap: trainer field", p: model.Posting{Title: "Werkstatt", EmploymentType: "Ausbilder"}, jobType: "!internship"},
	{name: "trap: head of training field", p: model.Posting{Title: "Personal", EmploymentType: "Ausbildungsleiter, Vollzeit"}, jobType: "full_time"},
	{name: "trap: finished training required in the text", p: model.Posting{Title: "Koch", Locations: []string{"Hamburg"}, DescriptionText: "Voraussetzung: eine abgeschlossene Ausbildung als Koch und 3 Jahre Erfahrung."}, jobType: "!internship"},
	{name: "trap: a training section heading in the text", p: model.Posting{Title: "Sachbearbeiter", DescriptionText: "Ausbildung\nAbgeschlossene kaufmännische Lehre oder ein Studium."}, jobType: "!internship"},
	{name: "trap: a labelled field-like line in the text", p: model.Posting{Title: "Sachbearbeiter", DescriptionText: "Lehre\nWir erwarten eine abgeschlossene Lehre."}, jobType: "!internship"},
	{name: "trap: trainer of dual students", p: model.Posting{Title: "Betreuer für duale Studenten", EmploymentType: "Vollzeit"}, jobType: "full_time"},
	{name: "trap: dual monitor is no study", p: model.Posting{Title: "Dual Monitor Setup Technician", EmploymentType: "Full-time"}, jobType: "full_time"},
}

func TestApprenticeshipFieldCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range apprenticeshipFieldCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}

// FuzzApprenticeField runs the field and title readers on any input: no
// panic, and a yes only with the words they read.
func FuzzApprenticeField(f *testing.F) {
	for _, tc := range apprenticeshipFieldCases {
		f.Add(tc.p.EmploymentType + tc.p.Title)
	}
	f.Add("lehre")
	f.Add("ausbildungsleiter")
	f.Fuzz(func(t *testing.T, s string) {
		low := strings.ToLower(s)
		if apprenticeFieldKey(low) && !strings.Contains(low, "ausbild") && !strings.Contains(low, "lehr") && !strings.Contains(low, "azubi") && !strings.Contains(low, "dual") {
			t.Errorf("apprenticeFieldKey(%q) without an apprenticeship word", low)
		}
		if dualStudyIn(s) && !containsFold(s, "dual") {
			t.Errorf("dualStudyIn(%q) without dual", s)
		}
		if apprenticeField(s) && !containsFold(s, "ausbild") && !containsFold(s, "lehr") && !containsFold(s, "azubi") && !containsFold(s, "dual") {
			t.Errorf("apprenticeField(%q) without an apprenticeship word", s)
		}
	})
}
