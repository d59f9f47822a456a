package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// hospitalCodeCases pin type_hospital_codes.go. Traps: a code naming a
// technology, a full-time code that the type field already decides, a
// lower-case code, a code with no requisition after it, a bracket that
// is a count.
var hospitalCodeCases = []truthCase{
	{name: "part-time regular code over a full-time field", p: model.Posting{Title: "Registered Nurse - Cardiology - PTR(N0425-0112)", EmploymentType: "Full-Time Permanent"}, jobType: "part_time"},
	{name: "casual code with a spaced reference", p: model.Posting{Title: "Licensed Practical Nurse CAS (J0101-2020)", EmploymentType: "Full-Time"}, jobType: "part_time"},
	{name: "temporary part-time code after a comma", p: model.Posting{Title: "Respiratory Therapist, TPT(R2207-0045)", EmploymentType: "Full Time"}, jobType: "part_time"},
	{name: "full-time temporary code with no field", p: model.Posting{Title: "Unit Clerk - Surgery - FTT(J0312-0099)"}, jobType: "contract"},
	{name: "casual code before a req reference", p: model.Posting{Title: "Porter - Environmental Services - CAS (REQ-20417)", EmploymentType: "Full-Time"}, jobType: "part_time"},

	{name: "trap: push to talk", p: model.Posting{Title: "PTT Engineer (Push to talk)", EmploymentType: "Full-Time"}, jobType: "full_time"},
	{name: "trap: ftp server", p: model.Posting{Title: "FTP Server Administrator (2 openings)", EmploymentType: "Part-Time"}, jobType: "part_time"},
	{name: "trap: full-time code and field agree", p: model.Posting{Title: "Registered Nurse - ICU, FTT(J0999-0157)", EmploymentType: "Full-Time Permanent"}, jobType: "full_time"},
	{name: "trap: lower-case code", p: model.Posting{Title: "Nurse - ptt(j1225-0381)", EmploymentType: "Full-Time"}, jobType: "full_time"},
	{name: "trap: a code ending the title", p: model.Posting{Title: "Research Scientist - CAS", EmploymentType: "Full-Time"}, jobType: "full_time"},
	{name: "trap: slides in brackets", p: model.Posting{Title: "Designer PPT (10 decks)", EmploymentType: "Full-Time"}, jobType: "full_time"},
}

func TestHospitalCodeCases(t *testing.T) { runFieldCases(t, hospitalCodeCases) }

// FuzzHospitalCodeType reads any title: no panic, a type only with a
// code's capitals in it.
func FuzzHospitalCodeType(f *testing.F) {
	for _, tc := range hospitalCodeCases {
		f.Add(tc.p.Title, tc.p.EmploymentType)
	}
	f.Fuzz(func(t *testing.T, title, emp string) {
		ty := hospitalCodeType(emp, title)
		if ty == model.TypeUnknown {
			return
		}
		if m := hospitalCodeRe.FindStringSubmatch(title); m == nil || hospitalCodeTypes[m[1]] != ty {
			t.Errorf("hospitalCodeType(%q, %q) = %s", emp, title, ty)
		}
	})
}
