package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestTitleStudentSeason pins type_title_student_season.go, with traps:
// posts that serve students, a season with no year, an external adviser,
// a doctoral student.
func TestTitleStudentSeason(t *testing.T) {
	for _, c := range []struct {
		title, field string
		want         model.JobType
	}{
		{"Hardware Engineering Student - Fall 2027", "", model.TypeInternship},
		{"Early Career Civil Engineering – Summer 2028", "", model.TypeInternship},
		{"Undergraduate Research, Spring '27", "", model.TypeInternship},
		{"Dental Student Extern", "", model.TypeInternship},
		{"Pharmacy Externship (8 weeks)", "", model.TypeInternship},
		{"Stagiu de vară în marketing", "", model.TypeInternship},
		{"Stagiar Contabilitate", "", model.TypeInternship},
		{"Chip Layout Student", "", model.TypeInternship},
		{"Mechanical Engineering Student (m/f/d)", "", model.TypeInternship},
		{"Data Analytics Student - Remote", "", model.TypeInternship},
		// traps
		{"Student Success Advisor - Fall 2027", "Full-time", model.TypeFullTime},
		{"Student Housing Coordinator, Summer 2027", "", model.TypeUnknown},
		{"Tutor for High School Students - Spring 2027", "", model.TypeUnknown},
		{"Engineering Student Summer Camp Counselor", "", model.TypeUnknown},
		{"Lifeguard - Summer 2027", "", model.TypeUnknown},
		{"Berater (extern) IT-Sicherheit", "", model.TypeUnknown},
		{"Externe Projektleitung", "", model.TypeUnknown},
		{"PhD Student in Soil Ecology", "", model.TypeUnknown},
		{"Doctoral Student (Computer Vision)", "", model.TypeUnknown},
		{"Mature Student Advisor", "", model.TypeUnknown},
		{"Manager, Graduate Student Recruitment", "", model.TypeUnknown},
		{"Design Engineering Student", "Part-time", model.TypePartTime},
	} {
		if got := ParseType(c.field, c.title, ""); got != c.want {
			t.Errorf("ParseType(%q, %q) = %q, want %q", c.field, c.title, got, c.want)
		}
	}
}
