package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Presence wordings of student and internship listings (table tests in
// remote_student_presence_test.go). studentPresence reads the first three
// from the description when nothing else gave the mode (an "Online"
// location is read with the other locations, fromLocations); the last
// three revise a reading of the text (normalize.go):
//
//   - an office requirement denied ("There is no need to come into the
//     office", "you are not required to report to the office", "You won't
//     need to work from our office") is no on-site demand; with nothing
//     after it that limits it ("every day", "full-time") the work is
//     remote (the on-site readers skip such a denial: deniedDemandBefore);
//   - the whole week at the office named by its place ("our interns work
//     from our SF HQ five days a week"), an office-first company ("We're an
//     office-first company"), a demand of physical presence at a workplace
//     ("must be physically present at events in the Miami area", "at the
//     lab"), campus work ("Ambassadors work on campus", "an on-campus
//     job"): on-site, unless a visit follows ("every day for the first
//     two weeks");
//   - the work done online ("The project is done entirely online", "a
//     virtual micro-internship"), or a location that is only "Online":
//     remote;
//   - the work offered remotely or in person ("complete the internship
//     remotely or in person at our Chicago office"): remote, as a choice
//     that holds remote work is elsewhere; not an interview's format;
//   - a line labelling the remote option ("Remote option: Available",
//     "Remote option: Partial", "Remote option: Not available") or the
//     work's format ("Format: Online", "Internship format: in-person"):
//     remote, hybrid or on-site, over the rest of the text; remote work capped to a
//     share of the time ("Remote work possible up to 50%."): hybrid;
//   - an on-site reading of the text beside a count of remote or home days
//     a week ("in-person with the possibility of one remote day per week",
//     "In-office with 1 WFH day per week"): hybrid.

// deniedOnsiteDemand is a denial right before an office requirement or an
// on-site phrase, with up to three demand words between: "no need to
// (come into the office)", "not required to (work from our office)",
// "won't be expected to", "don't have to", "without the need to".
var deniedOnsiteDemand = regexp.MustCompile(`(?i)(?:\b(?:not|never|no|without(?:\s+(?:any|the))?)|n['’]t)\s+(?:(?:be|have|has|need|needs|required|expected|asked|obliged)\s+(?:to\s+)?){0,3}(?:(?:work|be|come|report|commute|go)\s+)?$`)

// deniedDemandBefore reports such a denial ending at text[at].
func deniedDemandBefore(text string, at int) bool {
	b := text[max(0, at-40):at]
	if !containsFold(b, "no") && !containsFold(b, "never") && !containsFold(b, "without") && !strings.Contains(b, "n't") && !strings.Contains(b, "n’t") {
		return false // every denial holds one of these
	}
	return deniedOnsiteDemand.MatchString(b)
}

// officeNeedLimit follows a denied office requirement that limits it to a
// schedule ("every day", "full-time", "five days a week"): the office is
// still part of the week, so the denial says nothing of the mode.
var officeNeedLimit = regexp.MustCompile(`(?i)^[\s,]*(?:every|each|daily|full[- ]time|all\s+(?:the\s+)?(?:time|week)|(?:[1-7]|one|two|three|four|five|six|seven)\s+(?:days?|times)|more\s+than|often|regularly|unless|except|other\s+than|apart\s+from|on\s+(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|a\s+(?:daily|regular)))`)

// officeNotNeeded reads a denied office requirement with nothing limiting
// it as remote; unknown otherwise.
func officeNotNeeded(text string) (model.Remote, string) {
	for _, loc := range allMatches(text, officeComeIn, officeWorkRequired) { // "not required to work from our office" too
		if !deniedDemandBefore(text, loc[0]) || officeNeedLimit.MatchString(text[loc[1]:min(len(text), loc[1]+40)]) {
			continue
		}
		from := max(0, loc[0]-24)
		if k := strings.LastIndexAny(text[from:loc[0]], ".!?;\n"); k >= 0 {
			from += k + 1
		}
		return model.RemoteRemote, strings.TrimSpace(text[from:loc[1]])
	}
	return model.RemoteUnknown, ""
}

var (
	// officeWholeWeekAt: the whole week at a named office, HQ, studio or
	// campus.
	officeWholeWeekAt = newKeyRegexp(`(?i)\b(?:work|works|working|be|are|is|based)\s+(?:from|in|at|out\s+of)\s+(?:the|our)\s+(?:[\p{L}.'&-]+\s+){0,3}(?:office|hq|headquarters|studio|campus)\s+(?:(?:5|five) days\s+(?:a|per|each|every)\s+week|full[- ]time|every (?:single\s+)?day|daily|monday\s+(?:through|thru|to) friday)\b`,
		110, 40, "five days", "5 days", "full-time", "full time", "every day", "every single", "daily", "through friday", "thru friday", "to friday")
	// officeFirstCompany: the employer says it is office-first.
	officeFirstCompany = newKeyRegexp(`(?i)\b(?:we(?:['’]re|\s+are)\s+(?:an?\s+)?office[- ]first\b|(?:an?|our)\s+office[- ]first\s+(?:company|team|culture|business|organi[sz]ation|employer|startup|firm)\b)`,
		30, 30, "office-first", "office first")
	// physicallyPresentAt: physical presence demanded at a workplace (not
	// in a country: "physically present in the US" is read as a region),
	// also "requires you to be physically present in the center".
	physicallyPresentAt = newKeyRegexp(`(?i)\b(?:must|required\s+to|need\s+to|needs\s+to|expected\s+to|have\s+to|has\s+to|will\s+need\s+to|requires?\s+(?:you|candidates|applicants|interns|employees|staff|technicians)\s+to)\s+be\s+physically present\s+(?:at|in|on)\s+(?:(?:the|our|a|an|all|each|every|its|their|your|client|customer|company)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:office|site|lab|laboratory|events?|stores?|clinic|hospital|campus|warehouse|plant|facility|premises|location|school|studio|workplace|shifts?|cent(?:er|re)|venue|arena|stadium|hotel|restaurant|cafe|shop|branch|factory|depot|farm|kitchen)\b`,
		60, 80, "physically present")
	// onCampusWork: campus work ("work on campus", "an on-campus job").
	onCampusWork = newKeyRegexp(`(?i)\b(?:work(?:s|ing)?\s+on campus|(?:an?|this\s+is\s+an?)\s+on[- ]campus\s+(?:student\s+)?(?:job|position|role|employment|opportunity|work)|on[- ]campus\s+student\s+employment)\b`,
		20, 30, "on campus", "on-campus")
	// doneOnline: the work itself done online.
	doneOnline = newKeyRegexp(`(?i)\b(?:project|internship|micro[- ]?internship|externship|work|program(?:me)?|role|position|experience|assignment|job)\s+(?:is|are|will\s+be|can\s+be)\s+(?:(?:done|conducted|completed|carried\s+out|performed|delivered|held|run)\s+)?(?:fully|entirely|completely|100\s?%|wholly|exclusively)\s+online\b|\bvirtual\s+(?:micro[- ]?internship|externship|project|work\s+experience)\b`,
		80, 40, "online", "virtual")
)

// studentPresence reads the wordings above from a description; unknown
// when none is there.
func studentPresence(text string) (model.Remote, string) {
	if r, ev := officeNotNeeded(text); r != model.RemoteUnknown {
		return r, ev
	}
	if m := doneOnline.FindStringIndex(text); m != nil && !deniedBefore(text, m[0]) {
		return model.RemoteRemote, text[m[0]:m[1]]
	}
	for _, re := range []*keyRegexp{officeWholeWeekAt, officeFirstCompany, physicallyPresentAt} {
		for _, m := range re.FindAllStringIndex(text, 4) {
			if after := text[m[1]:min(len(text), m[1]+60)]; occasionalOnsite.MatchString(after) || officeVisitAfter.MatchString(after) || deniedDemandBefore(text, m[0]) {
				continue // "every day for the first two weeks", "for onboarding", "you don't need to work from our office every day"
			}
			return model.RemoteOnsite, text[m[0]:m[1]]
		}
	}
	for _, m := range onCampusWork.FindAllStringIndex(text, 4) {
		if rest := text[m[1]:min(len(text), m[1]+10)]; strings.HasPrefix(rest, "-") || hasPrefixFold(rest, " recruit") {
			continue // "work on campus-wide projects", "work on campus recruiting"
		}
		return model.RemoteOnsite, text[m[0]:m[1]]
	}
	return model.RemoteUnknown, ""
}

// onlineOnlyLoc reports a location that is only online: "Online",
// "100% online", "Online only".
func onlineOnlyLoc(loc string) bool {
	s := strings.TrimSpace(loc)
	if len(s) < 6 || len(s) > 20 {
		return false
	}
	for _, p := range [...]string{"100% ", "fully ", "entirely "} {
		if hasPrefixFold(s, p) {
			s = s[len(p):]
			break
		}
	}
	return strings.EqualFold(s, "online") || strings.EqualFold(s, "online only") || strings.EqualFold(s, "online-only")
}

// onsiteWithHomeDays turns an on-site reading of the text into hybrid when
// the text counts remote or home days a week (englishHomeDays, then a
// week).
func onsiteWithHomeDays(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteOnsite || !textGivenMode(ri) {
		return ri
	}
	for _, m := range englishHomeDays.FindAllStringIndex(text, 4) {
		if homeDaysWeekly.MatchString(text[m[1]:min(len(text), m[1]+16)]) {
			return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+text[m[0]:m[1]])
		}
	}
	return ri
}

