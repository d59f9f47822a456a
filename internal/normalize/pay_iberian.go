package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Spanish and Portuguese pay shapes from Latin American and Iberian job
// boards:
//
//   - "mil" (thousand) between the amount and a written currency: "5 mil
//     reais por mês", "25 mil pesos mensuales", "60 mil euros anuales"
//     (milWordPay); "€60 mil" is read by thousandAfter once the euro is
//     among milCurrencies.
//   - a bare range start joined by "a" with no start word when the start is
//     written with thousands: "43.000 a 45.000 €" (groupedRangeStart, used
//     by bareRangeStart).
//   - a plain "$" in Colombia, Chile or Argentina, where it is the peso and
//     amounts run to millions: "$4.500.000" in Bogotá (pesoSignPay).

func init() {
	milCurrencies["EUR"] = true // "€60 mil": sixty thousand euros (Spain, Portugal)
}

// milWordRe is an amount (or a range of two), "mil" and a written currency.
var milWordRe = regexp.MustCompile(`(?i)(?:^|[^\p{L}\d.,])(\d{1,3}(?:[.,]\d{1,2})?)(?:\s*(?:-|–|a|até|ate|y|e)\s*(\d{1,3}(?:[.,]\d{1,2})?))?\s+mil\s+(reais|real|euros?|€|pesos|soles|d[oó]lares)(?:[^\p{L}]|$)`)

// milWordPay reads "N mil <currency>" when the money scanner found no pay.
func milWordPay(text string) *payCandidate {
	if !strings.Contains(text, " mil ") && !strings.Contains(text, " MIL ") {
		return nil
	}
	m := milWordRe.FindStringSubmatchIndex(text)
	if m == nil || milBig.MatchString(text[m[2]:]) {
		return nil
	}
	lo, _ := parseAmount(text[m[2]:m[3]], "")
	hi := lo
	if m[4] >= 0 {
		hi, _ = parseAmount(text[m[4]:m[5]], "")
	}
	if lo <= 0 || hi < lo {
		return nil
	}
	cur := ""
	switch w := strings.ToLower(text[m[6]:m[7]]); {
	case strings.HasPrefix(w, "real"), w == "reais":
		cur = "BRL"
	case strings.HasPrefix(w, "euro"), w == "€":
		cur = "EUR"
	case w == "pesos":
		cur = pesoCurrency(text)
	case w == "soles":
		cur = "PEN"
	default:
		cur = "USD"
	}
	c := &payCandidate{money: money{start: m[2], end: m[7], min: lo * 1000, max: hi * 1000, currency: cur, ranged: m[4] >= 0}}
	rest := text[c.end:min(len(text), c.end+40)]
	if p := localPeriodAfter.FindStringSubmatchIndex(rest); p != nil {
		if u := localPeriodUnit(rest[p[2]:p[3]]); u != "" {
			c.unit, c.score, c.end = u, 3, c.end+p[3]
			for c.end > c.start && !isWordByte(text[c.end-1]) {
				c.end--
			}
			return c
		}
	}
	c.unit = sizeUnit(c.money)
	return c
}

// groupedStart is an amount written with thousands: "43.000", "1,500".
var groupedStart = regexp.MustCompile(`^\d{1,3}(?:[.,]\d{3})+$`)

// groupedRangeStart reports that a bare range start joined by "a" needs no
// start word: written with thousands it is no count of days or items.
func groupedRangeStart(join, amount string) bool {
	return join == "a" && groupedStart.MatchString(amount)
}

// pesoSignMarks are the marks that name each peso unambiguously.
// "COP " rather than "COP$": the money scanner would read the "$" and
// what follows as US dollars again.
var pesoSignMarks = map[string]string{"COP": "COP ", "CLP": "CLP ", "ARS": "ARS "}

// pesoSignPay reads a plain "$" as the peso of a listing in Colombia, Chile
// or Argentina, when nothing was read ("$4.500.000" in Bogotá) or US
// dollars were read from an amount written with dots for thousands, as
// pesos are ("$900.000" in Valparaíso). A remote role may be paid from
// anywhere, so it is left alone.
func pesoSignPay(field, text string, l *model.Listing, read *model.Pay) *model.Pay {
	if read != nil && (read.Currency != "USD" || read.Evidence == nil || !strings.Contains(read.Evidence.Text, ".")) {
		return nil
	}
	if strings.IndexByte(text, '$') < 0 || l.Remote == model.RemoteRemote {
		return nil
	}
	cur := ""
	for _, loc := range l.Locations {
		for _, r := range Regions(loc) {
			switch r {
			case "CO", "CL", "AR":
				if cur == "" {
					cur = placeCurrencies[r]
				}
			case "US":
				return nil
			}
		}
	}
	if cur == "" || usdNamed.MatchString(text) {
		return nil
	}
	mark := pesoSignMarks[cur]
	var b strings.Builder
	var at []int   // where each mark was put, in the rewritten text
	var took []int // how many bytes of text each mark stands for: "$", or "$ " (one space kept, not two)
	for i := 0; i < len(text); i++ {
		if text[i] == '$' && (i == 0 || !isWordByte(text[i-1])) {
			at = append(at, b.Len())
			b.WriteString(mark)
			if i+1 < len(text) && text[i+1] == ' ' {
				took = append(took, 2) // "$ 4.000.000" (latam_board_fields.go)
				i++
			} else {
				took = append(took, 1)
			}
			continue
		}
		b.WriteByte(text[i])
	}
	if len(at) == 0 {
		return nil
	}
	pay, _ := ParsePay(field, b.String())
	if pay == nil || pay.Currency != cur || pay.Evidence == nil {
		return nil
	}
	return evidenceBack(pay, text, at, took, len(mark))
}

// evidenceBack maps the evidence of pay, read from a rewrite of text that
// put a mark of markLen bytes at each rewritten offset of at in place of
// took[k] bytes of text, back onto text; nil when it does not fit.
func evidenceBack(pay *model.Pay, text string, at, took []int, markLen int) *model.Pay {
	back := func(i int) int { // an index of the rewritten text in text
		d := 0 // bytes the marks before i added
		for k, a := range at {
			switch {
			case i >= a+markLen:
				d += markLen - took[k]
			case i > a:
				return a - d
			}
		}
		return i - d
	}
	s, e := back(pay.Evidence.Start), back(pay.Evidence.End)
	if s < 0 || e > len(text) || s >= e {
		return nil
	}
	pay.Evidence.Start, pay.Evidence.End, pay.Evidence.Text = s, e, text[s:e]
	return pay
}
