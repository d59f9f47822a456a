package normalize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Work-mode words by language that the other readers leave to the short
// fields or do not know, read in the description too: Dutch ("volledig
// op afstand", "thuiswerken"), Swedish, Norwegian and Danish ("på
// distans", "hjemmekontor", "fjernarbejde"), Finnish ("etätyö"), Czech
// and Slovak ("práce z domova", "na diaľku"), Turkish ("uzaktan çalışma"),
// Hungarian ("távmunka"), Romanian ("de acasă"), Greek ("εξ
// αποστάσεως"), Ukrainian ("віддалена робота"), Vietnamese ("làm việc tại
// nhà"), Thai ("ทำงานจากที่บ้าน"), Indonesian and Malay ("kerja jarak
// jauh"), Hindi ("घर से काम"), and on-site words (Italian "lavoro in
// sede", Swedish "på plats", Turkish "ofisten çalışma").
//
// A remote word is read as on-site when the clause denies it ("Thuiswerken
// is niet mogelijk", "Homeoffice ist nicht möglich", "удаленка
// невозможна", "без удалёнки") and as hybrid when the clause makes it
// partial or names office days ("delvis på distans", "2 dagar på
// kontoret"). The denial after a remote word also corrects a remote
// reading the other readers made.

// worldModeWords are the words, each with the mode it names.
var worldModeWords = []struct {
	phrase string
	mode   model.Remote
}{
	// Dutch.
	{"op afstand", model.RemoteRemote}, {"thuiswerken", model.RemoteRemote}, {"thuis werken", model.RemoteRemote},
	{"vanuit huis", model.RemoteRemote}, {"thuiswerk", model.RemoteRemote}, {"hybride werken", model.RemoteHybrid},
	{"hybride functie", model.RemoteHybrid}, {"hybride werkmodel", model.RemoteHybrid}, {"op kantoor", model.RemoteOnsite}, {"op locatie", model.RemoteOnsite},
	// Swedish, Norwegian, Danish.
	{"på distans", model.RemoteRemote}, {"distans", model.RemoteRemote}, {"distansarbete", model.RemoteRemote},
	{"distansjobb", model.RemoteRemote}, {"hemifrån", model.RemoteRemote}, {"fjärrarbete", model.RemoteRemote},
	{"fjärrjobb", model.RemoteRemote}, {"fjärr arbete", model.RemoteRemote},
	{"hjemmekontor", model.RemoteRemote}, {"fjernarbeid", model.RemoteRemote}, {"hjemmefra", model.RemoteRemote},
	{"fjernarbejde", model.RemoteRemote}, {"hjemmearbejde", model.RemoteRemote}, {"på plats", model.RemoteOnsite},
	{"på kontoret", model.RemoteOnsite}, {"hybridarbete", model.RemoteHybrid}, {"hybridarbeid", model.RemoteHybrid},
	// Finnish.
	{"etätyö", model.RemoteRemote}, {"etätyönä", model.RemoteRemote}, {"etänä", model.RemoteRemote},
	{"etätyöskentely", model.RemoteRemote}, {"hybridityö", model.RemoteHybrid}, {"hybridimalli", model.RemoteHybrid},
	{"lähityö", model.RemoteOnsite}, {"lähityönä", model.RemoteOnsite},
	// Czech, Slovak.
	{"práce z domova", model.RemoteRemote}, {"práci z domova", model.RemoteRemote}, {"z domova", model.RemoteRemote},
	{"práce z domu", model.RemoteRemote}, {"práca z domu", model.RemoteRemote}, {"prácu z domu", model.RemoteRemote},
	{"práca z domova", model.RemoteRemote}, {"na dálku", model.RemoteRemote}, {"na diaľku", model.RemoteRemote},
	{"vzdáleně", model.RemoteRemote}, {"재택", model.RemoteRemote}, {"リモート", model.RemoteRemote}, {"hybridní režim", model.RemoteHybrid}, {"hybridní práce", model.RemoteHybrid},
	{"hybridní model", model.RemoteHybrid}, {"hybridná práca", model.RemoteHybrid}, {"hybridný režim", model.RemoteHybrid},
	// Turkish.
	{"uzaktan", model.RemoteRemote}, {"uzaktan çalışma", model.RemoteRemote}, {"evden çalışma", model.RemoteRemote},
	{"hibrit çalışma", model.RemoteHybrid}, {"hibrit model", model.RemoteHybrid}, {"ofisten çalışma", model.RemoteOnsite}, {"ofiste çalışma", model.RemoteOnsite},
	// Azerbaijani (and Turkish spelled so): "Hibrid iş rejimi", "uzaqdan iş".
	{"hibrid çalışma", model.RemoteHybrid}, {"hibrid iş rejimi", model.RemoteHybrid}, {"hibrit iş rejimi", model.RemoteHybrid},
	{"hibrid iş modeli", model.RemoteHybrid}, {"hibrit iş modeli", model.RemoteHybrid}, {"uzaqdan iş", model.RemoteRemote},
	// Hungarian.
	{"távmunka", model.RemoteRemote}, {"távmunkában", model.RemoteRemote}, {"otthonról", model.RemoteRemote},
	{"otthoni munkavégzés", model.RemoteRemote}, {"hibrid munkavégzés", model.RemoteHybrid}, {"hibrid munkarend", model.RemoteHybrid},
	{"program hibrid", model.RemoteHybrid}, {"regim hibrid", model.RemoteHybrid}, {"lucru hibrid", model.RemoteHybrid}, {"irodai munkavégzés", model.RemoteOnsite},
	// Romanian.
	{"la distanță", model.RemoteRemote}, {"de acasă", model.RemoteRemote}, {"telemuncă", model.RemoteRemote},
	{"la distanta", model.RemoteRemote}, {"de acasa", model.RemoteRemote},
	// Greek.
	{"εξ αποστάσεως", model.RemoteRemote}, {"τηλεργασία", model.RemoteRemote}, {"απομακρυσμένη εργασία", model.RemoteRemote},
	{"υβριδικό μοντέλο", model.RemoteHybrid}, {"υβριδική εργασία", model.RemoteHybrid},
	// Ukrainian, Russian.
	{"віддалена робота", model.RemoteRemote}, {"віддалено", model.RemoteRemote}, {"дистанційна робота", model.RemoteRemote},
	{"дистанційно", model.RemoteRemote}, {"віддалена", model.RemoteRemote}, {"удалёнка", model.RemoteRemote},
	{"удаленка", model.RemoteRemote},
	// Italian, Spanish.
	{"lavoro in sede", model.RemoteOnsite}, {"trabajo desde casa", model.RemoteRemote}, {"trabajar desde casa", model.RemoteRemote},
	// Vietnamese, Thai.
	{"làm việc tại nhà", model.RemoteRemote}, {"làm tại nhà", model.RemoteRemote}, {"từ xa", model.RemoteRemote},
	{"ทำงานจากที่บ้าน", model.RemoteRemote}, {"ทำงานที่บ้าน", model.RemoteRemote}, {"ทำงานระยะไกล", model.RemoteRemote},
	{"ไฮบริด", model.RemoteHybrid}, {"เข้าออฟฟิศ", model.RemoteOnsite}, {"ทำงานที่ออฟฟิศ", model.RemoteOnsite},
	// Indonesian, Malay, Hindi.
	{"jarak jauh", model.RemoteRemote}, {"kerja dari rumah", model.RemoteRemote}, {"bekerja dari rumah", model.RemoteRemote},
	{"ghar se kaam", model.RemoteRemote}, {"घर से काम", model.RemoteRemote},
	{"वर्क फ्रॉम होम", model.RemoteRemote},
}

