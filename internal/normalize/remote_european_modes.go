package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Work-mode wording in Dutch, German, the Nordic languages, Finnish,
// Italian and Portuguese that the earlier readers left unread or misread
// (table tests in remote_european_modes_test.go). Word classes, not single
// strings:
//
//   - a denial before a home-work noun: a negator ("ohne", "kein", "geen",
//     "nessun", "senza", "sem", "ingen", "ikke", "ei"), optionally with a
//     possibility noun ("Möglichkeit zum", "mogelijkheid tot", "mulighet
//     for", "mahdollisuutta"), then the noun ("Homeoffice", "thuiswerken",
//     "lavoro da remoto", "hjemmekontor", "etänä"): not remote. An
//     obligation after the noun ("Homeoffice-Pflicht", "obbligo") denies
//     the duty, not the option, and is left;
//   - the home-work noun followed by "not possible" in the same clause
//     ("thuiswerken is niet mogelijk", "etätyö ei ole mahdollista");
//   - a place-independence adjective ("standortunabhängig",
//     "plaatsonafhankelijk", "paikkariippumaton", "platsoberoende",
//     "stedsuavhengig"): remote, or hybrid after "partly";
//   - "partly" with a place ("teilweise im Büro", "deels thuis", "in parte
//     da remoto", "delvis hemifrån", "osittain etänä"): hybrid;
//   - a field naming both a home-work word and an office word ("presenza e
//     remoto", "etä-/lähityö"), a mixed regime ("lavoro misto"), a hybrid
//     compound ("Hybridarbeit", "hybridityöskentely"), a count of office
//     days ("3x presencial", "dias no escritório", "Hybrid 2 Tage"): hybrid;
//   - a Finnish remote-work possibility ("etätyömahdollisuus"): hybrid, as
//     "Homeoffice möglich" is;
//   - on-site wording in Italian, Portuguese and Swedish fields and
//     sentences ("presenza in ufficio", "presso la sede", "in loco", "5
//     giorni su 5", "utförs på arbetsplatsen"): on-site;
//   - Portuguese "trabalho de casa" and Finnish "from anywhere in
//     Finland" fields: remote.
//
// Fields (the remote field and the locations) are read first, and their
// reading replaces one that came from a field; a sentence decides only
// a mode no reader settled, except that a denial also overrides a remote
// reading the text gave, and "partly" (or a partly place-independent job)
// a remote or on-site one the text gave.

// homeWorkNoun is a home or remote-work noun in the languages above.
const homeWorkNoun = `(?:home[- ]?office|remote(?:[- ]?(?:arbeit|work(?:ing)?|werk(?:en)?))?|mobile[sn]?\s+arbeit(?:en)?|telearbeit|heimarbeit|thuis\s?werk(?:en)?|thuis\s+werken|telewerk(?:en)?|werken\s+op\s+afstand|smart[- ]?working|(?:lavoro\s+)?da\s+remoto|lavoro\s+remoto|telelavoro|lavoro\s+agile|trabalho\s+remoto|teletrabalho|distansarbete|distansjobb|arbete\s+hemifr[åa]n|hemarbete|hjemmekontor|hjemmearbejde|hjemmearbeid|fjernarbeid|fjernarbejde|etätyö\p{L}*|(?:työskennellä\s+)?etänä)`

// homeNegatorKeys are the key words of negatedHomeNoun: its negators
// (every match opens with one). Keyed on the negators, not the nouns, so
// that a text full of "remote" and "home" costs nothing; "ei" is keyed only
// with its possibility noun, "sem" with the space after it.
var homeNegatorKeys = []string{"kein", "ohne", "geen", "niet", "nessun", "niente", "senza", "sem ", "nenhum", "ingen", "inget", "ikke", "ei mahd"}

