package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Employment-type wording found by the sixteenth outside round (ext12):
// German and Swiss apprenticeship titles, and a part-time title on a
// fixed-term contract.

var (
	// ext12Apprentice is a German or Swiss apprenticeship in a title:
	// "Lehrstelle Informatik", "Lernende/r Kauffrau", "Lehrling Elektriker",
	// "Auszubildende zum Koch", "Azubi Mechatronik", "Ausbildung zur
	// Pflegefachfrau". Apprentices are our interns.
	ext12Apprentice = regexp.MustCompile(`(?i)\b(?:lehrstellen?|lehrlinge?|lernende(?:/?r|n)?|auszubildende[rn]?|azubis?|ausbildungsplatz|ausbildung\s+(?:zum|zur|als))\b`)
	// ext12RunsApprentices is a role that trains or looks after apprentices
	// ("Berufsbildner für Lernende", "Ausbilder Azubis", "Betreuer Lernende"),
	// not an apprenticeship.
	ext12RunsApprentices = regexp.MustCompile(`(?i)\b(?:berufsbildner(?:in)?|ausbilder(?:in)?|betreuer(?:in)?|leiter(?:in)?|verantwortliche[r]?)\b|\bf(?:ü|ue)r\s+(?:lernende|azubis|lehrlinge|auszubildende)`)
	// ext12PartFixedTerm is a part-time title ending in a fixed term:
	// "Client Advisor part-time (limited contract)", "Verkäufer Teilzeit –
	// befristeter Vertrag": a part-time schedule on a contract of limited
	// length is part time (as a source's "Part-time temporary" is).
	ext12PartFixedTerm = regexp.MustCompile(`(?i)\b(?:part[- ]?time|teilzeit)\b.*[(\[,–—-]\s*(?:limited|fixed[- ]term|temporary|temp|befristete[rn]?)\s+(?:contract|vertrag)\s*[)\]]?\s*$`)
)

// ext12ApprenticeTitle reports an apprenticeship title (checked with the
// internship titles in ParseType, so it beats a full-time field).
func ext12ApprenticeTitle(title string) bool {
	if !containsFold(title, "lehr") && !containsFold(title, "lern") && !containsFold(title, "azubi") && !containsFold(title, "ausbild") {
		return false
	}
	return ext12Apprentice.MatchString(title) && !ext12RunsApprentices.MatchString(title)
}

// ext12TitleType (called before the title's contract cue in ParseType) is
// the title type the cue list would read as a contract: a part-time title
// on a fixed-term contract is part time. TypeUnknown otherwise.
func ext12TitleType(title string) model.JobType {
	if (containsFold(title, "part") || containsFold(title, "teilzeit")) && ext12PartFixedTerm.MatchString(title) {
		return model.TypePartTime
	}
	return model.TypeUnknown
}
