package normalize

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Where a remote or hybrid worker may be, in German, French, Spanish,
// Portuguese, Italian, Dutch and Polish shapes the readers before leave
// without a place (audit N; table tests and traps in
// region_foreign_scope_shapes_test.go). Read only for a remote or hybrid
// listing with no region yet, after reviseForeignWhereFrom:
//
//   - a work permit with an adjective or in a language foreignScope does
//     not read: "un permis de travail valide pour le Canada", "permesso di
//     lavoro valido per l'Unione Europea", "werkvergunning voor
//     Nederland", "pozwolenie na pracę w Polsce";
//   - residence as a noun: "la residenza in Italia", "residência em
//     Portugal", "woonplaats in België";
//   - a verb of living with "in" (German, Dutch, Italian): "du lebst in
//     Österreich", "je woont in de Benelux", "vivi in Italia";
//   - candidates or people from or based in a place: "candidats basés en
//     France ou en Belgique", "kandydaci z Niemiec lub Polski", "osoby z
//     krajów UE", "kandidaten uit België";
//   - the mode word, a plain "in" and a country: "modalidad híbrida en
//     España", "praca hybrydowa w Polsce", "lavoro da remoto nell'UE";
//   - "wherever you like" alone beside remote wording: "puoi lavorare
//     ovunque", "de n'importe où dans le monde", "desde donde quieras"
//     (worldwide; "ovunque in Italia" names its place);
//   - a Central or Eastern European time zone after a time-zone word of
//     these languages: "Zeitzone MEZ", "fuso orario CET", "strefie
//     czasowej CET", "mitteleuropäische Zeit" (EU).
//
// A plain preposition and a live verb also name the company's town ("wir
// leben in Berlin", "híbrido en Madrid"), so those two read only the name
// of a country or a group of countries, never a town. A place said of
// customers or a market ("Kunden in ganz Europa", "clientes de toda
// Latinoamérica") is no scope: marketBefore, which the older readers of
// these languages ask too.

