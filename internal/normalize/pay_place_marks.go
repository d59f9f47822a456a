package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// placeMarkCurrency sets the currency of a mark that two countries write
// by the listing's place: "Dhs"/"DH" (read as Moroccan dirhams) in the
// Emirates are UAE dirhams; "C$" (read as Canadian dollars) in Nicaragua
// is the córdoba; "Bs" (read as bolivianos) in Venezuela is the bolívar;
// "﷼" (read as Saudi riyals) in Iran, Oman, Yemen or Qatar is that
// country's rial. Table tests in pay_local_marks_more_test.go.
func placeMarkCurrency(pay *model.Pay, l *model.Listing) {
	if pay.Evidence == nil || len(l.Locations) == 0 {
		return
	}
	ev := pay.Evidence.Text
	var by map[string]string
	switch {
	case pay.Currency == "MAD" && (strings.Contains(ev, "DH") || strings.Contains(ev, "Dh") || containsFold(ev, "dirham")):
		by = map[string]string{"AE": "AED"}
	case pay.Currency == "CAD" && strings.Contains(ev, "C$") && !strings.Contains(ev, "CA$"):
		by = map[string]string{"NI": "NIO"}
	case pay.Currency == "BOB" && strings.Contains(ev, "Bs"):
		by = map[string]string{"VE": "VES"}
	case pay.Currency == "SAR" && (strings.Contains(ev, "﷼") || containsFold(ev, "riyal")):
		by = map[string]string{"IR": "IRR", "OM": "OMR", "YE": "YER", "QA": "QAR"}
	default:
		return
	}
	for _, loc := range l.Locations {
		for _, r := range Regions(loc) {
			if c, ok := by[r]; ok {
				pay.Currency = c
				return
			}
		}
	}
}
