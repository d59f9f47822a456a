package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay fields written the way Hindi and Urdu speakers say pay in Latin
// letters (the currency is left to the listing's place, as for any bare
// pay field):
//
//   - "hazar" or "hazaar" (a thousand) after a figure: "22 hazar";
//   - "se" between the bounds of a range: "15 se 19 hazar";
//   - the period as a word: "mahina", "mahine", "mahinay" or "per mahina" (a
//     month), "salana", "saalana" or "saal" (a year), before or after the
//     amount ("mahine ke 17 hazaar", "salana 3.6 lakh").
//
// The field must hold nothing else, and the period must be written: a bare
// "22 hazar" is left unread (barePay reads sizes only for plain figures).
var hindiBarePayRe = regexp.MustCompile(`(?i)^\s*(?:(mahine|mahina|mahinay)\s+(?:ke|ka|ki)\s+|(salana|saalana)\s+)?(` + number + `)\s*(hazaa?r|k|lakhs?|lacs?)?\s*(?:(?:-|–|to|se)\s*(` + number + `)\s*(hazaa?r|k|lakhs?|lacs?)?)?\s*(?:(?:per\s+|har\s+|ek\s+)?(mahina|mahine|mahinay)|(salana|saalana|saal))?\s*\.?\s*$`)

// hindiBarePay reads such a field; nil when the field is not one.
func hindiBarePay(field, text string) *model.Pay {
	if len(text) > 60 || !(hasFold(text, "hazar") || hasFold(text, "hazaar") || hasFold(text, "mahin") || hasFold(text, "salana") || hasFold(text, "saalana")) {
		return nil
	}
	m := hindiBarePayRe.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	g := func(i int) string { return strings.ToLower(group(text, m, i)) }
	var unit model.PayUnit
	switch {
	case g(1) != "" || g(7) != "":
		unit = model.UnitMonth
	case g(2) != "" || g(8) != "":
		unit = model.UnitYear
	default:
		return nil // no period written
	}
	mul := func(w string) string {
		if strings.HasPrefix(w, "haz") {
			return "k"
		}
		return w
	}
	lo, big := parseAmount(g(3), mul(g(4)))
	hi, big2 := lo, false
	if g(5) != "" {
		hi, big2 = parseAmount(g(5), mul(g(6)))
		if g(4) == "" && g(6) != "" {
			lo, big = parseAmount(g(3), mul(g(6))) // "15 se 19 hazar": the thousand holds for both
		}
	}
	if big || big2 || lo <= 0 || hi < lo {
		return nil
	}
	start := m[6]
	if m[2] >= 0 {
		start = m[2]
	} else if m[4] >= 0 {
		start = m[4]
	}
	end := trimEnd(text, start, m[1])
	return &model.Pay{Min: lo, Max: hi, Unit: unit, Source: model.FromText,
		Evidence: &model.Span{Field: field, Start: start, End: end, Text: text[start:end]}}
}
