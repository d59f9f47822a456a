package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Opportunity boards for students (internship, volunteer and fellowship
// listings of nonprofits and public bodies) often state the kind of work
// only in the listing's opening sentence, "Volunteer opportunities at the
// county food bank ...", or name a fellowship by its fellows: "Junior
// Fellows Program". openingSentenceType reads these for a listing of no
// stated pay whose type is still unknown.

// openingSentenceSpan is how far into the text the opening sentence is read.
const openingSentenceSpan = 200

// openingSentenceType returns the type the title or the opening sentence
// names, or TypeUnknown.
func openingSentenceType(title, text string) model.JobType {
	if fellowsProgramTitle(title) {
		return model.TypeInternship // a fellowship is read as an internship
	}
	s := text
	if len(s) > openingSentenceSpan {
		s = s[:openingSentenceSpan]
	}
	if i := strings.IndexAny(s, ".!?\n"); i >= 0 {
		s = s[:i]
	}
	if !containsFold(s, "volunteer") {
		return model.TypeUnknown
	}
	low := strings.ToLower(s)
	if strings.Contains(low, "paid") || strings.Contains(low, "stipend") || strings.Contains(low, "employee") {
		return model.TypeUnknown // "paid volunteer time for employees"
	}
	if containsAnyFold(s, volunteerRunnerCues) {
		return model.TypeUnknown // "You will manage our volunteer program" (type_body_service_year.go)
	}
	for _, w := range [...]string{"volunteer opportunit", "volunteer position", "volunteer role", "volunteers needed", "volunteer program"} {
		if strings.Contains(low, w) {
			return model.TypeVolunteer
		}
	}
	return model.TypeUnknown
}

// fellowsProgramTitle reports a title naming a program of fellows:
// "Junior Fellows Program", "Policy Fellows Programme".
func fellowsProgramTitle(title string) bool {
	if !containsFold(title, "fellows") {
		return false
	}
	low := strings.ToLower(title)
	i := strings.Index(low, "fellows ")
	return i >= 0 && (strings.HasPrefix(low[i+8:], "program") || strings.HasPrefix(low[i+8:], "cohort"))
}
