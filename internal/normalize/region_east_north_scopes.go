package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Where a remote or hybrid worker may be, in Swedish, Danish, Norwegian,
// Finnish, Estonian, Latvian, Lithuanian, Czech, Slovak, Slovene,
// Croatian, Serbian, Bosnian, Romanian, Hungarian, Greek, Russian,
// Ukrainian and Bulgarian sentences (audit U; table tests and traps in
// region_east_north_scopes_test.go). Read only for a remote or hybrid
// listing with no region yet, after reviseForeignScopeShapes:
//
//   - a country's own name, in the case the sentence puts it in
//     ("Sverige", "Suomessa", "z České republiky", "României",
//     "Magyarországon", "в России", "по РФ", "з України"), with the
//     countries listed after it ("Danmark eller Sverige", "Česka nebo
//     Slovenska"), or the EU ("EU-land", "ES valsts", "ЄС") or the Nordics
//     ("Norden", "pohjoismaissa"), when its clause holds a scope word
//     (living, residence, a work permit, "only", "whole", "anywhere",
//     candidates) or the remote or hybrid word itself;
//   - a world noun ("världen", "maailmassa", "světě", "мира", "κόσμο")
//     after or before an "anywhere"/"whole" word: worldwide;
//   - "any country" with no place after it ("valfritt land", "jakékoli
//     země", "любой страны", "cualquier país", "n'importe quel pays", "aus
//     jedem Land", "qualsiasi paese"): worldwide.
//
// A name said of offices, customers, a market, a language or a leading
// company ("kontor i Sverige", "klienci", "Suomen markkinoilla", "eesti
// keel", "magyarországi irodánk") is no scope: a trap word in its
// sub-clause before it, or the word right after its list, drops the name
// and its list. Only names in these languages are read (the English and
// Western names are the other readers'), so the reader stays out of the
// languages audit N covered but for the "any country" phrases.

