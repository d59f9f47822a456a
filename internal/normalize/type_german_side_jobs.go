package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// German job-kind compounds in titles that the title readers before do not
// know: a part-time post named as the worker or the post ("Teilzeitkraft
// Kasse", "Schülerjob Zeitungsbote", "Nebentätigkeit Lager", "Studentenjob
// Inventur", "Aushilfstätigkeit", a "geringfügig" post, or the minijob pay
// ceiling as the basis: "auf 520 € Basis", "450-Basis"), a full-time one
// ("Vollzeitstelle Disposition"), working students in the plural
// ("Werkstudenten gesucht") and the fee or invoice basis of a freelancer
// ("Dozent auf Honorarbasis", "Tätigkeit auf Rechnungsbasis"). Go's \b is
// ASCII only, so the words are bounded by letters (\pL) here: "geringfügig"
// must not leave a "gig" behind for the project cue. A title naming two
// kinds ("Vollzeitstelle oder Minijob") stays unread here.
var (
	germanTitlePart   = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:teilzeit(?:kraft|stelle|job|anstellung|besch(?:ä|ae)ftigung|position)|sch(?:ü|ue)lerjob|studentenjob|nebent(?:ä|ae)tigkeit|geringf(?:ü|ue)gig\pL*|aushilfs(?:t(?:ä|ae)tigkeit|kraft|job))(?:[^\pL]|$)`)
	germanTitleFull   = regexp.MustCompile(`(?i)(?:^|[^\pL])vollzeit(?:kraft|stelle|job|anstellung|besch(?:ä|ae)ftigung|position)(?:[^\pL]|$)`)
	germanTitleIntern = regexp.MustCompile(`(?i)(?:^|[^\pL])werkstudent(?:en|innen)(?:[^\pL]|$)`)
	germanTitleFee    = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:honorar|rechnungs)basis(?:[^\pL]|$)`)
	// germanMiniBasis is the minijob ceiling (450 € until 2022, then 520,
	// 538, 556, 603) named as the basis of the pay.
	germanMiniBasis = regexp.MustCompile(`(?i)\b(?:450|520|538|556|603)\s?(?:€|euro?\b)?[\s-]*basis\b`)
)

// germanTitleKindType is the kind such a title word gives, or unknown.
func germanTitleKindType(title string) model.JobType {
	if len(title) < 8 || !mayGermanKindTitle(title) {
		return model.TypeUnknown
	}
	got := model.TypeUnknown
	for _, k := range []struct {
		re *regexp.Regexp
		t  model.JobType
	}{
		{germanTitlePart, model.TypePartTime}, {germanMiniBasis, model.TypePartTime}, {germanTitleFull, model.TypeFullTime},
		{germanTitleIntern, model.TypeInternship}, {germanTitleFee, model.TypeContract},
	} {
		if !k.re.MatchString(title) {
			continue
		}
		if got != model.TypeUnknown && got != k.t {
			return model.TypeUnknown
		}
		got = k.t
	}
	return got
}

// mayGermanKindTitle is the cheap test before the regexps: one of the
// words' stems is in the title.
func mayGermanKindTitle(title string) bool {
	for _, w := range []string{"zeit", "job", "tigkeit", "geringf", "basis", "werkstudent", "aushilfs"} {
		if containsFold(title, w) {
			return true
		}
	}
	return false
}

// germanSideJobBody is a German description's minijob: the word, a
// "geringfügige Beschäftigung" or the ceiling as the pay's basis ("auf
// 556 € Basis"). Read as part-time ("Teilzeit oder Minijob – flexible
// Arbeitszeiten"), unless the text also names full-time hours ("Vollzeit
// oder Minijob") or denies it ("kein Minijob").
var germanSideJobBody = newKeyRegexp(`(?i)\b(?:mini-?jobs?\b|geringf(?:ü|ue)gige?r?\s+besch(?:ä|ae)ftigung|(?:450|520|538|556|603)\s?(?:€|euro?\b)?[\s-]*basis\b)`, 16, 32,
	"minijob", "mini-job", "geringf", "basis")

// germanSideJobType is part-time for such a description, else unknown.
func germanSideJobType(text string) model.JobType {
	loc := germanSideJobBody.FindStringIndex(text)
	if loc == nil || hasFold(text, "vollzeit") {
		return model.TypeUnknown
	}
	before := strings.Fields(strings.ToLower(text[max(0, loc[0]-10):loc[0]]))
	if len(before) > 0 && strings.HasPrefix(before[len(before)-1], "kein") {
		return model.TypeUnknown // "kein Minijob", "keinen Minijob"
	}
	return model.TypePartTime
}
