package normalize

import "strings"

// A description line labelled with the region or the countries a remote
// job is open to ("Hiring region: US/UK/CA", "Eligible countries: DE, AT",
// "Region: EMEA") names where the work may be done from, the way a
// location field does, so its value is read as one: codes count there
// ("UK", "CA" is Canada beside other country codes as in the field). The
// label must open a line and end in a colon; a value that names no place
// ("Region: North") reads nothing.
var regionLabelLine = lazyRe(`(?im)^[\s*_•-]*(?:(?:hiring|eligible|remote|target|open)[ \t]+)?(?:regions?|countries|country)[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(\S.{1,79})$`)

// regionLabelLineRegions reads the regions of the first labelled region
// line that names a place.
func regionLabelLineRegions(text string) []string {
	if !containsFold(text, "region") && !containsFold(text, "countr") {
		return nil
	}
	for _, m := range regionLabelLine().FindAllStringSubmatch(text, 4) {
		if rs := Regions(strings.TrimRight(strings.TrimSpace(m[1]), ".;!")); len(rs) > 0 {
			return rs
		}
	}
	return nil
}