var (
	// permitScope is a work permit and the preposition before its place.
	permitScope = newKeyRegexp(`(?i)\b(?:(?:autorisation|permis)\s+de\s+travail|permesso\s+di\s+lavoro|permiso\s+de\s+trabajo|autoriza(?:ç|c)(?:ã|a)o\s+de\s+trabalho|werkvergunning|pozwoleni\p{L}*\s+na\s+prac\p{L}*|arbeitserlaubnis|arbeitsgenehmigung)`+
		`\s+(?:(?:valide|valable|valido|valida|válido|válida|vigente|geldige|geldig|ważne|ważnego|gültige|gültigen)\s+)?(?:pour|en|au|aux|per|in|para|em|no|na|voor|w|für)\s*(?:(?:la|le|les|il|lo|el|los|o|a|de|het|die|den|das)\s+|l['’]\s*)?`, 60, 60,
		permitScopeKeys...)
	permitScopeKeys = []string{"de travail", "di lavoro", "de trabajo", "de trabalho", "werkvergunning", "pozwoleni", "arbeitserlaubnis", "arbeitsgenehmigung"}

	// residenceNoun is residence as a noun before its place.
	residenceNoun = newKeyRegexp(`(?i)\b(?:residenz[ae]|resid(?:ê|e)ncia|woonplaats|domicilio|domicílio)\s+(?:fiscale?\s+)?(?:in|nel|nella|nell['’]|em|no|na|en|binnen)\s*(?:(?:la|el|o|a|de|het)\s+)?`, 20, 40,
		residenceNounKeys...)
	residenceNounKeys = []string{"residenz", "residên", "residenc", "woonplaats", "domicili"}

	// liveInCountry is a verb of living and "in": the place must be a
	// country's name (countryLevelPlace).
	liveInCountry = newKeyRegexp(`(?i)\b(?:(?:woonachtig|gevestigd)(?:\s+(?:zijn|bent|is|te\s+zijn))?|lebst|lebt|leben|wohnst|wohnt|wohnen|woon|woont|wonen|vivi|vive|vivere|vivono|abiti|abita|abitare|abitano|risiedi|risiede|risiedere|risiedono)\s+(?:in|im|nell['’]|nella|nel)\s*(?:(?:der|den|de|het)\s+)?`, 12, 20,
		liveInKeys...)
	liveInKeys = []string{"lebst", "lebt ", "leben ", "wohn", "woon", "wonen", "gevestigd", "vivi", "vive", "vivon", "abit", "risied"}

	// germanModalIn is a German modal and "in" whose verb of living ends
	// the clause: "Du musst in Deutschland wohnen", "Sie sollten in
	// Österreich ansässig sein" (germanLiveVerbFinal checks the verb).
	germanModalIn = newKeyRegexp(`(?i)\b(?:musst|muss|müssen|solltest|sollte|sollten|sollst)\s+(?:du\s+|sie\s+|ihr\s+)?(?:(?:dauerhaft|ständig|bereits)\s+)?(?:in|im)\s+(?:der\s+|den\s+)?`, 10, 20,
		germanModalKeys...)
	germanModalKeys     = []string{"muss", "ssen in", "ssen im", "sollt", "sollst"}
	germanLiveVerbFinal = regexp.MustCompile(`(?i)^[^.;!?\n]{2,40}?\s(?:wohnen|leben|wohnhaft\s+sein|ansässig\s+sein)\b`)

	// peopleFrom is candidates or people from or based in a place.
	peopleFrom = newKeyRegexp(`(?i)\b(?:candidat(?:e|s|es|i|os|as)?|kandyda\p{L}*|os(?:ó|o)b(?:y|om|ami)?|kandidaten|bewerber(?:innen)?|profili)\s+`+
		`(?:(?:bas(?:é|e)(?:e|s|es)?|r(?:é|e)sid(?:ant|ants|ante|antes|enti|ente)|domicili(?:é|e|ati)(?:e|s|es)?|situ(?:é|e)(?:e|s|es)?|localis(?:é|e)(?:e|s|es)?|woonachtig|wonend|basati|wohnhaft|ubicad[oa]s|radicad[oa]s|baseado?s|localizad[oa]s|mieszkaj(?:ą|a)c\p{L}*|zamieszka(?:ł|l)\p{L}*)\s+)?`+
		`(?:en|em|no|na|au|aux|dans|in|im|w|z|ze|uit|aus|dall['’]|dalla|dal)\s*(?:(?:la|le|les|der|den|de|het)\s+|l['’]\s*)?(?:kraj(?:ów|ow|u)\s+)?`, 20, 60,
		peopleFromKeys...)
	peopleFromKeys = []string{"candidat", "kandyda", "osób", "osob", "kandidaten", "bewerber", "profili"}

	// modeInCountry is a remote or hybrid word, a plain "in" and a place
	// that must be a country's name.
	modeInCountry = newKeyRegexp(`(?i)\b(?:full[- ]?remote|remote|remot[oa]|zdaln\p{L}*|hybrid\p{L}*|h(?:í|i)brid[oa]s?|ibrid[oa]|hybrydow\p{L}*|t(?:é|e)l(?:é|e)travail|teletrabajo|teletrabalho|home[- ]?office|thuiswerk(?:en)?|smart\s+working)`+
		`(?:\s+(?:werken|arbeiten|praca|lavoro|trabajo|trabalho))?\s*,?\s+(?:in|en|em|no|na|w|nell['’]|nella|nel|im|dans|binnen)\s*(?:(?:la|el|o|a|de|het|der|den)\s+)?`, 30, 40,
		modeInKeys...)
	modeInKeys = []string{"remot", "zdaln", "hybrid", "brid", "hybryd", "travail", "teletrab", "home office", "homeoffice", "home-office", "thuiswerk", "smart working"}

	// anyCountryOf is Polish "from any country (state) of" a region or in
	// a country: "z dowolnego kraju Unii Europejskiej".
	anyCountryOf = newKeyRegexp(`(?i)\b(?:z|ze)\s+(?:dowolnego|każdego|jakiegokolwiek)\s+(?:kraju|państwa)\s+(?:(?:w|na\s+terenie|z)\s+)?`, 12, 30,
		anyCountryOfKeys...)
	anyCountryOfKeys = []string{"dowolnego kraju", "dowolnego państwa", "każdego kraju", "każdego państwa", "jakiegokolwiek kraju"}

	// anywhereAlone is "wherever you like" in these languages.
	anywhereAlone = newKeyRegexp(`(?i)\b(?:ovunque|(?:de\s+|d['’]\s*)?n['’]importe\s+o(?:ù|u)|o(?:ù|u)\s+que\s+vous\s+soyez|(?:desde\s+)?donde\s+(?:quieras|prefieras)|de\s+onde\s+quiser|onde\s+(?:quiser|preferir)|da\s+dove\s+vuoi|waar\s+ter\s+wereld|sk(?:ą|a)dkolwiek|gdziekolwiek|von\s+(?:jedem\s+(?:beliebigen\s+)?ort|(?:ü|ue)berall)(?:\s+(?:der|auf\s+der|in\s+der)\s+welt)?(?:\s+aus)?|egal\s+wo\s+(?:du|ihr|sie)\s+(?:wohnst|lebst|wohnt|lebt|wohnen|leben|bist|seid|sind))`, 12, 30,
		anywhereAloneKeys...)
	anywhereAloneKeys = []string{"ovunque", "importe o", "que vous soyez", "donde quieras", "onde quiser", "dove vuoi", "waar ter wereld", "dkolwiek", "gdziekolwiek", "donde prefieras", "onde preferir", "jedem ort", "jedem beliebigen ort", "berall", "egal wo"}

	// zoneWordEU is a time-zone word of these languages and a European
	// zone after it ("Zeitzone MEZ", "fuso orario CET", "tijdzone CET",
	// "strefie czasowej CET"), or Central European time written out.
	zoneWordEU = newKeyRegexp(`(?i)\b(?:zeitzone|fuseau(?:\s+horaire)?|fuso(?:\s+orario)?|huso\s+horario|zona\s+horaria|tijdzone|tijdszone|strefi[ea]\s+czasow\p{L}*|strefa\s+czasowa|strefy\s+czasowej)\s+(?:(?:de|di|del|van|der|la)\s+)?(?:CET|CEST|MEZ|MESZ|OEZ|EET|EEST|(?:UTC|GMT)\s?\+\s?0?[12])\b|`+
		`\bmitteleurop(?:ä|ae)isch\p{L}*\s+(?:zeit|zeitzone|arbeitszeit)\p{L}*|\bMidden-Europese\s+tijd\b|\bczas\p{L}*\s+(?:ś|s)rodkowoeuropejsk\p{L}*`, 40, 40,
		zoneWordKeys...)
	zoneWordKeys = []string{"zeitzone", "fuseau", "fuso", "huso", "zona horaria", "tijdzone", "tijdszone", "strefi", "strefa", "strefy", "mitteleurop", "midden-europese", "rodkowoeuropejsk"}

	foreignShapeKeys = keyGate(zoneWordKeys, permitScopeKeys, residenceNounKeys, liveInKeys, germanModalKeys, peopleFromKeys, modeInKeys, anywhereAloneKeys, anyCountryOfKeys)

	// listPrep is a preposition repeated before a later item of a list:
	// "en France ou en Belgique", "w Czechach lub na Słowacji".
	listPrep = regexp.MustCompile(`(?i)^(?:en|au|aux|in|im|w|we|na|z|ze|em|no|uit|aus|dalla|dal|dall['’]|da|vanuit|from)\s+`)

	// marketBeforeRe is a customer or market noun and at most two words
	// at the end of the text before a scope phrase.
	marketBeforeRe = regexp.MustCompile(`(?i)(?:kunden|kundinnen|clients?|clientes|clienti|klanten|klient\p{L}*|m(?:ä|a)rkte?n?|mercados?|march(?:é|e)s?|mercati?|rynk\p{L}*|partner\p{L}*|usuarios|utilisateurs|utenti|gebruikers|u(?:ż|z)ytkownik\p{L}*|filiais|filiales|sedi|b(?:ü|u)ros|kantoren|bureaux|escrit(?:ó|o)rios|oficinas|uffici|biur\p{L}*)(?:\s+[\p{L}'’]+){0,2}\s*$`)
	marketKeys     = []string{"kund", "client", "klant", "klient", "markt", "märkt", "mercad", "march", "mercat", "rynk", "partner", "usuario", "utilisateur", "utenti", "gebruiker", "ytkownik", "filial", "sedi", "büro", "buro", "kantoren", "bureaux", "escrit", "oficina", "uffici", "biur"}
)