// worldModeOf maps a word (lower case) to its mode; worldModeRe finds the
// words, longest first, tried only around them (their keys).
var worldModeOf, worldModeRe = func() (map[string]model.Remote, *keyRegexp) {
	of := map[string]model.Remote{}
	var alts, keys []string
	for _, w := range allWorldModeWords() { // remote_words_world_more.go
		of[w.phrase] = w.mode
		alts = append(alts, regexp.QuoteMeta(w.phrase))
	}
	// Longest first, so "uzaktan çalışma" is read whole, not as "uzaktan".
	for i := 1; i < len(alts); i++ {
		for j := i; j > 0 && len(alts[j]) > len(alts[j-1]); j-- {
			alts[j], alts[j-1] = alts[j-1], alts[j]
		}
	}
	seen := map[string]bool{}
	for _, w := range allWorldModeWords() {
		k := worldModeKey(w.phrase)
		// A capital beyond ASCII opening a sentence ("Віддалена робота",
		// "Υβριδικό μοντέλο") is a key of its own.
		ks := []string{k}
		if r, n := utf8.DecodeRuneInString(k); r >= 0x80 && strings.HasPrefix(w.phrase, k) {
			ks = append(ks, string(unicode.ToUpper(r))+k[n:])
		}
		for _, k := range ks {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	return of, newPlainKeyRegexp(`(?i)(?:`+strings.Join(alts, "|")+`)`, 24, 60, keys...)
}()

// worldKeys are the keys of the word tables' phrases (here and
// type_labels_world.go) whose longest word opens with three bytes common
// in job text ("pro", "con", "tra", "dis", "loc"): each is the part of the
// phrase whose first three bytes were rarest in a sample of job
// descriptions, so the shared key scan stops at fewer places.
var worldKeys = map[string]string{
	"thuiswerken":               "iswerken",
	"thuis werken":              "huis werken",
	"vanuit huis":               "nuit huis",
	"thuiswerk":                 "iswerk",
	"hybride werkmodel":         "rkmodel",
	"op locatie":                "p locatie",
	"på distans":                "på distans",
	"distansarbete":             "rbete",
	"distansjobb":               "nsjobb",
	"fjärr arbete":              "fjärr arbete",
	"hemifrån":                  "mifrån",
	"på plats":                  "på plats",
	"på kontoret":               "på kontoret",
	"z domova":                  "z domova",
	"na diaľku":                 "iaľku",
	"otthonról":                 "nról",
	"otthoni munkavégzés":       "avégzés",
	"hibrid munkavégzés":        "avégzés",
	"hibrid munkarend":          "hibrid munka",
	"program hibrid":            "hibrid",
	"irodai munkavégzés":        "avégzés",
	"la distanță":               "anță",
	"de acasă":                  "asă",
	"telemuncă":                 "ncă",
	"la distanta":               "la distanta",
	"trabajo desde casa":        "bajo desde c",
	"trabajar desde casa":       "bajar desde ",
	"kerja dari rumah":          "ja dari ruma",
	"rodzaj umowy":              "odzaj umowy",
	"typ umowy":                 "yp umowy",
	"forma zatrudnienia":        "udnienia",
	"rodzaj zatrudnienia":       "odzaj zatrud",
	"druh pracovního poměru":    "uh pracovní",
	"typ pracovního poměru":     "yp pracovní",
	"forma spolupráce":          "ráce",
	"druh pracovného pomeru":    "uh pracovné",
	"istihdam türü":             "ihdam türü",
	"iş tipi":                   "iş tipi",
	"munkaidő":                  "idő",
	"munkarend":                 "nkarend",
	"tip job":                   "p job",
	"tipul jobului":             "ipul jobului",
	"tip contract":              "p contract",
	"tip angajare":              "gajare",
	"tipul contractului":        "tului",
	"tipo di contratto":         "po di contra",
	"tipologia contrattuale":    "ttuale",
	"tipologia di contratto":    "di contratto",
	"contratto":                 "atto",
	"orario di lavoro":          "di lavoro",
	"jenis kontrak":             "jenis kontra",
	"status kerja":              "erja",
	"regime de contratação":     "tação",
	"tipo de vaga":              "vaga",
	"tipo de contratação":       "tação",
	"regime de trabalho":        "gime de trab",
	"anställningsform":          "ällningsfor",
	"anställningstyp":           "ällningstyp",
	"omfattning":                "mfattning",
	"ansettelsesform":           "esform",
	"stillingstype":             "gstype",
	"ansættelsesform":           "nsættelsesf",
	"ansættelsestype":           "nsættelsest",
	"dienstverband":             "stverband",
	"type dienstverband":        "stverband",
	"soort dienstverband":       "soort dienst",
	"contractvorm":              "tvorm",
	"arbeidsovereenkomst":       "sovereenkoms",
	"anstellungsart":            "gsart",
	"beschäftigungsart":         "häftigungsa",
	"vertragsart":               "gsart",
	"art der anstellung":        "llung",
	"arbeitszeit":               "tszeit",
	"type de contrat":           "pe de contra",
	"temps de travail":          "mps de trava",
	"nature du contrat":         "du contrat",
	"tipo de empleo":            "po de empleo",
	"modalidad de contratación": "dad de contr",
}

// worldModeKey is the key a phrase is found by: worldKeys' or its longest
// word (the key scan folds ASCII letters only, so a capital beyond ASCII
// is missed: the words are written in lower case in running text).
func worldModeKey(p string) string {
	if k, ok := worldKeys[p]; ok {
		return k
	}
	k := ""
	for _, f := range strings.Fields(p) {
		if len(f) > len(k) {
			k = f
		}
	}
	return k
}

// worldWordAt reports whether a match at s[i:j] is a whole word: no letter
// or digit right before or after (Thai is written without spaces, so its
// words need none).
func worldWordAt(s string, i, j int) bool {
	if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.Is(unicode.Thai, r) {
		return true
	}
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if j < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			return false
		}
	}
	return true
}

