package normalize

import "strings"

// Three shapes a broad sample of remote-region tables showed (table tests
// in region_remote_area_abbrevs_test.go).
//
//   - A remote segment that names a part of the United States by its common
//     name, in a list of office segments: "Boston | Denver | Midwest
//     Remote" is remote in the US; the offices are no remote region. The
//     segment reader (region_remote_segments.go) reads each segment by
//     worldLocRegions, which knows countries and groups but not the areas
//     region_metro_areas.go reads for a whole location ("East Coast").
//     General: any area usAreaNames holds.
//   - A short entry that is the remote word and a country's common
//     abbreviation that is no ISO code: "Remote (RSA)" is South Africa.
//     Data: the few abbreviations in entryAbbrevs.
//   - A location field that is "us only" in lower case, with or without the
//     remote word: lower-case "us" is left unread elsewhere as the pronoun,
//     but a field holding nothing else is the country. General for the
//     field shape; the code is only "us" (lower-case "uk" and "eu" are
//     already names).

// remoteAreaSegmentRegions returns the regions of one remote segment that
// names a US area ("Midwest Remote", "Remote - West Coast"), or nil.
func remoteAreaSegmentRegions(seg string) []string {
	t := strings.TrimSpace(seg)
	if len(t) < 8 || !containsFold(t, "remote") || !metroAreaGate(t) {
		return nil
	}
	if m := metroAreaLoc(t); m != t {
		return worldLocRegions(m)
	}
	return nil
}

// entryAbbrevs are countries' common abbreviations that are no ISO code
// and no English word.
var entryAbbrevs = map[string]string{"rsa": "ZA"}

// abbrevRemoteEntry returns the country of a short entry that is the remote
// word and one abbreviation of entryAbbrevs: "Remote (RSA)", "RSA - Remote".
func abbrevRemoteEntry(loc string) []string {
	if len(loc) > 24 || !containsFold(loc, "remote") {
		return nil
	}
	code := ""
	for _, f := range strings.FieldsFunc(loc, codeEntrySep) {
		if strings.EqualFold(f, "remote") || strings.EqualFold(f, "fully") {
			continue
		}
		c, ok := entryAbbrevs[strings.ToLower(f)]
		if code != "" || !ok || strings.ToLower(f) != f && strings.ToUpper(f) != f {
			return nil
		}
		code = c
	}
	if code == "" {
		return nil
	}
	return []string{code}
}

// lowerUSOnlyEntry returns US for a location field that is "us only" in
// lower case, after the remote word if any: "us only", "remote - us only".
func lowerUSOnlyEntry(loc string) []string {
	t := strings.TrimSpace(loc)
	if len(t) < 7 || len(t) > 24 || !strings.HasSuffix(t, "only") {
		return nil
	}
	var words []string
	for _, f := range strings.FieldsFunc(t, codeEntrySep) {
		if strings.EqualFold(f, "remote") {
			continue
		}
		words = append(words, f)
	}
	if len(words) == 2 && words[0] == "us" && words[1] == "only" {
		return []string{"US"}
	}
	return nil
}
