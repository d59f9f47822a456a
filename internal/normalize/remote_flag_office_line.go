package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A remote field or location narrowed by the text's own office wording:
//
//   - a location line of the text whose value is hybrid ("Location: Omaha,
//     NE – Hybrid", "Job location: Hybrid - Leeds") narrows a remote field
//     as a hybrid location field does;
//   - a hybrid label followed by named weekdays ("Hybrid: Tuesday–Thursday",
//     "Hybrid (Mon & Wed in office)") narrows a remote field to hybrid;
//   - an obligation to commute to an office ("Candidates must be able to
//     commute to our Denver office") is on-site work over a remote field;
//     a visit ("commute to the office as needed", "once a quarter") is not.

// textLocationLine is a location line of a description and its value.
var textLocationLine = newKeyRegexp(`(?i)(?:^|\n)[ \t]*(?:job\s+|work\s+)?locations?(?:\s*\(s\))?[ \t]*:[ \t]*([^\n]{2,80})`, 30, 90, "location")

// hybridWeekdays is a hybrid label and the weekdays of its office days.
var hybridWeekdays = newKeyRegexp(`(?i)\bhybrid\s*[(:–—-]\s*(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri)(?:day)?s?\.?\s*(?:[-–—/,&]|to|through|and)\s*(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri)(?:day)?s?\b`, 10, 60, "hybrid")

// officeCommuteDuty is a duty to commute to an office.
var officeCommuteDuty = newKeyRegexp(`(?i)\b(?:must|required\s+to|need\s+to|needs\s+to|expected\s+to|should)\s+(?:be\s+(?:able|willing)\s+to\s+)?commute\s+(?:in)?to\s+(?:our|the)\s+(?:[\p{L}.'&-]+\s+){0,3}office\b`, 60, 60, "commute")

// commuteVisit follows a commute that is a visit, not the place of work.
var commuteVisit = regexp.MustCompile(`(?i)^[^.!?\n]{0,40}?\b(?:as\s+needed|when\s+needed|if\s+needed|as\s+required|when\s+required|on\s+occasion|occasional(?:ly)?|periodic(?:ally)?|from\s+time\s+to\s+time|for\s+(?:team\s+)?(?:meetings?|events?|offsites?|training|onboarding)|once\s+a\s+(?:month|quarter|year)|(?:monthly|quarterly|annually))\b`)

// reviseFlagOfficeLine narrows a remote reading taken from a structured
// field or a location field by the text's hybrid location line or its duty
// to commute to an office.
func reviseFlagOfficeLine(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote || !evidenceFromField(ri.Evidence) {
		return ri
	}
	for _, m := range textLocationLine.FindAllStringSubmatchIndex(text, -1) {
		v := strings.TrimSpace(text[m[2]:m[3]])
		if containsFold(v, "remote") {
			continue // "US (remote), Boston (hybrid)" offers the remote work the field says
		}
		if r, _ := fromLocations([]string{v}); r == model.RemoteHybrid {
			return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+v)
		}
	}
	if m := hybridWeekdays.FindStringIndex(text); m != nil {
		return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+strings.TrimSpace(text[m[0]:m[1]]))
	}
	for _, m := range officeCommuteDuty.FindAllStringIndex(text, -1) {
		if occasionalOnsite.MatchString(text[m[1]:min(len(text), m[1]+60)]) || commuteVisit.MatchString(text[m[1]:min(len(text), m[1]+60)]) {
			continue
		}
		return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+strings.TrimSpace(text[m[0]:m[1]]))
	}
	return ri
}
