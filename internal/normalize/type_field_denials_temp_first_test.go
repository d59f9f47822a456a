package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestFieldShapeTypes(t *testing.T) {
	for _, c := range []struct {
		name, field, title, text string
		want                     model.JobType
	}{
		// A Korean denial after the type word leaves the field unread.
		{"denied part hours", "단시간 불가", "물류 사무원", "", model.TypeUnknown},
		{"denied intern", "인턴 아님", "기획 담당", "", model.TypeUnknown},
		{"denied field, title decides", "파트타임 없음", "Cook - Full Time", "", model.TypeFullTime},
		{"plain korean part hours still read", "시간제", "매장 직원", "", model.TypePartTime},
		// A temporary field naming the hours is temporary.
		{"temp with full hours and week", "Limited Term Temporary, Full-Time, 37.5 hrs/wk", "Clerk", "", model.TypeContract},
		{"seasonal part time", "Seasonal Part Time", "Lifeguard", "", model.TypeContract},
		{"temp caps part time", "TEMP FULL TIME", "Porter", "", model.TypeContract},
		{"temp to perm stays temporary", "Temp to Perm - Full Time", "Picker", "", model.TypeContract},
		{"plain part time untouched", "Regular Part Time", "Porter", "", model.TypePartTime},
		{"hours first with a temp gloss left alone", "Part-time (Temp)", "Clerk", "", model.TypePartTime},
		// Job sharing is part-time; a sentence about permanence is permanent.
		{"job share", "Job Share", "Librarian", "", model.TypePartTime},
		{"job sharing glued", "JOBSHARING", "Teacher", "", model.TypePartTime},
		{"permanent sentence", "The post is permanent.", "Analyst", "", model.TypeFullTime},
		// "Internship available" in the body: this post is one. The plural
		// names a company's programme beside the post, not the post.
		{"internship available", "", "Engineer", "Summer internship available for students in Leeds.", model.TypeInternship},
		{"trap: internships available beside the role", "", "Engineer", "This is a full-time role; internships are available across teams too.", model.TypeFullTime},
	} {
		if got := ParseType(c.field, c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q, %q) = %q, want %q", c.name, c.field, c.title, c.text, got, c.want)
		}
	}
}

func TestFieldShapeReadersSayNothing(t *testing.T) {
	for _, f := range []string{"Temporary", "Full time", "Part-time", "Job", "Jobs shared drive", "Permanent", "Time-limited", "Tempo pieno"} {
		if got := fieldShapeType(f); got != model.TypeUnknown {
			t.Errorf("fieldShapeType(%q) = %q, want unknown", f, got)
		}
	}
	for _, f := range []string{"시간제", "정규직", "Not applicable", "없음", ""} {
		if koreanFieldDenied(f) {
			t.Errorf("koreanFieldDenied(%q) = true, want false", f)
		}
	}
}
