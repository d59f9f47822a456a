package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Employment wording (table tests in remote_polish_german_test.go).

// slavicTypeWords are employment types in Polish, Czech and Slovak, whose
// letters MapEmploymentType's key drops ("pełny etat" would key as
// "penyetat"): matched lower-cased as words inside the field. Checked in
// order; the first that occurs decides.
var slavicTypeWords = []struct {
	word string
	t    model.JobType
}{
	// Polish: full time, part time ("część etatu", "niepełny etat", "pół
	// etatu"), a side job ("praca dodatkowa"), civil-law contracts
	// ("umowa zlecenie", "umowa o dzieło") and B2B invoicing, internships.
	{"niepełny etat", model.TypePartTime}, {"niepelny etat", model.TypePartTime},
	{"pełny etat", model.TypeFullTime}, {"pelny etat", model.TypeFullTime}, {"pełen etat", model.TypeFullTime}, {"pelen etat", model.TypeFullTime},
	{"część etatu", model.TypePartTime}, {"czesc etatu", model.TypePartTime}, {"pół etatu", model.TypePartTime}, {"pol etatu", model.TypePartTime},
	{"dodatkowa", model.TypePartTime}, {"tymczasowa", model.TypeContract},
	{"umowa zlecenie", model.TypeContract}, {"umowa o dzieło", model.TypeContract}, {"umowa o dzielo", model.TypeContract},
	{"kontrakt b2b", model.TypeContract}, {"staż", model.TypeInternship}, {"praktyki", model.TypeInternship},
	// Czech and Slovak: full-time and shortened or partial load
	// ("úvazek", Slovak "úväzok"), internships, volunteering.
	{"plný úvazek", model.TypeFullTime}, {"plny uvazek", model.TypeFullTime}, {"plný pracovný úväzok", model.TypeFullTime}, {"plný úväzok", model.TypeFullTime},
	{"zkrácený úvazek", model.TypePartTime}, {"zkraceny uvazek", model.TypePartTime}, {"částečný úvazek", model.TypePartTime},
	{"castecny uvazek", model.TypePartTime}, {"čiastočný úväzok", model.TypePartTime}, {"skrátený úväzok", model.TypePartTime},
	{"stáž", model.TypeInternship}, {"dobrovolnictví", model.TypeVolunteer}, {"dobrovoľníctvo", model.TypeVolunteer},
	// English wording some of those boards use for contract work
	{"external collaboration", model.TypeContract}, {"externí spolupráce", model.TypeContract},
}

// slavicEmploymentType reads one employment value in Polish, Czech or
// Slovak, or a B2B (business-to-business, invoiced) engagement; unknown
// otherwise. Plain ASCII values other than "b2b" and the transliterated
// words return at once.
func slavicEmploymentType(part string) model.JobType {
	s := strings.ToLower(strings.TrimSpace(part))
	if s == "b2b" || s == "business to business" || s == "business-to-business" {
		return model.TypeContract
	}
	for _, w := range slavicTypeWords {
		if strings.Contains(s, w.word) {
			return w.t
		}
	}
	return model.TypeUnknown
}

// partTitleOverFull reports a title that says part time where the source
// files the job as full time: "Registered Nurse - Part Time Temporary"
// filed "Full-Time Permanent". Boards that fill the employment field from
// a default (hospital and retail systems often do) leave the title the
// only place the real schedule is named, as with internships.
func partTitleOverFull(employmentType, title string) bool {
	return mayTitlePart(title) && titlePart.MatchString(title) && !titleFull.MatchString(title) && MapEmploymentType(employmentType) == model.TypeFullTime
}

// mayRunProgram reports a literal that every match of titleRunsProgram
// holds: "intern", "volunteer", "coop", "co-op", "apprenticeship" or
// "placement". ParseType tries that
// regexp, titleFellowship ("fellow") and titleVolunteer ("volunteer")
// only on titles holding their words; none of these letters case-folds
// beyond ASCII.
func mayRunProgram(title string) bool {
	return containsFold(title, "intern") || containsFold(title, "volunteer") || containsFold(title, "coop") || containsFold(title, "co-op") ||
		containsFold(title, "apprenticeship") || containsFold(title, "placement")
}

// mayTitlePart reports a literal that every match of titlePart holds:
// "part" (part-time), "fractional", or a bracket ("(PT)").
func mayTitlePart(title string) bool {
	return containsFold(title, "part") || containsFold(title, "fractional") || strings.ContainsAny(title, "([")
}