// modeDenialAfter reports a denial of the work mode right after its word,
// in its clause: a possibility denied (modeDenialAfterStrict: "is niet
// mogelijk", "ist nicht möglich", "невозможна") or a bare negation within
// three words ("uzaktan değildir", "etätyö ei", "không").
func modeDenialAfter(after string) bool {
	if modeDeniedStrict(after) { // not "not only possible" (remote_work_denied_more.go)
		return true
	}
	m := modeNegationAfter.FindStringIndex(after)
	return m != nil && !indifferenceAfter.MatchString(after[m[1]-1:]) // "etätyö, asuinpaikalla ei väliä": where you live does not matter
}

// indifferenceAfter is what makes a bare negation say "it does not matter"
// instead of denying the work mode before it: Finnish "ei (ole) väliä",
// "ei merkitystä", Dutch "maakt niet uit", German "nicht wichtig", Swedish
// "inte viktigt", Norwegian and Danish "ikke viktig"/"vigtigt", English
// "not important", "does not matter" (read from the negation's last
// letter on).
var indifferenceAfter = regexp.MustCompile(`(?i)^\p{L}?\s+(?:ole\s+)?(?:väliä|valia|merkitystä|uit|wichtig|relevant|viktigt?|vigtigt?|important|matter|belangrijk|tärkeää)(?:[^\p{L}]|$)`)

