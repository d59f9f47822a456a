package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Canadian hospital posting codes in a title (table tests in
// type_hospital_codes_test.go): Ontario and other Canadian hospital
// systems end a title with the position's status as a code before the
// requisition number, "Registered Nurse - Endoscopy - PTT(J1225-0381)":
// PTT or TPT (part-time temporary), PTP, PPT, PTR or RPT (part-time
// permanent or regular), CAS or CPT (casual), FTT or TFT (full-time
// temporary), FTP, PFT, FTR or RFT (full-time permanent or regular). (A
// bare "PT" is as often a physical therapist.) Their systems fill the
// employment-type field from a default ("Full-Time Permanent"), so the
// title's part-time code wins over it, as an intern title does. The code
// must be in capitals and stand right before a bracketed requisition
// number ("(J1225-0381)", "(REQ-20417)"): alone at a title's end "PPT",
// "RPT" or "CAS" are as often a slide deck, a report or an organization,
// and "PTT Engineer (Push to talk)" or "FTP Server (2 openings)" hold
// none.

// hospitalCodeRe is such a code; group 1 is the code.
var hospitalCodeRe = regexp.MustCompile(`(?:^|[\s,/|–-])(PTT|TPT|PTP|PPT|PTR|RPT|CAS|CPT|FTT|TFT|FTP|PFT|FTR|RFT)\s*\(\s*[A-Za-z]{0,4}[-#]?\d[\d-]{2,}[A-Za-z\d-]*\s*\)`)

// hospitalCodeTypes maps each code to its type: casual and part-time
// work part time, full-time temporary work a contract (as
// MapEmploymentType reads "Full-Time Temporary"), the rest full time.
var hospitalCodeTypes = map[string]model.JobType{
	"PTT": model.TypePartTime, "TPT": model.TypePartTime, "PTP": model.TypePartTime, "PPT": model.TypePartTime,
	"PTR": model.TypePartTime, "RPT": model.TypePartTime, "CAS": model.TypePartTime, "CPT": model.TypePartTime,
	"FTT": model.TypeContract, "TFT": model.TypeContract, "FTP": model.TypeFullTime, "PFT": model.TypeFullTime,
	"FTR": model.TypeFullTime, "RFT": model.TypeFullTime,
}

// hospitalCodeType is the type a title's code says; unknown when it has
// none. A part-time or casual code beats the employment-type field; a
// full-time one only fills an empty field ("FTT" filed "Full-Time
// Permanent" stays full time). Only titles holding a bracket and a
// code's first two letters are searched.
func hospitalCodeType(employmentType, title string) model.JobType {
	if strings.IndexByte(title, '(') < 0 || !hospitalCodeLetters(title) {
		return model.TypeUnknown
	}
	m := hospitalCodeRe.FindStringSubmatch(title)
	if m == nil {
		return model.TypeUnknown
	}
	t := hospitalCodeTypes[m[1]]
	if t != model.TypePartTime && MapEmploymentType(employmentType) != model.TypeUnknown {
		return model.TypeUnknown
	}
	return t
}

// hospitalCodeLetters reports the first two letters of a code in title
// (every code starts with PT, TP, PP, RP, CA, CP, FT, TF, PF or RF).
func hospitalCodeLetters(title string) bool {
	for _, p := range []string{"PT", "TP", "PP", "RP", "CA", "CP", "FT", "TF", "PF", "RF"} {
		if strings.Contains(title, p) {
			return true
		}
	}
	return false
}
