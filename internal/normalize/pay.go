package normalize

import (
	"math"
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Standard conversions to an hourly rate when the hours are not stated:
// a year is 2080 hours (52 weeks of 40), a month 173.33 (2080/12), a week
// 40 and a day 8.
const (
	HoursPerYear  = 2080.0
	HoursPerMonth = 2080.0 / 12
	HoursPerWeek  = 40.0
	HoursPerDay   = 8.0
)

var (
	// unitAfter reads the period right after an amount: "/hr", "per month",
	// "an hour", "hourly", "p.a.", "p/yr", "USD per year", "extra per day".
	unitAfter = anchoredGuard(regexp.MustCompile(`(?i)^(?:\s*(?:\(?\s*\+\s*vat\s*\)|\+|\(?\s*(?:usd|eur|gbp|cad|inr|aud)\s*\)?|extra|gross|net|base|pre-?tax|before tax|or more|plus|paid|dollars?|euros?|pounds?|brutto|netto|bruto|brut))*\s*` +
		`(?:(?:/|per\b|an?\b|each\b|every\b|pro\b|par\b|al\b|por\b)\s*(?:(?:completed|finished|delivered|approved|accepted|successful|single)\s+)?(hours?|hrs?|h|std|days?|d|weeks?|wk|months?|mo|mth|years?|yr|annum|minutes?|min|project|assignment|engagement|task|gig|` + perItem + `|` + periodForeign + `|` + periodSlavic + `)\b|` +
		`/?\s*(bi[- ]?weekly|fortnightly|semi[- ]?monthly|every (?:two|2) weeks|twice (?:a|per) month|hourly|daily|weekly|monthly|annually|yearly|annual|p\.\s?a\.|pa\b|p/a\b|p/yr?\b|p/h(?:rs?|our)?\b|(?-i:ph)\b|p\.\s?h\.|pcm\b|p/d|pd\b|p\.\s?d\.|p\.\s?m\.|lpa\b|de\s+l['’]\s?heure\b|mensual(?:es)?\b|mensuel(?:le)?s?\b|monatlich\b|j(?:ä|ae)hrlich\b|anual(?:es)?\b|annuel(?:le)?s?\b|` + periodLocal + `))`)) // guard_anchored.go

	// fixedAfter reads a fee for the whole work: "$300 for the project",
	// "$500 flat", "fixed price", "for about 15 hours", "$500 upon
	// completing the project" (not "after completing probation").
	fixedAfter = anchoredGuard(regexp.MustCompile(`(?i)^\s*(?:usd|eur|gbp)?\s*(?:\(?\s*(?:flat|fixed|lump[- ]sum|one[- ]time|one[- ]off|in total|total)\b|\(\s*(?:prize|award)\s*\)|` + // "(total)", "(prize)": pay_bare_budget_per_piece.go
		`(?:\(|,)?\s*for\s+(?:the\s+|this\s+|a\s+|an\s+|each\s+|one\s+|the\s+whole\s+|the\s+entire\s+|the\s+full\s+|your\s+)?(?:whole\s+|entire\s+|full\s+|completed\s+|finished\s+)?(?:(?:\d+|one|two|three|four|five|six|eight|ten|twelve)[- ](?:days?|weeks?|months?)\s+)?(?:project|assignment|engagement|task|gig|deliverables?|job|work|micro-?internship|internship|program(?:me)?|piece|article|video|report|term|semester|season|summer|placement|fellowship|residency|` + workWholeNouns + `)\b|` +
		`(?:\(|,)?\s*(?:upon|on|at|after)\s+(?:successful\s+|final\s+)?(?:completion|delivery|submission|acceptance)\b|` +
		`(?:\(|,)?\s*(?:upon|on|after)\s+(?:successfully\s+)?(?:completing|finishing|delivering|submitting)\s+(?:the\s+|this\s+|your\s+|each\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:project|assignment|task|deliverables?|micro-?internship|engagement|gig)\b|` + // "$500 upon completing the 20-hour project"
		`(?:\(|,)?\s*for\s+(?:about|approximately|approx\.?|around|~|roughly|an estimated|up to|a total of)?\s*\d+(?:\s*(?:-|–|to)\s*\d+)?\s*(?:hours|hrs|hour|hr)\b|` +
		`(?:project|stipend|honorarium|fee|bount(?:y|ies))\b|(?:` + stipendTermWords + `)\s+(?:stipend|honorarium)\b)`)) // guard_anchored.go; "$5,000 summer stipend"
	// cueBefore finds the nearest period or pay word before an amount.
	cueBefore = newCueRegexp(`(?i)\b(hourly|per hour|an hour|daily|per day|day[- ]rate|weekly|per week|monthly|per month|annual(?:ly|ized)?|yearly|per annum|salary|salaries|ote|stipend|honorarium|fee|fixed[- ]price|flat[- ]rate|budget|pay|paid|payment|compensation|comp|rate|wage|earn|earnings|base|range|remuneration|package)\b`)
	// upTo and from mark one-sided amounts.
	upToBefore = newCueRegexp(`(?i)\b(?:up\s*to|upto|max(?:imum)?|as much as|no more than)\s*$`)
	// badBefore and badAfter mark money that is not pay: funding, revenue,
	// market size, loans, bonuses, refunds. A noun ("funding", "bonus") spoils
	// an amount up to 25 bytes later in its sentence; a preposition or verb
	// that is as often about time ("over 4 weeks", "under 10 hours", "spend
	// 10 hours") only the amount right after it ("over $2M", "under $5").
	badBefore = newCueRegexp(`(?i)\b(?:raised?|raising|funding|funded|seed|series [a-f]|valuation|valued|revenue|arr|gmv|worth|market|industry|saved|savings|saves?|prices?\s+(?:is|are|was|of|from|starts?|starting|range)|(?:unit|retail|list|sale|ticket|entry|purchase)\s+prices?|(?:tickets?|entry|admission|membership)\s+costs?|tips?\s+(?:average|averaging|add|range|of|are|come\s+to)|(?:average\s+)?deal\s+sizes?|(?:clients?|customers?|parents|users|members|subscribers|buyers|families|patients)\s+(?:pay|are\s+charged|spend)|(?:learning|training|education(?:al)?|development|l&d|conference|books?|wellness|home[- ]office|equipment|hardware|co-?working|coffee|snacks?|food|meals?|lunch(?:es)?|team[- ]lunch)\s+(?:budgets?|funds?)|refund(?:ing)?|loans?|invest(?:ed|ment|ors?)?|assets|transactions|referral|referred|refer|bonus(?:es)?|sign[- ]on|relocation|reimburse\w*|trials?|cost of living|(?:travel|mileage|out[- ]of[- ]pocket)\s+(?:costs?|expenses?)|deposit|fine|fines|grant|donat\w+|backed|cap|commission rate|insurance|coverage|(?:medical|health|insurance|life)\s+cover|allowance|(?:transport(?:ation)?|commut(?:e|ing))\s+(?:compensation|subsid(?:y|ies))|tuition|assistance|registration|starter kit|pricing|priced|subscriptions?|plans? (?:start|starts|starting|begin|begins|from))\b[^.!?;$€£₹\n|]{0,25}$|\b(?:under|over|spent|spend(?:s|ing)?)\s+(?:(?:nearly|almost|about|around|roughly|approximately|more than|less than|well|just|a total of|upwards of)\s+)?$`)
	// badNounBefore is badBefore without its prepositions ("over", "under"):
	// in a pay field "over $600/mo" with a period after it is pay.
	badNounBefore = newCueRegexp(`(?i)\b(?:raised?|raising|funding|funded|seed|series [a-f]|valuation|valued|revenue|arr|gmv|worth|market|industry|saved|savings|saves?|prices?\s+(?:is|are|was|of|from|starts?|starting|range)|(?:unit|retail|list|sale|ticket|entry|purchase)\s+prices?|(?:tickets?|entry|admission|membership)\s+costs?|tips?\s+(?:average|averaging|add|range|of|are|come\s+to)|(?:average\s+)?deal\s+sizes?|(?:clients?|customers?|parents|users|members|subscribers|buyers|families|patients)\s+(?:pay|are\s+charged|spend)|(?:learning|training|education(?:al)?|development|l&d|conference|books?|wellness|home[- ]office|equipment|hardware|co-?working|coffee|snacks?|food|meals?|lunch(?:es)?|team[- ]lunch)\s+(?:budgets?|funds?)|refund(?:ing)?|loans?|invest(?:ed|ment|ors?)?|assets|transactions|referral|referred|refer|bonus(?:es)?|sign[- ]on|relocation|reimburse\w*|trials?|cost of living|(?:travel|mileage|out[- ]of[- ]pocket)\s+(?:costs?|expenses?)|deposit|fine|fines|grant|donat\w+|backed|cap|commission rate|insurance|coverage|(?:medical|health|insurance|life)\s+cover|allowance|(?:transport(?:ation)?|commut(?:e|ing))\s+(?:compensation|subsid(?:y|ies))|tuition|registration|starter kit|pricing|priced|subscriptions?|plans? (?:start|starts|starting|begin|begins|from))\b[^.!?;$€£₹\n|]{0,25}$`)
	badAfter      = anchoredGuard(regexp.MustCompile(`(?i)^\s*(?:(?:usd|eur|gbp)\s+)?(?:in\s+)?(?:\+\s*deals?|deals?|trillions?|arr|revenue|funding|raised|round|seed|series|valuation|market|company|business|industry|transactions|sales|savings|saved|of\s+healthcare|healthcare|sign[- ]on|signing|bonus|incentives?|referral|relocation|(?:retention|completion|commencement|hiring|welcome|loyalty|longevity|stay)\s+(?:bonus(?:es)?|incentives?)|loan|loans|worth|cost of living|textbooks?|equipment|allowance|credit|gift|deposit|fee\s+(?:is\s+)?(?:required|payable)|registration|(?:application|entry|entrance|participation|submission|contest|competition) fees?|starter kit|per referr?al|(?:for|per)\s+(?:each|every|any|a)\s+(?:successful\s+|qualified\s+)?referr?als?|per hire|per hired|per sale|per lead|per signup|commission|mrr|under management|aum|budget|per employee|per member|grant|prize|award|scholarship|tuition|(?:(?:annual|yearly|quarterly|monthly|sales|revenue)\s+)?quotas?)\b`)) // guard_anchored.go
	payWord       = newCueRegexp(`(?i)\b(?:lương|thu nhập|thù lao|salary|salaries|pay|pays|paying|paid|payment|package|vergoeding|salaris|gehalt|verg(?:ü|ue)tung|lohn|salaire|r(?:é|e)mun(?:é|e)ration|sueldos?|salarios?|sal(?:á|a)rios?|salarial|ganhos|bolsa[- ]aux(?:í|i)lio|bolsa\s+de\s+est(?:á|a)gio|remunera(?:ç|c)(?:ã|a)o|retribuci(?:ó|o)n|retribuzione|compensation|comp|rate|wage|wages|stipend|honorarium|fee|earn|earnings|ote|budget|remuneration|per hour|hourly|bounty|reward|hiring range)\b`)
	// lodging stipends and the like are benefits, not pay, also with a period between ("$900 monthly housing allowance").
	benefitStipend = anchoredGuard(regexp.MustCompile(`(?i)^[ \t]*(?:\+\s*)?(?:(?:monthly|annual|yearly|weekly|daily)[ \t]+)?(?:housing|lifestyle|wellness|learning|education|home[- ]office|work[- ]from[- ]home|wfh|equipment|internet|(?:cell\s+|mobile\s+)?phone|cellphone|commuter|transport(?:ation)?|meal|lunch|gym|travel|remote work|co-?working|relocation)\s+(?:stipend|allowance|budget|reimbursements?|grants?|account|fund|credit)`)) // guard_anchored.go
)

// payCandidate is one amount found in a field, with its unit and a score.
type payCandidate struct {
	money
	unit  model.PayUnit
	score int
}

// ParsePay finds the pay stated in one field's normalized text. field names
// the field for the evidence span (Evidence.Text == text[Start:End]). It
// returns nil when no pay is stated; unpaid reports that the text itself says
// the work is unpaid (or $0, none, volunteer).
//
// Amounts need a currency (symbol or code). Funding, revenue, market sizes,
// M/B amounts, bonuses, loans, percentages and bare years are skipped. The
// unit comes from the words after the amount ("/hr", "per month", "for the
// project"), else the nearest pay word before it ("annual salary", "hourly
// rate", "stipend"), else the size: 15,000 or more a year, at most 250 an
// hour, a range from 1,000 a month, anything else a fee for the project.
// "up to $X" and "from $X" give Min == Max == X. Min and Max are never
// swapped. Hourly is not set here (see Normalize).
func ParsePay(field, text string) (pay *model.Pay, unpaid bool) {
	if pay, unpaid, ok := nativeDigitPay(field, text); ok {
		return pay, unpaid // "৩০,০০০ টাকা", "۱۵۰٬۰۰۰ ریال" (pay_native_digits.go)
	}
	return parsePayText(field, text)
}

// parsePayText is ParsePay on a text whose digits are ASCII.
func parsePayText(field, text string) (pay *model.Pay, unpaid bool) {
	best, unpaid := payCandidateIn(field, text)
	if best == nil {
		return nil, unpaid
	}
	best.start, best.end = runeAlignedSpan(text, best.start, best.end) // a code written over a word of another script (pay_south_asian_currency_words.go)
	return &model.Pay{
		Min: best.min, Max: best.max, Currency: best.currency, Unit: best.unit,
		Source: model.FromText,
		Evidence: &model.Span{Field: field, Start: best.start, End: best.end,
			Text: text[best.start:best.end]},
	}, false
}

// payCandidateIn is ParsePay's pay candidate with its score (gigProjectPay
// asks whether the unit came from the size alone), or nil and unpaid.
func payCandidateIn(field, text string) (*payCandidate, bool) {
	text = literalMarkupPay(text)               // "<span>$170,000</span><span>&mdash;</span>..." left by escaped markup (pay_literal_markup.go)
	text = rewriteEuroSpellings(text)           // "€ 3.200,-", "55 TEUR", "110.000 Franken", "85-95 euro" (pay_euro_spellings.go)
	text = rewriteEuroCaseWords(text)           // "2500 eurot", "3 200 euroa", "1700 eiro", "14 eurų", "1.100 ευρώ" (pay_euro_case_words.go)
	text = rewriteSouthAsianCurrencyWords(text) // "40000 روپے", "30,000 টাকা", "රු. 60,000" (pay_south_asian_currency_words.go)
	text = underscoreDash(text)                 // "$70k _$80k" (pay_bare_band_underscore.go)
	text = toDashRange(text)                    // "$62,422 to - $81,153" (pay_to_dash.go)
	text = doubleHyphenRange(text)              // "$207,000 -- $351,225" (pay_double_hyphen_range.go)
	text = blankRangeNotes(text)                // "$52,000 (starting) – $61,000" (pay_range_notes.go)
	text = blankGrossNetAside(text)             // "4.200 € brutto (ca. 2.800 € netto) im Monat" (pay_gross_net_aside.go)
	text = blankProRataFullTime(text)           // "£31,342 (pro rata to £21,939)" (pay_prorata_to.go)
	text = blankScaleProgression(text)          // "£28,100 to £29,400 with progression to £31,000" (pay_scale_progression.go)
	if field == "pay_text" && noneWord.MatchString(text) {
		return nil, true
	}
	if field == "pay_text" {
		text = lowerCodePayText(text) // "17,600 - 33,400 pln/month" (pay_lower_code.go)
		text = gluedWordAfterK(text)  // "$157-200kApplicants" (pay_glued_word.go)
	} else {
		text = lowerCodeRangeText(text) // "от 1.000 до 2.000 usd" in running text (pay_lower_code_range_text.go)
	}
	best := bestPay(text, field == "pay_text" || moneyOnly(text)) // "₽50000" alone (pay_money_only.go)
	best = spanRangePay(text, field == "pay_text", best)          // "$230,000 $300,000 USD" (pay_span_range.go)
	best = spanRangeTextPay(text, field == "pay_text", best)      // the same pair in running text (pay_span_range_text.go)
	if best != nil && tinyYear(*best) {
		best = nil // "3 USD per year": the code-after readers skip judge's check; no year's pay
	}
	if best == nil {
		best = milWordPay(text) // "25 mil pesos mensuales" (pay_iberian.go)
	}
	if best == nil {
		best = minijobPay(text) // "Minijob auf 538 €-Basis" (pay_german_minijob.go)
	}
	if best == nil && field != "pay_text" {
		best = moneyOnlyLinePay(text) // "Аналитик\nдо 400 000 руб" (pay_money_only_line.go)
	}
	if best == nil && field == "title" {
		best = titleRangePay(text) // "Python Developer $2,000-3,000 at Acme" (pay_title_range.go)
	}
	if best == nil || best.max <= 0 {
		if best != nil || isUnpaid(text) {
			return nil, true
		}
		return nil, false
	}
	zeroLowerBoundUpTo(best) // "0 - 200 USD" (pay_zero_lower_bound.go)
	return best, false
}

// bestPay returns the best-scored pay candidate in text (the first among
// equals), or nil. lenient accepts a bare amount (a field that only holds pay).
func bestPay(text string, lenient bool) *payCandidate {
	var best *payCandidate
	ms := slashRanges(text, scanMoney(text))
	if t, ok := refNumbersMasked(text, ms); ok { // "Ref 42 AED 10,000" (pay_reference_numbers.go)
		text, ms = t, slashRanges(t, scanMoney(t))
	}
	if t, ok := minusGluedRange(text, ms); ok { // "€6000−8000/month" (pay_minus_glued_range.go)
		text, ms = t, slashRanges(t, scanMoney(t))
	}
	ms = andListDropped(text, ms) // "$61,200 and $88,900 and $104,300": a list, no range (pay_and_list.go)
	for i := 0; i < len(ms); i++ {
		ms[i] = croreAmount(text, ms[i]) // "₹1.2 Cr"
		ms[i] = hazarAmount(text, ms[i]) // "₹20 hazar" (pay_india_boards.go)
		c, ok := judge(text, ms[i], lenient)
		if !ok {
			continue
		}
		// "$18/hr - $22/hr", "$31/hour to $27/hour": a range whose ends
		// each carry the unit is one range.
		if i+1 < len(ms) && c.score == 3 && !c.ranged {
			if gap := unitDotGap(text[c.end:ms[i+1].start]); rangeSep.MatchString(gap) || lenient && pipeUnitGap(gap, c.min, ms[i+1].min) { // "$60/Hr. - $65/Hr." (pay_unit_dot_range.go); a pipe in a pay field (pay_pipe_unit_range.go)
				if d, ok := judge(text, ms[i+1], lenient); ok && d.unit == c.unit && d.currency == c.currency && !d.ranged {
					c.min, c.max = min(c.min, d.min), max(c.max, d.max)
					c.end, c.ranged = d.end, true
					i++
				}
			}
		}
		if i+1 < len(ms) && !c.ranged {
			if d, ok := openRangeEnd(text, c, ms[i+1], lenient); ok {
				c.max, c.end, c.ranged, c.score = d.max, d.end, true, max(c.score, d.score)
				i++
			} else if minusSignRange(text, &c, ms[i+1], lenient) { // "$140,000 − $176,000" (pay_minus_sign_range.go)
				i++
			} else if codeEndsRange(text, &c, ms[i+1], lenient) { // "CAD $108,000 - CAD $135,000" (pay_code_ends_range.go)
				i++
			} else if placeholderDashRange(text, &c, ms[i+1], lenient) { // "$95K?$120K" (pay_placeholder_dash_range.go)
				i++
			} else if throughRange(text, &c, ms[i+1], lenient) { // "$90,000 through $120,000" (pay_range_through.go)
				i++
			} else if markedWordRange(text, &c, ms[i+1], lenient) { // "1 850,50 € à 2 120,75 €" (pay_marked_word_range.go)
				i++
			} else if maxFromRange(text, &c, ms[i+1], lenient) { // "$4,800 max, from $3,100" (pay_max_from_range.go)
				i++
			} else {
				i = labelledBoundsRange(text, &c, ms, i, lenient) // "Minimum: $86,000 Maximum: $142,000" (pay_labelled_bounds.go)
			}
		}
		i = midpointBandEnd(text, &c, ms, i) // "$24.31 - $30.39 - $36.47 (Minimum - Midpoint - Maximum)" (pay_midpoint_band.go)
		bareSecondEndRange(text, &c)         // "USD 90k/yr - 120k/yr" (pay_unit_bare_second_end.go)
		wordRangeStart(text, &c)             // "tra 32.000 e 38.000 €"
		bareRangeStart(text, &c)             // "entre 42 et 48 k€", "TJM : 500 à 600 €" (pay_range_bare_start.go)
		slavicRangeStart(text, &c)
		minusRangeStart(text, &c)                                                                                                                         // "45 000 − 60 000 ₽" (pay_minus_sign_start.go)
		iberianRangeA(text, &c)                                                                                                                           // "R$ 8.000 a 12.000 por mês"
		shortPeriodAfter(text, &c)                                                                                                                        // "£733.14 pw", "€5000 pm"
		paymentsCountAfter(text, &c)                                                                                                                      // "CHF 8'500 x 13" (pay_salaries_count.go)
		ctcPeriodAfter(text, &c)                                                                                                                          // "₹21,900 CTC per Month"
		stipendTierUnit(text, &c)                                                                                                                         // "Stipend: ₹30,000", "Micro Project (₹600 - 1500 INR)" (pay_ru_salary_gig_boards.go)
		if best == nil || outscores(text, best, &c) || widensBest(text, best, &c) || stipendOutranks(text, best, &c) || baseOutranksOTE(text, best, &c) { // stipendOutranks: pay_ru_salary_gig_boards.go; baseOutranksOTE: pay_base_ote.go; outscores: pay_salary_over_stipend.go
			c := c
			best = &c
		}
	}
	best = siblingSpans(text, lenient, best)   // "Boston: $X - $Y. Remote: $Z - $W", "₹A (Year 1) | ₹B (Year 2)" (pay_sibling_spans.go)
	best = rupiahPay(text, lenient, best)      // "Rp 8 - 12 juta per bulan" (pay_rupiah.go)
	best = roubleSlashPay(text, lenient, best) // "Зарплата 360-500к/руб" (pay_rouble.go)
	best = morePay(text, lenient, best)        // "R25 000", "35 000 kr/mån", "650 000 Ft" (pay_currency_marks_more.go)
	if best == nil {
		best = lakhMixedPay(text, lenient) // "40,000 - 2.5 Lacs PA", "80 Lacs - 1.2 Cr PA" (pay_india_boards.go)
	}
	if best == nil {
		best = lakhPay(text)
	}
	if best == nil {
		best = lakhSignlessPay(text, lenient) // "8 L p.a.", "1 crore", "6 - 14 Lakh/Yr"
	}
	if best == nil {
		best = takaKCodePay(text, lenient) // "৳1,50,000 - ৳2,20,000 / month", "20 à 30 kEUR"
	}
	if best == nil {
		best = looseEuroPay(text) // "da €. 65.000 a €. 80.000", "RAL 30-35K"
	}
	if best == nil {
		best = ringgitPay(text, lenient) // "RM 5,000 - RM 8,000"
	}
	if best == nil {
		best = localMarkPay(text, lenient) // "kr 600 000 per år", "NRs 60,000", "KSHS 80,000"
	}
	if best == nil {
		best = pesoLetterPay(text, lenient) // "P30,000/month" (pay_peso_letter.go)
	}
	if best == nil {
		best = levaPay(text, lenient) // "1000 - 2000 лв", "1200 - 1800 лева месечно"
	} else if lenient {
		orRange(text, best) // "Rs. 37,000 + HRA OR Rs. 31,000 + HRA"
	}
	// "trieu" unmarked is read in a pay field only (pay_vn_k_period_test.go)
	if best == nil && (strings.Contains(text, "riệu") || lenient && strings.Contains(text, "trieu")) {
		best = trieuPay(text, lenient)
	}
	best = unscannedPay(text, lenient, best) // "月給25万円", "월 300만원", "150～250 元/天", "500 000тг в месяц"
	// "de 2 200 € à 2 600 €", "40.000 TL ile 55.000 TL arası"; "200 грн/год" (pay_range_words_world.go, pay_periods_world.go)
	best = hryvniaHour(text, worldRangeStart(text, best))
	// "ЗП: от 3 000$ до 5 000$", "Желаемый бюджет: до 5 000 ₽ Допустимый: до 15 000 ₽" (pay_ru_salary_gig_boards.go)
	best = kworkBudgetPay(text, ruSalaryPay(text, best))
	best = uzSumPay(text, best) // "ЗП 6–9 млн сум в месяц", "4,5 mln so'm oyiga" (pay_uzbek_sum.go)
	// "от 200 000 до 300 000", "2 000 Br за месяц"; "200-300к рублей" (pay_slavic_boards.go)
	best = ruKiloTextPay(text, lenient, ruFieldPay(text, lenient, best))
	best = ruFromToRoublesPay(text, best)  // "Ожидаем от 100 000 до 150 000 руб." (pay_ru_from_to_roubles.go)
	best = plFieldPay(text, lenient, best) // "15 000+ PLN UOP", "800 PLN MD" (pay_slavic_boards.go)
	best = ruHourlyWord(text, best)        // "почасовая ставка 1000 руб" (pay_slavic_boards.go)
	return minimumWageDropped(text, best)  // "SMI de 1.134 € establecido por ley" (pay_minimum_wage_law.go)
}

var (
	// trieuAmount is a Vietnamese salary in millions of dong with no
	// currency sign: "10 - 20 triệu", "Trên 15 triệu", "8,5 triệu/tháng";
	// the word may follow both ends ("12 triệu - 25 triệu").
	trieuAmount = regexp.MustCompile(`(?i)(?:^|[^\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:tri(?:ệ|e)u\s*)?(?:(?:-|–|đến|to)\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*)?tri(?:ệ|e)u\b`)
	// trieuPeriod is the period after it: "/tháng" a month, "/năm" a year,
	// "/giờ" an hour, "/ngày" a day.
	trieuPeriod = regexp.MustCompile(`(?i)^\s*(?:vnd|vnđ|đồng|đ|₫)?\s*(?:/|một|mỗi)\s*(tháng|năm|giờ|ngày)`)
	// vnPayWord is a Vietnamese pay word before the amount: "lương" (salary),
	// "thu nhập" (income), "thù lao" (fee), "trợ cấp" (allowance, as interns
	// are paid).
	vnPayWord = regexp.MustCompile(`(?i)(?:lương|thu nhập|thù lao|trợ cấp|phụ cấp thực tập)`)
)

// trieuUnit is the pay unit of the period word trieuPeriod read: tháng a
// month, năm a year, giờ an hour, ngày a day.
func trieuUnit(word string) model.PayUnit {
	switch strings.ToLower(word) {
	case "tháng":
		return model.UnitMonth
	case "năm":
		return model.UnitYear
	case "giờ":
		return model.UnitHour
	}
	return model.UnitDay
}

// trieuPay reads a salary in millions of dong as VND; nil when there is
// none. In running text the amount needs a pay word before it or a period
// after it ("doanh thu 500 triệu", revenue, is no pay); a pay field needs
// neither. With no period the unit comes from the size, as for other dong
// amounts (by the month).
func trieuPay(text string, lenient bool) *payCandidate {
	for _, m := range trieuAmount.FindAllStringSubmatchIndex(text, -1) {
		before := text[max(0, m[2]-60):m[2]]
		if badBefore.MatchString(before) {
			continue
		}
		var unit model.PayUnit
		end := m[1]
		if p := trieuPeriod.FindStringSubmatchIndex(text[m[1]:]); p != nil {
			end += p[1]
			unit = trieuUnit(text[m[1]+p[2] : m[1]+p[3]])
		}
		if unit == "" && !lenient && !vnPayWord.MatchString(before) && !textPayWord.MatchString(before) { // an English pay word too: "Salary: 25 - 40 triệu"
			continue
		}
		lo, hi := groupRange(text, m)
		c := &payCandidate{money: money{start: m[2], end: end, min: lo * 1e6, max: hi * 1e6, currency: "VND", ranged: m[4] >= 0}, score: 2}
		c.unit = unit
		if c.unit == "" {
			c.unit = sizeUnit(c.money)
		}
		return c
	}
	return nil
}

// lakhAmount is a salary in lakhs of rupees a year with no currency sign:
// "CTC: 6 LPA", "3.5 - 5 lakhs per annum".
// (tried around its key words: see keyRegexp).
var lakhAmount = newKeyRegexp(`(?i)\b(\d{1,2}(?:\.\d{1,2})?)\s*(?:(?:-|–|to)\s*(\d{1,2}(?:\.\d{1,2})?)\s*)?(?:LPA|(?:lakhs?|lacs?)\s*(?:per annum|p\.?\s?a\.?|a year|per year|annually))\b`, 24, 30,
	"lpa", "lakh", "lacs", "lac p", "lac a")

// lakhPay reads a lakh salary as rupees a year; nil when there is none.
// Bonuses, ESOPs and the like are skipped; an amount named the base
// ("8 LPA base", "base is 14 LPA") wins over a total (CTC) before it.
func lakhPay(text string) *payCandidate {
	var best *payCandidate
	for _, m := range lakhAmount.FindAllStringSubmatchIndex(text, -1) {
		before := text[max(0, m[0]-60):m[0]]
		if badBefore.MatchString(before) || lakhNotPay.MatchString(text[m[1]:]) {
			continue
		}
		c := lakhCandidate(text, m)
		lakhBothEnds(text, c) // "8 LPA to 12 LPA" (pay_lakh_unit_ends.go)
		if lakhBaseAfter.MatchString(text[m[1]:]) || lakhBaseBefore.MatchString(before) {
			return c
		}
		if best == nil {
			best = c
		}
	}
	return best
}

var (
	// lakhNotPay follows a lakh amount that is no salary: "5 LPA in ESOPs",
	// "2 LPA variable", "2 LPA joining bonus".
	lakhNotPay = regexp.MustCompile(`(?i)^\s*(?:in\s+|of\s+|as\s+)?(?:esops?|stock|equity|variable|bonus|joining|incentives?)\b`)
	// lakhBaseAfter and lakhBaseBefore name a lakh amount the base pay.
	lakhBaseAfter  = regexp.MustCompile(`(?i)^\s*(?:fixed|base)\b`)
	lakhBaseBefore = regexp.MustCompile(`(?i)\b(?:base|fixed)(?:\s+(?:salary|pay|component))?(?:\s+(?:is|of))?\s*:?\s*(?:₹|rs\.?|inr)?\s*$`)
)

// rangeSep is the separator between the two ends of a range.
var rangeSep = regexp.MustCompile(`^\s*(?:-|–|—|~|to|and|bis|tot|en)\s*$`)

// judge decides whether m is pay and with which unit.
func judge(text string, m money, lenient bool) (payCandidate, bool) {
	c := payCandidate{money: m}
	if math.IsInf(m.max, 0) || math.IsNaN(m.max) {
		return c, false
	}
	before, after := text[max(0, m.start-60):m.start], text[m.end:min(len(text), m.end+60)]
	wideBefore := text[max(0, m.start-120):m.start]       // an excluding aside runs longer (pay_excl_aside.go)
	if m.big && !millionsPay(m, before, after, lenient) { // "₦1.5M / month" (pay_million_amounts.go)
		return c, false
	}
	if m.bare4 && unitAfter.FindStringIndex(after) == nil && !(lenient && boundOnly.MatchString(text[:m.start])) && periodPayBeforeIn(before) == nil && !worldPeriodFollows(after) && !worldLabelNear(before) && !frenchPeriodLeads(before) && !bare4Labelled(before, after) {
		// A lone four-digit number before a currency is as often a year
		// ("since 2015 $50/hr"); with a period after it is pay ("4500
		// EUR/month", "6000元/月").
		return c, false
	}
	if poundsWeight(m, before) || isGlued(text, m) || badAfter.MatchString(lineOf(after)) && !labelAfterSalary(before, after) && !programAwardAfter(after) || benefitStipend.MatchString(after) && !spacedPlusAfter(text, m) || slashBig.MatchString(after) || benefitOrSize(before, after) || perkOrBilled(before, after) || moneyNotForWork(before, after) || (!budgetFieldLabel(before, lenient) && (perkBudgetBefore(before) || worldPerkBefore(before)) && !bonusAsideBefore(before) && !basePlusBonusBefore(before) && !percentBonusBefore(before) && !exclAsideBefore(wideBefore) && !bonusThenBase(before, after)) || applicantFee(before, after) || (matchOrQuotaBefore(before) && !bandAfterRetireMatch(m, before)) || benefitSpendAfter(after) || spendOrPerkAfter(after) || periodPerkAfter(after) || benefitOrDifferential(wideBefore, after) || priorRolePay(before) || priceAfter(after) || romancePriceFee(before) || addOnBefore(before) || minimumWageQuoted(before, after) || shareOfLineLead(text, m.start) || commissionAloneBefore(before) || slashListBefore(before) { // slashListBefore: pay_slash_list.go; commissionAloneBefore: pay_commission_alone.go; // minimumWageQuoted: pay_minimum_wage_law.go; shareOfLineLead: pay_share_of_full_rate.go
		return c, false
	}
	if badBefore.MatchString(before) && !internAllowanceBefore(before) && !fundedStipend(before, after) && !deniedFeeBefore(before) && !salaryNounRightBefore(before) && !bonusAsideBefore(before) && !basePlusBonusBefore(before) && !percentBonusBefore(before) && !exclAsideBefore(wideBefore) && !bonusThenBase(before, after) && !collectiveAgreementIndustry(before, wideBefore) && !costOfLivingTier(text, before, m.start, m.end) && (!lenient || badNounBefore.MatchString(before) || unitAfter.FindStringIndex(after) == nil) {
		// In a pay field "over $600/mo" is a lower bound of pay; in text
		// "spent over $2,000 per month" or "under $20 per month" is not pay.
		return c, false
	}
	if costNotPay(before, lenient) {
		return c, false // "Cost: $50,000 - $100,000 for the renovation" (pay_table_shapes.go)
	}
	if winRewardBefore(before) {
		return c, false // "Build. Compete. Win $25,000.": a prize to win (pay_win_reward.go)
	}
	if dealSizeAt(before) {
		return c, false // "manage contracts ranging from $50K to $500K" (pay_deal_size.go)
	}
	m.word = m.word && !euroWordPay(m, before, after) // "1.300 euro al mese" (pay_euro_word.go)
	if m.max == 0 {
		// "$0": pay that says there is no pay.
		c.unit = model.UnitProject
		return c, true
	}
	if m.word && unitAfter.FindStringIndex(after) == nil && !wordCurrencyPay(m, before) && !wordCurrencyField(m, lenient) {
		return c, false // "lift 50 pounds": a written-out currency needs a period
	}
	if u, n, ok := workedHourAfter(after); ok {
		c.unit, c.score = u, 3 // "$25 per billable hour", "per working day" (pay_worked_hour.go)
		c.end += n
	} else if loc := unitAfter.FindStringSubmatchIndex(after); loc != nil && !periodAdjOfExtra(after, loc) { // "with annual bonus" (pay_period_adj_extra.go)
		w := group(after, loc, 1) + group(after, loc, 2)
		c.unit, c.score = unitWord(w), 3
		c.end += loc[1]
		if strings.HasPrefix(strings.ToLower(w), "min") {
			c.min, c.max = c.min*60, c.max*60
		}
		if u, f := payPeriod(w); f != 0 {
			// "$1,600 bi-weekly" is $800 a week; "$1,500 semi-monthly" $3,000 a month.
			c.unit, c.min, c.max = u, c.min*f, c.max*f
		}
		if text[c.start] == '$' {
			// "$28/hour CAD": a code after the period names the dollar.
			if code := dollarCodeAfter.FindStringSubmatch(text[c.end:min(len(text), c.end+12)]); code != nil {
				c.currency = strings.ToUpper(code[1])
			}
		}
	} else if u, n, ok := romanceUnitAfter(after); ok {
		c.unit, c.score = u, 3 // "1.800 € netti al mese", "2.800 € brutos/mes"
		c.end += n
	} else if u, n, ok := structuredUnitAfter(after); ok {
		c.unit, c.score = u, 3 // "EUR 45000-55000 per monthly" (pay_structured_unit.go)
		c.end += n
	} else if u, n, ok := rateUnitAfter(after); ok {
		c.unit, c.score = u, 3 // "£450 day rate" (pay_rate_word_after.go)
		c.end += n
	} else if u, n, ok := barePeriodEndAfter(after); ok {
		c.unit, c.score = u, 3 // "AUD 700 - 850 day" (pay_uk_anz_boards.go)
		c.end += n
	} else if n, ok := slavicProjectAfter(after); ok {
		c.unit, c.score = model.UnitProject, 3 // "5 000 ₽ за проект" (pay_slavic_project.go)
		c.end += n
	} else if n, rate, ok := shiftAfter(after); ok {
		if !rate {
			return c, false // "$50 per shift bonus" (pay_piece_words_after.go)
		}
		c.unit, c.score = model.UnitDay, 3 // "$600 per shift", "$150/shift" (pay_piece_words_after.go)
		c.end += n
	} else if pm := periodPayBeforeIn(before); pm != nil {
		// "a weekly stipend of $600 for the ten-week program": the period
		// named with the pay word right before wins over the length after.
		c.unit, c.score = unitWord(pm[1]), 3
	} else if loc := fixedAfter.FindStringIndex(after); loc != nil && !totalPayWordAfter(after) && !fixedIsSalaryPart(after) { // "$180,000 total compensation" (pay_bonus_aside.go), "fixed plus variable" (pay_table_shapes.go)
		c.unit, c.score = model.UnitProject, 3
		c.end += loc[1]
	} else if n, ok := projectForAfter(after); ok {
		c.unit, c.score = model.UnitProject, 3 // "$30 for a 45-minute interview", "950 € für das Projekt" (pay_piece_words_after.go)
		c.end += n
	} else if n, ok := pieceWordsAfter(after); ok {
		c.unit, c.score = model.UnitProject, 2 // "$50 per approved UGC video" (pay_piece_words_after.go)
		c.end += n
	} else if perOther.MatchString(after) && !workMeasure.MatchString(after) {
		return c, false // "the fee is $3 - $5 per widget": a price for each of a thing
	} else if jobPaysProject(before, m.max) {
		c.unit, c.score = model.UnitProject, 2 // "This job pays $200" (pay_table_shapes.go)
	} else if fixedIsSalaryPart(after) {
		c.unit, c.score = sizeUnit(m), 2 // "INR 25,00,000 fixed plus variable" (pay_table_shapes.go)
	} else if n, ok := ctcYearAfter(after); ok {
		c.unit, c.score = model.UnitYear, 2 // "INR 60,00,000 CTC" (pay_table_shapes.go)
		c.end += n
	} else if rozBefore(before, m) {
		c.unit, c.score = model.UnitDay, 3 // "Roz ₹3000 tak" (pay_india_boards.go)
	} else if budgetFieldLabel(before, lenient) {
		c.unit, c.score = model.UnitProject, 2 // "Presupuesto: $500 USD" (pay_budget_field_label.go)
	} else if u, ok := cueUnit(before); ok {
		c.unit, c.score = u, 2
		cueUnitOtherLine(before, &c)      // "rely on daily.\n\n$180,000" (pay_cue_other_line.go)
		salaryStipendRange(before, m, &c) // "Stipend: $70,000 – $85,000" a year (pay_stipend_salary_range.go)
	} else if u, _, ok := romancePayCue(before); ok {
		c.unit, c.score = u, 2 // "RAL 35.000 €", "stipendio di 1.500 €"
	} else if spanAfter.MatchString(after) {
		return c, false // "earn £50 in an afternoon": a sum for a stretch of time, no rate
	} else if fullTimeBasisAfter(m, after) {
		c.unit, c.score = fullTimeBasisUnit(m), 1 // "(3.775,25 € in Vollzeit)" (pay_full_time_basis.go)
	} else if lumpPayment(before, m) {
		c.unit, c.score = model.UnitProject, 1 // "Payment: $200" (pay_lump_payment.go)
	} else if internAllowanceBefore(before) {
		c.unit, c.score = allowanceUnit(m), 1 // "Internship allowance: RM1,000" (pay_intern_allowance.go)
	} else if programAwardAfter(after) {
		c.unit, c.score = model.UnitProject, 1 // "a $6,000 award for the 10-week program" (pay_intern_allowance.go)
	} else if u := cjkPeriodLabelRightBefore(before, after); u != "" {
		c.unit, c.score = u, 2 // "時薪 NT$200" (pay_chinese_labels.go)
	} else if payWordBefore(before) || payWord.MatchString(after) || colonPayClause(text, m) || grossNetPay(after) || labelledBoundPair(text, m) { // payWordBefore: pay_idiom_attention.go; colonPayClause: pay_colon_clause.go; grossNetPay: pay_gross_net_cue.go; labelledBoundPair: pay_labelled_bound_pair.go
		c.unit, c.score = sizeUnit(m), 1
	} else if lenient || (m.ranged && m.kSuffix) || salaryShaped(text, m) {
		c.unit, c.score = sizeUnit(m), 0
	} else {
		return c, false
	}
	if c.unit == model.UnitProject && yearLongTermAfter(after) {
		c.unit = model.UnitYear // "£22,500 for the 12-month placement" (pay_intern_allowance.go)
	}
	if c.unit == "" {
		c.unit = sizeUnit(m)
	}
	if upToBefore.MatchString(before) {
		c.min = c.max
	}
	if implausibleAmount(c) || implausiblePeriod(c) || tinyYear(c) || tinyMonth(c) || smallMonthlyStipend(text, c) || wideBareSpan(text, c) || tinyGuessedHour(c, lenient) || tinyLocalGuessedHour(c) { // tinyLocalGuessedHour: pay_tiny_local_hour.go; tinyMonth, smallMonthlyStipend: pay_tiny_month.go; wideBareSpan: pay_bare_wide_span.go; tinyGuessedHour: pay_tiny_guessed_hour.go
		return c, false // "$100,000,000 per year", "$100,000 per hour"
	}
	c.end = trimEnd(text, c.start, c.end)
	return c, true
}

// periodPayBefore is a period word naming the pay word right before an
// amount: "weekly stipend of", "monthly salary:", "hourly rate is".
var periodPayBefore = newCueRegexp(`(?i)\b(hourly|daily|weekly|monthly|yearly)\s+(?:stipend|salary|pay|wage|rate|allowance|fee)\s*(?:of|is|:)?\s*(?:about|around|approximately|roughly)?\s*$`)

// spanAfter is a stretch of time after an amount with no period: "in an
// afternoon", "in a single weekend". The amount is what may be made in it,
// neither a rate nor a stated fee.
var spanAfter = regexp.MustCompile(`(?i)^\s*in\s+(?:an?|one|a single|just an?)\s+(?:afternoon|evening|morning|weekend|day|night|week|month|hour)\b`)

// slashBig is a millions amount after a slash: "€350/£300m revenue" is
// two sizes of a business, neither one pay.
var slashBig = regexp.MustCompile(`(?i)^\s*/\s*(?:[$€£]|usd|eur|gbp)?\s*\d+(?:[.,]\d+)?\s*(?:m|mn|bn|b|million|billion)\b`)

// periodPayBeforeFr is French's pay word before its period word:
// "salaire mensuel :", "salaire horaire de".
var periodPayBeforeFr = regexp.MustCompile(`(?i)\bsalaire\s+(horaire|mensuel|annuel)\s*(?:de|est|:)?\s*$`)

// boundOnly is all a pay field may hold before a lone four-digit amount
// for it to be pay: nothing, or a one-sided bound ("от 2000 USD", "up to
// 3000 EUR", and the same words in other European languages: "alates 2500
// EUR", "bis 3000 EUR", "desde 1800 EUR", "vanaf 2200 EUR").
var boundOnly = regexp.MustCompile(`(?i)^\s*(?:от|до|від|from|up\s*to|upto|ab|bis|alates|kuni|od|do|desde|hasta|(?:à|a)\s+partir\s+de|jusqu['’]à|vanaf|tot|från|upp\s+till|fra|op\s+til|alkaen|asti|nuo|iki|fino\s+a|von)?\s*$`)

// periodPayBeforeIn is periodPayBefore's submatches in before, or nil;
// every English period word it reads ends in "ly". French "salaire
// mensuel" gives the English word.
func periodPayBeforeIn(before string) []string {
	if strings.Contains(before, "alaire") {
		if fr := periodPayBeforeFr.FindStringSubmatch(before); fr != nil {
			return []string{fr[0], map[string]string{"horaire": "hourly", "mensuel": "monthly", "annuel": "yearly"}[strings.ToLower(fr[1])]}
		}
	}
	if strings.Contains(before, "ly") || strings.Contains(before, "LY") || strings.Contains(before, "lY") || strings.Contains(before, "Ly") {
		if ms := periodPayBefore.FindAllStringSubmatch(before, 1); ms != nil {
			return ms[0]
		}
	}
	if w := worldPeriodLabel(before); w != "" {
		return []string{before, w} // "Stundenlohn:", "månadslön", "Yıllık" (pay_labels_world.go)
	}
	return nil
}

// dollarCodeAfter is a dollar's currency code after its period: "$28/hour
// CAD", "$30 an hour (AUD)".
var dollarCodeAfter = regexp.MustCompile(`^\s*\(?\s*(CAD|AUD|NZD|SGD|HKD|MXN|USD)\b`)

// payPeriod reads a pay period that is no unit of its own: a bi-weekly
// amount is half of it a week, a semi-monthly one twice it a month. f is 0
// for any other word.
func payPeriod(w string) (model.PayUnit, float64) {
	w = strings.ToLower(w)
	switch {
	case strings.HasPrefix(w, "bi") || strings.HasPrefix(w, "fortnight") || strings.HasPrefix(w, "every"):
		return model.UnitWeek, 0.5
	case strings.HasPrefix(w, "semi") || strings.HasPrefix(w, "twice"):
		return model.UnitMonth, 2
	}
	return "", 0
}

// isGlued reports digits or a percent sign glued to the amount: phone
// numbers, dates, percentages, "401k".
func isGlued(text string, m money) bool {
	if retirementParenAfter(text, m) {
		return true // "$401(k) match" (pay_retirement_paren.go)
	}
	if m.end < len(text) {
		rest := text[m.end:]
		if rest[0] == '%' || strings.HasPrefix(rest, " %") || (len(rest) > 1 && (rest[0] == '-' || rest[0] == '.' || rest[0] == '/') && isDigit(rest[1])) || isDigit(rest[0]) {
			return true
		}
	}
	if m.start > 0 {
		p := text[m.start-1]
		if isDigit(p) || ((p == '-' || p == '.' || p == '+' || p == '(') && m.start > 1 && isDigit(text[m.start-2])) {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// lineOf is s up to its first line break: what follows an amount on the
// next line ("$125,300 - $178,900\nBonus eligible: Yes") is another item.
func lineOf(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// lakhCandidate is a lakh match's candidate (groups: the amount and the
// range's other end, both in lakhs), rupees a year.
func lakhCandidate(text string, m []int) *payCandidate {
	lo, _ := parseAmount(text[m[2]:m[3]], "l")
	hi := lo
	if m[4] >= 0 {
		hi, _ = parseAmount(text[m[4]:m[5]], "l")
	}
	return &payCandidate{money: money{start: m[0], end: m[1], min: min(lo, hi), max: max(lo, hi), currency: "INR", ranged: m[4] >= 0}, unit: model.UnitYear, score: 2}
}

// group returns submatch i of a FindStringSubmatchIndex result, or "".
func group(s string, loc []int, i int) string {
	if 2*i+1 >= len(loc) || loc[2*i] < 0 {
		return ""
	}
	return s[loc[2*i]:loc[2*i+1]]
}

// trimEnd drops trailing spaces from the span.
func trimEnd(text string, start, end int) int {
	for end > start && (text[end-1] == ' ' || text[end-1] == '\n' || text[end-1] == '(' || text[end-1] == ',') {
		end--
	}
	return end
}

// perItem names a piece of work paid for each: "$150 per article".
const perItem = `articles?|posts?|pieces?|videos?|blogs?|stor(?:y|ies)|reviews?|submissions?|deliverables?|episodes?|designs?|logos?|illustrations?|translations?|transcripts?|lessons?|sessions?|calls?|interviews?|surveys?|units?|items?|weekends?`

// perPiece are more pieces of gig and microtask work paid each (a word
// written, a page, an image labelled, a test run, a delivery made: "$0.08
// per word", "$10/test"), terms and projects in other languages: a rate
// by the piece, not by the hour. pieceWordsAfter reads them (outside
// unitAfter, whose size every call pays: pay_piece_words_after.go).
const perPiece = `words?|pages?|tests?|deliver(?:y|ies)|orders?|tickets?|images?|photos?|pictures?|labels?|annotations?|questions?|answers?|responses?|entry|entries|recordings?|clips?|shoots?|photoshoots?|captions?|listings?|slides?|chapters?|newsletters?|thumbnails?|banners?|reels?|hits?|classes|class|appointments?|visits?|events?|referrals?|placements?|semesters?|terms?|seasons?|proyectos?|projetos?|projets?|progett[oi]|projekte?|proyek|artikel|wort|w(?:ö|oe)rter|mots?|palabras?|palavras?|parola|parole|seiten?|p(?:á|a)ginas?`

var perItemWord = regexp.MustCompile(`^(?:` + perItem + `)$`)

// unitWord maps a period word to a unit.
func unitWord(w string) model.PayUnit {
	w = strings.ToLower(strings.TrimSpace(w))
	if w == "år" {
		return model.UnitYear // Norwegian, Swedish, Danish
	}
	if w == "mnd" || strings.HasPrefix(w, "måne") || strings.HasPrefix(w, "maane") || strings.HasPrefix(w, "månad") || w == "manad" {
		return model.UnitMonth
	}
	if strings.HasPrefix(w, "de l") {
		return model.UnitHour // French "de l'heure"
	}
	if u := localUnit(w); u != "" {
		return u
	}
	switch {
	case w == "":
		return ""
	case w == "tag" || w == "jour" || w == "día" || w == "dia":
		return model.UnitDay
	case w == "mes" || w == "mês" || w == "maand" || strings.HasPrefix(w, "mens") || strings.HasPrefix(w, "monat"):
		return model.UnitMonth
	case w == "stunde" || w == "std" || w == "uur":
		return model.UnitHour
	case w == "semaine" || w == "semana":
		return model.UnitWeek
	case strings.HasPrefix(w, "j"), w == "año", w == "ano":
		return model.UnitYear
	case w == "pcm" || strings.HasPrefix(w, "p.m") || strings.HasPrefix(w, "p. m"):
		return model.UnitMonth
	case strings.HasPrefix(w, "p.h") || strings.HasPrefix(w, "p. h"): // "AUD $33 p.h."
		return model.UnitHour
	case w == "p/d" || w == "pd" || strings.HasPrefix(w, "p.d") || strings.HasPrefix(w, "p. d"): // "£400 p.d."
		return model.UnitDay
	case w == "lpa":
		return model.UnitYear
	case perItemWord.MatchString(w):
		return model.UnitProject
	case strings.HasPrefix(w, "h"), strings.HasPrefix(w, "p/h"), w == "ph", strings.HasPrefix(w, "min"):
		return model.UnitHour
	case strings.HasPrefix(w, "d"):
		return model.UnitDay
	case strings.HasPrefix(w, "w"):
		return model.UnitWeek
	case strings.HasPrefix(w, "mo"), strings.HasPrefix(w, "mth"):
		return model.UnitMonth
	case strings.HasPrefix(w, "y"), strings.HasPrefix(w, "an"), strings.HasPrefix(w, "p"), strings.HasPrefix(w, "k/"):
		if strings.HasPrefix(w, "pro") {
			return model.UnitProject
		}
		return model.UnitYear
	case strings.HasPrefix(w, "as"), strings.HasPrefix(w, "en"), strings.HasPrefix(w, "t"), strings.HasPrefix(w, "g"):
		return model.UnitProject
	}
	return ""
}

// cueUnit reads the nearest period word before an amount ("hourly rate of",
// "annual salary", "monthly stipend", "project fee").
func cueUnit(before string) (model.PayUnit, bool) {
	if eitherPeriodBefore(before) {
		return "", false // "Annual Base Salary Range or Hourly Base Pay Range:" (pay_either_period_label.go)
	}
	if u, ok := oneOffPayUnit(before); ok {
		return u, true // "a one-time payment of $200" (pay_one_off_before.go)
	}
	if u, ok := slavicBudgetUnit(before); ok {
		return u, true // "Бюджет: 10 000 руб." (pay_slavic_project.go)
	}
	if perPieceBefore(before) {
		return model.UnitProject, true // "Pay per task: $5" (pay_gig_budget.go)
	}
	all := cueBefore.FindAllStringSubmatch(before, -1)
	stipend, salaryNearer := false, false
	for i := len(all) - 1; i >= 0; i-- {
		w := strings.ToLower(all[i][1])
		if salaryNearer && projectCue(w) {
			continue // "a $2,000 equipment budget. The salary is $90k": the salary word is nearer (pay_base_ote.go)
		}
		salaryNearer = salaryNearer || salaryCue(w)
		switch {
		case strings.Contains(w, "hour"):
			return model.UnitHour, true
		case w == "daily" || w == "per day" || w == "day rate" || w == "day-rate": // "Day-rate: $800"
			return model.UnitDay, true
		case w == "weekly" || w == "per week":
			if weekScheduleBefore(before) {
				continue // "three days per week with a base range of" is the schedule
			}
			return model.UnitWeek, true
		case w == "monthly" || w == "per month":
			return model.UnitMonth, true
		case strings.HasPrefix(w, "annual") || w == "yearly" || w == "per annum":
			return model.UnitYear, true
		case w == "fee" || strings.HasPrefix(w, "fixed") || strings.HasPrefix(w, "flat") || w == "budget":
			return model.UnitProject, true
		case w == "stipend" || w == "honorarium":
			stipend = true
		}
	}
	if stipend {
		return model.UnitProject, true
	}
	if dayRateBefore(before) {
		return model.UnitDay, true // "TJM : 550 €"
	}
	if rewardNamed(before) {
		return model.UnitProject, true // "bounty $100": paid once
	}
	return "", false
}

// sizeUnit guesses the unit of an amount stated without one.
func sizeUnit(m money) model.PayUnit {
	if u, ok := sizeMonthUnit(m); ok {
		return u // "₹50000", "Rs. 37,000 + HRA": a month's
	}
	if u, ok := sizeHourUnit(m); ok {
		return u // "1200円": an hour's (pay_yen_size.go)
	}
	if u, ok := sizeDayUnit(m); ok {
		return u // "£400 - £600": a day rate (pay_pound_day_rate.go)
	}
	switch {
	case m.max < 1:
		return model.UnitProject // "$0.40": no hour, day or month is paid less than one unit; a task is (pay_piece_rate_test.go)
	case monthlyCurrencies[m.currency] && m.max > 250:
		if monthTooBig(m.currency, m.min, m.max) {
			return model.UnitYear // "AED 150K - AED 220K": a year's (pay_year_size.go)
		}
		return model.UnitMonth
	case m.max >= 15000:
		return model.UnitYear
	case m.max <= 250:
		return model.UnitHour
	case m.ranged && m.min >= 1000:
		return model.UnitMonth
	}
	return model.UnitProject
}

var (
	// unpaidRe finds statements that the work is not paid.
	unpaidRe = newCueRegexp(`(?i)\b(?:unpaid|non[- ]paid|not paid|no pay|no payment|no stipend|no salary|no compensation|without (?:pay|compensation|remuneration|a stipend)|zero pay|for (?:academic )?credit only|paid in exposure|equity[- ]only|volunteer(?:ing)?|voluntary)\b`)
	// unpaidNot lists what may follow "unpaid" without meaning unpaid work.
	unpaidNot = regexp.MustCompile(`(?i)^\s*(?:time[- ]off|leave|vacation|holidays?|days? off|pto|sick|break|invoices?|bills?|claims?|balances?|amounts?|debts?|wages|overtime|fees|taxes|accounts?|orders?|parental|family|personal|days|rent)\b`)
	// volunteerWork keeps "volunteer" to the work itself: a volunteer role,
	// not "paid volunteer time" or "a Peace Corps volunteer".
	volunteerWork = regexp.MustCompile(`(?i)^\s*(?:position|role|opportunity|basis|internship|job|gig|project|work|program(?:me)?|assignment|capacity|post)\b`)
	// volunteerProgramRole is a paid post that runs a volunteer programme,
	// after "volunteer": " Program Manager", " Programme Coordinator".
	volunteerProgramRole = regexp.MustCompile(`(?i)^\s*program(?:me)?s?\s+(?:manager|management|coordinator|director|lead|recruiter|specialist|administrator|officer|supervisor|liaison|associate|assistant)\b`)
	// volunteerRunVerb is a paid post's duty of running the volunteer
	// programme, before "volunteer": "Lead our volunteer program", "manage
	// the volunteer programme". "Join our volunteer program" stays unpaid.
	volunteerRunVerb = regexp.MustCompile(`(?i)\b(?:lead|leads|leading|manage|manages|managing|coordinate|coordinates|coordinating|run|runs|running|oversee|oversees|overseeing|grow|grows|growing|develop|develops|developing|build|builds|building|administer|administers|administering|direct|directs|directing|expand|expands|expanding|supervise|supervises|supervising)\s+(?:(?:our|the|a|an|its|their)\s+)?(?:(?:growing|new|national|global|local|community|corporate|youth)\s+)?$`)
	noneWord         = regexp.MustCompile(`(?i)^\s*(?:none|n/?a|nil|0|unpaid|no|not paid|volunteer|-)\s*\.?\s*$`)
)

// isUnpaid reports whether text says the work itself is unpaid.
func isUnpaid(text string) bool {
	for _, loc := range unpaidRe.FindAllStringIndex(text, -1) {
		w := strings.ToLower(text[loc[0]:loc[1]])
		rest := text[loc[1]:]
		before := strings.ToLower(text[max(0, loc[0]-12):loc[0]])
		switch {
		case strings.HasPrefix(w, "unpaid") || strings.HasPrefix(w, "non") || w == "not paid":
			if !unpaidNot.MatchString(rest) {
				return true
			}
		case strings.HasPrefix(w, "volunt"):
			if volunteerWork.MatchString(rest) && !strings.Contains(before, "paid") && !strings.Contains(before, "employee") &&
				!volunteerProgramRole.MatchString(rest) && !volunteerRunVerb.MatchString(text[max(0, loc[0]-40):loc[0]]) {
				return true
			}
		case strings.HasPrefix(w, "no ") && strings.HasPrefix(strings.TrimSpace(strings.ToLower(rest)), "cut"):
		default:
			return true
		}
	}
	return false
}

// unpaidPayText reports a pay field that only says there is no pay.
func unpaidPayText(s string) bool { return noneWord.MatchString(s) || isUnpaid(s) }

// periodForeign are period nouns in German, French, Spanish and Portuguese
// and Dutch pay texts: "3.500 € brutto/Monat", "2 000 € par mois", "$18,000
// al mes", "R$ 3.000,00 por mês", "€ 2.000 per maand".
const periodForeign = `monat|jahr|stunde|woche|tag|maand|jaar|uur|dag|mois|an|ann(?:é|e)e|heure|semaine|jour|m(?:e|ê)s|a(?:ñ|n)o|hora|semana|d(?:í|i)a`

// periodSlavic are Polish and Czech period nouns after "/" or "per": "130
// PLN / godz.", "300 Kč/hod", "/miesiąc", "/rok".
const periodSlavic = `hod(?:inu|ina|\.)?|godz(?:ina|inę|\.)?|mies(?:iąc|iac|\.)?|msc|m(?:ě|e)s(?:í|i)c|rok|den`

// periodLocal are period words that stand alone after an amount in Polish,
// Czech, Russian and Chinese pay texts: "PLN brutto miesięcznie", "Kč
// měsíčně", "руб. в месяц", "/мес", "NT$ 60,000 - 80,000 (月薪)" (月薪 a
// monthly salary, 年薪 a yearly one, 時薪 an hourly wage, 日薪 a day's),
// "300元/天" (a day), "400元/时" (an hour), "3000元/周" (a week).
// Cyrillic and Chinese have no ASCII word boundary, so none is asked for.
const periodLocal = `miesi(?:ę|e)cznie\b|rocznie\b|m(?:ě|e)s(?:í|i)(?:č|c)n(?:ě|e)|ro(?:č|c)n(?:ě|e)|` +
	`(?:/|в\s|за\s)\s*(?:мес(?:яц)?|год|час|день)|ежемесячно|` +
	`(?:-\s*)?\(?\s*(?:月薪|年薪|時薪|时薪|日薪)\s*\)?|/\s*(?:天|日|月|年|小时|小時|时|時|周|週|星期)`

// localUnit maps a period word of periodSlavic or periodLocal to its unit;
// "" for any other word.
func localUnit(w string) model.PayUnit {
	switch {
	case strings.Contains(w, "月") || strings.Contains(w, "мес") || strings.HasPrefix(w, "mies") || w == "msc" ||
		strings.HasPrefix(w, "měs") || strings.HasPrefix(w, "mes") && (strings.HasSuffix(w, "c") || strings.HasSuffix(w, "ně") || strings.HasSuffix(w, "ne")):
		return model.UnitMonth
	case strings.Contains(w, "年") || strings.Contains(w, "год") || strings.HasPrefix(w, "rocz") || strings.HasPrefix(w, "roč") || w == "rok" || w == "rocne":
		return model.UnitYear
	case strings.Contains(w, "時") || strings.Contains(w, "时") || strings.Contains(w, "час") || strings.HasPrefix(w, "hod") || strings.HasPrefix(w, "godz"):
		return model.UnitHour
	case strings.Contains(w, "日") || strings.Contains(w, "天") || strings.Contains(w, "день") || w == "den":
		return model.UnitDay
	case strings.Contains(w, "周") || strings.Contains(w, "週") || strings.Contains(w, "星期"):
		return model.UnitWeek
	}
	return ""
}

// monthlyCurrencies are the currencies of countries where pay stated
// without a period is a month's: Czech, Polish, Russian, Ukrainian,
// Brazilian, Turkish, Taiwanese, Chinese and Gulf salaries among others are
// quoted by the month, and so are Latin American, Ghanaian and Bulgarian
// ones. (Swedish and Danish ones are too, but a year's is common enough
// that only a crown amount read by markCandidate goes by its size.)
var monthlyCurrencies = map[string]bool{"CZK": true, "PLN": true, "RUB": true, "UAH": true, "HUF": true, "RON": true,
	"BRL": true, "TRY": true, "TWD": true, "CNY": true, "VND": true, "IDR": true, "MYR": true, "THB": true,
	"EGP": true, "SAR": true, "AED": true, "QAR": true, "PKR": true, "KES": true, "ILS": true, "KZT": true, "ETB": true,
	"MXN": true, "COP": true, "CLP": true, "ARS": true, "PEN": true, "UYU": true, "GHS": true, "BGN": true, "BOB": true, "TND": true, "DZD": true, "RSD": true,
	"UZS": true, "BYN": true, "KGS": true, "TJS": true, "AZN": true, "GEL": true, "AMD": true, "MDL": true, // pay_cis_places.go
	"TZS": true, "UGX": true, "RWF": true, "DOP": true, "GTQ": true, // East African shillings and the Rwandan franc, the Dominican peso and the Guatemalan quetzal (pay_shilling_dollar_marks_test.go, pay_spanish_marked_range_test.go)
	"KWD": true, "OMR": true, "BHD": true, "JOD": true} // Gulf and Jordanian dinars and the Omani rial (money_gulf_dinars.go)

// perOther is an amount for each of something that is no period and no
// piece of work (those unitAfter reads first): "$5 per widget", "$12 per
// seat". Such an amount is a price, unless the thing is a measure work is
// paid by (workMeasure).
var perOther = regexp.MustCompile(`(?i)^\s*per\s+[a-z]`)

// workMeasure are measures work is paid by: "$0.08 per word", "$0.60 per
// mile", "$12 per delivery".
var workMeasure = regexp.MustCompile(`(?i)^\s*per\s+(?:words?|pages?|miles?|km|kilomet(?:er|re)s?|clicks?|minutes?|mins?|shifts?|visits?|deliver(?:y|ies)|drops?|stops?|orders?|students?|pupils?|clients?|patients?|participants?|respondents?|tests?|bugs?|tickets?|chats?|recordings?|images?|photos?|labels?|annotations?|questions?|answers?|responses?|entries?|rows?|records?|listings?|products?|pieces?|jobs?|rides?|trips?|runs?)\b`)

// slashRanges joins two amounts written "$150,000/$180,000": each with
// its currency sign, the same currency, of the same size (at most 2.5
// apart, from 1,000), the slash between them and nothing else.
func slashRanges(text string, ms []money) []money {
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.end >= b.start || text[a.end:b.start] != "/" || a.ranged || b.ranged || a.big || b.big || a.currency != b.currency ||
			isDigit(text[a.start]) || isDigit(text[b.start]) || a.min < 1000 || b.max > 2.5*a.min || a.min > 2.5*b.max {
			continue
		}
		a.min, a.max = min(a.min, b.min), max(a.max, b.max)
		a.end, a.ranged, a.kSuffix = b.end, true, a.kSuffix || b.kSuffix
		ms[i] = a
		ms = append(ms[:i+1], ms[i+2:]...)
	}
	return ms
}

// fundingNear finds talk of funding, revenue, prices, budgets and other
// money that is not a salary in the sentence around an amount: an amount
// there with no pay word or period is none.
var fundingNear = regexp.MustCompile(`(?i)\b(?:raised?|raising|funding|funded|funds?|pre-?seed|seed|series [a-f]|round|investors?|investment|valuation|valued|revenue|arr|mrr|backed|grants?|acquired|acquisition|sales of|sold|sells?|turnover|costs?|priced?|prices|worth|budgets?|spend|spent|spending|buy|purchase[sd]?|loans?|debt|rent|mortgage|fees?|fines?|donat\w*|prizes?|scholarships?|tuition|savings?|saved?|(?:deals?|contracts?|orders?|projects?|accounts?) (?:of|worth|valued)|deal (?:sizes?|values?)|quotas?|portfolio|assets|claims?|settlement|million|billion)\b`)

// salaryShaped reports an amount that reads as a yearly salary with no pay
// word or period beside it, as job boards print the range on a line of its
// own ("$121,755 - $132,713", "Estimated: $180,000 - $220,000", "£40,000"):
// a currency sign written before it, thousands written with separators,
// and a size between 20,000 and 1,000,000 (a range's ends at most 2.5
// apart). Funding, revenue and the like are turned away before (badBefore,
// badAfter), M/B amounts never get here.
func salaryShaped(text string, m money) bool {
	if m.max < 20000 || m.max > 1e6 || (m.ranged && (m.min < 15000 || m.max > 2.5*m.min)) {
		return false
	}
	span := text[m.start:m.end]
	if m.kSuffix && !strings.ContainsAny(span, "kK") {
		return false // lakhs and the like have their own cues (lakhPay)
	}
	if !m.ranged && !m.kSuffix && !strings.ContainsAny(span, ",.'\u00a0\u202f") && !strings.Contains(span, " 0") {
		return false // "$50000": no thousands separator, as often an id or a count
	}
	if isDigit(text[m.start]) && !codeEnds(span) {
		return false // the sign comes first: "$40,000", "£40,000", "USD 90,000"; or a code after: "80,000 USD"
	}
	seg := segmentAround(text, m.start, m.end) // pipe header segment (pay_pipe_segment.go)
	if containsFold(seg, "cost of living") {
		seg = maskCostOfLivingPlaces(seg) // "Lower cost of living areas: $X-$Y" (pay_cost_of_living_tier.go)
	}
	return !fundingNear.MatchString(seg)
}

// sentenceAround is the sentence (or line) holding text[start:end], at
// most 120 bytes either side.
func sentenceAround(text string, start, end int) string {
	a, b := max(0, start-120), min(len(text), end+120)
	if i := strings.LastIndexAny(text[a:start], ".!?\n"); i >= 0 {
		a += i + 1
	}
	if i := strings.IndexAny(text[end:b], "!?\n"); i >= 0 {
		b = end + i
	}
	if i := strings.Index(text[end:b], ". "); i >= 0 {
		b = end + i
	}
	return text[a:b]
}
