package normalize

import "strings"

// A broad region written as the head of a path to one country, as
// applicant-tracking systems file a location under a sales region:
// "EMEA - Germany", "Europe - Poland", "APAC - India - Pune", "AMER -
// Canada - Ontario - Toronto", "Remote - EMEA - UK". The path names one
// country, and the region above it only files it: the location is that
// country (broadPathLoc drops the region's part). Read only where the
// region is the first part after work-mode words and the next part names
// exactly one country; a list ("EMEA, LATAM, Canada", "Remote (EMEA) |
// United Kingdom") and a region with examples ("EMEA (Ireland, Spain)")
// are other readers' and keep every place. A path written with bare dashes
// and no spaces ("Asia-Pacific-China-Beijing", "EMEA-Germany-Berlin") is
// read the same way (broadDashPathLoc), and so is a path written from the
// town up that ends in the region, as Workday files a location
// ("Pennsylvania, United States, AMER"; broadTailLoc). Table tests and traps in
// region_broad_path_test.go.

// broadPathCodes are the region codes that head a path.
var broadPathCodes = map[string]bool{RegionEMEA: true, RegionEU: true, RegionAPAC: true, RegionLATAM: true, RegionAmericas: true, RegionMENA: true}

// broadPathLoc returns loc without the broad region that heads a path to
// one country ("EMEA - Germany" -> "Germany"), or loc.
func broadPathLoc(loc string) string {
	if len(loc) > 100 || !strings.Contains(loc, " - ") && !strings.Contains(loc, " – ") {
		return broadTailLoc(broadDashPathLoc(loc))
	}
	parts := strings.Split(strings.ReplaceAll(loc, " – ", " - "), " - ")
	i := 0
	for i < len(parts) && metroWorkWord(strings.TrimSpace(parts[i])) {
		i++
	}
	if i+1 >= len(parts) {
		return loc
	}
	head := strings.TrimSpace(parts[i])
	if strings.ContainsAny(head, ",/|()&") {
		return loc
	}
	rs := Regions(head)
	if len(rs) != 1 || !broadPathCodes[rs[0]] {
		return loc
	}
	next := strings.TrimSpace(parts[i+1])
	if strings.ContainsAny(next, ",/|&") || strings.Contains(strings.ToLower(next), " and ") {
		return loc // "EMEA - UK, Ireland" is a list
	}
	ns := Regions(next)
	if len(ns) != 1 || len(ns[0]) != 2 {
		return loc
	}
	rest := append(append([]string(nil), parts[:i]...), parts[i+1:]...)
	return strings.Join(rest, " - ")
}

// broadDashPathLoc reads a path of bare dashes with no spaces, whose head
// may hold a dash of its own ("Asia-Pacific"): the shortest head that is
// one broad region, followed by a part that is one country, gives the
// path from that country on ("Asia-Pacific-China-Beijing" -> "China -
// Beijing"); any other location is returned as it is.
func broadDashPathLoc(loc string) string {
	if len(loc) > 100 || strings.Count(loc, "-") < 1 || strings.ContainsAny(loc, " ,/|()&") {
		return loc
	}
	for k := strings.IndexByte(loc, '-'); k > 0; {
		rest := loc[k+1:]
		next, _, _ := strings.Cut(rest, "-")
		if rs := Regions(loc[:k]); len(rs) == 1 && broadPathCodes[rs[0]] {
			if ns := Regions(next); len(ns) == 1 && len(ns[0]) == 2 {
				return strings.ReplaceAll(rest, "-", " - ")
			}
		}
		j := strings.IndexByte(rest, '-')
		if j < 0 {
			break
		}
		k += j + 1
	}
	return loc
}

// broadTailLoc drops a broad region that ends a comma path from a place up
// to its country ("Remote, Pennsylvania, United States, AMER" ->
// "Remote, Pennsylvania, United States"): the part before the region is one
// country and the part before that a place read as the same country. A
// list of countries and regions ("Germany, EMEA", "UK, Ireland, EMEA") is
// left as it is.
func broadTailLoc(loc string) string {
	i := strings.LastIndexByte(loc, ',')
	if i < 0 || len(loc) > 100 {
		return loc
	}
	tail := strings.TrimSpace(loc[i+1:])
	if len(tail) < 4 || strings.ContainsAny(tail, "0123456789") {
		return loc // "Austin, TX", "Pune, 411001": no region's name
	}
	rs := Regions(tail)
	if len(rs) != 1 || !broadPathCodes[rs[0]] {
		return loc
	}
	head := loc[:i]
	j := strings.LastIndexByte(head, ',')
	if j < 0 {
		return loc
	}
	country := Regions(head[j+1:])
	if len(country) != 1 || len(country[0]) != 2 {
		return loc
	}
	k := strings.LastIndexByte(head[:j], ',')
	if place := Regions(head[k+1 : j]); len(place) != 1 || place[0] != country[0] || worldCountries[country[0]] != nil && strings.EqualFold(strings.TrimSpace(head[k+1:j]), worldCountries[country[0]].name) {
		return loc
	}
	return head
}
