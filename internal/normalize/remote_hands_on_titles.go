package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Some work can only be done where it happens: a teller serves customers
// at the branch, a nurse cares for patients on the unit, a barista runs
// the espresso bar. A posting for such a job at a named place rarely says
// "on-site"; a reader takes it as on-site all the same. handsOnTitle names
// those jobs by the title's words (table tests in
// remote_hands_on_titles_test.go).
var handsOnTitle = regexp.MustCompile(`(?i)\b(?:` +
	// food, drink and hospitality
	`baristas?|cashiers?|(?:bank\s+)?tellers?|bartenders?|bussers?|dishwashers?|(?:line|prep|short[- ]order|head|kitchen|grill|breakfast)\s+cooks?|sous\s+chefs?|` +
	`waiters?|waitress(?:es)?|(?:banquet|restaurant|food)\s+servers?|front\s+desk\s+(?:agents?|associates?|clerks?|receptionists?)|concierges?|bellhops?|valets?|` +
	`housekeep(?:ers?|ing)|room\s+attendants?|custodians?|janitors?|(?:office|house|commercial|hotel)\s+cleaners?|` +
	// care
	`nann(?:y|ies)|babysitters?|au\s+pairs?|caregivers?|home\s+health\s+aides?|(?:certified\s+)?nursing\s+assistants?|CNAs?|LPNs?|` +
	`registered\s+nurses?|RNs?|dental\s+(?:hygienists?|assistants?)|medical\s+assistants?|phlebotomists?|pharmacy\s+(?:technicians?|techs?)|` +
	`(?:veterinary|vet)\s+(?:technicians?|techs?|assistants?)|kennel\s+(?:attendants?|assistants?)|(?:dog\s+)?groomers?|` +
	`hair\s*stylists?|barbers?|estheticians?|massage\s+therapists?|lifeguards?|` +
	// trades, warehouse and driving
	`electricians?|plumbers?|HVAC|welders?|carpenters?|roofers?|mechanics?|installers?|landscapers?|groundskeepers?|movers?|` +
	`(?:general|construction)\s+labou?rers?|forklift|warehouse\s+(?:associates?|workers?|operatives?|team\s+members?)|` +
	`pickers?|packers?|package\s+handlers?|material\s+handlers?|machine\s+operators?|assemblers?|production\s+(?:workers?|operators?|associates?)|` +
	`(?:delivery|truck|CDL|bus|van)\s+drivers?|couriers?|security\s+(?:officers?|guards?)|crossing\s+guards?|ushers?|stockers?|` +
	// schools
	`(?:grade\s+\d+|kindergarten|preschool|pre-k|elementary|primary|classroom|substitute|PE|science|math(?:s|ematics)?|music|art|english)\s+teachers?|` +
	`teaching\s+assistants?|paraprofessionals?|` +
	// work in clients' homes: "In-home Reading Tutor", "In-Home Caregiver"
	`in[- ]home\s+\p{L}+` +
	`)\b`)

// handsOnTitleAway is a title word that takes such a job off the premises
// or away from its hands: "Telehealth RN", "Virtual Medical Assistant",
// "Online ESL Teacher", "RN Case Manager", "Installer Recruiter".
var handsOnTitleAway = regexp.MustCompile(`(?i)\b(?:remote(?:ly)?|virtual|online|tele[- ]?\p{L}*|home[- ]based|from\s+home|wfh|hybrid|case\s+manag\p{L}*|utilization|review(?:er)?|triage|informatics|educator|consultant|coder|coding|auditor|writer|recruit\p{L}*|trainer|instructor|sales|account|analyst|scheduler|dispatcher|coordinator|billing|software|engineer|information|cyber\p{L}*|chief|compliance|privacy|data)\b`)

// handsOnTextAway is a word of the text that leaves the mode open for such
// a title: any mention of remote, virtual or home work (even one the
// readers above did not count).
var handsOnTextAway = regexp.MustCompile(`(?i)\b(?:remote(?:ly)?|virtual(?:ly)?|tele(?:health|medicine|work\p{L}*|commut\p{L}*)|from\s+(?:home|anywhere)|home[- ]based|wfh|hybrid|online\s+(?:classes|lessons|teaching|sessions)|anywhere)\b`)

// fieldSiteWork is work done at remote sites, said in the title or the
// text: a fly-in fly-out roster ("FIFO from Perth on a 2:1 roster", a
// title "FIFO Maintenance Fitter") or a field service engineer's visits.
var (
	fieldSiteTitle = regexp.MustCompile(`\b(?-i:FIFO|DIDO)\b|(?i)\bfly[- ]in[,/ ]*fly[- ]out\b|(?i)\bfield\s+service\s+(?:engineers?|technicians?|techs?|representatives?)\b`)
	fieldSiteText  = newKeyRegexp(`\b(?-i:FIFO|DIDO)\s+(?:(?:from|ex|out\s+of)\s+\p{Lu}\p{L}*|on\s+an?\s+\d+:\d+|roster|rotation|role|position|site)|(?i)\bfly[- ]in[,/ ]*fly[- ]out\b`,
		0, 60, "fifo", "dido", "fly-in", "fly in")
)

// placeBoundRole is a post tied to places by its own words: "This is a
// mobile role covering Kent and East Sussex" (visits, not home work), "a
// live-in, on-campus position".
var placeBoundRole = newKeyRegexp(`(?i)\b(?:a|this\s+is\s+a)\s+(?:field[- ]based\s+|community[- ]based\s+)?mobile\s+(?:role|position|job)\s+(?:covering|across|throughout)\b|\bon[- ]campus\s+(?:position|role|job)\b|\blive[- ]in,?\s+(?:(?:on[- ]campus|residential)\s+)?(?:position|role|job)\b`,
	30, 40, "mobile role", "mobile position", "mobile job", "campus position", "campus role", "campus job", "live-in", "live in")

