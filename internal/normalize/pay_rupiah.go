package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Indonesian listings write rupiah as "Rp" (or "Rp.") before the amount,
// glued or spaced ("Rp10.000.000", "Rp 8.000.000 - Rp 12.000.000"), and
// count millions and thousands with words: "jt" / "juta" (a million) and
// "rb" / "ribu" (a thousand): "Rp 5 jt - 7 jt", "8 - 12 juta", "Rp 500rb
// per hari". Their periods follow "per" or "/": bulan (a month), hari (a
// day), minggu (a week), tahun (a year), jam (an hour); "sebulan" is "a
// month". The code "IDR" is read by scanMoney; this reader adds what it
// lacks: "Rp", the count words and the Indonesian periods.

// rupiahNum is an amount as Indonesian boards write it: thousands grouped by
// points or commas ("10.000.000", "15,000,000", with ",00" or ",-" after
// them), plain digits ("10000000") or a decimal before a count word ("12.5",
// "2,8").
const rupiahNum = `\d{1,3}(?:[.,]\d{3})+(?:,\d{2}|,-)?|\d+(?:[.,]\d{1,2})?`

// rupiahAmount is one amount or a range of two, each end with an optional
// marker before it and an optional count word after it; the range is
// joined by a dash, a tilde, "s/d" or "s.d." (sampai dengan, up to),
// "sampai", "hingga" or "to".
var rupiahAmount = regexp.MustCompile(`(?:\b(Rp\.?|RP\.?|IDR)\s?)?(` + rupiahNum + `)\s?(jt|juta|Juta|JUTA|JT|Jt|rb|ribu|[kK])?\b` +
	`(?:\s*(?:-|–|—|~|s/d|s\.d\.?|sampai(?:\s+dengan)?|hingga|to)\s*(?:(Rp\.?|RP\.?|IDR)\s?)?(` + rupiahNum + `)\s?(jt|juta|Juta|JUTA|JT|Jt|rb|ribu|[kK])?\b)?`)

// rupiahPeriod is the period after a rupiah amount: Indonesian after "per",
// "/" or "tiap" ("per bulan", "/hari"), or fused with "se-" (a, one:
// "sebulan"); the English ones are unitAfter's.
var rupiahPeriod = regexp.MustCompile(`(?i)^\s*(?:,-\s*)?(?:(?:gross|nett?|kotor|bersih)\s*)?(?:(?:per|/|tiap|setiap)\s*(bulan|bln|hari|minggu|tahun|thn|jam)|se(bulan|hari|minggu|tahun|jam))\b`)

// rupiahPayWord is a pay word before an amount in running text, Indonesian
// or English: gaji (salary), upah (wage), honor / honorarium, penghasilan
// (earnings), take home pay (THP), kompensasi.
var rupiahPayWord = regexp.MustCompile(`(?i)\b(?:gaji|upah|honor|honorarium|penghasilan|take home pay|thp|kompensasi|imbalan|salary|pay|compensation|wage)\b`)

// rupiahNotPay is a word before an amount that makes it no pay: a price
// (harga), a cost or fee (biaya), capital (modal), funding (pendanaan),
// turnover (omzet), a loan (pinjaman), an investment, revenue
// (pendapatan), a prize (hadiah), a bonus, an allowance (tunjangan), an
// instalment (cicilan), a fine (denda), funds (dana).
var rupiahNotPay = regexp.MustCompile(`(?i)\b(?:harga|biaya|modal|pendanaan|omzet|omset|pinjaman|investasi|pendapatan|valuasi|hadiah|bonus|tunjangan|cicilan|denda|dana|deposit|saldo|transaksi)\b[^.\n]{0,25}$`)

// mayRupiah reports whether text may hold what rupiahPay reads: "Rp" or
// "RP" with a digit after it (past a point and a space), "IDR", or "jt" /
// "juta" with a digit before it (past a space); in a short text (a pay
// field, a title) also "rb" / "ribu" with a digit before it. The search
// runs on the rare bytes 'R' and 'j' (a description costs two byte scans):
// a long text with "ribu" or "rb" and no other mark is not read.
func mayRupiah(text string) bool {
	for i := 0; ; {
		j := strings.IndexByte(text[i:], 'R')
		if j < 0 {
			break
		}
		k := i + j
		if k+1 < len(text) && (text[k+1] == 'p' || text[k+1] == 'P') && digitAfterMark(text, k+2) || k >= 2 && text[k-2:k] == "ID" {
			return true
		}
		i = k + 1
	}
	for i := 0; ; {
		j := strings.IndexByte(text[i:], 'j')
		if j < 0 {
			break
		}
		k := i + j
		if (strings.HasPrefix(text[k:], "jt") || strings.HasPrefix(text[k:], "juta")) && digitBefore(text, k) {
			return true
		}
		i = k + 1
	}
	return len(text) <= 200 && (wordAfterDigit(text, "rb") || wordAfterDigit(text, "ribu"))
}