// eastNorthNames are the country and group names, lower case, in the cases
// these languages put them in. A value names a code or a group (regionGroups).
var eastNorthNames = map[string]string{
	// Swedish, Danish, Norwegian.
	"sverige": "SE", "sveriges": "SE", "norge": "NO", "norges": "NO", "danmark": "DK", "danmarks": "DK",
	"finland": "FI", "finlands": "FI", "estland": "EE", "tyskland": "DE", "polen": "PL",
	"eu": RegionEU, "eu:s": RegionEU, "europeiska unionen": RegionEU, "den europeiske union": RegionEU, "den europæiske union": RegionEU,
	"norden": "nordics", "nordiska länder": "nordics", "nordiska länderna": "nordics", "nordiske lande": "nordics",
	"nordiske land": "nordics", "nordiske landene": "nordics", "nordiske landa": "nordics",
	// Finnish.
	"suomi": "FI", "suomessa": "FI", "suomesta": "FI", "suomeen": "FI", "suomen": "FI", "ruotsi": "SE", "ruotsissa": "SE",
	"ruotsista": "SE", "viro": "EE", "virossa": "EE", "virosta": "EE", "norjassa": "NO", "norjasta": "NO", "tanskassa": "DK",
	"tanskasta": "DK", "pohjoismaat": "nordics", "pohjoismaissa": "nordics", "pohjoismaista": "nordics", "euroopan unionin": RegionEU,
	"euroopan unionissa": RegionEU, "euroopan unionista": RegionEU,
	// Estonian.
	"eesti": "EE", "eestis": "EE", "eestist": "EE", "eestisse": "EE", "soome": "FI", "soomes": "FI", "soomest": "FI",
	"läti": "LV", "lätis": "LV", "lätist": "LV", "leedu": "LT", "leedus": "LT", "leedust": "LT", "el": RegionEU,
	"euroopa liidu": RegionEU, "euroopa liidus": RegionEU, "euroopa liidust": RegionEU,
	// Latvian.
	"latvija": "LV", "latvijā": "LV", "latvijas": "LV", "lietuva": "LT", "lietuvā": "LT", "lietuvas": "LT",
	"igaunija": "EE", "igaunijā": "EE", "igaunijas": "EE", "es": RegionEU, "eiropas savienības": RegionEU, "eiropas savienībā": RegionEU,
	// Lithuanian.
	"lietuvoje": "LT", "lietuvos": "LT", "lietuvą": "LT", "latvijoje": "LV", "latvijos": "LV", "estijoje": "EE",
	"estijos": "EE", "estija": "EE", "lenkija": "PL", "lenkijoje": "PL", "lenkijos": "PL", "europos sąjungos": RegionEU, "europos sąjungoje": RegionEU,
	// Czech, Slovak.
	"česko": "CZ", "česka": "CZ", "česku": "CZ", "českem": "CZ", "česká republika": "CZ", "české republiky": "CZ",
	"české republice": "CZ", "českou republiku": "CZ", "čr": "CZ", "slovensko": "SK", "slovenska": "SK", "slovensku": "SK",
	"slovenskem": "SK", "eú": RegionEU, "evropská unie": RegionEU, "evropské unie": RegionEU, "evropské unii": RegionEU,
	"európska únia": RegionEU, "európskej únie": RegionEU, "európskej únii": RegionEU, "rakousko": "AT", "rakouska": "AT",
	"polsko": "PL", "polska": "PL", "německo": "DE", "německa": "DE", "nemecko": "DE", "nemecka": "DE",
	// Slovene, Croatian, Serbian, Bosnian.
	"slovenija": "SI", "slovenije": "SI", "sloveniji": "SI", "slovenijo": "SI", "hrvaška": "HR", "hrvaške": "HR",
	"hrvaški": "HR", "hrvaško": "HR", "avstrija": "AT", "avstrije": "AT", "avstriji": "AT",
	"hrvatska": "HR", "hrvatske": "HR", "hrvatskoj": "HR", "hrvatsku": "HR", "srbija": "RS", "srbije": "RS", "srbiji": "RS",
	"srbiju": "RS", "србија": "RS", "србије": "RS", "србији": "RS", "bosna i hercegovina": "BA", "bosne i hercegovine": "BA",
	"bosni i hercegovini": "BA", "bih": "BA", "crna gora": "ME", "crne gore": "ME", "crnoj gori": "ME",
	"europska unija": RegionEU, "europske unije": RegionEU, "evropska unija": RegionEU, "evropske unije": RegionEU, "evropski uniji": RegionEU,
	// Romanian.
	"românia": "RO", "româniei": "RO", "romania": "RO", "romaniei": "RO", "republica moldova": "MD",
	"republicii moldova": "MD", "moldova": "MD", "ue": RegionEU, "uniunea europeană": RegionEU, "uniunii europene": RegionEU,
	// Hungarian.
	"magyarország": "HU", "magyarországon": "HU", "magyarországról": "HU", "magyarországra": "HU", "magyarországi": "HU",
	"ausztria": "AT", "ausztriában": "AT", "ausztriából": "AT", "németország": "DE", "németországban": "DE",
	"németországból": "DE", "szlovákia": "SK", "szlovákiában": "SK", "szlovákiából": "SK", "romániában": "RO",
	"romániából": "RO", "eu-tagállam": RegionEU, "európai unió": RegionEU, "európai unióban": RegionEU, "európai unióból": RegionEU,
	// Greek.
	"ελλάδα": "GR", "ελλάδας": "GR", "ελλάδος": "GR", "κύπρο": "CY", "κύπρος": "CY", "κύπρου": "CY", "εε": RegionEU,
	"ευρωπαϊκή ένωση": RegionEU, "ευρωπαϊκής ένωσης": RegionEU,
	// Russian.
	"россия": "RU", "россии": "RU", "россию": "RU", "рф": "RU", "беларусь": "BY", "беларуси": "BY", "белоруссии": "BY",
	"казахстан": "KZ", "казахстана": "KZ", "казахстане": "KZ", "украина": "UA", "украины": "UA", "украине": "UA",
	"грузии": "GE", "армении": "AM", "ес": RegionEU, "евросоюз": RegionEU, "евросоюза": RegionEU, "евросоюзе": RegionEU,
	"европейского союза": RegionEU,
	// Ukrainian.
	"україна": "UA", "україни": "UA", "україні": "UA", "україну": "UA", "польща": "PL", "польщі": "PL", "польщу": "PL",
	"молдова": "MD", "молдови": "MD", "єс": RegionEU, "євросоюз": RegionEU, "євросоюзу": RegionEU, "європейського союзу": RegionEU,
	// Bulgarian.
	"българия": "BG", "румъния": "RO", "гърция": "GR", "сърбия": "RS", "северна македония": "MK", "европейския съюз": RegionEU,
}

