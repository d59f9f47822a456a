package normalize

import "github.com/gigscout/gigscout/internal/model"

// Yen and lei written with no period are read by their size, as Japanese
// and Romanian listings quote them. A yen amount from 60,000 to 999,999
// is a month's pay ("230000円", "初任給195000円"), one from a million up a
// year's ("1,500,000円"): the bounds are monthCeiling's (pay_place_period.go).
// A yen amount from 800 to 5,000 is an hour's ("1200円"): no month, day or
// year is paid so little, and an hour is seldom paid more. Lei are quoted
// by the month up to 60,000 ("6000 RON") and by the year above ("120000
// RON").

// hourBand holds, per currency, the amounts with no period that are an
// hour's pay.
var hourBand = map[string][2]float64{"JPY": {800, 5000}}

// sizeHourUnit is the unit sizeUnit reads for an amount with no period in
// a currency of hourBand (an hour's, within it), and whether it applies.
func sizeHourUnit(m money) (model.PayUnit, bool) {
	b, ok := hourBand[m.currency]
	if !ok || m.min < b[0] || m.max > b[1] {
		return "", false
	}
	return model.UnitHour, true
}
