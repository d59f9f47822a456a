package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestCodeSlipFieldTypes(t *testing.T) {
	cases := []struct {
		field, title string
		want         model.JobType
	}{
		// Korean non-regular posts: the longer word decides.
		{"비정규직 (알바)", "", model.TypePartTime},
		{"비정규직, 시간제", "", model.TypePartTime},
		{"비정규직", "", model.TypeContract},
		{"정규직", "", model.TypeFullTime},
		{"Temporary", "", model.TypeContract},
		// Whole-field words and codes.
		{"Dispatched worker", "", model.TypeContract},
		{"Outsourced", "", model.TypeContract},
		{"ct", "", model.TypeContract},
		{"TMP", "", model.TypeContract},
		{"Attachee", "", model.TypeInternship},
		{"Industrial attachment", "", model.TypeInternship},
		{"Flexi job", "", model.TypePartTime},
		{"Interim role", "", model.TypeContract},
		{"Unspecified duration", "", model.TypeFullTime},
		// One slip of the keyboard.
		{"Intenrship", "", model.TypeInternship},
		{"Full-tme", "", model.TypeFullTime},
		{"Temporay", "", model.TypeContract},
		{"Permanant", "", model.TypeFullTime},
		{"Volunter", "", model.TypeVolunteer},
		// Japanese and Chinese whole fields.
		{"常勤医師", "", model.TypeFullTime},
		{"非常勤", "", model.TypePartTime},
		{"个体户", "", model.TypeContract},
		// A Thai tenure tag in brackets in the title.
		{"", "ผู้ช่วยครัว (พาร์ทไทม์)", model.TypePartTime},
		{"", "พนักงานขาย [ฝึกงาน]", model.TypeInternship},
		{"", "บาริสต้า (เต็มเวลา) สาขาสีลม", model.TypeFullTime},
	}
	for _, c := range cases {
		if got := ParseType(c.field, c.title, ""); got != c.want {
			t.Errorf("ParseType(%q, %q) = %q, want %q", c.field, c.title, got, c.want)
		}
	}
}

func TestCodeSlipReadersSayNothing(t *testing.T) {
	for _, f := range []string{"Contact", "Internal", "Permit", "Fulfilment", "Per hour", "Interior design", "Attach CV"} {
		if got := codeOrSlipFieldType(f); got != model.TypeUnknown {
			t.Errorf("codeOrSlipFieldType(%q) = %q, want unknown", f, got)
		}
	}
	for _, f := range []string{"Part-time", "Temporary part time", "정규직", "Partner"} {
		if got := koreanNonRegularType(f); got != model.TypeUnknown {
			t.Errorf("koreanNonRegularType(%q) = %q, want unknown", f, got)
		}
	}
	for _, title := range []string{"ร้านกาแฟ (สยาม)", "Barista (Part time)", "บาริสต้า (เต็มเวลา"} {
		if got := bracketTermTitleType(title); got != model.TypeUnknown {
			t.Errorf("bracketTermTitleType(%q) = %q, want unknown", title, got)
		}
	}
}

func TestOneSlip(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"intership", "internship", true},   // one dropped
		{"internshipp", "internship", true}, // one added
		{"internshap", "internship", true},  // one changed
		{"inetrnship", "internship", true},  // two swapped
		{"internship", "internship", false}, // the same word is no slip
		{"intrnshp", "internship", false},   // two dropped
		{"parttime", "fulltime", false},
	}
	for _, c := range cases {
		if got := oneSlip(c.a, c.b); got != c.want {
			t.Errorf("oneSlip(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
