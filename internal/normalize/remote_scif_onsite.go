package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Work done in a SCIF (table tests in remote_scif_onsite_test.go): a
// Sensitive Compartmented Information Facility is a secured room classified
// work may not leave, so a description that places the work in one ("the
// work is performed in a SCIF", "daily work in a SCIF environment",
// "SCIF-based position") is on-site. Read only when nothing else placed the
// work; a sentence that denies or limits it ("no SCIF access required",
// "occasional SCIF visits") or names remote or hybrid work is left alone.

// scifWork is the work placed in a SCIF; a case-sensitive "SCIF" gates it.
var scifWork = regexp.MustCompile(`(?i)\b(?:in|within|inside|at)\s+(?:an?|the|our)\s+(?:(?:accredited|secure|secured|classified|government|customer)\s+)?SCIF\b|\bSCIF[- ](?:based|environment|setting|facility|space)\b`)

// scifLimited is a sentence that denies, limits or grants a choice beside
// the SCIF.
var scifLimited = regexp.MustCompile(`(?i)\b(?:no|not|without|never|occasional(?:ly)?|periodic(?:ally)?|sometimes|visits?|travel|remote(?:ly)?|hybrid|telework\w*|from home|as needed|if needed|may be)\b`)

// reviseSCIFOnsite reads unknown work placed in a SCIF as on-site.
func reviseSCIFOnsite(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown || !strings.Contains(text, "SCIF") {
		return ri
	}
	for _, m := range scifWork.FindAllStringIndex(text, 4) {
		if !strings.Contains(text[m[0]:m[1]], "SCIF") {
			continue // the acronym, not a word spelled "scif"
		}
		s := sentenceAround(text, m[0], m[1])
		if scifLimited.MatchString(s) {
			continue
		}
		ri.Remote, ri.Evidence, ri.Regions = model.RemoteOnsite, "text: "+strings.TrimSpace(s), []string{}
		return ri
	}
	return ri
}
