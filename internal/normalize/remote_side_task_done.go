package normalize

import "strings"

// A step around the job done remotely says nothing of the job (table
// tests in region_remote_elsewhere_more_test.go): "Your interview can be
// done remotely", "Training may be completed remotely before your first
// shift". bodyRemote reads "can be done remotely" whatever is done; the
// noun right before it decides. Likewise "work from their home" is home
// work, "work from their home country" a place (homePlaceAfter).

// sideTaskNouns are steps around the job, not the job (lower case, as the
// last word before "can be", "may be" or "could be").
var sideTaskNouns = []string{"interview", "interviews", "training", "trainings", "onboarding", "orientation", "induction",
	"assessment", "assessments", "screening", "screenings", "test", "tests", "meeting", "meetings", "paperwork",
	"application", "applications", "course", "courses", "exam", "exams", "check-in", "check-ins"}

// sideTaskDone reports whether the cue at loc is "can/may/could be …"
// whose subject is a step around the job.
func sideTaskDone(text string, loc []int) bool {
	cue := text[loc[0]:min(len(text), loc[0]+10)]
	if (hasPrefixFold(cue, "this ") || hasPrefixFold(cue, "the ")) && (hasSuffixFold(text[:loc[0]], " for ") || hasSuffixFold(text[:loc[0]], " of ")) {
		return sideTaskSubject(text, loc[0]) // "All interviews for this position will be conducted virtually"
	}
	if hasPrefixFold(cue, "conducted ") || hasPrefixFold(cue, "held ") || hasPrefixFold(cue, "run ") || hasPrefixFold(cue, "completed ") || hasPrefixFold(cue, "done ") {
		return sideTaskSubject(text, loc[0]) // "All interviews for this position will be conducted virtually"
	}
	if !hasPrefixFold(cue, "can ") && !hasPrefixFold(cue, "may ") && !hasPrefixFold(cue, "could ") {
		return false
	}
	before := strings.TrimRight(text[max(0, loc[0]-24):loc[0]], " \t")
	w := before[strings.LastIndexAny(before, " \t\n(,;:.")+1:]
	for _, n := range sideTaskNouns {
		if strings.EqualFold(w, n) {
			return true
		}
	}
	return false
}

// homePlaceNouns are nouns after "home" that make it a place, not a
// workplace: "work from your home country for a month".
var homePlaceNouns = []string{"country", "countries", "town", "city", "state", "region", "base", "nation", "market", "province"}

// homePlaceAfter reports whether the cue at loc ends in "home" and a
// noun of homePlaceNouns follows.
func homePlaceAfter(text string, loc []int) bool {
	if !hasSuffixFold(text[loc[0]:loc[1]], "home") {
		return false
	}
	rest := text[loc[1]:]
	i := skipSpaces(rest, 0)
	if i == 0 {
		return false
	}
	j := i
	for j < len(rest) && isLetterByte(rest[j]) {
		j++
	}
	for _, n := range homePlaceNouns {
		if strings.EqualFold(rest[i:j], n) {
			return true
		}
	}
	return false
}

// sideTaskSubject reports a step of sideTaskNouns among the words of the
// clause before i (up to 60 bytes back): the subject of a passive "will be
// conducted virtually".
func sideTaskSubject(text string, i int) bool {
	before := text[max(0, i-60):i]
	if k := strings.LastIndexAny(before, ".;!?\n"); k >= 0 {
		before = before[k+1:]
	}
	for _, w := range strings.FieldsFunc(before, func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == ')' }) {
		for _, n := range sideTaskNouns {
			if strings.EqualFold(w, n) {
				return true
			}
		}
	}
	return false
}
