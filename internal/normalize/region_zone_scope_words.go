package normalize

import (
	"sort"
	"strings"
)

// Time zones and scope words that name where a remote job may be done
// (table tests and traps in region_zone_scope_words_test.go).
//
// A time zone names a region only where the zone is one country's or one
// area's: the US zones are the US (as before), and the Central and
// Eastern European zones are the EU. So a location "Remote (CET +/- 2
// hours)" or "Remote - CET" is EU, as "Remote - EST" is US; a zone beside
// a named place leaves the place alone ("Remote - Brazil (CET overlap)"
// is Brazil). A band of UTC offsets ("UTC-3 to UTC+3") spans several
// areas and names none. "Any time zone" is worldwide; "applicants in all
// time zones" stays no region (pinned in tzlist_test.go).

// zoneCodeRegion maps zone codes of one country or area, read in
// capitals, to that place: the Central and Eastern European zones to the
// EU, India Standard Time to India, the Australian, Japanese, Korean,
// Singapore, Pakistani, Brazilian and West African zones to theirs. Codes
// that are common words in capitals or name two zones are left out ("CAT",
// "ART", "EAT"; "AST" is Arabia's and the Atlantic's, "GST" also a tax,
// "BST" British and Bangladeshi).
var zoneCodeRegion = map[string]string{"CET": RegionEU, "CEST": RegionEU, "EET": RegionEU, "EEST": RegionEU,
	"IST": "IN", "AEST": "AU", "AEDT": "AU", "ACST": "AU", "AWST": "AU", "NZST": "NZ", "NZDT": "NZ", "JST": "JP",
	"KST": "KR", "SGT": "SG", "HKT": "HK", "PHT": "PH", "PKT": "PK", "WIB": "ID", "BRT": "BR", "SAST": "ZA", "WAT": RegionAfrica,
	"MSK": "RU", "TRT": "TR"}

// zoneNames are zone wordings Regions reads as names.
var zoneNames = map[string]string{
	"european time zones": RegionEU, "european time zone": RegionEU, "european timezones": RegionEU, "european timezone": RegionEU,
	"european hours": RegionEU, "european business hours": RegionEU, "european working hours": RegionEU,
	"central european time": RegionEU, "eastern european time": RegionEU, "central european timezone": RegionEU,
	"us time zones": "US", "us time zone": "US", "us timezones": "US", "us timezone": "US", "us hours": "US", "us business hours": "US",
	"any timezone": RegionWorldwide, "any time zone": RegionWorldwide, "any timezones": RegionWorldwide, "any time zones": RegionWorldwide,
}

func init() {
	for n, c := range zoneNames {
		addRegionName(n, c)
	}
	// North America's time zones are the US and Canada, as North America is
	// (region_list_dash_zone.go's round): "North America timezone required".
	for _, n := range []string{"north american time zones", "north american time zone", "north american timezones",
		"north american timezone", "north america time zones", "north america time zone", "north america timezones",
		"north america timezone", "north american hours", "north american business hours"} {
		if _, ok := regionGroups[n]; !ok {
			regionGroups[n] = []string{"US", "CA"}
		}
	}
	// "Remote-NORAM": North America as sales teams abbreviate it.
	if _, ok := regionGroups["noram"]; !ok {
		regionGroups["noram"] = []string{"US", "CA"}
	}
}

// addZoneRegions adds the US a US zone implies and the places other
// zone codes imply, unless the text names a place (worldwide alone is
// none).
func addZoneRegions(out []string, us bool, zones []string) []string {
	for _, c := range out {
		if c != RegionWorldwide {
			return out
		}
	}
	if us {
		out = append(out, "US")
	}
	for _, z := range zones {
		out = appendUnique(out, z)
	}
	return out
}

