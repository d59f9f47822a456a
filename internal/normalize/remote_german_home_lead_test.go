package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// germanHomeLeadCases pin remote_german_home_lead.go (a German word right
// before "Homeoffice" in text written without umlauts) and the inflected
// "hybrider" that foreignHybrid now reads, in our own words. Traps: an
// English home office stays a room, a possibility stays hybrid, home and
// office together stay hybrid, a hybrid drive is technology.
var germanHomeLeadCases = []truthCase{
	{name: "ascii: listed beside skills with und", p: model.Posting{Title: "Backend-Entwickler (m/w/d)", Locations: []string{"Muenster"}, DescriptionText: "Kotlin, Postgres und Homeoffice.\nArbeitszeit Vollzeit"}, remote: "remote"},
	{name: "ascii: work in the home office", p: model.Posting{Title: "Sachbearbeiter (m/w/d)", DescriptionText: "Die Taetigkeit erfolgt im Homeoffice, die Einarbeitung per Video."}, remote: "remote"},
	{name: "ascii: offered home office", p: model.Posting{Title: "Kundenberater (m/w/d)", DescriptionText: "Wir bieten Homeoffice, ein Jobrad und 30 Urlaubstage."}, remote: "remote"},
	{name: "ascii: with home office", p: model.Posting{Title: "Redakteur (m/w/d)", DescriptionText: "Festanstellung mit Homeoffice und flexiblen Zeiten."}, remote: "remote"},
	{name: "de: hybrid work in the dative", p: model.Posting{Title: "Data Analyst (m/w/d)", Locations: []string{"Bonn"}, DescriptionText: "Ein Team in Bonn mit hybrider Arbeit und Weiterbildungsbudget."}, remote: "hybrid"},
	{name: "de: a hybrid working model in the dative", p: model.Posting{Title: "Data Analyst (m/w/d)", DescriptionText: "Du arbeitest in einem Team mit hybridem Arbeitsmodell."}, remote: "hybrid"},
	// traps
	{name: "trap: english home office stipend", p: model.Posting{Title: "Support Engineer", DescriptionText: "We cover your home office setup and a gym membership."}, remote: "unknown"},
	{name: "trap: english and a home office room", p: model.Posting{Title: "Support Engineer", DescriptionText: "Perks: laptop and home office furniture."}, remote: "unknown"},
	{name: "trap: ascii possibility stays hybrid", p: model.Posting{Title: "Kundenberater (m/w/d)", DescriptionText: "Homeoffice moeglich nach der Einarbeitung."}, remote: "hybrid"},
	{name: "trap: home office and the office", p: model.Posting{Title: "Projektleiter (m/w/d)", DescriptionText: "Du arbeitest im Buero und im Homeoffice, ganz nach Absprache."}, remote: "hybrid"},
	{name: "trap: a hybrid drive is technology", p: model.Posting{Title: "Kfz-Mechatroniker (m/w/d)", DescriptionText: "Du pruefst Fahrzeuge mit hybrider Antriebstechnik und E-Motoren."}, remote: "unknown"},
	{name: "trap: a hybrid cloud in the dative", p: model.Posting{Title: "Cloud Engineer (m/w/d)", DescriptionText: "Du betreust Kunden mit hybrider Cloud und On-Premise-Systemen."}, remote: "unknown"},
}

func TestGermanHomeLeadCases(t *testing.T) { runFieldCases(t, germanHomeLeadCases) }

func TestGermanHomeOfficeAt(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Java und Homeoffice", true},
		{"Arbeit im Homeoffice", true},
		{"inkl. Homeoffice", true},
		{"salary and Homeoffice", false},
		{"Homeoffice", false},
		{"Rundum Homeoffice", false},
	} {
		at := len(c.text) - len("Homeoffice")
		if got := germanHomeOfficeAt(c.text, at); got != c.want {
			t.Errorf("germanHomeOfficeAt(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
