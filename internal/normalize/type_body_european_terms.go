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
//     uitzendbasis", "via het uitzendbureau", a summer or holiday job
//     ("zomerbaan", "vakantiekracht"); Polish "umowa o dzieło", "umowa zlecenie", "praca
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
	// French freelance terms: "en portage salarial" (paid through an umbrella firm), "mission indépendante",
	// "en tant qu'indépendant", "statut d'auto-entrepreneur".
	{nil, newKeyRegexp(`(?i)\b(?:en|via|par|sous|avec)\s+(?:le\s+)?(portage)\s+salarial\b|\bmissions?\s+(ind[ée]pendant)e?s?\b|\b(?:en\s+tant\s+qu['’]\s*|statut\s+d['’]\s*)(ind[ée]pendant|auto-?entrepreneur)\b`, 40, 20,
		"portage", "pendant", "entrepreneur"), contractWord},
	// Spanish.
	{nil, newKeyRegexp(`(?i)\b(beca)\s+(?:remunerada\s+)?(?:de|por)\s+(?:\d{1,2}|tres|seis|nueve|doce)\s+meses\b|\b(beca)\s+remunerada\b`, 0, 40, "beca"), func(string) model.JobType { return model.TypeInternship }},
	{[]string{"utónom", "UTÓNOM", "utônom", "UTÔNOM"}, regexp.MustCompile(`(?i)\b(?:como|en\s+r[ée]gimen\s+de|r[ée]gimen\s+de|alta\s+como|contrata[çc][ãa]o\s+como|trabajador(?:a|es)?|colaborador(?:a|es)?|profesional(?:es)?)\s+(aut[óô]nom)(?:[oa]s?)\b|\b(aut[óô]nom)[oa]\s+(?:para\s+colaborar|para\s+proyectos|freelance|o\s+freelance)\b`), contractWord},
	{nil, newKeyRegexp(`\b(?i:a\s+trav[ée]s\s+de|mediante|por|v[íi]a|con|de)\s+(?:(?i:una|la)\s+)?(ETT)\b`, 16, 3, "ett"), contractWord},
	{nil, newKeyRegexp(`(?i)\bbuscamos\s+(?:[\p{L}-]+\s+){1,2}(autónom)(?:os|as)\b`, 40, 4, "autónom"), contractWord}, // "Buscamos traductores autónomos"
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
	{nil, newKeyRegexp(`(?i)\b(?:op|via)\s+(uitzend)basis\b|\b(uitzend)(?:contract|overeenkomst)\b|\bvia\s+(?:het|een)\s+(uitzend)bureau\b`, 12, 15, "uitzend"), contractWord},
	{nil, newKeyRegexp(`(?i)\b(zomerbaan|vakantiewerk|vakantiekracht|seizoenswerk|seizoenskracht)(?:en)?\b`, 0, 20, "zomerbaan", "vakantie", "seizoens"), contractWord}, // a summer or holiday job
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
	// Second pass: more shapes of the same kinds.
	// German: volunteering said of the work, a project assignment of some months.
	{nil, newKeyRegexp(`(?i)\b(?:tätigkeit|mitarbeit|stelle|position|einsatz|aufgabe)\s+(?:ist|erfolgt)\s+(?:\pL+\s+)?(ehrenamtlich)\b|\b(?:suchen|sucht|für\s+eine|als)\s+(?:\pL+\s+){0,2}?(ehrenamtlich)(?:e[nr]?)?\s+(?:tätigkeit|mitarbeit|helfer\pL*|unterstützung|mitarbeiter\pL*|verstärkung)\b`, 40, 30, "ehrenamtlich"), func(string) model.JobType { return model.TypeVolunteer }},
	{nil, newKeyRegexp(`(?i)\b(projekteinsatz|projektlaufzeit|einsatzdauer|projektdauer)\s*(?::\s*|von\s+|für\s+|über\s+|ca\.\s*)?(?:\d{1,2}|drei|sechs|neun|zwölf)\s*\+?\s*monat`, 0, 30, "projekteinsatz", "projektlaufzeit", "einsatzdauer", "projektdauer"), contractWord},
	// French: half time and a seasonal contract.
	{nil, newKeyRegexp(`(?i)\b(?:emploi|poste|contrat|travail|job)\s+(?:à\s+|a\s+|en\s+)?(mi-temps)\b`, 24, 10, "mi-temps"), func(string) model.JobType { return model.TypePartTime }},
	{nil, newKeyRegexp(`(?i)\b(?:contrat|emploi|poste|job|cdd)s?\s+(saisonnier)s?\b`, 12, 12, "saisonnier"), contractWord},
	// Spanish, Portuguese and Italian: weekly hours of a contract; volunteers sought and voluntary work; freelance as the mode.
	{nil, newKeyRegexp(`(?i)\b(?:contrato|contratto)\s+(?:de|di|da)\s+(\d{1,2})\s+(?:horas|ore)\s+(?:semanales|semanais|settimanali|por\s+semana|a\s+la\s+semana|alla\s+settimana)\b`, 16, 30, "horas", "ore"), weekHoursWord},
	{nil, newKeyRegexp(`(?i)\b(?:buscamos|busca|necesitamos|se\s+buscan|procuramos|precisamos|recrutamos|cerchiamo|cerca|cercasi)\s+(?:\pL+\s+)?(voluntari|volontari)(?:[oa]s|e)?\b|(?:^|[.!:\n]\s*|\b(?:es|é|è|un|una|um|uma|un)\s+)(?:trabalho|trabajo|lavoro|servi[çc]o|actividad|atividade|attività)\s+(volunt[áa]ri|volontari)[oa]\b`, 40, 12, "voluntari", "volontari", "voluntári"), func(string) model.JobType { return model.TypeVolunteer }},
	{nil, newKeyRegexp(`(?i)\b(?:modalidad|modalidade|r[ée]gimen|regime|como|en|em|formato|trabajo|trabalho|contrato|colaboración|colaboração)\s+(?:de\s+)?(freelance)r?\b`, 24, 3, "freelance"), contractWord},
	// Portuguese: full or part time said of the post; hours of the day.
	{nil, newKeyRegexp(`(?i)\b(?:vaga|trabalho|regime|jornada|contrato|emprego|cargo)\s+(?:de\s+|em\s+|a\s+)?(meio\s+per[íi]odo|per[íi]odo\s+integral|tempo\s+parcial)\b`, 30, 20, "meio", "integral", "parcial"), func(w string) model.JobType {
		if l := strings.ToLower(w); strings.HasPrefix(l, "meio") || strings.HasPrefix(l, "tempo") {
			return model.TypePartTime
		}
		return model.TypeFullTime
	}},
	{nil, newKeyRegexp(`(?i)(?:\b(?:trabalho|emprego|contrato|regime|jornada|vaga|em|a)\s+|,\s*)(?:de\s+|em\s+)?hor[áa]rio\s+(completo|parcial)\b`, 30, 10, "completo", "parcial"), func(w string) model.JobType {
		if strings.EqualFold(w, "parcial") {
			return model.TypePartTime
		}
		return model.TypeFullTime
	}},
	// Italian: a hire without or with an end date, self-employed and agency work.
	{nil, newKeyRegexp(`(?i)\b(?:assunzione|inserimento|posizione|impiego|rapporto)\s+(?:diretta\s+|diretto\s+|di\s+lavoro\s+)?(?:a\s+)?tempo\s+(indeterminato|determinato)\b`, 40, 14, "determinato"), func(w string) model.JobType {
		if strings.EqualFold(w, "indeterminato") {
			return model.TypeFullTime
		}
		return model.TypeContract
	}},
	{nil, newKeyRegexp(`(?i)\b(?:come|da|in\s+qualità\s+di)\s+(liber[oa]\s+professionista|lavorat(?:ore|rice)\s+autonom[oa])\b|\bin\s+(libera\s+professione)\b`, 20, 20, "profession", "autonom"), contractWord},
	{nil, newKeyRegexp(`(?i)\b(?:contratto|lavoro|missione|impiego)\s+(interinale)\b`, 12, 12, "interinale"), contractWord},
	// Dutch: on-call and zero-hours work, a temporary post, secondment, volunteer work.
	{nil, newKeyRegexp(`(?i)\b(oproepbasis)\b|\b(oproepkracht)(?:en)?\b|\b(oproepcontract)\b|\b(nulurencontract)\b`, 0, 3, "oproep", "nulurencontract"), func(string) model.JobType { return model.TypePartTime }},
	{nil, newKeyRegexp(`(?i)\b(tijdelijke)\s+(?:functie|baan|aanstelling|opdracht|vacature|job|vervanging)\b`, 0, 14, "tijdelijke"), contractWord},
	{nil, newKeyRegexp(`(?i)\b(?:via|op\s+basis\s+van|in)\s+(detachering)\b|\b(gedetacheerd)\s+(?:bij|worden)\b`, 16, 8, "detachering", "gedetacheerd"), contractWord},
	{nil, newKeyRegexp(`(?i)\b(?:dit\s+is|het\s+betreft|het\s+gaat\s+om)\s+(?:een\s+|onbetaald\s+)?(vrijwillig)(?:erswerk|ersfunctie|e\s+functie|ersvacature)\b`, 24, 14, "vrijwillig"), func(string) model.JobType { return model.TypeVolunteer }},
	// Polish: a B2B contract, casual work, a cover post, a volunteer's role.
	{nil, newKeyRegexp(`(?i)\b(kontrakt)(?:u|em)?\s+B2B\b|\bB2B\s+(kontrakt)\b`, 4, 14, "kontrakt"), contractWord},
	{nil, newKeyRegexp(`(?i)\b(?:prac[aęy]|zatrudnienie)\s+(dorywcz)(?:a|ą|ej|e|o)(?:[^\pL]|$)`, 16, 8, "dorywcz"), func(string) model.JobType { return model.TypePartTime }},
	{nil, newKeyRegexp(`(?i)\b(?:umow[aęy]|zatrudnienie|praca)\s+na\s+(zast)ępstwo\b`, 24, 10, "zast"), contractWord},
	{nil, newKeyRegexp(`(?i)\bw\s+charakterze\s+(wolontariu)sz(?:a|ki)\b|\b(?:szukamy|poszukujemy)\s+(?:\pL+\s+)?(wolontariusz)\pL*`, 30, 14, "wolontariu"), func(string) model.JobType { return model.TypeVolunteer }},
	// Swedish: a seasonal post.
	{nil, newKeyRegexp(`(?i)\b(säsong)s?(?:anställning|arbete|tjänst)\b`, 6, 14, "songsanst", "songsarbete", "songstj"), contractWord},
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

// weekHoursWord reads a contract's weekly hours: under 35 a part-time
// post, else a full-time one.
func weekHoursWord(w string) model.JobType {
	n := 0
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return model.TypeUnknown
		}
		n = n*10 + int(w[i]-'0')
	}
	if n < 35 {
		return model.TypePartTime
	}
	return model.TypeFullTime
}

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
