package normalize

import "strings"

// moreCodes are the ISO codes of currencies with job boards of their own
// that the money scanner reads besides those written out in money.go:
// the Balkans (BGN, BAM, MKD, HRK), the Caucasus and Central Asia (GEL,
// AMD, AZN, UZS, TJS, TMT, MNT, BYN), Southern and Eastern Africa (ZMW,
// MWK, BWP, NAD, MZN, AOA, MUR, SZL, LSL, SCR, MGA, BIF, DJF, ERN), West
// and Central Africa (GNF, CDF, GMD, LRD, SLE, SLL, MRU), the Middle East
// (LBP, IQD, IRR, SYP, YER, LYD, AFN), South and Southeast Asia (LAK, KHR,
// MMK, BND, MVR, BTN, MOP), Latin America and the Caribbean (PYG, HNL,
// NIO, DOP, PAB, CRC, GTQ, BOB, VES, HTG, JMD, TTD, GYD, BBD, BZD, XCD),
// the Pacific (FJD, PGK) and Iceland (ISK); and "GHC", the cedi's old
// code Ghanaian boards still print, and "FRW", the Rwandan franc as
// Rwanda writes it. Left out as words or acronyms read far more often
// than the currency before a figure: ALL (Albanian lek), TOP (paʻanga),
// CUP, SOS, SDG (the Sustainable Development Goals, "SDG 4"), SSP (UK
// statutory sick pay), CVE (vulnerability numbers), KGS (kilograms).
// Table tests and traps in money_more_codes_test.go.
const moreCodesAlt = `BGN|BAM|MKD|HRK|GEL|AMD|AZN|UZS|TJS|TMT|MNT|BYN|ZMW|MWK|BWP|NAD|MZN|AOA|MUR|SZL|LSL|SCR|MGA|BIF|DJF|ERN|` +
	`GNF|CDF|GMD|LRD|SLE|SLL|MRU|LBP|IQD|IRR|SYP|YER|LYD|AFN|LAK|KHR|MMK|BND|MVR|BTN|MOP|` +
	`PYG|HNL|NIO|DOP|PAB|CRC|GTQ|BOB|VES|HTG|JMD|TTD|GYD|BBD|BZD|XCD|FJD|PGK|ISK|GHC|FRW`

// moreCodeISO maps the codes of moreCodesAlt that are no ISO code of
// their own to the one they stand for.
var moreCodeISO = map[string]string{"GHC": "GHS", "FRW": "RWF"}

func init() {
	for _, c := range strings.Split(moreCodesAlt, "|") {
		iso := c
		if o, ok := moreCodeISO[c]; ok {
			iso = o
		}
		currencies[strings.ToLower(c)] = iso
		extraCodes[c] = true
		currencyCodes[c] = true
	}
}

// moreSigns are the signs of moreCodesAlt's currencies that no other
// currency writes: "₲ 4.000.000" (guaraní), "₡650.000" (colón), "₭"
// (kip), "៛" (riel), "₼" (manat), "₾" (lari), "֏" (dram), "₮" (tögrög);
// and "﷼", the rial sign, read as Saudi riyals unless the listing is in
// Iran, Oman, Yemen or Qatar (placeMarkCurrency, pay_place_marks.go).
var moreSigns = map[string]string{"₲": "PYG", "₡": "CRC", "₭": "LAK", "៛": "KHR", "₼": "AZN", "₾": "GEL", "֏": "AMD", "₮": "MNT", "﷼": "SAR"}

// moreSignsAlt is moreSigns as a regexp alternation.
const moreSignsAlt = `₲|₡|₭|៛|₼|₾|֏|₮|﷼`

func init() {
	for sign, iso := range moreSigns {
		currencies[sign] = iso
	}
}

// moreSignAt is the sign of moreSigns s starts with, or "". Each starts
// with byte 0xD6 (֏), 0xE1 (៛), 0xE2 (the ₲ to ₾ block) or 0xEF (﷼).
func moreSignAt(s string) string {
	if len(s) < 2 {
		return ""
	}
	switch s[0] {
	case 0xD6:
		if strings.HasPrefix(s, "֏") {
			return "֏"
		}
	case 0xE1:
		if strings.HasPrefix(s, "៛") {
			return "៛"
		}
	case 0xEF:
		if strings.HasPrefix(s, "﷼") {
			return "﷼"
		}
	case 0xE2:
		if len(s) >= 3 && s[1] == 0x82 {
			for _, sign := range [...]string{"₲", "₡", "₭", "₼", "₾", "₮"} {
				if strings.HasPrefix(s, sign) {
					return sign
				}
			}
		}
	}
	return ""
}
