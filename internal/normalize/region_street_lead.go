package normalize

import "strings"

// streetWords are the street-type words of a house address's first part
// ("12 Norway Ln Unit 4"), compared lower-case without a final dot.
var streetWords = map[string]bool{
	"st": true, "street": true, "dr": true, "drive": true, "ave": true, "avenue": true, "rd": true, "road": true,
	"blvd": true, "boulevard": true, "ln": true, "lane": true, "way": true, "pkwy": true, "parkway": true,
	"ct": true, "court": true, "hwy": true, "highway": true, "pl": true, "place": true, "ter": true, "terrace": true,
	"cir": true, "circle": true, "sq": true, "square": true,
}

// streetLeadRegions reads a location that opens with a house address
// ("12 Norway Ln Unit 4, Fargo, ND") without that first part: a
// street named after a country or town ("Norway Ln", "Lisbon Rd") names no place of the listing. It reports false, and the caller
// reads the whole text, when the text does not open with a house number,
// has no comma, or its first part has no street-type word after the
// number. Table tests in region_street_lead_test.go.
func streetLeadRegions(s string) ([]string, bool) {
	if s != "" && (s[0] < '0' || s[0] > '9') {
		return namedStreetLeadRegions(s)
	}
	if s == "" {
		return nil, false
	}
	head, rest, ok := strings.Cut(s, ",")
	if !ok || strings.TrimSpace(rest) == "" {
		return nil, false
	}
	fields := strings.Fields(head)
	for _, f := range fields[1:] {
		if streetWords[strings.ToLower(strings.TrimRight(f, "."))] {
			return Regions(rest), true
		}
	}
	return nil, false
}

// streetNames are the street-type words written out in full that end a
// street's name with no house number before it.
var streetNames = []string{"Street", "Road", "Avenue", "Lane", "Drive", "Boulevard", "Parkway", "Highway", "Terrace"}

// namedStreetLeadRegions reads a location whose first part is a street's
// name with no house number ("Queensland Road, Islington, London"): two
// to four words, capitalized, the last a street-type word written out in
// full. The street names no place of the listing, so the rest is read
// without it. It reports false, and the caller reads the whole text,
// otherwise.
func namedStreetLeadRegions(s string) ([]string, bool) {
	head, rest, ok := strings.Cut(s, ",")
	if !ok || strings.TrimSpace(rest) == "" {
		return nil, false
	}
	head = strings.TrimSpace(head)
	if n := strings.Count(head, " "); n < 1 || n > 3 || head[0] < 'A' || head[0] > 'Z' {
		return nil, false
	}
	last := head[strings.LastIndexByte(head, ' ')+1:]
	for _, w := range streetNames {
		if last == w || strings.EqualFold(last, w) && last[0] == w[0] {
			return Regions(rest), true
		}
	}
	return nil, false
}
