package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A dollar sign written after the figure, as French-Canadian postings write
// it, may be followed by the code that says which dollar: "95 000 $ à
// 115 000 $ CAD". A dollar code right after such evidence names the
// currency; a sign written before the figure is left to the readers that
// already take its code ("$100,000 - $150,000 CAD").
func codeAfterSuffixDollar(pay *model.Pay, l *model.Listing) {
	ev := pay.Evidence
	if pay.Currency != "USD" || ev == nil || !strings.HasSuffix(strings.TrimSpace(ev.Text), "$") {
		return
	}
	f := evidenceField(l, ev.Field)
	if ev.End < 0 || ev.End > len(f) {
		return
	}
	rest := strings.TrimLeft(f[ev.End:], " \u00a0")
	if len(rest) < 3 {
		return
	}
	if code := rest[:3]; labelDollarCodes[code] && (len(rest) == 3 || !isASCIILetter(rest[3])) {
		pay.Currency = code
	}
}