var (
	// negatedHomeNoun: a negator, an optional possibility noun, the home noun.
	negatedHomeNoun = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:kein(?:e[nmr]?)?|ohne|geen|niet|nessun[oa]?|niente|senza|sem|nenhum[a]?|ingen|inget|ikke|ei)\s+(?:(?:m[öo]glichkeit|mogelijkheid|possibilit[àa]|possibilidade|mulighe[dt]|m[öo]jlighet|mahdollisuutta)\s+(?:(?:zum|zur|f[üu]r|auf|tot|om|te|di|de|do|da|for|til|till|att|at)\s+)?(?:\p{L}+\s+){0,2}?)?`+homeWorkNoun,
		8, 160, homeNegatorKeys...)
	// homeWorkDuty: an obligation noun after the home noun.
	homeWorkDuty = regexp.MustCompile(`(?i)^-?\s?(?:zwang|pflicht|plicht|verplichting|obbligo|obbligatori[oa]|obrigat[óo]ri[oa]|krav|tvang|pakko)`)
	// homeNounNotPossible: the home noun, then "not possible" in its clause.
	homeNounNotPossible = newKeyRegexp(`(?i)`+homeWorkNoun+`[^.!?\n;,]{0,40}?\s(?:leider\s+|helaas\s+|purtroppo\s+|dessverre\s+|tyv[äa]rr\s+|valitettavasti\s+)?(?:nicht|niet|non|n[ãa]o|inte|ikke|ei)\s+(?:(?:ole|è|e|é|er|[äa]r)\s+)?(?:m[öo]glich|mogelijk|possibile|previst[oa]|poss[íi]vel|m[öo]jligt?|mulig[t]?|mahdollista|vorgesehen|toegestaan|consentit[oa]|tilladt|tillatt|till[åa]tet)`,
		140, 48, "nicht", "niet", "non ", "inte ", "ikke", "ei ole", "ei mahd")
	// negatedHomeNounAt and homeNounNotPossibleAt are the two denials anchored
	// at a word start: a text is searched only from the word starts of the
	// key windows (an unanchored run of these long alternations over every
	// window cost some 15,000 instructions a listing).
	negatedHomeNounAt     = lazyRe(`^(?i)(?:kein(?:e[nmr]?)?|ohne|geen|niet|nessun[oa]?|niente|senza|sem|nenhum[a]?|ingen|inget|ikke|ei)\s+(?:(?:m[öo]glichkeit|mogelijkheid|possibilit[àa]|possibilidade|mulighe[dt]|m[öo]jlighet|mahdollisuutta)\s+(?:(?:zum|zur|f[üu]r|auf|tot|om|te|di|de|do|da|for|til|till|att|at)\s+)?(?:\p{L}+\s+){0,2}?)?` + homeWorkNoun)
	homeNounNotPossibleAt = lazyRe(`^(?i)` + homeWorkNoun + `[^.!?\n;,]{0,40}?\s(?:leider\s+|helaas\s+|purtroppo\s+|dessverre\s+|tyv[äa]rr\s+|valitettavasti\s+)?(?:nicht|niet|non|n[ãa]o|inte|ikke|ei)\s+(?:(?:ole|è|e|é|er|[äa]r)\s+)?(?:m[öo]glich|mogelijk|possibile|previst[oa]|poss[íi]vel|m[öo]jligt?|mulig[t]?|mahdollista|vorgesehen|toegestaan|consentit[oa]|tilladt|tillatt|till[åa]tet)`)
	// homeLabelAnsweredNo: the home noun as a label answered no ("Etätyö: ei").
	homeLabelAnsweredNo = regexp.MustCompile(`(?i)` + homeWorkNoun + `\s*:\s*(?:ei|nein|nee|no|n[ãa]o|nej)\s*$`)

	// placeIndependentWord is a place-independence adjective.
	placeIndependentWord = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:(?:zeit-\s*und\s+)?(?:standort|wohnort|orts?|arbeitsort)[- ]?unabh(?:[äa]|ae)ngig\p{L}*|(?:tijd-\s*en\s+)?(?:plaats|locatie)(?:-\s*en\s+tijd)?[- ]?onafhankelijk\p{L}*|paikkariippuma\p{L}*|paikasta\s+riippumato\p{L}*|platsoberoende|platsobunde?n?|stedsuavhengig\p{L}*|stedsuafh[æa]ngig\p{L}*)`,
		40, 40, "unabh", "onafhankelijk", "paikkariippuma", "riippumato", "platsober", "platsobund", "stedsuavh", "stedsuafh")
	// partlyAtPlace is "partly" before a place ("teilweise im Büro").
	partlyAtPlace = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:teilweise|teils|deels|gedeeltelijk|in\s+parte|parzialmente|parcialmente|delvis|osittain)\s+(?:(?:im|aus\s+dem)\s+b(?:ü|ue|u)ro|vor[- ]ort|remote|im\s+home[- ]?office|von\s+zu\s*hause|op\s+(?:kantoor|locatie)|thuis|vanuit\s+huis|da\s+remoto|in\s+(?:sede|ufficio|presenza)|remot[oa]|presencia(?:l|is)|p[åa]\s+(?:kontoret|plats|distans)|hemifr[åa]n|hjemmefra|hjemmekontor|etänä|etätyö\p{L}*|toimistolla|lähi\p{L}*)`,
		24, 40, "teilw", "teils", "deels", "gedeelt", "parte", "parzial", "parcial", "delvis", "osittain")
	// partlyBeforeAdjective is "partly" just before a place-independence adjective.
	partlyBeforeAdjective = regexp.MustCompile(`(?i)(?:teilweise|teils|deels|gedeeltelijk|delvis|osittain|in\s+parte|parzialmente)\s+(?:\p{L}+\s+)?$`)
	// hybridCompound is a hybrid compound: "Hybridarbeit", "hybridityöskentely".
	hybridCompound = newKeyRegexp(`(?i)(?:^|[^\p{L}])hybrid(?:i|e)?-?(?:arbeit|arbete|arbejde|arbeid|työ\p{L}*|modell?|malli\p{L}*|werk(?:en)?)`, 8, 24, "hybrid")
	// finnishRemotePossible is a Finnish remote-work possibility.
	finnishRemotePossible = newKeyRegexp(`(?i)etätyö\s*-?mahdollisuu\p{L}*|mahdollisuu\p{L}*\s+(?:tehdä\s+)?etätö\p{L}*|mahdollisuus\s+etätyöhön`, 24, 24, "mahdollisuu")
	// onsiteSentenceWords is Italian and Swedish on-site wording in a sentence.
	onsiteSentenceWords = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:presenza\s+(?:obbligatoria|richiesta|in\s+(?:ufficio|sede))|(?:utförs|sker|arbetar\s+du)\s+på\s+(?:arbetsplatsen|plats|kontoret)\b)`,
		40, 24, "presenza", "arbetsplatsen", "plats", "kontoret")
	// fiveDaysOfFive is "five days out of five" (Italian).
	fiveDaysOfFive = newKeyRegexp(`(?i)\b5\s+giorni\s+su\s+5\b`, 16, 16, "giorni su")

	// Field-only readings (a field is short: a remote value or a location).
	fieldOfficeWord     = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:presenza|in\s+sede|ufficio|b(?:ü|ue)ro|vor[- ]ort|kantoor|op\s+locatie|presencia(?:l|is)|escrit[óo]rio|kontor(?:et)?|p[åa]\s+plats|toimisto\p{L}*|lähi\p{L}*)`)
	fieldHomeWord       = regexp.MustCompile(`(?i)` + homeWorkNoun + `|(?:^|[^\p{L}])(?:remot[oa]|etä-|thuis|distans|hemifr[åa]n|hjemmefra|(?:da|de|em)\s+casa)`)
	homeOfficeJoiner    = regexp.MustCompile(`(?i)^\s*[-–]?\s*(?:e|und|en|och|og|ja|and|ou|o|y|&|\+|/|,)\s*$`)
	fieldMixedRegime    = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:lavoro|modalit[àa]|regime|modelo|trabalho)\s+mist[oa]\b`)
	fieldOfficeDayCount = regexp.MustCompile(`(?i)(?:^|[^\p{L}\d])[1-4]\s*x\s*presencia(?:l|is)\b|\bdias?\s+(?:no|em|de)\s+escrit[óo]rio\b`)
	fieldHybridDayCount = regexp.MustCompile(`(?i)^\s*(?:hybrid|hybride|h[íi]brido|ibrido)\s*[:,-]?\s*\d`)
	fieldOnsiteWords    = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:presenza\s+(?:obbligatoria|richiesta|in\s+(?:ufficio|sede))|presso\s+la\s+sede|5\s+giorni\s+su\s+5|in\s+loco|p[åa]\s+arbetsplatsen)(?:[^\p{L}]|$)`)
	fieldFromHomeWords  = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:trabalho\s+(?:de|a\s+partir\s+de)\s+casa|(?:kaikkialta|mistä\s+tahansa)(?:\s+suomesta)?)(?:[^\p{L}]|$)`)
)

