package normalize

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/gigscout/gigscout/internal/model"
)

// English "where from" sentences, part 8.
//
// 1. A denied hiring statement names where the hire may NOT be: "We are
// not able to hire in Spain or Italy", "This role is not open to
// candidates in Chile", "we cannot employ people located in Peru". Read as
// a list of hiring countries it turned the exclusion into the only places
// allowed. Normalize (normalize.go) hands the remote readers a copy of the
// text with such clauses blanked out. "cannot hire outside Norway" is kept: it is a
// demand to be in Norway (hireOutside, regions_text.go).
//
// 2. "New England" is six US states, not England; "based in Atlanta,
// Georgia" read from a sentence is the US state, as it is in a location
// (georgiaStateUS, region_georgia_state.go; georgiaInText below, called
// from Normalize).
//
// 3. "Work from anywhere in the world for up to four weeks a year" is a
// perk, not a worldwide role (reviseThreadHeader, region_thread_header.go).
//
// 4. An on-site demand followed by a count of one to four days a week is a
// hybrid schedule, not an on-site role: "you must be on site 2 days per
// week", "the role is onsite three days a week" (ParseRemote, remote.go).

// deniedHire is a negation, a hiring verb and the rest of its clause. Its
// keys are the negation with the start of the verb, which few texts have
// (a bare "not" or "hire" would open a window in most descriptions).
var deniedHire = newKeyRegexp(`(?i)(?:\b(?:cannot|unable\s+to|not)|n't)\s+(?:(?:currently|presently|yet|legally|always)\s+)?(?:able\s+to\s+)?(?:be\s+)?(?:hire|hiring|employ|employing|recruit|recruiting|accept|accepting|consider|considering|open\s+to|available\s+(?:to|in|for))\b[^.;!?\n]{0,160}`,
	2, 200, "cannot", "unable to", "not able", "not hir", "not open", "not employ", "not recruit", "not accept", "not consider",
	"not availab", "not currently", "not presently", "not yet", "not legally", "n't hir", "n't employ", "n't recruit",
	"n't accept", "n't consider", "n't currently", "n't open", "n't yet")

// deniedHireKeeps are words that keep a denied clause: it still says where
// the hire may be ("cannot hire outside Norway"), or it is about the work
// mode ("not open to remote candidates").
var deniedHireKeeps = []string{"outside", "only", "except", "but ", "remote", "hybrid", "office", "site", "person", "relocat"}

// namesUSState reports a US state (code or name) in s: a role "not
// available in WA, IL, NJ" is a US role with states left out, as pinned
// in region_residence_demands_test.go, so such a clause is kept.
func namesUSState(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range words {
		if len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z' {
			if usStates[w] {
				return true
			}
			continue
		}
		lw := strings.ToLower(w)
		if usStates[lw] {
			return true
		}
		if i+1 < len(words) && usStates[lw+" "+strings.ToLower(words[i+1])] {
			return true
		}
	}
	return false
}

// deniedTwice is a second negation after the first: the two cancel.
var deniedTwice = []string{" not ", "n't ", "n’t "}

// maskDeniedHire returns text with its denied hiring clauses blanked out
// (same length, so offsets hold). A clause with "outside", "only" or
// "except" is kept: it still says where the hire may be.
func maskDeniedHire(text string) string {
	text = maskConditionalNotice(text) // "For positions based in Denver: ..." (region_conditional_notice.go)
	var spans asideSpans
	for _, loc := range deniedHire.FindAllStringIndex(text, -1) {
		if k := strings.IndexAny(text[loc[0]:loc[1]], " \t"); k >= 0 && containsAnyFold(text[loc[0]+k:loc[1]], deniedTwice) {
			continue // "cannot employ anyone who is not located in Israel" is a demand
		}
		from := loc[0]
		if k := strings.LastIndexAny(text[max(0, from-60):from], ".;!?\n"); k >= 0 {
			from = max(0, from-60) + k + 1
		} else {
			from = max(0, from-60)
		}
		clause := text[from:loc[1]] // with its start: "Remote work is not available"
		if containsAnyFold(clause, deniedHireKeeps) || namesUSState(text[loc[0]:loc[1]]) {
			continue // a demand ("outside Norway") or a work mode ("not open to remote")
		}
		spans = append(spans, [2]int{loc[0], loc[1]})
	}
	return spans.apply(text)
}

// fewOfficeDays is a count of one to four days a week right after an
// on-site demand: " 2 days per week", " three days a week", " 2-3 days/week".
var fewOfficeDays = regexp.MustCompile(`(?i)^\s*(?:for\s+)?(?:at\s+least\s+|a\s+minimum\s+of\s+|up\s+to\s+)?(?:[1-4]|one|two|three|four)(?:\s*(?:-|–|to|or)\s*(?:[2-4]|two|three|four))?\s*days?(?:\s+(?:a|per|each|every)\s+|\s*/\s*)week\b`)

// onsiteFewDays reports an on-site demand ending at end that is only for
// some days of the week; the mode is then hybrid.
func onsiteFewDays(text string, end int) (model.Remote, bool) {
	after := text[end:min(len(text), end+40)]
	if !strings.Contains(after, "day") && !strings.Contains(after, "Day") && !strings.Contains(after, "DAY") {
		return model.RemoteUnknown, false
	}
	if fewOfficeDays.MatchString(after) {
		return model.RemoteHybrid, true
	}
	return model.RemoteUnknown, false
}

// anywherePerk is a span of time after "work from anywhere in the world":
// " for up to 4 weeks per year", " for 30 days a year", " for a few weeks".
// The world is then a perk of an office or a one-country job, not where
// the role may be done from.
var anywherePerk = regexp.MustCompile(`(?i)^\s*for\s+(?:up\s+to\s+|a\s+maximum\s+of\s+|at\s+most\s+|as\s+much\s+as\s+)?(?:\d+|one|two|three|four|five|six|eight|a\s+few|several|a|some)\s+(?:weeks?|days?|months?)\b`)

// anywherePerkAt reports such a span right after end.
func anywherePerkAt(text string, end int) bool {
	after := text[end:min(len(text), end+40)]
	return containsFold(after, "for ") && anywherePerk.MatchString(after)
}

func init() {
	if _, ok := regionNames["new england"]; !ok {
		regionNames["new england"] = "US" // six US states; "england" alone is GB
	}
}

// georgiaInText applies georgiaStateUS to regions read from the text: a
// sentence naming a US town and "Georgia" means the state. Locations that
// name Georgia themselves were judged already, with their own cues.
func georgiaInText(locs []string, text string, regions []string) []string {
	if len(regions) < 2 || !slicesContains(regions, "GE") || !slicesContains(regions, "US") || !containsFold(text, "georgia") {
		return regions
	}
	for _, l := range locs {
		if containsFold(l, "georgia") {
			return regions
		}
	}
	return georgiaStateUS(text, regions)
}