// eastNorthUpper are the short names read only as written in capitals:
// "EL" (Estonian), "ES" (Latvian), "ČR", "РФ", "ЕС" are the EU or a country
// there, while "el", "es" are Spanish words.
var eastNorthUpper = map[string]bool{"el": true, "es": true, "eu": true, "eú": true, "ue": true, "εε": true, "ес": true, "єс": true, "čr": true, "рф": true, "bih": true}

// eastNorthWorld are the world nouns: with an "anywhere" or "whole" word
// beside them, worldwide.
var eastNorthWorld = map[string]bool{
	"världen": true, "verden": true, "maailmassa": true, "maailmasta": true, "maailman": true, "maailmalta": true,
	"maailmast": true, "maailmas": true, "pasaulē": true, "pasaules": true, "pasaulio": true, "pasaulyje": true,
	"světě": true, "světa": true, "svete": true, "sveta": true, "svetu": true, "svijetu": true, "svijeta": true,
	"lume": true, "lumea": true, "lumii": true, "világ": true, "világon": true, "világból": true, "világról": true,
	"κόσμο": true, "κόσμου": true, "мира": true, "мире": true, "миру": true, "світу": true, "світі": true, "света": true, "свят": true,
}

// eastNorthKeys gate the reader: parts of the names, world nouns and
// "any country" phrases (lower case; a non-ASCII capital opening a name
// is left out of its key).
var eastNorthKeys = keyGate([]string{
	"sverige", "norge", "danmark", "finland", "norden", "nordisk", "eu-", "eu:", "unionen", "inom eu", "i eu", "innen eu", "el-i", "es valst",
	"suom", "ruotsi", "virossa", "virosta", "pohjoismai", "eesti", "soome", "lätis", "leedu", "liidu", "latvij", "lietuv", "igaunij", "estij",
	"česk", "Česk", "čr", "Čr", "slovensk", "slovenij", "hrvatsk", "hrvašk", "srbij", "рбиј", "hercegovin", "crna gor", "crne gor", "crnoj gor",
	"român", "Român", "romani", "moldova", "eú", "eÚ", "din ue", "în ue", "din uniunea",
	"magyarorsz", "ausztri", "szlováki", "tagállam", "európai", "λλάδ", "ύπρ", "ΕΕ", "осси", "РФ", "еларус", "азахстан", "краин", "країн", "ЕС", "ЄС", "вросоюз",
	"ългари", "умъни",
	"världen", "verden", "maailma", "pasaul", "světě", "světa", "svete", "sveta", "svetu", "svijet", "din lume", "lumea", "lumii", "világ", "όσμο", "мира", "мире", "світ", "свят",
}, eastNorthAnyCountryKeys)

// eastNorthAnyCountry are "from any country" phrases (lower case); a
// place named just after makes them a scope the name reader takes.
var eastNorthAnyCountry = []string{
	"valfritt land", "vilket land som helst", "hvilket som helst land", "hvilket land som helst", "mistä tahansa maasta",
	"ükskõik millisest riigist", "jebkuras valsts", "bet kurios šalies", "jakékoli země", "jakékoliv země", "jakékoliv zemi",
	"akejkoľvek krajiny", "katerekoli države", "bilo koje zemlje", "bilo koje države", "orice țară", "oricare țară", "orice tara",
	"bármely országból", "bármelyik országból", "οποιαδήποτε χώρα", "любой страны", "будь-якої країни", "всяка държава", "всяка страна",
	"cualquier país", "cualquier pais", "qualquer país", "qualquer pais", "n'importe quel pays", "n’importe quel pays",
	"jedem land", "jedem beliebigen land", "qualsiasi paese",
}

