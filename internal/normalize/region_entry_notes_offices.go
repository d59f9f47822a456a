package normalize

import (
	"regexp"
	"strings"
)

// Three shapes of a location entry that were read as the wrong places
// (table tests in region_entry_notes_offices_test.go):
//
//   - A bracketed note on visa sponsorship names a country whose visas the
//     employer will not sponsor, not where the work may be done from:
//     "Anywhere (no US sponsorship)" is the world. The note is dropped
//     when the entry names something besides it; "Anywhere (US only)" is
//     no sponsorship note and still reads the US.
//   - An entry that opens with the world and goes on to the company's
//     offices ("remotely world wide and joining us from offices in Berlin,
//     Austin") is the world: the offices are where colleagues sit, as
//     "Worldwide - based in San Francisco" is (region_world_head_clause.go).
//   - Towns with two-letter codes joined by a spaced slash ("Reno, NV /
//     Boise, ID / Sunnyvale, CA") are a list of places, each read as its
//     own entry. Read whole, the last code alone decided the entry (ID as
//     Indonesia, CA as Canada).

// sponsorNoteDropped returns loc without a bracketed note on sponsorship.
func sponsorNoteDropped(loc string) string {
	if !containsFold(loc, "sponsor") {
		return loc
	}
	out := sponsorNote.ReplaceAllString(loc, " ")
	if strings.TrimSpace(out) == "" {
		return loc
	}
	return strings.TrimSpace(out)
}

var sponsorNote = regexp.MustCompile(`(?i)\s*\([^()]*\bsponsor[^()]*\)`)

// worldOfficesEntry returns "worldwide" for an entry that opens with the
// world and then speaks of the company's offices, else loc.
func worldOfficesEntry(loc string) string {
	if len(loc) < 20 || !containsFold(loc, "office") || !(containsFold(loc, "world") || containsFold(loc, "anywhere") || containsFold(loc, "global")) {
		return loc
	}
	if worldOfficesClause.MatchString(loc) {
		return "worldwide"
	}
	return loc
}

// worldOfficesClause is the world opening an entry (after an optional
// "remote" or "remotely"), then, within a short clause, the offices.
var worldOfficesClause = regexp.MustCompile(`(?i)^\s*(?:(?:fully )?remote(?:ly)?\s*[-–—,:(]?\s*)?(?:world\s?wide|anywhere(?: in the world)?|global(?:ly)?)\s*\)?\s*(?:[-–—,;:(|]|\band\b|\bor\b|\bwith\b)[^\n]{0,40}?\boffices?\b`)

// slashTownEntries returns locations with each entry whose spaced
// slashes part towns with two-letter codes split into those towns.
func slashTownEntries(locations []string) []string {
	split := false
	for _, loc := range locations {
		if len(slashTownParts(loc)) > 0 {
			split = true
			break
		}
	}
	if !split {
		return locations
	}
	var out []string
	for _, loc := range locations {
		if parts := slashTownParts(loc); len(parts) > 0 {
			out = append(out, parts...)
		} else {
			out = append(out, loc)
		}
	}
	return out
}

// slashTownParts returns the parts of loc between spaced slashes when every
// part is a town and a two-letter code, else nil.
func slashTownParts(loc string) []string {
	if !strings.Contains(loc, " / ") {
		return nil
	}
	parts := strings.Split(loc, " / ")
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
		if !townCodePart(parts[i]) {
			return nil
		}
	}
	return parts
}

// townCodePart reports "Town, XX": a town name without digits or commas,
// then a comma and two capital letters.
func townCodePart(p string) bool {
	i := strings.LastIndex(p, ", ")
	if i <= 0 || len(p)-i != 4 {
		return false
	}
	for _, c := range p[i+2:] {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return !strings.ContainsAny(p[:i], ",0123456789()|;")
}
