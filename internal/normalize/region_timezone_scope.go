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

// euZone is a European time zone; euZoneScope a scope statement naming
// one, and euWide the adjectives.
const euZone = `(?:CET|CEST|EET|EEST|(?:UTC|GMT)\s?\+\s?0?[12](?::00)?)`

var (
	euZoneScope = regexp.MustCompile(`\b(?i:in|within|from|across|around|overlap(?:ping)?\s+with)\s+(?:(?i:the)\s+)?` + euZone + `(?:[^\d:A-Za-z]|$)|` +
		`\b` + euZone + `\s*(?:(?i:business|working|work|office|core)\s+)?(?i:hours|time\s*zones?|timezones?)\b`)
	euWide = newCueRegexp(`(?i)\b(?:europe[- ]wide|pan[- ]european)\b`)
)

// euZoneTokens are the literals every zone euZone reads starts with.
var euZoneTokens = []string{"CET", "CEST", "EET", "EEST", "UTC", "GMT"}

// euZoneRegions is EU when text scopes the work by such a statement; nil
// otherwise. euZoneScope runs only on a short window around each zone
// literal (a byte search), euWide only on a text holding "europe".
func euZoneRegions(text string) []string {
	for _, tok := range euZoneTokens {
		for off := 0; ; {
			i := strings.Index(text[off:], tok)
			if i < 0 {
				break
			}
			i += off
			lo, hi := max(0, i-40), min(len(text), i+60)
			if j := strings.IndexByte(text[lo:i], ' '); lo > 0 && j >= 0 {
				lo += j + 1 // start the window at a word
			}
			if euZoneScope.MatchString(text[lo:hi]) && !inWideOffsetRange(text, i) {
				return []string{"EU"}
			}
			off = i + len(tok)
		}
	}
	if hasFold(text, "europe") && euWide.MatchString(text) {
		return []string{"EU"}
	}
	return nil
}
