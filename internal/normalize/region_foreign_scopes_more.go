package normalize

import (
	"regexp"
	"strings"
)

// Where remote work may be done from, in French, Dutch, Polish, Portuguese,
// Spanish, German, Italian, Ukrainian, Russian and Turkish wording that
// foreignScope (region_sentence_foreign.go) does not read (round 39s;
// table tests and traps in region_foreign_scopes_more_test.go):
//
//   - residence in French, Polish and Dutch: "Vous devez résider en
//     France", "wymagane zamieszkanie w Polsce", "je moet in Nederland
//     wonen", "Thuiswerken binnen Nederland", "partout en Europe";
//   - a location label before the place: "Localização: América Latina
//     (LATAM)", "Ubicación: Colombia", "Sede di lavoro: Bologna";
//   - anywhere in the world, said beside the remote wording: "Full Remote
//     weltweit", "100% remoto desde cualquier lugar del mundo", "z
//     dowolnego miejsca na świecie", "Удалённо, из любой страны"; a
//     company "weltweit" (customers, offices) is no scope;
//   - Ukrainian and Russian residence ("перебувають в Україні") and Turkish
//     "Türkiye’nin her yerinden" (from anywhere in Turkey).
//
// Read only for a remote or hybrid listing with no region yet.
var (
	// foreignResidence is a residence or scope word before its place.
	foreignResidence = newKeyRegexp(`(?i)(?:\br(?:é|e)sid(?:er|ez|ant|ante|ants|antes|ent|ente|ents|entes)|\bdomicili(?:é|e)e?s?|\bhabite[rz]|\bvivre|\bvivez|\bpartout)\s+(?:en|au|aux|à|du|de\s+la|des|dans\s+l['’]\s*|dans\s+(?:le|la|les)\s+)\s*|`+
		`\b(?:zamieszka\p{L}*|mieszka(?:ć|c|nie|jąc\p{L}*)|przebywa\p{L}*)\s+(?:w|na)\s+|`+
		`\bbinnen\s+`, 16, 40,
		foreignResidenceKeys...)
	// scopeAfterRemote is remote or home wording and, in these languages,
	// the preposition that puts a place after it: "full remote depuis la
	// France", "Lavoro full remote da tutta Italia", "100% home office
	// para todo o Brasil", "Volledig remote binnen Nederland",
	// "Remote-Arbeit aus der gesamten EU". A plain "in", "en", "em",
	// "para", "per", "de" or "dans" (which also name the company's own
	// city) counts only with an "all" word after it. English prepositions
	// are read elsewhere.
	scopeAfterRemote = newKeyRegexp(`(?i)\b(?:full[- ]remote|remote(?:[- ]?(?:Arbeit|Work))?|remot[oa]|en\s+remoto|da\s+remoto|t(?:é|e)l(?:é|e)travail|(?:à|a)\s+distance|home\s*office|homeoffice|teletrabajo|teletrabalho|smart\s+working|thuis\s*werk(?:en)?|zdaln\p{L}*|mobile[sn]?\s+Arbeiten)`+
		`[\s,:(–-]*(?:(?:100\s*%|possible|possibile|poss(?:í|i)vel|posible|m(?:ö|oe)glich|mogelijk|ist|est|es)\s+)?`+
		`(?:(?:depuis|desde|da|aus|vanuit|binnen|z)\s+|(?:para|em|en|in|per|de|dans|da|aus|depuis|desde)\s+(?:tutt[oa]|tod[oa]s?|toute?s?|gesamten|ganzen)\s+)`+
		`(?:(?:il|la|lo|le|les|el|los|las|o|a|os|as|der|dem|den|des|gesamten|ganzen|terenu|tutt[oa]|tod[oa]s?|toute?s?|l['’])\s*)*`, 60, 30,
		scopePrepKeys...)
	// dutchLiveIn: "in Nederland wonen", the place before the verb.
	dutchLiveIn = newKeyRegexp(`(?i)\bin\s+(\p{L}+)\s+(?:wonen|woont|woonachtig|gevestigd)\b`, 40, 12, dutchLiveKeys...)
	// foreignPlaceLabel is a location label at the start of a line or sentence.
	foreignPlaceLabel = newKeyRegexp(`(?i)(?:^|[\n.;|•]\s*)(?:Localiza(?:ç|c)(?:ã|a)o|Ubicaci(?:ó|o)n|Localizaci(?:ó|o)n|Standort|Arbeitsort|Einsatzort|Dienstort|Localisation|Lieu\s+de\s+travail|Sede\s+di\s+lavoro|Luogo\s+di\s+lavoro|Locatie|Werklocatie|Lokalizacja|Miejsce\s+pracy)\s*:\s*`, 4, 24,
		labelKeys...)
	// foreignAnywhere is "from anywhere (in the world)" in these languages.
	foreignAnywhere = newKeyRegexp(`(?i)\b(?:weltweit|desde\s+cualquier\s+(?:lugar|parte)(?:\s+del\s+mundo)?|de\s+qualquer\s+(?:lugar|parte)(?:\s+do\s+mundo)?|da\s+qualsiasi\s+(?:luogo|parte)(?:\s+del\s+mondo)?|da\s+ovunque|z\s+dowolnego\s+miejsca(?:\s+na\s+(?:ś|s)wiecie)?|depuis\s+n['’]importe\s+o(?:ù|u)(?:\s+dans\s+le\s+monde)?|overal\s+(?:ter\s+wereld|vandaan))`, 8, 30,
		anywhereKeys...)
	// anywhereNamed: the anywhere phrase goes on to name a place ("desde
	// cualquier lugar de España"): a scope, read elsewhere.
	anywhereNamed = regexp.MustCompile(`(?i)^\s*(?:in|en|de|del|w|na|em|no|dans|innerhalb|within)\s+(?:(?:la|el|le|o|a|der|die|den)\s+)?(\p{L}[\p{L}'’ -]{1,30})`)
	// remoteNear is remote or home wording in these languages.
	remoteNear = regexp.MustCompile(`(?i)remot|home[- ]?office|homeoffice|t(?:é|e)l(?:é|e)travail|teletrabajo|teletrabalho|zdaln|thuiswerk|smart\s+working|von\s+zu\s*hause|(?:на\s+)?удал(?:ё|е)нн|віддален|uzaktan`)
	// cyrillicAnywhere: "из любой страны" (Russian), "з будь-якої країни"
	// (Ukrainian): from any country.
	cyrillicAnywhere = regexp.MustCompile(`(?i)(?:^|[^\p{L}])из\s+любой\s+(?:страны|точки\s+мира)|(?:^|[^\p{L}])з\s+будь-якої\s+(?:країни|точки\s+світу)`)
	// cyrillicResidence: being or living in a place, in Ukrainian or
	// Russian; the place's name follows in foreignResidenceNames.
	cyrillicResidence = regexp.MustCompile(`(?i)(?:перебува\p{L}*|прожива\p{L}*|знаход\p{L}*|находя\p{L}*|находи\p{L}*)\s+(?:в|у|на)\s+(\p{L}+)`)
	// turkishAnywhereIn: "Türkiye’nin her yerinden" (from anywhere in
	// Turkey).
	turkishAnywhereIn = newKeyRegexp(`(\p{L}+)['’]?n[ıi]n\s+her\s+yerinden`, 40, 2, "yerinden")
)

