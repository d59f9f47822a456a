package normalize

import (
	"regexp"
	"strings"
)

// Two ways a posting lists several amounts that together make one pay
// range:
//
//   - one range per place, each after its own "Place:" label, when one of
//     the labels is "Remote" or a pay zone or location tier ("Denver:
//     $80,000 - $95,000. Remote: $75,000 - $90,000.", "Zone A: ... Zone
//     B: ...", "Tier 2: ... Tier 1 (…): ..."): the job is
//     open across them, so the pay runs from the lowest end to the
//     highest. Labels that are only cities keep the first range, as the
//     country-label rule expects (pay_country_labels.go);
//   - one amount per year of a multi-year stipend ("₹18,000 (Year 1) |
//     ₹19,500 (Year 2)"): the pay runs from the first year's to the last's.
//
// bestPay reads only the first of them; siblingSpans widens it.

var (
	// placeLabelBefore is a short label of words and a colon right before
	// the first range: "Boston:", "San Diego:", "Remote (US):".
	placeLabelBefore = regexp.MustCompile(`(?:^|[.;\n]\s*|^\s*)([A-Za-z][A-Za-z0-9 '/&()-]{1,30}):\s*$`)
	// placeLabelNext is the separator and label between two such ranges;
	// its label may list towns in brackets ("Tier 1 (SF, NYC):").
	placeLabelNext = regexp.MustCompile(`^\s*[.;,|]?\s*([A-Za-z][A-Za-z0-9 ,'/&()-]{1,30}):\s*`)
	// yearTagAfter is a year-of-stipend tag after an amount, with the
	// Indian "/-" (no paise) mark: "/- (Year 1)", "(Yr 2)".
	yearTagAfter = regexp.MustCompile(`(?i)^\s*(?:/-)?\s*\(\s*(?:year|yr)\s*(\d)\s*\)`)
	// yearTagNext is the separator between two tagged amounts.
	yearTagNext = regexp.MustCompile(`^\s*[|,;/]?\s*(?:and\s+)?`)
	// openPlaceLabel is a place label that covers more than one city: a
	// remote option or a numbered or lettered pay zone or location tier.
	openPlaceLabel = regexp.MustCompile(`(?i)^\s*(?:remote\b|(?:zone|tier|geo|region|area|market|location)\s*[a-z0-9]\b)`)
	// payPartLabel is a label word that names a part of the pay or a
	// grade, not a place.
	payPartLabel = regexp.MustCompile(`(?i)\b(?:bonus|equity|commissions?|ote|stipend|relocation|sign(?:ing|-on)?|allowances?|benefits?|referral|diem|budget|stock|rsus?|incentives?|overtime|shift|differential|tips?|contract|hourly|salary|base|pay|range|compensation|total|min(?:imum)?|max(?:imum)?|level|band|grade|step)\b`)
)

// labelNotPlace reports a label that names a part of the pay, not a
// place or a group of places: such ranges are not alternatives of one
// salary.
func labelNotPlace(label string) bool {
	return payPartLabel.MatchString(label)
}

// siblingSpans widens best over the sibling amounts that follow it (see
// above). Each sibling must be read the same way: same currency, same
// unit, and the whole span at most three times its low end.
func siblingSpans(text string, lenient bool, best *payCandidate) *payCandidate {
	if best == nil || best.end >= len(text) {
		return best
	}
	if best.ranged {
		// Only the few bytes before the range can hold its label.
		before := text[max(0, best.start-48):best.start]
		if !strings.HasSuffix(strings.TrimRight(before, " "), ":") {
			return best
		}
		m := placeLabelBefore.FindStringSubmatch(before)
		if m == nil || labelNotPlace(m[1]) {
			return best
		}
		return spanSiblings(text, lenient, best, placeLabelNext, true, openPlaceLabel.MatchString(m[1]))
	}
	if after := text[best.end:min(len(text), best.end+24)]; strings.Contains(after, "(") && yearTagAfter.MatchString(after) {
		return spanSiblings(text, lenient, best, yearTagNext, false, true)
	}
	return best
}

// spanSiblings reads the amounts after best one by one while each is
// introduced by next (and, for place ranges, is itself a range after a
// place label; for year amounts, is itself followed by a year tag).
// open says the first place label already covers more than one city
// (year amounts pass true); place ranges are joined only when some label
// does.
func spanSiblings(text string, lenient bool, best *payCandidate, next *regexp.Regexp, places, open bool) *payCandidate {
	w := *best
	pos := best.end
	if !places {
		pos += len(yearTagAfter.FindString(text[pos:]))
	}
	found := false
	for k := 0; k < 6 && pos < len(text); k++ {
		m := next.FindStringSubmatchIndex(text[pos:])
		if m == nil {
			break
		}
		label := ""
		if places {
			label = text[pos+m[2] : pos+m[3]]
			if labelNotPlace(label) {
				break
			}
		}
		at := pos + m[1]
		d := bestPay(text[at:], lenient)
		if d == nil || d.start != 0 || d.currency != w.currency || d.unit != w.unit || places && !d.ranged {
			break
		}
		end := at + d.end
		if !places {
			t := yearTagAfter.FindString(text[end:])
			if t == "" {
				break
			}
			end += len(t)
		}
		lo, hi := min(w.min, d.min), max(w.max, d.max)
		if lo <= 0 || hi > 3*lo {
			break
		}
		w.min, w.max, w.ranged = lo, hi, true
		w.end = at + d.end
		pos = end
		found = true
		open = open || places && openPlaceLabel.MatchString(label)
	}
	if !found || !open {
		return best
	}
	return &w
}
