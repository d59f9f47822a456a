package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Employment-type wording:
// German and Swiss apprenticeship titles, and a part-time title on a
// fixed-term contract.

var (
	// apprenticeWord is a German or Swiss apprenticeship in a title:
	// "Lehrstelle Informatik", "Lernende/r Kauffrau", "Lehrling Elektriker",
	// "Auszubildende zum Koch", "Azubi Mechatronik", "Ausbildung zur
	// Pflegefachfrau". Apprentices are our interns.
	apprenticeWord = regexp.MustCompile(`(?i)\b(?:lehrstellen?|lehrlinge?|lernende(?:/?r|n)?|auszubildende[rn]?|azubis?|ausbildungsplatz|ausbildung\s+(?:zum|zur|als))\b`)
	// runsApprentices is a role that trains or looks after apprentices
	// ("Berufsbildner für Lernende", "Ausbilder Azubis", "Betreuer Lernende"),
	// not an apprenticeship.
	runsApprentices = regexp.MustCompile(`(?i)\b(?:berufsbildner(?:in)?|ausbilder(?:in)?|betreuer(?:in)?|leiter(?:in)?|verantwortliche[r]?)\b|\bf(?:ü|ue)r\s+(?:lernende|azubis|lehrlinge|auszubildende)`)
	// partFixedTerm is a part-time title ending in a fixed term:
	// "Client Advisor part-time (limited contract)", "Verkäufer Teilzeit –
	// befristeter Vertrag": a part-time schedule on a contract of limited
	// length is part time (as a source's "Part-time temporary" is).
	partFixedTerm = regexp.MustCompile(`(?i)\b(?:part[- ]?time|teilzeit)\b.*[(\[,–—-]\s*(?:limited|fixed[- ]term|temporary|temp|befristete[rn]?)\s+(?:contract|vertrag)\s*[)\]]?\s*$`)
)

// apprenticeTitle reports an apprenticeship title (checked with the
// internship titles in ParseType, so it beats a full-time field).
func apprenticeTitle(title string) bool {
	if dualStudyIn(title) {
		return !runsApprentices.MatchString(title) // "Duales Studium Informatik" (type_apprenticeship_de.go)
	}
	if !containsFold(title, "lehr") && !containsFold(title, "lern") && !containsFold(title, "azubi") && !containsFold(title, "ausbild") && !containsFold(title, "zubild") { // "Auszubildende"
		return romanceApprenticeTitle(title) // "Apprendista", "Aprendiz", "Alternant" (type_apprentice_romance.go)
	}
	return apprenticeWord.MatchString(title) && !runsApprentices.MatchString(title)
}

// apprenticeTitleType (called before the title's contract cue in ParseType) is
// the title type the cue list would read as a contract: a part-time title
// on a fixed-term contract is part time. TypeUnknown otherwise.
func apprenticeTitleType(title string) model.JobType {
	if (containsFold(title, "part") || containsFold(title, "teilzeit")) && partFixedTerm.MatchString(title) {
		return model.TypePartTime
	}
	return model.TypeUnknown
}

// More wording: a type field
// naming its type with a generic noun ("Permanent role", "Temporary
// position"), and a short description line whose type word is the object
// of a verb ("Mentor interns").

// typeFieldNoun is a generic noun after a type word in a type field.
var typeFieldNoun = regexp.MustCompile(`(?i)^\s*([\p{L}-]+(?:[\s-][\p{L}-]+)?)\s+(?:role|position|post|job|basis|employment|contract|vacancy|opening)\s*$`)

// typeFieldWords (called in ParseType when the source's type field maps to
// nothing) reads the field without its noun: "Permanent role" is permanent.
func typeFieldWords(employmentType string) model.JobType {
	if employmentType == "" || len(employmentType) > 40 {
		return model.TypeUnknown
	}
	if m := typeFieldNoun.FindStringSubmatch(employmentType); m != nil {
		return MapEmploymentType(m[1])
	}
	return model.TypeUnknown
}

// verbPeopleLine reports a short line that starts with a verb taking people
// as its object ("Mentor interns", "Supervise temps", "Hire contractors"):
// typeLine reads no type from it.
func verbPeopleLine(line string) bool {
	i := 0
	for i < len(line) && isLetterByte(line[i]) {
		i++
	}
	if i == 0 || i == len(line) {
		return false
	}
	switch strings.ToLower(line[:i]) {
	case "mentor", "mentors", "mentoring", "supervise", "supervises", "supervising", "manage", "manages", "managing", "lead", "leads",
		"leading", "hire", "hires", "hiring", "train", "trains", "training", "coach", "coaches", "coaching", "onboard", "recruit",
		"recruits", "recruiting", "support", "supports", "coordinate", "coordinates", "oversee", "oversees":
		return true
	}
	return false
}
