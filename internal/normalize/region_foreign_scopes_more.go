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
	foreignResidence = guardRegexpLists(`(?i)(?:\br(?:é|e)sid(?:er|ez|ant|ante|ants|antes|ent|ente|ents|entes)|\bdomicili(?:é|e)e?s?|\bhabite[rz]|\bvivre|\bvivez|\bpartout)\s+(?:en|au|aux|à|dans\s+l['’]\s*|dans\s+(?:le|la|les)\s+)\s*|`+
		`\b(?:zamieszka\p{L}*|mieszka(?:ć|c|nie|jąc\p{L}*)|przebywa\p{L}*)\s+(?:w|na)\s+|`+
		`\bbinnen\s+`,
		[]string{"sid", "domicil", "habite", "vivre", "vivez", "partout", "mieszka", "przebywa", "binnen"})
	// dutchLiveIn: "in Nederland wonen", the place before the verb.
	dutchLiveIn = guardRegexp(`(?i)\bin\s+(\p{L}+)\s+(?:wonen|woont|woonachtig|gevestigd)\b`)
	// foreignPlaceLabel is a location label at the start of a line or sentence.
	foreignPlaceLabel = guardRegexpLists(`(?i)(?:^|[\n.;|•]\s*)(?:Localiza(?:ç|c)(?:ã|a)o|Ubicaci(?:ó|o)n|Localizaci(?:ó|o)n|Standort|Arbeitsort|Einsatzort|Dienstort|Localisation|Lieu(?:\s+de\s+travail)?|Sede(?:\s+di\s+lavoro)?|Luogo\s+di\s+lavoro|Locatie|Werklocatie|Lokalizacja|Miejsce\s+pracy)\s*:\s*`,
		[]string{"locali", "ubicaci", "ort", "lieu", "sede", "luogo", "locatie", "lokalizacja", "miejsce"})
	// foreignAnywhere is "from anywhere (in the world)" in these languages.
	foreignAnywhere = guardRegexpLists(`(?i)\b(?:weltweit|desde\s+cualquier\s+(?:lugar|parte)(?:\s+del\s+mundo)?|de\s+qualquer\s+(?:lugar|parte)(?:\s+do\s+mundo)?|da\s+qualsiasi\s+(?:luogo|parte)(?:\s+del\s+mondo)?|da\s+ovunque|z\s+dowolnego\s+miejsca(?:\s+na\s+(?:ś|s)wiecie)?|depuis\s+n['’]importe\s+o(?:ù|u)(?:\s+dans\s+le\s+monde)?|overal\s+(?:ter\s+wereld|vandaan))`,
		[]string{"weltweit", "cualquier", "qualquer", "qualsiasi", "ovunque", "dowolnego", "importe", "overal"})
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
	turkishAnywhereIn = regexp.MustCompile(`(\p{L}+)['’]?n[ıi]n\s+her\s+yerinden`)
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
	for _, m := range foreignResidence.FindAllStringIndex(text, 4) {
		if rs := foreignPlaceListMore(text[m[1]:]); rs != nil {
			return rs
		}
	}
	if hasFold(text, "in ") {
		for _, m := range dutchLiveIn.FindAllStringSubmatchIndex(text, 4) {
			if rs := foreignPlaceListMore(text[m[2]:m[3]]); rs != nil {
				return rs
			}
		}
	}
	for _, m := range foreignPlaceLabel.FindAllStringIndex(text, 4) {
		if rs := foreignPlaceListMore(text[m[1]:]); rs != nil {
			return rs
		}
	}
	if rs := nonLatinScope(text); rs != nil {
		return rs
	}
	for _, m := range foreignAnywhere.FindAllStringIndex(text, 4) {
		if n := anywhereNamed.FindStringSubmatch(text[m[1]:]); n != nil && foreignPlaceListMore(n[1]) != nil {
			continue // "desde cualquier lugar de España": a scope
		}
		if remoteNear.MatchString(anywhereClause(text, m[0], m[1], 40, 30)) {
			return []string{RegionWorldwide}
		}
	}
	return nil
}

// nonLatinScope reads the Cyrillic and Turkish phrases; nil when none.
func nonLatinScope(text string) []string {
	if isASCIIText(text) {
		return nil
	}
	if strings.Contains(text, "любой") || strings.Contains(text, "будь-як") {
		if cyrillicAnywhere.MatchString(text) {
			return []string{RegionWorldwide}
		}
	}
	if strings.Contains(text, "перебува") || strings.Contains(text, "прожива") || strings.Contains(text, "знаход") || strings.Contains(text, "находи") || strings.Contains(text, "находя") {
		for _, m := range cyrillicResidence.FindAllStringSubmatch(text, 4) {
			if code, ok := foreignResidenceNames[strings.ToLower(m[1])]; ok {
				return []string{code}
			}
		}
	}
	if strings.Contains(text, "her yerinden") {
		for _, m := range turkishAnywhereIn.FindAllStringSubmatch(text, 2) {
			if code, ok := foreignResidenceNames[strings.ToLower(m[1])]; ok {
				return []string{code}
			}
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
