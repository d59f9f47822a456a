package normalize

import (
	"regexp"
	"strings"
)

// European scopes named by a time zone or an adjective (table tests in
// region_timezone_scope_test.go), as usZoneHours reads US ones: "Our core
// hours are in CEST", "Candidates in UTC+1 or UTC+2", "CET business
// hours", "The job is Europe-wide", "a pan-European team". Central and
// Eastern European time (CET, CEST, EET, EEST) and UTC/GMT+1 or +2 are
// Europe's; "UTC+10 (Brisbane)" is not UTC+1, and "UTC+3" (Moscow,
// Istanbul, the Gulf) or "GMT" (the UK) are left alone. A zone needs a
// scope word: "in"/"within" before it, or "hours"/"time zone" after it;
// "the call is at 10:00 CET" is no scope. Read by exclusionRegions for a
// remote or hybrid listing no other reader gave a region.

// euZone is a European time zone, and euZoneScope the scope statements.
const euZone = `(?:CET|CEST|EET|EEST|(?:UTC|GMT)\s?\+\s?0?[12](?::00)?)`

var euZoneScope = regexp.MustCompile(`\b(?i:in|within|from|across|around|overlap(?:ping)?\s+with)\s+(?:(?i:the)\s+)?` + euZone + `(?:[^\d:A-Za-z]|$)|` +
	`\b` + euZone + `\s*(?:(?i:business|working|work|office|core)\s+)?(?i:hours|time\s*zones?|timezones?)\b|` +
	`\b(?i:europe[- ]wide|pan[- ]european)\b`)

// euZoneRegions is EU when text scopes the work by such a statement; nil
// otherwise. The cheap literal checks come first.
func euZoneRegions(text string) []string {
	if !strings.Contains(text, "ET") && !strings.Contains(text, "EST") && !strings.Contains(text, "UTC+") && !strings.Contains(text, "GMT+") &&
		!strings.Contains(text, "UTC +") && !containsFold(text, "europe-wide") && !containsFold(text, "europe wide") && !containsFold(text, "pan-european") && !containsFold(text, "pan european") {
		return nil
	}
	if euZoneScope.MatchString(text) {
		return []string{"EU"}
	}
	return nil
}