var eastNorthAnyCountryKeys = []string{
	"valfritt land", "land som helst", "helst land", "tahansa maasta", "millisest riigist", "jebkuras valsts", "bet kurios",
	"jakékoli", "akejko", "katerekoli", "bilo koje", "orice", "oricare", "bármely", "bármelyik", "οποιαδήποτε", "любой", "будь-як",
	"всяка", "cualquier pa", "qualquer pa", "importe quel pays", "jedem land", "jedem beliebigen", "qualsiasi paese",
}

// eastNorthAnyKeys gate the "any country" phrases alone.
var eastNorthAnyKeys = keyGate(eastNorthAnyCountryKeys)

// eastNorthExcept are "except" words: "from any country except …" is no world.
var eastNorthExcept = []string{"utom", "undtagen", "unntatt", "paitsi", "välja arvatud", "izņemot", "išskyrus", "kromě", "okrem", "razen", "osim", "cu excepția", "kivéve", "εκτός", "кроме", "крім", "освен", "excepto", "exceto", "sauf", "außer", "tranne"}

// eastNorthCues are the scope words of a clause: living, residence, a
// permit, "only", "whole", "anywhere", candidates (lower case stems).
var eastNorthCues = []string{
	"bosatt", "bosat", "bor i", "bo i", "boende", "folkbokf", "tillstånd", "tilladelse", "tillatelse", "bopæl", "bosted",
	"hela ", "hele ", "inom ", "innenfor", "inden for", "som helst", "endast", "bara ", "kun ", "valfritt",
	"asu", "kotipaikka", "työlup", "oleskelulup", "kaikkialta", "kaikkialla", "koko ", "sisällä", "alueella", "alueelta", "tahansa", "vain ", "ainoastaan",
	"elama", "elav", "elukoht", "tööluba", "elamisluba", "kõikjal", "kogu ", "ainult", "resident", "rezident", "ükskõik", "piires",
	"dzīvo", "dzīvesviet", "atļauj", "jebkur", "visā", "tikai", "robežās",
	"gyven", "leidim", "visoje", "bet kur", "tik ", "ribose",
	"pouze", "jen ", "iba ", "len ", "výhradně", "výlučne", "pobyt", "bydliš", "bydlisk", "povolen", "celé", "celá", "celého", "celej",
	"odkudkoli", "odkiaľkoľvek", "jakéhokoli", "jakékoli", "ktoréhokoľvek", "akejkoľvek", "kdekoli", "kdekoľvek", "žít", "žiť", "uchazeč", "uchádzač", "kandidát", "v rámci",
	"samo ", "prebival", "dovoljenj", "dozvol", "kjerkoli", "koderkoli", "katerekoli", "celotn", "vsej ", "vsa ", "živ", "bilo koj", "bilo gd",
	"odakle god", "diljem", "širom", "cijel", "cele ", "celoj", "kandidat", "unutar", "znotraj", "teritorij", "područj",
	"doar", "numai", "exclusiv", "locui", "domicili", "reziden", "permis de munc", "oriunde", "orice", "toată", "toata", "întreag", "candida",
	"kizárólag", "csak ", "élő", "lakcím", "lakóhely", "tartózkod", "munkavállalási", "engedély", "bármely", "bárhonnan", "bárhol", "egész", "belül", "területé", "jelentkez",
	"μόνο", "διαμέν", "κατοικ", "άδεια", "οπουδήποτε", "οποιαδήποτε", "εντός", "όλη", "όλο", "υποψήφι",
	"только", "прожива", "гражданств", "разрешени", "вид на жительство", "любой", "любого", "территори", "по всей", "по всему", "находясь", "кандидат", "в пределах", "по рф",
	"лише", "тільки", "громадянств", "дозвіл", "будь-як", "в межах", "по всій", "по всьому",
	"само ", "живеете", "живее", "живущ", "пребива", "разрешение", "всяка", "всяко", "навсякъде", "цяла", "цялата", "адрес",
	"only", "resident", "citizen",
}

