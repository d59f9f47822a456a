package normalize

import (
	"regexp"
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// The readers here run on whole descriptions, so none scans the text with
// a regular expression: each finds its key word by a byte scan first
// (eachWordFold) and matches only a short window there.

// hintLocations adds a remote hint that is more than a flag ("US-only
// remote", "Fully remote LATAM", "Worldwide") to the places regions are
// read from; a bare flag ("Remote", "true") names no place and is left out.
func hintLocations(hint string, locations []string) []string {
	if hint == "" || hintRemote(hint) != model.RemoteUnknown {
		return locations
	}
	return append(slices.Clip(locations), hintScopePart(hint)) // not "with teams across US, LATAM" (region_hint_company_clause.go)
}

var (
	// roleWithin is a remote role limited to a place, matched at an
	// occurrence of "remote": "remote position within the United States",
	// "remote role in Canada".
	roleWithin = regexp.MustCompile(`^(?i)remote (?:position|role|job|opportunity)s? (?:with)?in (?:the )?([\p{L}. ]{2,30}?)(?:[.,;:)!]|\s+(?:only|for|and|or|with|who)\b|$)`)
	// leadScopeWords are the region words read right before "remote"
	// opening the text or a clause: "USA remote", "EU remote only".
	leadScopeWords = map[string]bool{"USA": true, "US": true, "U.S.": true, "UK": true, "EU": true, "Europe": true,
		"Canada": true, "LATAM": true, "EMEA": true, "APAC": true, "India": true}
	// leadHybridDays is "Hybrid" before a count of days, matched at an
	// occurrence of "hybrid" opening the text or a clause: "Hybrid 3
	// days/week", "Hybrid: two days in office".
	leadHybridDays = regexp.MustCompile(`^(?i)hybrid\b[\s:,(–-]*(?:[1-4]|one|two|three|four)\s*days?\b`)
	// notEligibleRemote lists remote work among things the role is not
	// eligible for: "Not eligible for relocation, visa sponsorship, or
	// fully remote work."
	notEligibleRemote = regexp.MustCompile(`(?i)\bnot (?:eligible|available|open) for\b[^.;!?]{0,60}?\bremote\b`)
	// teamsMention names remote or hybrid colleagues, not this role's
	// arrangement: "collaborate with hybrid/remote teams".
	teamsMention = regexp.MustCompile(`(?i)\b(?:with|across|alongside|among)\s+(?:our\s+)?(?:hybrid|remote|distributed)(?:\s*(?:/|and|or|&)\s*(?:hybrid|remote|distributed|in-office|on-?site))?\s+(?:teams?|colleagues|teammates|stakeholders)\b`)
)

// eachWordFold calls fn with each index of the lower-case word in text, in
// any case, until fn returns true; it reports whether one did.
func eachWordFold(text, word string, fn func(i int) bool) bool {
	c0, c1 := word[0], word[0]-'a'+'A'
	for i := 0; i+len(word) <= len(text); i++ {
		if (text[i] == c0 || text[i] == c1) && hasPrefixFold(text[i:], word) && fn(i) {
			return true
		}
	}
	return false
}

// clauseStart reports that text[:at] ends where a clause starts:
// nothing but spaces after the start of the text, a sentence stop, a line
// break, an opening bracket, a bar or a bullet.
func clauseStart(text string, at int) bool {
	b := at
	for b > 0 && (text[b-1] == ' ' || text[b-1] == '\t') {
		b--
	}
	return b == 0 || strings.IndexByte(".;!\n(|:", text[b-1]) >= 0 || strings.HasSuffix(text[:b], "•")
}

// leadScope finds a region word before "remote" opening the text or a
// clause: the word and the span of the phrase, or "" when there is none.
func leadScope(text string) (word string, start, end int) {
	eachWordFold(text, "remote", func(i int) bool {
		if i < 3 || (text[i-1] != ' ' && text[i-1] != '-') || (i+6 < len(text) && isASCIIWord(text[i+6])) {
			return false
		}
		a := i - 1
		for a > 0 && (text[a-1] >= 'A' && text[a-1] <= 'Z' || text[a-1] >= 'a' && text[a-1] <= 'z' || text[a-1] == '.') {
			a--
		}
		if w := text[a : i-1]; leadScopeWords[w] && clauseStart(text, a) {
			word, start, end = w, a, i+6
			return true
		}
		return false
	})
	return word, start, end
}

// clauseRegions reads a remote role within a place, else a region word before
// "remote" opening a clause; nil when neither is there.
func clauseRegions(text string) []string {
	var out []string
	eachWordFold(text, "remote", func(i int) bool {
		if m := roleWithin.FindStringSubmatch(text[i:min(len(text), i+90)]); m != nil {
			out = Regions(m[1])
		}
		return len(out) > 0
	})
	if len(out) > 0 {
		return out
	}
	if w, _, _ := leadScope(text); w != "" {
		return Regions(w)
	}
	return nil
}

// leadScopeRemote reads "USA remote", "EU remote only" opening the text or a
// clause as remote when nothing else decided; unknown otherwise.
func leadScopeRemote(text string) (model.Remote, string) {
	if w, a, b := leadScope(text); w != "" && !deniedBefore(text, a) {
		return model.RemoteRemote, "text: " + text[a:b]
	}
	return model.RemoteUnknown, ""
}

// recheckBody looks again at what the text alone read (fromBody): a
// "Hybrid 3 days/week" opening a clause is hybrid where nothing was read,
// and so are on-site days inside a hybrid note; remote listed among what
// the role is not eligible for, or hybrid/remote said of other teams only,
// is no statement about this role.
func recheckBody(text string, r model.Remote, ev string) (model.Remote, string) {
	if r == model.RemoteUnknown {
		var lead []int
		eachWordFold(text, "hybrid", func(i int) bool {
			if clauseStart(text, i) {
				if loc := leadHybridDays.FindStringIndex(text[i:min(len(text), i+40)]); loc != nil {
					lead = []int{i, i + loc[1]}
				}
			}
			return lead != nil
		})
		if lead != nil {
			return model.RemoteHybrid, "text: " + text[lead[0]:lead[1]]
		}
		return r, ev
	}
	if r == model.RemoteRemote {
		if r2, ev2 := officeWeekOverCulture(text); r2 != model.RemoteUnknown {
			return r2, ev2 // "a remote-first company. This role sits in our SF office five days a week" (remote_office_week_role.go)
		}
	}
	word := strings.TrimPrefix(ev, "text: ")
	at := -1
	if word != "" && word != ev {
		at = strings.Index(text, word)
	}
	if at < 0 {
		return r, ev
	}
	if r == model.RemoteOnsite {
		if hybridInClause(text, at) {
			return model.RemoteHybrid, "text: hybrid" // "London (hybrid, 1 day/wk onsite)"
		}
		return r, ev
	}
	// Windows around the words read: what decides lies within them.
	lo, hi := max(0, at-100), min(len(text), at+len(word)+60)
	if r == model.RemoteRemote && containsFold(text[lo:at], "not ") {
		if loc := notEligibleRemote.FindStringIndex(text[lo:hi]); loc != nil && lo+loc[1] >= at {
			if r2, ev2 := fromBody(text[:lo+loc[0]] + text[lo+loc[1]:]); r2 != model.RemoteRemote {
				return r2, ev2
			}
		}
	}
	if w := text[lo:hi]; !containsFold(w, "team") && !containsFold(w, "colleague") && !containsFold(w, "stakeholder") {
		return r, ev
	}
	if loc := teamsMention.FindStringIndex(text[lo:hi]); loc != nil && lo+loc[0] <= at && lo+loc[1] >= at {
		return fromBody(text[:lo+loc[0]] + text[lo+loc[1]:])
	}
	return r, ev
}

// hybridInClause reports "hybrid" earlier in the clause of an on-site
// phrase at text[at:]: "(hybrid, 1 day/wk onsite)", "hybrid - on-site two
// days". The clause starts after the last sentence stop within 40 bytes.
func hybridInClause(text string, at int) bool {
	start := max(0, at-40)
	before := text[start:at]
	if i := strings.LastIndexAny(before, ".;!?\n"); i >= 0 {
		start, before = start+i+1, before[i+1:]
	}
	for i := len(before) - len("hybrid"); i >= 0; i-- {
		if strings.EqualFold(before[i:i+len("hybrid")], "hybrid") {
			return !hybridDeniedAt(text, start+i) // not "No hybrid model / no work from home"
		}
	}
	return false
}
