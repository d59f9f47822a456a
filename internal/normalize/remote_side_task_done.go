package normalize

import "strings"

// A step around the job done remotely says nothing of the job (table
// tests in region_remote_elsewhere_more_test.go): "Your interview can be
// done remotely", "Training may be completed remotely before your first
// shift". bodyRemote reads "can be done remotely" whatever is done; the
// noun right before it decides.

// sideTaskNouns are steps around the job, not the job (lower case, as the
// last word before "can be", "may be" or "could be").
var sideTaskNouns = []string{"interview", "interviews", "training", "trainings", "onboarding", "orientation", "induction",
	"assessment", "assessments", "screening", "screenings", "test", "tests", "meeting", "meetings", "paperwork",
	"application", "applications", "course", "courses", "exam", "exams", "check-in", "check-ins"}

// sideTaskDone reports whether the cue at loc is "can/may/could be …"
// whose subject is a step around the job.
func sideTaskDone(text string, loc []int) bool {
	cue := text[loc[0]:min(len(text), loc[0]+6)]
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
