package normalize

import "github.com/gigscout/gigscout/internal/model"

// A range of pounds with no period between £250 and £1,000 is a day rate:
// British contract roles are advertised "£400 - £600" (inside or outside
// IR35), while a week's wage is written with its period ("£450 per week")
// and a month's or a year's pay is larger. A single amount so written stays
// a fee (a bonus, a referral reward), as sizeUnit reads it. Table tests in
// pay_english_markets_test.go.

// sizeDayUnit is the unit sizeUnit reads for such a range, and whether it
// applies.
func sizeDayUnit(m money) (model.PayUnit, bool) {
	if m.currency != "GBP" || !m.ranged || m.min < 250 || m.max > 1000 || m.max <= m.min {
		return "", false
	}
	return model.UnitDay, true
}
