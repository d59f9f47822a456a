package normalize

import (
	"slices"
	"strings"
)

// An area narrowed by a bracket of its own countries (table tests in
// region_area_narrowed_test.go): "Americas (USA or Canada) (Remote)" is
// the US and Canada, "EMEA (UK, Germany, Poland)" the three countries, as
// Greenhouse and Ashby location names write the countries an area stands
// for. The bracket must follow the area's own name (nothing else before it
// names a region) and every place it names must lie in the area: "Europe
// (CET)" names a zone and keeps Europe, "EMEA (US hours)" is no narrowing,
// "Americas (Remote)" names nothing. The area may open the bracket itself,
// before a colon: "Remote (Europe: Germany, Netherlands)".

// areaNarrowed returns rs, the regions read from loc, with the area
// replaced by the countries of its bracket when loc narrows it so.
func areaNarrowed(loc string, rs []string) []string {
	if len(rs) < 2 {
		return rs
	}
	i := strings.IndexByte(loc, '(')
	if i <= 0 {
		return rs
	}
	j := strings.IndexByte(loc[i:], ')')
	if j < 0 {
		return rs
	}
	inner := loc[i+1 : i+j]
	head := Regions(loc[:i])
	if k := strings.IndexByte(inner, ':'); k > 0 && len(head) == 0 {
		head, inner = Regions(inner[:k]), inner[k+1:] // "Remote (Europe: Germany, Netherlands)"
	}
	if len(head) != 1 || !isArea(head[0]) {
		return rs
	}
	area := head[0]
	in := regionList(inner)
	if len(in) == 0 {
		return rs
	}
	for _, c := range in {
		if !areaHolds(area, c) {
			return rs
		}
	}
	out := make([]string, 0, len(rs))
	for _, r := range rs {
		if r != area && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	for _, c := range in {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}
