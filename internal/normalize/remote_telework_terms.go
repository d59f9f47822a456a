package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Telework and telecommuting as public-sector boards (USAJOBS, state and
// city job sites) and the employers that copy them write it (table tests
// in remote_telework_terms_test.go):
//
//   - a share of the week or a kind of telework that is not all of it:
//     "Up to 60% telework permitted", "situational telework", "part-time
//     telecommuting": hybrid;
//   - a board's telework field naming the office: "Telework Type:
//     Full-Time Office/Project": on-site;
//   - telework granted with no share: "Telecommuting is offered",
//     "telework is authorized": remote;
//   - USAJOBS's own field written out: "Telework eligible: Yes" is part of
//     the week (hybrid, as the usajobs adapter reads the flag), "Telework
//     eligible: No" on-site.
//
// A denial before the words ("no telework is offered", "not eligible for
// situational telework") decides nothing here; the on-site readers take
// "telecommuting is not permitted". ParseRemote asks teleworkMode when no
// reader decided, and lets its hybrid or on-site answer narrow a remote
// reading the text gave (a stored remote field is kept).

// teleworkWord is the stem every match below holds.
const teleworkWord = `(?:telework(?:ing|s)?|telecommut(?:e|ing|es))`

var (
	// teleworkShare is a share or a partial kind of telework.
	teleworkShare = regexp.MustCompile(`(?i)(?:\bup\s+to\s+|\b)[1-9]\d?\s?%\s*(?:of\s+(?:the|your)\s+(?:time|week)\s+)?` + teleworkWord + `\b|` +
		`\b(?:part[- ]time|partial|situational|occasional|ad[- ]hoc|episodic|intermittent|recurring\s+part[- ]time)\s+` + teleworkWord + `\b`)
	// teleworkOffice is a telework field that names the office.
	teleworkOffice = regexp.MustCompile(`(?i)\btelework(?:ing)?\s+(?:type|status|option)\s*:\s*(?:full[- ]time\s+)?(?:office(?:/project)?|on[- ]?site|in[- ]person)\b`)
	// teleworkGranted is telework granted without a share.
	teleworkGranted = regexp.MustCompile(`(?i)\b` + teleworkWord + `\s+(?:is\s+|are\s+)?(?:offered|permitted|allowed|available|authorized|authorised|approved|supported|an\s+option)\b`)
	// teleworkEligible is the telework-eligible field and its answer.
	teleworkEligible = regexp.MustCompile(`(?i)\btelework\s+eligib(?:le|ility)\s*[:\-–—]\s*(yes|no)\b`)
	// teleworkDenied is a denial just before telework words.
	teleworkDenied = regexp.MustCompile(`(?i)\b(?:no|not|non|never|without|ineligible\s+for)\b[^.;!?\n]{0,24}$`)
)

// teleworkMode reads the telework wording above; unknown when there is
// none. The regexps run only on a text holding "telework" or "telecommut".
func teleworkMode(text string) (model.Remote, string) {
	if !hasFold(text, "telework") && !hasFold(text, "telecommut") {
		return model.RemoteUnknown, ""
	}
	if loc := teleworkOffice.FindStringIndex(text); loc != nil {
		return model.RemoteOnsite, text[loc[0]:loc[1]]
	}
	if m := teleworkEligible.FindStringSubmatchIndex(text); m != nil {
		if strings.EqualFold(text[m[2]:m[3]], "no") {
			return model.RemoteOnsite, text[m[0]:m[1]]
		}
		return model.RemoteHybrid, text[m[0]:m[1]]
	}
	for _, re := range []*regexp.Regexp{teleworkShare, teleworkGranted} {
		for _, loc := range re.FindAllStringIndex(text, 4) {
			if teleworkDenied.MatchString(text[max(0, loc[0]-32):loc[0]]) {
				continue // "no telework is offered", "not eligible for situational telework"
			}
			if re == teleworkShare {
				return model.RemoteHybrid, strings.TrimSpace(text[loc[0]:loc[1]])
			}
			return model.RemoteRemote, text[loc[0]:loc[1]]
		}
	}
	return model.RemoteUnknown, ""
}

// reviseTelework narrows a remote reading the text gave (not a stored
// field) by a partial or office telework statement.
func reviseTelework(text string, info RemoteInfo) RemoteInfo {
	if info.Remote != model.RemoteRemote || strings.HasPrefix(info.Evidence, "structured:") {
		return info
	}
	if r, ev := teleworkMode(text); r == model.RemoteHybrid || r == model.RemoteOnsite {
		info.Remote, info.Evidence = r, "text: "+ev
	}
	return info
}
