package normalize

import "github.com/gigscout/gigscout/internal/model"

// rupiahShortMillions reads a month's rupiah pay written in millions with
// the count word left out: "Rp 8 - Rp 12 per month", "Rp 6,5 / bulan".
// A month's pay in rupiah runs to millions, so an amount marked "Rp" with
// no count word and under a hundred (as rupiah, less than a cent) is the
// number of millions. Other periods (an hour, a day) and larger bare
// numbers are left as written.
func rupiahShortMillions(rp bool, mul1, mul2 string, unit model.PayUnit, lo, hi float64) (float64, float64) {
	if !rp || mul1 != "" || mul2 != "" || max(lo, hi) >= 100 || unit != "" && unit != model.UnitMonth {
		return lo, hi
	}
	return lo * 1e6, hi * 1e6
}
