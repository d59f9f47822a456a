package normalize

// A range written as two labelled fields with small figures, "Level I -
// Minimum $18.00 - Maximum $20.00", names no pay word and no period, and
// neither figure is salary-shaped, so neither was read: a lone "$18.00" in
// running text is as often a price. The two labels together name a band
// (a minimum and a maximum of the same thing, each right before its
// amount), which is what a pay word says. labelledBoundPair reports that m
// is one end of such a pair; judge then takes its period from the size, as
// it does after a pay word, and labelledBoundsRange (pay_labelled_bounds.go)
// joins the two ends. A lone "Minimum $18.00", or labels of something else
// ("Minimum order $18 - Maximum order $20"), stay as they were.

// labelledBoundPairRe is "min[imum] AMOUNT [sep] max[imum] AMOUNT" with the
// label tails minLabelBefore accepts (a slash period, a pay noun, a colon
// or comma) and a currency sign or code on both amounts. Groups 1 and 2
// are the two amounts.
var labelledBoundPairRe = newKeyRegexp(`(?i)\bmin(?:imum)?\.?`+boundPairTail+`((?:[$€£¥₹]|\b(?:usd|eur|gbp|cad|aud)\s?\$?)\s?\d[\d,.]*)\s*(?:[-–—,;/|]|\band\b|\bto\b)?\s*\bmax(?:imum)?\.?`+boundPairTail+`((?:[$€£¥₹]|\b(?:usd|eur|gbp|cad|aud)\s?\$?)\s?\d[\d,.]*)`, 0, 120, "min")

// boundPairTail is boundLabelTail without its end anchor.
const boundPairTail = `(?:\s*/\s*(?:yr|year|annum|hr|hour|mo|month|wk|week|day))?(?:\s+(?:base\s+)?(?:salary|pay|rate|wage))?(?:\s*\([^()$]{1,30}\))?\s*[:=,]?\s*`

// labelledBoundPair reports that the amount m is one of the two amounts of
// a labelled minimum and maximum pair around it.
func labelledBoundPair(text string, m money) bool {
	a, b := max(0, m.start-160), min(len(text), m.end+160)
	if !containsFold(text[a:m.start], "min") {
		return false // both ends have a "min" label before them
	}
	for _, loc := range labelledBoundPairRe.FindAllStringSubmatchIndex(text[a:b], -1) {
		for g := 2; g <= 4; g += 2 {
			if s, e := a+loc[g], a+loc[g+1]; m.start >= s && m.start < e {
				return true
			}
		}
	}
	return false
}
