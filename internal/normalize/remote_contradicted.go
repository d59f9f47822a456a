package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A listing filed as remote (its location or hint) whose description says
// otherwise in plain words: the role is hybrid ("This is a hybrid role",
// "split between home and office", "remote and in-person work"), the
// office is required ("office presence is mandatory", "must be in our
// office"), or the worker must live within reach of it ("within commuting
// distance"). Only when the description does not itself call the role
// remote: "Fully remote. Our Berlin team is hybrid" stays remote; the role
// said hybrid beats the company said remote ("We are remote-first; this
// role is hybrid").
var (
	// mixedWork is remote and in-person work named together as the job's
	// way of working: "remote and in-person work required", "a role with
	// in-office and remote work".
	mixedWork = newKeyRegexp(`(?i)\b(?:(?:remote|home|wfh)\s+(?:and|&|\+)\s+(?:in[- ]person|in[- ]office|on[- ]?site|office)|(?:in[- ]person|in[- ]office|on[- ]?site|office)\s+(?:and|&|\+)\s+(?:remote|home|wfh))\s+work(?:ing)?\b`, 40, 40,
		"and in", "and on", "and office", "and remote", "and home", "and wfh", "& in", "& on", "& office", "& remote", "& home", "& wfh",
		"+ in", "+ on", "+ office", "+ remote", "+ home", "+ wfh")
	// officeRequired is an office the worker must attend: "in-office work
	// required", "office presence is mandatory", "required in-person work",
	// "must be in our office", "work from our office".
	officeRequired = newKeyRegexp(`(?i)\b(?:(?:in[- ]office|on[- ]?site|in[- ]person|office)\s+(?:work|presence|attendance)\s+(?:is\s+)?(?:required|mandatory|compulsory|expected|essential)|`+
		`(?:required|mandatory|compulsory)\s+(?:in[- ]office|on[- ]?site|in[- ]person|office)\s+(?:work|presence|attendance)|`+
		`(?:must|need to|needs to|required to|expected to|will need to|you['’]ll need to)\s+(?:be|work)\s+(?:in|at|from)\s+(?:our|the)\s+(?:[\p{L}]+\s+){0,2}office|`+
		`work\s+(?:from|in|at)\s+our\s+(?:[\p{L}]+\s+){0,2}office)\b`, 70, 70,
		"required", "mandatory", "compulsory", "expected", "essential", "must", "need", "work from our", "work in our", "work at our")
	// officeOptional precedes an office that is a choice, not a rule: "you
	// can work from our office", "welcome to work in our office".
	officeOptional = regexp.MustCompile(`(?i)\b(?:can|may|could|might|welcome to|option to|free to|choose to|if you (?:like|want|wish|prefer),?|optionally|also)\s+(?:\w+\s+){0,2}$`)
	// officeAlternative follows an office that has a home alternative: "work
	// from our office or from home".
	officeAlternative = regexp.MustCompile(`(?i)^\s*(?:,\s*)?(?:or|and/or)\s+(?:from\s+|at\s+)?(?:home|remotely|anywhere)\b`)
	// roleSaidHybrid and roleSaidRemote are the role's own mode said
	// plainly ("this particular role is hybrid", "the job is fully remote").
	roleSaidHybrid = regexp.MustCompile(`(?i)\b(?:this|the)\s+(?:particular\s+|specific\s+)?(?:role|position|job|internship)\s+is\s+hybrid\b`)
	roleSaidRemote = regexp.MustCompile(`(?i)\b(?:this|the)\s+(?:particular\s+|specific\s+)?(?:role|position|job|internship)\s+is\s+(?:(?:fully|100%|entirely|completely)\s+)?remote\b`)
	// commuteDistance is a worker who must live near the office.
	commuteDistance = newKeyRegexp(`(?i)\b(?:within|in)\s+(?:a\s+)?(?:reasonable\s+|daily\s+)?commut(?:ing|able)\s+distance\b|\bcommutable\s+(?:distance\s+)?(?:to|from)\s+(?:our|the)\b`, 20, 40, "commut")
)

