package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Superannuation is Australian: pay "plus super" is Australian dollars
// ("$90k + super", "$45 - $55 p.h. + super", "$120,000 + 11.5% super"),
// and pay plus KiwiSaver New Zealand dollars ("$70,000 - $85,000 +
// KiwiSaver"), even when the listing names no place, or only a remote
// one. A plain "$" read as US dollars is read as the scheme's dollars when
// its cue follows the amount (or stands anywhere in a pay field), unless
// US dollars are named or the listing is placed in the US. Table tests in
// pay_english_markets_test.go.

// superCue is superannuation said of pay: "+ super", "plus super", "incl.
// super", "inclusive of super", "and super", "11.5% super",
// "superannuation", "super guarantee". A bare "super" elsewhere ("super
// team", "supervisor") is none. kiwiSaverCue is New Zealand's scheme.
var superCue = regexp.MustCompile(`(?i)(?:\+|\bplus\b|\bincl?\.?|\bincluding\b|\binclusive\s+of\b|\band\b|&|\d\s*%)\s*super\b|\bsuperannuation\b|\bsuper\s+(?:guarantee|contributions?|fund)\b`)

var kiwiSaverCue = regexp.MustCompile(`(?i)\bkiwi\s?saver\b`)

// superDollar reads pay's "$" as Australian (or New Zealand) dollars when
// a super (or KiwiSaver) cue is said of it (see above).
func superDollar(pay *model.Pay, l *model.Listing) {
	if pay.Currency != "USD" || pay.Evidence == nil || usdNamed.MatchString(pay.Evidence.Text) || usdNamed.MatchString(l.PayText) {
		return
	}
	field := evidenceField(l, pay.Evidence.Field)
	window := field
	if pay.Evidence.Field != "pay_text" {
		end := pay.Evidence.End
		if end < 0 || end > len(field) {
			return
		}
		window = field[end:min(len(field), end+60)]
	}
	cur := ""
	switch {
	case containsFold(window, "super") && superCue.MatchString(window):
		cur = "AUD"
	case containsFold(window, "saver") && kiwiSaverCue.MatchString(window):
		cur = "NZD"
	default:
		return
	}
	for _, loc := range l.Locations {
		for _, r := range Regions(loc) {
			if r == "US" {
				return
			}
		}
	}
	pay.Currency = cur
}
