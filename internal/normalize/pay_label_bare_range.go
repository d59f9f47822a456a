package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// US and Canadian pay-transparency sentences sometimes print the band with
// no currency sign at all: "The base compensation range for this role in
// the posted location is: 60,000 - 65,000", "Base Salary starting at
// 145,000- 165,000". labelBareRangePay reads such a band as a year's pay
// only when a pay label (salary, compensation, pay, with an optional range
// or band) leads it within a short clause that ends in "is", "of", "at",
// "from" or a colon, or a range word ends the label right before the band
// ("Annual salary range 58,000 - 72,000 based on experience"), both ends are five- or six-figure amounts no more than
// three times apart, and no code, percent or "k" follows. The currency is
// the place's (listingCurrency: US dollars when no place names another, as
// textBarePay reads "76,000 - 85,000 per year"). A bare band with no pay
// label stays no pay. It is read only after every other reader found none.
var labelBareRange = newKeyRegexp(`(?i)\b(?:salary|compensation|pay)(?:\s+(?:range|band|scale)\s+|(?:\s+(?:range|band|scale))?\b[^$€£¥\d\n.;]{0,60}?(?:\bis|\bof|\bat|\bfrom|:)\s*:?\s*)(\d{2,3},\d{3}|\d{5,6})(?:\.00)?\s*(?:-|–|—|to|through|thru)\s*(\d{2,3},\d{3}|\d{5,6})(?:\.00)?\b`, 0, 140, "salary", "compensation", "pay range", "pay band", "pay scale", "base pay", "pay is", "pay for")

var labelBareRangeTail = regexp.MustCompile(`^\s*(?:[A-Za-z]{3}\b|%|[kK]\b|[$€£]|employees|users|people|members|customers)`)

func labelBareRangePay(field, text string, l *model.Listing) *model.Pay {
	for _, m := range labelBareRange.FindAllStringSubmatchIndex(text, 4) {
		if labelBareRangeTail.MatchString(text[m[1]:min(len(text), m[1]+16)]) {
			continue
		}
		lo, _ := parseAmount(text[m[2]:m[3]], "")
		hi, _ := parseAmount(text[m[4]:m[5]], "")
		if lo < 10000 || hi < lo || hi > 3*lo || hi >= 1000000 {
			continue
		}
		currency := listingCurrency(l)
		if currency == "" {
			return nil
		}
		return &model.Pay{Min: lo, Max: hi, Unit: model.UnitYear, Currency: currency, Source: model.FromText,
			Evidence: &model.Span{Field: field, Start: m[2], End: m[5], Text: text[m[2]:m[5]]}}
	}
	return nil
}
