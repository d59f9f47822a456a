package normalize

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// English work-mode lines where what the company says of itself and what
// the posting says of the job differ (table tests in
// remote_english_company_self_test.go). Shapes, not strings:
//
//   - the company's own mode ("we are a remote-first company", "a
//     remote-friendly culture", "as a distributed organisation", "our
//     hybrid workplace"): with those lines blanked the body is read again.
//     An on-site or hybrid reading of the job then wins over the remote
//     one; with nothing left, a remote-friendly, distributed or hybrid
//     self-description reads no mode (it says what the company allows,
//     not what the job is), a remote-first or fully remote one stays
//     remote;
//   - the job placed at the employer's premises with no word of choice
//     ("you will work from our office in Leeds", "the role is based at our
//     Houston plant"): on-site where nothing else was read, or over a
//     remote reading taken from a self-description;
//   - a ban on remote or home work read on the text before maskDeniedHire
//     ("Working from home is not available for this position"): on-site
//     over a remote or empty reading;
//   - a posting changed after the fact ("this role has been changed to
//     on-site", "the position is now fully in-office"): that mode over a
//     remote or empty reading;
//   - a remote job bounded by the office ("remote and also in the office",
//     "remote with required in-office days", "three mandatory office days
//     a week", "from home most of the week, with one in-office day" (not
//     "with one office day a month"), "remote with 40% on-site"): hybrid over a remote reading;
//     an on-site share of 80% or more is on-site. The share is read over
//     a remote location or title note too ("Analyst (Remote)").
var (
	// companySelfMode is the company's own work mode.
	companySelfMode = newKeyRegexp(`(?i)\b(?:remote[- ](?:first|friendly)|fully[- ]remote|all[- ]remote|distributed|hybrid[- ]first|hybrid)\s+(?:company|organi[sz]ation|employer|business|startup|firm|culture|work\s+culture|workplace|environment|engineering\s+org|org)\b|`+
		`\b(?:we\s+are|we['’]re|we\s+have\s+been|company\s+is|culture\s+is|operates(?:\s+as)?)\s+(?:(?:proudly|a|an|fully)\s+)*(?:remote[- ](?:first|friendly)|hybrid[- ]first)\b|`+
		`\bremote[- ]first\s+since\b`,
		60, 40, "remote-first", "remote first", "remote-friendly", "remote friendly", "fully-remote", "fully remote", "all-remote", "all remote", "distributed", "hybrid")
	// companySelfStrong is a self-description that still says remote with
	// nothing else to read.
	companySelfStrong = regexp.MustCompile(`(?i)remote[- ]first|fully[- ]remote|all[- ]remote`)

	// jobAtPremises places the job at the employer's premises.
	jobAtPremises = newKeyRegexp(`(?i)\b(?:work(?:s|ing)?|be\s+working)\s+(?:from|out\s+of)\s+our\s+(?:[\p{L}-]+\s+){0,2}(?:office|hq|headquarters|plant|lab|laboratory|studio|warehouse|factory)\b|`+
		`\b(?:be|work(?:ing)?|you|need\s+you)\s+(?:in|at)\s+(?:the|our)\s+(?:[\p{L}-]+\s+){0,2}(?:office|site|plant|lab|store|warehouse|clinic|data\s+cent(?:er|re)|facility|hospital|depot|factory|farm|kitchen|restaurant|studio)\s+(?:every\s+(?:working\s+)?day|daily|each\s+day)\b|`+
		`\b(?:role|position|job|you)\s+(?:(?:is|will\s+be)\s+(?:based|located)|sits)\s+(?:in|at)\s+our\s+(?:[\p{L}-]+\s+){0,2}(?:office|hq|headquarters|plant|lab|laboratory|site|warehouse|campus|hub|store|facility|factory|distribution\s+cent(?:er|re))\b`,
		60, 80, "from our", "out of our", "in our", "at our", "in the", "at the")
	// premisesChoiceBefore makes the office a choice or a visit.
	premisesChoiceBefore = regexp.MustCompile(`(?i)\b(?:can|could|may|might|option|choose|free|welcome|prefer|like|if|occasionally|sometimes|when|within|after|until|during|first|travel\w*|visit\w*)\b[^.!?\n]{0,40}$`)
	// premisesChoiceAfter makes the office a choice: "if you prefer".
	premisesChoiceAfter = regexp.MustCompile(`(?i)^[^.!?\n]*\b(?:if\s+you\s+(?:prefer|like|wish|want|choose)|should\s+you|optional(?:ly)?|at\s+your\s+(?:choice|option|discretion))\b`)
	// premisesModeAfter is a mode or a schedule later in the sentence.
	premisesModeAfter = regexp.MustCompile(`(?i)^[^.!?\n]*\b(?:home|remote\w*|hybrid|days?|week|weekly|month\w*|quarter\w*|year\w*|annual\w*|once|twice|times|occasional\w*|flexib\w*|or\s+(?:from|at|in))\b`)

	// jobChangedMode is a posting changed after the fact.
	jobChangedMode = newKeyRegexp(`(?i)\b(?:role|position|job|opening|posting)\s+(?:has\s+been|was|is\s+now|has\s+now\s+been)\s+(?:(?:changed|converted|updated|moved|switched)\s+to\s+)?(?:an?\s+)?(?:fully\s+|100%\s+)?(on[- ]?site|in[- ]office|in[- ]person|office[- ]based|hybrid)(?:\s+only)?\b`,
		40, 60, "changed to", "converted to", "updated to", "moved to", "switched to", "is now", "has now")

	// remoteOfficeBound is a remote job bounded by the office.
	remoteOfficeBound = newKeyRegexp(`(?i)\bremote\s+(?:and|but)\s+(?:also\s+)?(?:partly\s+|sometimes\s+|partially\s+)?in\s+(?:the|an|our)\s+office\b|`+
		`\bremote\b[^.!?\n]{0,30}?\b(?:required|mandatory|compulsory)\s+(?:in[- ]office|office|on[- ]?site|in[- ]person)\s+days\b|`+
		`\b(?:[1-4]|one|two|three|four)\s+(?:required|mandatory|compulsory)\s+(?:in[- ]office|office|on[- ]?site|in[- ]person)\s+days\b|`+
		`\bwith\s+(?:only\s+|just\s+)?(?:[1-4]|one|two|three|four)\s+(?:in[- ]office|office|on[- ]?site|in[- ]person)\s+(?:team\s+|anchor\s+|collaboration\s+)?days?(?:\s+(?:a|per|each|every)\s+week\b|\s*(?:[.;!\n]|$))`,
		60, 60, "remote and", "remote but", "required", "mandatory", "compulsory", "office day", "site day", "person day", "team day", "anchor day", "collaboration day")
	// onsiteLabelDays is an on-site label whose note names the office
	// days: "Location: Onsite – Austin, TX (M/W/Th in office)". The label
	// is the job's mode; the note says when the office is staffed.
	onsiteLabelDays = newKeyRegexp(`(?i)\b(?:location|work\s+setting|workplace|work\s+model|work\s+location|work\s+arrangement)\s*:\s*(?:fully\s+)?on[- ]?site\s*[-–—,:|]\s*[^()\n]{2,40}\(\s*(?:mon|tue|wed|thu|fri|m/|tu|th)[^()\n]{0,30}?\bin[- ]office\s*\)`,
		40, 80, "onsite", "on-site", "on site")
	// onsiteFiveDaysDemand is presence demanded on all five working days:
	// "requires on-site presence at our Grand Rapids plant five days per
	// week". It beats a hybrid reading (other roles' hybrid schedules).
	onsiteFiveDaysDemand = newKeyRegexp(`(?i)\b(?:requires?|required|expected|needs?)\s+(?:[\p{L}-]+\s+){0,2}?(?:on[- ]?site|in[- ]office|in[- ]person)\s+(?:presence\s+|attendance\s+|work\s+)?(?:(?:at|in)\s+(?:our|the)\s+(?:[\p{L}\d-]+\s+){0,3}(?:office|plant|site|hq|headquarters|facility|store|clinic|warehouse|lab|studio)\s+)?(?:five|5)\s+days\s+(?:a|per|each)\s+week\b`,
		120, 30, "five days", "5 days")
	// remoteSiteShare is an on-site share of the time.
	remoteSiteShare = newKeyRegexp(`(?i)\b(\d{1,3})\s?%\s+(?:on[- ]?site|in[- ]office|in[- ]person|in\s+(?:the\s+)?office)\b`,
		6, 40, "% on", "% in", "%on", "%in")
)

