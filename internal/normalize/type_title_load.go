package normalize

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A title often states the post's load rather than a type word: a school
// district's "0.5 FTE Reading Teacher" or "FTE 1.0 Grade 5", a university's
// "Executive Officer (0.3FTE)", "Half-time Interventionist", and a shop's
// weekly contract written bare: "Sales Advisor - 20 Hours", "Assistant -
// PT 16H", "Advisor 25 hours per week". A fraction below one FTE, half
// time and a week under thirty hours are part-time; "1.0 FTE" is full
// time. Hours that name a shift or the opening hours ("12 Hour Shifts",
// "24 Hour Gym") and a full week ("(39 hours)") give no type here.

var (
	// titleHalfTime is half time as the post's load.
	titleHalfTime = regexp.MustCompile(`(?i)\bhalf[- ]?time\b`)
	// titleWeekHours is a count of hours in a title: after a dash, bar,
	// bracket or comma, after "PT", at the title's start, or followed by a
	// week ("25 hours per week", "20 hrs/wk"). Group 1 is the count.
	titleWeekHours = regexp.MustCompile(`(?i)(?:^|[-–—|(,]\s*|\bPT\s*|\s)(\d{1,2}(?:\.\d)?)\s*(?:hours?|hrs?|h)\b(\s*(?:per|a|/|p/?)\s*(?:week|wk|w)\b|\s*pw\b)?`)
	// titleHoursShift is hours that name a shift, a rota or the opening
	// hours rather than the week: "12 Hour Shifts", "24 Hour Gym".
	titleHoursShift = regexp.MustCompile(`(?i)^\s*(?:shifts?|days?|nights?|rota|roster|on[- ]call|call|service|cover(?:age)?|operation|gym|clinic|centre|center|store|unit|response)\b`)
)

// titleLoadType reads an FTE fraction, half time or weekly hours in a
// title; TypeUnknown when it states none.
func titleLoadType(title string) model.JobType {
	if strings.Contains(title, "FTE") {
		if m := bodyFTE.FindStringSubmatch(title); m != nil {
			if v, err := strconv.ParseFloat(firstNonEmpty(m[1:]...), 64); err == nil && v > 0 && v <= 1 {
				if v < 1 {
					return model.TypePartTime
				}
				return model.TypeFullTime
			}
		}
	}
	if containsFold(title, "half") && titleHalfTime.MatchString(title) {
		return model.TypePartTime
	}
	if strings.IndexAny(title, "0123456789") < 0 || !(containsFold(title, "h")) {
		return model.TypeUnknown
	}
	for _, m := range titleWeekHours.FindAllStringSubmatchIndex(title, 4) {
		n, err := strconv.ParseFloat(title[m[2]:m[3]], 64)
		if err != nil || n < 4 || n >= 30 {
			continue
		}
		week := m[4] >= 0
		if !week && (n == 24 || titleHoursShift.MatchString(title[m[1]:])) {
			continue // "24 Hour Gym", "12 Hour Shifts"
		}
		return model.TypePartTime
	}
	return model.TypeUnknown
}

// titleFixedTerm is a fixed-term post named in the title: "Support
// Engineer (Fixed-term)", "Fixed Term Lecturer".
var titleFixedTerm = regexp.MustCompile(`(?i)\bfixed[- ]term\b`)

// titleConsultantPart is a part-time title whose only contract word is
// "consultant", a job name in retail and sales: "Part Time Retail Sales
// Consultant" is a part-time post, not a contractor's.
func titleConsultantPart(title string) bool {
	if !containsFold(title, "consultant") || !titlePart.MatchString(title) {
		return false
	}
	return !titleContract.MatchString(titleConsultantWord.ReplaceAllString(title, ""))
}

// hasLetter reports an ASCII letter in s.
func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

var titleConsultantWord = regexp.MustCompile(`(?i)\bconsultants?\b`)

// consultantStaffTitle reports a title whose only contract word is
// "consultant" over a text that calls the post permanent: "Associate
// Consultant" at a consultancy, "a permanent full-time role in our
// advisory team", is staff, not a contractor.
func consultantStaffTitle(title, text string) bool {
	if !containsFold(title, "consultant") || !containsFold(text, "perm") || titleContract.MatchString(titleConsultantWord.ReplaceAllString(title, "")) {
		return false
	}
	return bodyPermanent.MatchString(text) || permanentBody{}.MatchString(text)
}

// titleTermType reads the two title cases above; TypeUnknown otherwise.
func titleTermType(title string) model.JobType {
	if containsFold(title, "fixed") && titleFixedTerm.MatchString(title) && hasLetter(titleFixedTerm.ReplaceAllString(title, "")) {
		return model.TypeContract // not "Fixed Term Contracts Manager", whose job words ParseType took out
	}
	if titleConsultantPart(title) {
		return model.TypePartTime
	}
	return titleTaxFormType(title) // "1099 Part-Time Therapist", "Therapist - Fee For Service" (type_title_tax_form.go)
}
