package normalize

import (
	"cmp"
	"regexp"
	"sort"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// RemoteInfo is where the work is done and what decided it.
type RemoteInfo struct {
	Remote   model.Remote
	Regions  []string // remote regions: ISO 3166 alpha-2, EU, EMEA, LATAM, APAC, Americas, worldwide
	Evidence string   // "structured: remote", "location: Remote (United States)", "text: ..."
}

var (
	locRemote = regexp.MustCompile(`(?i)\b(?:remote|remotely|anywhere|worldwide|work from home|work from anywhere|wfh|telecommut\w*|telework\w*|distributed|home[- ]based|home[- ]?working|work[- ]at[- ]home|virtual|fully[- ]remote|global)\b`)
	// locNoRemote is a location that denies remote work ("Not Remote",
	// "Remote: No", "No remote work") or makes it a passing state
	// ("Temporarily Remote"), and locOnsiteWords on-site wording only a
	// location field uses ("On site").
	locNoRemote    = regexp.MustCompile(`(?i)\b(?:not|no|non)[- ]remote\b|\bremote\s*:\s*(?:no|none|n/a)\b|\bremote (?:work(?:ing)? )?(?:is )?not (?:available|possible|offered|an option)\b|\b(temporar(?:il)?y remote|remote (?:\()?temporar(?:il)?y)\b`)
	locOnsiteWords = regexp.MustCompile(`(?i)\bon site\b`)
	locHybrid      = regexp.MustCompile(`(?i)\bhybrid\b|\b(?:partially|partly) remote\b`)
	locOnsite      = newCueRegexp(`(?i)\b(?:on-?site|in[- ]office|in[- ]person|office[- ]based|not remote|work(?:ing)? from (?:the )?office|wfo)\b`)
	// strongOnsite is body text that overrides a "Remote" location bucket.
	strongOnsite = newCueRegexp(`(?i)\b(?:(?:this|the) (?:particular |specific |current |open )?(?:role|position|job|internship|opportunity) is (?:(?:fully|100%|entirely|strictly) )?(?:on-?site|in[- ]person|in[- ]office|office[- ]based)|(?:must|will need to|required to|expected to|you'll need to|need to) (?:work|be) (?:from|in|at) (?:our|the) [\w .,'-]{0,30}office (?:\d|five|four|three) days (?:a|per) week|(?:must|required to|expected to|requires? you to) (?:be|work) (?:fully )?on[- ]?site|requires? (?:being|working) (?:fully )?on[- ]?site|(?:is|are|be|being|work|working) (?:fully )?(?:on-?site|in[- ]person|in (?:the|our) office) (?:5|five|4|four) days (?:a|per) week|(?:this|the) (?:role|position|job) is not remote|this is an? (?:on-?site|in[- ]office|office[- ]based|in[- ]person) (?:role|position|job)\b|not a remote (?:role|position|job)|no remote work|remote work is not (?:possible|available|an option)|(?:fully|100%) on-?site|no (?:remote|hybrid)(?: (?:or|and|/) (?:remote|hybrid))? (?:options?|work(?:ing)?|possibilit(?:y|ies)|arrangements?|is (?:possible|available|offered))|(?:remote|hybrid) (?:work(?:ing)? )?(?:(?:is )?not (?:possible|available|offered|an option)|is (?:currently )?unavailable)|not (?:open to|eligible for|suitable for|available for) remote|(?:cannot|can't|can not) be (?:done|performed|worked) remotely)`)
	bodyHybrid   = newCueRegexp(`(?i)\b(?:hybrid (?:role|position|capacity|schedule|work(?:ing)?\b(?: (?:model|arrangement|policy))?|model\b|setup|arrangement|format\b|basis\b|fashion\b|internship|opportunity\b|program(?:me)?\b)|(?:this|the) (?:particular |specific )?(?:role|position|job) is hybrid|hybrid[- ]remote\b|(?:partially|partly) remote\b|flex(?:ible)? hybrid\b|(?:team|role|position|job|internship|office|company|we) (?:is|are) (?:fully )?hybrid\b|(?:work )?location\s*:\s*hybrid\b|hybrid\s*[(:]\s*(?:[1-4]|one|two|three|four)\s*days?\b)`)
	bodyRemote   = newCueRegexp(`(?i)\b(?:(?:this|the) (?:role|position|job|internship|project|opportunity|work) is (?:(?:fully|100%|entirely|completely) )?remote|(?:fully|100%|entirely|completely|global(?:ly)?) remote|(?:fully|100%|entirely|completely) (?:wfh|telecommut\w*|telework\w*|home[- ]based|virtual)\b|permanent(?:ly)? (?:wfh|work[- ]from[- ]home|home[- ]based)\b|remote[- ]first|work[- ]from[- ]anywhere|work[- ]from[- ]home|(?:can|may|could) be (?:done|performed|completed|carried out) (?:remotely|from home|from anywhere)|(?:mostly|primarily|predominantly|largely) remote|remote (?:role|position|internship|micro-?internship|opportunity|project|job|work)|work remotely)\b`)
	// officeMention finds work placed in one office: "in our New York
	// office", "based at the Berlin office". "The office" alone is too often
	// a perk ("rides from the office") and "our offices" the company's
	// profile ("in our offices across Europe").
	officeMention = newCueRegexp(`(?i)\b(?:in|at|from|out of)\s+our\s+(?:[\p{L}.'&-]+\s+){0,3}(?:office|` + workplaces + `)\b|\b(?:based|located|work|working|works)\s+(?:in|at|from|out of)\s+the\s+(?:[\p{L}.'&-]+\s+){0,3}(?:office|` + workplaces + `)\b|\b(?:fully|entirely|permanently|full[- ]time)\s+(?:in|at)\s+(?:the|our)\s+(?:[\p{L}.'&-]+\s+){0,3}office\b`)
	// officeVisit marks an office mention that is an occasional visit, not
	// the place of work: "in our Austin office twice a year".
	officeVisit = regexp.MustCompile(`(?i)^[\s,]*(?:(?:about|around|only|just)\s+)?(?:once|twice|occasionally|sometimes|now and then|from time to time|a few times|several times|\d+\s+times|(?:one|two|three|four)\s+times|for\s+(?:an?\s+)?(?:onboarding|orientation|training|kick-?off|meetings?|events?|retreats?|offsites?|visits?)|(?:on|for)\s+(?:occasion|special occasions)|if you (?:like|want|wish|prefer)|when(?:ever)? (?:needed|you like|you want))\b`)
	// bodyRegion finds a region the remote work is limited to.
	bodyRegion = newCueRegexp(`(?i)(?:(?:remote|anywhere|based|located|reside|residing|live|living|work from anywhere|eligible to work|authori[sz]ed to work)\s+(?:(?:with)?in|from|across|throughout)\s+(?:one of(?: the following| these| our)?(?: (?:states|countries|locations|regions))?\s*:?\s*)?(?:the\s+)?([\p{L}. -]{2,30}?)\b(?:[.,;:)!]|\s+(?:only|and|or|with|who|to|time|\()|$)|\b(US|U\.S\.|EU|UK|Europe|LATAM|EMEA|APAC|Canada|India)[- ]based (?:applicants|candidates|only|residents|talent)|(?:applicants|candidates) (?:must be |need to be )?(?:(?:based|located) in|in|from)\s+(?:the\s+)?([\p{L}. ]{2,30}?)\b(?:[.,;:)!]|\s|$))`)
)

// workplaces are places of work other than an office: "based in our Lyon
// restaurant", "at our Austin plant".
const workplaces = `restaurant|kitchen|store|shop|warehouse|plant|factory|lab|laboratory|clinic|hospital|facility|campus|studio|depot|site|branch|hotel|showroom|workshop`

// hybridDays are the day counts of a hybrid week: "three days a week in
// our Denver office" (a line break may fall inside it and the office may be
// a numbered one, "in our\nLyon 3 office"), "in the office on Tuesdays and Thursdays", "work from
// home 2 days a week" (or "(2 days per week)"), "remote work 1 day per week", "one day per week from
// home", "in the office Tuesday through Thursday".
const hybridDays = `(?:[1-4]|one|two|three|four)(?:\s*(?:-|–|to|or)\s*(?:[2-4]|two|three|four))? days?(?: (?:a|per|each|every) | ?/ ?)week\s+(?:in\s+(?:the|our|an?)\s+(?:[\p{L}\d]+\s+){0,2}office|on[- ]?site|in[- ]person|at\s+(?:the|our)\s+(?:[\p{L}\d]+\s+){0,2}office|in[- ]office)|` +
	`(?:in[- ]office|on[- ]?site|in[- ]person|in (?:the|our) (?:[\p{L}]+ ){0,2}office) (?:for )?(?:at least |a minimum of |up to |around |about )?(?:[1-3]|one|two|three)(?:\s*(?:-|–|to|or)\s*(?:[2-4]|two|three|four))? days?(?: (?:a|per|each|every) | ?/ ?)week|` +
	`(?:[1-4]|one|two|three|four)(?:\s*(?:-|–|to|or)\s*(?:[2-4]|two|three|four))? (?:office|in-office|on[- ]?site) days?(?: (?:a|per|each|every) | ?/ ?)week|` +
	`(?:[1-4]|one|two|three|four) days? (?:in (?:the|our) office|in[- ]office|on[- ]?site),? (?:and |\+ |/ )?(?:[1-4]|one|two|three|four) days? (?:remote|from home|at home|wfh)|` +
	`(?:[1-4]|one|two|three|four)(?:\s*(?:-|–|to|or)\s*(?:[2-4]|two|three|four))? days? in (?:the |our )?office\b|` +
	`in (?:the|our) (?:[\p{L}]+ ){0,2}office (?:on |every )?(?:(?:mon|tues|wednes|thurs|fri)days\b|(?:mon|tues|wednes|thurs|fri)days? (?:and|&) (?:mon|tues|wednes|thurs|fri)days?)|` +
	`(?:work(?:ing)? from home|wfh|remote work(?:ing)?|work remotely|remotely|telework(?:ing)?|home[- ]?office)\s*(?::|\()?\s*(?:up to |for )?(?:(?:[1-4]|one|two|three|four) days?|(?:a|one) day or two)(?: (?:a|per|each|every) | ?/ ?)week|` +
	`in[- ]office (?:on )?(?:mon|tues|wednes|thurs|fri)days?\s*(?:and|&|,|/)\s*(?:mon|tues|wednes|thurs|fri)days?|` +
	`in[- ]office (?:(?:is )?(?:required|expected|mandatory) )?(?:in [\p{L}]+ )?(?:[1-4]|one|two|three|four)(?:\s*(?:-|–|to|or)\s*(?:[2-4]|two|three|four))? days?(?: (?:a|per|each|every) | ?/ ?)week|` +
	`in[- ]office (?:from |on )?(?:mon|tues|wednes)days? (?:through|thru|to|until|-|–) (?:tues|wednes|thurs)days?\b|` +
	`in (?:the|our) (?:[\p{L}]+ ){0,2}office every (?:mon|tues|wednes|thurs|fri)day\b|` +
	`(?:[1-4]|one|two|three|four)(?:\s*(?:-|–|to|or)\s*(?:[2-4]|two|three|four))? days?(?: (?:a|per|each|every) | ?/ ?)week (?:from home|at home|remote(?:ly)?|wfh)\b|` +
	`in (?:the|our) (?:[\p{L}]+ ){0,2}office (?:from |on )?(?:(?:mon|tues|wednes)days? (?:through|thru|to|until|-|–) (?:tues|wednes|thurs)days?|(?:tues|wednes)days? (?:through|thru|to|until|-|–) fridays?)\b|` +
	`work(?:ing)? from (?:the|our) (?:[\p{L}]+ ){0,2}office (?:[1-4]|one|two|three|four)(?:\s*(?:-|–|to|or)\s*(?:[2-4]|two|three|four))? days?(?: (?:a|per|each|every) | ?/ ?)week|` +
	`in[- ]office (?:[1-4]|one|two|three|four) days?,? (?:and |\+ |/ )?(?:remote|wfh|from home|at home) (?:on )?(?:mon|tues|wednes|thurs|fri)days?\b|` +
	`hybrid options?\b`

// titlePlace finds a work-place note in a title that titleWhere (remote,
// hybrid at the title's end) does not: "Customer Support (Work From
// Home)", "Onsite Technician - Phoenix", a bracketed remote note opening
// the title ("[Remote-US] Support Engineer"), "Anywhere" closing the
// title ("Data Engineer - Anywhere") and a virtual internship
// ("Virtual Internship - Marketing", "Research Intern (Virtual)"; a
// "Virtual Assistant" or "Virtual Reality" title says nothing of place).
var titlePlace = regexp.MustCompile(`(?i)^\s*[\[(]\s*((?:fully\s+|100%\s+)?remote\b[^\])]{0,40})[\])]|` +
	`(?:^|[-–—|,(\[/]\s*)(work from home\b|work from anywhere\b|wfh\b|anywhere\s*(?:[)\]]\s*)?$|on-?site\b|in[- ]office\b|in[- ]person\b|presencial\b|virtual (?:micro-?)?(?:internship|intern|externship|fellowship)s?\b|virtual\s*[)\]])`)

// TitlePlace returns the work-place note of a title ("Work From Home",
// "Onsite", "Remote-US"), or "".
func TitlePlace(title string) string {
	if titlePlaceSkips(title) { // guard_meta_title.go
		return ""
	}
	if m := titlePlace.FindStringSubmatch(title); m != nil && !(m[1] != "" && remoteCompound.MatchString(m[1])) {
		return firstNonEmpty(m[1:]...)
	}
	return virtualTeachingTitle(title) // "Virtual Science Teacher" (remote_virtual_teacher.go)
}

// leadRemote is a description line that starts with the place of work:
// "Remote (US) — occasional travel", "Remote - EMEA", "Remote; US hours",
// "Remote in the Americas", "Remote with no location restrictions".
var leadRemote = regexp.MustCompile(`(?im)^[ \t]*(?:fully\s+|100%\s+)?(?:remotely\s+(?:in|within|from|across|throughout)\s|remote[ \t]*(?:\(|[-–—:,;.|]|$|(?:in|within|from|across|throughout)\s|with\s+(?:(?:some|occasional|regular|limited|minimal|quarterly|annual|periodic)\s+)?(?:travel|visits?|trips?)\b|with\s+(?:an?\s+)?(?:optional\s+(?:[\p{L}-]+\s+){0,2}(?:access|space|desks?|visits?|days?|meetups?|coworking|co-working)|(?:office|coworking|co-working)\s+(?:access|space|stipend|allowance))\b|with\s+no\s+(?:geographic(?:al)?|location|country|regional)\s+restrictions?\b))`)

// hybridWeek is hybridDays alone: a weekly office schedule that makes a
// role listed as remote hybrid.
var hybridWeek = newWordKeyRegexp(`(?i)\b(?:`+hybridDays+`)`, 90, 90, "day", "monday", "tuesday", "wednesday", "thursday", "friday", "hybrid option")

// hybridTimes is an office schedule counted in visits a week: "commute to
// our office in Dublin 3x per week", "in the office twice a week".
var hybridTimes = newKeyRegexp(`(?i)\b(?:(?:in (?:the|our) (?:[\p{L}]+ ){0,2}office|in[- ]office|on[- ]?site|(?:commute|come|go|travel) (?:in)?to (?:the|our) (?:[\p{L}]+ ){0,2}offices?)(?: in [\p{L}]+)? (?:at least |a minimum of |up to )?(?:(?:[1-4]|two|three|four)\s*(?:x|times)|once|twice)(?: (?:a|per|each|every) | ?/ ?)week|`+
	`(?:(?:[1-4]|two|three|four)\s*(?:x|times)|once|twice)(?: (?:a|per|each|every) | ?/ ?)week (?:in (?:the|our) (?:[\p{L}]+ ){0,2}office|in[- ]office|on[- ]?site))\b`, 90, 60,
	"times a week", "times per week", "times/week", "x a week", "x per week", "x/week", "once a week", "once per week", "twice a week", "twice per week")

// findHybridWeek finds a weekly office schedule; only text that names a
// day, a count of office visits a week or hybrid options can have one.
func findHybridWeek(text string) []int {
	a, b := hybridWeek.FindStringIndex(text), hybridTimes.FindStringIndex(text)
	if a == nil && b == nil {
		if loc := officeFirstWeek(text); loc != nil { // "in our office location 4 days per week"
			return loc
		}
		if loc := daysSiteWeek.FindStringIndex(text); loc != nil { // "3 days on-site a week" (remote_onsite_shapes.go)
			return loc
		}
		if loc := namedOfficeWeek(text); loc != nil { // "3 days in our Leeds office" (remote_office_duties.go)
			return loc
		}
		return homeSomeDaysWeek(text) // "work from home some days a week" (remote_home_some_days.go)
	}
	if a == nil || (b != nil && b[0] < a[0]) {
		return b
	}
	return a
}

// More on-site, remote and office wording than the prefix-accelerated
// cues above carry, tried around their key words (their prefixes would
// make the cue tables slow to build).
var (
	strongOnsiteMore = newKeyRegexp(`(?i)\b(?:(?:must|required to|expected to|need to) (?:be|work) (?:in|at|from) (?:the|our) (?:[\p{L}]+ ){0,2}office (?:full[- ]time|every day|daily|all week|(?:5|five) days)|`+
		officeWeekAhead+`|`+ // "you will be in office 5 days" (remote_office_week_ahead.go)
		onsiteFullWeek+`|`+ // "On site five days" (remote_lead_compound.go)
		`(?:is|are|be) based (?:in|at) (?:the|our) (?:[\p{L}]+ ){0,2}office (?:full[- ]time|every day|daily|all week|(?:5|five) days)|`+
		`(?:5|five) days (?:a|per|each|every) week (?:in|at) (?:the|our) (?:[\p{L}]+ ){0,2}office|`+
		`(?:remote|hybrid) (?:work(?:ing)? )?is ?n['’]?t (?:possible|available|offered|an option)|`+
		`(?:work|be|based) on site (?:at|in) (?:(?:the|our|a)\s+)?(?:clients?|customers?|partners?)(?:['’]s?)?\s+(?:premises|sites?|offices?|locations?|plants?|facilit(?:y|ies))|`+
		`telecommut\w* (?:is )?not (?:permitted|allowed|available|possible|an option)|remote (?:candidates|applicants|applications) (?:will|would) not be considered|`+
		`on[- ]?site (?:only |campus |lab |laboratory |warehouse |clinic )?(?:role|position|job)\b|(?:not able to|unable to|cannot|can't|can not|do not|don't|does not|doesn't|won't) offer (?:any )?remote (?:work|working|options?|arrangements?|internships?|positions?|roles?|jobs?|opportunit(?:y|ies))|requires? you to (?:work|be) (?:from|in|at) (?:our|the) [\w .,'-]{0,30}office (?:[5-7]|five) days|`+
		`remote\s*:\s*(?:no|none|n/a)\b|(?:^|[.!;:\n]\s*|\(\s*)not remote\b|(?:^|[.!;:\n]\s*|\(\s*)no remote(?:\s*[.!;,)]|\s*$| (?:work|working|options?|possible|available|allowed)\b)|not remote[- ]eligible)`, 110, 60,
		"office full", "office every", "office daily", "office all week", "office mon", "office five", "office four", "office 1", "office 2", "office 3", "office 4", "office 5", "office 6", "office 7",
		"offer", "telecommut", "remote candidates", "remote applicants", "remote applications", "site role", "site position", "site job", "site only", "site campus", "site lab", "site warehouse", "site clinic",
		"remote:", "remote :", "not remote", "no remote", "five days", "5 days", "isn", "on site")
	bodyRemoteMore = newKeyRegexp(`(?i)\b(?:remote[- ]friendly|remote within|home[- ]based (?:role|position|job|opportunity|internship|work)|`+
		`home[- ]working (?:role|position|job|opportunity)|virtual (?:internship|role|position|job|opportunity|program(?:me)?)|telecommut\w* (?:is )?(?:permitted|allowed|available|possible|an option|ok)|`+
		`(?:fully|100%|entirely|completely) distributed|full[- ]remote (?:experience|setup|option|role|position|work)|`+
		`remote[- ](?:only|eligible|based) (?:role|position|job|internship|opportunity|work|team|company)|(?:work |job )?location\s*:\s*(?:fully\s+|100%\s+)?remote|`+
		`remote[- ]eligible|remote[- ]optional|remote (?:ok|okay)|(?:an?|fully|100%)\s+(?:[\p{L}-]+,?\s+){0,2}?telecommut(?:ing|e)\b|telecommut\w* (?:role|position|job|opportunity|internship)|`+
		`(?:conducted|done|performed|completed|held|run|worked) (?:fully |entirely |100% )?virtually|`+
		`remote(?: work(?:ing)?)? (?:is )?(?:possible|allowed|permitted)|(?:wfh|work from home) (?:is )?(?:permitted|allowed|available|possible|an option|ok)\b|open to (?:telecommut\w*|telework\w*|remote work(?:ing)?)|distributed (?:team|company|workforce) (?:across|around|spanning|throughout|all over)|`+
		`(?:via|by) (?:telecommut\w*|telework\w*)|work (?:from )?wherever you (?:are|like|want|choose|live|prefer)|work (?:from )?wherever you(?:'re|’re| are) most productive|(?:role|position|job) is location[- ]flexible|home[- ]based (?:with|and|plus) (?:\w+ )?travel|`+
		`welcome (?:applications from )?remote (?:candidates|applicants|applications|workers)|`+
		`work (?:from|at) (?:your|their) (?:own )?home|from (?:the comfort of )?your own home|(?:delivered|done|performed|provided|conducted) from your (?:own )?home|no (?:daily )?commut(?:e|ing) (?:needed|required|necessary|involved)|`+ // remote_home_words_test.go
		`home[- ]based\s*[,(–—-]\s*(?:`+placeNames+`))\b`, 40, 60,
		"remote-friendly", "remote friendly", "remote within", "home-based", "home based", "home-working", "home working", "virtual", "telecommut", "distributed", "full-remote", "full remote",
		"remote-only", "remote only", "remote-eligible", "remote eligible", "remote-based", "remote based", "location", "remote ok", "remote-optional", "remote optional",
		"possible", "allowed", "permitted", "wfh", "work from home", "open to", "telework", "wherever", "remote candidates", "remote applicants", "remote applications", "remote workers",
		"from your", "from their", "at your", "at their", "commut", "your own home")
	officeCommute = newKeyRegexp(`(?i)\b(?:commute|commuting|report|reporting)\s+(?:in)?to\s+(?:our|the)\s+(?:[\p{L}.'&-]+\s+){0,3}office\b`, 2, 90, "commut", "report")
)

// placeLabel is a board's workplace field written into the description:
// "Workplace type: Remote", "Work arrangement: Hybrid", "Work mode:
// On-site", "Position: Remote".
var placeLabel = newKeyRegexp(`(?i)\b(?:work(?:place)?(?:[ -]?(?:type|mode|model|arrangement|setup|style|environment|location))?|location type|position|job type|arrangement)\s*:\s*(?:fully\s+|100%\s+)?(remote|hybrid|on-?site|in[- ]office|in[- ]person|office[- ]based)\b`, 40, 20,
	"remote", "hybrid", "onsite", "on-site", "on site", "in-office", "in office", "in-person", "in person", "office-based", "office based")

// homeOfficeMix is a week split between home and the office: "a mix of
// home and office", "split between our Boston office and home", "split
// their time between the Miami office and home".
var homeOfficeMix = newKeyRegexp(`(?i)\b(?:mix|split|combination|blend|balance)(?:\s+(?:(?:their|your|his|her|our|the)\s+)?(?:time|week|days|working\s+week))?\s+(?:of|between)\s+(?:(?:working\s+)?(?:from\s+|at\s+)?(?:home|remote(?:ly)?|wfh)|(?:the\s+|our\s+)?(?:[\p{L}]+\s+){0,2}office)(?:\s+work(?:ing)?)?\s+(?:and|&)\s+(?:(?:working\s+)?(?:from\s+|at\s+)?(?:home|remote(?:ly)?|wfh)|(?:the\s+|our\s+)?(?:[\p{L}]+\s+){0,2}office)\b`, 10, 80, "mix", "split", "combination", "blend", "balance")

// placeLine is a description line that is only a place of work, as
// scraped descriptions carry a board's location field: "WFH", "Home
// based.", "Location: Hybrid", "On site".
var placeLine = newKeyRegexp(`(?i)(?:^|\n)[ \t]*(?:(?:work )?location\s*:\s*)?(wfh|work from home|work from anywhere|home[- ]based|telework(?:ing)?|telecommut(?:e|ing)|anywhere|distributed|hybrid|flexible hybrid|on[- ]?site|in[- ]office|in[- ]person|office[- ]based)[ \t]*[.!]?[ \t]*(?:\n|$)`, 40, 20,
	"wfh", "work from", "home", "telework", "telecommut", "anywhere", "distributed", "hybrid", "flexible", "on-site", "onsite", "on site", "in-office", "in office", "in-person", "in person", "office")

// placeLineIn reads a place line; unknown when there is none.
func placeLineIn(text string) (model.Remote, string) {
	m := placeLine.FindAllStringSubmatch(text, 1)
	if m == nil {
		return model.RemoteUnknown, ""
	}
	w := strings.ToLower(m[0][1])
	switch {
	case strings.Contains(w, "hybrid"):
		return model.RemoteHybrid, m[0][1]
	case strings.HasPrefix(w, "on") || strings.HasPrefix(w, "in") || strings.HasPrefix(w, "office"):
		return model.RemoteOnsite, m[0][1]
	}
	return model.RemoteRemote, m[0][1]
}

// orVirtual follows on-site wording that offers a virtual alternative:
// "in person or by video", "on-site or online".
var orVirtual = regexp.MustCompile(`(?i)^\s*(?:,\s*)?(?:or|and/or)\s+(?:by\s+|via\s+|over\s+)?(?:video|virtual(?:ly)?|remote(?:ly)?|online|phone|telephone|zoom|teams)\b`)

// homeLife follows a home that is no place of work: "a balance between
// office work and home life".
var homeLife = regexp.MustCompile(`(?i)^\s*(?:life|lives|commitments|responsibilities|duties)\b`)

// labeledPlace reads a workplace label and its text; unknown when none.
func labeledPlace(text string) (model.Remote, string) {
	for _, m := range placeLabel.FindAllStringSubmatchIndex(text, -1) {
		if remoteCompound.MatchString(text[m[2]:min(len(text), m[3]+40)]) {
			continue // "Position: Remote Sensing Analyst" names a role
		}
		switch strings.ToLower(text[m[2]:m[3]]) {
		case "remote":
			return model.RemoteRemote, text[m[0]:m[1]]
		case "hybrid":
			return model.RemoteHybrid, text[m[0]:m[1]]
		}
		return labelTwoModes(text, m[1], model.RemoteOnsite, text[m[0]:m[1]]) // "Work Model: In-Office / Hybrid" (remote_label_two_modes.go)
	}
	return model.RemoteUnknown, ""
}

// indexFinder is a regexp or cue regexp.
type indexFinder interface {
	FindAllStringIndex(s string, n int) [][]int
}

// allMatches returns the matches of res in order of position.
func allMatches(text string, res ...indexFinder) [][]int {
	var out [][]int
	for _, re := range res {
		out = append(out, re.FindAllStringIndex(text, -1)...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// ParseRemote decides remote, hybrid or on-site: the source's structured hint
// first ("remote", "hybrid", "onsite", "true"/"false", "TELECOMMUTE"), then
// the locations ("Remote - US", "Hybrid - London", "Anywhere"), then the
// description. Clear on-site evidence in the description ("this role is
// on-site in Austin", "must work from our NYC office 5 days a week") wins
// over a remote location or hint. Regions come from the locations, else the
// description ("work from anywhere in the U.S."); an unqualified "Anywhere"
// or "Worldwide" is worldwide.
func ParseRemote(hint string, locations []string, text string) RemoteInfo {
	info := RemoteInfo{Remote: model.RemoteUnknown}
	if r := hintRemote(hint); r != model.RemoteUnknown {
		info.Remote, info.Evidence = r, "structured: "+strings.TrimSpace(hint)
		if lr, ev := fromLocations(locations); r != model.RemoteHybrid && lr == model.RemoteHybrid {
			info.Remote, info.Evidence = lr, ev // a hybrid place narrows a remote or on-site flag
		}
	} else {
		info.Remote, info.Evidence = fromLocations(locations)
		if r := hintPhrase(hint); info.Remote == model.RemoteUnknown && r != model.RemoteUnknown {
			info.Remote, info.Evidence = r, "structured: "+strings.TrimSpace(hint)
		}
	}
	if info.Remote == model.RemoteUnknown {
		if r := shortTextMode(text); r != model.RemoteUnknown { // a description of a few words: "homeoffice" (workmode_short_values.go)
			info.Remote, info.Evidence = r, "text: "+strings.TrimSpace(text)
		} else if r := headlineTailRemote(text); r != model.RemoteUnknown { // "Go Developer Lisbon Remote" (remote_headline_tail.go)
			info.Remote, info.Evidence = r, "text: "+strings.TrimSpace(text)
		}
	}
	if r, ev := labeledPlaceMore(text); r != model.RemoteUnknown && (info.Remote == model.RemoteUnknown || // workmode_labels_more.go
		info.Remote == model.RemoteRemote && r != model.RemoteRemote) {
		// "Workplace type: Hybrid" is the board's own field written out;
		// it narrows a remote location and decides an unknown one.
		info.Remote, info.Evidence = r, "text: "+ev
	}
	if info.Remote == model.RemoteRemote || info.Remote == model.RemoteUnknown {
		for _, loc := range allMatches(text, onsiteWindows, strongOnsiteMore) { // key_windowed.go
			if occasionalOnsite.MatchString(text[loc[1]:min(len(text), loc[1]+60)]) {
				continue // "must be on-site one week per quarter" is a visit
			}
			if liftedAfter(text, loc[1]) {
				continue // "No remote work restrictions" lifts a limit (remote_lifted_limit.go)
			}
			if deniedDemandBefore(text, loc[0]) {
				continue // "You don't need to work from our office every day" (remote_student_presence.go)
			}
			if info.Remote == model.RemoteRemote && deniesOnlyHybrid(text[loc[0]:loc[1]]) {
				continue // "Remote OK, but no hybrid arrangements" (remote_hybrid_denied.go)
			}
			info.Remote, info.Evidence = model.RemoteOnsite, "text: "+text[loc[0]:loc[1]]
			if r, ok := onsiteFewDays(text, loc[1]); ok {
				info.Remote = r // "must be onsite 2 days per week" (region_denied_hire.go)
			}
			break
		}
		if info.Remote != model.RemoteOnsite && info.Remote != model.RemoteHybrid {
			if ev := notRemoteSaid(text); ev != "" { // "This is not remote; on-site in Denver" (remote_not_remote.go)
				info.Remote, info.Evidence = model.RemoteOnsite, "text: "+ev
			} else if ev := refusedRemoteSaid(text); ev != "" { // "we cannot accommodate remote work", "✗ No remote" (remote_onsite_shapes.go)
				info.Remote, info.Evidence = model.RemoteOnsite, "text: "+ev
			} else if ev := onsitePlaceSaid(text); ev != "" { // ". Onsite in Austin.", "in-office presence required" (remote_where_done.go)
				info.Remote, info.Evidence = model.RemoteOnsite, "text: "+ev
			}
		}
		if loc := officeWeekdaysHybrid(text); loc != nil && info.Remote == model.RemoteOnsite {
			info.Remote, info.Evidence = model.RemoteHybrid, "text: "+text[loc[0]:loc[1]] // "Tue-Thu in office" (remote_office_weekdays.go)
		}
	}
	if info.Remote == model.RemoteRemote {
		if loc := findHybridWeek(text); loc != nil {
			info.Remote, info.Evidence = model.RemoteHybrid, "text: "+text[loc[0]:loc[1]]
		}
	}
	if info.Remote == model.RemoteRemote {
		if r, ev := remoteContradicted(text); r != model.RemoteUnknown {
			info.Remote, info.Evidence = r, "text: "+ev
		}
	}
	info = reviseOfficeAttendance(text, info) // "Office attendance required for team meetings" (remote_office_duties.go)
	if info.Remote == model.RemoteUnknown {
		info.Remote, info.Evidence = fromBody(text)
		info.Remote, info.Evidence = recheckBody(text, info.Remote, info.Evidence) //
	}
	if info.Remote == model.RemoteUnknown {
		if r, ev := foreignPlace(text); r != model.RemoteUnknown {
			info.Remote, info.Evidence = r, "text: "+ev
		}
	}
	if info.Remote == model.RemoteUnknown {
		if r, ev := foreignPlaceMore(text); r != model.RemoteUnknown {
			info.Remote, info.Evidence = r, "text: "+ev
		}
	}
	if info.Remote == model.RemoteUnknown {
		info.Remote, info.Evidence = leadScopeRemote(text) // "USA remote", "EU remote only"
	}
	if info.Remote == model.RemoteUnknown {
		if r, ev := sentenceRemoteIn(text); r != model.RemoteUnknown { // "... SQL. Remote in Chile." (region_world_cover_hiring.go)
			info.Remote, info.Evidence = r, "text: "+ev
		}
	}
	if info.Remote == model.RemoteUnknown {
		if r, ev := moreBodyModes(text); r != model.RemoteUnknown { // "#LI-Hybrid" (remote_body_modes_more.go)
			info.Remote, info.Evidence = r, "text: "+ev
		}
	}
	if info.Remote == model.RemoteUnknown {
		if r, ev := informalModes(text); r != model.RemoteUnknown { // "- No Remote", "is home-based" (remote_informal_modes.go)
			info.Remote, info.Evidence = r, "text: "+ev
		}
	}
	if info.Remote == model.RemoteUnknown {
		if ok, ev := remoteStatementMore(text); ok { // "global and remote-based." (remote_based_locations.go)
			info.Remote, info.Evidence = model.RemoteRemote, "text: "+ev
		}
	}
	if info.Remote == model.RemoteUnknown {
		if r, ev := bodyStatementMode(text); r != model.RemoteUnknown { // "a hybrid workplace", "All of our roles are remote" (remote_body_statements.go)
			info.Remote, info.Evidence = r, "text: "+ev
		}
	}
	if info.Remote == model.RemoteUnknown {
		if r, ev := teleworkMode(text); r != model.RemoteUnknown { // "Telecommuting is offered", "situational telework" (remote_telework_terms.go)
			info.Remote, info.Evidence = r, "text: "+ev
		} else if r, ev := roleDoneMode(text); r != model.RemoteUnknown { // "Work is performed remotely", "our hybrid policy" (remote_role_done_remotely.go)
			info.Remote, info.Evidence = r, "text: "+ev
		}
	}
	if info.Remote == model.RemoteUnknown {
		if r, ev := teleworkOptionMode(text); r != model.RemoteUnknown { // "Telecommute option" (remote_office_duties.go)
			info.Remote, info.Evidence = r, "text: "+ev
		}
	}
	if info.Remote == model.RemoteUnknown {
		if r, ev := joinOrBothBodyMode(text); r != model.RemoteUnknown { // "join our team remotely", "both remote and on-site options" (remote_join_team_both_modes.go)
			info.Remote, info.Evidence = r, "text: "+ev
		}
	}
	if info.Remote == model.RemoteUnknown {
		if ev := remoteRoleSought(text); ev != "" { // "Hiring a remote bookkeeper" (remote_role_sought.go)
			info.Remote, info.Evidence = model.RemoteRemote, "text: "+ev
		}
	}
	if info.Remote == model.RemoteUnknown && hasPlace(locations) {
		info.Remote, info.Evidence = officeWork(text)
	}
	info = reviseHomeWeekdays(text, info) // "WFH Fridays" (remote_home_weekdays.go)
	if info.Remote == model.RemoteRemote {
		if r, ev := partialRemote(text); r != model.RemoteUnknown { // "up to 40% remote" (remote_informal_modes.go)
			info.Remote, info.Evidence = r, "text: "+ev
		}
	}
	info = reviseTelework(text, info) // "50% Telecommuting Permitted" (remote_telework_terms.go)
	// "intermittent remote position", "open to remote candidates" (remote_split_schedule.go)
	info.Remote, info.Evidence = splitScheduleRemote(text, info.Remote, info.Evidence)
	info = reviseFullyRemoteDenied(text, info)                 // "hybrid work structure ... fully remote is not available" (remote_body_statements.go)
	info = reviseOfficeDayCount(text, info)                    // "3 days work from office" read on-site (remote_office_day_counts.go)
	info = reviseHybridWeekModes(text, info)                   // "- Hybrid: 4 days in office", "attend the office every Tuesday and Thursday" (remote_hybrid_week.go)
	info = reviseHybridWeekFields(hint, locations, text, info) // "2 dni w biurze", "60 % Homeoffice", "リモート週2" in a work-mode field (remote_field_office_days.go)
	info = reviseTermListModes(hint, locations, text, info)    // "Làm việc bán từ xa", "Vollzeit. Hybrid.", "Homeoffice moeglich" (remote_term_list_modes.go)
	info.Regions = []string{}
	if info.Remote == model.RemoteRemote || info.Remote == model.RemoteHybrid {
		info.Regions = remoteRegions(hintLocations(hint, locations), text) // "US-only remote" as the hint
	}
	return info
}

// hintRemote maps a structured remote signal.
func hintRemote(hint string) model.Remote {
	key := oracleWorkplaceKey(strings.ToLower(hintSeparators.Replace(strings.TrimSpace(hint)))) // "ORA_ON_SITE" (workmode_hint_oracle_codes.go)
	switch key {
	case "remote", "true", "yes", "telecommute", "fullyremote", "remoteok", "1", "wfh", "workfromhome", "telework", "teleworking",
		"fully",      // Teamtailor's remote-status "fully"
		"completely", // a board's remote-positions field "completely" against "partly" (remote_romance_team_temporary_test.go)
		"online":     // a gig board's work-mode field "Online" against "Offline"
		return model.RemoteRemote
	case "hybrid",
		"mixed",               // a freelance board's working-mode field "mixed": part on site, part at home
		"partly", "partially": // that board's remote-positions field "partly"
		return model.RemoteHybrid
	case "onsite", "false", "inoffice", "office", "inperson", "no", "0", "officebased",
		"offline": // the in-person side of that field
		return model.RemoteOnsite
	}
	return hintRemoteBased(key) // "Site Based", "Campus-based" (workmode_hint_based.go)
}

// fromLocations reads remote from location texts; hybrid beats remote beats
// on-site, since "Hybrid - London; Remote" is not fully remote.
func fromLocations(locations []string) (model.Remote, string) {
	var remote, onsite string
	for _, loc := range locations {
		if onlyRemoteCompounds(loc) {
			continue // "Remote Desktop Support, Berlin": a team named for a technology (remote_lead_compound.go)
		}
		if temporaryRemoteLoc(loc) {
			continue // "Pune / Remote working during the pandemic": a passing spell (remote_hint_temporary.go)
		}
		if r, ok := locDeniedMode(loc); ok { // "never remote", "in office (no option for WFH)" (remote_location_denied.go)
			remote, onsite = deniedModeSeen(r, loc, remote, onsite)
			if r == model.RemoteHybrid {
				return r, "location: " + loc
			}
			continue
		}
		if partialRemoteField(loc) || occasionalHomeField(loc) {
			return model.RemoteHybrid, "location: " + loc // "Occasional remote", "gelegentlich von zu Hause" (remote_partial_field.go, remote_hybrid_nouns_home_fields.go)
		}
		switch extraLocPlace(loc) { // "Praca zdalna", "teilweise Homeoffice", "kein Homeoffice"
		case model.RemoteHybrid:
			return model.RemoteHybrid, "location: " + loc
		case model.RemoteRemote:
			remote = cmp.Or(remote, loc)
			continue
		case model.RemoteOnsite:
			onsite = cmp.Or(onsite, loc)
			continue
		}
		if onlineOnlyLoc(loc) {
			remote = cmp.Or(remote, loc) // "Online" (remote_student_presence.go)
			continue
		}
		if homeOfficeLoc(loc) || homeOfficePlaceLoc(loc) || placeHomeofficeLoc(loc) || homeofficeInPlaceLoc(loc) || homeofficeSubdivLoc(loc) || homeofficeForeignLoc(loc) || homeOfficeBrazilStateLoc(loc) { // "Berlin (Homeoffice)" (remote_place_homeoffice.go)
			remote = cmp.Or(remote, loc) // "Homeoffice"
			continue
		}
		// Literal words the regexps need, checked first: every match of
		// locNoRemote holds "remote", of locHybrid "remote" or "brid", of
		// locHybridForeign "brid", of locRemoteForeign "remot", "travail"
		// or "trabajo" (none of these letters has a fold beyond ASCII).
		hasRemote, hasBrid := containsFold(loc, "remote"), containsFold(loc, "brid")
		if hasRemote {
			if m := locNoRemoteMatch(loc); m != nil { // guard_location.go
				if m[1] == "" && onsite == "" {
					onsite = loc
				}
				continue
			}
		}
		switch {
		case ((hasRemote || hasBrid) && locHybridMatch(loc) || hasBrid && locHybridForeign.MatchString(loc)) && !(hasBrid && hybridThingsOnly(loc)): // not "hybrid cloud" (remote_location_hybrid_thing.go)
			return model.RemoteHybrid, "location: " + loc
		case (mayRemoteWord(loc) && locRemote.MatchString(loc) || remoteForeignWord(loc) && locRemoteForeign.MatchString(loc)) && remote == "":
			remote = loc
		case mayOnsiteWord(loc) && (locOnsite.MatchString(loc) || locOnsiteWords.MatchString(loc) || officeWeek.MatchString(loc) || locOfficeOnly.MatchString(loc) || locOnsiteForeign.MatchString(loc)) && onsite == "":
			onsite = loc
		}
	}
	switch {
	case remote != "":
		return model.RemoteRemote, "location: " + remote
	case onsite != "":
		return model.RemoteOnsite, "location: " + onsite
	}
	return model.RemoteUnknown, ""
}

// fromBody reads remote from the description when nothing else said.
func fromBody(text string) (model.Remote, string) {
	if loc := firstHybridCue(bodyHybrid, text); loc != nil { // not "not a hybrid role" (remote_hybrid_denied.go)
		if ev := ourHybridPolicy(text, loc); ev != "" {
			return model.RemoteRemote, "text: " + ev // "This is a remote role ... our hybrid working model" (remote_where_done.go)
		}
		return model.RemoteHybrid, "text: " + text[loc[0]:loc[1]]
	}
	for _, loc := range homeOfficeMix.FindAllStringIndex(text, -1) {
		if !homeLife.MatchString(text[loc[1]:min(len(text), loc[1]+20)]) {
			return model.RemoteHybrid, "text: " + text[loc[0]:loc[1]]
		}
	}
	if loc := remoteOfficeMixAt(text); loc != nil { // "a mix of remote and in-office work" (remote_mix_in_office.go)
		return model.RemoteHybrid, "text: " + text[loc[0]:loc[1]]
	}
	if loc := findHybridWeek(text); loc != nil {
		return model.RemoteHybrid, "text: " + text[loc[0]:loc[1]]
	}
	if loc := officeDaysNoWeek(text); loc != nil { // "in the office 2 days", "In office 2 days, remote 3 days" (remote_office_days_bare.go)
		return model.RemoteHybrid, "text: " + text[loc[0]:loc[1]]
	}
	if loc := hybridDaysOnsiteAt(text); loc != nil { // "Remote role, hybrid 3 days onsite" (remote_hybrid_days_onsite.go)
		return model.RemoteHybrid, "text: " + text[loc[0]:loc[1]]
	}
	if r, ev := remoteShareOrHybridPossible(text); r != model.RemoteUnknown { // "Remote: 80 %", "hybrid possible" (remote_share_label.go)
		return r, "text: " + ev
	}
	if r, ev := bodySomeDays(text); r != model.RemoteUnknown {
		return r, "text: " + ev // "remote two days a week", "can be done remote"
	}
	if r, ev := bodyPlaceMore(text); r != model.RemoteUnknown {
		return r, "text: " + ev
	}
	for _, loc := range allMatches(text, bodyRemote, bodyRemoteMore, noOnsiteWork, mustBeRemote, remoteChoiceHome, remoteWorkDone, lessonsFromHome, remoteNoException) {
		if !remoteCueStands(text, loc) {
			continue // "two weeks of work from anywhere a year" is a perk (remote_adjective_role.go)
		}
		return model.RemoteRemote, "text: " + text[loc[0]:loc[1]]
	}
	if loc := hybridRoleWords(text); loc != nil {
		return model.RemoteHybrid, "text: " + text[loc[0]:loc[1]] // "a hybrid backend role" (remote_hybrid_adjective_role.go)
	}
	if loc := remoteRoleWords(text); loc != nil {
		return model.RemoteRemote, "text: " + text[loc[0]:loc[1]] // "a remote Angular role" (remote_adjective_role.go)
	}
	if ev := refusedHomeWorking(text); ev != "" {
		return model.RemoteOnsite, "text: " + ev // "No work from home." (remote_no_mode.go)
	}
	if hasFold(text, "remote") {
		loc := firstSkippingDomains(leadRemote, text) // not "Remote.com" (remote_where_done.go)
		if loc == nil {
			loc = leadRemoteIn(text) // "Remote US, must live in the US"
		}
		if loc == nil {
			loc = leadRemoteStack(text) // "Remote Go, gRPC, Kafka." (remote_lead_stack.go)
		}
		if loc != nil {
			return model.RemoteRemote, "text: " + strings.TrimSpace(text[loc[0]:loc[1]])
		}
	}
	if r, ev := placeLineIn(text); r != model.RemoteUnknown {
		return r, "text: " + ev
	}
	if r, ev := metaPlace(text); r != model.RemoteUnknown {
		return r, "text: " + ev
	}
	// "US citizens only (remote)", "... in the US. Remote.": remote as a
	// note or a sentence of its own.
	if hasFold(text, "remote") {
		if loc := firstSkippingDomains(soleRemote, text); loc != nil {
			return model.RemoteRemote, "text: " + strings.TrimSpace(text[loc[0]:loc[1]])
		}
		if loc := remoteWithinAt(text); loc != nil {
			return model.RemoteRemote, "text: " + strings.TrimSpace(text[loc[0]:loc[1]]) // remote_region_denied_within.go
		}
	}
	if loc := hybridNoteAt(text); loc != nil {
		return model.RemoteHybrid, "text: " + text[loc[0]:loc[1]] // "Analyst at Acme (Hybrid)." (remote_hybrid_note.go)
	}
	// "Where: remote (Spain or Portugal)": a remote note naming its places.
	if _, loc := remotePlaceNote(text); loc != nil {
		return model.RemoteRemote, "text: " + text[loc[0]:loc[1]]
	}
	if !containsFold(text, "remote") {
		for _, loc := range locOnsite.FindAllStringIndex(text, -1) {
			if orVirtual.MatchString(text[loc[1]:min(len(text), loc[1]+40)]) || onsiteAside(text, loc) {
				continue // "meetings in person or by video conference", "on-site interviews"
			}
			if ev, ok := wfoHybridAt(text, loc); ok {
				return model.RemoteHybrid, "text: " + ev // "2 days WFO" (remote_wfo_days.go)
			}
			return model.RemoteOnsite, "text: " + text[loc[0]:loc[1]]
		}
		if loc := hqOnsite.FindStringIndex(text); loc != nil {
			return model.RemoteOnsite, "text: " + text[loc[0]:loc[1]]
		}
		if r, ev := bodyOnsiteMore(text); r != model.RemoteUnknown {
			return r, "text: " + ev
		}
		if r, ev := bodyMustBeInTown(text); r != model.RemoteUnknown {
			return r, "text: " + ev // "You must be based in Munich." (remote_must_be_in_town.go)
		}
	}
	if r, ev := hebrewBodyPlace(text); r != model.RemoteUnknown {
		return r, "text: " + ev // "עבודה מרחוק", "היברידי"
	}
	if r, ev := officeRequiredOnsite(text); r != model.RemoteUnknown {
		return r, "text: " + ev // "required to come into the office"
	}
	if r, ev := studentPresence(text); r != model.RemoteUnknown {
		return r, "text: " + ev // "no need to come into the office", "work on campus" (remote_student_presence.go)
	}
	if r, ev := remoteOrPlaces(text); r != model.RemoteUnknown {
		return r, "text: " + ev // "Acme | Remote or Boston, Austin" (remote_or_places.go)
	}
	if r, ev := dotSegmentPlace(text); r != model.RemoteUnknown {
		return r, "text: " + ev // "Senior · Hybrid, London" (remote_dot_segment_place.go)
	}
	return model.RemoteUnknown, ""
}

// hasPlace reports a location that names a place (a city, state or
// country) rather than saying nothing: "New York, NY", "Munich".
func hasPlace(locations []string) bool {
	for _, loc := range locations {
		if len(Regions(loc)) > 0 {
			return true
		}
	}
	return false
}

// officeWork reads on-site work from a description that places the work in
// an office ("Support our operations team in our New York office"), for a
// listing located in a city and with no remote or hybrid cue. Occasional
// visits ("in our Austin office twice a year") do not count.
func officeWork(text string) (model.Remote, string) {
	for _, loc := range allMatches(text, officeMention, officeCommute) {
		if !officeVisit.MatchString(text[loc[1]:min(len(text), loc[1]+40)]) && !deniedDemandBefore(text, loc[0]) { // not "not required to work from our office" (remote_student_presence.go)
			return model.RemoteOnsite, "text: " + text[loc[0]:loc[1]]
		}
	}
	return model.RemoteUnknown, ""
}

// remoteRegions returns the regions of the locations, else of the text.
func remoteRegions(locations []string, text string) []string {
	var out []string
	// "London, UK" beside "Remote - Europe" is an office (region_remote_entries_offices.go);
	// "US" beside "Worldwide" is one of the world's places (region_world_entry_absorbs.go)
	for _, loc := range worldEntryOthers(remoteEntriesOnly(locations)) {
		// "Anywhere (no US sponsorship)", "world wide, with offices in …" (region_entry_notes_offices.go)
		loc = worldOfficesEntry(sponsorNoteDropped(loc))
		loc = remoteInPreposition(loc) // "REMOTE IN USA" (region_list_edges.go)
		loc = globalEmployerEntry(loc) // "Global company" names no region (region_global_employer_entry.go)
		loc = worldHeadEntry(loc)      // "Worldwide - based in San Francisco" (region_world_head_clause.go)
		rs := worldLocRegions(loc)     // "World", EMEA written out
		// "Europe, Middle East, Africa (remote)" is EMEA, not its last segment
		if seg := remoteSegmentRegions(spellEMEA(loc)); seg != nil {
			rs = seg // "Paris, Madrid, Remote EU": the offices are no remote region (region_remote_segments.go)
		}
		// also "Natal/RN", "Campina Grande - PB" (region_brazil_state_codes.go)
		if brazilPlace(loc) || brazilPlaceSep(loc) || brazilPlaceWrapped(loc) { // "Remoto (Maceió, AL)" (region_brazil_wrapped.go)
			rs = []string{"BR"} // "Florianópolis, SC" is not South Carolina
		}
		if n := nutsCodeEntry(loc); n != nil {
			rs = n // "ITC4", "UKI3": a NUTS region code (region_nuts_code.go)
		}
		rs = areaNarrowed(loc, rs)      // "Americas (USA or Canada)" (region_area_narrowed.go)
		rs = areaCrumbNarrowed(loc, rs) // "North America · USA" (region_area_crumb.go)
		if stateDashUS(loc) {
			rs = []string{"US"} // "OH-US": the state, not also Ohio's namesake code (region_entry_tail_forms.go)
		}
		if len(rs) == 0 {
			rs = demonymZoneRegions(loc) // "Australian time zones" (region_demonym_zone_field.go)
		}
		if len(rs) == 0 {
			rs = demonymRemoteEntry(loc) // "Remote for Italian applicants" (region_remote_field_groups.go)
		}
		if len(rs) == 0 {
			rs = bareCodeEntry(loc) // "RU", "Remote - PE" (region_bare_code_entry.go)
		}
		if len(rs) == 0 {
			rs = wordCountryEntry(loc) // "Guernsey · Remote" (region_word_country_entry.go)
		}
		if len(rs) == 0 {
			rs = abbrevRemoteEntry(loc) // "Remote (RSA)" (region_remote_area_abbrevs.go)
		}
		if len(rs) == 0 {
			rs = lowerUSOnlyEntry(loc) // "us only" (region_remote_area_abbrevs.go)
		}
		if len(rs) == 0 {
			rs = stateCodeRemoteEntry(loc) // "NY, Remote" (remote_onsite_shapes.go)
		}
		if len(rs) == 0 {
			rs = stateCodeModeEntry(loc) // "FL; Hybrid", "TX (Hybrid - 3 days on site)" (region_state_code_mode.go)
		}
		if len(rs) == 0 {
			rs = modeStateCodeEntry(loc) // "Remote TX" (region_state_code_mode.go)
		}
		if len(rs) == 0 {
			rs = modeInStateCodeEntry(loc) // "Remote in TX" (region_mode_in_state_code.go)
		}
		if len(rs) == 0 {
			rs = allStatesRegions(loc) // "Remote within 50 states" (region_all_states.go)
		}
		if len(rs) == 0 {
			rs = fullStopEntry(loc) // "Canada." (region_entry_tail_forms.go)
		} else if more := fullStopListMore(loc, rs); more != nil {
			rs = more // "from Germany, Spain, or Portugal." (region_full_stop_list.go)
		}
		for _, r := range rs {
			out = appendUnique(out, r)
		}
	}
	if len(out) > 1 {
		out = dropWorldwide(out)
	}
	if len(out) > 0 {
		if w := officeWorldText(locations, text); w != nil {
			return w // "Denver, CO" and "You may live anywhere." (region_office_world_text.go)
		}
		return narrowRegions(out, text)
	}
	if rs := textRemoteRegions(text); len(rs) != 1 || rs[0] != RegionWorldwide {
		return rs
	}
	// the whole world from the text, narrowed like a world label: "We hire
	// internationally ..., and for this role we can only offer employment
	// in Mexico, Colombia and Argentina"
	return narrowRegions([]string{RegionWorldwide}, text)
}

// textRemoteRegions are the regions a description gives a remote job
// whose locations give none: "based in Germany, Austria or Switzerland",
// "Hiring region: US/UK/CA", "Remote UK - permanent contract.".
func textRemoteRegions(text string) []string {
	var out []string
	for _, m := range bodyRegion.FindAllStringSubmatchIndex(text, -1) {
		if othersBased(text, m[0]) || deniedBase(text, m[0]) {
			continue // "Our employees are based in the UK" (region_others_based.go), "cannot be based in" (remote_region_denied_within.go)
		}
		// The place starts at the first group that matched; read it as a
		// list to the end of its clause: "based in Germany, Austria or
		// Switzerland", "located in Latin America".
		rs := []string(nil)
		for g := 1; g <= 3 && rs == nil; g++ {
			if m[2*g] >= 0 {
				if rs = regionList(text[m[2*g]:]); len(rs) == 0 {
					rs = Regions(text[m[2*g]:m[2*g+1]])
				}
			}
		}
		for _, r := range rs {
			out = appendUnique(out, r)
		}
		if len(out) > 0 {
			break
		}
	}
	if len(out) == 0 {
		out = regionLabelLineRegions(text) // "Hiring region: US/UK/CA" (region_label_line_value.go)
	}
	if len(out) == 0 {
		out = remotelyInRegions(text) // "based remotely in the UK" (remote_based_remotely.go)
	}
	if len(out) == 0 {
		out = noteRegions(text)
	}
	if len(out) == 0 {
		out = extraRegions(text)
	}
	if len(out) == 0 {
		out = moreRegions(text)
	}
	if len(out) == 0 {
		out = foreignRegions(text)
	}
	if len(out) == 0 {
		out = workRightRegions(text)
	}
	if len(out) == 0 {
		out = leadRemoteRegions(text) // "Remote UK - permanent contract."
	}
	if len(out) == 0 {
		out = labelLineRegions(text) // "Location: Remote US"
	}
	if len(out) == 0 {
		out = fallbackRegions(text) // "open across the United States"
	}
	if len(out) == 0 {
		out = clauseRegions(text) // "a remote position within the United States", "USA remote"
	}
	if len(out) == 0 {
		out = remoteWorkWithinRegions(text) // "a remote work arrangement within the UK" (region_remote_work_within.go)
	}
	if len(out) == 0 {
		out = allStatesRegions(text) // "from any of the 50 states" (region_all_states.go)
	}
	if len(out) == 0 {
		out = hiringDemonym(text) // "hiring Brazilian applicants" (region_world_cover_hiring.go)
	}
	if len(out) == 0 {
		out = enrolledSchoolRegions(text) // "enrolled at a US college" (region_enrolled_school.go)
	}
	if out == nil {
		out = []string{}
	}
	return out
}

func appendUnique(list []string, s string) []string {
	for _, v := range list {
		if v == s {
			return list
		}
	}
	return append(list, s)
}

// occasionalOnsite follows an on-site requirement that is only a visit:
// "one week per quarter", "twice a year", "for team offsites".
var occasionalOnsite = regexp.MustCompile(`(?i)^[\s,]*(?:(?:for|about|around|only|just)\s+)?(?:(?:one|two|a|1|2|3|\d+)\s+(?:[\p{L}-]+\s+){0,2}?(?:weeks?|days?)\s+(?:a|per|each|every)\s+(?:quarter|year|month|half[- ]year)|(?:once|twice|(?:one|two|three|\d+) times)\s+(?:a|per|each|every)\s+(?:quarter|year|month)|quarterly|annually|occasionally|(?:for|during)\s+(?:team\s+)?(?:offsites?|retreats?|onboarding|kick-?offs?|events?|summits?)|(?:for|during|in)\s+(?:the|your)\s+(?:first|opening|initial)\s+(?:(?:one|two|three|four|\d+)\s+)?(?:days?|weeks?|months?))`)

// remotePerk reports a remote cue that is a perk of an office job: a short
// spell of work from anywhere ("2 weeks of work from anywhere per year",
// "a work from anywhere month", "work from home Fridays").
func remotePerk(text string, loc []int) bool {
	before := text[max(0, loc[0]-30):loc[0]]
	after := text[loc[1]:min(len(text), loc[1]+30)]
	if everyDayAfter.MatchString(after) {
		return false // "work from home every day": the whole week (remote_every_day.go)
	}
	return perkBefore.MatchString(before) || perkAfter.MatchString(after) ||
		perkThingAfter.MatchString(after) // "Work from Home Equipment" (remote_perk_things.go)
}

// partialBefore is a qualifier that makes remote work a part of the week,
// not the role's place: "some remote work is possible", "occasional
// remote work allowed".
var partialBefore = regexp.MustCompile(`(?i)\b(?:some|occasional|occasionally|sometimes|periodically|at times|from time to time|partial|limited|ad[- ]hoc|limited (?:ability|opportunit(?:y|ies)|options?|possibility) to|flexibility (?:in terms of|around|regarding|with|for))\s+$`)

var (
	perkBefore = regexp.MustCompile(`(?i)(?:\b(?:\d+|one|two|three|four|a few|several)\s+(?:weeks?|days?|months?)\s+(?:of\s+|per year of\s+|a year of\s+)?)$`)
	perkAfter  = regexp.MustCompile(`(?i)^[\s'"’”]*(?:(?:on|every)\s+)?(?:weeks?|days?|months?|fridays?|mondays?|policy|allowance|program(?:me)?|benefit|perk|stipend)\b|^\s*(?:when|while|whilst)\s+(?:you(?:'re| are)\s+)?(?:travel(?:l)?ing|on (?:vacation|holiday|the road)|visiting)\b|^\s*(?:on|during)\s+(?:snow|sick|bad[- ]weather|school[- ]holiday|strike|occasional|some|certain)\s+days\b|^\s*(?:for\s+)?(?:up to\s+)?(?:\d+|one|two|three|four)\s+(?:weeks?|days?|months?)\s+(?:a|per|each|every)\s+year`)
)

// soleRemote is "remote" as a note in brackets or a sentence of its own.
var soleRemote = regexp.MustCompile(`(?i)\(\s*(?:fully\s+|100%\s+)?remote\s*\)|(?:^|[.!?;]\s+)(?:fully\s+|100%\s+)?remote(?:\s+only)?\s*(?:[.!]|$)`)

// placeNames are countries a "home-based, UK" note names.
const placeNames = `uk|u\.k\.|us|usa|u\.s\.|united kingdom|united states|canada|ireland|india|germany|australia|new zealand|europe|eu`

// Workplace wording in French, German, Spanish, Italian and Portuguese:
// "Télétravail complet", "100% Homeoffice", "Trabajo 100% remoto", "Lavoro
// da remoto"; hybrid when it counts days or says so ("Télétravail 2 jours
// par semaine", "Homeoffice an 2 Tagen", "híbrido"); on-site when it denies
// home work or says in person ("Kein Homeoffice", "Télétravail : non",
// "Trabajo presencial").
var (
	foreignOnsite = newKeyRegexp(`(?i)\b(?:kein(?:e|en)? (?:home ?office|remote|mobiles arbeiten)|pas de t[ée]l[ée]-?travail|aucune?\s+(?:possibilit[ée]\s+de\s+)?t[ée]l[ée]-?travail|t[ée]l[ée]-?travail\s*:\s*(?:non|aucun)|sin teletrabajo|sem trabalho remoto|(?:trabajo|puesto|modalidad|empleo|jornada|formato|trabalho|lavoro)\s*:?\s*(?:100\s?% )?(?:presencial|in presenza)|100\s?% presencial|(?:sede|luogo)\s+di\s+lavoro\s*:[^.;\n]{0,40}?\bin\s+presenza\b)`, 60, 40,
		"kein", "pas de", "travail", "sin tele", "sem trab", "presencial", "presenza")
	foreignHybrid = newKeyRegexp(`(?i)(?:\bh[íi]brid[oa]s?\b|\bibrid[oa]\b|\bhybride[snmr]?\b|t[ée]l[ée]-?travail (?:partiel|hybride)|teletrabajo parcial|`+
		`(?:t[ée]l[ée]-?travail|home ?office|teletrabajo|trabajo remoto|remoto|smart working|mobiles arbeiten)[^.\n]{0,12}?\b(?:[1-4]|un|deux|trois|quatre|ein(?:em|en)?|zwei|drei|vier|uno|un|dos|tres|cuatro|due|tre|quattro)\s*(?:jours?|tage?n?|d[íi]as?|giorni|dias?)\b|`+
		`\b(?:[1-4]|un|deux|trois|quatre|zwei|drei|vier|dos|tres|cuatro|due|tre)\s*(?:jours?|tage?n?|d[íi]as?|giorni|dias?)\s+(?:de |en |di |im |par semaine )?(?:t[ée]l[ée]-?travail|home ?office|teletrabajo|remoto|oficina|bureau|b[üu]ro|ufficio|escrit[óo]rio))`, 40, 60,
		"brid", "ibrid", "travail", "home", "remot", "teletrabajo", "smart working", "mobiles arbeiten", "jour", "tag", "dia", "giorni")
	foreignRemote = newKeyRegexp(`(?i)(?:\bt[ée]l[ée]-?travail\b|\bhome ?office\b|\bteletrabajo\b|\btrabalho remoto\b|\bremot[oa]\b|\bda remoto\b|\bmobiles arbeiten\b|\bteletrabalho\b)`, 20, 20,
		"travail", "home", "teletrabajo", "remot", "mobiles arbeiten", "teletrabalho")
	// homeOfficeThing is an English home office that is a room or a
	// stipend, not a place of work: "a home office stipend".
	homeOfficeThing = regexp.MustCompile(`(?i)^\s*(?:stipend|allowance|budget|setup|set-up|equipment|furniture|reimbursement|expenses?)\b`)
)

// foreignPlace reads workplace wording in other languages; unknown when
// there is none.
func foreignPlace(text string) (model.Remote, string) {
	if loc := foreignOnsite.FindStringIndex(text); loc != nil {
		return model.RemoteOnsite, text[loc[0]:loc[1]]
	}
	if r, ev := frenchTeleworkShare(text); r != model.RemoteUnknown {
		return r, ev // "Télétravail jusqu'à 50% du temps" (remote_french_telework_share.go)
	}
	if r, ev := foreignPlaceWords(text); r != model.RemoteUnknown {
		return r, ev // "teilweise Homeoffice", "praca zdalna"
	}
	if loc := foreignHybridAt(text); loc != nil { // not one day a month (remote_office_day_monthly.go)
		return model.RemoteHybrid, text[loc[0]:loc[1]]
	}
	for _, loc := range foreignRemote.FindAllStringIndex(text, -1) {
		w := strings.ToLower(text[loc[0]:loc[1]])
		if strings.HasPrefix(w, "home") && (homeOfficeThing.MatchString(text[loc[1]:]) || isASCIIText(text) && !germanHomeOfficeAfter(text[loc[1]:]) && !ptHomeOfficeAt(text, loc[0]) && !germanHomeOfficeAt(text, loc[0])) {
			continue // in English text a home office is a room
		}
		return model.RemoteRemote, text[loc[0]:loc[1]]
	}
	if !isASCIIText(text) {
		return japanesePlace(text)
	}
	return model.RemoteUnknown, ""
}

// isASCIIText reports text with no letters beyond ASCII: English, as far
// as home-office wording goes.
func isASCIIText(s string) bool { return nextHighByte(s, 0) == len(s) }

// homeBased is home-based work, whose place may follow: "Home based, Ireland".
var homeBased = newKeyRegexp(`(?i)\bhome[- ]based\b`, 12, 12, "home")

// foreignRegions reads the place right after foreign remote wording or
// home-based work: "Télétravail depuis la France", "Remoto desde España",
// "Homeoffice in ganz Deutschland", "Home-based, UK".
func foreignRegions(text string) []string {
	locs := append(foreignRemote.FindAllStringIndex(text, 4), homeBased.FindAllStringIndex(text, 2)...)
	for _, loc := range locs {
		tail := text[loc[1]:min(len(text), loc[1]+40)]
		if i := strings.IndexAny(tail, ".\n;"); i >= 0 {
			tail = tail[:i]
		}
		if rs := Regions(tail); len(rs) > 0 {
			return rs
		}
	}
	return nil
}
