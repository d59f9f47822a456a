package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Two body shapes from other projects' tables.
//
// benefitGuardCue counts a full-time cue only where it is not the
// qualifier of a benefits phrase: "full-time employee benefits are
// available" says who gets the benefits, not what the role is. Any other
// match in the text still counts.
type benefitGuardCue struct {
	re interface {
		FindAllStringIndex(string, int) [][]int
	}
}

func (g benefitGuardCue) MatchString(text string) bool {
	for _, loc := range g.re.FindAllStringIndex(text, 8) {
		if !benefitsFollow(text[loc[1]:]) && !benefitsLead(text[max(0, loc[0]-48):loc[0]]) && !fullCueDenied(text, loc[0], loc[1]) { // "not a full-time role" (type_body_kind_choices.go)
			return true
		}
	}
	return false
}

// benefitsBefore is a benefits phrase that names whom it is for right
// before a full-time cue: "Benefits for a full-time position include
// medical", "benefits are offered to full-time employees". The cue then
// says who gets the benefits, as it does before "benefits".
var benefitsBefore = regexp.MustCompile(`(?i)\bbenefits?\s+(?:(?:are\s+|is\s+)?(?:offered|available|provided|given|extended)\s+)?(?:for|to)\s+(?:(?:a|an|all|our|eligible)\s+)?$`)

// benefitsLead reports benefitsBefore at the end of before; only text
// holding "benefit" is matched.
func benefitsLead(before string) bool {
	return containsFold(before, "benefit") && benefitsBefore.MatchString(before)
}

// benefitsFollow reports whether rest starts (after spaces and an
// optional "employee") with "benefit(s)", "perks" or "package".
func benefitsFollow(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if len(rest) >= 8 && strings.EqualFold(rest[:8], "employee") {
		rest = strings.TrimLeft(rest[8:], " ")
	}
	for _, w := range [...]string{"benefit", "perks", "package"} {
		if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) {
			return true
		}
	}
	return false
}

// sowBody is work done under a statement of work, the contracting
// paper of an outside engagement: "work under a statement of work",
// "an SOW-based engagement". A statement of work named as a task
// ("write SOWs", "manage statements of work") is not one.
var sowBody = newKeyRegexp(`(?i)\b(?:(?:under|on|via|through|per)\s+(?:an?\s+|the\s+)?(?:statement[- ]of[- ]work|sow)\b|(?:statement[- ]of[- ]work|sow)[- ]?(?:based|basis)\b|(?:statement[- ]of[- ]work|sow)\s+(?:engagement|contract|role|position|assignment)\b)`, 40, 40,
	"statement", "sow")

// sowBodyType reads the statement-of-work frame as a contract.
func sowBodyType(text string) model.JobType {
	if sowBody.MatchString(text) {
		return model.TypeContract
	}
	return model.TypeUnknown
}
