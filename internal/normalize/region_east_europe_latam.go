package normalize

import "strings"

// Places of the Balkans, Bulgaria, the Baltics,
// Argentina, Peru and Brazil as their own boards write them. Table tests in
// region_east_europe_latam_test.go.
//
//   - Bulgarian, Serbian, Macedonian, Bosnian and Montenegrin towns in
//     Cyrillic ("гр. Пловдив", "Бургас", "Нови Сад", "Скопје"), added to the
//     region names like regions_cyrillic_cities.go's (region tokens split at
//     hyphens and dots, so "София-град" and "обл. Варна" read the town);
//   - Sofia's Latin forms that are no given name ("Sofiya", "Sofia City",
//     "Sofia-grad", "grad Sofiya"), and a location item that is "Sofia" and
//     nothing else (work-mode words aside): the given name never stands
//     alone as a place;
//   - Argentine provinces and towns the other tables give to Brazil or
//     miss ("Río Negro", "Entre Ríos", "Bariloche"), Lima's metropolitan
//     area;
//   - a Lithuanian county abbreviated "apskr." is an "apskritis";
//   - a Brazilian state capital before its state code with a dash, a slash
//     or in brackets, in any case ("Salvador - BA", "Aracaju/SE", "natal
//     (rn)"): the code is the state's even where it is also a country's
//     (Bosnia, Sweden, Spain), as the hand-written towns table pairs them;
//   - gazetteer towns whose names hold small lower-case words ("Mar del
//     Plata", "San Carlos de Bariloche") are read alone like other towns
//     (geoPartCountry).
func init() {
	for name, code := range map[string]string{
		// Bulgaria
		"софия": "BG", "пловдив": "BG", "варна": "BG", "бургас": "BG", "русе": "BG", "стара загора": "BG", "плевен": "BG",
		"сливен": "BG", "добрич": "BG", "шумен": "BG", "перник": "BG", "хасково": "BG", "ямбол": "BG", "пазарджик": "BG",
		"благоевград": "BG", "велико търново": "BG", "враца": "BG", "габрово": "BG", "видин": "BG", "кюстендил": "BG",
		"кърджали": "BG", "ловеч": "BG", "силистра": "BG", "търговище": "BG", "разград": "BG", "смолян": "BG", "казанлък": "BG",
		"асеновград": "BG", "дупница": "BG", "ботевград": "BG", "самоков": "BG", "банско": "BG", "несебър": "BG",
		"созопол": "BG", "свищов": "BG", "петрич": "BG", "сандански": "BG", "карлово": "BG", "горна оряховица": "BG",
		"sofiya": "BG", "sofia city": "BG", "sofia grad": "BG", "grad sofia": "BG", "grad sofiya": "BG", "sofia province": "BG",
		"sofia oblast": "BG", "sofiya grad": "BG",
		// Serbia, North Macedonia, Bosnia and Herzegovina, Montenegro
		"београд": "RS", "нови сад": "RS", "ниш": "RS", "крагујевац": "RS", "суботица": "RS", "панчево": "RS", "чачак": "RS",
		"нови пазар": "RS", "краљево": "RS", "зрењанин": "RS", "лесковац": "RS", "ваљево": "RS", "шабац": "RS", "сомбор": "RS",
		"скопје": "MK", "битола": "MK", "куманово": "MK", "прилеп": "MK", "охрид": "MK", "тетово": "MK", "штип": "MK",
		"струмица": "MK", "сарајево": "BA", "бања лука": "BA", "бањалука": "BA", "тузла": "BA", "зеница": "BA", "мостар": "BA",
		"бијељина": "BA", "подгорица": "ME", "никшић": "ME", "будва": "ME", "херцег нови": "ME",
		// Argentina, Peru
		"río negro": "AR", "rio negro": "AR", "entre ríos": "AR", "entre rios": "AR", "bariloche": "AR",
		"conurbano bonaerense": "AR", "lima metropolitana": "PE",
	} {
		addRegionName(name, code)
		if code == "BG" && name[0] >= 0x80 {
			addRegionName("гр."+name, code) // "гр.Пловдив" is one token: a dot continues a word
		}
	}
}

// eastEuropeLatamLoc rewrites one location item for the readers after it (see
// above): "Klaipėdos apskr." to "Klaipėdos apskritis", "Salvador - BA" to
// "Salvador, Brazil", "Remote - Sofia" to "Remote - Sofia, Bulgaria".
// Other locations come back as they are.
func eastEuropeLatamLoc(loc string) string {
	if len(loc) < 4 || len(loc) > 80 {
		return loc
	}
	if i := strings.Index(loc, "apskr."); i > 0 {
		return loc[:i] + "apskritis" + loc[i+len("apskr."):]
	}
	if b := brazilCapitalCodeLoc(loc); b != "" {
		return b
	}
	if sofiaAlone(loc) {
		return loc + ", Bulgaria"
	}
	return loc
}

// brazilCapitalCodeLoc returns "Town, Brazil" for "Town - UF", "Town/UF"
// or "Town (UF)" in any case, where the hand-written towns table has the
// town in Brazil with that state code; else "".
func brazilCapitalCodeLoc(loc string) string {
	s := strings.TrimSpace(loc)
	paren := strings.HasSuffix(s, ")")
	if paren {
		s = strings.TrimSpace(s[:len(s)-1])
	}
	if len(s) < 5 {
		return ""
	}
	uf := strings.ToUpper(s[len(s)-2:])
	if !brazilStates[uf] && !brazilSharedStates[uf] {
		return ""
	}
	head := strings.TrimRight(s[:len(s)-2], " ")
	switch {
	case paren && strings.HasSuffix(head, "("):
	case !paren && (strings.HasSuffix(head, "/") || strings.HasSuffix(head, "-") || strings.HasSuffix(head, "–")):
	default:
		return ""
	}
	town := strings.TrimSpace(strings.TrimRight(head, "(/-– "))
	if town == "" || !townLetters(town) {
		return ""
	}
	for _, p := range worldTowns[foldTown(town)] {
		if p.country == "BR" && hasField(p.own, uf) {
			return town + ", Brazil"
		}
	}
	return ""
}

// hasField reports whether the space-separated list holds f.
func hasField(list, f string) bool {
	for list != "" {
		var w string
		w, list, _ = strings.Cut(list, " ")
		if w == f {
			return true
		}
	}
	return false
}

// sofiaAlone reports a location item that is "Sofia" with work-mode words
// at most ("Remote - Sofia", "Sofia (hybrid)").
func sofiaAlone(loc string) bool {
	if !strings.Contains(loc, "Sofia") && !strings.Contains(loc, "SOFIA") {
		return false
	}
	words := strings.FieldsFunc(loc, func(r rune) bool {
		return r == ' ' || r == ',' || r == '(' || r == ')' || r == '/' || r == '|' || r == '-' || r == '–'
	})
	found := false
	for _, w := range words {
		switch l := strings.ToLower(w); {
		case l == "sofia":
			found = true
		case geoFiller[l]:
		default:
			return false
		}
	}
	return found
}

// townConnector are the small words a town's name holds in lower case
// after its first word ("Mar del Plata", "Rio de Janeiro", "Frankfurt am
// Main").
var townConnector = map[string]bool{"de": true, "del": true, "da": true, "do": true, "dos": true, "das": true, "la": true,
	"las": true, "los": true, "el": true, "di": true, "y": true, "am": true, "an": true, "der": true, "den": true, "sur": true,
	"upon": true}
