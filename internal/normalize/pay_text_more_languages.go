package normalize

import (
	"regexp"
	"strconv"
	"strings"
)

// Pay in running text in more languages. Shapes read
// here (each a word class, not one string):
//   - Ukrainian thousands and currency words in Cyrillic salary lines:
//     "тис." / "тисяч" for thousands and "дол." / "доларів" for dollars,
//     "гривня" for hryvnia (uaThousands and uaCurrencies, read by
//     ruAmountAt; "тис." also by cyrillicMoney).
//   - A Russian or Ukrainian post for one piece of work rather than a
//     vacancy: "проектная работа", "разовый проект", or a deadline of days
//     or weeks ("Сроки: 1-2 недели", "Термін: 5 днів"): its pay is the
//     work's (slavicGigCue, called by ruGigListing).

// uaThousands are Ukrainian thousands words ruAmountAt reads ("50 тис.").
const uaThousands = `тис\.?|тисяч\S*`

// uaCurrencies are Ukrainian currency words ruAmountAt reads: dollars
// ("дол.", "доларів") and hryvnia ("гривня", "гривні"); ruCurrency maps
// them.
const uaCurrencies = `дол\.|долар\S*|гривн\S*|`

// slavicGigDeadline is a piece of work's deadline in days or weeks, in
// Russian or Ukrainian: "Сроки: 1-2 недели", "Срок выполнения: 5 дней",
// "Термін: 3 дні", "Терміни виконання: 2 тижні".
var slavicGigDeadline = regexp.MustCompile(`(?:Срок|Сроки|Термін|Терміни)(?:\s+(?:выполнения|виконання))?\s*:\s*\d+(?:\s*[-–]\s*\d+)?\s*(?:д|ч|нед|тиж)`)

// slavicGigWords name a piece of project work: "проектная работа",
// "проєктна робота", "разовый проект", "разовое задание", "разова задача".
var slavicGigWords = regexp.MustCompile(`(?i)(?:проектн\S*\s+работ|проєктн\S*\s+робот|разов\S*\s+(?:проект|проєкт|задани|задач|завданн|заказ|замовленн))`)

// slavicGigCue reports a deadline or project-work words in a Cyrillic
// listing's head (cheap byte checks first).
func slavicGigCue(head string) bool {
	if (strings.Contains(head, "Срок") || strings.Contains(head, "Термін")) && slavicGigDeadline.MatchString(head) {
		return true
	}
	return (strings.Contains(head, "роб") || strings.Contains(head, "раб") || strings.Contains(head, "азов")) && slavicGigWords.MatchString(head)
}

// milRangeTail is the upper end of a range written in thousands with
// "mil" on both ends, after the first end's "mil": "R$ 3 mil a R$ 5 mil",
// "3 mil até 4,5 mil", "R$ 8 mil - R$ 12 mil".
var milRangeTail = regexp.MustCompile(`^[ \x{00a0}]*(?:a|até|ate|-|–|—|e)[ \x{00a0}]*(?:R\$|\$)?[ \x{00a0}]*(\d{1,3}(?:[.,]\d{1,2})?)[ \x{00a0}]?mil(?:[^\p{L}]|$)`)

// milRangeMax (called by thousandAfter once the first end is multiplied)
// widens a single amount in "mil" to the range's upper end when another
// amount in "mil" follows it after a range word; the upper end must be
// above the lower and at most twenty times it.
func milRangeMax(text string, c *payCandidate) {
	if c.min != c.max || c.end >= len(text) {
		return
	}
	m := milRangeTail.FindStringSubmatchIndex(text[c.end:])
	if m == nil || milBig.MatchString(text[c.end+m[3]:]) {
		return
	}
	v, err := strconv.ParseFloat(strings.Replace(text[c.end+m[2]:c.end+m[3]], ",", ".", 1), 64)
	if err != nil {
		return
	}
	v *= 1000
	if v <= c.min || v > 20*c.min {
		return
	}
	c.max = v
	c.end += m[3] + strings.Index(text[c.end+m[3]:], "mil") + 3
}
