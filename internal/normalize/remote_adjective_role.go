package normalize

import "strings"

// Two ways a description calls the opening remote that the cue tables miss:
//   - "remote" as an adjective of the role with a few describing words in
//     between: "a remote Angular role", "senior remote data engineering
//     position", "this is a remote full-stack job";
//   - the company growing its remote staff: "we are expanding our remote
//     EU team", "as we grow our remote workforce".
//
// Remote technology and remote places are not the place of work: "remote
// sensing role", "remote monitoring position", "remote site job" (a far-off
// site the worker travels to) stay unread, and so do team words between
// ("remote team lead role"). A company that merely has a remote workforce
// ("a big US remote workforce") says nothing about this opening.
var (
	remoteDescribedRole = newKeyRegexp(`(?i)\bremote\s+((?:[\p{L}][\p{L}\d+#.'’/-]*\s+){1,3})(?:role|position|job|opportunity|vacancy|internship)\b`, 0, 70, "remote")
	remoteStaffGrowing  = newKeyRegexp(`(?i)\b(?:expand|grow|scale|build)(?:s|ing)?\s+our\s+(?:fully\s+|global\s+|growing\s+)?remote\s+(?:[\p{L}]+\s+){0,2}?(?:team|teams|workforce|staff)\b`, 40, 40, "remote")
)

// remoteNonPlaceWords are words after "remote" that make it a technology,
// a far-off place, other people or a second mode, not the role's place.
var remoteNonPlaceWords = map[string]bool{
	"sensing": true, "sensor": true, "sensors": true, "monitoring": true, "monitor": true, "support": true,
	"access": true, "desktop": true, "patient": true, "control": true, "controls": true, "controlled": true,
	"operations": true, "operation": true, "operator": true, "pilot": true, "piloting": true, "diagnostics": true,
	"maintenance": true, "assistance": true, "troubleshooting": true, "service": true, "services": true,
	"site": true, "sites": true, "location": true, "locations": true, "area": true, "areas": true, "region": true,
	"regions": true, "island": true, "camp": true, "mining": true, "rural": true, "village": true, "field": true,
	"offshore": true, "procedure": true, "learning": true, "teaching": true, "classroom": true, "proctoring": true,
	"team": true, "teams": true, "workers": true, "employees": true, "staff": true, "colleagues": true,
	"or": true, "and": true, "nor": true, "not": true, "vs": true, "to": true, "of": true, "in": true, "for": true,
	"with": true, "the": true, "a": true, "an": true, "our": true, "your": true, "this": true, "that": true,
	"hybrid": true, "onsite": true, "on-site": true, "office": true, "in-office": true, "in-person": true, "part-time": true,
	"temporary": true, "temporarily": true, "initially": true, "until": true,
}

// remoteRoleWords reads either wording; it returns the match or nil.
func remoteRoleWords(text string) []int {
	for _, m := range remoteDescribedRole.FindAllStringSubmatchIndex(text, 4) {
		if remoteWordsArePlace(text[m[2]:m[3]]) && remoteCueStands(text, m[:2]) {
			return m[:2]
		}
	}
	for _, m := range remoteStaffGrowing.FindAllStringIndex(text, 2) {
		mid := text[m[0]:m[1]]
		i, j := strings.Index(strings.ToLower(mid), "remote")+len("remote"), strings.LastIndexByte(mid, ' ')
		if remoteWordsArePlace(mid[i:max(i, j)]) && !deniedBefore(text, m[0]) { // the words between, not the final noun
			return m
		}
	}
	return nil
}

// remoteWordsArePlace reports whether none of the words after "remote"
// turns it into a technology, a place, a group or a second mode.
func remoteWordsArePlace(words string) bool {
	return noWordIn(words, remoteNonPlaceWords)
}

// noWordIn reports whether none of the space-separated words (lower-cased,
// without trailing punctuation) is in set.
func noWordIn(words string, set map[string]bool) bool {
	for _, w := range strings.Fields(strings.ToLower(words)) {
		if set[strings.Trim(w, ".,;:")] {
			return false
		}
	}
	return true
}

// remoteCueStands applies the checks every remote cue in a description
// passes (fromBody's cue tables and the readers here): no perk, no partial
// or denied remote, no topic, no partners.
func remoteCueStands(text string, loc []int) bool {
	return !remotePerk(text, loc) && !partialBefore.MatchString(text[max(0, loc[0]-32):loc[0]]) && !remoteTopic(text, loc) &&
		!deniedBefore(text, loc[0]) && !remotePartnerOrPolicy(text, loc) && !refusedByNo(text, loc[0]) &&
		!sideTaskDone(text, loc) && !homePlaceAfter(text, loc) // "Your interview can be done remotely", "work from your home country" (remote_side_task_done.go)
}
