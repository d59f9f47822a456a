package normalize

import (
	"strconv"

	"github.com/gigscout/gigscout/internal/model"
)

// soughtTerm is the hours of the person an ad is looking for, named in
// the sentence that asks for them: "invite applications for a dedicated,
// full-time Ohio Licensed Acupuncturist", "we are hiring a part-time
// bookkeeper", "seeking an experienced full-time welder". The hours word
// sits between the article and the role, behind at most three adjectives;
// "full-time or part-time" names both and says nothing.
var soughtTerm = newKeyRegexp(`(?i)\b(?:seeking|hiring|looking for|searching for|recruiting|applications for|to hire|to recruit|in search of|in need of)\s+(?:a|an|one|two|several)\s+(?:[\p{L}-]+,?\s+){0,3}?(full|part)[- ]?time\s+([\p{L}-]+)`, 80, 40, "full-time", "full time", "fulltime", "part-time", "part time", "parttime")

// statusTerm is the hours closing a list of employment-status words, as
// HR systems print a position's classification: "Exempt, Regular,
// Full-Time, Pay Grade 2.3", "Non-exempt | Permanent | Part-time". The
// list reversed ("Full-time, exempt") is bodyFull's (jobtype.go).
var statusTerm = newKeyRegexp(`(?i)\b(?:non-?exempt|exempt|regular|permanent|salaried|hourly|benefits?[- ]eligible|benefited)\s*[,/|;]\s*(?:(?:non-?exempt|exempt|regular|permanent|salaried|hourly)\s*[,/|;]\s*)?(full|part)[- ]?time\b`, 60, 20, "full-time", "full time", "fulltime", "part-time", "part time", "parttime")

// zipTerm is a board's header run together with the text after it, the
// line breaks lost: "Fremont, CA 94536 Full-time The NISC program ...",
// a US ZIP code and then the job type the header gives.
var zipTerm = newKeyRegexp(`\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\s+(Full|Part|full|part)[- ]?[Tt]ime\b`, 20, 20, "full-time", "full time", "fulltime", "part-time", "part time", "parttime")

// hoursField is the poster's hours field written out with one weekly
// figure: "Hours: 22.5hrs/week", "Hours: 20 per week", also run into
// the next label ("Hours: 22.5hrs/weekSalary: $23.00/hr"). Under 30 hours a
// week is part-time; a full week is scheduleHoursType's
// (type_schedule_hours.go), and a range ("Hours: 20-40 per week") gives
// nothing.
var hoursField = newKeyRegexp(`(?i)\bhours\s*:\s*(\d{1,2}(?:\.\d+)?)\s*(?:hrs?|hours)?\s*(?:/|per|a|each)\s*(?:wk|week)(?:\b|[A-Z])`, 10, 40, "hours:", "hours :")

// bodyHoursTermType reads hoursField, statusTerm, zipTerm, then soughtTerm;
// unknown when none has the hours.
func bodyHoursTermType(text string) model.JobType {
	if m := hoursField.FindAllStringSubmatchIndex(text, 1); m != nil {
		if h, err := strconv.ParseFloat(text[m[0][2]:m[0][3]], 64); err == nil && h >= 4 && h < 30 {
			return model.TypePartTime
		}
	}
	for _, re := range []*keyRegexp{statusTerm, zipTerm} {
		if m := re.FindAllStringSubmatchIndex(text, 1); m != nil {
			if lowerByte(text[m[0][2]]) == 'f' {
				return model.TypeFullTime
			}
			return model.TypePartTime
		}
	}
	return soughtTermType(text)
}

// soughtTermType reads the first soughtTerm; unknown when none, or when
// its words offer both hours ("a full-time or part-time barista").
func soughtTermType(text string) model.JobType {
	m := soughtTerm.FindAllStringSubmatchIndex(text, 1)
	if m == nil {
		return model.TypeUnknown
	}
	if next := text[m[0][4]:m[0][5]]; equalFoldASCII(next, "or") || equalFoldASCII(next, "and") || containsFold(text[m[0][0]:m[0][2]], " or ") {
		return model.TypeUnknown
	}
	if lowerByte(text[m[0][2]]) == 'f' {
		return model.TypeFullTime
	}
	return model.TypePartTime
}
