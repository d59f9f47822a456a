package normalize

// The Kuwaiti, Bahraini and Jordanian dinars and the Omani rial are worth
// two to three and a half US dollars each, so a month's pay in them is a
// small number: a driver's "OMR 180 – 220", a guard's "KWD 150 - 200 /
// month", an engineer's "BHD 1,200". Gulf boards (Bayt, GulfTalent,
// Naukrigulf, Akhtaboot) quote them by the month with no period, as they
// do the dirham and the riyal (monthlyCurrencies); money.go reads the
// codes with the other Gulf ones. The floor and ceiling below keep a month's
// pay from being read as an hour's (any amount from 50 up) and a year's
// package (from 10,000 up) from being read as a month's.
func init() {
	for _, c := range []string{"KWD", "OMR", "BHD"} {
		monthCeiling[c] = [2]float64{50, 9999}
	}
	monthCeiling["JOD"] = [2]float64{100, 14999} // the Jordanian dinar is worth about 1.4 US dollars
}
