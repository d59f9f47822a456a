package normalize

import "github.com/gigscout/gigscout/internal/textcue"

// Two title and location checks asked a plain regexp about every title
// or remote location; their words are checked first (in any ASCII case).
// TestNormspeed10TypeGuards checks the words on matches spelled from the
// regexps themselves.

// foreignTitleContractGuarded is titleContractFrench or titleContractGerman
// matching title. Every French match holds "temporaire", "rim" (intérim,
// interim, intérimaire) or "cdd"; every German one "befristet" or
// "zeitarbeit", but "befriſtet" matches too (ſ folds to s), so a title
// holding ſ or the Kelvin sign runs the regexps.
func foreignTitleContractGuarded(title string) bool {
	if reference || textcue.SlowText(title) {
		return titleContractFrench.MatchString(title) || titleContractGerman.MatchString(title)
	}
	return (containsFold(title, "temporaire") || containsFold(title, "rim") || containsFold(title, "cdd")) && titleContractFrench.MatchString(title) ||
		(containsFold(title, "befristet") || containsFold(title, "zeitarbeit")) && titleContractGerman.MatchString(title)
}

// iberianNoRemoteIn is iberianNoRemote.MatchString(loc) for a location
// holding "remot": every match holds "remoto" or "remota".
func iberianNoRemoteIn(loc string) bool {
	if !reference && !containsFold(loc, "remoto") && !containsFold(loc, "remota") {
		return false
	}
	return iberianNoRemote.MatchString(loc)
}
