package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestStudentPaidProject(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"short paid project for students", "Brand Survey", "A short paid project for undergraduate students: about 12 hours in all.", model.TypeMicroInternship},
		{"paid student assignment", "Data Entry Sprint", "This is a paid student assignment of roughly 8 hours.", model.TypeMicroInternship},
		{"students heading", "Poster Design", "Students: take on a paid project of 20 hours from home.", model.TypeMicroInternship},
		{"for a student", "Website Copy", "Short-term paid assignment for a university student, one week.", model.TypeMicroInternship},
		{"undergraduates can earn for a project", "Paid Research Project", "Undergraduates can earn $300 for a 15-hour research project.", model.TypeMicroInternship},
		// traps
		{"trap: students can earn credit in a job", "Lab Aide", "Students can earn credit for this ongoing position.", model.TypeUnknown},
		{"trap: no students", "Designer", "A short paid project: redesign three screens, 20 hours.", model.TypeProject},
		{"trap: supervises students", "Lab Manager", "You will supervise paid projects for students in our lab.", model.TypeUnknown},
		{"trap: students in another sentence", "Designer", "Paid project, 15 hours. We also speak to students at fairs.", model.TypeProject},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.title, c.text, got, c.want)
		}
	}
}
