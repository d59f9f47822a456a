package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Work-mode sentences of German, Dutch, French, Italian, Polish and Nordic
// descriptions that the earlier readers left unread or misread (table tests
// in remote_european_descriptions_test.go). Word classes, not single
// strings:
//
//   - a remote-first (company) line followed by a contrast ("aber",
//     "maar", "mais", "ma", "jednak", "men") and an on-site demand of the
//     role ("vor Ort", "op locatie", "sur site", "in sede", "w biurze",
//     "på plats", "oppmøte"): on-site, or hybrid with a count of days
//     after the demand ("présence sur site trois jours par semaine"); not
//     an office offered to whoever wants it ("wer möchte", "chi vuole");
//   - a hybrid work-model noun in Polish and the Nordic languages
//     ("hybrydowy model pracy", "model hybrydowy", "hybrid arbejdsform",
//     "hybrid arbeidsmodell", "arbetsform: hybrid"): hybrid;
//   - a home-work noun limited to part of the week: "teilweise",
//     "tageweise", "an bis zu drei Tagen" or "bis zu 60 %" after it ("Homeoffice ist
//     teilweise möglich"), or "częściowej"/"delvist" before it
//     ("częściowej pracy zdalnej", "delvist hjemmearbejde"): hybrid, over
//     a remote reading of the same text;
//   - a home-work noun shortly before a count of days a week ("mulighed
//     for hjemmearbejde en dag om ugen"): hybrid over a remote reading;
//   - a count of days a week next to an office noun or a home word ("zwei Tage pro Woche
//     im Büro", "dwa dni w tygodniu z biura"): hybrid where nothing was
//     read, unless the post is part-time ("Teilzeit, 3 Tage pro Woche im
//     Büro" is a short week, not a split one);
//   - an Italian or Polish denial with a verb ("non è previsto lo smart
//     working", "nie ma możliwości pracy zdalnej", "brak możliwości pracy
//     zdalnej"): on-site;
//   - remote work said in full in Polish and Nordic ("praca całkowicie
//     zdalna", "fuldt remote"): remote where nothing was read;
//   - a duty to be present ("Anwesenheitspflicht", "présence
//     obligatoire", "krav om fremmøde"), not followed by a count of days:
//     on-site where nothing was read;
//   - a hybrid adverb ("pracujemy hybrydowo", "vi arbejder hybridt"):
//     hybrid, as the model nouns;
//   - work said to be done only on the premises ("interamente in
//     presenza", "wyłącznie na miejscu", "arbejdet foregår på stedet"):
//     on-site where nothing was read.
//
// A field's reading is left alone; these decide only what the text gave.

