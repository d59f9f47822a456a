package normalize

import (
	"regexp"
	"strings"
	"unicode"
)

// Region wording (table tests in regions_based_anywhere_test.go).

// basedRole is a remote role introduced by the place it is based in:
// "Europe-based remote position", "UK-based, fully remote role", or
// on a listing remote by other words "a US-based role". The
// place is one to three words glued to "-based"; the noun must be the
// role, so "a Europe-based company hiring remote engineers" names no
// region (the company's home is not the hiring scope).
var basedRole = regexp.MustCompile(`(?i)\b([\p{L}][\p{L}.]*(?:[ /][\p{L}][\p{L}.]*){0,2})-based,?\s+(?:(?:fully|100%|full)\s+)?(?:remote(?:-first)?\s+)?(?:position|role|job|opportunity|contract|vacancy|post)\b`)

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
	for i := indexWordFold(text, "anywhere", 0); i >= 0; i = indexWordFold(text, "anywhere", i+8) {
		j := i + 8
		for j < len(text) && text[j] == ' ' {
			j++
		}
		if j == len(text) || !(text[j] == '-' || strings.HasPrefix(text[j:], "—") || strings.HasPrefix(text[j:], "–")) {
			continue // only a dash after "anywhere" is read here
		}
		for _, m := range anywhereDash.FindAllStringSubmatch(text[max(0, i-30):min(len(text), j+30)], -1) {
			if !anywhereDashPlace[strings.ToLower(m[1])] {
				return true
			}
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

// applicantsOf is a hiring scope said of the applicants: "Only considering
// U.S. applicants", "Open to Canadian applicants", "Canadian candidates
// welcome to apply". The word before "candidates" must read as a place or
// a nationality ("qualified candidates welcome" names none).
var applicantsOf = regexp.MustCompile(`(?i)\b(?:open to|for|only|considering|accepting|welcom(?:e|ing))\s+(?:only\s+)?([\p{L}][\p{L}.]*)\s+(?:candidates|applicants|applications|talent)\b|\b([\p{L}][\p{L}.]*)\s+(?:candidates|applicants)\s+(?:are\s+)?(?:(?:very|most|more than|also)\s+)?(?:welcome|encouraged|only)\b`)

// hiringScopeKeys are the words hiringScopeRegions looks for, in one pass.
var hiringScopeKeys = newFoldWords("-based", "candidates", "applicants", "applications", "talent")

// hiringScopeRegions reads the hiring-scope wording above, in text
// order: a place-based remote role ("UK-based remote role"), or a scope said
// of the applicants. Each regexp runs on a short window around its word.
func hiringScopeRegions(text string) []string {
	for i := 0; i < len(text); i++ {
		for _, w := range hiringScopeKeys[text[i]] {
			if !hasPrefixFold(text[i:], w) {
				continue
			}
			if w == "-based" {
				// The place is at most three words before "-based".
				for _, m := range basedRole.FindAllStringSubmatch(text[max(0, i-40):min(len(text), i+50)], -1) {
					if rs := Regions(m[1]); len(rs) > 0 {
						return rs
					}
				}
				continue
			}
			if !capitalBefore(text, i) {
				continue // a place or nationality before the word is capitalised
			}
			for _, m := range applicantsOf.FindAllStringSubmatch(text[max(0, i-50):min(len(text), i+len(w)+40)], -1) {
				if rs := regionOrDemonym(firstNonEmpty(m[1:]...)); len(rs) > 0 {
					return rs
				}
			}
		}
	}
	return nil
}

// stateBeforeNote is a US city and state with a workplace note after it,
// as LinkedIn writes locations: "Montgomery, AL (Remote)". cityState wants
// a comma, bracket or the end after the state; here the note's opening
// bracket follows. DE and IN are left out: "Berlin, DE (Remote)" and
// "Pune, IN (Hybrid)" are as often Germany and India.
var stateBeforeNote = regexp.MustCompile(`^\s*[\p{L}][\p{L} .'-]*,\s*([A-Z]{2})\s*\(\s*(?i:remote|hybrid|on-?site|in[- ]office)\s*\)\s*$`)

// stateNoteUS reports a location like "Montgomery, AL (Remote)".
func stateNoteUS(s string) bool {
	if !strings.Contains(s, "(") {
		return false
	}
	m := stateBeforeNote.FindStringSubmatch(s)
	return m != nil && usStates[m[1]] && (m[1] != "DE" && m[1] != "IN" || usTownBeforeNote(s, m[1])) // "Indianapolis, IN (Remote)" (region_state_note_town.go)
}

// capitalBefore reports that the word before text[i:] starts with a
// capital letter ("Canadian applicants", "U.S. applicants"), skipping one
// optional "only" ("Canadian only applicants" is rare; "EU only" is not
// the shape read here).
func capitalBefore(text string, i int) bool {
	j := i - 1
	for j >= 0 && text[j] == ' ' {
		j--
	}
	k := j
	for k >= 0 && text[k] != ' ' && text[k] != '\n' && text[k] != '(' && j-k < 30 {
		k--
	}
	return k+1 <= j && text[k+1] >= 'A' && text[k+1] <= 'Z' || k+1 <= j && text[k+1] >= 0x80
}

// timezoneOnly reports whether item names a place only by a US time zone
// ("EST hours", "PT overlap"): without its time-zone words it names none.
func timezoneOnly(item string) bool {
	words := strings.FieldsFunc(item, func(r rune) bool { return !unicode.IsLetter(r) })
	kept := words[:0:0]
	tz := false
	for _, w := range words {
		if usTimezones[w] {
			tz = true
			continue
		}
		kept = append(kept, w)
	}
	return tz && len(Regions(strings.Join(kept, " "))) == 0
}
