package normalize

import (
	"regexp"
	"strings"
)

// German apprenticeship and dual-study words in a type field and in a
// title (table tests in type_apprenticeship_de_test.go). A type field that
// says "Ausbildung", "Ausbildungsplatz", "Lehrstelle", "Lehre", "Azubi" or
// "Duales Studium" (a degree studied alongside paid company training; job
// boards also write it "dual course") names the kind of contract: an
// apprenticeship, our internship. In running text "abgeschlossene
// Ausbildung" is a requirement, not the job, so the bare words are read
// in type fields only; a title reads "Duales Studium" too (apprenticeTitle
// reads the other apprenticeship titles).

// apprenticeKeyPrefixes are the starts of a type field's letters-only,
// lower-case key (MapEmploymentType's key) that name an apprenticeship.
var apprenticeKeyPrefixes = []string{"ausbildung", "lehrstelle", "lehrling", "azubi", "auszubildend", "dualesstudium",
	"dualstudium", "dualcourse", "dualstudy", "dualstudies", "dualesstudien"}

// apprenticeField (called in ParseType with the source's type field, before
// its other readers: an apprenticeship beats a full-time value beside it)
// reports a field one of whose parts names an apprenticeship. Only the
// type field is read: a description line "Ausbildung" is a section on the
// training asked for.
func apprenticeField(raw string) bool {
	if raw == "" || len(raw) > 80 || !(containsFold(raw, "ausbild") || containsFold(raw, "lehr") || containsFold(raw, "azubi") ||
		containsFold(raw, "dual") || containsFold(raw, "auszubild")) {
		return false
	}
	for _, part := range strings.FieldsFunc(raw, func(r rune) bool { return r == ',' || r == '/' || r == ';' || r == '|' }) {
		if apprenticeFieldKey(lettersLower(part)) {
			return true
		}
	}
	return false
}

// apprenticeFieldKey reports a type field part's key (its letters, lower
// case) that names an apprenticeship. "Lehre" counts only
// alone ("Lehrer" is a teacher); "Ausbilder" (the trainer) is no
// apprenticeship and does not start with "ausbildung".
func apprenticeFieldKey(key string) bool {
	if key == "lehre" {
		return true
	}
	for _, p := range apprenticeKeyPrefixes {
		if strings.HasPrefix(key, p) {
			return !strings.HasPrefix(key, "ausbildungsleit") // "Ausbildungsleiter": the head of training
		}
	}
	return false
}

// dualStudyTitle is a dual-study title: "Duales Studium Informatik",
// "Dualer Student BWL", "Dual Student (m/w/d)".
var dualStudyTitle = regexp.MustCompile(`(?i)\bdual(?:es|en)?\s*studium\b|\bduale[rn]?\s+student(?:in)?\b|\bdual\s+(?:student|study|course)\b`)

// dualStudyIn reports a dual-study title (checked by apprenticeTitle).
func dualStudyIn(title string) bool {
	return containsFold(title, "dual") && dualStudyTitle.MatchString(title)
}