// homeDaysWeekly follows a count of home days: a week.
var homeDaysWeekly = regexp.MustCompile(`(?i)^\s*(?:(?:a|per|each|every)\s+week|/\s*week|weekly)\b`)

// remoteOrInPerson is the work offered remotely or in person, in either
// order, after a verb of doing the work: "You may complete the internship
// remotely or in person at our Chicago office", "Candidates may choose to
// work in person or remotely". A choice that holds remote work makes the
// role remote (as "Remote or Boston" in a location does).
var remoteOrInPerson = newKeyRegexp(`(?i)\b(?:work|complete|do|perform|participate|intern|undertake|join\s+us|be\s+(?:done|completed|performed))\s+(?:(?:the|this|your|our)\s+(?:internship|project|role|work|position|program(?:me)?|assignment)\s+)?(?:(?:remote(?:ly)?|virtually|from\s+home) or (?:in[- ]person|on[- ]?site|in[- ]office|(?:at|from|in)\s+(?:our|the)\s+(?:[\p{L}.'&-]+\s+){0,3}office)|(?:in[- ]person|on[- ]?site|in[- ]office|(?:at|from|in)\s+(?:our|the)\s+(?:[\p{L}.'&-]+\s+){0,3}office) or (?:remote(?:ly)?|virtually|from\s+home))\b`,
	120, 120, "remote or", "remotely or", "virtually or", "home or", "person or", "site or", "office or")

