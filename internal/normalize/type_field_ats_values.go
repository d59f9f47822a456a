package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// atsFieldValues are whole employment-type values of ATSes, job boards and
// staffing agencies, by their lettersLower key, that the other field
// readers miss: Workable's bare "full" and "part", USAJOBS's "Term"
// appointment, staffing's "Direct Hire" (a permanent placement), a UK student's
// "Year in Industry" placement, US "Work Study",
// leave cover and secondments (fixed-term by nature), locum and travel
// (healthcare's contract assignments), hours that vary or are shared, and a
// bare "Standard" (a regular hire, set beside "Intern" and "Contractor"),
// and a bare "On-Call" (work as needed, like "PRN").
var atsFieldValues = map[string]model.JobType{
	"full": model.TypeFullTime, "part": model.TypePartTime,
	"term": model.TypeContract, "termappointment": model.TypeContract, "termappt": model.TypeContract,
	"directhire": model.TypeFullTime, "directplacement": model.TypeFullTime, "permanentplacement": model.TypeFullTime,
	"regularemployee": model.TypeFullTime, "standard": model.TypeFullTime,
	"industrialplacement": model.TypeInternship, "placementyear": model.TypeInternship, "yearinindustry": model.TypeInternship,
	"sandwichplacement": model.TypeInternship, "workstudy": model.TypeInternship, "federalworkstudy": model.TypeInternship,
	"studentworker": model.TypeInternship, "studentemployee": model.TypeInternship, "studentemployment": model.TypeInternship,
	"limitedterm": model.TypeContract, "limitedtermemployee": model.TypeContract, "limitedtermappointment": model.TypeContract,
	"maternitycover": model.TypeContract, "maternityleavecover": model.TypeContract, "parentalleavecover": model.TypeContract,
	"permft": model.TypeFullTime, "permpt": model.TypePartTime, "casualoncall": model.TypePartTime,
	// on call alone: called in as needed, as "PRN" and "Per Diem" are (contract)
	"oncall": model.TypeContract, "oncallprn": model.TypeContract, "prnoncall": model.TypeContract,
	"oncallasneeded": model.TypeContract, "asneededoncall": model.TypeContract, "oncallperdiem": model.TypeContract,
	"locumtenens": model.TypeContract, "traveler": model.TypeContract, "traveller": model.TypeContract,
	"secondment": model.TypeContract, "variablehours": model.TypePartTime, "jobshare": model.TypePartTime,
	// two schedules offered: the first decides, as "Full-time/Part-time" does
	"fulltimeorparttime": model.TypeFullTime, "parttimeorfulltime": model.TypePartTime,
	"fulltimeandparttime": model.TypeFullTime, "parttimeandfulltime": model.TypePartTime,
}

// atsFieldType reads a short employment-type field: a worker kind with its
// tenure (workerKindField), one of atsFieldValues, the short "F/T" and "P/T",
// an apprenticeship or a volunteer post however worded ("Apprenticeship
// Level 3", "Unpaid volunteer"), or a USAJOBS term appointment with its
// limit ("Term NTE 13 months", "Term appt, NTE 2 yrs"). Unknown for
// anything else.
func atsFieldType(field string) model.JobType {
	if t := workerKindField(field); t != model.TypeUnknown {
		return t
	}
	if len(field) < 3 || len(field) > 48 {
		return model.TypeUnknown
	}
	key := lettersLower(field)
	if t, ok := atsFieldValues[key]; ok {
		return t
	}
	switch f := strings.TrimSpace(field); {
	case strings.EqualFold(f, "F/T"):
		return model.TypeFullTime
	case strings.EqualFold(f, "P/T"):
		return model.TypePartTime
	}
	if strings.HasPrefix(key, "apprentice") {
		return model.TypeInternship // "Apprenticeship Level 3", "Apprenticeships"
	}
	if strings.Contains(key, "volunteer") && !strings.Contains(key, "coordinator") && !strings.Contains(key, "manager") {
		return model.TypeVolunteer // "Volunteer Opportunity", "Unpaid volunteer"
	}
	if strings.HasPrefix(key, "term") && !strings.HasPrefix(key, "termtime") && (strings.Contains(field, "NTE") || strings.HasPrefix(key, "termappt")) {
		return model.TypeContract // "not to exceed": the term's limit
	}
	return model.TypeUnknown
}