// homeWorkDenied reports a denied home-work noun in s, with its words.
func homeWorkDenied(s string) (string, bool) {
	var buf [8][2]int
	for _, w := range negatedHomeNoun.appendWindows(buf[:0], s) {
		if ev, ok := homeDenialIn(s, w[0], w[1]); ok {
			return ev, true
		}
	}
	for _, w := range homeNounNotPossible.appendWindows(buf[:0], s) {
		if ev, ok := homeDenialIn(s, w[0], w[1]); ok {
			return ev, true
		}
	}
	return "", false
}

// homeWorkDeniedAt reports a denial in s[from:to].
func homeWorkDeniedAt(s string, from, to int) bool {
	_, ok := homeDenialIn(s, from, to)
	return ok
}

// homeDenialIn finds a denial starting at a word start in s[from:to]:
// a negator before the noun (not a denied duty) or the noun before "not
// possible".
func homeDenialIn(s string, from, to int) (string, bool) {
	for i := from; i < to; i++ {
		if !asciiWordStartAt(s, i) {
			continue
		}
		if loc := negatedHomeNounAt().FindStringIndex(s[i:to]); loc != nil && !homeWorkDuty.MatchString(s[i+loc[1]:]) {
			return s[i : i+loc[1]], true // not "keine Homeoffice-Pflicht": the duty is denied
		}
		if loc := homeNounNotPossibleAt().FindStringIndex(s[i:to]); loc != nil {
			return s[i : i+loc[1]], true
		}
	}
	return "", false
}

