package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// An apprentice's or working student's week away from the office is
// spent at college, not at home: "four days a week ... at our Bristol
// office and one day a week studying at university". Office days below
// five read as hybrid elsewhere; with the other days named as study and no
// word of home work, the post is on-site (table tests in
// remote_hands_on_titles_test.go).
var studyDaysWeek = regexp.MustCompile(`(?i)\b(?:[1-4]|one|two|a)\s+days?\s+(?:a|per|each|every)\s+week\s+(?:studying|at\s+(?:university|college|uni|school|a\s+training\s+(?:centre|center|provider))|(?:of|for)\s+(?:study|studies|classes|college|off[- ]the[- ]job\s+training)|in\s+(?:class|college|university|lectures))\b|\b(?:study|college|university|training)\s+(?:day|release)\s+(?:once\s+)?(?:a|per|each|every)\s+week\b`)

// studyDaysHome is any word of work from home that keeps the hybrid reading.
var studyDaysHome = regexp.MustCompile(`(?i)\b(?:from\s+home|at\s+home|wfh|work(?:ing)?\s+remotely|remote(?:ly)?\s+(?:days?|work(?:ing)?)|home[- ]working|telework\p{L}*|hybrid)\b`)

// reviseStudyDays reads a hybrid reading of the text as on-site when the
// week's other days are study days.
func reviseStudyDays(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteHybrid || !strings.HasPrefix(ri.Evidence, "text: ") || !containsFold(text, " week") {
		return ri
	}
	m := studyDaysWeek.FindStringIndex(text)
	if m == nil || studyDaysHome.MatchString(text) {
		return ri
	}
	return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+text[m[0]:m[1]])
}

// roleFullyInOffice is the post stated wholly at the workplace: "This role
// is fully in-office in Chicago, Monday to Friday". It outweighs office
// days read from a perk ("Free lunch in the office three days a week") or
// a remote reading of the company's own ways.
var roleFullyInOffice = newKeyRegexp(`(?i)\b(?:this|the)\s+(?:role|position|job)\s+is\s+(?:fully|entirely|100\s?%|completely)\s+(?:in[- ]office|on[- ]?site|in[- ]person|office[- ]based)\b`,
	40, 30, "fully in", "fully on", "entirely in", "entirely on", "% in", "% on", "completely in", "completely on", "fully office", "entirely office")

// reviseRoleFullyInOffice reads such a statement as on-site over a hybrid or
// remote reading of the text.
func reviseRoleFullyInOffice(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteHybrid && ri.Remote != model.RemoteRemote || !strings.HasPrefix(ri.Evidence, "text: ") {
		return ri
	}
	m := roleFullyInOffice.FindStringIndex(text)
	if m == nil || negatedClause(text, m[0], m[1]) {
		return ri
	}
	return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+text[m[0]:m[1]])
}

// roleFullyRemote is the post stated wholly remote, perhaps against the
// company's ways: "Most of our corporate teams work in a hybrid model from
// our hubs. This position, however, is fully remote."
var roleFullyRemote = newKeyRegexp(`(?i)\b(?:this|the)\s+(?:role|position|job)(?:,\s+however,)?\s+is\s+(?:fully|entirely|100\s?%|completely)\s+remote\b`,
	40, 10, "remote")

// reviseRoleFullyRemote reads such a statement as remote over a hybrid
// reading of the text's own "hybrid" word (the company's model).
func reviseRoleFullyRemote(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteHybrid || !strings.HasPrefix(ri.Evidence, "text: ") || !containsFold(ri.Evidence, "hybrid") {
		return ri
	}
	m := roleFullyRemote.FindStringIndex(text)
	if m == nil || negatedClause(text, m[0], m[1]) {
		return ri
	}
	return setModeKeepRegions(ri, model.RemoteRemote, "text: "+text[m[0]:m[1]])
}
