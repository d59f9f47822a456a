package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay notation: Indian crore
// amounts, lakhs written "L p.a." or "Lakh/Yr", lakh words naming rupees,
// and the British "pw" (per week) and "pm" (per month) after an amount.

// croreMax is ten crore (a hundred million rupees): a figure that
// high is no salary ("₹50 cr"), as implausibleAmount rules for most
// currencies.
const croreMax = 1e8

// croreRest is the rest of a crore amount after its first figure's
// "Cr": the second end of a range ("₹1.2 Cr - 1.5 Cr"), with its own "Cr".
var croreRest = regexp.MustCompile(`(?i)^\s*(?:-|–|—|to)\s*(?:₹|rs\.?|inr)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*(?:crores?|cr)\b\.?`)

// croreWord returns the length of a crore word ("Cr", "cr.", "crore",
// "crores") at the start of s after spaces, or 0.
func croreWord(s string) int {
	i := 0
	for i < len(s) && i < 2 && s[i] == ' ' {
		i++
	}
	if i+2 > len(s) || s[i]|0x20 != 'c' || s[i+1]|0x20 != 'r' {
		return 0
	}
	j := i + 2
	if hasPrefixFold(s[j:], "ore") {
		j += 3
		if j < len(s) && s[j]|0x20 == 's' {
			j++
		}
	}
	if j < len(s) && isWordByte(s[j]) {
		return 0 // "₹2 credits", "₹5 crypto"
	}
	if j < len(s) && s[j] == '.' {
		j++
	}
	return j
}

// croreAmount (called on each amount in bestPay before it is judged) reads
// an amount followed by a crore word as crores of rupees: "₹1.2 Cr",
// "₹1.2 Cr - 1.5 Cr", "Rs 1 crore". The money scanner reads "₹1.2" and
// stops at the word; the amount becomes 12,000,000 and its end moves past
// the word (and past a second end with its own "Cr"). The size rules of
// judge then give it a year and refuse ten crore or more.
func croreAmount(text string, m money) money {
	if m.end >= len(text) || m.big || m.max >= 1000 {
		return m
	}
	n := croreWord(text[m.end:])
	if n == 0 {
		return m
	}
	m.min, m.max, m.end, m.kSuffix, m.bare4 = m.min*1e7, m.max*1e7, m.end+n, true, false
	if !m.ranged {
		if r := croreRest.FindStringSubmatchIndex(text[m.end:min(len(text), m.end+40)]); r != nil {
			if hi, _ := parseAmount(text[m.end+r[2]:m.end+r[3]], ""); hi*1e7 >= m.min {
				m.max, m.end, m.ranged = hi*1e7, m.end+r[1], true
			}
		}
	}
	if m.max >= croreMax {
		m.big = true // "₹50 cr": no salary
	}
	return m
}

// shortPeriod reads the British short periods right after an amount:
// "pw" (per week), "pm" (per month), also dotted ("p.w.") or slashed
// ("p/w", "p/m", as Dutch and English boards write them).
var shortPeriod = regexp.MustCompile(`(?i)^\s*(?:(p\.?\s?w\.?|p/w)|(pm|p/m))(?:$|[^\p{L}\d])`)

// shortPeriodAfter (called in bestPay after each amount is judged) gives a
// candidate with no period word after it the week of "£733.14 pw" or the
// month of "€5000 pm". "pm" is a month only for an amount of 100 or more
// ("$5 pm" reads as a time).
func shortPeriodAfter(text string, c *payCandidate) {
	if c.score >= 3 || c.end >= len(text) {
		return
	}
	rest := text[c.end:min(len(text), c.end+8)]
	if i := strings.IndexAny(rest, "pP"); i < 0 || strings.TrimLeft(rest[:i], " ") != "" {
		return
	}
	m := shortPeriod.FindStringSubmatchIndex(rest)
	if m == nil {
		return
	}
	switch {
	case m[2] >= 0 && c.max >= 20:
		c.unit, c.end, c.score = model.UnitWeek, c.end+m[3], 3
	case m[4] >= 0 && c.max >= 100:
		c.unit, c.end, c.score = model.UnitMonth, c.end+m[5], 3
	}
}