// eastNorthModes are remote and hybrid words of these languages (stems):
// a clause holding one scopes the country named in it.
var eastNorthModes = []string{
	"remote", "distans", "hemifrån", "hjemmefra", "hjemmearbejd", "fjernarbejd", "fjernarbeid", "hjemmekontor", "etätyö", "etänä",
	"kaugtöö", "kodust", "attālinā", "no mājām", "nuotolin", "home office", "homeoffice", "z domova", "z domu", "na dálku", "na diaľku",
	"na daljavo", "od doma", "na daljinu", "od kuće", "od kuce", "de acasă", "de acasa", "la distanț", "távmunk", "otthon",
	"τηλεργασ", "εξ αποστάσεως", "από το σπίτι", "удалён", "удален", "дистанц", "віддален", "дистанційн", "вкъщи",
	"hybrid", "hibrid", "hübriid", "υβριδ", "гибрид", "гібрид", "хибрид",
}

// eastNorthTraps are office, customer, market, language and "leading"
// words: a name after one in its sub-clause, or before one, is no scope.
var eastNorthTraps = []string{
	"kontor", "toimisto", "birojs", "biroj", "biur", "kancel", "pisarn", "ured", "sjedišt", "sedež", "birou", "irod", "γραφεί", "офис", "офіс",
	"office", "headquarter", "kund", "asiakk", "klient", "klijent", "zákazn", "strank", "client", "ügyfel", "ügyfél", "πελάτ", "клиент", "клієнт",
	"marknad", "marked", "markkin", "turg", "tirg", "rink", "trh", "trg", "piaț", "piac", "αγορ", "рынк", "ринк", "пазар", "market",
	"språk", "sprog", "kieli", "kiel", "keel", "valod", "kalb", "jazyk", "jezik", "limb", "nyelv", "γλώσσ", "язык", "мов", "език",
	"ledande", "ledende", "førende", "johtav", "juhtiv", "vadošā", "lyder", "lídr", "líder", "lider", "vodiln", "vezető", "ηγέτ", "лидер", "лідер",
	"på plats", "på stedet", "fysisk", "lähityö", "paikan päällä", "kohapeal", "klātien", "vietoje", "na místě", "na mieste", "na lokaciji",
	"la sediu", "helyszín", "στο γραφείο", "в офис", "в офіс",
	"grundad", "grundlagt", "grunnlagt", "perustet", "založen", "основан", "заснован", "expander", "laajen",
}

// homeOfficeWords drops the home-office words, whose "kontor" or
// "office" is no office trap: "hjemmekontor fra hele Norge".
var homeOfficeWords = strings.NewReplacer("hjemmekontor", "", "hemmakontor", "", "kodukontor", "", "home office", "", "home-office", "", "homeoffice", "")

// reviseEastNorthScopes sets the regions of a remote or hybrid listing
// with none from the sentences above.
func reviseEastNorthScopes(text string, ri RemoteInfo) RemoteInfo {
	if (ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteHybrid) || len(ri.Regions) > 0 || text == "" {
		return ri
	}
	if rs := eastNorthScopes(text); len(rs) > 0 {
		ri.Regions = rs
	}
	return ri
}

// enWord is a word of the text: its bounds and its lower-case form.
type enWord struct {
	lo, hi int
	low    string
}

// eastNorthWords splits text into words: letters, with inner hyphens,
// apostrophes and a colon before "s" ("EU:s") kept.
func eastNorthWords(text string) []enWord {
	var out []enWord
	start := -1
	for i := 0; i <= len(text); {
		r, n := rune(0), 1
		if i < len(text) {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		letter := i < len(text) && (unicode.IsLetter(r) || unicode.IsMark(r))
		if !letter && start >= 0 && i < len(text) && (r == '-' || r == ':') && i+1 < len(text) {
			if nr, _ := utf8.DecodeRuneInString(text[i+1:]); unicode.IsLetter(nr) {
				letter = true
			}
		}
		if letter {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, enWord{start, i, strings.ToLower(text[start:i])})
			start = -1
		}
		if i == len(text) {
			break
		}
		i += n
	}
	return out
}

