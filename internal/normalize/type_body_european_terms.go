package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Employment terms said in a description's sentence in German, French,
// Spanish, Portuguese, Italian, Dutch, Polish and Swedish that the world
// phrases (type_body_world_phrases.go) and the readers before them lack.
// They join worldPhrases (so the first phrase in the text still decides)
// and follow the readings the type fields' word tables give (worldTerms):
//
//   - a fee basis, freelance work offered, agency work and a stated
//     consulting assignment are a contract: German "auf Honorarbasis",
//     "suchen freiberufliche Unterstützung", "im Rahmen der
//     Arbeitnehmerüberlassung"; Spanish "como autónomo", "a través de
//     ETT"; Italian "contratto in somministrazione"; Dutch "op
//     uitzendbasis"; Polish "umowa o dzieło", "umowa zlecenie", "praca
//     tymczasowa"; Swedish "uthyrd till kund", "konsultuppdrag på 6
//     månader";
//   - a fixed-term post is a contract: Portuguese "vaga temporária",
//     Swedish "visstidsanställning", "vikariat", "tidsbegränsad
//     anställning";
//   - a permanent post is full time unless its hours say otherwise:
//     German "Vollzeit, unbefristet", Portuguese "vaga efetiva", Swedish
//     "tillsvidareanställning på heltid" and "provanställning" (the
//     probation that opens one);
//   - hours: Portuguese "trabalho em part-time", "regime de tempo
//     integral", Dutch "parttime functie van 24 uur", Polish "pół etatu",
//     "pełny etat"; Swedish hourly and extra staff ("timanställning",
//     "extrapersonal") are part time, as the fields read them;
//   - a paid grant of some months is an internship (Spanish "beca de 6
//     meses", "beca remunerada");
//   - volunteering offered: French "mission de bénévolat", "recherchons
//     des bénévoles", "à titre bénévole"; Swedish "söker volontärer",
//     "på ideell basis".
//
// Each phrase names the post's own terms; the words alone ("autónomo" as
// "independent", "temporal", "etat", "uppdrag", a staffing firm named as
// what the company is not) are not read.

