package normalize

import (
	"slices"
	"strings"
)

// An area followed by one of its own countries in a breadcrumb location
// (table tests in region_area_crumb_test.go): "North America · USA" or
// "Europe › Spain" is the country, as boards that file a location under
// its continent write it, not the whole area beside it. Only the
// breadcrumb marks (middle dot, single or double angle quote, " > ") join
// so; a comma list ("Europe, Germany") may name both. The country must lie
// in the area ("North America · Germany" keeps both), and a part that
// names no region ("Remote") is passed over.

// crumbMarks are the separators of a breadcrumb location.
var crumbMarks = []string{"·", "›", "»", " > "}

// areaCrumbNarrowed returns rs, the regions read from loc, narrowed to the
// country when loc is an area then one of its countries in a breadcrumb.
func areaCrumbNarrowed(loc string, rs []string) []string {
	if len(rs) < 2 {
		return rs
	}
	var parts []string
	for _, m := range crumbMarks {
		if strings.Contains(loc, m) {
			parts = strings.Split(loc, m)
			break
		}
	}
	var named []string // the parts that name a region
	for _, p := range parts {
		if p = strings.TrimSpace(p); len(Regions(p)) > 0 {
			named = append(named, p)
		}
	}
	if len(named) != 2 || strings.ContainsAny(named[0], ",/&") {
		return rs // "US, Canada · USA" is a list, not an area
	}
	head, tail := Regions(named[0]), Regions(named[1])
	if len(tail) != 1 || tail[0] == RegionWorldwide || isArea(tail[0]) {
		return rs
	}
	c := tail[0]
	switch {
	case len(head) == 1 && areaHolds(head[0], c): // "Europe · Germany"
	case len(head) > 1 && slices.Contains(head, c) && !slices.ContainsFunc(head, isArea): // "North America · USA"
		if strings.Contains(strings.ToLower(named[0]), " and ") || strings.Contains(strings.ToLower(named[0]), " or ") {
			return rs // "USA and Canada · USA"
		}
	default:
		return rs
	}
	return []string{c}
}