// remoteContradicted reads a description that contradicts a remote
// location or hint; unknown when it does not.
func remoteContradicted(text string) (model.Remote, string) {
	if text == "" {
		return model.RemoteUnknown, ""
	}
	if r, ev := contradiction(text); r != model.RemoteUnknown && (!remoteAffirmed(text) || roleSaidHybrid.MatchString(ev) && !roleSaidRemote.MatchString(text)) {
		return r, ev // "We are remote-first; this role is hybrid in Dublin": the role's own mode wins over the company's
	}
	if loc := hybridDaysOnsiteAt(text); loc != nil && !hybridDaysOfOthers(text, loc) {
		return model.RemoteHybrid, text[loc[0]:loc[1]] // "Remote role, hybrid 3 days onsite": the count wins (remote_hybrid_days_onsite.go)
	}
	return model.RemoteUnknown, ""
}

// contradiction finds the hybrid, commute or office wording of
// remoteContradicted, whether or not the text also affirms remote work.
func contradiction(text string) (model.Remote, string) {
	// bodyHybrid always holds "hybrid" or "partly/partially remote".
	if hasFold(text, "hybrid") || hasFold(text, "rtly remote") || hasFold(text, "tially remote") {
		if loc := firstHybridCue(bodyHybrid, text); loc != nil { // not "not a hybrid role"
			return model.RemoteHybrid, text[loc[0]:loc[1]]
		}
		if loc := hybridDayCount(text); loc != nil { // "Hybrid, 2 hari WFO" (remote_hybrid_day_count_lead.go)
			return model.RemoteHybrid, text[loc[0]:loc[1]]
		}
	}
	for _, loc := range homeOfficeMix.FindAllStringIndex(text, -1) {
		if !homeLife.MatchString(text[loc[1]:min(len(text), loc[1]+20)]) {
			return model.RemoteHybrid, text[loc[0]:loc[1]]
		}
	}
	if loc := mixedWork.FindStringIndex(text); loc != nil {
		return model.RemoteHybrid, text[loc[0]:loc[1]]
	}
	if loc := commuteDistance.FindStringIndex(text); loc != nil {
		return model.RemoteHybrid, text[loc[0]:loc[1]]
	}
	for _, loc := range officeRequired.FindAllStringIndex(text, -1) {
		before, after := text[max(0, loc[0]-30):loc[0]], text[loc[1]:min(len(text), loc[1]+40)]
		if officeOptional.MatchString(before) || officeAlternative.MatchString(after) || officeVisit.MatchString(after) ||
			occasionalOnsite.MatchString(after) || findHybridWeek(text[loc[0]:min(len(text), loc[1]+40)]) != nil || deniedDemandBefore(text, loc[0]) {
			continue
		}
		return model.RemoteOnsite, text[loc[0]:loc[1]]
	}
	if ev := officeOnlyWording(text); ev != "" { // "On-site only", "must report to the office" (remote_office_only.go)
		return model.RemoteOnsite, ev
	}
	if r, ev := germanContradiction(text); r != model.RemoteUnknown {
		return r, ev // "Hybrides Arbeiten in Leipzig" (remote_flag_german_body.go)
	}
	return romanceContradiction(text) // "Trabajo presencial en nuestras oficinas" (remote_flag_romance_body.go)
}

// remoteAffirmed reports a description that calls the role remote ("fully
// remote", "this role is remote", "remote-first"), a perk aside.
func remoteAffirmed(text string) bool {
	for _, loc := range allMatches(text, bodyRemote, bodyRemoteMore, noOnsiteWork, mustBeRemote, remoteChoiceHome, remoteWorkDone, lessonsFromHome, remoteNoException) {
		if !remotePerk(text, loc) && !partialBefore.MatchString(text[max(0, loc[0]-20):loc[0]]) && !remoteTopic(text, loc) {
			return true
		}
	}
	return false
}