// reviseRemoteOrInPerson makes an on-site or unknown reading of the text
// remote when the text offers the work remotely or in person.
func reviseRemoteOrInPerson(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteOnsite && ri.Remote != model.RemoteUnknown || !textGivenMode(ri) {
		return ri
	}
	for _, m := range remoteOrInPerson.FindAllStringIndex(text, 4) {
		if hasFold(text[max(0, m[0]-40):m[0]], "interview") || deniedBefore(text, m[0]) {
			continue // "interviews: you may join us remotely or in person"
		}
		return setModeKeepRegions(ri, model.RemoteRemote, "text: "+text[m[0]:m[1]])
	}
	return ri
}

// remoteOptionLabel is a line labelling the remote option with its
// answer: "Remote option: Available", "Remote work: possible", "Remote
// option: Partial", "Remote option: Not available".
var remoteOptionLabel = newKeyRegexp(`(?i)\b(?:remote(?: work(?:ing)?)? options?|remote work(?:ing)?|telework(?:ing)?(?: options?)?|home ?office(?: options?)?|work(?:ing)? from home)\s*:\s*(available|yes|possible|allowed|offered|partial(?:ly)?|some|limited|hybrid|not\s+(?:available|possible|offered|allowed)|unavailable|no|none|n/a)(?:[^\p{L}\d/]|$)`,
	30, 30, "option", "remote work", "telework", "home office", "homeoffice", "from home")