// asciiWordStartAt reports a word starting at i in s (an ASCII letter after
// no letter, digit or other byte of a word).
func asciiWordStartAt(s string, i int) bool {
	if !isLetterByte(s[i]) {
		return false
	}
	return i == 0 || !(s[i-1] >= 0x80 || isLetterByte(s[i-1]) || isDigit(s[i-1]))
}

// denialPeriod is a period that limits a denial ("während der
// Einarbeitung", "in de proeftijd", "durante il periodo di prova", "i
// prøvetiden", "koeajan"), and wholeRemoteElsewhere a whole-remote statement
// elsewhere in the text ("danach 100 % remote").
var (
	denialPeriod         = regexp.MustCompile(`(?i)^[^.!?\n;]{0,30}?(?:w[äa]hrend|probezeit|einarbeitung|tijdens|inwerk|proeftijd|durante|periodo\s+di\s+prova|inserimento|under\s+(?:introduktionen|provanst[äa]llningen|de\s+f[öo]rsta)|pr[øo]vetid|oppl[æa]ring|koeaja|perehdyty|nos\s+primeiros|per[íi]odo\s+de\s+experi[êe]ncia|first|initial)`)
	wholeRemoteElsewhere = regexp.MustCompile(`(?i)\b100\s?%\s?(?:remote|home[- ]?office|remoto|da\s+remoto|thuiswerken|etätyö|distans)|vollst[äa]ndig\s+remote|volledig\s+(?:remote|thuis)|fully\s+remote|full[- ]remote|completamente\s+da\s+remoto|kokonaan\s+etä`)
)

// homeDenialLimited reports a denial limited to a period, or one beside
// a whole-remote statement.
func homeDenialLimited(text, ev string) bool {
	i := strings.Index(text, ev)
	if i >= 0 && denialPeriod.MatchString(text[i+len(ev):]) {
		return true
	}
	return wholeRemoteElsewhere.MatchString(text)
}