var europeanTermPhrases = []worldPhrase{
	// German.
	{nil, newKeyRegexp(`(?i)\b(?:auf|gegen)\s+(honorar)basis\b|\b(honorar)(?:vertrag|kraft|tätigkeit)\b`, 10, 20, "honorar"), contractWord},
	{nil, newKeyRegexp(`(?i)\b(?:suchen|sucht|bieten|bietet|für\s+(?:eine|die)|zur|auf)\s+(?:\S+\s+){0,2}?(freiberuflich)(?:e[nr]?)?\s+(?:basis|mitarbeit|tätigkeit|zusammenarbeit|unterstützung|projektarbeit)\b`, 40, 30, "freiberuflich"), contractWord},
	{nil, newKeyRegexp(`(?i)\b(?:im\s+rahmen\s+(?:der|einer)|in\s+der|in|per|über|via|mittels)\s+(arbeitnehmer)überlassung\b`, 25, 20, "arbeitnehmer"), contractWord},
	{nil, newKeyRegexp(`(?i)\b(vollzeit|teilzeit)\s*[,/|&+]\s*unbefristet\b|\bunbefristet\s*[,/|&+]\s*(?:in\s+)?(vollzeit|teilzeit)\b`, 14, 16, "unbefristet"), germanLoad},
	// French.
	{[]string{"énévol", "ÉNÉVOL"}, regexp.MustCompile(`(?i)\b(?:mission|poste|engagement|action|activité)s?\s+(?:de\s+|d'|en\s+)?(bénévol)(?:at|e|es)\b|\b(?:recherchons|cherchons|recrutons|recrute|recherche)\s+(?:des|un|une|\d{1,2}|plusieurs|de\s+nouveaux|de\s+nouvelles)\s+(bénévol)(?:e|es|s)?\b|\btitre\s+(bénévol)e\b`), func(string) model.JobType { return model.TypeVolunteer }},
	// Spanish.
	{nil, newKeyRegexp(`(?i)\b(beca)\s+(?:remunerada\s+)?(?:de|por)\s+(?:\d{1,2}|tres|seis|nueve|doce)\s+meses\b|\b(beca)\s+remunerada\b`, 0, 40, "beca"), func(string) model.JobType { return model.TypeInternship }},
	{[]string{"utónom", "UTÓNOM"}, regexp.MustCompile(`(?i)\b(?:como|en\s+r[ée]gimen\s+de|r[ée]gimen\s+de|alta\s+como|trabajador(?:a|es)?|colaborador(?:a|es)?|profesional(?:es)?)\s+(autónom)(?:[oa]s?)\b|\b(autónom)[oa]\s+(?:para\s+colaborar|para\s+proyectos|freelance|o\s+freelance)\b`), contractWord},
	{nil, newKeyRegexp(`\b(?i:a\s+trav[ée]s\s+de|mediante|por|v[íi]a|con|de)\s+(?:(?i:una|la)\s+)?(ETT)\b`, 16, 3, "ett"), contractWord},
	// Portuguese.
	{nil, newKeyRegexp(`(?i)\b(?:trabalho|trabajo|regime|emprego|vaga|contrato|jornada)\s+(?:em\s+|a\s+|de\s+|no\s+)?(part|full)[- ]time\b`, 25, 5, "time"), schedWord},
	{nil, newKeyRegexp(`(?i)\b(?:vaga|cargo|trabalho|emprego)\s+(tempor[áa]ri[ao])\b|\bvaga\s+(efetiv)a\b`, 0, 20, "vaga", "cargo", "trabalho", "emprego"), func(w string) model.JobType {
		if strings.HasPrefix(strings.ToLower(w), "efetiv") {
			return model.TypeFullTime
		}
		return model.TypeContract
	}},
	{nil, newKeyRegexp(`(?i)\b(?:vaga|trabalho|regime|jornada|contrato|emprego|cargo)\s+(?:de\s+|em\s+|a\s+)?(tempo)\s+integral\b`, 20, 12, "integral"), func(string) model.JobType { return model.TypeFullTime }},
	// Italian.
	{nil, newKeyRegexp(`(?i)\b(?:contratto|lavoro|assunzione|inserimento|missione)\s+(?:di|in)\s+(somministrazione)\b|\b(?:in|tramite)\s+(somministrazione)\s+(?:tramite|con|presso|di)\b`, 25, 20, "somministrazione"), contractWord},
	// Dutch.
	{nil, newKeyRegexp(`(?i)\b(?:op|via)\s+(uitzend)basis\b|\b(uitzend)(?:contract|overeenkomst)\b`, 6, 15, "uitzend"), contractWord},
	{nil, newKeyRegexp(`(?i)\b(parttime|fulltime|deeltijd|voltijd)s?\s*(?:functie|baan|dienstverband|job)\s+(?:van|voor)\s+\d{1,2}\b`, 0, 30, "parttime", "fulltime", "deeltijd", "voltijd"), schedWord},
	// Polish.
	{nil, newKeyRegexp(`(?i)\b(pełn[yea]|pełen|peln[yea]|pelen|cał[yea]|pół|pol|połow[ęa]|niepełn[yea]|1/2|3/4|1/4|4/5)\s+etat(?:u|em|cie)?\b`, 14, 6, "etat"), polishEtat},
	{nil, newKeyRegexp(`(?i)\b(umow)(?:a|ę|y|ie)\s+(?:o\s+dzieł[oa]|o\s+dziel[oa]|zleceni[ea])\b`, 0, 25, "umow"), contractWord},
	{nil, newKeyRegexp(`(?i)\b(?:prac[aę]|zatrudnienie|umow[aę])\s+(tymczasow)(?:a|ą|ej|ego|y)(?:[^\pL]|$)|\bprzez\s+agencj[ęe]\s+pracy\s+(tymczasow)ej\b`, 30, 8, "tymczasow"), contractWord},
	// Swedish.
	{nil, newKeyRegexp(`(?i)\btillsvidare(?:anställning|tjänst)?\s+(?:på\s+)?(heltid|deltid)\b|\b(heltid|deltid)\s*[,/]\s*tillsvidare|\b(tillsvidare)(?:anställning|tjänst)\b`, 12, 32, "tillsvidare"), swedishHours},
	{nil, newKeyRegexp(`(?i)\b(visstid)s?(?:anställning|tjänst)\b|\ballmän\s+(visstid)\b|\b(vikariat)(?:et)?\b|\b(tidsbegr)änsad\s+anställning\b|\b(projektanst)ällning\b`, 8, 24, "visstid", "vikariat", "tidsbegr", "projektanst"), contractWord},
	{nil, newKeyRegexp(`(?i)\b(provanst)ällning\b`, 0, 8, "provanst"), func(string) model.JobType { return model.TypeFullTime }},
	{nil, newKeyRegexp(`(?i)\b(timanst)ällning\b|\b(extrajobb)(?:are)?\b|\b(extrapersonal)\b|\b(timvikari)e\b|\b(behovsanst)ällning\b`, 0, 10, "timanst", "extrajobb", "extrapersonal", "timvikari", "behovsanst"), func(string) model.JobType { return model.TypePartTime }},
	{nil, newKeyRegexp(`(?i)\b(uthyrd)\s+(?:som\s+konsult\s+)?(?:till|hos)\b|\bvia\s+(?:ett\s+|vårt\s+)?(bemanningsf)öretag|\banställd\s+(?:av|hos|via)\s+(?:oss\s+på\s+|ett\s+)?(bemanningsf)öretag`, 30, 12, "uthyrd", "bemanningsf"), contractWord},
	{nil, newKeyRegexp(`(?i)\b(?:konsult)?(uppdrag)\s+(?:på|om|under)\s+(?:\d{1,2}|tre|sex|nio|tolv)\s+(?:månader|mån|veckor|år)\b`, 8, 30, "uppdrag"), contractWord},
	{nil, newKeyRegexp(`(?i)\b(?:söker|sökes|bli)\s+(?:\pL+\s+)?(volont)är(?:er)?(?:[^\pL]|$)|\bpå\s+(ideell)\s+basis\b`, 20, 12, "volont", "ideell"), func(string) model.JobType { return model.TypeVolunteer }},
}

