package normalize

import "strings"

// Regional group names in remote fields (table tests in
// region_remote_field_groups_test.go).
//
//   - A remote field naming its people by a demonym: "Remote – Greek
//     residents only", "Remote for Italian applicants", "Latin American
//     Remote". A country's demonym counts only beside a people word
//     (residents, candidates, ...): "Remote - Spanish" alone may be the
//     language. A group's demonym ("European", "Latin American") also
//     counts beside "Remote" alone. Read by remoteRegions for a location
//     no other reader gave a region.
//   - Europe and the Nordics in the languages of the boards' fields:
//     "Europaweit", "Eurooppa", "Europees", "Nordisk", "Pohjoismaat".
//   - A title whose first segment starts with "IT" before more words
//     ("IT Service Desk Analyst - Remote") names the trade, not Italy.

// demonymPeopleWords name the people a remote field is open to.
var demonymPeopleWords = map[string]bool{"residents": true, "resident": true, "candidates": true, "applicants": true,
	"citizens": true, "nationals": true, "talent": true, "people": true, "contractors": true, "freelancers": true}

// demonymGroupValue reports a region value that is a group, not a country.
func demonymGroupValue(v string) bool {
	switch v {
	case RegionEU, RegionLATAM, RegionAPAC, RegionAmericas, RegionEMEA, RegionMENA, RegionAfrica:
		return true
	}
	return false
}

// demonymRemoteEntry returns the region of a remote field that names its
// people by a demonym, or nil.
func demonymRemoteEntry(loc string) []string {
	if len(loc) > 60 || !containsFold(loc, "remote") {
		return nil
	}
	words := strings.FieldsFunc(strings.ToLower(loc), func(r rune) bool {
		return r == ' ' || r == ',' || r == '-' || r == '–' || r == '—' || r == '(' || r == ')' || r == ':' || r == '/' || r == '|'
	})
	// drop the remote note, the linking words and "only"; keep the rest
	var rest []string
	people, remote := false, false
	for _, w := range words {
		switch {
		case w == "remote" || w == "fully" || w == "100%":
			remote = remote || w == "remote"
		case w == "for" || w == "open" || w == "to" || w == "only":
		case demonymPeopleWords[w]:
			people = true
		default:
			rest = append(rest, w)
		}
	}
	if !remote || len(rest) == 0 || len(rest) > 2 {
		return nil
	}
	name := strings.Join(rest, " ")
	v, ok := zoneDemonyms[name]
	if !ok {
		v, ok = demonyms[name]
	}
	if !ok || (!people && !demonymGroupValue(v)) {
		return nil
	}
	return []string{v}
}

// itTradeSegment reports a title segment that starts with "IT" and goes
// on with more words: the trade ("IT Support Engineer"), not Italy. "IT
// only", "IT based" and "IT Remote" keep the code.
func itTradeSegment(seg string) bool {
	if !strings.HasPrefix(seg, "IT ") {
		return false
	}
	f := strings.Fields(seg)
	return len(f) > 1 && f[0] == "IT" && !codeScopeWords[strings.ToLower(f[1])]
}

func init() {
	for name, code := range map[string]string{
		"europaweit": RegionEU, "eurooppa": RegionEU, "europees": RegionEU, "europese unie": RegionEU,
	} {
		addRegionName(name, code)
	}
	nordics := regionGroups["nordics"]
	for _, n := range []string{"nordisk", "pohjoismaat"} {
		if _, ok := regionGroups[n]; !ok {
			regionGroups[n] = nordics
		}
	}
}
