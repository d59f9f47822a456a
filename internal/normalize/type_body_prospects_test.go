package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A later prospect or a hire's own contract named in the description is not
// the post's kind; Danish hours and student posts, and a Spanish season
// field, are read (type_body_prospects.go, type_body_world_phrases.go,
// jobtype.go, type_field_terms_spanish_contracts.go).
func TestBodyProspectsAndConditions(t *testing.T) {
	cases := []struct {
		name, field, title, text string
		want                     model.JobType
	}{
		// A prospect after the stated kind.
		{"part time, may move to full time", "", "Librarian", "Part-time role of 18 hours a week, with the chance of moving to a full-time permanent post later.", model.TypePartTime},
		{"cover that may become permanent", "", "Librarian", "This is a nine-month temporary contract; it may later become a permanent post.", model.TypeContract},
		{"part time, prospect of a contract", "", "Barista", "A part-time job for weekends with the prospect of converting to a full-time contract next year.", model.TypePartTime},
		{"prospect alone names no kind", "", "Barista", "Great staff could eventually become full-time contractors.", model.TypeUnknown},
		{"trap: joining a team", "", "Analyst", "You will have the opportunity to become part of our team, in a full-time position based in Leeds.", model.TypeFullTime},
		{"trap: prospect ends at the sentence", "", "Analyst", "Mentors can become leads over time. This is a contract position for six months.", model.TypeContract},
		{"trap: stated kind only", "", "Analyst", "This is a part-time position in our Leeds office.", model.TypePartTime},
		// The hire's own contract as a condition.
		{"perks by your contract", "", "Office Manager", "Holiday allowance depends on your fixed-term or open-ended contract.", model.TypeUnknown},
		{"leave by their employment type", "", "Office Manager", "Paid leave according to their employment type and length of service.", model.TypeUnknown},
		{"trap: the post's contract after a condition", "", "Office Manager", "Perks depending on your contract. This is a 6-month contract.", model.TypeContract},
		{"trap: contract stated plainly", "", "Office Manager", "We offer a fixed term contract of 12 months.", model.TypeContract},
		// Danish.
		{"danish full-time post", "", "Bogholder", "Stillingen er en fuldtidsstilling i Odense.", model.TypeFullTime},
		{"danish student assistant title", "", "Studentermedhjælper til kundeservice", "", model.TypeInternship},
		{"danish student job title", "", "Studiejob i økonomiafdelingen", "", model.TypeInternship},
		{"danish student title beside part-time hours", "", "Studentermedhjælper", "Ca. 12 timer om ugen, deltid.", model.TypeInternship},
		{"trap: danish student advisor", "", "Studievejleder", "", model.TypeUnknown},
		// A Spanish season field.
		{"season field", "Temporada de verano", "Socorrista", "", model.TypeContract},
		{"season field, short", "De temporada", "Socorrista", "", model.TypeContract},
		{"trap: season beside open-ended terms", "Temporada alta con contrato indefinido", "Socorrista", "", model.TypeFullTime},
		{"trap: season beside hours", "Temporada alta, media jornada", "Socorrista", "", model.TypePartTime},
	}
	for _, c := range cases {
		if got := ParseType(c.field, c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q, %q) = %q, want %q", c.name, c.field, c.title, c.text, got, c.want)
		}
	}
}
