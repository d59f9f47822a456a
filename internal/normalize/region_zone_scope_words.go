package normalize

import (
	"regexp"
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

// euTimezoneCodes are the European zone codes Regions reads in capitals.
var euTimezoneCodes = map[string]bool{"CET": true, "CEST": true, "EET": true, "EEST": true}

// zoneNames are zone wordings Regions reads as names.
var zoneNames = map[string]string{
	"european time zones": RegionEU, "european time zone": RegionEU, "european timezones": RegionEU, "european timezone": RegionEU,
	"european hours": RegionEU, "european business hours": RegionEU, "european working hours": RegionEU,
	"central european time": RegionEU, "eastern european time": RegionEU, "central european timezone": RegionEU,
	"us time zones": "US", "us time zone": "US", "us timezones": "US", "us timezone": "US", "us hours": "US", "us business hours": "US",
	"north american time zones": RegionAmericas,
	"any timezone":              RegionWorldwide, "any time zone": RegionWorldwide, "any timezones": RegionWorldwide, "any time zones": RegionWorldwide,
}

func init() {
	for n, c := range zoneNames {
		addRegionName(n, c)
	}
	// "Remote-NORAM": North America as sales teams abbreviate it.
	if _, ok := regionGroups["noram"]; !ok {
		regionGroups["noram"] = []string{"US", "CA"}
	}
}

// addZoneRegions adds the US a US zone implies and the EU a European zone
// implies, unless the text names a place (worldwide alone is none).
func addZoneRegions(out []string, us, eu bool) []string {
	for _, c := range out {
		if c != RegionWorldwide {
			return out
		}
	}
	if us {
		out = append(out, "US")
	}
	if eu {
		out = append(out, RegionEU)
	}
	return out
}

var (
	// zoneWithinHours is a span of hours around one zone: "within 3 hours
	// of CET", "+/- 2h from EST".
	zoneWithinHours = regexp.MustCompile(`(?:(?i:within)|±|\+/-|\+-)\s*\d{1,2}\s*(?i:h|hrs?|hours?)\s+(?i:of|from)\s+(?:(?i:the)\s+)?(CET|CEST|EET|EEST|EST|EDT|PST|PDT|CST|CDT|MST|MDT)\b`)
	// usZoneWords is a US zone in words before a time word: "US Eastern
	// hours", "the US - Pacific timezone", "Pacific time hours".
	usZoneWords = regexp.MustCompile(`(?:^|[^\p{L}-])(?:(?:US|U\.S\.)\s*[-–]?\s*)?(?:Eastern|Pacific|Central|Mountain)\s+(?:(?i:standard|daylight)\s+)?(?i:time\s*zones?|timezones?|time|hours|business\s+hours|working\s+hours)\b`)
	// noPlaceLimit is worldwide work in other words: "no geographic
	// restrictions", "location-independent", "Remote - anywhere in the world".
	noPlaceLimit = regexp.MustCompile(`(?i)\bno\s+(?:geographic(?:al)?|location|country|regional)\s+(?:restrictions?|requirements?|limitations?|limits)\b|\blocation[- ](?:independent|agnostic)\b(\s+(?:pay|salar(?:y|ies)|compensation|rates?|pricing))?|\bremote(?:ly)?\s*[-–—:(]\s*(?:worldwide|globally|anywhere\s+in\s+the\s+world)\b`)
	// workFromPlace is remote work done from a place: "work from Nigeria",
	// "working remotely from Kenya or Ghana".
	workFromPlace = regexp.MustCompile(`(?i)\bwork(?:ing)?\s+(?:remotely\s+)?from\s+([\p{L}][\p{L}. ,&/-]{1,60})`)
)

// notPlaceStart are first words after "work from" that start no place.
var notPlaceStart = map[string]bool{"our": true, "the": true, "your": true, "a": true, "an": true, "home": true, "any": true,
	"anywhere": true, "wherever": true, "one": true, "day": true, "time": true, "an office": true, "office": true, "their": true, "my": true}

// zoneAndScopeWords reads a remote listing's region from the wording
// above; nil when none. Each regexp runs only on a text holding its word.
func zoneAndScopeWords(text string) []string {
	if strings.Contains(text, "within") || strings.Contains(text, "Within") || strings.Contains(text, "±") || strings.Contains(text, "+/-") || strings.Contains(text, "+-") {
		if m := zoneWithinHours.FindStringSubmatch(text); m != nil {
			if euTimezoneCodes[m[1]] {
				return []string{RegionEU}
			}
			return []string{"US"}
		}
	}
	if strings.Contains(text, "Eastern") || strings.Contains(text, "Pacific") || strings.Contains(text, "Central") || strings.Contains(text, "Mountain") {
		for _, m := range usZoneWords.FindAllStringIndex(text, 4) {
			lo := max(0, m[0]-6)
			if !containsFold(text[lo:m[0]+1], "asia") {
				return []string{"US"}
			}
		}
	}
	if containsAnyFold(text, []string{"restriction", "requirement", "limitation", "limits", "independent", "agnostic", "remote"}) {
		for _, m := range noPlaceLimit.FindAllStringSubmatch(text, 4) {
			if m[1] == "" {
				return []string{RegionWorldwide}
			}
		}
	}
	if containsFold(text, "from") && containsFold(text, "work") {
		for _, m := range workFromPlace.FindAllStringSubmatch(text, 4) {
			place := m[1]
			if i := strings.IndexAny(place, ".,;"); i > 0 && !strings.HasPrefix(place[i:], ", ") {
				place = place[:i]
			}
			first := strings.ToLower(strings.Fields(place)[0])
			if notPlaceStart[first] || containsAnyFold(place, []string{"office", "hub", "headquarters", " hq", "campus", "site", "home", "location"}) {
				continue
			}
			if rs := regionList(place); len(rs) > 0 {
				return rs
			}
		}
	}
	return nil
}
