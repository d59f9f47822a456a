package normalize

import "strings"

// hoursNoteOfOtherPlace drops a region that a bracketed note of working
// hours names beside another place: "Remote - Peru (UK business hours)" is
// Peru keeping UK hours, not the UK as well. The note's region stays when
// the rest of the string names it too ("Remote - UK (UK hours)") or names
// nothing. General: reads the shape "PLACE (ZONE hours)" with the zone
// words of zoneHours, and "PLACE (remote, ZONE time zone overlap)" the
// same way: "Delhi (remote, US timezone overlap)" is Delhi keeping US
// hours (region_hours_note_zone_test.go). Called from Regions only when
// it read two or more.
func hoursNoteOfOtherPlace(s string, out []string) []string {
	if !strings.Contains(s, "hours") && !strings.Contains(s, "Hours") && !containsAnyFold(s, zoneNoteNames) {
		return out
	}
	open := strings.IndexByte(s, '(')
	if open < 0 {
		return out
	}
	end := strings.IndexByte(s[open:], ')')
	if end < 0 {
		return out
	}
	end += open
	note := s[open+1 : end]
	m := zoneHours.plain().FindStringSubmatch(note)
	if m == nil {
		return out
	}
	noted := regionOrDemonym(m[1])
	if len(noted) == 0 {
		return out
	}
	rest := Regions(s[:open] + " " + s[end+1:])
	if len(rest) == 0 {
		return out
	}
	for _, c := range noted {
		for _, r := range rest {
			if r == c {
				return out
			}
		}
	}
	kept := make([]string, 0, len(out))
	for _, c := range out {
		drop := false
		for _, n := range noted {
			if c == n {
				drop = true
			}
		}
		if !drop {
			kept = append(kept, c)
		}
	}
	if len(kept) == 0 {
		return out
	}
	return kept
}

// zoneNoteNames are the time-zone words a bracketed note may use in place
// of "hours" (zoneHours reads "US time zone", "EU timezones").
var zoneNoteNames = []string{"timezone", "time zone"}
