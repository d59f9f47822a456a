package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Workplace wording (table tests in onsite_cues_test.go).
var (
	// onsiteDenied is a denial just before an on-site word: "no on-site
	// requirement", "not an office-based job", "non-office-based".
	onsiteDenied = regexp.MustCompile(`(?i)(?:\bno|\bnot|\bnon|n't|\bwithout)(?:\s+(?:an?|any))?[\s-]*$`)
	// onsiteEvent is an on-site word naming an event or a rule rather than
	// the place of work: "on-site interviews", "an annual on-site retreat".
	onsiteEvent = regexp.MustCompile(`(?i)^[\s-]*(?:interviews?|retreats?|events?|meet-?ups?|visits?|offsites?|gatherings?|summits?|workshops?|requirements?)\b`)
	// onsiteMore is on-site work the other cues miss: "must live within
	// commuting distance of our HQ", "located in or near Denver",
	// "relocation is required", "office presence is required", "work from
	// the Lisbon office", "must report to the Leeds office daily".
	onsiteMore = newKeyRegexp(`(?i)\b(?:(?:within|in)\s+(?:a\s+)?(?:reasonable\s+)?(?:commuting|commutable|driving)\s+distance|(?:located|based|live|living|reside|residing)\s+in\s+or\s+(?:near|around)\b|`+
		`relocat(?:ion|ing)\s+(?:to\s+[\p{L}]+(?:\s+[\p{L}]+)?\s+)?(?:is\s+)?(?:required|mandatory)|(?:required|must|need)\s+to\s+relocate\b|must\s+be\s+(?:willing|able|ready|prepared)\s+to\s+relocate\b|willing(?:ness)?\s+to\s+relocate\b[^.\n]{0,40}?\b(?:is\s+)?(?:required|mandatory|a must)|`+
		`office\s+(?:presence|attendance)\s+(?:is\s+)?(?:required|mandatory|expected)|`+
		`(?:^|[.!?]\s+)(?:you(?:'ll| will)?\s+)?work(?:ing)?\s+from\s+(?:the|our)\s+(?:[\p{L}]+\s+){1,2}office\b|`+
		`(?:must|will|to)\s+report\s+(?:in)?to\s+(?:(?:the|our|an?)\s+)?(?:[\p{L}]+\s+){0,2}office\s+(?:daily|every\s+(?:work\s?)?day|each\s+(?:work\s?)?day)\b)`, 60, 40,
		"distance", "or near", "or around", "relocat", "office")
	// germanHomeOffice is an English-spelled home office in a German
	// sentence: "Home Office nach Absprache".
	germanHomeOffice = regexp.MustCompile(`(?i)^\s*(?:nach\s+absprache|m[öo]glich|erlaubt|inklusive)\b`)
	// germanOnsite is German on-site work: "Arbeit vor Ort in München".
	germanOnsite = newKeyRegexp(`(?i)\b(?:arbeit(?:en)?|t[äa]tigkeit|einsatz|pr[äa]senz|anwesenheit)\s+vor\s+ort\b`, 20, 10, "vor ort")
)

// onsiteAside reports an on-site word at loc that is denied or names an
// event ("no on-site requirement", "on-site interviews") or an occasional
// meeting ("meets in person occasionally").
func onsiteAside(text string, loc []int) bool {
	after := text[loc[1]:min(len(text), loc[1]+40)]
	before := text[max(0, loc[0]-12):loc[0]]
	// Each tried only where the byte its matches need is there (onsite_aside_gates.go).
	return deniedMayEnd(before) && onsiteDenied.MatchString(before) || eventMayStart(after) && onsiteEvent.MatchString(after) && !workAtEventsBefore(text, loc[0]) ||
		visitMayStart(after) && officeVisit.MatchString(after) || onsiteAmenity.MatchString(after) || // "on-site parking" (onsite_amenity.go)
		deniedDemandBefore(text, loc[0]) // "not required to work from the office" (remote_student_presence.go)
}

