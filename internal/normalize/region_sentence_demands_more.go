package normalize

import (
	"regexp"
	"strings"
)

// More sentences that say where a remote role may be done from, in shapes
// the earlier readers leave:
//
//   - the demand written as an order or about "you": "Be based within
//     Europe or Latin America.", "Live in Canada.", "You're located in the
//     UK" — read by requiredRegions too, so they narrow a worldwide or
//     area label ("Global - Remote");
//   - a U.S. person in the export-control sense ("Must qualify as a U.S.
//     Person under ITAR", "U.S. persons only"): a US citizen or permanent
//     resident;
//   - a place made an adjective with "-wide" before the role: "a UK-wide
//     remote role", "an EU-wide remote position".

// youBasedIn is the demand as an order at the start of a sentence or list
// item, or said of "you": "Be based within Europe", "Reside in the EU",
// "you're based in the UK", "you will be located in Germany". The place
// list starts at group 1 and is read to the end of its clause.
var youBasedIn = newKeyRegexp(`(?i)(?:(?:^|[.!?\n•·*]\s*|\s[-–]\s+)(?:be\s+(?:based|located|living|residing|resident)|live|reside)|\byou(?:'re|’re|\s+are|'ll\s+be|’ll\s+be|\s+will\s+be|\s+must\s+be|\s+should\s+be|\s+need\s+to\s+be)\s+(?:currently\s+)?(?:based|located|living|residing|resident))\s+(?:with)?in\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)`, 40, 60,
	// keys: the verb and the preposition after it (a "based" alone is
	// in many texts: "a company based on open data")
	"based in", "based with", "located in", "located with", "living in", "living with", "residing in",
	"residing with", "resident in", "resident with", "live in", "live with", "reside in", "reside with")

// youBasedRegions returns the places of youBasedIn demands, the whole list
// after each ("Europe or Latin America"); nil when there are none. A demand
// denied in its clause ("you don't need to be based in Berlin") and a
// condition ("if you're based in the UK, ...") name no place.
func youBasedRegions(text string) []string {
	var out []string
	for _, m := range youBasedIn.FindAllStringSubmatchIndex(text, -1) {
		before := strings.ToLower(text[max(0, m[0]-12):m[0]])
		if strings.HasSuffix(strings.TrimSpace(before), "if") || strings.Contains(before, "whether") ||
			strings.Contains(strings.ToLower(text[m[0]:m[1]]), "'re not") || negatedClause(text, m[0], m[1]) {
			continue
		}
		for _, r := range regionList(text[m[2]:]) {
			if r != RegionWorldwide {
				out = appendUnique(out, r)
			}
		}
	}
	return out
}

// usPerson is a U.S. person demand: "qualify as a U.S. Person", "must be
// a US person", "U.S. persons only", "U.S. Person status (ITAR)".
var usPerson = regexp.MustCompile(`(?i)(?:\b(?:must|qualify|qualifies|be|as|only)\s+(?:be\s+)?(?:an?\s+)?U\.?\s?S\.?\s+persons?\b|\bU\.?\s?S\.?\s+persons?\s+(?:only|status|required|is\s+required|as\s+defined)\b)`)

// wideAdjective is a place made an adjective with "-wide" before the role:
// "UK-wide remote role", "EU-wide remote position".
var wideAdjective = newKeyRegexp(`(?:^|[\s(])(\p{Lu}[\p{L}.]{1,20})-wide\s+(?i:remote\s+)?(?i:role|position|job|opening|remote|search|hiring)\b`, 25, 30, "-wide")

// demandSentenceRegions reads the U.S. person and "-wide" shapes above
// (youBasedIn is read by requiredRegions); nil when neither is in text.
func demandSentenceRegions(text string) []string {
	for off := 0; ; { // at each "erson" after "US "/"U.S. ": a short window, no whole-text scan
		i := strings.Index(text[off:], "erson")
		if i < 0 {
			break
		}
		i += off
		off = i + 5
		if i < 4 || text[i-1]|0x20 != 'p' || text[i-2] != ' ' || (text[i-3] != 'S' && text[i-3] != 's' && text[i-3] != '.') {
			continue
		}
		w0, w1 := max(0, i-40), min(len(text), i+30)
		if m := usPerson.FindStringIndex(text[w0:w1]); m != nil && !negatedClause(text, w0+m[0], w0+m[1]) {
			return []string{"US"}
		}
	}
	for _, m := range wideAdjective.FindAllStringSubmatch(text, -1) {
		if rs := Regions(m[1]); len(rs) == 1 && rs[0] != RegionWorldwide {
			return rs
		}
	}
	return nil
}