// placeIndependentMode reads a place-independence adjective: remote, or
// hybrid after "partly".
func placeIndependentMode(s string) (model.Remote, string) {
	loc := placeIndependentWord.FindStringIndex(s)
	if loc == nil {
		return model.RemoteUnknown, ""
	}
	if partlyBeforeAdjective.MatchString(s[max(0, loc[0]-40) : loc[0]+1]) {
		return model.RemoteHybrid, strings.TrimSpace(s[loc[0]:loc[1]])
	}
	return model.RemoteRemote, strings.TrimSpace(s[loc[0]:loc[1]])
}

// europeanFieldMode reads one short field; unknown when none of the shapes is
// there. Each reading is tried only when the lower-cased field holds one of
// its key words, so the common fields ("Remote", "Hybrid - London",
// "Berlin") cost a few substring checks.
func europeanFieldMode(f string) model.Remote {
	if len(f) > 100 || strings.TrimSpace(f) == "" {
		return model.RemoteUnknown
	}
	low := strings.ToLower(f)
	if containsAnyKey(low, denialFieldKeys) {
		if homeWorkDeniedAt(f, 0, len(f)) || strings.Contains(f, ":") && homeLabelAnsweredNo.MatchString(f) {
			return model.RemoteOnsite
		}
	}
	if containsAnyKey(low, partlyFieldKeys) && partlyAtPlace.plain().MatchString(f) {
		return model.RemoteHybrid
	}
	if containsAnyKey(low, placeIndependentKeys) {
		if loc := placeIndependentWord.plain().FindStringIndex(f); loc != nil {
			if partlyBeforeAdjective.MatchString(f[:loc[0]+1]) {
				return model.RemoteHybrid
			}
			return model.RemoteRemote
		}
	}
	if strings.Contains(low, "mahdollisuu") && finnishRemotePossible.plain().MatchString(f) {
		return model.RemoteHybrid
	}
	if containsAnyKey(low, officeFieldKeys) && homeOfficeJoined(f) {
		return model.RemoteHybrid // "presenza e remoto", "etä-/lähityö"
	}
	if strings.Contains(low, "mist") && fieldMixedRegime.MatchString(f) ||
		strings.Contains(low, "hybrid") && containsAnyKey(low, hybridCompoundKeys) && hybridCompound.plain().MatchString(f) ||
		(strings.Contains(low, "presencia") || strings.Contains(low, "escrit")) && fieldOfficeDayCount.MatchString(f) ||
		strings.ContainsAny(low, "0123456789") && strings.Contains(low, "brid") && fieldHybridDayCount.MatchString(f) {
		return model.RemoteHybrid
	}
	if containsAnyKey(low, onsiteFieldKeys) && fieldOnsiteWords.MatchString(f) {
		return model.RemoteOnsite
	}
	if containsAnyKey(low, fromHomeFieldKeys) && fieldFromHomeWords.MatchString(f) {
		return model.RemoteRemote
	}
	return model.RemoteUnknown
}

// Key words of the field readings (lower case).
var (
	denialFieldKeys = []string{"kein", "ohne", "geen", "niet", "nessun", "niente", "senza", "sem ", "nenhum", "ingen ", "inget", "ikke",
		"ei ", "nicht", "non ", "inte ", "n\u00e3o", "nao ", ": ei", ": nein", ": nee", ": no", ": nej"}
	partlyFieldKeys      = []string{"teilw", "teils", "deels", "gedeelt", "in parte", "parzial", "parcial", "delvis", "osittain"}
	placeIndependentKeys = []string{"unabh", "onafh", "riippum", "platsob", "stedsu"}
	officeFieldKeys      = []string{"presenza", "sede", "ufficio", "b\u00fcro", "buero", "vor", "kantoor", "locatie", "presencia", "escrit", "kontor",
		"plats", "toimist", "l\u00e4hi"}
	hybridCompoundKeys = []string{"arbeit", "arbete", "arbejde", "arbeid", "ty\u00f6", "model", "malli", "werk"}
	onsiteFieldKeys    = []string{"presenza", "presso", "giorni su", "in loco", "arbetsplatsen"}
	fromHomeFieldKeys  = []string{"casa", "kaikkialta", "tahansa"}
)