var (
	// lakhPAField is a pay field that is only a lakh amount written
	// "L p.a." ("8 L p.a.", "10-12 L p.a.") or a crore amount with no
	// currency ("1 crore", "1.2 Cr - 1.5 Cr", "2 crores per annum").
	lakhPAField = regexp.MustCompile(`(?i)^\s*(?:ctc\s*:?\s*)?(\d{1,3}(?:\.\d{1,2})?)\s*(?:(?:-|–|to)\s*(\d{1,3}(?:\.\d{1,2})?)\s*)?` +
		`(?:(l)\s*p\.?\s?a\.?|(crores?|cr)\b\.?(?:\s*(?:-|–|to)\s*(\d{1,3}(?:\.\d{1,2})?)\s*(?:crores?|cr)\b\.?)?(?:\s*(?:p\.?\s?a\.?|per annum|a year|per year|annually))?)\s*$`)
	// lakhPerYear is a lakh amount "per year" written with a slash in
	// running text: "6 - 14 Lakh/Yr", "8 lakhs / annum" (tried around its
	// key words: see keyRegexp).
	// (Its keys name "lac" only before a slash: "lac" alone is in
	// "workplace" and "replace", and every hit costs each key regexp.)
	lakhPerYear = newKeyRegexp(`(?i)\b(\d{1,2}(?:\.\d{1,2})?)\s*(?:(?:-|–|to)\s*(\d{1,2}(?:\.\d{1,2})?)\s*)?(?:lakhs?|lacs?)\s*/\s*(?:yr|year|annum|pa)\b`, 24, 20,
		"lakh", "lac/", "lacs/", "lac /", "lacs /")
)

// lakhSignlessPay (called in bestPay after lakhPay) reads a salary in lakhs or
// crores with no currency sign as rupees a year: in a pay field "8 L
// p.a." or "1.2 Cr" alone, in any text "6 - 14 Lakh/Yr". Ten crore or more
// is no salary; nil when there is none.
func lakhSignlessPay(text string, lenient bool) *payCandidate {
	if c := lakhLetterPay(text, lenient); c != nil {
		return c // "7.8L", "5L - 10L" (pay_lakh_letter_field.go)
	}
	if lenient && len(text) < 60 {
		if m := lakhPAField.FindStringSubmatchIndex(text); m != nil {
			f := 1e5
			if m[8] >= 0 {
				f = 1e7
			}
			lo, _ := parseAmount(text[m[2]:m[3]], "")
			hi := lo
			if m[4] >= 0 {
				hi, _ = parseAmount(text[m[4]:m[5]], "")
			} else if m[10] >= 0 {
				hi, _ = parseAmount(text[m[10]:m[11]], "")
			}
			lo, hi = min(lo, hi)*f, max(lo, hi)*f
			if hi <= 0 || hi >= croreMax {
				return nil
			}
			return &payCandidate{money: money{start: m[2], end: trimEnd(text, m[2], m[1]), min: lo, max: hi, currency: "INR", ranged: lo != hi, kSuffix: true}, unit: model.UnitYear, score: 2}
		}
	}
	for _, m := range lakhPerYear.FindAllStringSubmatchIndex(text, -1) {
		before := text[max(0, m[0]-60):m[0]]
		if badBefore.MatchString(before) || lakhNotPay.MatchString(text[m[1]:]) {
			continue
		}
		c := lakhCandidate(text, m)
		c.kSuffix = true
		return c
	}
	return labelledCrorePay(text) // "Salary package: 1cr - 1.5cr" (pay_labelled_crore.go)
}

// lakhField reports a lakh word after a figure in a pay field ("5
// lacs", "5-8 Lakhs", "1.5 lakh per month", "12 LPA"): a field that states
// pay in lakhs states rupees, wherever the listing is.
func lakhField(field string) bool {
	for i := 0; i+2 < len(field); i++ {
		c := field[i] | 0x20
		if c != 'l' || i == 0 || isLetterByte(field[i-1]) {
			continue
		}
		j := i - 1
		for j >= 0 && field[j] == ' ' {
			j--
		}
		if j < 0 || !isDigit(field[j]) {
			continue
		}
		w := field[i:]
		for _, k := range []string{"lakhs", "lakh", "lacs", "lac", "lpa"} {
			if hasPrefixFold(w, k) && (len(w) == len(k) || !isLetterByte(w[len(k)])) {
				return true
			}
		}
	}
	return false
}

// More wording: Bangladeshi
// taka and thousands written with a glued code ("20 à 30 kEUR").

