package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay-transparency blocks (Greenhouse, Lever, Ashby descriptions) name a
// plain "$" by a code in the label before it: "Salary range (CAD):
// $110,000 - $130,000", "Hourly Range (AUD) $38 - $45". The code says
// which dollar, wherever the listing is placed.

// labelDollarCodes are the dollars a label's code may name.
var labelDollarCodes = map[string]bool{"CAD": true, "AUD": true, "NZD": true, "SGD": true, "HKD": true, "MXN": true}

// labelCodeDollar sets the currency of a plain "$" pay whose evidence
// follows, with at most a colon and spaces between, a parenthesized dollar
// code ("(CAD):"). A code further off, or one that is no dollar, is left.
func labelCodeDollar(pay *model.Pay, l *model.Listing) {
	ev := pay.Evidence
	if pay.Currency != "USD" || ev == nil || !strings.HasPrefix(ev.Text, "$") {
		return
	}
	f := evidenceField(l, ev.Field)
	if ev.Start < 5 || ev.Start > len(f) {
		return
	}
	before := strings.TrimRight(f[max(0, ev.Start-10):ev.Start], " :")
	n := len(before)
	if n < 5 || before[n-1] != ')' || before[n-5] != '(' {
		return
	}
	if code := before[n-4 : n-1]; labelDollarCodes[code] {
		pay.Currency = code
	}
}
