package normalize

import (
	"regexp"
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A wider or further place stated beside the listing's own, with "also"
// (table tests in region_also_hire_test.go): "Remote, Europe" with "We also
// hire anywhere in the US" is Europe and the US; "Remote (US)" with "we also
// hire worldwide" is the whole world. A place the text demands instead
// ("must be based in") narrows; one it adds with "also" widens. "Also" in
// another sense ("we also have an office in Berlin", "also hiring for our
// Berlin office") adds nothing: the verb must hire, recruit, accept or
// welcome people in or from the place.

// alsoHire is the statement up to where its place starts.
var alsoHire = newKeyRegexp(`(?i)\balso\s+(?:hire|hires|hiring|recruit|recruits|recruiting|accept|accepts|accepting|welcome|welcomes|consider|considers|considering|employ|employs|open\s+to)\s+(?:(?:candidates|applicants|people|talent|engineers|contractors|remote\s+workers)\s+)?(?:(?:from\s+)?anywhere\s+)?(?:(?:based\s+|located\s+)?(?:in|from|across|within|throughout)\s+(?:the\s+)?)?`,
	5, 90, "also hir", "also recruit", "also accept", "also welcom", "also consider", "also employ", "also open to")

// reviseAlsoHire adds the places alsoHire states to a remote or hybrid
// listing that already has regions; the whole world stands alone.
func reviseAlsoHire(text string, ri RemoteInfo) RemoteInfo {
	if len(ri.Regions) == 0 || ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteHybrid {
		return ri
	}
	if slices.Contains(ri.Regions, RegionWorldwide) {
		if len(ri.Regions) > 1 && ri.Remote == model.RemoteRemote {
			ri.Regions = []string{RegionWorldwide} // "Remote within the US or worldwide": the world holds the rest
		}
		return ri
	}
	for _, m := range alsoHire.FindAllStringIndex(text, -1) {
		if negatedClause(text, m[0], m[1]) {
			continue
		}
		rest := text[m[1]:]
		if hasWorldWord(rest) {
			ri.Regions = []string{RegionWorldwide}
			return ri
		}
		rs := placeList(rest)
		if len(rs) == 0 {
			rs = demonymPeople(rest) // "also welcome African applicants" (region_world_cover_hiring.go)
		}
		for _, r := range rs {
			ri.Regions = appendUnique(ri.Regions, r)
		}
	}
	for _, m := range append(hireListIn.FindAllStringIndex(text, -1), openAnywhereIn.FindAllStringIndex(text, -1)...) {
		if negatedClause(text, m[0], m[1]) {
			continue
		}
		rest := text[m[1]:]
		if k := exampleCut.FindStringIndex(rest); k != nil {
			rest = rest[:k[0]] // "anywhere in Africa, including Kenya and Ghana": the examples are in it
		}
		rs := placeList(rest)
		if len(rs) == 0 || slices.Contains(rs, RegionWorldwide) || sameRegions(rs, ri.Regions) {
			continue
		}
		if len(rs) > len(ri.Regions) && listHoldsAll(rs, ri.Regions) || allWithin(ri.Regions, rs) {
			ri.Regions = rs // "Remote - US" and "we can hire in both the US and Canada"; "Amsterdam" and "open to candidates living anywhere in the EU"
			break
		}
	}
	return ri
}

// exampleCut opens the examples after a place: ", including", "such as".
var exampleCut = regexp.MustCompile(`(?i),?\s+(?:including|incl\.|such\s+as|e\.g\.|for\s+example|especially|like)\b`)

// openAnywhereIn is a remote role opened to people anywhere in a place:
// "open to candidates living anywhere in the EU".
var openAnywhereIn = newKeyRegexp(`(?i)\bopen\s+to\s+(?:candidates|applicants|people|anyone|talent)\s+(?:(?:living|based|located|residing)\s+)?anywhere\s+(?:in|within|across)\s+(?:the\s+)?`,
	60, 10, "anywhere in", "anywhere within", "anywhere across")

// hireListIn is a hiring statement whose list holds the listing's own
// places and more, without "also": "Remote - US" with "we can hire in
// both the US and Canada through our employer of record".
var hireListIn = newKeyRegexp(`(?i)\b(?:can|are\s+able\s+to|may)\s+(?:hire|employ|recruit)\s+(?:(?:candidates|people|talent|you)\s+)?(?:in|from)\s+(?:both\s+)?(?:the\s+)?`,
	30, 20, "hire in", "hire from", "employ in", "employ from", "recruit in", "recruit from", "hire candidates", "hire people", "hire talent", "employ you", "hire you")

// hasWorldWord reports whether s opens with the whole world: "worldwide",
// "globally", "anywhere in the world", "internationally".
func hasWorldWord(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, w := range []string{"worldwide", "globally", "internationally", "anywhere in the world", "the world", "all over the world", "around the world", "any country", "any time zone", "anywhere."} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return s == "anywhere"
}
