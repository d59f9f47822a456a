package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestTitleStudentWithDisciplineWord pins a student post named as "Student",
// one discipline word and a role noun. Titles made up for this test; the
// traps are staff posts that serve students and must stay as they were.
func TestTitleStudentWithDisciplineWord(t *testing.T) {
	cases := []struct {
		title string
		want  model.JobType
	}{
		{"Student Firmware Developer", model.TypeInternship},
		{"Student Hardware Engineer (Robotics Lab)", model.TypeInternship},
		{"Student Web Developers - Campus IT", model.TypeInternship},
		{"Student Mechanical Designer", model.TypeInternship},
		{"Student Engineer", model.TypeInternship},
		// traps: a non-discipline word between, staff serving students, two words between
		{"Student Loan Analyst", model.TypeUnknown},
		{"Student Data Analyst", model.TypeUnknown},
		{"Student Success Engineer", model.TypeUnknown},
		{"Student Information Systems Developer", model.TypeUnknown},
		{"Software Engineer, Student Platforms", model.TypeUnknown},
	}
	for _, c := range cases {
		if got := ParseType("", c.title, ""); got != c.want {
			t.Errorf("ParseType(title %q) = %q, want %q", c.title, got, c.want)
		}
	}
}