// workFormatLabel is a line labelling the work's format: "Format: Online",
// "Internship format: in-person", "Work format: Hybrid" (a micro-internship
// or tutoring board's field written out). An interview's or a course's
// format is no such line ("Interview format: online" does not open its
// line with the label).
var workFormatLabel = newKeyRegexp(`(?i)\b(?:(?:work|working|internship|project|job|role|position)\s+)?format\s*:\s*(online|virtual|remote|in[- ]person|on[- ]?site|hybrid)(?:[^\p{L}\d/]|$)`,
	30, 30, "format")

// remoteShareCap is remote or home work allowed for a capped share of the
// time, the clause ending there: "Remote work possible up to 50%.", "Home
// office possible up to 40% of the time".
var remoteShareCap = newKeyRegexp(`(?i)\b(?:remote(?:\s+work(?:ing)?)?|home\s*office|work(?:ing)?\s+from\s+home|wfh|telework(?:ing)?)\s+(?:is\s+)?(?:possible|allowed|permitted|available|offered) (?:for\s+)?(?:up\s+to|a\s+maximum\s+of|at\s+most|max(?:imum)?\.?)\s+(?:[1-8]0|[1-9]5)\s?%(?:\s+of\s+(?:the|your|their)\s+(?:time|week|working\s+(?:week|time|hours)|hours))?\s*(?:[.;,!\n)]|$)`,
	40, 50, "possible ", "allowed ", "permitted ", "available ", "offered ")

// wholeLine reports whether text[i:j] is its line's content, but for
// bullets before it and spaces or a period after it.
func wholeLine(text string, i, j int) bool {
	from := strings.LastIndexByte(text[:i], '\n') + 1
	if strings.Trim(text[from:i], " \t•·*-") != "" {
		return false
	}
	to := strings.IndexByte(text[j:], '\n')
	if to < 0 {
		to = len(text) - j
	}
	return strings.Trim(text[j:j+to], " \t.;") == ""
}

// reviseRemoteOption applies a labelled remote option (over any reading
// of the text: it is the ad's own answer) or a capped share of remote time
// (hybrid, over a remote or no reading).
func reviseRemoteOption(text string, ri RemoteInfo) RemoteInfo {
	if !textGivenMode(ri) {
		return ri
	}
	for _, m := range remoteOptionLabel.FindAllStringSubmatchIndex(text, 4) {
		if !wholeLine(text, m[0], m[3]) {
			continue // "... the remote option: yes, for senior staff"
		}
		r := model.RemoteRemote
		switch v := strings.ToLower(text[m[2]:m[3]]); {
		case v == "no" || v == "none" || v == "n/a" || v == "unavailable" || strings.HasPrefix(v, "not"):
			r = model.RemoteOnsite
		case strings.HasPrefix(v, "partial") || v == "some" || v == "limited" || v == "hybrid":
			r = model.RemoteHybrid
		}
		return setModeKeepRegions(ri, r, "text: "+strings.TrimSpace(text[m[0]:m[1]]))
	}
	for _, m := range workFormatLabel.FindAllStringSubmatchIndex(text, 4) {
		if !wholeLine(text, m[0], m[3]) {
			continue // "Interview format: online"
		}
		r := model.RemoteRemote
		switch v := strings.ToLower(text[m[2]:m[3]]); {
		case v == "hybrid":
			r = model.RemoteHybrid
		case strings.HasPrefix(v, "in") || strings.HasPrefix(v, "on"):
			if v != "online" {
				r = model.RemoteOnsite
			}
		}
		return setModeKeepRegions(ri, r, "text: "+strings.TrimSpace(text[m[0]:m[1]]))
	}
	if ri.Remote == model.RemoteRemote || ri.Remote == model.RemoteUnknown {
		if m := remoteShareCap.FindStringIndex(text); m != nil {
			return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+strings.TrimSpace(text[m[0]:m[1]]))
		}
	}
	return ri
}
