package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Tenure wording in English descriptions that the other cues miss (table
// tests in type_body_tenure_phrases_test.go): limited appointments ("a term
// position", "a time-limited post", "not to exceed 2 years"), locum and
// secondment posts, per diem opening a sentence, gig work,
// zero-hours contracts, and apprenticeships and student placements, which
// this project files with internships (a graduate scheme is left alone:
// boards file it as a full-time job).

// bodyLimitedTerm is a limited appointment or a post of fixed length.
var bodyLimitedTerm = newKeyRegexp(`(?i)\b(?:(?:\d{1,2}|one|two|three|four|five)[- ](?:years?|months?)\s+)?(?:term|limited[- ]term|time[- ]limited|fixed[- ]duration)\s+(?:appointment|position|role|post|contract|employment|assignment|job)\b|`+
	`\bnot[- ]to[- ]exceed\s+(?:\d{1,2}|one|two|three|four|five|six|thirteen|eighteen)\s*(?:years?|months?|yrs?|mos?)\b|`+
	`\blocum(?:\s+tenens)?\s+(?:position|role|job|post|assignment|contract|basis|opportunit(?:y|ies)|cover(?:age)?)\b`,
	40, 50, "term appointment", "term position", "term role", "term post", "term contract", "term employment", "term assignment", "term job",
	"limited", "duration", "not to exceed", "not-to-exceed", "locum")

// bodyPerDiemLead is per diem opening a line or sentence as the post's
// schedule: "Per diem, day shifts, every other weekend", "Per Diem: as
// needed", "Position is per diem.".
var bodyPerDiemLead = newKeyRegexp(`(?i)(?:^|\n|[.!]\s)\s*(?:[-*•]\s*)?per[- ]diem\s*[,:–—-]|\b(?:position|role|job|post|shift)\s+is\s+per[- ]diem\b`, 24, 16, "diem")

// bodySecondment is a secondment post: "available on secondment", "a
// 12-month secondment", "secondment opportunity" (keyed on "condment": a key
// starting like "second" and "section" would be tried all over a text).
var bodySecondment = newKeyRegexp(`(?i)\bsecondment\s+(?:opportunity|role|position|post|basis)\b|\bon\s+(?:a\s+)?secondment\b|\b\d{1,2}[- ]months?\s+secondment\b`, 24, 30, "condment")

// termBefore is wording just before a "term position" match that makes it
// a length of commitment, not an appointment: "a long-term position".
var termBefore = regexp.MustCompile(`(?i)(?:long|short|mid|medium|full)[- ]?$`)

// bodyGig is gig work: "a gig role", "gig-based work".
var bodyGig = newKeyRegexp(`(?i)\bgig(?:[- ]based)?\s+(?:role|work|position|job|basis|opportunit(?:y|ies)|assignment)s?\b|\bthis\s+is\s+a\s+gig\b`, 16, 30, "gig")

// bodyZeroHours is a zero-hours contract, which this project files as
// part-time (as it does the field "Zero Hours").
var bodyZeroHours = newKeyRegexp(`(?i)\bzero[- ]hours?\s+(?:contract|role|position|basis|job)\b|\bon\s+a\s+zero[- ]hours?\s+basis\b`, 16, 30, "zero")

// bodyEarlyCareers is an apprenticeship or industrial placement offered by
// the post: "this is a Level 3 apprenticeship", "join our industrial
// placement", "you will study for an apprenticeship qualification", "this
// sandwich placement year is open to".
var bodyEarlyCareers = newKeyRegexp(`(?i)\b(?:join(?:ing)?|apply\s+(?:for|to)|this\s+is|welcome\s+to|starts?|enrol\s+on|part\s+of|during)\s+(?:our|the|this|a|an)\s+(?:[\p{L}\d-]+\s+){0,3}(?:apprenticeship|industrial\s+placement)\b|`+
	`\b(?:level\s+\d|degree|higher|advanced|intermediate)\s+apprenticeship\b|\b(?:study|studying|work)\s+(?:for|towards|toward)\s+an?\s+apprenticeship\b|`+
	`\bthis\s+(?:[\p{L}\d-]+\s+){0,2}(?:(?:sandwich|industrial)\s+placement|placement\s+year)\b`,
	50, 50, "apprentice", "industrial placement", "sandwich", "placement year")

// tenurePhraseType returns the type of the first wording above in text;
// unknown when there is none. A senior title keeps the early-careers
// wording from deciding ("Head of Early Careers ... runs our apprenticeships").
func tenurePhraseType(title, text string) model.JobType {
	for _, m := range bodyLimitedTerm.FindAllStringIndex(text, 4) {
		if !termBefore.MatchString(text[max(0, m[0]-8):m[0]]) {
			return model.TypeContract
		}
	}
	if bodySecondment.MatchString(text) {
		return model.TypeContract
	}
	if bodyPerDiemLead.MatchString(text) {
		return model.TypeContract // per diem work, filed as contract (type_per_diem_body.go)
	}
	if bodyZeroHours.MatchString(text) {
		return model.TypePartTime
	}
	if bodyGig.MatchString(text) {
		return model.TypeProject
	}
	if !seniorTitle.MatchString(title) && !strings.Contains(strings.ToLower(title), "manager") && bodyEarlyCareers.MatchString(text) {
		return model.TypeInternship
	}
	return model.TypeUnknown
}
