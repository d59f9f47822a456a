package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Students enrolled at a country's schools name that country for a remote
// role; a school that is no place names none (region_enrolled_school.go).
func TestEnrolledSchoolRegions(t *testing.T) {
	runFieldCasesShortAndLong(t, []truthCase{
		{name: "a US college or university", p: model.Posting{Title: "Marketing Micro-Internship", Locations: []string{"Remote"},
			DescriptionText: "Only students enrolled at a US college or university may apply."}, regions: "US"},
		{name: "a university in Singapore", p: model.Posting{Title: "Research Intern", Locations: []string{"Remote"},
			DescriptionText: "Students must be enrolled in a university in Singapore."}, regions: "SG"},
		{name: "a Canadian university", p: model.Posting{Title: "Research Intern", Locations: []string{"Remote"},
			DescriptionText: "You must be currently enrolled at a Canadian university."}, regions: "CA"},
		{name: "available to canadian students only", p: model.Posting{Title: "Micro-Internship", Locations: []string{"Remote"},
			DescriptionText: "Available to Canadian students only."}, regions: "CA"},
		{name: "open to british university students", p: model.Posting{Title: "Micro-Internship", Locations: []string{"Remote"},
			DescriptionText: "This project is open to British university students."}, regions: "GB"},
		{name: "enrolled in Canadian institutions, no article", p: model.Posting{Title: "Research Intern", Locations: []string{"Remote"},
			DescriptionText: "Eligibility: students enrolled in Canadian post-secondary institutions."}, regions: "CA"},
		{name: "a student at an Australian university", p: model.Posting{Title: "Research Intern", Locations: []string{"Remote"},
			DescriptionText: "You must be a student at an Australian university."}, regions: "AU"},
		{name: "open to students from Kenyan universities", p: model.Posting{Title: "Research Intern", Locations: []string{"Remote"},
			DescriptionText: "The project is open to students from Kenyan universities."}, regions: "KE"},
		{name: "trap: an app serving students at a country's colleges", p: model.Posting{Title: "Micro-Internship", Locations: []string{"Remote"},
			DescriptionText: "Our app serves students at Canadian colleges."}, regions: "none"},
		{name: "trap: an app serving a country's students", p: model.Posting{Title: "Micro-Internship", Locations: []string{"Remote"},
			DescriptionText: "Our app serves Canadian students only."}, regions: "none"},
		{name: "trap: an accredited university", p: model.Posting{Title: "Research Intern", Locations: []string{"Remote"},
			DescriptionText: "You must be enrolled in an accredited university."}, regions: "none"},
		{name: "trap: a place stated elsewhere wins", p: model.Posting{Title: "Research Intern", Locations: []string{"Remote"},
			DescriptionText: "Candidates must be based in Ireland. Enrolled at a British university is a plus."}, regions: "IE"},
	})
}

func TestEnrolledSchoolKeys(t *testing.T) {
	for _, s := range []string{"Available to Canadian students only; open to British university students.", "You must be a student at an Australian university; students from Kenyan universities.", "enrolled in Canadian post-secondary institutions", "Only students enrolled at a US college or university may apply.", "enrolled in a university in Singapore", "Enrolled in any school within the United States."} {
		checkKey(t, "enrolledSchool", enrolledSchool, s)
		checkKey(t, "openToCountryPeople", openToCountryPeople, s)
		checkKey(t, "studentAtSchool", studentAtSchool, s)
	}
}
