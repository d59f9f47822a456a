package normalize

import (
	"regexp"
	"strings"
)

// Region wording found by the ninth round of outside tables (see
// ext5_fix_test.go).

// basedRole is a remote role introduced by the place it is based in:
// "Europe-based remote position", "UK-based, fully remote role". The
// place is one to three words glued to "-based"; the noun must be the
// role, so "a Europe-based company hiring remote engineers" names no
// region (the company's home is not the hiring scope).
var basedRole = regexp.MustCompile(`(?i)\b([\p{L}][\p{L}.]*(?:[ /][\p{L}][\p{L}.]*){0,2})-based,?\s+(?:(?:fully|100%|full)\s+)?remote(?:-first)?\s+(?:position|role|job|opportunity|contract|vacancy|post)\b`)

// basedRoleRegions reads the region of a place-based remote role.
func basedRoleRegions(text string) []string {
	if !strings.Contains(text, "-based") && !strings.Contains(text, "-Based") {
		return nil
	}
	for _, m := range basedRole.FindAllStringSubmatch(text, -1) {
		if rs := Regions(m[1]); len(rs) > 0 {
			return rs
		}
	}
	return nil
}

// anywhereDash is "work from anywhere" closed by a dash that starts a
// new thought: "Work from anywhere — we don't care where you are", "work
// from anywhere - fully remote role". worldwideOpen wants a full stop or
// the end after "anywhere"; a dash followed by a place ("anywhere - in
// the US", "anywhere – within Europe") is left to the place readers.
var anywhereDash = regexp.MustCompile(`(?i)\b(?:work|working|live|based)\s+(?:remotely\s+)?(?:from\s+)?anywhere\s*(?:—|–|\s-)\s*(\p{L}+)`)

// anywhereDashPlace are the words after the dash that bring a place.
var anywhereDashPlace = map[string]bool{"in": true, "within": true, "across": true, "inside": true, "from": true, "throughout": true, "but": true, "as": true, "except": true, "excluding": true, "only": true}

// workAnywhereDash reports a work-from-anywhere sentence closed by a dash.
func workAnywhereDash(text string) bool {
	if !containsFold(text, "anywhere") {
		return false
	}
	for _, m := range anywhereDash.FindAllStringSubmatch(text, -1) {
		if !anywhereDashPlace[strings.ToLower(m[1])] {
			return true
		}
	}
	return false
}

// addTimezoneUS adds the US that a US time zone ("EST", "PT") implies,
// unless the text names another place: "Remote in Canada in EST timezone"
// is Canada working US hours, "Remote - Brazil (PST overlap)" is Brazil.
// Worldwide alone does not count as a place ("Anywhere, EST hours" stays
// US, as before).
func addTimezoneUS(out []string) []string {
	for _, c := range out {
		if c != RegionWorldwide {
			return out
		}
	}
	return append(out, "US")
}
