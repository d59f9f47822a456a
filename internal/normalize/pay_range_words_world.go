package normalize

import (
	"regexp"
	"strings"
)

// Ranges written with words in about 25 languages, whose start the money
// scanner reads as an amount of its own (table tests in
// pay_words_world_test.go): "de 2 200 € à 2 600 €", "entre 38 000 et
// 45 000 €", "între 1.500 și 2.000 EUR", "từ 12.000.000 đến 18.000.000
// VNĐ", "від 25 000 до 35 000 грн", "55 000 $ à 65 000 $", and the
// Turkish "40.000 TL ile 55.000 TL arası" (no word before the start).
// The pay found is the range's second end; worldRangeStart widens it to
// the first, which must be below it and at least a tenth of it (as
// widenRangeStart asks).
//
// The words are data: rangeFromWords start a range, rangeToWords join its
// ends; the start's currency may be written after it ("2 200 €") or
// before it ("€ 2.200").

var (
	rangeFromWords = []string{"de", "da", "entre", "între", "intre", "von", "zwischen", "tra", "fra", "från", "mellan", "mellom", "van", "tussen",
		"từ", "tu", "від", "от", "od", "من", "بين", "מ", "dari", "antara", "alkaen", "από", "nuo", "no"}
	rangeToWords = []string{"à", "a", "et", "e", "y", "i", "und", "bis", "și", "si", "ve", "đến", "den", "до", "do", "tot", "en", "till", "til", "og", "och",
		"até", "ate", "إلى", "الى", "و", "עד", "hingga", "sampai", "sehingga", "ila", "έως", "ως", "és", "ig", "až", "iki", "līdz"}
	// rangeMarks are the currency marks a range's start may carry.
	rangeMarks = `(?:€|\$|£|₹|INR|₺|₴|₪|₫|₽|¥|฿|EUR|USD|CHF|GBP|PLN|CZK|HUF|RON|TRY|UAH|VND|VNĐ|ILS|SEK|NOK|DKK|BGN|COP|CLP|ARS|MXN|PEN|BRL|UYU|TL|lei|kr\.?|zł|Kč|Ft|đ|грн\.?|руб\.?|лв\.?|Fr\.|R\$|(?i:euros?))`
	rangeNum   = `(?:\d{1,3}(?:[ .,'’\x{00a0}\x{202f}]\d{3})+|\d{2,7})`

	// worldRangeFrom is a range's start before its second end: a start
	// word, the amount (the first group, with its cents: "45000.0",
	// "2 100,50") with its mark, a joining word.
	worldRangeFrom = regexp.MustCompile(`(?i)(?:^|[^\p{L}\d])(?:` + wordAlt(rangeFromWords) + `)[\s-]+(?:` + rangeMarks + `\s?)?(` + rangeNum + `(?:[.,]\d{1,2})?)\s?(?:` + rangeMarks + `)?\s*(?:` + wordAlt(rangeToWords) + `)\s*$`)
	// markedRangeFrom is a start with no start word but its own currency
	// mark, joined by a word that says "to" (not "and"): "55 000 $ à",
	// "€ 2.200 bis", "1.500 EUR până la".
	markedRangeFrom = regexp.MustCompile(`(?i)(?:^|[^\p{L}\d.,])(` + rangeMarks + `\s?` + rangeNum + `|` + rangeNum + `\s?` + rangeMarks + `)\s*(?:` + wordAlt(rangeToMarked) + `)\s*$`)
	rangeToMarked   = []string{"à", "a", "bis", "до", "do", "đến", "până la", "až", "tot", "till", "til", "until", "hingga", "sampai", "إلى", "עד", "έως", "até"}
	// turkishRangeFrom is a Turkish range's start: "40.000 TL ile".
	turkishRangeFrom = regexp.MustCompile(`(?:^|[^\d.,])(` + rangeNum + `)\s?(?:` + rangeMarks + `)?\s*ile\s*$`)
	// turkishRangeEnd is a Turkish range's end after its start: "ile
	// 55.000 TL arası".
	turkishRangeEnd = regexp.MustCompile(`^\s*ile\s+(` + rangeNum + `)\s?(?:TL|₺|TRY)?\s*aras`)
)

// wordAlt is the words as a regexp alternation, each quoted.
func wordAlt(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(q, "|")
}

// rangeToSet holds rangeToWords lower-cased, for the cheap test before the
// regexp runs.
var rangeToSet = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range rangeToWords {
		m[strings.ToLower(w)] = true
	}
	m["ile"] = true
	return m
}()

// worldRangeJoin reports whether before ends in a range's joining word
// (past spaces and a currency sign).
func worldRangeJoin(before string) bool {
	b := strings.TrimRight(before, " \u00a0€$£")
	w := b[strings.LastIndexAny(b, " \u00a0")+1:]
	return len(w) <= 12 && rangeToSet[strings.ToLower(w)]
}

// worldRangeStart widens the pay found (c) to a range whose start is
// written before it with words; c unchanged otherwise.
func worldRangeStart(text string, c *payCandidate) *payCandidate {
	if c == nil || c.ranged {
		return c
	}
	widenRangeStart(text, c, worldRangeJoin, worldRangeFrom, 0)
	if !c.ranged && c.start > 0 && markedRangeJoin(text[max(0, c.start-40):c.start]) {
		before := text[max(0, c.start-40):c.start]
		if m := markedRangeFrom.FindStringSubmatchIndex(before); m != nil {
			g := before[m[2]:m[3]]
			i, j := strings.IndexAny(g, "0123456789"), strings.LastIndexAny(g, "0123456789")
			lo, _ := parseAmount(g[i:j+1], "")
			if lo > 0 && lo < c.max && lo*10 >= c.max {
				c.min, c.ranged = lo, true
				c.start -= len(before) - m[2]
			}
		}
	}
	if !c.ranged {
		widenRangeStart(text, c, func(b string) bool { return strings.HasSuffix(strings.TrimRight(b, " "), "ile") }, turkishRangeFrom, 1)
	}
	if !c.ranged && c.end < len(text) && strings.Contains(text[c.end:min(len(text), c.end+8)], "ile") {
		if m := turkishRangeEnd.FindStringSubmatchIndex(text[c.end:min(len(text), c.end+40)]); m != nil {
			hi, _ := parseAmount(text[c.end+m[2]:c.end+m[3]], "")
			if hi > c.max && hi <= c.max*10 {
				c.max, c.ranged = hi, true
				c.end += m[1]
			}
		}
	}
	c = malayRangeEnd(text, c)       // "RM 4,000 hingga RM 6,500" (pay_malay_range_end.go)
	return codeWordRangeEnd(text, c) // "entre PEN 4,000 y PEN 5,500" (pay_code_word_range.go)
}

// markedRangeJoin reports whether before ends in one of rangeToMarked's
// words, past spaces and a currency sign.
func markedRangeJoin(before string) bool {
	b := strings.TrimRight(before, " \u00a0€$£₹")
	for _, w := range rangeToMarked {
		if len(b) >= len(w) && strings.EqualFold(b[len(b)-len(w):], w) && (len(b) == len(w) || b[len(b)-len(w)-1] == ' ') {
			return true
		}
	}
	return false
}
