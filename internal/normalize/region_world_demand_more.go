package normalize

import (
	"regexp"
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A remote listing can pair company-wide words ("We hire globally",
// "Remote - Worldwide") with a demand on where this worker must be. The
// demand is the narrower word and wins, as region_role_demand_world.go does
// for "this role requires …". Besides the demands requiredRegions reads,
// four more shapes are read here, also when no region was read at all:
//   - "You need to be UK based to apply.": a place joined to "based";
//   - "U.S. citizenship or permanent residency only.";
//   - "Only applicants within the US will be considered.";
//   - "Irish residency is required." (a nationality word before it).
//
// A demand the text takes back is not one: "No US citizenship required.",
// "You do not need to be a US citizen.", "Authorization to work in the US
// is not required." name no place; the listing is read again with those
// sentences left out. Table tests in region_world_demand_more_test.go.

var (
	// placeBased is a "must be X based" demand: "you need to be UK based",
	// "candidates have to be Canada-based".
	placeBased = newKeyRegexp(`(?i)\b(?:must|need\s+to|needs\s+to|have\s+to|has\s+to|required\s+to)\s+be\s+(?:an?\s+)?([\p{L}.]{2,20})[- ]based\b`, 200, 10, "based")
	// statusOnly is a citizenship or residence "only": "U.S. citizenship or
	// permanent residency only", "UK residency only".
	statusOnly = newKeyRegexp(`(?i)\b([\p{L}.]{2,20})\s+(?:citizenship|citizens|residency|residents)(?:\s+or\s+(?:permanent\s+|legal\s+)?(?:residency|residence|residents|green\s+card(?:\s+holders)?))?\s+only\b`, 240, 10, "only")
	// onlyApplicantsIn is "only applicants within X will be considered".
	onlyApplicantsIn = newKeyRegexp(`(?i)\bonly\s+(?:applicants|candidates|people|residents)\s+(?:who\s+(?:are|live)\s+)?(?:based\s+|located\s+|living\s+|residing\s+)?(?:within|in|from)\s+(?:the\s+)?([\p{L}. ]{2,30}?)\s+(?:will|can|may|are|should)\b`, 10, 260, "only")
	// statusRequired is a residency or citizenship written before "is
	// required": "Irish residency is required".
	statusRequired = newKeyRegexp(`(?i)\b([\p{L}.]{2,20})\s+(?:residency|residence|citizenship)\s+(?:is\s+|are\s+)?(?:strictly\s+)?(?:required|mandatory|needed)\b`, 120, 80, "residency", "residence", "citizenship")
	// deniedDemand is a demand taken back in its own words; its group is
	// the place.
	deniedDemand = regexp.MustCompile(`(?i)\bno\s+([\p{L}.]{2,20})\s+(?:citizenship|residency|work\s+authori[sz]ation|work\s+permit|visa)\s+(?:is\s+)?(?:required|needed|necessary)\b[^.!?\n]*|` +
		`\b(?:do|does|will)\s+not\s+need\s+to\s+be\s+an?\s+([\p{L}.]{2,20})\s+(?:citizen|resident|national)\b[^.!?\n]*|` +
		`\b(?:authori[sz]ation|permission|eligibility)\s+to\s+work\s+in\s+(?:the\s+)?([\p{L}. ]{2,30}?)\s+is\s+not\s+(?:required|needed|necessary)\b[^.!?\n]*`)
)

// moreDemandRegions reads the four demand shapes above; nil when none
// names a place.
func moreDemandRegions(text string) []string {
	if !containsAnyFold(text, []string{"based", " only", "only ", "required", "mandatory", "needed"}) {
		return nil
	}
	var out []string
	for _, re := range []*keyRegexp{placeBased, statusOnly, onlyApplicantsIn, statusRequired} { // each tried only around its key words
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			if negatedClause(text, m[0], m[1]) {
				continue
			}
			if re == statusOnly && !sentenceStart(text, m[0]) {
				continue // "tools for Canadian citizens only" serves them, it does not hire them
			}
			for _, r := range regionOrDemonym(text[m[2]:m[3]]) {
				if r != RegionWorldwide {
					out = appendUnique(out, r)
				}
			}
		}
	}
	return out
}

// reviseWorldDemandMore narrows a remote listing read as worldwide (or
// read with no region) to the place a demand of its text names, and undoes
// a region read only from a demand the text takes back.
func reviseWorldDemandMore(hint string, locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote {
		return ri
	}
	worldOnly := len(ri.Regions) == 1 && ri.Regions[0] == RegionWorldwide
	if len(ri.Regions) == 0 || worldOnly {
		kept := text
		if mayDeny(text) {
			kept = deniedDemand.ReplaceAllString(text, "")
		}
		rs := moreDemandRegions(kept)
		if len(rs) == 0 && worldOnly && !locNamesPlace(locs) {
			rs = requiredRegions(kept) // not when a place field was widened on purpose ("Remote (US)" and "we also hire worldwide")
		}
		if len(rs) > 0 {
			ri.Regions = rs
			ri.Evidence = "text: place demand"
			return ri
		}
	}
	if len(ri.Regions) == 0 || worldOnly || !mayDeny(text) {
		return ri
	}
	spans := deniedDemand.FindAllStringSubmatchIndex(text, -1)
	if len(spans) == 0 {
		return ri
	}
	var denied []string
	var b strings.Builder
	last := 0
	for _, s := range spans {
		for g := 1; 2*g+1 < len(s); g++ {
			if s[2*g] >= 0 {
				for _, r := range regionOrDemonym(text[s[2*g]:s[2*g+1]]) {
					denied = appendUnique(denied, r)
				}
			}
		}
		b.WriteString(text[last:s[0]])
		last = s[1]
	}
	b.WriteString(text[last:])
	for _, r := range ri.Regions {
		if !slices.Contains(denied, r) {
			return ri // a region the denied sentences do not name
		}
	}
	again := ParseRemote(hint, locs, b.String())
	ri.Regions = again.Regions
	ri.Evidence = "text: demand taken back"
	return ri
}

// mayDeny reports whether text holds the words every deniedDemand match
// needs, so the scan is skipped for most descriptions: a requirement word,
// a negation, and a word of status or permission.
func mayDeny(text string) bool {
	return needWords.may(text) && denyStatusGate.may(text) &&
		containsAnyFold(text, needWordList) && containsAnyFold(text, []string{"not ", "no "}) && containsAnyFold(text, denyStatusWords)
}

// denyStatusWords are the words one of which each deniedDemand branch
// holds: the status or document ("citizenship", "residency", "work
// authorization", "work permit", "visa"; "citizen", "resident",
// "national") or the permission ("permission", "eligibility",
// "authorization" to work).
var denyStatusWords = []string{"citizen", "residen", "authori", "permit", "visa", "national", "permission", "eligibility"}

// needWordList are the words of a need; needWords and denyStatusGate the
// word gates (word_gate.go) of the two lists.
var (
	needWordList   = []string{"requir", "need", "necessar"}
	needWords      = newFoldGate(needWordList...)
	denyStatusGate = newFoldGate(denyStatusWords...)
)

// locNamesPlace reports whether a location item names a place or the
// world ("Remote - Worldwide", "Remote (US)"); the readers that widened or
// narrowed such a field already weighed the description's demands.
func locNamesPlace(locs []string) bool {
	for _, l := range locs {
		if len(Regions(l)) > 0 {
			return true
		}
	}
	return false
}

// sentenceStart reports whether text[i:] begins a sentence, a line or a
// labelled value: nothing before it but a stop, a colon, a dash or a
// bracket.
func sentenceStart(text string, i int) bool {
	before := strings.TrimRight(text[:i], " \t")
	return before == "" || strings.ContainsAny(before[len(before)-1:], ".!?:;(\n-")
}