// foreignShapeNames are place names in the case the shapes above put them
// in, and names the tables lack.
var foreignShapeNames = map[string]string{
	"czechach": "CZ", "czechy": "CZ", "słowacji": "SK", "słowacja": "SK", "niemczech": "DE", "niemiec": "DE", "niemcy": "DE",
	"francji": "FR", "włoszech": "IT", "włoch": "IT", "hiszpanii": "ES", "portugalii": "PT", "holandii": "NL", "belgii": "BE",
	"austrii": "AT", "szwajcarii": "CH", "irlandii": "IE", "szwecji": "SE", "norwegii": "NO", "danii": "DK", "finlandii": "FI",
	"litwie": "LT", "litwy": "LT", "łotwie": "LV", "łotwy": "LV", "estonii": "EE", "rumunii": "RO", "węgrzech": "HU", "węgier": "HU",
	"ukrainie": "UA", "ukrainy": "UA", "chorwacji": "HR", "bułgarii": "BG", "grecji": "GR", "wielkiej brytanii": "GB",
	"ue": RegionEU, "eu": RegionEU, "unii europejskiej": RegionEU, "unia europejska": RegionEU, "unione europea": RegionEU, "unión europea": RegionEU, "união europeia": RegionEU,
	"latinoamérica": RegionLATAM, "latinoamerica": RegionLATAM, "américa latina": RegionLATAM, "america latina": RegionLATAM,
	"deutschland": "DE", "österreich": "AT", "schweiz": "CH", "italia": "IT", "nederland": "NL", "belgië": "BE", "polsce": "PL", "polski": "PL",
}

