package normalize

import (
	"regexp"
	"strings"
)

// Local currency marks written with letters that no ISO code or sign names,
// read when no other amount was pay (after the marks of
// pay_currency_marks_more.go): after the amount the Moroccan dirham's
// "DH"/"Dhs" ("7 000 DH par mois"; in the Emirates the UAE dirham, see
// placeMarkCurrency), the Algerian "DA", the Tunisian "DT", the Bosnian
// convertible mark's "KM", the Croatian kuna's "kn", the Egyptian "LE", the
// Angolan "Kz", the Malagasy "Ar", the Macedonian "ден." and the Serbian
// "din."/"дин." and their words, and the Arabic abbreviations "د.إ", "ر.س",
// "ل.ل", "د.ع", "د.م.", "د.ج", "د.ت"; before it "Dhs"/"DH", the first four
// Arabic ones, the Ethiopian "Br", the Paraguayan "Gs.", the Panamanian
// "B/.", the Egyptian "LE", the Malawian "MK" and the Bhutanese "Nu."; on
// either side the Czech koruna's "Kč" typed without its háček, "Kc".
// Marks that are also words or units ("DA", "DT", "KM" kilometres, "kn"
// knots, "LE", "Ar", "Br", "MK", "Kc") are read only in a pay field, after a pay
// word or label, or (but "KM") with a period after them; "Gs.", "MK" and "Ar" need a
// figure of 10,000 or more, as those currencies' salaries run to hundreds
// of thousands. The bare "K" of the kyat and the kwacha, the "L" of the
// lempira and the "P" of the pula are left out: they are thousands, litres
// and too many other things. Table tests and traps in
// pay_local_marks_more_test.go.

// localMarkCurrencies maps each mark to its currency.
var localMarkCurrencies = map[string]string{
	"DH": "MAD", "DHS": "MAD", "Dh": "MAD", "Dhs": "MAD", "DA": "DZD", "DT": "TND", "KM": "BAM", "kn": "HRK",
	"LE": "EGP", "L.E.": "EGP", "L.E": "EGP", "Kz": "AOA", "Ar": "MGA",
	"ден.": "MKD", "денари": "MKD", "денара": "MKD", "din.": "RSD", "дин.": "RSD", "динара": "RSD", "dinara": "RSD",
	"د.إ": "AED", "ر.س": "SAR", "ل.ل": "LBP", "د.ع": "IQD", "د.م.": "MAD", "د.م": "MAD", "د.ج": "DZD", "د.ت": "TND",
	"Br": "ETB", "Gs": "PYG", "Gs.": "PYG", "B/.": "PAB", "MK": "MWK", "Nu.": "BTN",
	"Kc": "CZK", // the koruna's "Kč" typed without its háček ("45 000 Kc", "Kc1,435,600")
	// The Gulf in English: "SR 8,000 monthly", "10,000 riyals per month",
	// "12,000 dirhams monthly" (riyals in Qatar, Oman or Yemen and dirhams
	// in the Emirates take their country's code by place: placeMarkCurrency).
	"SR": "SAR", "riyal": "SAR", "riyals": "SAR", "Riyal": "SAR", "Riyals": "SAR",
	"dirham": "MAD", "dirhams": "MAD", "Dirham": "MAD", "Dirhams": "MAD",
}

// localMarkLoose are the marks that are also words or units.
var localMarkLoose = map[string]bool{"DA": true, "DT": true, "KM": true, "kn": true, "LE": true, "L.E": true, "Ar": true, "Br": true, "MK": true, "Kc": true,
	"SR": true, "riyal": true, "riyals": true, "Riyal": true, "Riyals": true, "dirham": true, "dirhams": true, "Dirham": true, "Dirhams": true}

// localMarkBig are the marks whose amounts are read from 10,000.
var localMarkBig = map[string]bool{"Gs": true, "Gs.": true, "MK": true, "Ar": true}

const (
	localMarkPost = `[Rr]iyals?|[Dd]irhams?|DHS?|Dhs?|DA|DT|KM|Kc|kn|L\.E\.?|LE|Kz|Ar|ден\.|денар[иа]|din\.|дин\.|динара|dinara|د\.إ|ر\.س|ل\.ل|د\.ع|د\.م\.?|د\.ج|د\.ت`
	localMarkPre  = `SR|DHS?|Dhs?|Kc|Br|Gs\.?|B/\.|L\.E\.?|LE|MK|Nu\.|د\.إ|ر\.س|ل\.ل|د\.ع`
)

var (
	// localMarkAfterRe is an amount or range with a mark after it.
	localMarkAfterRe = regexp.MustCompile(`(` + markNum + `)(?:\s*` + markSep + `\s*(` + markNum + `))?[ \x{00a0}]?(` + localMarkPost + `)(?:[^\p{L}\p{N}]|$)`)
	// localMarkBeforeRe is one with a mark before it (the mark may be
	// written again before the second end).
	localMarkBeforeRe = regexp.MustCompile(`(?:^|[^\p{L}\p{N}$/.])(` + localMarkPre + `)[ \x{00a0}]?(` + markNum + `)(?:\s*` + markSep + `\s*(?:` + localMarkPre + `)?[ \x{00a0}]?(` + markNum + `))?`)
)

