package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Three late description cues, each gated by a literal word before any
// regexp runs.
//
// A French CDI named as where a post may lead ("évolution en CDI",
// "débouchant sur un CDI", "un CDI à la clé", "possibilité de CDI") is a
// prospect, like the English "may lead to a permanent contract"
// (type_body_prospects.go): frenchProspect finds it and maskProspects
// blanks it, so the CDI is not read as the post's own contract.
var frenchProspect = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:[ée]volution|passage|embauche|d[ée]bouch\pL*|perspectives?|possibilit[ée]s?)\s+(?:possible\s+)?(?:en|vers\s+(?:un|le)|sur\s+(?:un|le)|de|d['’]un)\s+CDI\b|\bCDI\s+[àa]\s+la\s+cl[ée]`, 40, 40,
	"cdi")

// travelAssignment is a travel assignment of a set number of weeks ("a
// 13-week travel assignment", "travel assignment of 8 weeks"): travel
// nursing and allied health staff work such assignments on contract.
var travelAssignment = newKeyRegexp(`(?i)\b\d{1,2}[- ]weeks?\s+travel\s+assignments?\b|\btravel\s+assignments?\s+(?:of|lasting)\s+\d{1,2}\s+weeks\b`, 20, 40,
	"travel")

// placementOffer is India's pre-placement offer (PPO), the job offer a
// company makes to its interns at the end of the internship.
var placementOffer = regexp.MustCompile(`(?i)\bpre[- ]?placement\s+offers?\b`)

// travelOrPlacementType is contract for a travel assignment of set weeks,
// and internship for a description that pays a stipend and holds out a
// pre-placement offer (both are needed: a stipend alone may be a benefit,
// and a campus hiring page may name offers to last year's interns);
// unknown otherwise.
func travelOrPlacementType(text string) model.JobType {
	if containsFold(text, "travel") && containsFold(text, "week") && travelAssignment.MatchString(text) {
		return model.TypeContract
	}
	if containsFold(text, "placement") && containsFold(text, "stipend") && placementOffer.MatchString(text) {
		return model.TypeInternship
	}
	return model.TypeUnknown
}
