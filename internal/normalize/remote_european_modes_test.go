package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// europeanModeCases pin remote_european_modes.go: denied home work in Dutch, German,
// Nordic, Finnish, Italian and Portuguese; place-independence adjectives;
// "partly" with a place; fields joining home and office; mixed regimes,
// hybrid compounds and office-day counts; a Finnish remote possibility;
// Italian, Portuguese and Swedish on-site wording. Traps sit beside each
// shape.
var europeanModeCases = []truthCase{
	// denied home work, in a field
	{name: "field without home office", p: model.Posting{Title: "Lagerhelfer", RemoteHint: "ohne Homeoffice"}, remote: "onsite"},
	{name: "field dutch home work not possible", p: model.Posting{Title: "Kassamedewerker", RemoteHint: "Thuiswerken is hier niet mogelijk"}, remote: "onsite"},
	{name: "field dutch no chance of home work", p: model.Posting{Title: "Monteur", RemoteHint: "Geen mogelijkheid tot thuiswerken"}, remote: "onsite"},
	{name: "field italian no remote work", p: model.Posting{Title: "Magazziniere", RemoteHint: "Nessun lavoro da remoto"}, remote: "onsite"},
	{name: "field finnish no chance to work remotely", p: model.Posting{Title: "Varastotyöntekijä", RemoteHint: "Ei mahdollisuutta tehdä työtä etänä"}, remote: "onsite"},
	{name: "trap: field names home work without a denial", p: model.Posting{Title: "Entwickler", RemoteHint: "Homeoffice nach Absprache"}, remote: "!onsite"},
	// denied home work, in a sentence
	{name: "text without a home office option", p: model.Posting{Title: "Fahrer", Locations: []string{"Bremen"},
		DescriptionText: "Es handelt sich um eine Stelle ohne Homeoffice-Möglichkeit in unserem Depot."}, remote: "onsite"},
	{name: "text norwegian no home office chance", p: model.Posting{Title: "Sykepleier", Locations: []string{"Bergen"},
		DescriptionText: "Det er ikke mulighet for hjemmekontor i denne rollen."}, remote: "onsite"},
	{name: "text swedish remote not allowed", p: model.Posting{Title: "Lagerarbetare", Locations: []string{"Borås"},
		DescriptionText: "Distansarbete är tyvärr inte möjligt i den här tjänsten."}, remote: "onsite"},
	{name: "text finnish remote not possible", p: model.Posting{Title: "Myyjä", Locations: []string{"Oulu"},
		DescriptionText: "Etätyö ei ole mahdollista tässä roolissa."}, remote: "onsite"},
	{name: "trap: norwegian denial only in the trial period", p: model.Posting{Title: "Regnskapsfører", Locations: []string{"Remote"},
		DescriptionText: "Ingen hjemmekontor i prøvetiden, deretter fritt valg."}, remote: "!onsite"},
	{name: "trap: no travel, home office possible", p: model.Posting{Title: "Berater", Locations: []string{"Köln"},
		DescriptionText: "Homeoffice möglich, Reisen nicht möglich wegen des Budgets."}, remote: "!onsite"},
	{name: "trap: not only home office", p: model.Posting{Title: "Berater", Locations: []string{"Remote"},
		DescriptionText: "Wir bieten nicht nur Homeoffice, sondern auch ein Jobrad."}, remote: "remote"},
	// place independence
	{name: "location-independent german field", p: model.Posting{Title: "Texter", RemoteHint: "wohnortunabhängig"}, remote: "remote"},
	{name: "location-independent ascii spelling", p: model.Posting{Title: "Texter", RemoteHint: "Standortunabhaengig"}, remote: "remote"},
	{name: "dutch place-independent field", p: model.Posting{Title: "Redacteur", RemoteHint: "Locatieonafhankelijk"}, remote: "remote"},
	{name: "dutch time and place independent text", p: model.Posting{Title: "Redacteur",
		DescriptionText: "Bij ons werk je tijd- en plaatsonafhankelijk aan mooie projecten."}, remote: "remote"},
	{name: "finnish place-independent text", p: model.Posting{Title: "Suunnittelija",
		DescriptionText: "Tehtävä on täysin paikkariippumaton."}, remote: "remote"},
	{name: "swedish place-independent text", p: model.Posting{Title: "Skribent",
		DescriptionText: "Tjänsten är platsoberoende och du väljer själv var du sitter."}, remote: "remote"},
	{name: "partly place-independent is hybrid", p: model.Posting{Title: "Texter",
		DescriptionText: "Du arbeitest teilweise ortsunabhängig."}, remote: "hybrid"},
	{name: "trap: time-independent only", p: model.Posting{Title: "Texter", Locations: []string{"Leipzig"},
		DescriptionText: "Die Arbeitszeit ist zeitunabhängig einteilbar."}, remote: "!remote"},
	// partly with a place
	{name: "field partly in the office", p: model.Posting{Title: "Assistenz", RemoteHint: "teilweise im Büro"}, remote: "hybrid"},
	{name: "text partly office partly home", p: model.Posting{Title: "Assistenz",
		DescriptionText: "Du bist teilweise im Büro in Jena und sonst zu Hause."}, remote: "hybrid"},
	{name: "text italian partly remote", p: model.Posting{Title: "Contabile",
		DescriptionText: "Il ruolo si svolge in parte da remoto."}, remote: "hybrid"},
	// joined fields, mixed regimes, compounds, day counts
	{name: "italian presence and remote field", p: model.Posting{Title: "Consulente", RemoteHint: "Presenza + remoto"}, remote: "hybrid"},
	{name: "italian remote and office field", p: model.Posting{Title: "Consulente", RemoteHint: "Remoto e ufficio"}, remote: "hybrid"},
	{name: "finnish remote slash local field", p: model.Posting{Title: "Tutkija", RemoteHint: "Etä-/lähityö"}, remote: "hybrid"},
	{name: "trap: remote with an office note", p: model.Posting{Title: "Entwickler", Locations: []string{"Remote (Büro in Berlin)"}}, remote: "remote"},
	{name: "italian mixed regime", p: model.Posting{Title: "Impiegato", RemoteHint: "Modalità mista"}, remote: "hybrid"},
	{name: "german hybrid work compound", p: model.Posting{Title: "Referent", RemoteHint: "Hybridarbeit"}, remote: "hybrid"},
	{name: "finnish hybrid working compound text", p: model.Posting{Title: "Asiantuntija",
		DescriptionText: "Tarjoamme hybridityöskentelyä Tampereella."}, remote: "hybrid"},
	{name: "trap: hybrid car model in text", p: model.Posting{Title: "Autoverkäufer", Locations: []string{"Graz"},
		DescriptionText: "Sie beraten Kunden zu unserem neuen Hybridmodell."}, remote: "!hybrid"},
	{name: "portuguese two times on site", p: model.Posting{Title: "Analista", RemoteHint: "2x presencial"}, remote: "hybrid"},
	{name: "portuguese days at the office", p: model.Posting{Title: "Analista", RemoteHint: "Dias no escritório"}, remote: "hybrid"},
	{name: "short text hybrid with days", p: model.Posting{Title: "Analyst", DescriptionText: "Hybrid 3 Tage"}, remote: "hybrid"},
	// finnish remote possibility
	{name: "finnish remote possibility field", p: model.Posting{Title: "Kirjanpitäjä", RemoteHint: "Etätyömahdollisuus"}, remote: "hybrid"},
	{name: "finnish remote possibility text", p: model.Posting{Title: "Kirjanpitäjä", Locations: []string{"Turku"},
		DescriptionText: "Tarjoamme etätyömahdollisuuden kahtena päivänä viikossa."}, remote: "hybrid"},
	// on-site wording
	{name: "italian presence in the office field", p: model.Posting{Title: "Segretaria", RemoteHint: "Presenza in ufficio"}, remote: "onsite"},
	{name: "italian at the head office field", p: model.Posting{Title: "Segretaria", RemoteHint: "Presso la sede"}, remote: "onsite"},
	{name: "italian five of five text", p: model.Posting{Title: "Segretaria",
		DescriptionText: "Orario pieno, 5 giorni su 5 a Bari."}, remote: "onsite"},
	{name: "portuguese in loco field", p: model.Posting{Title: "Técnico", RemoteHint: "In loco"}, remote: "onsite"},
	{name: "swedish done at the workplace text", p: model.Posting{Title: "Snickare",
		DescriptionText: "Arbetet utförs på arbetsplatsen i Umeå."}, remote: "onsite"},
	{name: "trap: swedish place word elsewhere", p: model.Posting{Title: "Skribent", Locations: []string{"Distans"},
		DescriptionText: "Vi har en trevlig arbetsplats och fika varje fredag."}, remote: "remote"},
	// remote wording
	{name: "portuguese work from home field", p: model.Posting{Title: "Redator", RemoteHint: "Trabalho de casa"}, remote: "remote"},
	{name: "finnish from anywhere in finland field", p: model.Posting{Title: "Toimittaja", RemoteHint: "Kaikkialta Suomesta"}, remote: "remote"},
}

func TestEuropeanModeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range europeanModeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