// localMarkAfterHeads are the starts of the marks after an amount and
// localMarkBeforeHeads the marks before one, as the gate looks for them;
// markAfterHead their first bytes.
var localMarkAfterHeads = [...]string{"DH", "Dh", "DA", "DT", "KM", "Kc", "Kz", "kn", "L.E", "LE", "Ar", "din.", "dinara", "ден", "дин", "د.", "ر.س", "ل.ل", "riyal", "Riyal", "dirham", "Dirham"}

var markAfterHead = func() (t [256]bool) {
	for _, h := range localMarkAfterHeads {
		t[h[0]] = true
	}
	return t
}()

var localMarkBeforeHeads = [...]string{"SR", "DH", "Dh", "Kc", "Br", "Gs", "B/.", "LE", "L.E", "MK", "Nu.", "د.إ", "ر.س", "ل.ل", "د.ع"}

// hasLocalMarkMore is localMarksMorePay's cheap gate: a digit, at most one
// space, and a byte that may start a mark after it; or a mark before one
// at a word's start with a digit after it and at most one space between.
func hasLocalMarkMore(text string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if isDigit(c) {
			j := i + 1
			if j < len(text) && text[j] == ' ' {
				j++
			} else if strings.HasPrefix(text[j:], "\u00a0") {
				j += 2
			}
			if j < len(text) && markAfterHead[text[j]] {
				for _, h := range localMarkAfterHeads {
					if strings.HasPrefix(text[j:], h) {
						return true
					}
				}
			}
			continue
		}
		if (c == 'D' || c == 'K' || c == 'B' || c == 'G' || c == 'L' || c == 'M' || c == 'N' || c == 'S' || c == 0xD8 || c == 0xD9) && (i == 0 || !isWordByte(text[i-1])) {
			for _, h := range localMarkBeforeHeads {
				if strings.HasPrefix(text[i:], h) {
					j := i + len(h)
					for j < len(text) && j-i-len(h) < 3 && (text[j] == ' ' || text[j] == '.' || text[j] == 's' || text[j] == 'S') {
						j++
					}
					if j < len(text) && isDigit(text[j]) {
						return true
					}
				}
			}
		}
	}
	return false
}

// localMarksMorePay reads the first amount with one of these marks that
// is pay, or nil.
func localMarksMorePay(text string, lenient bool) *payCandidate {
	if !hasLocalMarkMore(text) {
		return nil
	}
	try := func(mark string, start, n1a, n1b, n2a, n2b, end int) *payCandidate {
		if localMarkLoose[mark] && !lenient && !markPayCue(text, start) && (mark == "KM" || !localMarkPeriodAfter(text[end:])) {
			return nil // "12 DA reviews", "2.000 KM of roads", "2.000 KM per month": a word or a unit
		}
		if localMarkBig[mark] {
			if v, _ := parseAmount(strings.NewReplacer(" ", "", "\u00a0", "").Replace(text[n1a:n1b]), ""); v < 10000 {
				return nil // "MK 2", "Gs 3": a name, a grade
			}
		}
		return markCandidate(text, lenient, mark, start, n1a, n1b, -1, -1, n2a, n2b, -1, -1, end)
	}
	for _, m := range localMarkAfterRe.FindAllStringSubmatchIndex(text, 6) {
		end := m[7]
		if c := try(text[m[6]:m[7]], m[2], m[2], m[3], m[4], m[5], end); c != nil {
			return c
		}
	}
	for _, m := range localMarkBeforeRe.FindAllStringSubmatchIndex(text, 6) {
		if c := try(text[m[2]:m[3]], m[2], m[4], m[5], m[6], m[7], m[1]); c != nil {
			return c
		}
	}
	return nil
}

// localMarkPeriodAfter reports a period right after a mark, in English,
// in the languages markCandidate reads or in Bosnian, Croatian, Serbian
// and Macedonian ("mjesečno", "mesečno", "месечно").
func localMarkPeriodAfter(after string) bool {
	after = after[:min(len(after), 60)]
	if localPeriodAfter.MatchString(after) || unitAfter.MatchString(after) {
		return true
	}
	_, _, ok := worldPeriodAfter(after)
	return ok || balkanPeriodAfter.MatchString(after)
}

// balkanPeriodAfter is a month or a year in Bosnian, Croatian, Serbian
// and Macedonian, with "neto" or "bruto" before it.
var balkanPeriodAfter = regexp.MustCompile(`(?i)^\s*(?:neto|bruto|нето|бруто)?\s*(?:/\s*|na\s+|po\s+|на\s+|по\s+)?(?:mjese[čc]no|mese[čc]no|месечно|mjesec|mesec|месец|godi[šs]nje|годишно|godinu|година)`)

func init() {
	for mk, cur := range localMarkCurrencies {
		if _, ok := markCurrency[mk]; !ok {
			markCurrency[mk] = cur
		}
	}
}