// reviseEnglishCompanySelf applies the readings above to ri. full is the
// text before maskDeniedHire, which blanks "not available for this
// position": a ban on remote work is read there.
func reviseEnglishCompanySelf(text, full string, ri RemoteInfo) RemoteInfo {
	if text == "" {
		return ri
	}
	if ri.Remote == model.RemoteRemote && strings.HasPrefix(ri.Evidence, "location: ") {
		// "Analyst (Remote)" over "80% on-site presence at our hub"
		if r, ev := remoteShareMode(text, false); r != model.RemoteUnknown {
			return setModeKeepRegions(ri, r, ev)
		}
	}
	if !textGivenMode(ri) {
		return ri
	}
	if ri.Remote == model.RemoteRemote || ri.Remote == model.RemoteUnknown {
		for _, m := range jobChangedMode.FindAllStringSubmatchIndex(text, 1) {
			r := model.RemoteOnsite
			if containsFold(text[m[2]:m[3]], "hybrid") {
				r = model.RemoteHybrid
			}
			return setModeKeepRegions(ri, r, "text: "+text[m[0]:m[1]])
		}
	}
	if ri.Remote == model.RemoteHybrid {
		if m := onsiteLabelDays.FindStringIndex(text); m != nil && !hybridOrHomeIn(text[m[0]:m[1]]) {
			return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+text[m[0]:m[1]])
		}
		for _, m := range onsiteFiveDaysDemand.FindAllStringIndex(text, 2) {
			if !occasionalOnsite.MatchString(text[m[1]:min(len(text), m[1]+60)]) {
				return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+text[m[0]:m[1]]) // "... follow a hybrid schedule. This role, however, requires on-site presence at our plant five days per week."
			}
		}
		return ri
	}
	if ri.Remote == model.RemoteUnknown && hasFold(text, "remote") {
		if r, ev := remoteShareMode(text, true); r != model.RemoteUnknown {
			return setModeKeepRegions(ri, r, ev)
		}
	}
	if ri.Remote == model.RemoteRemote || ri.Remote == model.RemoteUnknown {
		if ev := remoteWorkDenied(full); ev != "" { // "Work from home is not available" (remote_work_denied_more.go)
			return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+ev)
		}
	}
	if ri.Remote == model.RemoteRemote {
		if ev := jobAtPremisesDaily(text); ev != "" {
			return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+ev)
		}
		if m := remoteOfficeBound.FindStringIndex(text); m != nil {
			return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+text[m[0]:m[1]])
		}
		if r, ev := remoteShareMode(text, false); r != model.RemoteUnknown {
			return setModeKeepRegions(ri, r, ev)
		}
		if r, ev, ok := readWithoutCompanySelf(text); ok {
			if r == model.RemoteUnknown {
				ri.Remote, ri.Evidence, ri.Regions = model.RemoteUnknown, "", []string{}
				return ri
			}
			return setModeKeepRegions(ri, r, ev)
		}
		return ri
	}
	if ri.Remote == model.RemoteUnknown {
		if ev := jobAtPremisesSaid(text); ev != "" {
			return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+ev)
		}
	}
	return ri
}

