package normalize

import "regexp"

// Pay notes that give two ranges often label the first one as the whole
// package and the second as the base: "Total Compensation (base and
// equity) $93k–$132k. Base Salary $83k–$114k", "Total target compensation:
// $150k - $210k. Base salary $120k - $160k", "Base + equity: ...",
// "Package including equity: ...". baseOutranksOTE (pay_base_ote.go) let a
// base figure replace one marked as OTE or "total comp" written right
// before it; these longer labels (a bracketed aside, "target", a sum of
// base and equity, a package with equity) were not seen as such, so the
// package range was kept. totalPackageMarked reports such a label right
// before the figure at start. A lone package range, with no base figure
// after it, is still read as the pay (nothing replaces it).
var totalPackageBeforeRe = regexp.MustCompile(`(?i)\b(?:total\s+(?:target\s+)?comp(?:ensation)?|total\s+target\s+(?:cash|pay|earnings)|(?:base|salary)\s*(?:\+|plus|and|&)\s*(?:equity|stock|rsus?)|package\s+(?:including|incl\.?|with)\s+(?:equity|stock|rsus?|bonus(?:es)?))(?:\s*\([^()]{0,40}\))?(?:\s+(?:pay\s+)?range)?\s*:?\s*(?:of|is|at|=|-|–)?\s*(?:up\s+to\s*)?$`)

// totalPackageMarked is the check for the figure starting at start (the
// label must end right before it, within 70 bytes).
func totalPackageMarked(text string, start int) bool {
	before := text[max(0, start-70):start]
	if !containsFold(before, "total") && !containsFold(before, "equity") && !containsFold(before, "package") && !containsFold(before, "stock") && !containsFold(before, "rsu") {
		return false
	}
	return totalPackageBeforeRe.MatchString(before)
}

// oteOrPackageBest reports that best is marked as OTE and not as a base
// (the rule of baseOutranksOTE), or that it is labelled as the whole
// package with no base word right before it. For a package label only the
// words before the figure count: "Total Compensation (base and equity)
// $93k–$132k USD Base Salary $83k–$114k" has "Base" right after the first
// range, and that word belongs to the second one.
func oteOrPackageBest(text string, best *payCandidate) bool {
	if oteMarked(text, best.start, best.end) {
		return !baseMarked(text, best.start, best.end)
	}
	return totalPackageMarked(text, best.start) && !baseMarkBefore.MatchString(text[max(0, best.start-20):best.start])
}
