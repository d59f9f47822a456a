package normalize

import (
	"regexp"
	"strings"
)

var (
	// hiringIn: "hiring in Germany, Austria or Switzerland only", "we can
	// only hire in the US and Canada", "open to candidates in A or B".
	hiringIn = regexp.MustCompile(`(?i)\b(?:hiring|hire|recruiting|employ|open to (?:candidates|applicants|residents)|accepting (?:applications|candidates))\s+(?:only\s+)?(?:from|in|within)\s+(?:the\s+)?([\p{L}., ]{2,80}?)(?:\s+only)?\s*(?:[.;:!)\n]|$)`)
	// citizenship: "must be U.S. citizens", "Canadian citizens or permanent
	// residents", "citizenship of an EU country".
	citizenship = regexp.MustCompile(`(?i)\b(?:(?:must be|be|are|only)\s+(?:an?\s+)?([\p{L}.]+(?:\s[\p{L}.]+)?)\s+citizens?|([\p{L}.]+(?:\s[\p{L}.]+)?)\s+citizenship\s+(?:is\s+)?(?:required|needed)|citizens?\s+of\s+(?:the\s+|an?\s+)?([\p{L}. ]{2,30}?)(?:\s+(?:country|member state))?\s*(?:[.,;:)]|\s+(?:or|and|only)\b|$))`)
	// rightToWork: "the right to work in the UK", "work permit for Germany",
	// "eligible to work in the EU", "legally able to work in Canada".
	rightToWork = regexp.MustCompile(`(?i)\b(?:right to work|work permit|work authori[sz]ation|legally (?:able|allowed|entitled) to work|eligib(?:le|ility) to work|permission to work)\s+(?:in|for|within)\s+(?:the\s+)?([\p{L}. ]{2,30}?)\s*(?:[.,;:)]|\s+(?:or|and|only|without|with)\b|$)`)
	// worldwideHiring: "hiring worldwide", "we hire internationally", "open
	// to candidates anywhere in the world".
	worldwideHiring = regexp.MustCompile(`(?i)\b(?:hiring|hire|recruiting|open to (?:candidates|applicants))\s+(?:from\s+)?(?:worldwide|globally|internationally|anywhere(?: in the world)?|from all countries|from any country)\b`)
)

// demonyms maps nationality adjectives to region codes.
var demonyms = map[string]string{"american": "US", "u.s.": "US", "us": "US", "canadian": "CA", "british": "GB", "uk": "GB",
	"irish": "IE", "australian": "AU", "indian": "IN", "german": "DE", "french": "FR", "spanish": "ES", "dutch": "NL",
	"eu": "EU", "european": "EU", "european union": "EU", "new zealand": "NZ", "singaporean": "SG", "mexican": "MX",
	"brazilian": "BR", "swiss": "CH", "swedish": "SE", "polish": "PL", "italian": "IT", "portuguese": "PT", "japanese": "JP"}

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
	for _, m := range hiringIn.FindAllStringSubmatch(text, -1) {
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
	for _, m := range rightToWork.FindAllStringSubmatch(text, -1) {
		add(Regions(m[1]))
		if len(out) > 0 {
			return out
		}
	}
	if worldwideHiring.MatchString(text) {
		return []string{RegionWorldwide}
	}
	if out == nil {
		out = []string{}
	}
	return out
}
