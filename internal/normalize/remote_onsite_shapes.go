package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Work-mode shapes found in outside tables (table tests in
// remote_onsite_shapes_test.go).

// daysSiteWeek is a weekly office schedule written count first, place
// second and the week last: "3 days on-site a week", "two days in person
// per week", "4 days onsite weekly". hybridDays has the week before the
// place ("3 days a week on-site") but not this order. One to four days
// only: five days on site is an on-site role.
var daysSiteWeek = newKeyRegexp(`(?i)\b(?:[1-4]|one|two|three|four)(?:\s*(?:-|–|to|or)\s*(?:[2-4]|two|three|four))?\s+days?\s+(?:on[- ]?site|in[- ]person|in[- ]office|at (?:the|our) (?:[\p{L}]+ ){0,2}office)\s*(?:,\s*)?(?:weekly|(?:a|per|each|every)\s+week|/\s*week)\b`, 20, 70,
	"days on", "days in", "days at", "day on", "day in", "day at")

// refusedRemote is an employer saying it cannot take remote work: "we
// cannot accommodate remote work", "we are unable to support remote
// employees", "we don't allow remote working for this role".
// strongOnsiteMore reads the verb "offer" alone.
var refusedRemote = newKeyRegexp(`(?i)\b(?:cannot|can['’]t|can not|unable to|not able to|won['’]t|will not|do not|don['’]t|does not|doesn['’]t|are not|is not)\s+(?:be\s+)?(?:able\s+to\s+)?(?:accommodate|support|allow|permit|consider|provide|accept)\s+(?:for\s+)?(?:any\s+)?(?:fully\s+|100%\s+)?remote\s+(?:work(?:ing|ers)?|options?|arrangements?|employees?|employment|candidates?|applicants?|roles?|positions?|requests?)\b`, 70, 40,
	"accommodate remote", "support remote", "allow remote", "permit remote", "consider remote", "provide remote", "accept remote",
	"accommodate any", "support any", "allow any", "permit any", "consider any", "provide any", "accept any",
	"accommodate fully", "support fully", "allow fully", "permit fully", "consider fully", "provide fully", "accept fully", "allow for remote")

// listedNoRemote is "no remote" as an item of a list of terms, after a
// symbol or a closing bracket that strongOnsiteMore's word boundary
// does not take: "✗ No remote", "(on-site). no remote", "• no remote
// options".
var listedNoRemote = newKeyRegexp(`(?i)(?:(?:^|[\s.!;:)])[\p{So}•*]\s*|\)\s*[.;:!]?\s*)no remote(?:\s*[.!;,)]|\s*$| (?:work|working|options?|possible|available|allowed)\b)`, 12, 24, "no remote")

// refusedRemoteSaid returns the refusal, or "".
func refusedRemoteSaid(text string) string {
	if loc := refusedRemote.FindStringIndex(text); loc != nil {
		return text[loc[0]:loc[1]]
	}
	if loc := listedNoRemote.FindStringIndex(text); loc != nil {
		return strings.TrimSpace(text[loc[0]:loc[1]])
	}
	return remoteWorkDenied(text) // "Remote work is prohibited." (remote_work_denied_more.go)
}

// commuteWaived is a waiver just before "within commuting distance":
// "you are not required to live within commuting distance of an office",
// "there is no need to reside in commuting distance". The role is worked
// from home, the opposite of what the distance alone says.
var commuteWaived = regexp.MustCompile(`(?i)(?:\b(?:not|n['’]t|no longer|never)\s+(?:be\s+)?(?:required|needed|expected|obliged|necessary|have|need)\s+to|\bno\s+(?:need|requirement)\s+(?:for\s+you\s+)?to|\bneed\s+not)\s+(?:live|reside|be\s+(?:located|based)|be)\s*$`)

// waivedCommute reports onsiteMore's match at loc, a commuting distance,
// waived by the words before it.
func waivedCommute(text string, loc []int) bool {
	m := text[loc[0]:loc[1]]
	if !containsFold(m, "distance") {
		return false
	}
	return commuteWaived.MatchString(text[max(0, loc[0]-48):loc[0]])
}

// clientSiteLabel is a work-location label whose value is the client's
// or customer's site: "Work location: client site", "Location: at the
// customer's premises". The work is on site, at someone else's.
var clientSiteLabel = newKeyRegexp(`(?i)\b(?:work(?:place)?\s+location|location|work(?:place)?(?:\s+(?:type|mode|setting|arrangement))?)\s*:\s*(?:on[- ]?site\s+)?(?:at\s+)?(?:the\s+|a\s+)?(?:client|customer)(?:['’]?s)?[\s-]*(?:site|premises|locations?|offices?|facilit(?:y|ies))\b`, 30, 60,
	"location:", "location :", "type:", "mode:", "setting:", "arrangement:", "work:", "workplace:")

// clientSiteMode reads clientSiteLabel; unknown when there is none.
func clientSiteMode(text string) (model.Remote, string) {
	if loc := clientSiteLabel.FindStringIndex(text); loc != nil {
		return model.RemoteOnsite, text[loc[0]:loc[1]]
	}
	return model.RemoteUnknown, ""
}

// stateCodeRemoteEntry reads a remote entry that is a US state code
// before a remote word: "NY, Remote", "TX - Remote", "WA Remote". Only
// codes that are no country's code: "CA, Remote" is left to the country
// readers (Canada), and so are "IN", "DE", "IL" and the like.
func stateCodeRemoteEntry(loc string) []string {
	if len(loc) > 24 {
		return nil
	}
	code, remote := "", false
	for _, f := range strings.FieldsFunc(loc, codeEntrySep) {
		if strings.EqualFold(f, "remote") {
			if code == "" {
				return nil // "Remote, NY" is the state readers'
			}
			remote = true
			continue
		}
		if code != "" || len(f) != 2 || f[0] < 'A' || f[0] > 'Z' || f[1] < 'A' || f[1] > 'Z' {
			return nil
		}
		code = f
	}
	if !remote || !usStates[code] {
		return nil
	}
	if _, ok := model.RegionNames[code]; ok {
		return nil
	}
	return []string{"US"}
}