// readWithoutCompanySelf reads text again with the company's
// self-descriptions blanked, when the remote reading came from one; ok is
// false when the remote reading stands.
func readWithoutCompanySelf(text string) (model.Remote, string, bool) {
	ms := companySelfMode.FindAllStringIndex(text, -1)
	if ms == nil {
		return model.RemoteUnknown, "", false
	}
	if r0, _ := fromBody(text); r0 != model.RemoteRemote {
		return model.RemoteUnknown, "", false
	}
	var spans asideSpans
	strong := false
	for _, m := range ms {
		strong = strong || companySelfStrong.MatchString(text[m[0]:m[1]])
		spans = append(spans, [2]int{m[0], m[1]})
	}
	masked := spans.apply(text)
	if m, _, ok := maskSideRemote(masked, false); ok {
		masked = m // "most of our employees work from home" beside "a remote-first company" (remote_english_side_uses.go)
	}
	r, ev := fromBody(masked)
	if r == model.RemoteUnknown {
		if e := jobAtPremisesSaid(masked); e != "" {
			r, ev = model.RemoteOnsite, "text: "+e
		} else if at := onsiteMoreSaid(masked); at != "" { // "the role is site-based" (remote_english_side_uses.go)
			r, ev = model.RemoteOnsite, "text: "+at
		}
	}
	switch {
	case r == model.RemoteOnsite || r == model.RemoteHybrid:
		if officeByChoice(masked, strings.TrimPrefix(ev, "text: ")) {
			return model.RemoteUnknown, "", false // "you can work from our office if you prefer"
		}
		return r, ev, true
	case r == model.RemoteUnknown && !strong:
		return r, "", true
	}
	return model.RemoteUnknown, "", false
}