var (
	// remoteFirstButOnsite: the company line, a contrast, an on-site demand.
	remoteFirstButOnsite = newKeyRegexp(`(?i)remote[- ]first[^\n]{0,120}?(?:^|[^\p{L}])(?:aber|jedoch|doch|allerdings|maar|echter|mais|cependant|toutefois|ma|però|tuttavia|jednak|ale|men|dock|likevel|dog|pero|sin\s+embargo|mas|por[ée]m|contudo|no\s+entanto|[îi]ns[ăa]|dar|však|ama|fakat|ancak|но|але|однак|однако)(?:[^\p{L}]|$)[^\n]{0,120}?(?:vor\s+ort|anwesenheit|pr(?:ä|ae)senz|op\s+locatie|op\s+(?:het\s+|ons\s+)?kantoor|aanwezig\p{L}*|sur\s+(?:site|place)|pr(?:é|e)sence|pr(?:é|e)sentiel|in\s+sede|in\s+presenza|in\s+ufficio|w\s+biurze|na\s+miejscu|obecno(?:ś|s)ci|stacjonarn\p{L}*|p(?:å|a)\s+plats|n(?:ä|a)rvaro|p(?:å|a)\s+(?:kontoret|stedet|lageret|verkstedet)|tilstedev(?:æ|ae)relse|oppm(?:ø|o)te|fysisk|presencial|en\s+(?:la\s+|nuestra\s+|nuestras\s+)?oficinas?|no\s+escrit[óo]rio|la\s+(?:birou|sediu)|v\s+kancel[áa]ř\p{L}*|ofis(?:te|ten)|(?:в|у)\s+оф[иі]с\p{L}*)`,
		8, 320, "remote-first", "remote first")
	// onsiteOptional: the office offered, not demanded ("wer möchte",
	// "si vous le souhaitez", "chi vuole", "om du vill", "hvis du vil").
	onsiteOptional = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:freiwillig|optional|wer\s+(?:m(?:ö|oe)chte|will)|wenn\s+du\s+(?:m(?:ö|oe)chtest|willst)|als\s+je\s+wilt|facultatie[fv]|si\s+(?:vous\s+le\s+souhaitez|tu\s+(?:le\s+)?veux)|facoltativ[oa]|chi\s+vuole|se\s+vuoi|je(?:ś|s)li\s+chcesz|opcjonaln\p{L}*|frivillig\p{L}*|om\s+du\s+vill|hvis\s+du\s+(?:vil|ønsker))(?:[^\p{L}]|$)`)
	// onsiteDemandDays: a count of days after the demand (a split week).
	onsiteDemandDays = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:[1-4]|ein(?:en)?|zwei|drei|vier|twee|drie|deux|trois|quatre|due|tre|quattro|dwa|dwie|trzy|cztery|två|tre|fyra|to|fire)\s*(?:tage?n?|dag(?:en|ar|e|er)?|jours?|giorni|dni)(?:[^\p{L}]|$)`)

	// nordicPolishHybridModel: a hybrid work-model noun.
	nordicPolishHybridModel = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:hybrydow(?:y|ym|a|ą|ej)\s+(?:model|tryb|system)(?:u|ie|em)?(?:\s+pracy)?|(?:model|tryb|system)(?:u|ie)?\s+(?:pracy\s+)?hybrydow(?:y|ym|a|ą|ej)|hybrydowo|hybridt|hybride?\s+(?:arbetsform|arbejdsform|arbeidsform|arbetsmodell|arbejdsmodel|arbeidsmodell|arbetss(?:ä|a)tt)|(?:arbetsform|arbejdsform|arbeidsform|arbetss(?:ä|a)tt|arbeidsmodell|arbejdsmodel|arbetsmodell)\s*:\s*hybrid)(?:[^\p{L}]|$)`,
		40, 40, "hybryd", "hybrid")
	// qualifiedRemote: remote work said in full in Polish and the Nordic
	// languages ("praca całkowicie zdalna", "fuldt remote", "helt remote").
	qualifiedRemote = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:(?:w\s+pełni|całkowicie|wyłącznie|w\s+100\s?%|100\s?%)\s+zdaln(?:a|ie|ej|ą)|praca\s+(?:w\s+pełni\s+|całkowicie\s+)zdalna|(?:fuldt|helt|fullt|fuldstændig|fullstendig)\s+(?:remote|på\s+distans))(?:[^\p{L}]|$)`,
		30, 24, "zdaln", "remote", "distans")
	// presenceDuty: a duty to be present ("Anwesenheitspflicht", "présence
	// obligatoire", "krav om fremmøde", "fysisk oppmøte på arbeidsplassen").
	presenceDuty = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:anwesenheitspflicht|pr(?:ä|ae)senzpflicht|pr(?:é|e)sence\s+obligatoire|aanwezigheidsplicht|krav\s+om\s+(?:fysisk\s+)?fremm(?:ø|o)de|(?:fysisk\s+)?oppm(?:ø|o)te\s+p(?:å|a)\s+(?:arbeidsplassen|kontoret)|fremm(?:ø|o)de\s+p(?:å|a)\s+(?:arbejdspladsen|kontoret))(?:[^\p{L}]|$)`,
		24, 48, "anwesenheitspflicht", "senzpflicht", "obligatoire", "aanwezigheidsplicht", "fremm", "oppm")

	// homeNounPartly: a home-work noun limited after it.
	homeNounPartly = newKeyRegexp(`(?i)`+homeWorkNoun+`(?:[^.!?\n;]{0,30}?(?:^|[^\p{L}])(?:teilweise|tageweise|anteilig|an\s+(?:bis\s+zu\s+)?(?:[1-4]|einem|zwei|drei|vier)\s+(?:tagen|wochentagen)|gedeeltelijk|deels|delvis|delvist|częściowo|parzialmente|in\s+parte)(?:[^\p{L}]|$)|(?:\s+(?:ist|sind))?\s+bis\s+zu\s+[1-9]\d?\s?%)`,
		120, 60, "teilweise", "tageweise", "anteilig", "tagen", "bis zu", "gedeeltelijk", "deels", "delvis", "ciowo", "parzialmente", "in parte")
	// partlyBeforeHomeNoun: "partial" before a home-work noun.
	partlyBeforeHomeNoun = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:częściow(?:ej|a|ą|ego|y)|delvist?|gedeeltelijke?|teilweisen?|partiel(?:le)?|parziale)\s+(?:(?:praca|pracy|pracę|mulighed|mulighet|möjlighet)\s+)?(?:zdaln(?:ej|a|ą|ie)|(?:pracy|praca|pracę)\s+zdaln(?:ej|a|ą)|`+homeWorkNoun+`)`,
		30, 60, "ciow", "delvis", "gedeeltelijk", "teilweise", "partiel", "parziale")

	// countDaysWeek: a count of days a week.
	countDaysWeek = newKeyRegexp(`(?i)(?:^|[^\p{L}\d])(?:(?:[1-4]|ein(?:en|em)?|zwei|drei|vier|één|een|twee|drie|un|une|deux|trois|quatre|uno|due|tre|quattro|jeden|dwa|dwie|trzy|cztery|en|én|ett|et|två|tre|fyra|to|fire)\s+(?:tage?n?|dag(?:en|ar|e|er)?|jours?|giorn[oi]|dni|dzień)|(?:ein|zwei|drei)mal|(?:een|twee|drie)\s?maal|(?:une|deux|trois)\s+fois|(?:una|due|tre)\s+volt[ae]|raz|dwa\s+razy|trzy\s+razy|en\s+gång|två\s+gånger|en\s+gang|to\s+gange(?:r)?)\s+(?:pro|per|in\s+der|par|a|al|alla|w|i|om|en)\s+(?:woche|week|semaine|settimana|tygodniu|veckan|vecka|ugen|uken|uka)(?:[^\p{L}]|$)`,
		40, 60, "woche", "week", "semaine", "settimana", "tygodniu", "veck", "ugen", "uken", "uka")
	// homeNounBefore: a home-work noun shortly before a day count, in the
	// same clause ("mulighet for hjemmekontor én dag i uken").
	homeNounBefore = regexp.MustCompile(`(?i)` + homeWorkNoun + `[^.!?\n;]{0,30}$`)
	// officeNounNear: an office noun, or a home word (the other side of
	// the split week).
	officeNounNear = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:im\s+b(?:ü|ue)ro|ins\s+b(?:ü|ue)ro|vor\s+ort|op\s+(?:ons\s+|het\s+)?kantoor|naar\s+kantoor|thuis|zu\s*hause|im\s+home[- ]?office|t(?:é|e)l(?:é|e)travail|smart\s*working|da\s+(?:casa|remoto)|zdalnie|z\s+domu|hemifr(?:å|a)n|hjemmefra|hjemmekontor|hjemmearbejde|au\s+bureau|sur\s+site|in\s+ufficio|in\s+sede|(?:z|w|do)\s+biur(?:a|ze)|p(?:å|a)\s+kontoret|(?:i|til)\s+kontoret)(?:[^\p{L}]|$)`)

	// verbDeniedHomeWork: an Italian or Polish denial with a verb.
	verbDeniedHomeWork = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:non\s+(?:è|e'?)\s+(?:previst[oa]|possibile|consentit[oa]|ammess[oa])\s+(?:lo\s+|il\s+|la\s+)?(?:smart[- ]?working|lavoro\s+(?:da\s+)?remoto|lavoro\s+agile|telelavoro|remote\s+working)|(?:nie\s+ma|brak)\s+(?:mo(?:ż|z)liwo(?:ś|s)ci\s+)?(?:pracy\s+zdalnej|pracy\s+hybrydowej|home\s*office)|praca\s+nie\s+jest\s+(?:zdalna|hybrydowa))`,
		16, 80, "non ", "nie ma", "brak", "nie jest")

	// premisesOnly: work done only on the premises.
	premisesOnly = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:(?:interamente|esclusivamente|solo|soltanto|completamente|totalmente)\s+in\s+(?:presenza|sede)|(?:wyłącznie|tylko|całkowicie)\s+(?:na\s+miejscu|w\s+biurze|stacjonarnie)|(?:arbejdet|arbeidet|arbetet|jobben)\s+(?:foregår|udføres|utføres|utförs|sker|skjer)\s+(?:\p{L}+\s+)?p(?:å|a)\s+(?:stedet|plats|kontoret|arbetsplatsen|arbejdspladsen|arbeidsplassen))(?:[^\p{L}]|$)`,
		60, 20, "presenza", "sede", "miejscu", "biurze", "stacjonarnie", "stedet", "plats", "kontoret", "arbetsplatsen", "arbejdspladsen", "arbeidsplassen")
)

// partTimePostWords name a part-time post, whose office days are its whole week.
var partTimePostWords = []string{"teilzeit", "part-time", "part time", "deeltijd", "parttime", "temps partiel", "tempo parziale",
	"etatu", "deltid"}

// textGivenMode reports a mode that no field settled.
func textGivenMode(ri RemoteInfo) bool {
	return ri.Remote == model.RemoteUnknown || strings.HasPrefix(ri.Evidence, "text: ")
}

// reviseEuropeanDescriptions applies the readings above to ri.
func reviseEuropeanDescriptions(text string, ri RemoteInfo) RemoteInfo {
	if text == "" || !textGivenMode(ri) {
		return ri
	}
	if ri.Remote == model.RemoteRemote && (hasFold(text, "remote-first") || hasFold(text, "remote first")) {
		if loc := remoteFirstButOnsite.FindStringIndex(text); loc != nil && !onsiteOptional.MatchString(text[loc[0]:min(len(text), loc[1]+60)]) {
			tail := text[loc[0]:loc[1]]
			if i := strings.LastIndexAny(tail, ".!?"); i < 0 || !containsFold(tail[i:], "remote") {
				if onsiteDemandDays.MatchString(text[loc[1]:min(len(text), loc[1]+60)]) {
					return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+strings.TrimSpace(tail)) // "… sur site trois jours par semaine"
				}
				return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+strings.TrimSpace(tail))
			}
		}
	}
	if ri.Remote == model.RemoteUnknown || ri.Remote == model.RemoteRemote {
		if loc := verbDeniedHomeWork.FindStringIndex(text); loc != nil && !homeDenialLimited(text, text[loc[0]:loc[1]]) {
			return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+strings.TrimSpace(text[loc[0]:loc[1]]))
		}
	}
	if ri.Remote == model.RemoteRemote || ri.Remote == model.RemoteUnknown {
		if wholeRemoteElsewhere.MatchString(text) {
			return ri
		}
		if loc := homeNounPartly.FindStringIndex(text); loc != nil {
			return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+strings.TrimSpace(text[loc[0]:loc[1]]))
		}
		if ri.Remote == model.RemoteRemote {
			for _, loc := range countDaysWeek.FindAllStringIndex(text, -1) {
				if homeNounBefore.MatchString(text[max(0, loc[0]-50):loc[0]]) {
					return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+strings.TrimSpace(text[loc[0]:loc[1]])) // "hjemmekontor én dag i uken"
				}
			}
		}
		if loc := partlyBeforeHomeNoun.FindStringIndex(text); loc != nil {
			return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+strings.TrimSpace(text[loc[0]:loc[1]]))
		}
	}
	if ri.Remote != model.RemoteUnknown {
		return ri
	}
	if loc := nordicPolishHybridModel.FindStringIndex(text); loc != nil {
		return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+strings.TrimSpace(text[loc[0]:loc[1]]))
	}
	for _, w := range partTimePostWords {
		if containsFold(text, w) {
			return ri // "Teilzeit, 3 Tage pro Woche im Büro": a part-time week, not a split one
		}
	}
	for _, loc := range countDaysWeek.FindAllStringIndex(text, -1) {
		if w := text[max(0, loc[0]-60):min(len(text), loc[1]+60)]; officeNounNear.MatchString(w) {
			return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+strings.TrimSpace(text[loc[0]:loc[1]]))
		}
	}
	if loc := qualifiedRemote.FindStringIndex(text); loc != nil {
		return setModeKeepRegions(ri, model.RemoteRemote, "text: "+strings.TrimSpace(text[loc[0]:loc[1]]))
	}
	if loc := presenceDuty.FindStringIndex(text); loc != nil && !onsiteDemandDays.MatchString(text[loc[1]:min(len(text), loc[1]+40)]) {
		return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+strings.TrimSpace(text[loc[0]:loc[1]]))
	}
	if loc := premisesOnly.FindStringIndex(text); loc != nil {
		return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+strings.TrimSpace(text[loc[0]:loc[1]]))
	}
	return ri
}