// digitAfterMark reports a digit at text[k:], past an optional point and
// space.
func digitAfterMark(text string, k int) bool {
	if k < len(text) && text[k] == '.' {
		k++
	}
	if k < len(text) && text[k] == ' ' {
		k++
	}
	return k < len(text) && isDigit(text[k])
}

// digitBefore reports a digit right before text[k], past an optional space.
func digitBefore(text string, k int) bool {
	if k > 0 && text[k-1] == ' ' {
		k--
	}
	return k > 0 && isDigit(text[k-1])
}

// wordAfterDigit reports word in text with a digit before it, past an
// optional space.
func wordAfterDigit(text, word string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], word)
		if j < 0 {
			return false
		}
		if digitBefore(text, i+j) {
			return true
		}
		i += j + len(word)
	}
}

// rupiahPay (called in bestPay after the amounts with a currency are
// judged) reads a rupiah amount and returns it in place of best when best
// is none, or the same rupiah amount misread ("IDR 30jt" as 30 rupiah), or
// scored below it; else best. An amount is rupiah by "Rp" / "IDR" or by a
// count word (jt, juta, rb, ribu: Indonesian and Malay words; a Malaysian
// listing writes "RM"); an amount marked by "IDR" alone with no count word
// and no Indonesian period is scanMoney's. In running text the amount
// needs a pay word before it or a period after it ("1 juta pengguna", a
// million users, is no pay); a pay field needs neither. With no period a
// rupiah amount is a month's (monthlyCurrencies).
func rupiahPay(text string, lenient bool, best *payCandidate) *payCandidate {
	if !mayRupiah(text) {
		return best
	}
	c := rupiahCandidate(text, lenient)
	switch {
	case c == nil:
		return best
	case best == nil, c.score > best.score:
		return c
	case best.currency == "IDR" && best.start < c.end && c.start < best.end:
		return c
	}
	return best
}

// rupiahCandidate is the first rupiah amount in text that is pay, or nil.
func rupiahCandidate(text string, lenient bool) *payCandidate {
	for _, m := range rupiahAmount.FindAllStringSubmatchIndex(text, -1) {
		mark1, mark2 := group(text, m, 1), group(text, m, 4)
		mul1, mul2 := group(text, m, 3), group(text, m, 6)
		word := rupiahWord(mul1) || rupiahWord(mul2)
		rp := strings.HasPrefix(mark1, "R") || strings.HasPrefix(mark2, "R")
		if !rp && !word && mark1 == "" && mark2 == "" {
			continue
		}
		if (mul1 == "k" || mul1 == "K" || mul2 == "k" || mul2 == "K") && mark1 == "" && mark2 == "" {
			continue // "5k - 7 jt": a bare k is no rupiah mark
		}
		end := m[1]
		if end < len(text) && (isDigit(text[end]) || text[end] == '%') {
			continue
		}
		if m[2] < 0 && m[4] > 0 && (isDigit(text[m[4]-1]) || isLetterByte(text[m[4]-1])) {
			continue // a number glued to what is before it: "A12 jt"
		}
		before := text[max(0, m[0]-60):m[0]]
		if rupiahNotPay.MatchString(before) || badBefore.MatchString(before) || badAfter.MatchString(lineOf(text[end:min(len(text), end+60)])) {
			continue
		}
		if !rp && rupiahCountNounAfter(text[end:]) {
			continue // "5 juta pelamar": a count of people (pay_rupiah_count_noun.go)
		}
		var unit model.PayUnit
		indonesianPeriod := false
		if p := rupiahPeriod.FindStringSubmatchIndex(text[end:]); p != nil {
			unit = rupiahUnit(group(text[end:], p, 1) + group(text[end:], p, 2))
			end += p[1]
			indonesianPeriod = true
		} else if p := unitAfter.FindStringSubmatchIndex(text[end:min(len(text), end+60)]); p != nil {
			after := text[end:]
			unit = unitWord(group(after, p, 1) + group(after, p, 2))
			if _, f := payPeriod(group(after, p, 2)); f != 0 {
				unit = "" // a bi-weekly rate is scanMoney's to read
			} else { // a per-item rate ("Rp 150.000 per article") keeps its project unit
				end += p[1]
			}
		} else if n, ok := pieceWordsAfter(text[end:]); ok {
			unit = model.UnitProject // "Rp 150.000 per artikel" (pay_piece_words_after.go)
			end += n
		} else if perOther.MatchString(text[end:]) {
			continue // "Rp 25.000 per porsi": a price for each of a thing
		}
		if unit == "" && (rp || word) {
			unit = rupiahLabelUnit(before) // "Gaji harian Rp 150.000" (pay_labels_period_latam_asia.go)
		}
		if !rp && !word && !indonesianPeriod {
			continue // "IDR 10.000.000": scanMoney's
		}
		if !lenient && unit == "" && !rupiahPayWord.MatchString(before) && !payWord.MatchString(before) {
			continue
		}
		lo, hi := rupiahValue(group(text, m, 2), mul1), 0.0
		ranged := m[10] >= 0
		if ranged {
			hi = rupiahValue(group(text, m, 5), mul2)
			lo, hi = rupiahShare(group(text, m, 2), mul1, lo, group(text, m, 5), mul2, hi)
		} else {
			hi = lo
		}
		if lo <= 0 || hi <= 0 {
			continue
		}
		lo, hi = rupiahShortMillions(rp, mul1, mul2, unit, lo, hi) // "Rp 8 - Rp 12 per month" (pay_rupiah_short_millions.go)
		c := &payCandidate{money: money{start: m[0], end: trimEnd(text, m[0], end), min: min(lo, hi), max: max(lo, hi), currency: "IDR", ranged: ranged && lo != hi}, score: 2}
		if unit != "" {
			c.unit, c.score = unit, 3
		} else {
			c.unit = sizeUnit(c.money)
		}
		if implausibleAmount(*c) {
			continue
		}
		return c
	}
	return nil
}

