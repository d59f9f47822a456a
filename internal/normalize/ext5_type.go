package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Employment wording found by the ninth round of outside tables (see
// ext5_fix_test.go).

// titleContractFrench and titleContractGerman are fixed-term and agency
// work named in a French or German title: "Cuisinier (H/F) - Temporaire",
// "Serveur - Intérim", "Vendeur (H/F) - CDD", "Sachbearbeiter
// (befristet)". A bare "CDD" counts only set off by a bracket, dash, bar
// or comma (or "en CDD", "CDD de 6 mois"): "KYC/CDD Analyst" is customer
// due diligence. "unbefristet" (permanent) does not match: no word start.
var (
	titleContractFrench = regexp.MustCompile(`(?i)\btemporaire\b|\bint[ée]rim(?:aire)?\b|(?:[-–—(\[|,]\s*|\ben\s+)cdd\s*(?:$|[)\]|,–—-]|\bde\b|\d)`)
	titleContractGerman = regexp.MustCompile(`(?i)\bbefristet(?:e[rn]?)?\b|\bzeitarbeit\b`)
)

// foreignTitleContract reports fixed-term wording in a French or German
// title.
func foreignTitleContract(title string) bool {
	return titleContractFrench.MatchString(title) || titleContractGerman.MatchString(title)
}

// fullBeforePart reports a title naming full time before part time
// ("Full-time or part-time role"): the first named schedule decides.
func fullBeforePart(title string) bool {
	if !containsFold(title, "f") {
		return false
	}
	f := titleFull.FindStringIndex(title)
	if f == nil {
		return false
	}
	p := titlePart.FindStringIndex(title)
	return p != nil && f[0] < p[0]
}

// ext5TitleType is the title's schedule or fixed-term wording the cue list
// reads in the wrong order or not at all; TypeUnknown when there is none.
func ext5TitleType(title string) model.JobType {
	switch {
	case foreignTitleContract(title):
		return model.TypeContract
	case fullBeforePart(title):
		return model.TypeFullTime
	}
	return model.TypeUnknown
}
