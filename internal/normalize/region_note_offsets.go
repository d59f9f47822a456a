package normalize

import "regexp"

// Time-zone offsets listed beside a remote note's places: "Remote (North
// America, GMT-8–GMT-5)", "Remote (US, UTC-5 to UTC-8)", "Remote (Europe,
// UTC+1 to UTC+3 hours)". The offsets say which hours the team keeps, not
// another place: placeOnlyList drops them before it splits the list, so
// the places around them are read, and a note of offsets alone still
// names no place. Table tests in region_note_offsets_test.go.

// zoneOffsetSpan is an offset or a range of offsets from UTC or GMT, with
// an optional "hours" or "time zone" after it.
var zoneOffsetSpan = regexp.MustCompile(`(?i)\b(?:UTC|GMT)\s*[+\-−–]\s*\d{1,2}(?::?[0-5]\d)?(?:\s*(?:[\-−–—/]|to)\s*(?:(?:UTC|GMT)\s*)?[+\-−–]?\s*\d{1,2}(?::?[0-5]\d)?)?(?:\s+(?:hours|hrs|time\s*zones?|timezones?|time))?\b`)

// dropZoneOffsets is s with each such offset replaced by a comma; s
// itself when it names neither UTC nor GMT.
func dropZoneOffsets(s string) string {
	if !containsFold(s, "utc") && !containsFold(s, "gmt") {
		return s
	}
	return zoneOffsetSpan.ReplaceAllString(s, ",")
}
