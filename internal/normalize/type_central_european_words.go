package normalize

import (
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Central and Eastern European job boards' type words.
//
// In a description (ceeBodyType, called from lateBodyType after every
// other reader):
//   - a working day or week stated in hours in Romanian, Hungarian or
//     Polish: "program de 8 ore pe zi", "40 ore/săptămână", "napi 8 órás
//     munkaidő", "heti 40 órában", "8 godzin dziennie". A day of 7 to 12
//     hours or a week of 35 to 48 is full time; shorter ones stay unknown,
//     as scheduleHoursType leaves short English weeks (a general shape:
//     a number, the hour word, the day or week word).
//   - Romanian self-employed collaboration, "colaborare / PFA", "în regim
//     PFA", "contract de colaborare prin PFA": a contract.
//   - Romanian "stagiu de practică" (a student placement): an internship.
//
// In the type field (hungarianStandingType, late among the field readers):
// Hungarian "Alkalmazotti jogviszony" / "munkaviszony" (an employee's
// standing, the boards' label for a salaried post) is full time, unless
// the field names part-time hours ("rész").

var (
	ceeDayHours    = newKeyRegexp(`(?i)\b(\d{1,2})\s*(?:ore|ore\s+de\s+lucru)\s*(?:pe|/)\s*zi\b|\bnapi\s+(\d{1,2})\s*(?:órás|óra|h)\b|\b(\d{1,2})\s*godzin(?:y)?\s+dziennie\b`, 25, 30, "ore", "napi", "dziennie")
	ceeWeekHours   = newKeyRegexp(`(?i)\b(\d{2})\s*ore\s*(?:pe|/)\s*s[aă]pt[aă]m[aâ]n[aă](?:[^\pL]|$)|\bheti\s+(\d{2})\s*(?:órás|óra|órában|h)\b|\b(\d{2})\s*godzin(?:y)?\s+(?:tygodniowo|w\s+tygodniu)\b`, 25, 30, "ore", "heti", "tygodn")
	romanianPFA    = newKeyRegexp(`(?i)\b(?:colaborare|regim|prin|ca)\s*(?:/|\s(?:cu|de|pe\s+baz[aă]\s+de|(?:î|i)n\s+regim))?\s*(?:de\s+)?PFA\b`, 40, 5, "pfa")
	romanianStagiu = newKeyRegexp(`(?i)\bstagi(?:u|ul|i|ile)\s+de\s+practic[aăi](?:[^\pL]|$)`, 5, 25, "stagi")
)

// ceeBodyType reads the hours and Romanian terms above; unknown when
// the text holds none.
func ceeBodyType(text string) model.JobType {
	if text == "" {
		return model.TypeUnknown
	}
	if romanianPFA.MatchString(text) {
		return model.TypeContract
	}
	if romanianStagiu.MatchString(text) {
		return model.TypeInternship
	}
	if n := firstHoursCount(ceeDayHours, text); n >= 7 && n <= 12 {
		return model.TypeFullTime
	}
	if n := firstHoursCount(ceeWeekHours, text); n >= 35 && n <= 48 {
		return model.TypeFullTime
	}
	return model.TypeUnknown
}

// firstHoursCount is the count of re's first match, 0 when none.
func firstHoursCount(re *keyRegexp, text string) int {
	ms := re.FindAllStringSubmatchIndex(text, 1)
	if ms == nil {
		return 0
	}
	m := ms[0]
	for g := 2; g+1 < len(m); g += 2 {
		if m[g] >= 0 {
			n, _ := strconv.Atoi(text[m[g]:m[g+1]])
			return n
		}
	}
	return 0
}

// hungarianStandingType reads a Hungarian employee-standing type field.
func hungarianStandingType(field string) model.JobType {
	if len(field) < 10 || len(field) > 60 {
		return model.TypeUnknown
	}
	l := strings.ToLower(field)
	if !strings.Contains(l, "jogviszony") && !strings.Contains(l, "munkaviszony") {
		return model.TypeUnknown
	}
	switch {
	case strings.Contains(l, "rész"), strings.Contains(l, "resz"):
		return model.TypePartTime
	case strings.Contains(l, "alkalmazott"), strings.Contains(l, "munkaviszony"):
		return model.TypeFullTime
	}
	return model.TypeUnknown
}
