package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Work mode in whole English descriptions.

// namedOfficeDays is a count of office days in an office named by its
// town: "2 days in our Bristol office", "three days at the Leeds office a
// week". hybridDays takes "N days in our office" with no name between; a
// name is one or two capitalised words (the match is case-sensitive there,
// so "in our new office" keeps reading as before). A first few days
// ("your first 3 days in our Paris office") is onboarding, not a schedule.
var namedOfficeDays = regexp.MustCompile(`(?i:\b(?:[1-4]|one|two|three|four)(?:\s*(?:-|–|to|or)\s*(?:[2-4]|two|three|four))? days?(?: (?:a|per|each|every) week)? (?:in|at) (?:the|our) )\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+)? (?i:offices?\b)`)

// firstDays is an onboarding stay written before a day count: "your first".
var firstDays = regexp.MustCompile(`(?i)\b(?:first|initial|opening)\s*$`)

// namedOfficeWeek finds namedOfficeDays outside an onboarding stay. It is
// tried only in a short window before each " office", as fromBody asks
// every listing without a mode and most of them name an office.
func namedOfficeWeek(text string) []int {
	for i := indexFoldFrom(text, " office", 0); i >= 0; i = indexFoldFrom(text, " office", i+7) {
		lo, hi := max(0, i-64), min(len(text), i+9)
		if indexFoldFrom(text[lo:i], " day", 0) < 0 {
			continue // no day count before this office: skip the regexp
		}
		loc := namedOfficeDays.FindStringIndex(text[lo:hi])
		if loc == nil {
			continue
		}
		loc[0], loc[1] = loc[0]+lo, loc[1]+lo
		if !firstDays.MatchString(text[max(0, loc[0]-12):loc[0]]) {
			return loc
		}
	}
	return nil
}

// officeAttendance is a stated duty to come to the office: "Office
// attendance required for team meetings", "mandatory in-person presence".
// Beside a remote place it makes the role hybrid; a negation or an
// occasional visit before it ("no office attendance required",
// "occasional office attendance expected") leaves it remote.
var officeAttendance = regexp.MustCompile(`(?i)\b(?:(?:office|in[- ]office|in[- ]person|on[- ]?site) (?:attendance|presence) (?:is |will be )?(?:required|mandatory|compulsory|expected)|(?:required|mandatory|compulsory) (?:office|in[- ]office|in[- ]person|on[- ]?site) (?:attendance|presence))\b`)

// attendanceWaived is a word before officeAttendance that undoes it or
// makes it a rare visit.
var attendanceWaived = regexp.MustCompile(`(?i)\b(?:no|not|never|without|occasional(?:ly)?|periodic(?:ally)?|rare(?:ly)?|infrequent(?:ly)?|some|limited|minimal|quarterly|annual(?:ly)?|yearly)\b[\w ,-]{0,12}$`)

// reviseOfficeAttendance narrows a remote reading to hybrid when the text
// requires office attendance that is not waived or occasional.
func reviseOfficeAttendance(text string, info RemoteInfo) RemoteInfo {
	if info.Remote != model.RemoteRemote || (!hasFold(text, "attendance") && !hasFold(text, "presence")) {
		return info
	}
	for _, loc := range officeAttendance.FindAllStringIndex(text, -1) {
		if attendanceWaived.MatchString(text[max(0, loc[0]-30):loc[0]]) {
			continue
		}
		info.Remote, info.Evidence = model.RemoteHybrid, "text: "+text[loc[0]:loc[1]]
		return info
	}
	return info
}

// teleworkOption is telework named as an option on offer: "Telecommute
// option", "telework options available", "a teleworking option". A
// negation just before it ("no telecommute option") is not an offer.
var teleworkOption = regexp.MustCompile(`(?i)\b(?:telecommut(?:e|ing)|telework(?:ing)?)\s+options?\b`)

// teleworkRefused is a negation right before teleworkOption.
var teleworkRefused = regexp.MustCompile(`(?i)\b(?:no|not|never|without|isn't|is not|nor)\b[\w ,-]{0,16}$`)

// teleworkOptionMode reads teleworkOption and teleworkOptionFor
// (remote_telework_option_for.go) as remote work; unknown without them.
func teleworkOptionMode(text string) (model.Remote, string) {
	if !hasFold(text, "telecommut") && !hasFold(text, "telework") {
		return model.RemoteUnknown, ""
	}
	for _, locs := range [][][]int{teleworkOption.FindAllStringIndex(text, -1), teleworkOptionFor.FindAllStringIndex(text, -1)} {
		for _, loc := range locs {
			if !teleworkRefused.MatchString(text[max(0, loc[0]-24):loc[0]]) {
				return model.RemoteRemote, text[loc[0]:loc[1]]
			}
		}
	}
	return model.RemoteUnknown, ""
}