// jobAtPremisesSaid returns a line placing the job at the employer's
// premises with no choice or schedule beside it, or "".
func jobAtPremisesSaid(text string) string {
	for _, m := range jobAtPremises.FindAllStringIndex(text, 4) {
		if premisesChoiceBefore.MatchString(text[max(0, m[0]-50):m[0]]) || premisesModeAfter.MatchString(text[m[1]:min(len(text), m[1]+80)]) || deniedDemandBefore(text, m[0]) {
			continue // "if you prefer", "not required to work from our office"
		}
		return text[m[0]:m[1]]
	}
	return ""
}

// jobAtPremisesDaily returns a daily presence at the premises ("needs you
// at our Leeds site every day"), which beats a remote word, or "".
func jobAtPremisesDaily(text string) string {
	ev := jobAtPremisesSaid(text)
	if ev == "" || !containsAnyFold(ev, []string{"every", "daily", "each day"}) {
		return ""
	}
	return ev
}

// hybridOrHomeIn reports a hybrid, remote or home word in s.
func hybridOrHomeIn(s string) bool {
	return containsAnyFold(s, []string{"hybrid", "remote", "home", "wfh"})
}

// remoteShareMode reads an on-site share of the time beside a remote job:
// 80% or more is on-site, 20% to 75% hybrid. With near, a remote word must
// come just before the share ("Remote with 40% on-site").
func remoteShareMode(text string, near bool) (model.Remote, string) {
	for _, m := range remoteSiteShare.FindAllStringSubmatchIndex(text, 4) {
		if near && !containsFold(text[max(0, m[0]-40):m[0]], "remote") {
			continue
		}
		n, _ := strconv.Atoi(text[m[2]:m[3]])
		switch {
		case n >= 80 && n <= 100:
			return model.RemoteOnsite, "text: " + text[m[0]:m[1]]
		case n >= 20 && n < 80:
			return model.RemoteHybrid, "text: " + text[m[0]:m[1]]
		}
	}
	return model.RemoteUnknown, ""
}

// officeByChoice reports the reading ev of text offered as a choice.
func officeByChoice(text, ev string) bool {
	i := strings.Index(text, ev)
	if i < 0 || ev == "" {
		return false
	}
	return premisesChoiceBefore.MatchString(text[max(0, i-50):i]) || premisesChoiceAfter.MatchString(text[i+len(ev):min(len(text), i+len(ev)+80)])
}
