package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// studyAgencyCases: French work-and-study posts, German gender-neutral
// student jobs and agency work, East African student attachments, the
// English "stage" of companies and theatres, and two field words, in our
// own words, with traps for each reader.
var studyAgencyCases = []truthCase{
	// French study posts.
	{name: "apprentissage after a dash", p: model.Posting{Title: "Assistant comptable - Apprentissage"}, jobType: "internship"},
	{name: "en apprentissage ends the title", p: model.Posting{Title: "Vendeuse en apprentissage"}, jobType: "internship"},
	{name: "contrat d'apprentissage", p: model.Posting{Title: "Contrat d'apprentissage boulanger (Lyon)"}, jobType: "internship"},
	{name: "contrat de professionnalisation", p: model.Posting{Title: "Gestionnaire de paie en contrat de professionnalisation"}, jobType: "internship"},
	{name: "contrat pro in brackets", p: model.Posting{Title: "Chargé de clientèle (contrat pro)"}, jobType: "internship"},
	{name: "final-year project", p: model.Posting{Title: "PFE - Vision par ordinateur"}, jobType: "internship"},
	{name: "projet de fin d'études", p: model.Posting{Title: "Projet de fin d'études : optimisation logistique"}, jobType: "internship"},
	{name: "année de césure", p: model.Posting{Title: "Année de césure - Contrôle de gestion"}, jobType: "internship"},
	{name: "trap: deep learning", p: model.Posting{Title: "Ingénieure en apprentissage automatique"}, jobType: "unknown"},
	{name: "trap: the apprentices' tutor", p: model.Posting{Title: "Tuteur d'apprentissage atelier"}, jobType: "unknown"},
	// German.
	{name: "werkstudierende", p: model.Posting{Title: "Werkstudierende Buchhaltung (all genders)"}, jobType: "internship"},
	{name: "leiharbeit", p: model.Posting{Title: "Lagerhelfer in Leiharbeit"}, jobType: "contract"},
	{name: "arbeitnehmerüberlassung", p: model.Posting{Title: "Elektriker im Rahmen der Arbeitnehmerüberlassung"}, jobType: "contract"},
	{name: "AÜ in brackets", p: model.Posting{Title: "Schweißer (AÜ) Bremen"}, jobType: "contract"},
	{name: "freiberufler", p: model.Posting{Title: "Freiberuflerin Grafikdesign"}, jobType: "contract"},
	{name: "freiberuflich", p: model.Posting{Title: "Dozent Mathematik (freiberuflich)"}, jobType: "contract"},
	{name: "trap: AÜ inside a word", p: model.Posting{Title: "Bauüberwachung Tiefbau"}, jobType: "unknown"},
	{name: "trap: AÜ letters inside a word", p: model.Posting{Title: "Schaumstoffverarbeitung Gießerei"}, jobType: "unknown"},
	// East African student attachments.
	{name: "industrial attachment", p: model.Posting{Title: "Industrial Attachment - Electrical Engineering"}, jobType: "internship"},
	{name: "attachment programme", p: model.Posting{Title: "Attachment Programme 2026: Agronomy"}, jobType: "internship"},
	{name: "trap: email attachments", p: model.Posting{Title: "Email Attachment Security Analyst"}, jobType: "unknown"},
	// English "stage".
	{name: "trap: startup stage", p: model.Posting{Title: "Product Lead at a Seed Stage Company"}, jobType: "unknown"},
	{name: "trap: early-stage", p: model.Posting{Title: "Early-Stage Investor Relations Associate"}, jobType: "unknown"},
	{name: "trap: theatre stage manager", p: model.Posting{Title: "Stage Manager, Touring Musical"}, jobType: "unknown"},
	{name: "trap: stage technician", p: model.Posting{Title: "Stage Technician (Lighting)"}, jobType: "unknown"},
	{name: "french stage still an internship", p: model.Posting{Title: "Stage - Analyste financier H/F"}, jobType: "internship"},
	{name: "stage beside an intern word", p: model.Posting{Title: "Growth Stage Intern"}, jobType: "internship"},
	// French body.
	{name: "recruiting one apprentice", p: model.Posting{Title: "Développeur web",
		DescriptionText: "Notre agence recrute une alternante pour deux ans."}, jobType: "internship"},
	{name: "recruiting one intern after a senior title", p: model.Posting{Title: "Senior Designer",
		DescriptionText: "Nous cherchons un stagiaire motivé pour six mois."}, jobType: "internship"},
	{name: "trap: mentoring apprentices", p: model.Posting{Title: "Chef d'équipe",
		DescriptionText: "Vous formerez des apprentis et des stagiaires."}, jobType: "unknown"},
	// Field words.
	{name: "half-time field", p: model.Posting{Title: "Library Assistant", EmploymentType: "Half-time"}, jobType: "part_time"},
	{name: "bare italian fixed term", p: model.Posting{Title: "Magazziniere", EmploymentType: "Determinato"}, jobType: "contract"},
	{name: "italian open-ended still full-time", p: model.Posting{Title: "Magazziniere", EmploymentType: "Indeterminato"}, jobType: "full_time"},
}

func TestStudyAgencyTitles(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range studyAgencyCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func FuzzStudyAgencyTitle(f *testing.F) {
	for _, tc := range studyAgencyCases {
		f.Add(tc.p.Title)
	}
	f.Fuzz(func(t *testing.T, title string) {
		// The word guards must not hide a match of their regexps.
		if got, want := studyInternTitle(title), titleStudyIntern.MatchString(title); got != want {
			t.Fatalf("studyInternTitle(%q) = %v, regexp %v", title, got, want)
		}
		if got, want := germanAgencyTitle(title), titleAgencyGerman.MatchString(title); got != want {
			t.Fatalf("germanAgencyTitle(%q) = %v, regexp %v", title, got, want)
		}
		if titleInternNotStage(title) && !titleIntern.MatchString(title) {
			t.Fatalf("titleInternNotStage(%q) without titleIntern", title)
		}
	})
}
