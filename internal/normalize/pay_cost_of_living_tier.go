package normalize

import "strings"

// A posting may give its band by cost-of-living tier: "Higher cost of
// living areas: $150,000-$180,000; lower cost of living areas:
// $130,000-$160,000". "cost of living" is a cue of badBefore (a cost of
// living allowance or adjustment is no pay) and "cost" one of fundingNear
// (salaryShaped), but followed by a word for places it only labels where
// the band applies.

// costOfLivingPlaces are the words after "cost of living" that make it a
// label of places.
var costOfLivingPlaces = []string{"area", "region", "location", "market", "zone", "tier", "cities", "city", "geograph"}

// maskCostOfLivingPlaces writes over each "cost of living" in s that a
// word for places follows with letters that are no cue, keeping the
// length; s itself when there is none.
func maskCostOfLivingPlaces(s string) string {
	const key = "cost of living"
	var b []byte
	for from := 0; from < len(s); {
		i := indexFold(s[from:], key)
		if i < 0 {
			break
		}
		i += from
		from = i + len(key)
		rest := s[from:]
		rest = rest[skipSpaces(rest, 0):]
		place := false
		for _, w := range costOfLivingPlaces {
			if hasPrefixFold(rest, w) {
				place = true
				break
			}
		}
		if !place {
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		for j := i; j < from; j++ {
			if b[j] != ' ' {
				b[j] = 'x'
			}
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// costOfLivingTier reports that before (the text before text[start:end])
// holds a cost-of-living label of places and that, with that label
// masked, nothing else in before is a cue for money that is not pay
// (badBefore). A lower tier ("lower", "low", "reduced") is the pay only
// when no other amount is signed in the text: beside the standard or a
// higher tier it stays out, as before.
func costOfLivingTier(text, before string, start, end int) bool {
	if !containsFold(before, "cost of living") {
		return false
	}
	masked := maskCostOfLivingPlaces(before)
	if masked == before || badBefore.MatchString(masked) {
		return false
	}
	i := strings.LastIndex(strings.ToLower(before), "cost of living")
	lead := strings.ToLower(strings.TrimRight(before[max(0, i-9):i], " "))
	if !strings.HasSuffix(lead, "lower") && !strings.HasSuffix(lead, "low") && !strings.HasSuffix(lead, "reduced") {
		return true
	}
	return strings.IndexAny(text[:start], "$€£") < 0 && strings.IndexAny(text[end:], "$€£") < 0
}
