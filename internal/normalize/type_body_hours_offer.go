package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// bareHiringTerm is the hours put right after the hiring verb, with no
// article and often no role after them: "The café is RECRUITING FULL-TIME
// cooks", "Now recruiting part-time, weekends included". soughtTerm
// (type_body_hours_terms.go) needs "a"/"an" before the hours; this is the
// form without one. "hiring full-time and part-time staff" names both and
// is left alone (bothHoursAfter).
var bareHiringTerm = newKeyRegexp(`(?i)\b(?:hiring|recruiting)\s+(full|part)[- ]?time\b`, 20, 20, "full-time", "full time", "fulltime", "part-time", "part time", "parttime")

// preferredTerm is a sentence that opens with the hours and says they are
// the wanted ones: "Part-time preferred, evenings possible", "Full-time
// required." The hours come first in the sentence (start of text or line,
// or after a full stop), so "full-time preferred for the lead role" inside
// a longer sentence about someone else is not read.
var preferredTerm = newKeyRegexp(`(?i)(?:^|[.!?\n]\s*)(full|part)[- ]?time\s+(?:preferred|required)\b`, 20, 30, "preferred", "required")

// abbrevOnlyTerm is the hours abbreviated in capitals and fenced with
// "only": "FT position only", "PT only, evenings". In capitals and with
// "only" an ad states the load it offers; a bare "PT" is as often a
// physical therapist, so titles naming therapy skip the PT form
// (therapyTitle).
var abbrevOnlyTerm = newKeyRegexp(`\b(FT|PT)(?:\s+(?:role|position|job|work))?\s+only\b`, 20, 10, "only")

// projectBasis is the work engaged one project at a time: "Writers join on
// a project basis", "paid on a project-by-project basis". bodyContract
// (jobtype.go) reads "on a contract basis"; this is its project form.
var projectBasis = newKeyRegexp(`(?i)\bon an? (?:per[- ])?project(?:[- ]by[- ]project)?[- ]basis\b`, 20, 30, "project")

// ongoingRole is a role called ongoing, as Australian and New Zealand
// posts call a permanent one: "Ongoing position in the Hamilton office",
// "This is an ongoing appointment". The field reads "Ongoing" as permanent
// (jobtype.go); this is the sentence form. The words must open a sentence or follow an
// article, and "an ongoing role in the community" (ongoingRoleUse) is a
// part someone plays, not the job.
var ongoingRole = newKeyRegexp(`(?i)(?:^|[.!?\n]\s*|\b(?:an?|this is an?|is an?)\s+)ongoing\s+(?:role|position|appointment|post)\b`, 20, 30, "ongoing")

// ongoingRoleUse is the start of the text after an ongoing "role" when
// the role is one played in or toward something; a position, appointment
// or post "in our Dunedin office" is still the job.
var ongoingRoleUse = regexp.MustCompile(`(?i)^\s+(?:in|of|to|as|on|within|across)\b`)

// therapyTitle is a title naming a therapist, where "PT" is the job.
var therapyTitle = regexp.MustCompile(`(?i)\b(?:therap|physio|PT\b|DPT\b)`)

// hoursOfferType reads, in turn, bareHiringTerm, preferredTerm,
// abbrevOnlyTerm, projectBasis, ongoingRole and hoursSentence in the text;
// unknown when none says.
func hoursOfferType(title, text string) model.JobType {
	if m := bareHiringTerm.FindAllStringSubmatchIndex(text, 1); m != nil && !bothHoursAfter(text[m[0][1]:]) {
		return hoursWordType(text[m[0][2]])
	}
	if m := preferredTerm.FindAllStringSubmatchIndex(text, 1); m != nil {
		return hoursWordType(text[m[0][2]])
	}
	for _, m := range abbrevOnlyTerm.FindAllStringSubmatchIndex(text, 3) {
		if text[m[2]] == 'F' {
			return model.TypeFullTime
		}
		if !therapyTitle.MatchString(title) {
			return model.TypePartTime
		}
	}
	if projectBasis.MatchString(text) {
		return model.TypeProject
	}
	for _, m := range ongoingRole.FindAllStringIndex(text, 3) {
		if !hasSuffixFold(text[m[0]:m[1]], "role") || !ongoingRoleUse.MatchString(text[m[1]:]) {
			return model.TypeFullTime
		}
	}
	return hoursSentenceType(text)
}

// hoursWordType is full-time for an "f", else part-time: the first letter
// of the hours word a regexp above caught.
func hoursWordType(c byte) model.JobType {
	if lowerByte(c) == 'f' {
		return model.TypeFullTime
	}
	return model.TypePartTime
}

// bothHoursAfter reports the hours word continued by the other one
// ("full-time and part-time", "part-time or full-time", "full-time/part-time").
func bothHoursAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " \t")
	for _, joiner := range []string{"and ", "or ", "/", "&", "+"} {
		if len(rest) >= len(joiner) && strings.EqualFold(rest[:len(joiner)], joiner) {
			rest = strings.TrimLeft(rest[len(joiner):], " \t")
			return len(rest) >= 4 && (strings.EqualFold(rest[:4], "full") || strings.EqualFold(rest[:4], "part"))
		}
	}
	return false
}

// hoursSentence is a sentence that is the hours alone, as a post lists its
// terms: "Full-time.", "Part-time only!" (start of text or line, or after
// a full stop, and closed by a full stop or "!").
var hoursSentence = newKeyRegexp(`(?i)(?:^|[.!?\n]\s*)(full|part)[- ]?time(?:\s+only)?\s*[.!](?:\s|$)`, 20, 20, "full-time", "full time", "fulltime", "part-time", "part time", "parttime")

// budgetProjectCue is bodyProject (jobtype.go) except where its only
// wording is a budget quoted "per project" and a sentence of the text is
// the hours alone: "Part-time. Fee: $900 per project" states the hours,
// and "per project" there is how the pay is counted.
// "Fee: $900 per project" alone, "Fixed fee" and "a short project" stay
// project work.
type budgetProjectCue struct{}

// MatchString reports bodyProject's match in s, as above.
func (budgetProjectCue) MatchString(s string) bool {
	ms := bodyProject.FindAllStringIndex(s, -1)
	if ms == nil {
		return false
	}
	for _, m := range ms {
		if !strings.EqualFold(s[m[0]:m[1]], "per project") {
			return true
		}
	}
	return !hoursSentence.MatchString(s)
}

// hoursSentenceType is the hours of the first hoursSentence; unknown when
// there is none.
func hoursSentenceType(text string) model.JobType {
	if m := hoursSentence.FindAllStringSubmatchIndex(text, 1); m != nil {
		return hoursWordType(text[m[0][2]])
	}
	return model.TypeUnknown
}
