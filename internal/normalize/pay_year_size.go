package normalize

// Boards in the Gulf, Malaysia, Poland, Mexico or Turkey quote pay by the
// month with no period (monthlyCurrencies), but a salary band written in
// thousands above what any month pays there is a year's package: "AED
// 150K - AED 220K", "SAR 180,000 - 240,000", "zł90K - zł130K". yearFloor
// holds, per currency, the smallest amount no month's pay reaches (about
// 25,000 US dollars a month); a range whose low end reaches it is a year's.
// Currencies monthCeiling bounds use its ceiling instead, as sizeMonthUnit
// does: a range whose high end passes it is a year's ("RM60K - RM90K").
var yearFloor = map[string]float64{
	"AED": 100000, "SAR": 100000, "QAR": 100000,
	"PLN": 50000, "CZK": 300000, "ILS": 90000,
	"MXN": 200000, "TRY": 350000, "EGP": 400000,
	"PEN": 60000, "CNY": 150000, "TWD": 500000, "THB": 500000,
}

// monthTooBig reports that an amount from lo to hi in cur, stated
// without a period, is too big for a month's pay there.
func monthTooBig(cur string, lo, hi float64) bool {
	if f, ok := yearFloor[cur]; ok {
		return lo >= f
	}
	if c, ok := monthCeiling[cur]; ok {
		return hi > c[1]
	}
	return false
}

// egyptPoundRange rereads a single Egyptian pound amount whose upper bound
// is written with its own mark ("E£150K - E£250K": the pound reader stops
// at the second "E") as the range the marks reader finds from the first
// "E£", or nil when that is no range.
func egyptPoundRange(text string, lenient bool, best *payCandidate) *payCandidate {
	if best.ranged {
		return nil
	}
	i := best.start - 1
	m := markPreAt.FindStringSubmatchIndex(text[i:min(len(text), i+80)])
	if m == nil {
		return nil
	}
	for j := range m {
		if m[j] >= 0 {
			m[j] += i
		}
	}
	c := markCandidate(text, lenient, text[m[2]:m[3]], m[2], m[4], m[5], m[6], m[7], m[8], m[9], m[10], m[11], m[1])
	if c == nil || !c.ranged || c.min != best.min {
		return nil
	}
	return c
}
