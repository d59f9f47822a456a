package normalize

import (
	"regexp"
	"slices"
	"strings"
)

// Where remote work may be done from, in German, Polish, Spanish,
// Portuguese, French, Dutch and Italian sentences the other readers leave:
// "Remote innerhalb Deutschlands", "aus ganz Deutschland",
// "deutschlandweit", "Wohnsitz in Deutschland", "z terenu Polski", "z
// dowolnego miejsca w Polsce", "candidatos en la República Dominicana",
// "au sein de l'Union européenne", "woonachtig in Nederland", "residenti in
// Italia". Country names are read in the case these phrases put them in
// (German genitive, Polish genitive and locative). The key words are few
// and rare in English text: each one costs the shared key scan of every
// description.

var (
	// foreignScope is a place phrase that limits where the work is done.
	foreignScope = newKeyRegexp(`(?i)(?:\b(?:innerhalb|aus ganz|in ganz|von überall in|überall in|irgendwo in|remote aus(?:\s+ganz)?|remote von)\s+(?:der\s+|des\s+|dem\s+|den\s+)?|`+
		`\b(?:arbeitserlaubnis|arbeitsgenehmigung|aufenthaltserlaubnis)\s+(?:für|in)\s+(?:die\s+|den\s+|das\s+|der\s+)?|`+
		`\b(?:autorisation|permis)\s+de\s+travail\s+(?:en|au|aux|pour\s+(?:la\s+|le\s+|l['’]\s*)?)\s*|\bpermiso\s+de\s+trabajo\s+(?:en|para)\s+(?:la\s+|el\s+)?|\bautoriza[çc][ãa]o\s+de\s+trabalho\s+(?:no|na|em|para\s+(?:o|a)?)\s*|`+
		`\b(?:wohnsitz|wohnort)\s+(?:in|im)\s+(?:der\s+|den\s+)?|\bwohnhaft\s+(?:in|im)\s+(?:der\s+|den\s+)?|`+
		`\bz\s+terenu\s+|\bna\s+terenie\s+|\bz\s+(?:dowolnego|każdego)\s+miejsca\s+w\s+|`+
		`\b(?:candidat[oa]s|postulantes|profesionales|talentos?)\s+(?:ubicad[oa]s\s+|radicad[oa]s\s+|basad[oa]s\s+|residentes\s+)?(?:en|de|desde|no|na|em)\s+(?:tod[oa]s?\s+)?(?:la\s+|el\s+|los\s+|o\s+|a\s+)?|`+
		`\bau\s+sein\s+de\s+(?:l['’]\s*|la\s+|le\s+)?|`+
		`\bwoonachtig\s+in\s+|\bvanuit\s+(?:heel\s+)?|\bresident[ei]\s+in\s+)([\p{L}][\p{L}'’ -]{1,40})`, 60, 60,
		"erhalb", "ganz ", "berall in", "irgendwo", "mote aus", "mote von", "woh",
		"arbeits", "aufenthalt", "ravail", "rabajo", "rabalho", "z terenu", "terenie", "miejsca", "didato", "didata", "stulant",
		"fesionales", "sein de", "woonachtig", "anuit", "idente in", "identi in")
	// countryWide is a country's "-weit": "deutschlandweit".
	countryWide = newKeyRegexp(`(?i)\b(deutschland|österreich|schweiz|europa)weit(?:e[nmrs]?)?\b`, 20, 10, "weit")
)

// foreignNames are country names in the case the phrases above put them
// in, and names the other tables lack.
var foreignNames = map[string]string{
	"deutschlands": "DE", "deutschland": "DE", "österreichs": "AT", "österreich": "AT", "schweiz": "CH",
	"europas": RegionEU, "europa": RegionEU, "eu": RegionEU, "europäischen union": RegionEU, "europäische union": RegionEU,
	"polski": "PL", "polsce": "PL", "polska": "PL", "unii europejskiej": RegionEU, "europy": RegionEU, "europie": RegionEU,
	"niemiec": "DE", "niemczech": "DE", "hiszpanii": "ES", "czech": "CZ", "ukrainy": "UA",
	"union européenne": RegionEU, "union europeenne": RegionEU, "ue": RegionEU,
	"nederland": "NL", "belgië": "BE", "europese unie": RegionEU, "italia": "IT",
}

