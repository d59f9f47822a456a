package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A payment is a sum paid, not a rate (table tests in
// pay_lump_payment_test.go): "Payment: $200 (paid upon completion)",
// "One-time payment of $150", "Project fee: $120" state a project's pay,
// though an amount that small with no period is otherwise read as an
// hour's (sizeUnit). Below $60 or so the label may still name an hourly
// rate ("Payment: $25"), so those stay as they were. A range ("Payment:
// $20-$25") and an amount with its own period ("Payment: $200 per week",
// read before) are left alone.

// lumpPaymentLabel is such a label right before the amount.
var lumpPaymentLabel = regexp.MustCompile(`(?i)\b(?:payment|lump[- ]sum|total\s+pay|project\s+(?:fee|pay|budget)|flat\s+fee)\s*(?:(?::|of|is|=|-|–)\s*)?(?:a\s+total\s+of\s+)?$`)

// lumpPayment reports a single amount of 60 or more after such a label
// that sizeUnit would read as an hour's.
func lumpPayment(before string, m money) bool {
	b := before[max(0, len(before)-40):]
	if m.ranged || m.max < 60 || !(containsFold(b, "pay") || containsFold(b, "fee") || containsFold(b, "lump")) {
		return false
	}
	return sizeUnit(m) == model.UnitHour && lumpPaymentLabel.MatchString(b)
}