// More workplace wording in a description (table tests in
// region_requirements_test.go).
var (
	// hybridOrRemote offers both ways and so is not fully remote: "Hybrid
	// or Remote", "remote/hybrid".
	hybridOrRemote = newKeyRegexp(`(?i)\bhybrid\s*(?:or|/|&)\s*(?:fully\s+)?remote\b|\bremote\s*(?:or|/|&|-)\s*hybrid\b`, 20, 30, "hybrid")
	// remoteMore is remote work in words the other cues miss: "remote
	// worldwide", "telecommute options available", "a WFH opportunity",
	// "Remote / WFH".
	remoteMore = newKeyRegexp(`(?i)\b(?:remote(?:ly)?\s+(?:from\s+)?(?:worldwide|globally|anywhere)|wfh[- ]friendly|`+
		`(?:telecommut\w*|remote(?: work(?:ing)?)?|work[- ]from[- ]home|wfh)\s+options?\s+(?:is\s+|are\s+)?(?:available|offered|possible)|`+
		`(?:wfh|work[- ]from[- ]home|telecommut\w*)\s+(?:role|position|job|opportunity|internship|vacancy)|remote\s*/\s*(?:wfh|work from home))\b`, 40, 60, "remote", "telecommut", "wfh", "work from home", "work-from-home")
	// hqOnsite is work placed at headquarters: "HQ-based team in NYC".
	hqOnsite = newKeyRegexp(`(?i)\b(?:hq|headquarters)[- ]based\b`, 2, 20, "based")
)

// bodyPlaceMore reads hybridOrRemote and remoteMore; unknown when neither
// is in text.
func bodyPlaceMore(text string) (model.Remote, string) {
	if r, ev := bodyPlaceLead(text); r != model.RemoteUnknown {
		return r, ev
	}
	if loc := hybridOrRemote.FindStringIndex(text); loc != nil {
		return model.RemoteHybrid, text[loc[0]:loc[1]]
	}
	for _, loc := range remoteMore.FindAllStringIndex(text, -1) {
		if !remotePerk(text, loc) {
			return model.RemoteRemote, text[loc[0]:loc[1]]
		}
	}
	return model.RemoteUnknown, ""
}

var (
	// officeWeek is a full office week: "London, UK (5 days office)",
	// "five days on-site".
	officeWeek = regexp.MustCompile(`(?i)\b(?:5|five)\s+days?\s+(?:a\s+week\s+|per\s+week\s+|/\s*week\s+)?(?:in[- ]?)?(?:the\s+)?(?:office|on[- ]?site)\b`)
	// leadHybrid is a description or line that opens with "Hybrid" as the
	// place of work: "Hybrid in NYC", "Hybrid, 3 days a week", "Hybrid -
	// Berlin".
	leadHybrid = guardRegexp(`(?im)^[ \t]*hybrid[ \t]*(?:\(|[-–—:,;|]|$|(?:in|at|from|near)\s)`)
	// hybridPlace is hybrid right before a place: "Engineer hybrid Berlin",
	// "hybrid in London".
	hybridPlace = newKeyRegexp(`(?i)\bhybrid\s+(?:in\s+|at\s+|near\s+)?(\p{L}+(?:\s\p{L}+)?)`, 2, 40, "hybrid")
	// notOnsite denies on-site work: "This role is not on-site".
	notOnsite = newKeyRegexp(`(?i)\b(?:role|position|job|internship|work)\s+is\s+not\s+(?:on-?site|in[- ]office|office[- ]based|in[- ]person)\b`, 40, 30, "not")
	// hybridJob is a hybrid job named so: "This is a hybrid job".
	hybridJob = newKeyRegexp(`(?i)\bhybrid\s+(?:job|opportunity|internship|vacancy|post)\b`, 2, 30, "hybrid")
	// remoteRegionOnly is remote work limited to a region after it:
	// "Remote US only.", "remote (EU) only".
	remoteRegionOnly = newKeyRegexp(`(?i)\bremote\s+(?:\(\s*)?([\p{L}.]+(?:\s[\p{L}.]+)?)\s*\)?\s+only\b`, 2, 50, "remote")
	// russianPlace is remote or hybrid work in Russian ("удалённо",
	// "удаленная работа", "гибридный формат").
	// "Работа на дому" is work at home; care "на дому" (home visits) is not.
	russianRemote = regexp.MustCompile(`(?i)удал[её]нн|удал[её]нк|дистанционн|работ\p{L}*\s+на\s+дому`)
	russianHybrid = regexp.MustCompile(`(?i)гибридн`)
)