// modeNegationAfter is a bare negation within three words after the word.
var modeNegationAfter = regexp.MustCompile(`(?i)^\p{L}*[\s:,-]*(?:\p{L}+\s+){0,3}?(?:niet|inte|ikke|ei|не|nicht|not|(?:mümkün\s+)?değil\p{L}*|yok|không|tidak|bukan|לא|غير)(?:[^\p{L}]|$)`)

// modeDenialBefore is a denial right before the work-mode word: "geen
// thuiswerken", "ingen distans", "ei etätyötä", "bez pracy zdalnej", "без
// удалёнки", "kein Homeoffice", "sin", "sem", "senza", "sans", "no",
// "not", "nincs", "fără", "немає", "tidak", "không".
var modeDenialBefore = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:geen|niet|ingen|inte|ikke|ei|bez|žádn\p{L}*|bez možnosti|nincs|fără|без|немає|нет|kein\p{L}*|sin|sem|senza|sans|pas de|no|not|tidak|bukan|không|δεν|değil)\s+$`)

// modePartial is a word making a remote word partial in its clause:
// "delvis", "deels", "gedeeltelijk", "osittain", "częściowo", "částečně",
// "čiastočne", "kısmen", "részben", "parțial", "μερικώς", "частково",
// "частично", "parcial", "parziale", "partiel", "teilweise", "sebagian".
var modePartial = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:delvis|deels|gedeeltelijk|osittain|częściowo|částečně|čiastočne|kısmen|részben|parțial|partial|μερικώς|частково|частично|parcial\p{L}*|parziale|partiel\p{L}*|teilweise|sebagian)(?:[^\p{L}]|$)`)