// containsAnyKey reports s holding one of keys.
func containsAnyKey(s string, keys []string) bool {
	for _, k := range keys {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

// homeOfficeJoined reports a field joining a home-work word and an office
// word ("presenza e remoto", "Homeoffice / Büro", "etä-/lähityö").
func homeOfficeJoined(f string) bool {
	h := fieldHomeWord.FindStringIndex(f)
	o := fieldOfficeWord.FindStringIndex(f)
	if h == nil || o == nil {
		return false
	}
	a, b := h, o
	if o[0] < h[0] {
		a, b = o, h
	}
	if b[0] < a[1] || b[0]-a[1] > 12 {
		return false
	}
	gap := f[a[1]:b[0]]
	return homeOfficeJoiner.MatchString(gap) || strings.TrimSpace(gap) == "" && strings.HasSuffix(f[a[0]:a[1]], "-")
}

// evidenceFromField reports an evidence that a field gave.
func evidenceFromField(ev string) bool {
	return strings.HasPrefix(ev, "structured: ") || strings.HasPrefix(ev, "location: ") || strings.HasPrefix(ev, "field: ")
}

// setModeKeepRegions sets the mode r with its evidence, keeping regions only for a
// remote or hybrid mode.
func setModeKeepRegions(ri RemoteInfo, r model.Remote, ev string) RemoteInfo {
	ri.Remote, ri.Evidence = r, ev
	ri.Regions = keepRegions(r, ri.Regions)
	if ri.Regions == nil {
		ri.Regions = []string{}
	}
	return ri
}

// reviseEuropeanModes applies the readings above to ri.
func reviseEuropeanModes(hint string, locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteUnknown || evidenceFromField(ri.Evidence) {
		for i, f := range append([]string{hint}, locs...) {
			r := europeanFieldMode(f)
			if r == model.RemoteUnknown || r == ri.Remote {
				continue
			}
			label := "location: "
			if i == 0 {
				label = "structured: "
			}
			return setModeKeepRegions(ri, r, label+strings.TrimSpace(f))
		}
	}
	if text == "" {
		return ri
	}
	textGiven := ri.Remote == model.RemoteUnknown || strings.HasPrefix(ri.Evidence, "text: ")
	if textGiven && (ri.Remote == model.RemoteUnknown || ri.Remote == model.RemoteRemote) {
		if ev, ok := homeWorkDenied(text); ok && !homeDenialLimited(text, ev) {
			return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+ev)
		}
	}
	if textGiven {
		if loc := partlyAtPlace.FindStringIndex(text); loc != nil {
			return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+strings.TrimSpace(text[loc[0]:loc[1]]))
		}
	}
	if ri.Remote == model.RemoteRemote && textGiven {
		if r, ev := placeIndependentMode(text); r == model.RemoteHybrid {
			return setModeKeepRegions(ri, r, "text: "+ev) // "teilweise ortsunabhängig"
		}
		if loc := finnishRemotePossible.FindStringIndex(text); loc != nil && strings.Contains(strings.ToLower(ri.Evidence), "mahdollisuu") {
			return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+text[loc[0]:loc[1]])
		}
	}
	if ri.Remote != model.RemoteUnknown {
		return ri
	}
	if len(text) <= 100 && len(strings.Fields(text)) <= 5 {
		if r := europeanFieldMode(text); r != model.RemoteUnknown {
			return setModeKeepRegions(ri, r, "text: "+strings.TrimSpace(text)) // a description of a few words: "Hybrid 2 Tage"
		}
	}
	if r, ev := placeIndependentMode(text); r != model.RemoteUnknown {
		return setModeKeepRegions(ri, r, "text: "+ev)
	}
	if loc := finnishRemotePossible.FindStringIndex(text); loc != nil {
		return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+text[loc[0]:loc[1]])
	}
	if loc := hybridCompound.FindStringIndex(text); loc != nil && !containsFoldScan(text[loc[0]:loc[1]], "model") {
		return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+strings.TrimSpace(text[loc[0]:loc[1]]))
	}
	if loc := onsiteSentenceWords.FindStringIndex(text); loc != nil {
		return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+strings.TrimSpace(text[loc[0]:loc[1]]))
	}
	if loc := fiveDaysOfFive.FindStringIndex(text); loc != nil {
		return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+text[loc[0]:loc[1]])
	}
	return ri
}