func init() {
	worldPhrases = append(worldPhrases, europeanTermPhrases...)
	for _, w := range europeanFieldTerms {
		k := termKey(w.phrase)
		if w.exact {
			worldExact[k] = w.t
			continue
		}
		worldStems = append(worldStems, worldTerm{k, w.t, false})
	}
}

// europeanFieldTerms are type-field words the world tables lack; they join
// worldExact and worldStems: Italian "Libera professione" (self-employed,
// as "libero professionista" reads) and "Lavoro autonomo" are a contract.
var europeanFieldTerms = []worldTerm{
	{"libera professione", model.TypeContract, false}, {"lavoro autonomo", model.TypeContract, false},
}

func contractWord(string) model.JobType { return model.TypeContract }

// germanLoad reads "Teilzeit" as part time and "Vollzeit" as full time.
func germanLoad(w string) model.JobType {
	if strings.HasPrefix(strings.ToLower(w), "teil") {
		return model.TypePartTime
	}
	return model.TypeFullTime
}

// swedishHours reads "deltid" as part time; "heltid" and a permanent post
// named alone are full time.
func swedishHours(w string) model.JobType {
	if strings.EqualFold(w, "deltid") {
		return model.TypePartTime
	}
	return model.TypeFullTime
}

// polishEtat reads a whole post ("pełny etat", "cały etat") as full time
// and a share of one ("pół etatu", "3/4 etatu") as part time.
func polishEtat(w string) model.JobType {
	l := strings.ToLower(w)
	if strings.HasPrefix(l, "pełn") || strings.HasPrefix(l, "pełen") || strings.HasPrefix(l, "peln") || strings.HasPrefix(l, "pelen") || strings.HasPrefix(l, "cał") {
		return model.TypeFullTime
	}
	return model.TypePartTime
}