// modeOfficeDays is a number of days in the week in a clause, as a
// hybrid week is written, in digits or words from two to four: "2 dagar
// på kontoret", "tre dagar", "kaksi päivää", "3 dni w biurze", "2 gün
// ofis", "heti 2 nap", "3 zile la birou", "δύο ημέρες", "3 дні", "2 hari".
var modeOfficeDays = regexp.MustCompile(`(?i)(?:(?:^|[^\d])[1-4]\s*(?:-\s*[1-4]\s*)?|(?:^|[^\p{L}])(?:två|tre|fyra|to|fire|kaksi|kolme|neljä|twee|drie|vier|dwa|trzy|cztery|dva|dvě|tři|čtyři|iki|üç|dört|két|három|négy|două|trei|patru|δύο|τρεις|два|дві|три|чотири|dos|tres|cuatro|dois|três|quatro|due|quattro|deux|trois|quatre|zwei|drei|dua|tiga|empat)\s+)(?:dag(?:ar|er|e|en)?|päivä\p{L}*|dni|dny|dní|gün|nap\p{L}*|zile|zi|ημέρ\p{L}*|μέρ\p{L}*|дн\p{L}*|дня|день|días|dias|giorni|jours?|tage?n?|hari|ngày|วัน|ימים|أيام)(?:[^\p{L}]|$)`)

// worldTextMode reads the description's work mode with worldModeWords:
// a hybrid word, or remote and on-site words together, are hybrid; a
// denied remote word is on-site; unknown when none is read.
func worldTextMode(text string) (model.Remote, string) {
	var remote, onsite, hybrid string
	for _, m := range worldModeRe.FindAllStringIndex(text, 12) {
		if !worldWordAt(text, m[0], m[1]) {
			continue
		}
		mode, ok := worldModeOf[strings.ToLower(text[m[0]:m[1]])]
		if !ok {
			continue
		}
		lo, hi := clauseAround(text, m[0], m[1])
		ev := text[m[0]:m[1]]
		switch mode {
		case model.RemoteRemote:
			switch {
			case modeDenialBefore.MatchString(text[lo:m[0]]) || modeDenialAfter(text[m[1]:hi]):
				onsite = firstNonEmpty(onsite, text[lo:hi])
			case modePartial.MatchString(text[lo:hi]) || modeOfficeDays.MatchString(text[lo:hi]):
				hybrid = firstNonEmpty(hybrid, text[lo:hi])
			default:
				switch modePossibility(text[lo:hi]) { // "Mahdollisuus työskennellä etänä" (remote_words_possibility.go)
				case model.RemoteHybrid:
					hybrid = firstNonEmpty(hybrid, text[lo:hi])
				case model.RemoteOnsite:
					onsite = firstNonEmpty(onsite, text[lo:hi])
				default:
					remote = firstNonEmpty(remote, ev)
				}
			}
		case model.RemoteHybrid:
			if !modeDenialBefore.MatchString(text[lo:m[0]]) {
				hybrid = firstNonEmpty(hybrid, ev)
			}
		case model.RemoteOnsite:
			if !modeDenialBefore.MatchString(text[lo:m[0]]) && !modeOfficeDays.MatchString(text[lo:hi]) {
				onsite = firstNonEmpty(onsite, ev)
			} else if modeOfficeDays.MatchString(text[lo:hi]) {
				hybrid = firstNonEmpty(hybrid, text[lo:hi])
			}
		}
	}
	switch {
	case hybrid != "":
		return model.RemoteHybrid, hybrid
	case remote != "" && onsite != "":
		return model.RemoteHybrid, remote
	case onsite != "":
		return model.RemoteOnsite, onsite
	case remote != "":
		return model.RemoteRemote, remote
	}
	return model.RemoteUnknown, ""
}

// worldFieldMode reads a short field (a location, a remote field, a title)
// with worldModeWords; unknown when it holds none.
func worldFieldMode(s string) (model.Remote, string) {
	if s == "" || len(s) > 200 {
		return model.RemoteUnknown, ""
	}
	return worldTextMode(s)
}

