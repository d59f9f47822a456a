package normalize

import "strings"

// Three edges of a place list read after a preposition (regionList):
//
//   - a spaced dash ends the list when what comes before it names places
//     and the whole does not: "Work from anywhere in the world - we are
//     async-first" is the world, "based in Europe – Berlin preferred" is
//     Europe;
//   - a dotted abbreviation whose full stop also ends the sentence:
//     "remotely in the U.S. How you will make an impact" is the US;
//   - a time zone of an area that holds every place already read is a
//     constraint on those places, not another place: "Based in Germany, EU
//     timezone" is Germany ("Canada, US time zones" keeps both: the US
//     zones do not hold Canada).

// placeBeforeBreak reads the places of a list that named none as a whole
// before a break: a spaced dash, or a dotted abbreviation that ends its
// sentence ("the U.S. How you will make an impact": the full stop of
// "U.S." also ends the sentence, and the next one starts with a capital).
func placeBeforeBreak(s string) []string {
	if rs := beforeSpacedDash(s); rs != nil {
		return rs
	}
	return abbrevBeforeSentence(s)
}

// abbrevBeforeSentence reads a dotted abbreviation at the start of s
// followed by a new sentence: "U.S. How you ...", "U.K. We offer ...".
func abbrevBeforeSentence(s string) []string {
	i := 0
	for i+1 < len(s) && s[i] >= 'A' && s[i] <= 'Z' && s[i+1] == '.' {
		i += 2
	}
	if i < 4 || i+2 >= len(s) || s[i] != ' ' || s[i+1] < 'A' || s[i+1] > 'Z' {
		return nil // not two letters or more, or no capital after the space
	}
	return Regions(s[:i])
}

// spacedDashes are the dashes written with a space either side.
var spacedDashes = []string{" - ", " – ", " — "}

// beforeSpacedDash reads the places before the first spaced dash of s;
// nil when s has none or the part before it names none.
func beforeSpacedDash(s string) []string {
	cut := -1
	for _, d := range spacedDashes {
		if i := strings.Index(s, d); i > 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut <= 0 {
		return nil
	}
	if p := strings.ToLower(strings.TrimSpace(s[:cut])); p == "world" || p == "the world" {
		return []string{RegionWorldwide} // "anywhere in the world - we are async-first"
	}
	return regionList(s[:cut])
}

// zoneWords are the words that make a place a time zone, longest first.
var zoneWords = []string{" business hours", " working hours", " time zones", " time zone", " timezones", " timezone", " hours", " time"}

// zoneOfPlacesRead reports whether item is the time zone of an area that
// holds every region of read: "EU timezone" after Germany, "European
// hours" after Spain and Portugal.
func zoneOfPlacesRead(item string, read []string) bool {
	lower := strings.ToLower(strings.TrimSpace(item))
	zone := false
	for _, w := range zoneWords {
		if strings.HasSuffix(lower, w) {
			lower, zone = strings.TrimSpace(strings.TrimSuffix(lower, w)), true
			break
		}
	}
	if !zone || lower == "" {
		return false
	}
	area := Regions(lower)
	if len(area) == 0 {
		area = regionOrDemonym(lower) // "European"
	}
	if len(area) == 0 {
		return false
	}
	for _, r := range read {
		if r == RegionWorldwide || !regionWithin(r, area) || slicesEqualOne(area, r) {
			return false
		}
	}
	return true
}

// slicesEqualOne reports whether rs is exactly the one region r: "US
// hours" after the US is the same place, read as before.
func slicesEqualOne(rs []string, r string) bool {
	return len(rs) == 1 && rs[0] == r
}