// The key words of the regexps above, and foreignScopeKeys, all of them.
var (
	foreignResidenceKeys = []string{"ésid", "esider", "esidez", "esidant", "esidente", "domicili", "habite", "vivre", "vivez", "partout", "mieszka", "przebywa", "binnen"}
	dutchLiveKeys        = []string{"wonen", "woont", "woonachtig", "gevestigd"}
	labelKeys            = []string{"localizaç", "localizacao", "localizaci", "ubicaci", "localisation", "standort", "arbeitsort", "einsatzort", "dienstort", "lieu de", "sede di", "luogo", "locatie", "lokalizacja", "miejsce"}
	anywhereKeys         = []string{"weltweit", "cualquier", "qualquer", "qualsiasi", "ovunque", "dowolnego", "importe o", "overal ter", "overal van"}
	scopePrepKeys        = []string{"depuis", "desde", " da ", "aus ", "vanuit", "binnen", " z ", "tutt", "todo ", "toda ", "todos ", "todas ", "toute", "gesamten", "ganzen"}
	foreignWorldExcept   = []string{"excepto", "exceto", "salvo", "sauf", "außer", "ausser", "ausgenommen", "tranne", "eccetto", "oprócz", "z wyjątkiem", "behalve"}
	foreignScopeKeys     = keyGate(foreignResidenceKeys, dutchLiveKeys, labelKeys, anywhereKeys, scopePrepKeys)
)

// foreignResidenceNames are place names in the case the phrases above put
// them in, and names foreignNames lacks.
var foreignResidenceNames = map[string]string{
	"україні": "UA", "украине": "UA", "україна": "UA", "украина": "UA", "польщі": "PL", "польше": "PL",
	"росії": "RU", "россии": "RU", "рф": "RU", "казахстане": "KZ", "казахстані": "KZ", "беларуси": "BY", "білорусі": "BY",
	"європі": RegionEU, "европе": RegionEU, "грузии": "GE", "грузії": "GE", "армении": "AM", "вірменії": "AM",
	"türkiye": "TR", "turkiye": "TR",
	"américa latina": RegionLATAM, "america latina": RegionLATAM, "latinoamérica": RegionLATAM, "latinoamerica": RegionLATAM,
	"nederland": "NL", "polsce": "PL",
}

