package normalize

import "strings"

// A bar or semicolon after a remote scope usually parts an office from it
// ("Remote - EMEA; Edinburgh, United Kingdom" is remote in EMEA, the office
// in Edinburgh: remoteSegmentRegions). But a part after the remote one that
// is a country or region alone, no town in it, goes on with the scope's
// list: "Remote - Germany | Austria | Switzerland" is remote in all three,
// "Remote - US; Canada" in both. bareRegionPart tells such a part. Table
// tests in region_remote_list_tail_test.go.
func bareRegionPart(part string) bool {
	t := strings.Trim(strings.TrimSpace(part), ".()[]")
	if len(t) < 2 || len(t) > 40 {
		return false
	}
	if code, ok := regionCodes[t]; ok {
		return !usStates[t] || code != "" && len(t) == 3 // "UK", "EMEA", "USA", not "CA" or "DE" alone
	}
	low := strings.ToLower(strings.Join(regionTokens(t), " "))
	if low == "" || strings.Count(low, " ")+1 != len(regionTokens(t)) {
		return false
	}
	if _, ok := regionNames[low]; !ok {
		if _, ok := regionGroups[low]; !ok {
			return false
		}
	}
	if _, town := worldTowns[foldTown(t)]; town {
		return false // "Munich", "London": an office's town
	}
	return true
}