// rupiahWord reports an Indonesian count word: jt, juta, rb, ribu.
func rupiahWord(w string) bool {
	w = strings.ToLower(w) // "Rp 3 Juta", "5 JT"
	return w == "jt" || w == "juta" || w == "rb" || w == "ribu"
}

// rupiahUnit maps an Indonesian period word to its unit.
func rupiahUnit(w string) model.PayUnit {
	switch strings.ToLower(w) {
	case "bulan", "bln":
		return model.UnitMonth
	case "hari":
		return model.UnitDay
	case "minggu":
		return model.UnitWeek
	case "tahun", "thn":
		return model.UnitYear
	case "jam":
		return model.UnitHour
	}
	return ""
}

// rupiahFactor is a count word's multiplier: a million for jt and juta, a
// thousand for rb, ribu and k; 1 for none.
func rupiahFactor(mul string) float64 {
	switch strings.ToLower(mul) {
	case "jt", "juta":
		return 1e6
	case "rb", "ribu", "k":
		return 1e3
	}
	return 1
}

// rupiahValue reads n with its count word. Before a count word a point or a
// comma with one or two digits after it is a decimal ("12.5 jt", "2,8
// jt"); otherwise points and commas group thousands ("10.000.000") and a
// trailing ",00" or ",-" is dropped.
func rupiahValue(n, mul string) float64 {
	n = strings.TrimSuffix(n, ",-")
	if i := strings.LastIndexAny(n, ".,"); i >= 0 && len(n)-i-1 == 2 && strings.Count(n, ".")+strings.Count(n, ",") > 1 {
		n = n[:i] // "10.000.000,00"
	}
	v, _ := parseAmount(n, "")
	return v * rupiahFactor(mul)
}

// rupiahShare gives a range's end written without a count word the other
// end's ("8 - 12 juta", "Rp 5 - 7 jt"; "Rp 5jt - 7" the other way round)
// when the bare end is under a thousand and the range then rises.
func rupiahShare(n1, mul1 string, lo float64, n2, mul2 string, hi float64) (float64, float64) {
	if mul1 == "" && mul2 != "" && lo < 1000 {
		if v := lo * rupiahFactor(mul2); v <= hi {
			return v, hi
		}
	}
	if mul1 != "" && mul2 == "" && hi < 1000 {
		if v := hi * rupiahFactor(mul1); v >= lo {
			return lo, v
		}
	}
	return lo, hi
}