// eastNorthName reads the name opening at word i: its regions and the
// number of words it spans; nil when none.
func eastNorthName(text string, ws []enWord, i int) ([]string, int) {
	for n := min(3, len(ws)-i); n >= 1; n-- {
		parts := make([]string, n)
		for k := range n {
			parts[k] = ws[i+k].low
		}
		key := strings.Join(parts, " ")
		v, ok := eastNorthNames[key]
		if !ok && n == 1 {
			if j := strings.IndexByte(key, '-'); j > 0 { // "EU-land", "EU-tagállamból", "EL-i"
				if pv, pok := eastNorthNames[key[:j]]; pok && pv == RegionEU {
					v, ok, key = pv, true, key[:j]
				}
			}
		}
		if !ok {
			continue
		}
		if eastNorthUpper[key] {
			w := text[ws[i].lo:ws[i].hi]
			if j := strings.IndexAny(w, "-:"); j > 0 {
				w = w[:j]
			}
			if w != strings.ToUpper(w) {
				continue
			}
		}
		if v == "nordics" {
			if i > 0 && (ws[i-1].low == "im" || ws[i-1].low == "den" || ws[i-1].low == "dem") {
				continue // German "im Norden": the north
			}
			return regionGroups["nordics"], n
		}
		return []string{v}, n
	}
	return nil, 0
}

// eastNorthJoins are the words joining a list of places.
var eastNorthJoins = map[string]bool{
	"eller": true, "och": true, "og": true, "tai": true, "ja": true, "või": true, "vai": true, "un": true, "arba": true, "ir": true,
	"nebo": true, "a": true, "alebo": true, "ali": true, "in": true, "ili": true, "i": true, "sau": true, "și": true, "şi": true,
	"vagy": true, "és": true, "ή": true, "και": true, "или": true, "и": true, "або": true, "чи": true, "та": true, "і": true,
}

// eastNorthList reads the list of places opening at word i: the regions
// and the index of the word after it.
func eastNorthList(text string, ws []enWord, i int) ([]string, int) {
	rs, n := eastNorthName(text, ws, i)
	if rs == nil {
		return nil, i + 1
	}
	out := append([]string(nil), rs...)
	j := i + n
	for j < len(ws) {
		gap := text[ws[j-1].hi:ws[j].lo]
		if strings.ContainsAny(gap, ".;!?\n()") {
			break
		}
		k := j
		if eastNorthJoins[ws[k].low] {
			k++
		} else if !strings.Contains(gap, ",") {
			break
		}
		// a later item's own preposition: "из России или из Беларуси"
		if k < len(ws) && utf8.RuneCountInString(ws[k].low) <= 3 {
			if r, _ := eastNorthName(text, ws, k); r == nil {
				k++
			}
		}
		if k >= len(ws) {
			break
		}
		more, m := eastNorthName(text, ws, k)
		if more == nil {
			break
		}
		for _, r := range more {
			out = appendUnique(out, r)
		}
		j = k + m
	}
	return out, j
}

// eastNorthClauseStart is the start of the sentence holding byte at.
func eastNorthClauseStart(text string, at int) int {
	return strings.LastIndexAny(text[:at], ".;!?\n•|") + 1
}

// eastNorthScopes returns the regions the sentences above name, or nil.
func eastNorthScopes(text string) []string {
	if !hasKeyHit(eastNorthKeys, text) {
		return nil
	}
	ws := eastNorthWords(text)
	for i := 0; i < len(ws); {
		if eastNorthWorld[ws[i].low] {
			if eastNorthWorldAt(text, ws, i) {
				return []string{RegionWorldwide}
			}
			i++
			continue
		}
		rs, next := eastNorthList(text, ws, i)
		if rs == nil {
			i = next
			continue
		}
		if eastNorthScoped(text, ws, i, next) {
			return rs
		}
		i = next
	}
	return eastNorthAnyCountryRead(text, ws)
}