// zoneCodes are the US zone codes and those of zoneCodeRegion, as one group.
var zoneCodes = func() string {
	codes := []string{"EST", "EDT", "PST", "PDT", "CST", "CDT", "MST", "MDT"}
	for c := range zoneCodeRegion {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	return "(" + strings.Join(codes, "|") + ")"
}()

var (
	// zoneWithinHours is a span of hours around one zone: "within 3 hours
	// of CET", "+/- 2h from EST".
	zoneWithinHours = newKeyRegexp(`(?:(?i:within)|±|\+/-|\+-)\s*\d{1,2}\s*(?i:h|hrs?|hours?)\s+(?i:of|from)\s+(?:(?i:the)\s+)?`+zoneCodes+`\b`,
		24, 40, "within", "+/-", "hour", "hrs")
	// zoneCodeHours is working hours in a zone of zoneCodeRegion: "IST
	// business hours", "overlap with AEST", "hours aligned to NZST", "we
	// work on Brasília time (BRT)".
	zoneCodeHours = newKeyRegexp(`\b`+zoneCodes+`\s+(?:(?i:business|working|work|office|core)\s+)?(?i:hours|time\s*zones?|timezones?)\b|(?i:\boverlap(?:ping)?)\s+(?:(?i:at\s+least)\s+)?(?:\d+\s*(?:\+\s*)?(?i:hours?)\s+)?(?i:with)\s+(?:(?i:the)\s+)?`+zoneCodes+`\b|`+
		`(?i:\balign(?:ed)?)\s+(?i:to|with)\s+(?:(?i:the)\s+)?`+zoneCodes+`\b|(?i:\b(?:on|in))\s+\p{Lu}[\p{L}]+\s+(?i:time)\s*\(`+zoneCodes+`\)`,
		40, 64, "hour", "time zone", "timezone", "overlap", "align", "time (", "time(")
	// usZoneWords is a US zone in words before a time word: "US Eastern
	// hours", "the US - Pacific timezone", "Pacific time hours".
	usZoneWords = newKeyRegexp(`(?:^|[^\p{L}-])(?:(?:US|U\.S\.)\s*[-–]?\s*)?(?:Eastern|Pacific|Central|Mountain)\s+(?:(?i:standard|daylight)\s+)?(?i:time\s*zones?|timezones?|time|hours|business\s+hours|working\s+hours)\b`,
		16, 48, "eastern", "pacific", "central", "mountain")
	// noPlaceLimit is worldwide work in other words: "no geographic
	// restrictions", "location-independent", "Remote - anywhere in the world",
	// "This position is available globally".
	noPlaceLimit = newKeyRegexp(`(?i)\bno\s+(?:geographic(?:al)?|location|country|regional)\s+(?:restrictions?|requirements?|limitations?|limits)\b|\blocation[- ](?:independent|agnostic)\b(\s+(?:pay|salar(?:y|ies)|compensation|rates?|pricing))?|\bremote(?:ly)?\s*[-–—:(]\s*(?:worldwide|globally|anywhere\s+in\s+the\s+world)\b|\b(?:role|position|job|internship|opportunity|opening|vacancy)\s+is\s+(?:open|available)\s+(?:globally|worldwide)\b`,
		24, 48, "geograph", "restriction", "requirement", "limit", "independent", "agnostic", "worldwide", "globally", "anywhere in the world")
	// workFromPlace is remote work done from a place: "work from Nigeria",
	// "working remotely from Kenya or Ghana".
	// openToNationals is an invitation to the people of a place by
	// their plural name: "open to Nigerians", "open to Europeans".
	openToNationals = newKeyRegexp(`(?i)\bopen\s+to\s+(?:all\s+)?(\p{L}{3,20}?)s\b`, 4, 40, "open to")
	workFromPlace   = newKeyRegexp(`(?i)\bwork(?:ing)?\s+(?:remotely\s+)?from\s+([\p{L}][\p{L}. ,&/-]{1,60})`,
		4, 96, "work from", "working from", "remotely from")
	// doneRemotelyFrom is the work itself done remotely from a place, in
	// the passive: "the role can be worked remotely from the U.S. and
	// Canada", "this job may be performed fully remotely from Canada". The
	// place list follows, up to the sentence's end.
	doneRemotelyFrom = newKeyRegexp(`(?i)\b(?:be|is|are)\s+(?:worked|performed|done|carried\s+out|completed)\s+(?:fully\s+|entirely\s+|100\s*%\s+)?remotely\s+from\s+(?:anywhere\s+(?:in|within)\s+)?(?:the\s+)?`,
		60, 40, "remotely from")
)

// notPlaceStart are first words after "work from" that start no place.
var notPlaceStart = map[string]bool{"our": true, "the": true, "your": true, "a": true, "an": true, "home": true, "any": true,
	"anywhere": true, "wherever": true, "one": true, "day": true, "time": true, "an office": true, "office": true, "their": true, "my": true}

// remoteFromNotPlace are words after "work from" or "done remotely from"
// that name a workplace or an exclusion rather than where the worker may
// be.
var remoteFromNotPlace = []string{"office", "hub", "headquarters", " hq", "campus", "site", "home", "location", "outside", "except", "abroad"}

// zoneAndScopeWords reads a remote listing's region from the wording
// above; nil when none. Each is a key regexp: it runs only on short
// windows around its key words, found by the shared key scan.
func zoneAndScopeWords(text string) []string {
	if m := zoneWithinHours.FindAllStringSubmatch(text, 1); m != nil {
		return zoneCodePlace(m[0][1])
	}
	if m := zoneCodeHours.FindAllStringSubmatch(text, 1); m != nil {
		return zoneCodePlace(m[0][1] + m[0][2] + m[0][3] + m[0][4])
	}
	for _, m := range usZoneWords.FindAllStringIndex(text, 4) {
		switch zone := text[max(0, m[0]-12) : m[0]+1]; {
		case containsFold(zone, "australia"):
			return []string{"AU"} // "Australian Eastern Standard Time business hours"
		case !containsFold(zone, "asia"):
			return []string{"US"}
		}
	}
	if m := noPlaceLimit.FindAllStringSubmatch(text, 1); m != nil && m[0][1] == "" {
		return []string{RegionWorldwide}
	}
	for _, m := range openToNationals.FindAllStringSubmatch(text, 4) {
		if code, ok := demonyms[strings.ToLower(m[1])]; ok {
			return []string{code}
		}
	}
	for _, m := range workFromPlace.FindAllStringSubmatch(text, 4) {
		place := m[1]
		if i := strings.IndexAny(place, ".,;"); i > 0 && !strings.HasPrefix(place[i:], ", ") {
			place = place[:i]
		}
		first := strings.ToLower(strings.TrimRight(strings.Fields(place)[0], ",;:!?—–-")) // "anywhere, as long as …"
		if notPlaceStart[first] || containsAnyFold(place, remoteFromNotPlace) {
			continue
		}
		if rs := regionList(place); len(rs) > 0 {
			return rs
		}
	}
	for _, m := range doneRemotelyFrom.FindAllStringIndex(text, 4) {
		place := text[m[1]:]
		if k := sentenceStopIndex(place); k >= 0 {
			place = place[:k]
		}
		if place == "" || negatedClause(text, m[0], m[1]) || containsAnyFold(place, remoteFromNotPlace) {
			continue
		}
		if rs := regionList(place); len(rs) > 0 {
			return rs
		}
	}
	return nil
}

// zoneCodePlace is the place of a zone code: its zoneCodeRegion entry, or
// the US for a US code.
func zoneCodePlace(code string) []string {
	if r := zoneCodeRegion[code]; r != "" {
		return []string{r}
	}
	return []string{"US"}
}
