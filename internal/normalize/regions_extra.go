package normalize

import (
	"regexp"
	"strings"
)

var (
	// hiringIn: "hiring in Germany, Austria or Switzerland only", "we can
	// only hire in the US and Canada", "open to candidates in A or B".
	hiringIn = regexp.MustCompile(`(?i)\b(?:hiring|hire|recruiting|employ|open to (?:candidates|applicants|residents|people)|accepting (?:applications|candidates))\s+(?:only\s+)?(?:from|in|within|of)\s+(?:the\s+)?([\p{L}., ]{2,80}?)(?:\s+only)?\s*(?:[.;:!)\n]|$)`)
	// restrictedTo: "restricted to the following countries: Poland,
	// Romania, Bulgaria", "limited to candidates in the US".
	restrictedTo = regexp.MustCompile(`(?i)\b(?:restricted|limited)\s+to\s+(?:(?:candidates|applicants|residents|people)\s+)?(?:(?:based\s+|located\s+)?(?:from|in|within|of)\s+)?(?:the following (?:countries|locations|states)\s*:?\s*)?(?:the\s+)?([\p{L}., ]{2,80}?)(?:\s+only)?\s*(?:[.;:!)\n]|$)`)
	// citizenship: "must be U.S. citizens", "Canadian citizens or permanent
	// residents", "citizenship of an EU country".
	citizenship = regexp.MustCompile(`(?i)\b(?:(?:must be|be|are|only)\s+(?:an?\s+)?([\p{L}.]+(?:\s[\p{L}.]+)?)\s+citizens?|([\p{L}.]+(?:\s[\p{L}.]+)?)\s+citizenship\s+(?:is\s+)?(?:required|needed)|citizens?\s+of\s+(?:the\s+|an?\s+)?([\p{L}. ]{2,30}?)(?:\s+(?:country|member state))?\s*(?:[.,;:)]|\s+(?:or|and|only)\b|$))`)
	// rightToWork: "the right to work in the UK", "work permit for Germany",
	// "eligible to work in the EU", "legally able to work in Canada".
	rightToWork = regexp.MustCompile(`(?i)\b(?:right to work|work permit|work authori[sz]ation|legally (?:able|allowed|entitled) to work|eligib(?:le|ility) to work|permission to work)\s+(?:in|for|within)\s+(?:the\s+)?([\p{L}. ]{2,30}?)\s*(?:[.,;:)]|\s+(?:or|and|only|without|with)\b|$)`)
	// worldwideHiring: "hiring worldwide", "we hire internationally", "open
	// to candidates anywhere in the world".
	worldwideHiring = regexp.MustCompile(`(?i)\b(?:(?:hiring|hire|recruiting|open to (?:candidates|applicants))\s+(?:from\s+)?(?:worldwide|globally|internationally|anywhere(?: in the world)?|from all countries|from any country)|(?:applicants|applications|candidates|talent|people)\s+from\s+(?:anywhere|all over the world|around the world|any country|all countries))\b`)
	// citizenOf: "a citizen of an EU member state".
	citizenOf = regexp.MustCompile(`(?i)\bcitizens?\s+of\s+(?:the\s+|an?\s+)?([\p{L}. ]{2,30}?)(?:\s+(?:country|countries|member states?))?\s*(?:[.,;:)]|\s+(?:or|and|only)\b|$)`)
	// citizensOnly: "Canadian citizens or permanent residents only".
	citizensOnly = regexp.MustCompile(`(?i)\b([\p{L}.]+)\s+citizens?\s+(?:or|and|only|with)\b`)
	// workAuthOf: "US work authorization required", "UK right to work".
	workAuthOf = regexp.MustCompile(`(?i)\b([\p{L}.]+)\s+(?:work authori[sz]ation|work permit|right to work|work visa)\b`)
	// zoneHours: "during US time zones", "European business hours".
	zoneHours = regexp.MustCompile(`(?i)\b(US|U\.S\.|USA|UK|EU|European|North American|Americas|APAC|EMEA|LATAM)\s+(?:business\s+|working\s+)?(?:time\s*zones?|hours)\b`)
)

// demonyms maps nationality adjectives to region codes.
var demonyms = map[string]string{"american": "US", "u.s.": "US", "us": "US", "canadian": "CA", "british": "GB", "uk": "GB",
	"irish": "IE", "australian": "AU", "indian": "IN", "german": "DE", "french": "FR", "spanish": "ES", "dutch": "NL",
	"eu": "EU", "european": "EU", "european union": "EU", "new zealand": "NZ", "singaporean": "SG", "mexican": "MX",
	"brazilian": "BR", "north american": RegionAmericas, "usa": "US", "swiss": "CH", "swedish": "SE", "polish": "PL", "italian": "IT", "portuguese": "PT", "japanese": "JP"}

// regionOrDemonym reads a country name, code or nationality adjective.
func regionOrDemonym(name string) []string {
	name = strings.TrimSpace(name)
	if code, ok := demonyms[strings.ToLower(name)]; ok {
		return []string{code}
	}
	return Regions(name)
}

// extraRegions reads regions the remote work is limited to from wording
// bodyRegion does not cover: lists of hiring countries, citizenship and
// work-authorization requirements, and worldwide hiring.
func extraRegions(text string) []string {
	var out []string
	add := func(rs []string) {
		for _, r := range rs {
			out = appendUnique(out, r)
		}
	}
	for _, m := range append(hiringIn.FindAllStringSubmatch(text, -1), restrictedTo.FindAllStringSubmatch(text, -1)...) {
		add(Regions(m[1]))
		if len(out) > 0 {
			return out
		}
	}
	for _, m := range citizenship.FindAllStringSubmatch(text, -1) {
		name := strings.TrimSpace(firstNonEmpty(m[1], m[2], m[3]))
		if code, ok := demonyms[strings.ToLower(name)]; ok {
			add([]string{code})
		} else {
			add(Regions(name))
		}
		if len(out) > 0 {
			return out
		}
	}
	for _, re := range []*regexp.Regexp{citizenOf, citizensOnly, workAuthOf} {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			add(regionOrDemonym(m[1]))
			if len(out) > 0 {
				return out
			}
		}
	}
	for _, m := range rightToWork.FindAllStringSubmatch(text, -1) {
		add(Regions(m[1]))
		if len(out) > 0 {
			return out
		}
	}
	if worldwideHiring.MatchString(text) {
		return []string{RegionWorldwide}
	}
	for _, m := range zoneHours.FindAllStringSubmatch(text, -1) {
		add(regionOrDemonym(m[1]))
		if len(out) > 0 {
			return out
		}
	}
	if out == nil {
		out = []string{}
	}
	return out
}
