package normalize

import "github.com/gigscout/gigscout/internal/model"

// A service year paid by a living stipend is volunteering (table tests in
// type_body_service_year_test.go): "a living stipend during your term of
// service", "a living allowance for the service year". National-service
// programmes pay their members a stipend to live on, not a wage; the text
// must name both the living stipend (or allowance) and the service term,
// so a benefits line ("extra leave after each year of service") or a
// stipend alone (an education stipend beside a salary) is not read.
//
// volunteerRunnerCues are the words of a post that runs a volunteer
// programme ("You will manage our volunteer program and onboard
// volunteers"): the opening-sentence reader (type_opening_volunteer_fellows.go)
// skips such a sentence.
var volunteerRunnerCues = []string{"manage our ", "managing our ", "run our ", "running our ", "coordinate our ",
	"coordinating our ", "oversee our ", "overseeing our ", "recruit and ", "onboard volunteers", "recruit volunteers"}

// serviceYearStipendType is volunteer when text pays a living stipend for a
// term of service, else unknown.
func serviceYearStipendType(text string) model.JobType {
	if !hasFold(text, "living") || !hasFold(text, "service") {
		return model.TypeUnknown
	}
	if !hasFold(text, "living stipend") && !hasFold(text, "living allowance") {
		return model.TypeUnknown
	}
	if containsAnyFold(text, []string{"service year", "term of service", "year of national service", "americorps"}) {
		return model.TypeVolunteer
	}
	return model.TypeUnknown
}