// eastNorthScoped reports whether the list of places in words [i, next)
// is a scope: a scope or mode word in its sentence, no trap word in its
// sub-clause before it nor right after it.
func eastNorthScoped(text string, ws []enWord, i, next int) bool {
	lo := eastNorthClauseStart(text, ws[i].lo)
	hi := len(text)
	if j := strings.IndexAny(text[ws[next-1].hi:], ".;!?\n•|"); j >= 0 {
		hi = ws[next-1].hi + j
	}
	before := strings.ToLower(text[lo:ws[i].lo])
	sub := before
	if j := strings.LastIndexAny(sub, ",–—"); j >= 0 {
		sub = sub[j:]
	}
	if containsAnyKey(homeOfficeWords.Replace(sub), eastNorthTraps) {
		return false
	}
	if next < len(ws) && ws[next].lo < hi && containsAnyKey(ws[next].low, eastNorthTraps) {
		return false // "Suomen markkinoilla", "eesti keel", "magyarországi irodánk"
	}
	clause := strings.ToLower(text[lo:hi])
	return containsAnyKey(clause, eastNorthCues) || containsAnyKey(clause, eastNorthModes)
}

// eastNorthAnywhere are "anywhere" and "whole" words beside a world noun.
var eastNorthAnywhere = []string{
	"som helst", "hela ", "hele ", "tahansa", "kaikkialta", "koko ", "kõikjal", "kogu ", "ükskõik", "jebkur", "visa ", "visā",
	"bet kur", "visame", "odkudkoli", "kdekoli", "celého", "odkiaľkoľvek", "kdekoľvek", "koderkoli", "kjerkoli", "celega",
	"bilo gd", "bilo koj", "odakle god", "cijelog", "celog", "širom", "oriunde", "toată", "orice", "bármely", "bárhonnan", "bárhol",
	"egész", "οπουδήποτε", "όλο τον", "όλου του", "любой", "любого", "всего", "всему", "будь-як", "всього", "всьому", "всяка",
	"навсякъде", "целия", "цял",
}

// eastNorthWorldAt reports whether the world noun at word i has an
// "anywhere" word in the 40 bytes before it or the 30 after it, in its
// sentence, and no "leading" word after it.
func eastNorthWorldAt(text string, ws []enWord, i int) bool {
	lo := max(eastNorthClauseStart(text, ws[i].lo), ws[i].lo-48)
	hi := min(len(text), ws[i].hi+36)
	if j := strings.IndexAny(text[ws[i].hi:hi], ".;!?\n"); j >= 0 {
		hi = ws[i].hi + j
	}
	if i+1 < len(ws) && ws[i+1].lo < hi && containsAnyKey(ws[i+1].low, eastNorthTraps) {
		return false // "maailman johtava"
	}
	return containsAnyKey(strings.ToLower(text[lo:hi]), eastNorthAnywhere)
}

// eastNorthAnyCountryRead reads "any country" with no place after it nor
// an exception: worldwide; nil when there is none.
func eastNorthAnyCountryRead(text string, ws []enWord) []string {
	if !hasKeyHit(eastNorthAnyKeys, text) {
		return nil
	}
	low := strings.ToLower(text)
	for _, p := range eastNorthAnyCountry {
		at := strings.Index(low, p)
		if at < 0 {
			continue
		}
		end := at + len(p)
		rest := low[end:]
		if j := strings.IndexAny(rest, ".;!?\n"); j >= 0 {
			rest = rest[:j]
		}
		if containsAnyKey(rest, eastNorthExcept) || eastNorthPlaceAfter(text[end:end+len(rest)]) {
			continue
		}
		return []string{RegionWorldwide}
	}
	return nil
}

// eastNorthPlaceAfter reports whether one of the first four words of s
// opens a place name (these languages' or any other table's), the world
// apart: "любой страны ЕС", "cualquier país de la UE".
func eastNorthPlaceAfter(s string) bool {
	if j := strings.IndexAny(s, ".;!?\n"); j >= 0 {
		s = s[:j]
	}
	ws := eastNorthWords(s)
	for i := 0; i < len(ws) && i < 4; i++ {
		if eastNorthWorld[ws[i].low] {
			return false
		}
		if rs, _ := eastNorthName(s, ws, i); rs != nil {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(s[ws[i].lo:]); unicode.IsUpper(r) && foreignPlaceName(s[ws[i].lo:]) != nil {
			return true // "cualquier país de la UE"
		}
		if code, ok := foreignShapeNames[ws[i].low]; ok && code != RegionWorldwide {
			return true
		}
	}
	return false
}