// bodyOnsiteMore reads onsiteMore and German on-site wording; unknown
// when text has neither.
func bodyOnsiteMore(text string) (model.Remote, string) {
	for _, loc := range onsiteMore.FindAllStringIndex(text, -1) {
		if officeVisit.MatchString(text[loc[1]:min(len(text), loc[1]+40)]) {
			continue // "work from the Austin office twice a year"
		}
		if waivedCommute(text, loc) { // "not required to live within commuting distance" (remote_onsite_shapes.go)
			return model.RemoteRemote, text[max(0, loc[0]-40):loc[1]]
		}
		return model.RemoteOnsite, text[loc[0]:loc[1]]
	}
	if loc := germanOnsite.FindStringIndex(text); loc != nil {
		if germanOnsiteFewDays(text, loc[1]) {
			return model.RemoteHybrid, text[loc[0]:loc[1]] // "Einsatz vor Ort, zwei Tage pro Woche" (remote_german_onsite_days.go)
		}
		return model.RemoteOnsite, text[loc[0]:loc[1]]
	}
	if r, ev := plainOnsite(text); r != model.RemoteUnknown {
		return r, ev // "and work from our Dayton office" (onsite_plain_sentences.go)
	}
	return basedOnSite(text) // "This role is based on site." (onsite_based_on_site.go)
}

// Workplace wording in employment fields and descriptions.
var (
	// schedulePlace is an employment field naming a schedule and a place
	// in one phrase: "Full Time Remote work".
	schedulePlace = regexp.MustCompile(`(?i)^\s*(?:full|part)[- ]?time\s+(remote|hybrid|on-?site)(?:\s+(?:work|working|job|role))?\s*$`)
	// locRemoteForeign is a location saying remote in Spanish or
	// Portuguese: "Engenheiro · Remoto", "Remota".
	locRemoteForeign = regexp.MustCompile(`(?i)\bremot[oa]s?\b|\bteletrabajo\b|\bt[ée]l[ée]travail\b`)
	// locOfficeOnly is a location that is only an office: "Office", "At
	// Office", "In the office".
	locOfficeOnly = regexp.MustCompile(`(?i)^\s*(?:(?:at|in)\s+)?(?:the\s+)?office\s*$`)
)

// Japanese remote wording: "リモートワーク可" (remote work allowed),
// "フルリモート" (fully remote), "在宅勤務" (work from home); "不可" or
// "なし" after it denies it.
var (
	jaRemote     = regexp.MustCompile(`フルリモート|完全リモート|リモートワーク|リモート勤務|在宅勤務|テレワーク`)
	jaRemoteDeny = regexp.MustCompile(`^\s*(?:は|：|:)?\s*(?:不可|なし|無し|できません)`)
)

// japanesePlace reads Japanese remote wording; unknown when there is none.
func japanesePlace(text string) (model.Remote, string) {
	loc := jaRemote.FindStringIndex(text)
	if loc == nil {
		return model.RemoteUnknown, ""
	}
	if m := jaRemoteDeny.FindStringIndex(text[loc[1]:]); m != nil {
		return model.RemoteOnsite, text[loc[0] : loc[1]+m[1]]
	}
	return model.RemoteRemote, text[loc[0]:loc[1]]
}

// workAtEvents is the work itself done at on-site events: "Assist at
// in-person events around Chicago", "staff our on-site events". An event
// word after an on-site word names the place of work there, not an event
// beside the job ("on-site interviews", onsiteEvent).
var workAtEvents = regexp.MustCompile(`(?i)\b(?:assist|work|help|staff|support|run|host|represent\s+us|volunteer)\s+(?:at|with|our|the)\s+(?:our\s+|the\s+)?$`)

// workAtEventsBefore reports workAtEvents right before the on-site word at i.
func workAtEventsBefore(text string, i int) bool {
	return workAtEvents.MatchString(text[max(0, i-30):i])
}
