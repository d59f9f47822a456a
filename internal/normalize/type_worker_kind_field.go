package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// workerKindField reads an ATS worker-type field that pairs a kind of
// worker with a tenure, the way Workday decorates its values: "Apprentice
// (Fixed Term)", "Trainee (Fixed Term)", "Fixed Term (Apprentice)",
// "Student - Temporary". A learner named next to a tenure makes the field
// an internship: the tenure only says how long the learning runs. A
// contingent worker ("Contingent", "Contingent Worker (Contractor)") is a
// contract, and so is the UK's fixed-term contract written "FTC". Unknown
// for anything else, and for a field longer than such a value ever is (a
// sentence is read elsewhere).
func workerKindField(field string) model.JobType {
	if len(field) < 3 || len(field) > 48 {
		return model.TypeUnknown
	}
	var learner, tenure, contingent, ftc, role bool
	words := strings.FieldsFunc(field, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') })
	if len(words) > 6 {
		return model.TypeUnknown
	}
	for i, w := range words {
		lw := strings.ToLower(w)
		switch lw {
		case "apprentice", "apprentices", "apprenticeship", "intern", "interns", "internship",
			"trainee", "trainees", "traineeship", "student", "students", "werkstudent", "coop":
			learner = true
		case "co":
			learner = learner || i+1 < len(words) && strings.EqualFold(words[i+1], "op")
		case "fixed", "term", "temporary", "temp", "contract", "seasonal", "limited", "regular", "permanent":
			tenure = true
		case "contingent":
			contingent = true
		case "ftc":
			ftc = true
		case "manager", "coordinator", "director", "recruiter", "lead", "supervisor", "services", "advisor", "program", "programme":
			role = true // "Intern Program Manager": a role that runs learners
		}
	}
	switch {
	case role:
		return model.TypeUnknown
	case learner:
		if tenure {
			return model.TypeInternship
		}
		return model.TypeUnknown
	case contingent, ftc:
		return model.TypeContract
	}
	return model.TypeUnknown
}