var (
	// takaPre is taka before an amount ("৳1,50,000 - ৳2,20,000",
	// "BDT 80,000"); takaPost a code after it ("80k - 120k BDT").
	takaPre  = regexp.MustCompile(`(?i)(?:৳|\bBDT\b)\s?(` + number + `)\s*(k)?\b(?:\s*(?:-|–|—|to)\s*(?:৳|BDT\s?)?\s?(` + number + `)\s*(k)?\b)?(?:\s*BDT\b)?`)
	takaPost = regexp.MustCompile(`(?i)\b(` + number + `)\s*(k)?(?:\s*(?:-|–|—|to)\s*(` + number + `)\s*(k)?)?\s*BDT\b`)
	// kCodeAmount is thousands written with a code glued to the k: "20
	// kEUR", "20 à 30 kEUR", "45-60 KCHF" (tried around its key words).
	kCodeAmount = newKeyRegexp(`(?i)\b(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:(?:-|–|—|à|a|to|bis)\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*)?k(eur|usd|gbp|chf)\b`, 24, 8,
		"keur", "kusd", "kgbp", "kchf")
	// takaKeys finds "BDT" and "taka" in running text for takaKCodePay.
	takaKeys = newKeyRegexp(`(?i)\bbdt\b`, 0, 0, "bdt")
)

// takaKCodePay (called in bestPay when nothing else was read) reads taka
// ("৳1,50,000 - ৳2,20,000 / month", "80k - 120k BDT / mo") and thousands
// with a glued code ("20 à 30 kEUR"). The period comes from the words
// after the amount, else from its size; nil when there is none.
func takaKCodePay(text string, lenient bool) *payCandidate {
	if strings.Contains(text, "৳") || takaKeys.MatchString(text) { // the sign in running text too (pay_taka_text.go)
		for _, re := range []*regexp.Regexp{takaPre, takaPost} {
			if m := re.FindStringSubmatchIndex(text); m != nil {
				if c := takaCandidate(text, m, "BDT", lenient); c != nil {
					return c
				}
			}
		}
	}
	for _, m := range kCodeAmount.FindAllStringSubmatchIndex(text, -1) {
		lo, _ := parseAmount(text[m[2]:m[3]], "k")
		hi := lo
		if m[4] >= 0 {
			hi, _ = parseAmount(text[m[4]:m[5]], "k")
		}
		c := &payCandidate{money: money{start: m[2], end: m[1], min: min(lo, hi), max: max(lo, hi), currency: currencies[strings.ToLower(text[m[6]:m[7]])], ranged: m[4] >= 0, kSuffix: true}, score: 2}
		if badBefore.MatchString(text[max(0, m[0]-60):m[0]]) || c.max < 1000 {
			continue
		}
		periodOrSize(text, c)
		return c
	}
	return nil
}

// takaCandidate builds a candidate from a taka match (groups: first
// amount, its k, second amount, its k). In running text the amount needs a
// period after it or a pay word before it.
func takaCandidate(text string, m []int, cur string, lenient bool) *payCandidate {
	g := func(i int) string { return group(text, m, i) }
	lo, _ := parseAmount(g(1), g(2))
	hi := lo
	if g(3) != "" {
		hi, _ = parseAmount(g(3), g(4))
		if g(2) == "" && g(4) != "" {
			if raw, _ := parseAmount(g(1), "k"); raw <= hi {
				lo = raw // "80-120k BDT": the k applies to both ends
			}
		}
	}
	if hi <= 0 || badBefore.MatchString(text[max(0, m[0]-60):m[0]]) {
		return nil
	}
	c := &payCandidate{money: money{start: m[0], end: m[1], min: min(lo, hi), max: max(lo, hi), currency: cur, ranged: g(3) != "", kSuffix: g(2) != "" || g(4) != ""}, score: 2}
	periodOrSize(text, c)
	if before := text[max(0, m[0]-60):m[0]]; c.score < 3 && !lenient && !textPayWord.MatchString(before) && !worldLabelIn(before) { // "বেতন:" (pay_labels_world.go)
		return nil
	}
	if implausibleAmount(*c) {
		return nil
	}
	return c
}

// periodOrSize sets a candidate's period from the words right after it
// ("/ month", "brut/an" read by unitAfter), else from its size.
func periodOrSize(text string, c *payCandidate) {
	after := text[c.end:min(len(text), c.end+60)]
	if loc := unitAfter.FindStringSubmatchIndex(after); loc != nil {
		c.unit, c.score = unitWord(group(after, loc, 1)+group(after, loc, 2)), 3
		c.end += loc[1]
		return
	}
	if n, u := bracketPeriod(after); n > 0 {
		c.unit, c.score = u, 3 // "৳ 22,000 - 30,000 (Monthly)" (pay_taka_text.go)
		c.end += n
		return
	}
	if u, n, ok := worldPeriodAfter(after); ok {
		c.unit, c.score = u, 3 // "৩০,০০০ টাকা প্রতি মাসে", a period in the text's own language (pay_periods_world.go)
		c.end += n
		return
	}
	c.unit = sizeUnit(c.money)
}