var (
	countryLevelOnce sync.Once
	countryLevelKeys map[string]bool
)

// countryLevelPlace reports whether name (lower case) names a country, a
// group of countries or a wider area, not a town: the country and area
// name tables, the English names of the world's countries and the names
// above.
func countryLevelPlace(name string) bool {
	countryLevelOnce.Do(func() {
		countryLevelKeys = map[string]bool{}
		add := func(key, _ string) { countryLevelKeys[key] = true }
		eachRegionName(countryNamesWorld, add)
		eachRegionName(areaNamesWorld, add)
		for _, wc := range worldCountries {
			countryLevelKeys[strings.ToLower(wc.name)] = true
		}
		data := countryNamesISOData
		for data != "" {
			var line string
			line, data, _ = strings.Cut(data, "\n")
			if n, _, ok := strings.Cut(line, "\t"); ok {
				countryLevelKeys[countryNameKey(n)] = true
			}
		}
		for _, m := range []map[string]string{foreignNames, foreignResidenceNames, foreignShapeNames} {
			for k := range m {
				countryLevelKeys[k] = true
			}
		}
		for k := range regionGroups {
			countryLevelKeys[k] = true
		}
		for k, code := range regionNames {
			if len(code) != 2 && code != RegionWorldwide {
				countryLevelKeys[k] = true // "europe", "latin america"
			}
		}
		for _, k := range []string{"united states", "usa", "uk", "united kingdom", "españa", "méxico", "brasil", "perú", "polska", "belgique", "suisse", "éire", "österreich", "schweiz", "deutschland", "nederland", "belgië", "italia", "france", "portugal"} {
			countryLevelKeys[k] = true
		}
	})
	return countryLevelKeys[name]
}

// shapePlaceList reads the place at the start of s and the places listed
// after it to the end of its clause, a later item's own preposition
// skipped ("en France ou en Belgique"); with countryOnly, every item must
// name a country or wider area. nil when the first names none.
func shapePlaceList(s string, countryOnly bool) []string {
	return readPlaceList(s, func(i int, item string) []string { // region_sentence_foreign.go
		if i > 0 {
			item = listPrep.ReplaceAllString(item, "")
		}
		return shapePlace(foreignArticle.ReplaceAllString(item, ""), countryOnly)
	})
}