// otherRemoteTeam is a remote team named as such: "our remote telehealth
// team", "the remote support staff". Its work is its own.
var otherRemoteTeam = regexp.MustCompile(`(?i)\b(?:our|the|a)\s+(?:[\p{L}-]+\s+){0,2}remote\s+(?:[\p{L}-]+\s+){0,2}(?:team|staff|department|colleagues|nurses|pharmacists|agents)\b`)

// reviseHandsOnTitle reads an unknown work mode as on-site for a
// hands-on job at a place the board names ("Bank Teller" in "Fresno, CA",
// "Registered Nurse - Med/Surg" in "Columbus, OH") when neither the title
// nor the text says a word of remote, virtual or home work. A remote hint
// the readers could not place ("ORA_FLEXIBLE") leaves the mode open.
func reviseHandsOnTitle(title, hint string, boardLocs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown || hint != "" || len(title) > 120 {
		return ri
	}
	if m := fieldSiteText.FindStringIndex(text); m != nil && !handsOnTextAway.MatchString(text) {
		ri.Remote, ri.Evidence = model.RemoteOnsite, "text: "+text[m[0]:m[1]]
		return ri
	}
	if m := placeBoundRole.FindStringIndex(text); m != nil && !handsOnTextAway.MatchString(text) {
		ri.Remote, ri.Evidence = model.RemoteOnsite, "text: "+text[m[0]:m[1]]
		return ri
	}
	if len(boardLocs) == 0 {
		return ri
	}
	if fieldSiteTitle.MatchString(title) && !handsOnTextAway.MatchString(text) && !handsOnTextAway.MatchString(title) {
		ri.Remote, ri.Evidence = model.RemoteOnsite, "title: "+title
		return ri
	}
	m := handsOnTitle.FindStringIndex(title)
	if m == nil || handsOnTitleAway.MatchString(title) {
		return ri
	}
	if containsFold(text, "remote") {
		text = otherRemoteTeam.ReplaceAllString(text, " ") // "Our remote telehealth team handles after-hours calls" is another team's
	}
	if handsOnTextAway.MatchString(text) {
		return ri
	}
	for _, loc := range boardLocs {
		if handsOnTextAway.MatchString(loc) {
			return ri // "Anywhere", "Remote-friendly": the board's place says otherwise
		}
	}
	ri.Remote, ri.Evidence = model.RemoteOnsite, "title: "+title
	return ri
}

// workplaceLoc is a board place that names the workplace itself: "Harbor
// Point Bank - Winston-Salem Main Branch", "Store #1142 - Dayton".
var workplaceLoc = regexp.MustCompile(`(?i)\b(?:main\s+)?branch\b|\bstore\s*#?\s*\d+|\b(?:distribution|fulfil?lment)\s+cent(?:er|re)\b`)

// reviseWorkplaceLoc reads an unknown work mode as on-site when a board
// place names the workplace and the posting says no word of remote work.
func reviseWorkplaceLoc(hint string, boardLocs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown || hint != "" {
		return ri
	}
	for _, loc := range boardLocs {
		if m := workplaceLoc.FindStringIndex(loc); m != nil && !handsOnTextAway.MatchString(loc) && !handsOnTextAway.MatchString(text) {
			ri.Remote, ri.Evidence = model.RemoteOnsite, "location: "+loc
			return ri
		}
	}
	return ri
}

// paidStudyTitle is a paid research study or user test as a title: "Paid
// research study: how you plan family trips", "User interviews: grocery
// shopping habits", "Paid usability test: banking app (30 min)".
var paidStudyTitle = regexp.MustCompile(`(?i)\b(?:paid\s+(?:research\s+)?stud(?:y|ies)|research\s+stud(?:y|ies)|user\s+(?:interviews?|research|stud(?:y|ies)|tests?|testing)|usability\s+(?:tests?|testing|stud(?:y|ies)|sessions?)|focus\s+groups?|paid\s+(?:interviews?|surveys?))\b`)

// paidStudyWords are words one of which every paidStudyTitle match holds.
var paidStudyWords = []string{"stud", "user", "usability", "focus", "paid"}

// studyOnline is the study's session held at a distance: "over Zoom", "a
// 45-minute remote interview", "a recorded session from home".
var studyOnline = regexp.MustCompile(`(?i)\b(?:over|via|on|using|through)\s+(?:zoom|microsoft\s+teams|teams|google\s+meet|skype|video(?:\s+call)?)\b|\bremote(?:ly)?\b|\bonline\b|\bfrom\s+(?:your\s+(?:own\s+)?)?home\b|\bvideo\s+(?:calls?|interviews?|sessions?)\b`)

// studySessionRemote reads a paid study or user test held over video or
// online as remote work: the session is the work, so its remote interview
// is no side use as a job's interview is.
func studySessionRemote(title, text string, ri RemoteInfo) (RemoteInfo, bool) {
	if ri.Remote != model.RemoteUnknown || len(title) > 160 || !containsAnyFold(title, paidStudyWords) || !paidStudyTitle.MatchString(title) {
		return ri, false
	}
	m := studyOnline.FindStringIndex(text)
	if m == nil {
		return ri, false
	}
	ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+text[m[0]:m[1]]
	return ri, true
}
