package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// germanHomeWordingCases pin remote_german_home_wording.go and the amenity
// and technology guards it adds (remote_foreign_fields.go,
// remote_romance_tech_words.go). Traps: a possibility beside a whole-remote
// role, presence days a quarter, remote days a month, a denied or offered
// whole-remote statement, a home-office stipend in English, an English
// "remote and office" without German, a field that decides, customers'
// sites, a hybrid engine in a car ad, a bulleted location with no home
// office.
var germanHomeWordingCases = []truthCase{
	{name: "de possibility denied", p: model.Posting{Title: "Lagerist (m/w/d)", DescriptionText: "Leider gibt es keine Möglichkeit zum Homeoffice, dafür Gleitzeit."}, remote: "onsite"},
	{name: "de option denied", p: model.Posting{Title: "Lagerist (m/w/d)", Locations: []string{"Bremen"}, DescriptionText: "Wir haben keine Option für mobiles Arbeiten in diesem Team."}, remote: "onsite"},
	{name: "de possibility of mobile work", p: model.Posting{Title: "Controller (m/w/d)", DescriptionText: "Wir bieten dir die Möglichkeit zum mobilen Arbeiten und eine Kantine."}, remote: "hybrid"},
	{name: "de option of home office", p: model.Posting{Title: "Controller (m/w/d)", DescriptionText: "Zu den Benefits gehört eine Homeoffice-Option sowie ein Jobticket."}, remote: "hybrid"},
	{name: "de option of occasional remote", p: model.Posting{Title: "Controller (m/w/d)", Locations: []string{"Remote"}, DescriptionText: "Es gibt die Möglichkeit auf gelegentliche Remote-Arbeit."}, remote: "hybrid"},
	{name: "de home and office", p: model.Posting{Title: "Projektleiter (m/w/d)", DescriptionText: "Du arbeitest flexibel im Homeoffice und im Büro in Kassel."}, remote: "hybrid"},
	{name: "de office and home", p: model.Posting{Title: "Projektleiter (m/w/d)", DescriptionText: "Arbeitsort: Büro & Homeoffice, ganz wie es passt."}, remote: "hybrid"},
	{name: "de remote with presence days", p: model.Posting{Title: "Projektleiter (m/w/d)", DescriptionText: "Remote-Arbeit mit festen Präsenztagen in Dresden."}, remote: "hybrid"},
	{name: "de remote on a day a week", p: model.Posting{Title: "Projektleiter (m/w/d)", DescriptionText: "Bei uns ist Homeoffice an zwei Tagen die Regel, remote Arbeit an einem Tag je Woche zusätzlich."}, remote: "hybrid"},
	{name: "de remote work on days", p: model.Posting{Title: "Projektleiter (m/w/d)", DescriptionText: "Wir ermöglichen Remote Work an 2 Tagen pro Woche."}, remote: "hybrid"},
	{name: "de position wholly remote", p: model.Posting{Title: "Data Engineer (m/w/d)", Locations: []string{"Leipzig"}, DescriptionText: "Diese Position ist komplett remote besetzbar."}, remote: "remote"},
	{name: "de we work remote", p: model.Posting{Title: "Data Engineer (m/w/d)", DescriptionText: "Wir arbeiten remote und treffen uns zweimal im Jahr."}, remote: "remote"},
	{name: "de exclusively remote", p: model.Posting{Title: "Data Engineer (m/w/d)", DescriptionText: "Die Tätigkeit erfolgt ausschließlich remote."}, remote: "remote"},
	{name: "de remote within the country possible", p: model.Posting{Title: "Data Engineer (m/w/d)", DescriptionText: "Remote innerhalb Österreichs ist möglich."}, remote: "remote", regions: "AT"},
	{name: "de remote from all of a country", p: model.Posting{Title: "Data Engineer (m/w/d)", DescriptionText: "Du arbeitest remote aus ganz Deutschland."}, remote: "remote", regions: "DE"},
	{name: "de home office within a country", p: model.Posting{Title: "Data Engineer (m/w/d)", DescriptionText: "Flexible Zeiten und Arbeit im Homeoffice innerhalb der Schweiz."}, remote: "remote", regions: "CH"},
	{name: "es possibility of telework", p: model.Posting{Title: "Contable", Locations: []string{"Sevilla"}, DescriptionText: "Jornada completa y posibilidad de teletrabajo parcial tras el periodo de prueba."}, remote: "hybrid"},
	{name: "pt possibility of home office", p: model.Posting{Title: "Analista Fiscal", DescriptionText: "Benefícios: VR, plano de saúde e possibilidade de home office."}, remote: "hybrid"},
	{name: "fr possibility of telework", p: model.Posting{Title: "Juriste", Locations: []string{"Nantes"}, DescriptionText: "CDI, RTT et possibilité de télétravail selon l'accord d'entreprise."}, remote: "hybrid"},
	{name: "it possibility of smart working", p: model.Posting{Title: "Contabile", DescriptionText: "Offriamo buoni pasto e possibilità di smart working."}, remote: "hybrid"},
	{name: "nl possibility of working from home", p: model.Posting{Title: "Boekhouder", DescriptionText: "Je krijgt een laptop en de mogelijkheid om thuis te werken."}, remote: "hybrid"},
	{name: "de share of home office", p: model.Posting{Title: "Buchhalter (m/w/d)", DescriptionText: "Wir bieten einen Homeoffice-Anteil von bis zu 60 % und ein Jobticket."}, remote: "hybrid"},
	{name: "it smart working whole", p: model.Posting{Title: "Sviluppatore", DescriptionText: "Contratto a tempo indeterminato, smart working al 100%."}, remote: "remote"},
	{name: "nl wholly remote", p: model.Posting{Title: "Ontwikkelaar", DescriptionText: "Deze functie is volledig remote en je krijgt een thuiswerkvergoeding."}, remote: "remote"},
	{name: "trap: possibility beside full remote", p: model.Posting{Title: "Desarrollador", DescriptionText: "Puesto 100% remoto. Posibilidad de teletrabajo desde otro país unas semanas al año."}, remote: "remote"},
	{name: "trap: french possibility beside whole telework", p: model.Posting{Title: "Développeur", DescriptionText: "Télétravail complet. Possibilité de télétravail depuis l'étranger un mois par an."}, remote: "remote"},
	{name: "pt bulleted home office", p: model.Posting{Title: "Analista de Dados", Locations: []string{"PJ • Pleno • Home Office"}}, remote: "remote"},
	{name: "de amenities on site", p: model.Posting{Title: "Entwickler (m/w/d)", DescriptionText: "Wir sind ein Verlag aus Ulm. Es gibt eine Kantine direkt vor Ort und Parkplätze."}, remote: "unknown"},
	{name: "fr parking on site", p: model.Posting{Title: "Comptable", DescriptionText: "Nous sommes une PME lyonnaise. Parking gratuit sur site et tickets restaurant."}, remote: "unknown"},
	{name: "de hybrid cloud", p: model.Posting{Title: "Cloud-Architekt (m/w/d)", DescriptionText: "Du baust eine hybride Cloud für unsere Kunden aus dem Mittelstand."}, remote: "unknown"},
	{name: "fr hybrid cloud", p: model.Posting{Title: "Architecte cloud", DescriptionText: "Vous concevez des architectures hybrides et un cloud hybride pour nos clients."}, remote: "unknown"},

	{name: "trap: option beside whole home office", p: model.Posting{Title: "Support (m/w/d)", DescriptionText: "100 % Homeoffice. Auf Wunsch Möglichkeit zum Büro-Arbeitsplatz."}, remote: "remote"},
	{name: "trap: whole home office with office stipend", p: model.Posting{Title: "Support (m/w/d)", DescriptionText: "Du arbeitest zu 100% im Homeoffice und bekommst Zuschuss für Homeoffice und Büro-Ausstattung."}, remote: "remote"},
	{name: "trap: presence days a quarter", p: model.Posting{Title: "Support (m/w/d)", DescriptionText: "Vollständig remote, zwei Präsenztage pro Quartal in Hamburg."}, remote: "remote"},
	{name: "trap: quarterly presence days", p: model.Posting{Title: "Support (m/w/d)", DescriptionText: "Vollständig remote, mit quartalsweise Präsenztagen in Köln."}, remote: "remote"},
	{name: "trap: remote days a month", p: model.Posting{Title: "Support (m/w/d)", Locations: []string{"Remote"}, DescriptionText: "Teamtreffen: Remote Work an 2 Tagen im Monat gemeinsam vor Ort."}, remote: "!hybrid"},
	{name: "trap: whole remote denied", p: model.Posting{Title: "Support (m/w/d)", DescriptionText: "Die Stelle ist nicht komplett remote."}, remote: "!remote"},
	{name: "trap: whole remote as a choice", p: model.Posting{Title: "Support (m/w/d)", DescriptionText: "Du entscheidest: voll remote oder in einem unserer Büros."}, remote: "!remote"},
	{name: "trap: remote scope with no place", p: model.Posting{Title: "Support (m/w/d)", DescriptionText: "Wir sind remote innerhalb kurzer Zeit erreichbar."}, remote: "!remote"},
	{name: "trap: english remote and office", p: model.Posting{Title: "Support Agent", DescriptionText: "Remote role. You get a budget for remote & office supplies."}, remote: "remote"},
	{name: "trap: field decides", p: model.Posting{Title: "Support (m/w/d)", RemoteHint: "Remote", DescriptionText: "Homeoffice und Büro nach Wahl."}, remote: "remote"},
	{name: "trap: work at customers' sites", p: model.Posting{Title: "Servicetechniker (m/w/d)", DescriptionText: "Deine Arbeit vor Ort beim Kunden in ganz Bayern."}, remote: "onsite"},
	{name: "trap: hybrid engines", p: model.Posting{Title: "Kfz-Mechatroniker (m/w/d)", DescriptionText: "Du wartest hybride Antriebe. Hybrides Arbeiten ist möglich."}, remote: "hybrid"},
	{name: "trap: bullets without home office", p: model.Posting{Title: "Analista", Locations: []string{"CLT • Pleno • São Paulo"}}, remote: "!remote"},
}

func TestGermanHomeWordingCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range germanHomeWordingCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
	checkLongCases(t, strings.Repeat("Wir sind ein Familienunternehmen mit Sitz in Franken und fertigen Bauteile. ", 10), checkFieldCase, germanHomeWordingCases)
}

// FuzzGermanHomeWording runs the reader on any input: it must not panic.
func FuzzGermanHomeWording(f *testing.F) {
	for _, tc := range germanHomeWordingCases {
		f.Add(tc.p.DescriptionText, strings.Join(tc.p.Locations, "\n"))
	}
	f.Fuzz(func(t *testing.T, text, loc string) {
		ri := reviseGermanHomeWording("", []string{loc}, text, RemoteInfo{Remote: model.RemoteUnknown})
		_ = amenityOnSite(text, len(text))
		_ = ri
	})
}

// TestGermanHomeWordingKeyRegexp checks these readers' key regexps against
// their plain regexps over the same windows.
func TestGermanHomeWordingKeyRegexp(t *testing.T) {
	texts := keyTexts(t)
	for _, tc := range germanHomeWordingCases {
		texts = append(texts, tc.p.DescriptionText)
	}
	for _, s := range texts {
		for name, k := range map[string]*keyRegexp{"germanHomeDenied": germanHomeDenied, "germanHomeOption": germanHomeOption,
			"romanceHomeOption": romanceHomeOption, "wholeRemoteMore": wholeRemoteMore, "germanHomeAndOffice": germanHomeAndOffice,
			"germanPresenceDays": germanPresenceDays, "germanModeDays": germanModeDays, "germanWholeRemote": germanWholeRemote,
			"germanScopedRemote": germanScopedRemote} {
			checkKey(t, name, k, s)
		}
	}
}
