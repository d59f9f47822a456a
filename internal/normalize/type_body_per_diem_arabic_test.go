package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// bodyPerDiemArabicTypeCases pin description readers added after the
// twenty-eighth outside round (other projects' job-type tests, kept outside
// the repository), in other words than theirs, each with traps: per diem
// work, "permanent ... position", and Arabic contract and training terms.
var bodyPerDiemArabicTypeCases = []truthCase{
	// type_per_diem_body.go
	{name: "per diem shifts in the text", p: model.Posting{Title: "Respiratory Therapist", DescriptionText: "Per diem RT shifts open on weekends."}, jobType: "contract"},
	{name: "a per diem position", p: model.Posting{Title: "Sonographer", DescriptionText: "This is a per diem position at our Tulsa clinic."}, jobType: "contract"},
	{name: "trap: per diem for travel", p: model.Posting{Title: "Field Auditor", DescriptionText: "You get a per diem for travel work across Ohio."}, jobType: "unknown"},
	{name: "trap: per diem and mileage", p: model.Posting{Title: "Field Auditor", DescriptionText: "Per diem and mileage paid for site work."}, jobType: "unknown"},
	{name: "trap: full-time with a per diem", p: model.Posting{Title: "Lineman", DescriptionText: "This is a full-time role. Per diem provided on the road."}, jobType: "full_time"},
	// type_permanent_body.go
	{name: "permanent with words before position", p: model.Posting{Title: "Pharmacist", DescriptionText: "Permanent community pharmacy position in Leeds."}, jobType: "full_time"},
	{name: "permanent comma full-time role", p: model.Posting{Title: "Pharmacist", DescriptionText: "We offer a permanent, full-time dispensary role."}, jobType: "full_time"},
	{name: "trap: permanent resident", p: model.Posting{Title: "Pharmacist", DescriptionText: "Applicants must be permanent resident holders for this position."}, jobType: "unknown"},
	{name: "trap: permanent makeup artist role", p: model.Posting{Title: "Beautician", DescriptionText: "Looking for a permanent makeup artist role filled soon."}, jobType: "unknown"},
	// type_arabic_body.go
	{name: "arabic contract for six months", p: model.Posting{Title: "محاسب", DescriptionText: "عقد لمدة ستة أشهر قابل للتجديد"}, jobType: "contract"},
	{name: "arabic summer training", p: model.Posting{Title: "مطور برمجيات", DescriptionText: "فرصة تدريب صيفي لطلاب الهندسة"}, jobType: "internship"},
	{name: "arabic co-op training", p: model.Posting{Title: "محلل بيانات", DescriptionText: "نستقبل طلاب التدريب التعاوني"}, jobType: "internship"},
	{name: "trap: arabic training provided", p: model.Posting{Title: "محاسب", DescriptionText: "نوفر التدريب اللازم للموظفين الجدد"}, jobType: "unknown"},
}

func TestBodyPerDiemArabicTypeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range bodyPerDiemArabicTypeCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
