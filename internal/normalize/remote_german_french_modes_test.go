package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// germanFrenchModeCases pin remote_german_french_modes.go; traps: leave
// and a part-time load counted in days, presence online or not required,
// a share of travel, an in-person interview or training, remote work
// possible beside a fully remote role, a workplace field that decides.
var germanFrenchModeCases = []truthCase{
	{name: "de office days a week", p: model.Posting{Title: "Buchhalter (m/w/d)", DescriptionText: "Bei uns arbeitest du 3 Tage vor Ort in Kassel, den Rest von zu Hause."}, remote: "hybrid"},
	{name: "de remote days a week", p: model.Posting{Title: "Buchhalter (m/w/d)", DescriptionText: "Du kannst bis zu zwei Tage remote pro Woche arbeiten."}, remote: "hybrid"},
	{name: "de days a week then home office", p: model.Posting{Title: "Buchhalter (m/w/d)", DescriptionText: "Wir bieten 1 Tag pro Woche Homeoffice und ein Jobrad."}, remote: "hybrid"},
	{name: "de days in the office over a remote location", p: model.Posting{Title: "Backend-Entwickler", Locations: []string{"Remote"}, DescriptionText: "Teamtreffen: 2 Tage im Büro in Leipzig pro Woche."}, remote: "hybrid"},
	{name: "de share of home office", p: model.Posting{Title: "Sachbearbeiter", DescriptionText: "Gleitzeit und anteiliges Homeoffice nach der Einarbeitung."}, remote: "hybrid"},
	{name: "de mobile work possible", p: model.Posting{Title: "Sachbearbeiter", DescriptionText: "Mobiles Arbeiten ist nach Absprache möglich."}, remote: "hybrid"},
	{name: "de share of remote in the title", p: model.Posting{Title: "PHP-Entwickler 60 % Remote – Bremen", Locations: []string{"Bremen"}}, remote: "hybrid"},
	{name: "de whole home office", p: model.Posting{Title: "Kundenberater", DescriptionText: "Du arbeitest 100% im Homeoffice? Nein: 100 % Homeoffice, ganz ohne Büro."}, remote: "remote"},
	{name: "de full-time remote", p: model.Posting{Title: "Kundenberater", DescriptionText: "Arbeitszeit: Vollzeit-Remote, 40 Stunden."}, remote: "remote"},
	{name: "de nationwide from home", p: model.Posting{Title: "Kundenberater", DescriptionText: "Die Stelle ist bundesweit von zu Hause aus zu besetzen."}, remote: "remote"},
	{name: "de presence in the office", p: model.Posting{Title: "Empfangskraft", DescriptionText: "Präsenz im Büro ist an allen Tagen nötig."}, remote: "onsite"},
	{name: "de presence required", p: model.Posting{Title: "Empfangskraft", DescriptionText: "Eine tägliche Präsenz wird vorausgesetzt."}, remote: "onsite"},
	{name: "fr not eligible for telework", p: model.Posting{Title: "Agent d'accueil", DescriptionText: "Poste à Nantes. Ce poste n'est pas éligible au télétravail."}, remote: "onsite"},
	{name: "fr occasional telework", p: model.Posting{Title: "Comptable", Locations: []string{"Rennes"}, DescriptionText: "CDI, temps plein, télétravail occasionnel."}, remote: "hybrid"},
	{name: "fr whole office", p: model.Posting{Title: "Assistant RH", DescriptionText: "Poste 100 % en présentiel à Lille."}, remote: "onsite"},
	{name: "fr in person in the title", p: model.Posting{Title: "Conseiller clientèle (présentiel)"}, remote: "onsite"},
	{name: "cz hybrid location", p: model.Posting{Title: "Účetní", Locations: []string{"Brno – hybridní"}}, remote: "hybrid"},
	{name: "board scale partial", p: model.Posting{Title: "Chef de projet", RemoteHint: "partial"}, remote: "hybrid"},
	{name: "board scale punctual", p: model.Posting{Title: "Chef de projet", RemoteHint: "punctual"}, remote: "onsite"},
	{name: "board scale none", p: model.Posting{Title: "Chef de projet", RemoteHint: "none"}, remote: "onsite"},
	{name: "trap: full-time in the employment field names no telework", p: model.Posting{Title: "Chef de projet", EmploymentType: "fulltime"}, remote: "unknown"},
	{name: "trap: no telework field beside a remote title", p: model.Posting{Title: "Remote Chef de projet", RemoteHint: "unknown"}, remote: "remote"},
	{name: "pl hybrid field", p: model.Posting{Title: "Księgowa", RemoteHint: "Hybryda"}, remote: "hybrid"},
	{name: "en remote position denied", p: model.Posting{Title: "Store Lead", DescriptionText: "This job is not offered as a remote position; you will be on-site in Leeds."}, remote: "onsite"},

	{name: "trap: days of leave", p: model.Posting{Title: "Buchhalter (m/w/d)", DescriptionText: "30 Tage Urlaub, 2 Tage Sonderurlaub und Homeoffice nach Bedarf."}, remote: "!onsite"},
	{name: "trap: part-time days", p: model.Posting{Title: "Verkäufer", Locations: []string{"Köln"}, DescriptionText: "Teilzeit, 3 Tage pro Woche im Büro."}, remote: "!hybrid"},
	{name: "trap: days with no place", p: model.Posting{Title: "Fahrer", DescriptionText: "Einsatz an 4 Tagen pro Woche, Führerschein Klasse B."}, remote: "unknown"},
	{name: "trap: presence online", p: model.Posting{Title: "Social Media Manager", DescriptionText: "Du stärkst unsere Präsenz in sozialen Medien."}, remote: "unknown"},
	{name: "trap: no presence required", p: model.Posting{Title: "Texter", DescriptionText: "Keine Präsenz im Büro nötig, keine Präsenz erforderlich."}, remote: "!onsite"},
	{name: "trap: share of travel", p: model.Posting{Title: "Berater", DescriptionText: "Reisetätigkeit 20 % und ein Firmenwagen."}, remote: "unknown"},
	{name: "trap: fully remote beside possible mobile work", p: model.Posting{Title: "Entwickler", DescriptionText: "Wir sind 100% remote. Mobiles Arbeiten ist auch aus dem Ausland möglich."}, remote: "remote"},
	{name: "trap: in-person interview", p: model.Posting{Title: "Développeur", DescriptionText: "Télétravail complet. Un entretien en présentiel à Paris."}, remote: "remote"},
	{name: "trap: in-person training", p: model.Posting{Title: "Formateur", DescriptionText: "Vous animerez une formation en présentiel chaque mois."}, remote: "unknown"},
	{name: "trap: whole remote in percent", p: model.Posting{Title: "Entwickler", DescriptionText: "Du arbeitest zu 100 % remote."}, remote: "remote"},
	{name: "trap: workplace field decides", p: model.Posting{Title: "Buchhalter (m/w/d)", RemoteHint: "Remote", DescriptionText: "Optional 2 Tage pro Woche im Büro in Hamburg."}, remote: "remote"},
	{name: "trap: czech word in a sentence", p: model.Posting{Title: "Analytik", DescriptionText: "Pracujeme s hybridními cloudy."}, remote: "unknown"},
	{name: "trap: a remote position available", p: model.Posting{Title: "Support", DescriptionText: "This is available as a remote position across Canada."}, remote: "remote"},
}

func TestGermanFrenchModeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range germanFrenchModeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
	checkLongCases(t, strings.Repeat("Wir sind ein mittelständisches Unternehmen mit langer Tradition. ", 12), checkFieldCase, germanFrenchModeCases)
}

// TestGermanDayCountKeyRegexp checks the key regexp against its plain
// regexp over the same texts.
func TestGermanDayCountKeyRegexp(t *testing.T) {
	texts := keyTexts(t)
	for _, tc := range germanFrenchModeCases {
		texts = append(texts, tc.p.DescriptionText)
	}
	for _, s := range append(texts, "bis zu 2-3 Tage im Homeoffice", "einen Tag in der Woche von zu Hause", "DREI TAGE VOR ORT", "MOBILES ARBEITEN MÖGLICH", "100% HOMEOFFICE", "40 % Télétravail", "Poste 100% sur site", "NOT AVAILABLE AS A REMOTE job") {
		checkKey(t, "germanDayCount", germanDayCount, s)
		checkKey(t, "germanMobilePossible", germanMobilePossible, s)
		checkKey(t, "germanWholeHome", germanWholeHome, s)
		checkKey(t, "remoteShare", remoteShare, s)
		checkKey(t, "frenchOffice", frenchOffice, s)
		checkKey(t, "remotePositionDenied", remotePositionDenied, s)
	}
}