// foreignScopeRegions reads the place of the first phrase of foreignScope
// or countryWide that names one; nil when none does.
func foreignScopeRegions(text string) []string {
	for _, m := range foreignScope.FindAllStringSubmatchIndex(text, -1) {
		if marketBefore(text, m[0]) {
			continue // "Kunden in ganz Europa" (region_foreign_scope_shapes.go)
		}
		if rs := foreignPlaceList(text[m[2]:]); rs != nil {
			return rs
		}
	}
	for _, m := range countryWide.FindAllStringSubmatch(text, -1) {
		if rs := foreignPlaceName(m[1]); rs != nil {
			return rs
		}
	}
	if rs := foreignScopeMore(text); rs != nil {
		return rs // "résider en France", "Localização: …", "weltweit" (region_foreign_scopes_more.go)
	}
	return iberianLiveRegions(text) // "personas que vivan en Colombia", "cualquier país de LATAM" (region_iberian_live_in.go)
}

// foreignJoin separates the places of a list in these languages: "aus
// Deutschland, Österreich oder der Schweiz".
var foreignJoin = regexp.MustCompile(`(?i)\s*,\s*|\s+(?:oder|und|or|and|y|o|e|ou|et|i|lub|albo|of|en|bzw\.)\s+`)

// foreignPlaceList reads the place at the start of s and the places listed
// after it up to the end of its clause; nil when the first names none.
func foreignPlaceList(s string) []string {
	return readPlaceList(s, func(i int, item string) []string {
		rs := foreignPlaceName(foreignArticle.ReplaceAllString(item, ""))
		if rs == nil && i > 0 {
			// "en France ou en Belgique": a later item's own preposition (region_foreign_scope_shapes.go)
			rs = foreignPlaceName(foreignArticle.ReplaceAllString(listPrep.ReplaceAllString(item, ""), ""))
		}
		return rs
	})
}

// readPlaceList reads the places of a list at the start of s, up to the end
// of its clause, the items split by foreignJoin and each read (trimmed) by
// read; nil when the first item names none, and the list ends at the first
// later item that names none.
func readPlaceList(s string, read func(i int, item string) []string) []string {
	if i := strings.IndexAny(s, ".;:!?\n()"); i >= 0 {
		s = s[:i]
	}
	var out []string
	for i, item := range foreignJoin.Split(s, 8) {
		rs := read(i, strings.TrimSpace(item))
		if rs == nil {
			if i == 0 {
				return nil
			}
			break
		}
		for _, r := range rs {
			out = appendUnique(out, r)
		}
	}
	return out
}

// foreignArticle is an article before a place: "der Schweiz", "la France",
// "l'Italie"; a word must follow the article ("Angola", "Denmark" keep
// their first letters).
var foreignArticle = regexp.MustCompile(`(?i)^(?:(?:der|die|den|des|dem|la|le|les|el|los|o|a)\s+|l['’]\s*)`)

// foreignPlaceName reads the place at the start of s: its first one to
// three words, longest first, as an inflected name or any place name.
func foreignPlaceName(s string) []string {
	s = strings.TrimLeft(s, "'’ ")
	words := strings.Fields(s)
	for n := min(3, len(words)); n >= 1; n-- {
		name := strings.TrimRight(strings.Join(words[:n], " "), ".,;:!?)")
		low := strings.ToLower(name)
		if code, ok := foreignNames[low]; ok {
			return []string{code}
		}
		if rs := exactPlace(name); rs != nil && !slices.Contains(rs, RegionWorldwide) {
			return rs
		}
		if code, ok := regionNames[low]; ok && code != RegionWorldwide {
			return []string{code}
		}
	}
	return nil
}
