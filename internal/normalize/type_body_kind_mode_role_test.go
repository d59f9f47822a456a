package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A kind and a work mode joined by a comma before the post's noun, a
// French contract tag opening a title, and a field offering both hours
// written as one word (type_body_kind_mode_role.go,
// type_title_local_words.go, type_field_norwegian_polish.go).
func TestKindModeRoleAndLeadTags(t *testing.T) {
	cases := []struct {
		name, field, title, text string
		want                     model.JobType
	}{
		{"full time comma hybrid", "", "Planner", "We offer a full-time, hybrid post in our Bristol studio.", model.TypeFullTime},
		{"full time comma fully remote", "", "Planner", "This is a full-time, fully remote role with a small team.", model.TypeFullTime},
		{"full time comma office based", "", "Planner", "It is a full-time, office-based job at the depot.", model.TypeFullTime},
		{"contract comma remote", "", "Planner", "Ours is a contract, remote opportunity lasting one season.", model.TypeContract},
		{"trap: a list of kinds", "", "Planner", "We hire for full-time, part-time and seasonal roles across the region.", model.TypeUnknown},
		{"trap: denied", "", "Planner", "Please note this is not a full-time, remote position.", model.TypeUnknown},
		{"trap: contract of the firm", "", "Planner", "Under the contract, remote staff file weekly reports.", model.TypeUnknown},
		{"cdi tag opening", "", "CDI - Serveur en brasserie", "", model.TypeFullTime},
		{"cdd tag opening with bar", "", "CDD | Agent d'accueil", "", model.TypeContract},
		{"trap: acronym heading an english title", "", "CDI Lead - Hospital Records", "", model.TypeUnknown},
		{"trap: acronym spelled out after the dash", "", "CDD - Customer Due Diligence Reviewer", "", model.TypeUnknown},
		{"both hours as one word", "Full-or-part-time", "Barista", "", model.TypeFullTime},
		{"both hours with a slash", "Full/Part time", "Barista", "", model.TypeFullTime},
		{"trap: part time alone", "Part-time", "Barista", "", model.TypePartTime},
	}
	for _, c := range cases {
		if got := ParseType(c.field, c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q, %q) = %q, want %q", c.name, c.field, c.title, c.text, got, c.want)
		}
	}
}
