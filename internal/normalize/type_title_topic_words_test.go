package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// titleTopicWordCases: a kind-of-work word that names the job's subject,
// not its terms: a paid post running a volunteer programme, the building
// trade of temporary works, a freelance marketplace as the product.
var titleTopicWordCases = []truthCase{
	{name: "volunteer programme coordinator", p: model.Posting{Title: "Volunteer Programme Coordinator", DescriptionText: "Recruit and schedule our volunteers."}, jobType: "unknown"},
	{name: "temporary works coordinator", p: model.Posting{Title: "Temporary Works Coordinator", Locations: []string{"Leeds, UK"}}, jobType: "unknown"},
	{name: "freelance marketplace product manager", p: model.Posting{Title: "Freelance Marketplace Product Manager"}, jobType: "unknown"},
	// Traps: the word still sets the terms when it is about the post.
	{name: "volunteer programme with tutors wanted", p: model.Posting{Title: "Volunteer Program - Tutors Wanted"}, jobType: "volunteer"},
	{name: "temporary site engineer", p: model.Posting{Title: "Temporary Site Engineer"}, jobType: "contract"},
	{name: "freelance copywriter", p: model.Posting{Title: "Freelance Copywriter"}, jobType: "contract"},
}

func TestTitleTopicWordCases(t *testing.T) { runFieldCases(t, titleTopicWordCases) }

// TestVolunteerProgramRoleNotUnpaid: a post that runs a volunteer
// programme says nothing about its own pay.
func TestVolunteerProgramRoleNotUnpaid(t *testing.T) {
	for in, want := range map[string]bool{
		"Volunteer Program Manager":        false,
		"Volunteer Programme Officer":      false,
		"Volunteer program for weekends":   true,
		"This is a volunteer position.":    true,
		"Volunteer role, no pay, 4h/week.": true,
		// a duty of running the programme is the paid post's work
		"Lead our volunteer program.":                        false,
		"You will manage the volunteer programme.":           false,
		"Coordinating our community volunteer program daily": false,
		"Join our volunteer program.":                        true,
		"Lead a team as part of our volunteer program.":      true,
	} {
		if got := isUnpaid(in); got != want {
			t.Errorf("isUnpaid(%q) = %v, want %v", in, got, want)
		}
	}
	l := Normalize(&model.Posting{Source: "t", ExternalID: "1", Title: "Volunteer Program Manager", DescriptionText: "Recruit, train and schedule the people who give their time to our food bank."}, Options{})
	if l.Unpaid || l.Type == model.TypeVolunteer {
		t.Errorf("Volunteer Program Manager: unpaid %v, type %s; want paid, not volunteer", l.Unpaid, l.Type)
	}
}