// reviseWorldModes (called from reviseLanguageModes) reads a listing no
// reader placed with worldModeWords, the short fields first, and reads a
// remote listing whose remote words the text denies ("Homeoffice ist
// nicht möglich") as on-site.
func reviseWorldModes(hint string, locs []string, title, text string, ri RemoteInfo) RemoteInfo {
	switch ri.Remote {
	case model.RemoteRemote:
		if ev, ok := strings.CutPrefix(ri.Evidence, "text: "); ok && ev != "" {
			if i := strings.Index(text, ev); i >= 0 {
				_, hi := clauseAround(text, i, i+len(ev))
				if hi > i+len(ev) && modeDeniedStrict(text[i+len(ev):hi]) {
					ri.Remote, ri.Evidence = model.RemoteOnsite, "text: "+text[i:hi]
					ri.Regions = ri.Regions[:0]
				}
			}
		}
		return ri
	case model.RemoteOnsite:
		// "hybrid, 3 ngày tại văn phòng": office days of a hybrid week.
		if ev, ok := strings.CutPrefix(ri.Evidence, "text: "); ok && ev != "" {
			if i := strings.Index(text, ev); i >= 0 {
				lo, hi := clauseAround(text, i, i+len(ev))
				if c := text[lo:hi]; containsFold(c, "hybrid") && modeOfficeDays.MatchString(c) {
					ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+c
				}
			}
		}
		return ri
	case model.RemoteUnknown:
	default:
		return ri
	}
	for _, f := range append([]string{hint}, locs...) { // not the title: "Uzaktan Eğitim Uzmanı" teaches at a distance
		if r, ev := worldFieldMode(f); r != model.RemoteUnknown {
			ri.Remote, ri.Evidence = r, "field: "+ev
			return ri
		}
	}
	if r, ev := asianTurkishLabelMode(text); r != model.RemoteUnknown { // "Çalışma Yeri: İş Yerinde": remote_modes_asian_greek_hebrew.go
		ri.Remote, ri.Evidence = r, "text: "+ev
		return ri
	}
	if r, ev := worldTextMode(text); r != model.RemoteUnknown {
		ri.Remote, ri.Evidence = r, "text: "+ev
	}
	return ri
}

// modeDenialAfterStrict is a possibility denied after a work-mode word,
// with at most five filler words between (copulas, "leider", "bij deze
// functie", "for this role": "is bij deze functie niet mogelijk", "ist
// leider nicht möglich", "невозможна", "is not possible"), not a bare
// "not" nor a noun between: the other readers' remote words are English
// too, and "remote, not hybrid", "remote — no commute" or "remote, visa
// sponsorship not possible" deny something else.
var modeDenialAfterStrict = regexp.MustCompile(`(?i)^\p{L}*[\s:,-]*(?:(?:is|are|will|be|work|working|from|home|arbeit|arbeiten|ist|sind|leider|hier|dabei|bei|bij|deze|dit|functie|rol|rolle|role|position|positie|stelle|tjänsten|stillingen|stillingen|stillingen|i|in|this|for|für|voor|för|denne|dieser|diese|at|the|de|het|la|le|il|el|è|es|est|é|este|on|jest|je|er|är|tyvärr|dessverre|desværre|helaas|unfortunately|also|auch|ook|även|også|currently|momentan|momenteel|aktuell|zurzeit|à|ce|poste|pour|para|per|questo|ruolo|a|o|e|en|und|y|och|og|ja|és|și)\s+){0,5}?(?:(?:niet|inte|ej|ikke|ei|nie|není|nie je|nu|nem|δεν|не|nicht|no|não|non|not|n'est pas|pas|kein\p{L}*)\s+(?:\p{L}+\s+)?(?:mogelijk|möjlig\p{L}*|mulig\p{L}*|mahdollis\p{L}*|możliw\p{L}*|możliwości|možn\p{L}*|posibil\p{L}*|lehetséges|δυνατ\p{L}*|можлив\p{L}*|возможн\p{L}*|передбачен\p{L}*|предусмотрен\p{L}*|möglich|vorgesehen|gestattet|erlaubt|posible|permitid\p{L}*|possível|possibile|previst\p{L}*|consentit\p{L}*|possible|allowed|permitted)|(?:mümkün\s+)?değil\p{L}*|невозможн\p{L}*|неможлив\p{L}*|unmöglich|impossible|imposible|impossível|impossibile)(?:[^\p{L}]|$)`)