// shapePlace reads the place of the first one to three words of s.
func shapePlace(s string, countryOnly bool) []string {
	s = strings.TrimLeft(s, "'’ ")
	words := strings.Fields(s)
	for n := min(3, len(words)); n >= 1; n-- {
		name := strings.TrimRight(strings.Join(words[:n], " "), ".,;:!?)")
		low := strings.ToLower(name)
		if code, ok := foreignShapeNames[low]; ok {
			return []string{code}
		}
		if countryOnly && !countryLevelPlace(low) {
			continue
		}
		if rs := foreignPlaceName(name); rs != nil {
			return rs
		}
		if code, ok := foreignResidenceNames[low]; ok {
			return []string{code}
		}
	}
	return nil
}

// marketBefore reports whether the scope phrase at text[at:] is said of
// customers, a market or offices: "unsere Kunden in ganz Europa",
// "clientes de toda Latinoamérica", "filiais em todo o Brasil".
func marketBefore(text string, at int) bool {
	lo := max(0, at-40)
	for lo < at && !utf8.RuneStart(text[lo]) {
		lo++
	}
	win := text[lo:at]
	if i := strings.LastIndexAny(win, ".!?;\n"); i >= 0 {
		win = win[i+1:]
	}
	return containsAnyFold(win, marketKeys) && marketBeforeRe.MatchString(win)
}

// reviseForeignScopeShapes reads the shapes above, and the Japanese ones
// (region_japanese_scopes.go), into a remote or hybrid listing's regions
// when no reader before named one.
func reviseForeignScopeShapes(text string, ri RemoteInfo) RemoteInfo {
	if (ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteHybrid) || len(ri.Regions) > 0 || text == "" {
		return ri
	}
	if rs := foreignScopeShapes(text); len(rs) > 0 {
		ri.Regions = rs
	} else if rs := japaneseScopes(text); len(rs) > 0 {
		ri.Regions = rs
	}
	return ri
}

// foreignScopeShapes returns the regions of the first shape above that
// names a place, or nil.
func foreignScopeShapes(text string) []string {
	if !hasKeyHit(foreignShapeKeys, text) {
		return nil
	}
	read := func(k *keyRegexp, countryOnly bool) []string {
		for _, m := range k.FindAllStringIndex(text, 6) {
			if marketBefore(text, m[0]) {
				continue
			}
			if rs := shapePlaceList(text[m[1]:], countryOnly); rs != nil && !isWorldOnly(rs) {
				return rs
			}
		}
		return nil
	}
	if rs := read(permitScope, false); rs != nil {
		return rs
	}
	if rs := read(residenceNoun, false); rs != nil {
		return rs
	}
	if rs := read(peopleFrom, false); rs != nil {
		return rs
	}
	if rs := read(liveInCountry, true); rs != nil {
		return rs
	}
	for _, m := range germanModalIn.FindAllStringIndex(text, 4) {
		if germanLiveVerbFinal.MatchString(text[m[1]:]) {
			if rs := shapePlaceList(text[m[1]:], true); rs != nil && !isWorldOnly(rs) {
				return rs // "Du musst in Deutschland wohnen."
			}
		}
	}
	if rs := read(modeInCountry, true); rs != nil {
		return rs
	}
	if rs := read(anyCountryOf, true); rs != nil {
		return rs // "z dowolnego kraju Unii Europejskiej"
	}
	if zoneWordEU.MatchString(text) {
		return []string{RegionEU} // "in der Zeitzone MEZ"
	}
	for _, m := range anywhereAlone.FindAllStringIndex(text, 4) {
		if n := anywhereNamed.FindStringSubmatch(text[m[1]:]); n != nil && foreignPlaceListMore(n[1]) != nil {
			continue // "ovunque in Italia": a scope, read elsewhere
		}
		if containsAnyFold(anywhereClause(text, m[1], m[1], 0, 30), foreignWorldExcept) {
			continue // "ovunque tranne la Cina": the world less some is no scope (region_foreign_scopes_more.go)
		}
		if remoteNear.MatchString(anywhereClause(text, m[0], m[1], 60, 40)) {
			return []string{RegionWorldwide}
		}
	}
	return nil
}