// bodyPlaceLead reads a description that opens a line with "Hybrid", names
// hybrid work at a place, denies on-site work, or says remote or hybrid in
// Russian; unknown when it does none of these.
func bodyPlaceLead(text string) (model.Remote, string) {
	if loc := leadHybrid.FindStringIndex(text); loc != nil {
		return model.RemoteHybrid, strings.TrimSpace(text[loc[0]:loc[1]])
	}
	for _, m := range hybridPlace.FindAllStringSubmatchIndex(text, -1) {
		if len(Regions(text[m[2]:m[3]])) > 0 {
			return model.RemoteHybrid, text[m[0]:m[1]]
		}
	}
	if loc := notOnsite.FindStringIndex(text); loc != nil {
		return model.RemoteRemote, text[loc[0]:loc[1]]
	}
	if loc := hybridJob.FindStringIndex(text); loc != nil {
		return model.RemoteHybrid, text[loc[0]:loc[1]]
	}
	for _, m := range remoteRegionOnly.FindAllStringSubmatchIndex(text, -1) {
		if len(Regions(text[m[2]:m[3]])) > 0 {
			return model.RemoteRemote, text[m[0]:m[1]]
		}
	}
	if strings.Contains(text, "д") || strings.Contains(text, "Д") { // "Дистанционная работа" has only the capital
		for _, loc := range russianHybrid.FindAllStringIndex(text, -1) {
			if !hybridProduct(text[loc[1]:]) { // "гибридные модели автомобилей" is a product
				return model.RemoteHybrid, text[loc[0]:loc[1]]
			}
		}
		if loc := russianRemote.FindStringIndex(text); loc != nil {
			return model.RemoteRemote, text[loc[0]:loc[1]]
		}
	}
	return model.RemoteUnknown, ""
}

// remoteJobsTopic follows a remote cue that is the subject of the text,
// not the role's place: "remote job boards", "remote job seekers",
// "remote work tools", "the remote work market".
var remoteJobsTopic = regexp.MustCompile(`(?i)^(?:s)?\s+(?:boards?|seekers?|search(?:es)?|hunters?|hunting|listings?|sites?|websites?|platforms?|marketplaces?|markets?|trends?|tools?|software|apps?|newsletters?|guides?|communit(?:y|ies)|industry|statistics|stats)\b`)

// remoteTopic reports a remote cue at loc that names remote work as a
// subject ("Remote job boards list thousands of jobs").
func remoteTopic(text string, loc []int) bool {
	w := strings.ToLower(text[loc[0]:loc[1]])
	if !strings.HasSuffix(w, "job") && !strings.HasSuffix(w, "work") && !strings.HasSuffix(w, "jobs") {
		return false
	}
	return remoteJobsTopic.MatchString(text[loc[1]:min(len(text), loc[1]+30)])
}

// employmentPlace is the workplace a source lists among its employment
// types ("Full Time, Remote", "Contract / Hybrid"), for use as a remote
// hint; "" when it lists none.
func employmentPlace(employmentType string) string {
	if t := employmentColonMode(employmentType); t != "" {
		return t // "Full-time: Remote" (remote_employment_colon_mode.go)
	}
	for _, part := range strings.FieldsFunc(employmentType, func(r rune) bool { return r == ',' || r == '/' || r == ';' || r == '|' }) {
		if t := employmentModeToken(part); t != "" {
			return t // "TELECOMMUTE", "Remote Only" listed as a job type (remote_employment_mode_tokens.go)
		}
		if metaPlaceWord.MatchString(strings.TrimSpace(part)) {
			if r := hintRemote(strings.TrimSpace(part)); r != model.RemoteUnknown {
				return strings.TrimSpace(part)
			}
		}
		if m := schedulePlace.FindStringSubmatch(part); m != nil {
			return m[1] // "Full Time Remote work"
		}
		if fieldModeWord(part) != model.RemoteUnknown {
			return strings.TrimSpace(part) // "Làm việc từ xa" listed as a job type (remote_field_mode_words.go)
		}
	}
	return ""
}