// foreignScopeMore reads the phrases above; nil when none names a place.
func foreignScopeMore(text string) []string {
	if rs := nonLatinScope(text); rs != nil {
		return rs
	}
	if !hasKeyHit(foreignScopeKeys, text) {
		return nil
	}
	// Each regexp runs only in windows around its rare key words: these are
	// read for every remote listing with no region yet, most of them
	// English.
	for _, m := range foreignResidence.FindAllStringIndex(text, 4) {
		if rs := foreignPlaceListMore(text[m[1]:]); rs != nil {
			return rs
		}
	}
	for _, m := range dutchLiveIn.FindAllStringSubmatchIndex(text, 4) {
		if rs := foreignPlaceListMore(text[m[2]:m[3]]); rs != nil {
			return rs
		}
	}
	for _, m := range scopeAfterRemote.FindAllStringIndex(text, 6) {
		if rs := foreignPlaceListMore(text[m[1]:]); rs != nil {
			return rs
		}
	}
	for _, m := range foreignPlaceLabel.FindAllStringIndex(text, 4) {
		if rs := foreignPlaceListMore(text[m[1]:]); rs != nil {
			return rs
		}
	}
	for _, m := range foreignAnywhere.FindAllStringIndex(text, 4) {
		if n := anywhereNamed.FindStringSubmatch(text[m[1]:]); n != nil && foreignPlaceListMore(n[1]) != nil {
			continue // "desde cualquier lugar de España": a scope
		}
		if containsAnyFold(anywhereClause(text, m[1], m[1], 0, 30), foreignWorldExcept) {
			continue // "de qualquer lugar, exceto Cuba": the world less some is no scope (region_where_from.go's worldExcept)
		}
		if remoteNear.MatchString(anywhereClause(text, m[0], m[1], 40, 30)) {
			return []string{RegionWorldwide}
		}
	}
	return nil
}

// nonLatinScope reads the Cyrillic and Turkish phrases; nil when none.
func nonLatinScope(text string) []string {
	if strings.IndexByte(text, 0xD0) < 0 && strings.IndexByte(text, 0xD1) < 0 { // no Cyrillic letter
		return turkishScope(text)
	}
	if rs := turkishScope(text); rs != nil {
		return rs
	}
	if strings.Contains(text, "любой") || strings.Contains(text, "будь-як") {
		if m := cyrillicAnywhere.FindStringIndex(text); m != nil && !eastNorthPlaceAfter(text[m[1]:]) {
			return []string{RegionWorldwide} // not "из любой страны ЕС" (region_east_north_scopes.go)
		}
	}
	if strings.Contains(text, "перебува") || strings.Contains(text, "прожива") || strings.Contains(text, "знаход") || strings.Contains(text, "находи") || strings.Contains(text, "находя") {
		for _, m := range cyrillicResidence.FindAllStringSubmatch(text, 4) {
			if code, ok := foreignResidenceNames[strings.ToLower(m[1])]; ok {
				return []string{code}
			}
		}
	}
	return nil
}

// turkishScope reads "Türkiye’nin her yerinden"; nil when absent.
func turkishScope(text string) []string {
	for _, m := range turkishAnywhereIn.FindAllStringSubmatch(text, 2) {
		if code, ok := foreignResidenceNames[strings.ToLower(m[1])]; ok {
			return []string{code}
		}
	}
	return nil
}

// foreignPlaceListMore is foreignPlaceList knowing the names of
// foreignResidenceNames too: "América Latina (LATAM)".
func foreignPlaceListMore(s string) []string {
	if rs := foreignPlaceList(s); rs != nil {
		return rs
	}
	if i := strings.IndexAny(s, ".;:!?\n(),"); i >= 0 {
		s = s[:i]
	}
	words := strings.Fields(s)
	for n := min(2, len(words)); n >= 1; n-- {
		if code, ok := foreignResidenceNames[strings.ToLower(strings.Join(words[:n], " "))]; ok {
			return []string{code}
		}
	}
	return nil
}

// anywhereClause is up to before bytes before [a, b) and after bytes after
// it, cut at the sentence ends on either side: "Unsere Kunden sitzen
// weltweit" does not reach the "remote" of the sentence before.
func anywhereClause(text string, a, b, before, after int) string {
	lo := max(0, a-before)
	if i := strings.LastIndexAny(text[lo:a], ".!?\n"); i >= 0 {
		lo += i + 1
	}
	hi := min(len(text), b+after)
	if i := strings.IndexAny(text[b:hi], ".!?\n"); i >= 0 {
		hi = b + i
	}
	return text[lo:hi]
}
