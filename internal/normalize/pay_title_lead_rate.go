package normalize

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A title may open with an hourly rate written with no currency sign
// ("18/hr Warehouse Associate", "22.50/Hour Data Entry Clerk"): staffing
// boards put the rate first, and a figure right before "/hr" at the head of
// the post's name says nothing but what the hour pays. titleLeadRate reads
// such an opening rate as hourly pay in the money of the listing's place
// (US dollars when it names none). The title must go on with words after
// the rate, and the rate must lie between 5 and 250 an hour; a rate later in
// the title, "24/7", "20/hrs" or a figure with no "/hr" is left alone.

// reTitleLeadRate is the title's opening rate: a figure of up to three
// digits (and cents), a slash, "hr" or "hour", then a word.
var reTitleLeadRate = regexp.MustCompile(`(?i)^\s*((\d{1,3}(?:[.,]\d{1,2})?)\s*/\s*(?:hr|hour))\b\.?\s+\S`)

// titleLeadRate (called in listingPay when no field stated pay) is the
// hourly pay a title opens with, or nil. Titles not starting with a digit
// cost one byte check.
func titleLeadRate(title string, l *model.Listing) *model.Pay {
	t := strings.TrimLeft(title, " \t")
	if t == "" || !isDigit(t[0]) {
		return nil
	}
	m := reTitleLeadRate.FindStringSubmatchIndex(title)
	if m == nil {
		return nil
	}
	amt, err := strconv.ParseFloat(strings.Replace(title[m[4]:m[5]], ",", ".", 1), 64)
	if err != nil || amt < 5 || amt > 250 {
		return nil
	}
	return &model.Pay{Min: amt, Max: amt, Currency: listingCurrency(l), Unit: model.UnitHour, Source: model.FromText,
		Evidence: &model.Span{Field: "title", Start: m[2], End: m[3], Text: title[m[2]:m[3]]}}
}
