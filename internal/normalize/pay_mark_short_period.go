package normalize

import "github.com/gigscout/gigscout/internal/model"

// markShortPeriod reads the British short periods (shortPeriod: "pm",
// "p/m", "pw", "p/w", dotted or not) right after an amount with a local
// mark, as English-writing South Africa, Kenya and Malaysia put them:
// "R12,000 p/m", "R8 500 pm + incentives", "RM 3,800 pm". It returns the
// unit and the length read, or "" and 0. markCandidate calls it only for
// an amount of 100 or more ("R5 pm" may be a time).
func markShortPeriod(after string) (model.PayUnit, int) {
	m := shortPeriod.FindStringSubmatchIndex(after)
	if m == nil {
		return "", 0
	}
	if m[2] >= 0 {
		return model.UnitWeek, m[3]
	}
	return model.UnitMonth, m[5]
}
