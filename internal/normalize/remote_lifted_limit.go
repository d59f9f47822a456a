package normalize

import "strings"

// A "no" before a work-mode word can lift a limit instead of refusing the
// mode: "No remote work restrictions", "no remote work limits within the
// US". The on-site cues of the body ("no remote work", "no remote
// options") skip such a match, as the refused home working reader does.

// notRefusalWord is a word after "no <mode>" that turns the phrase into
// something other than a refusal of the mode: a lifted limit, a perk that
// is not paid, or a skill not asked for.
func notRefusalWord(w string) bool {
	switch strings.ToLower(w) {
	case "stipend", "allowance", "budget", "equipment", "setup", "cost", "costs", "expenses", "experience", "required", "needed", "necessary",
		"restriction", "restrictions", "restricted", "limit", "limits", "limitation", "limitations", "problem", "worries":
		return true
	}
	return false
}

// liftedAfter reports whether the word right after text[:end] (past
// spaces) lifts a limit rather than completing a refusal.
func liftedAfter(text string, end int) bool {
	rest := strings.TrimLeft(text[end:min(len(text), end+40)], " ")
	i := 0
	for i < len(rest) && isASCIIWord(rest[i]) {
		i++
	}
	return i > 0 && notRefusalWord(rest[:i])
}
