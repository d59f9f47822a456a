package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// europeanDescriptionCases pin remote_european_descriptions.go, the
// foreign own-office sentences of onsite_plain_sentences.go and the Dutch,
// Italian and Nordic hybrid-cloud and French, Polish and Nordic allowance
// phrases of remote_romance_tech_words.go. Traps sit beside each shape.
var europeanDescriptionCases = []truthCase{
	// a remote-first company line and an on-site role
	{name: "german remote-first but on site", p: model.Posting{Title: "Laborant (m/w/d)",
		DescriptionText: "Als Firma arbeiten wir remote-first. Die Laborarbeit erfordert allerdings Präsenz im Labor vor Ort in Mainz."}, remote: "onsite"},
	{name: "dutch remote-first but on location", p: model.Posting{Title: "Monteur",
		DescriptionText: "Ons bedrijf is remote first, maar als monteur ben je aanwezig op locatie bij klanten in Zeeland."}, remote: "onsite"},
	{name: "polish remote-first but in the office", p: model.Posting{Title: "Recepcjonistka",
		DescriptionText: "Cała firma działa remote-first, jednak recepcja wymaga pracy w biurze w Opolu."}, remote: "onsite"},
	{name: "swedish remote-first but present", p: model.Posting{Title: "Lagerchef",
		DescriptionText: "Koncernen är remote-first men lagret kräver närvaro i Borås."}, remote: "onsite"},
	{name: "french remote-first but on site some days", p: model.Posting{Title: "Technicien support",
		DescriptionText: "La société est remote-first mais le poste demande une présence sur site deux jours par semaine."}, remote: "hybrid"},
	{name: "trap: remote-first with the office optional", p: model.Posting{Title: "Designer",
		DescriptionText: "Wir sind remote-first, aber wer möchte, kann vor Ort in Jena arbeiten."}, remote: "remote"},
	{name: "trap: italian remote-first with no contrast", p: model.Posting{Title: "Designer",
		DescriptionText: "Siamo remote-first e ci vediamo in sede a Parma due volte all'anno."}, remote: "!onsite"},

	// a hybrid work-model noun
	{name: "polish hybrid model of work", p: model.Posting{Title: "Księgowa",
		DescriptionText: "Proponujemy system pracy hybrydowy i prywatną opiekę medyczną."}, remote: "hybrid"},
	{name: "polish model in the locative", p: model.Posting{Title: "Księgowa",
		DescriptionText: "Pracujemy w hybrydowym modelu pracy z biurem na Mokotowie."}, remote: "hybrid"},
	{name: "danish hybrid work model", p: model.Posting{Title: "Bogholder",
		DescriptionText: "Hos os får du en hybrid arbejdsmodel og frokostordning."}, remote: "hybrid"},
	{name: "swedish work form label", p: model.Posting{Title: "Ekonom",
		DescriptionText: "Arbetssätt: hybrid. Kontoret ligger vid Slussen."}, remote: "hybrid"},
	{name: "trap: hybrid as a car drive", p: model.Posting{Title: "Mekaniker",
		DescriptionText: "Du servar hybridbilar och elbilar i vår verkstad."}, remote: "!hybrid"},

	// home work limited to part of the week
	{name: "german home office by the day", p: model.Posting{Title: "Steuerfachangestellte (m/w/d)",
		DescriptionText: "Mobiles Arbeiten geht bei uns anteilig, sprich an einigen Tagen."}, remote: "hybrid"},
	{name: "german home office on up to two days", p: model.Posting{Title: "Steuerfachangestellte (m/w/d)",
		DescriptionText: "Homeoffice ist an bis zu zwei Tagen möglich."}, remote: "hybrid"},
	{name: "german mobile work up to a percent", p: model.Posting{Title: "Ingenieur (m/w/d)", Locations: []string{"Ulm"},
		DescriptionText: "Mobiles Arbeiten ist bis zu 40 % der Arbeitszeit möglich."}, remote: "hybrid"},
	{name: "trap: a percent of travel after remote work", p: model.Posting{Title: "Berater (m/w/d)", Locations: []string{"Ulm"},
		DescriptionText: "Remote-Arbeit ist möglich, Reisetätigkeit bis zu 20 %."}, remote: "!hybrid"},
	{name: "polish partial remote work", p: model.Posting{Title: "Analityk",
		DescriptionText: "Oferujemy częściową pracę zdalną po okresie wdrożenia."}, remote: "hybrid"},
	{name: "danish partial home work", p: model.Posting{Title: "Konsulent",
		DescriptionText: "Vi giver mulighed for delvist hjemmearbejde."}, remote: "hybrid"},
	{name: "trap: partly home office beside a full remote role", p: model.Posting{Title: "Entwickler",
		DescriptionText: "Die Stelle ist vollständig remote; Homeoffice-Ausstattung stellen wir teilweise."}, remote: "remote"},

	// office days counted in a week
	{name: "german office days in a week", p: model.Posting{Title: "Controller (m/w/d)",
		DescriptionText: "Drei Tage pro Woche bist du im Büro am Hafen, sonst zu Hause."}, remote: "hybrid"},
	{name: "dutch once a week at the office", p: model.Posting{Title: "Adviseur",
		DescriptionText: "Eenmaal per week kom je naar kantoor voor het teamoverleg."}, remote: "hybrid"},
	{name: "trap: part-time office days", p: model.Posting{Title: "Receptionist",
		DescriptionText: "Praca na pół etatu, trzy dni w tygodniu w biurze w Kielcach."}, remote: "!hybrid"},

	// denials with a verb
	{name: "italian remote work not allowed", p: model.Posting{Title: "Magazziniere",
		DescriptionText: "Per questo ruolo non è consentito il lavoro da remoto."}, remote: "onsite"},
	{name: "polish lack of remote work", p: model.Posting{Title: "Magazynier",
		DescriptionText: "Brak pracy zdalnej, praca na zmiany."}, remote: "!remote"},
	{name: "polish no possibility of remote work", p: model.Posting{Title: "Magazynier",
		DescriptionText: "Na tym stanowisku nie ma możliwości pracy zdalnej."}, remote: "onsite"},
	{name: "trap: italian denial during the trial", p: model.Posting{Title: "Analista",
		DescriptionText: "Non è previsto lo smart working durante l'inserimento; in seguito un giorno a settimana."}, remote: "!onsite"},

	// work only on the premises
	{name: "italian only in person", p: model.Posting{Title: "Operaio",
		DescriptionText: "Il lavoro si svolge esclusivamente in presenza nel reparto."}, remote: "onsite"},
	{name: "polish only on the spot", p: model.Posting{Title: "Operator",
		DescriptionText: "Praca tylko na miejscu w magazynie."}, remote: "onsite"},
	{name: "norwegian work done on site", p: model.Posting{Title: "Elektriker",
		DescriptionText: "Jobben skjer på stedet hos kunden."}, remote: "onsite"},

	// own-office sentences
	{name: "dutch you work at our office", p: model.Posting{Title: "Planner",
		DescriptionText: "Je werkt op ons kantoor aan de Maas met vijf collega's."}, remote: "onsite"},
	{name: "french you will work in our premises", p: model.Posting{Title: "Assistant RH",
		DescriptionText: "Vous travaillerez au sein de nos locaux près de la gare."}, remote: "onsite"},
	{name: "italian you will work at our plant", p: model.Posting{Title: "Tecnico",
		DescriptionText: "Lavorerai presso il nostro stabilimento con il capoturno."}, remote: "onsite"},
	{name: "danish you work from our office", p: model.Posting{Title: "Koordinator",
		DescriptionText: "Du arbejder fra vores kontor ved havnen."}, remote: "onsite"},
	{name: "trap: dutch own office and home", p: model.Posting{Title: "Planner",
		DescriptionText: "Je werkt op ons kantoor en soms thuis."}, remote: "!onsite"},
	{name: "trap: swedish own office and from home", p: model.Posting{Title: "Koordinator",
		DescriptionText: "Du arbetar på vårt kontor eller hemifrån."}, remote: "!onsite"},

	// hybrid cloud and home-office allowances
	{name: "trap: dutch hybrid cloud", p: model.Posting{Title: "Cloud Engineer",
		DescriptionText: "Je ontwerpt hybride cloudoplossingen voor gemeenten."}, remote: "unknown"},
	{name: "trap: italian hybrid cloud platform", p: model.Posting{Title: "Sistemista",
		DescriptionText: "Gestirai l'architettura ibrida dei clienti."}, remote: "unknown"},
	{name: "trap: french home-work allowance", p: model.Posting{Title: "Comptable",
		DescriptionText: "Nous offrons une indemnité de télétravail et une mutuelle."}, remote: "!remote"},
	{name: "trap: swedish home-office allowance", p: model.Posting{Title: "Ekonom",
		DescriptionText: "Förmåner: bidrag till hemmakontor och friskvård."}, remote: "!remote"},
	{name: "allowance beside home days", p: model.Posting{Title: "Comptable",
		DescriptionText: "Forfait télétravail et deux jours de télétravail par semaine."}, remote: "hybrid"},
	{name: "hybrid cloud beside a hybrid model", p: model.Posting{Title: "Cloud Engineer",
		DescriptionText: "Du jobber med hybrid sky. Vi har en hybrid arbeidsmodell."}, remote: "hybrid"},
	// remote in full, presence duties and hybrid adverbs
	{name: "polish remote only", p: model.Posting{Title: "Tłumacz",
		DescriptionText: "Zlecenia realizujesz wyłącznie zdalnie, z własnego komputera."}, remote: "remote"},
	{name: "norwegian fully remote", p: model.Posting{Title: "Tekstforfatter",
		DescriptionText: "Stillingen er fullt remote med ukentlige videomøter."}, remote: "remote"},
	{name: "german presence duty", p: model.Posting{Title: "Sachbearbeiter (m/w/d)",
		DescriptionText: "Für diese Aufgabe gilt Präsenzpflicht am Empfang."}, remote: "onsite"},
	{name: "danish demand to show up", p: model.Posting{Title: "Lagerchef",
		DescriptionText: "Der er krav om fysisk fremmøde alle ugens dage."}, remote: "onsite"},
	{name: "trap: presence duty on two days", p: model.Posting{Title: "Conseiller (H/F)",
		DescriptionText: "Présence obligatoire deux jours par semaine, le reste depuis chez vous."}, remote: "!onsite"},
	{name: "polish hybrid adverb", p: model.Posting{Title: "Grafik",
		DescriptionText: "Zespół działa hybrydowo z biurem w Toruniu."}, remote: "hybrid"},

	// remote technology and products for home work
	{name: "trap: dutch remote reading of meters", p: model.Posting{Title: "Monteur",
		DescriptionText: "Je installeert slimme meters met uitlezing op afstand."}, remote: "unknown"},
	{name: "trap: italian remote maintenance", p: model.Posting{Title: "Tecnico",
		DescriptionText: "Seguirai la manutenzione da remoto dei macchinari."}, remote: "unknown"},
	{name: "trap: swedish tools for remote work and our office", p: model.Posting{Title: "Säljare",
		DescriptionText: "Vi säljer lösningar för distansarbete till skolor. Du arbetar på vårt kontor i Gävle."}, remote: "onsite"},
	{name: "trap: german software for remote teams", p: model.Posting{Title: "Vertrieb (m/w/d)",
		DescriptionText: "Wir bauen Software für Remote-Teams und suchen Verstärkung für das Büro."}, remote: "!remote"},
	{name: "product beside a remote role", p: model.Posting{Title: "Vertrieb (m/w/d)",
		DescriptionText: "Wir bauen Tools für Remote-Arbeit. Die Stelle ist 100 % remote."}, remote: "remote"},
	// a home-work noun before a count of days a week, and a split week
	{name: "swedish home work one day a week", p: model.Posting{Title: "Handläggare",
		DescriptionText: "Du kan arbeta hemifrån, distansarbete en dag i veckan är möjligt."}, remote: "hybrid"},
	{name: "italian remote days and our office", p: model.Posting{Title: "Impiegato",
		DescriptionText: "Un giorno a settimana da casa, gli altri in ufficio a Lecce."}, remote: "hybrid"},
	{name: "trap: office days a quarter beside a remote role", p: model.Posting{Title: "Entwickler (m/w/d)",
		DescriptionText: "Die Rolle ist komplett remote; zwei Tage pro Quartal trifft sich das Team im Büro in Jena."}, remote: "remote"},
	{name: "trap: french app that eases home work", p: model.Posting{Title: "Commercial (H/F)",
		DescriptionText: "Notre logiciel simplifie le télétravail des PME. Poste basé à Reims."}, remote: "!remote"},
	{name: "trap: swedish product easing remote work", p: model.Posting{Title: "Säljare",
		DescriptionText: "Vår app förenklar distansarbete för vårdteam."}, remote: "!remote"},
}

func TestEuropeanDescriptionCases(t *testing.T) {
	runFieldCasesShortAndLong(t, europeanDescriptionCases)
}
