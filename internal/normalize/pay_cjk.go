package normalize

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay notation: Japanese and
// Korean amounts counted in ten-thousands (万円, 만원) or thousands (千円)
// with their pay labels (月給, 年収, 時給, 日給; 월, 연봉, 시급), yen and won
// written after the amount (円, 원), Chinese currency names after an amount
// (港元, 欧元, 日元, 美元), Chinese K amounts named pay by a label (月薪
// 2k-4k, 薪资：3-5K/月), full-width digits and tildes ("月給２５万円～３０万円",
// "150～250 元/天"); tenge, hryvnia and roubles written out ("500 000тг в
// месяц", "50000 гривен", "от 150000 до 250000 рублей"); and a pay field
// that is an amount and a currency word ("50,000 dollars").

// cjkNum is an amount in ASCII or full-width digits: thousands grouped by
// commas with an optional fraction, or by two or more points ("2.400.000원", read whole by
// wonYenDots; "400.000원" alone was read from its middle).
const cjkNum = `[0-9０-９]+(?:(?:[.．][0-9０-９]{3}){2,}|(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?)`

// cjkAmt is cjkNum with a count unit: 万, 萬 or 만 (ten thousand, with
// what follows it: "25万3000"), 억 (a hundred million, with ten-thousands
// after it: "3억 5000만"), 千 (a thousand: "1千5百") or k.
const cjkAmt = cjkNum + `(?:\s*(?:万|萬|만)(?:\s*` + cjkNum + `(?:\s*千)?)?|\s*억(?:\s*` + cjkNum + `(?:` + krCheon + `)?\s*만)?|` + krCheon + `\s*만|\s*千(?:\s*` + cjkNum + `\s*百)?|\s*[kKｋＫ]|[wW]\b)?`

// cjkLabel are the pay labels: Japanese, Korean and Chinese words for a
// month's, a year's, an hour's, a day's or a week's pay, and for pay.
const cjkLabel = `固定報酬制|固定報酬|時間単価制|時間単価|固定給|基本給|時間給|想定年収|年収|年俸|月給|月収|月額|時給|日給|週給|給与|給料|연봉|월급|월|시급|일급|주급|月薪|年薪|日薪|时薪|時薪|实习薪资|薪资|薪資|薪酬|工资|工資|底薪|补贴|補貼|月` + krPerPieceLabels + krTimePerLabels + krMonthLabels

// cjkMoney is a CJK amount: a number with an optional count unit, a
// currency after it, a second end after a tilde or dash, a period after a
// slash, and "·15薪" (months of pay) (tried around its key words: see
// keyRegexp; each key is a whole CJK character or word; the pay label
// before the amount is read by cjkLabelBefore, which keeps this regexp
// small: it is tried at digits only). It also matches a bare number, which
// cjkPay never reads as pay: a reading needs a currency, or a label
// (a key) with a count unit or a period.
var cjkMoney = newPlainKeyRegexp(`(`+cjkAmt+`)\s*(円|원|港元|港币|港幣|欧元|歐元|日元|美元|英镑|人民币|元)?`+
	`(?:\s*(?:~|～|〜|∼|-|–|—|－|―|ー|‐|−|至|到)\s*(?:(`+cjkAmt+`)\s*(円|원|港元|港币|港幣|欧元|歐元|日元|美元|英镑|人民币|元)?)?)?`+
	`(?:\s*(?:/|／|每)\s*(月|年|天|日|小时|时|時間|時|周|週|星期|시간|h|H|单|單|篇|件|次|건))?(\s*[·•・]\s*\d{1,2}\s*薪)?`, 48, 60,
	"円", "万", "萬", "원", "元", "薪", "給", "収", "만", "工资", "工資", "补贴", "補貼",
	"연봉", "시급", "월급", "일급", "주급", // Korean labels over a figure with 원 left off (krLabelGrouped, pay_korean_day_word.go)
	"人民币", "人民幣") // the yuan named before the figures: "人民币 10–15K/月" (yuanNameBefore, pay_renminbi_word.go)

// cjkCurrencies maps a currency written after a CJK amount to its code.
var cjkCurrencies = map[string]string{"円": "JPY", "원": "KRW", "港元": "HKD", "港币": "HKD", "港幣": "HKD", "欧元": "EUR",
	"歐元": "EUR", "日元": "JPY", "美元": "USD", "英镑": "GBP", "人民币": "CNY", "元": "CNY"}

// cjkSignCurrencies are the currencies the money scanner reads from a
// sign a CJK phrase may hold (元, ¥, ₩, HK$, NT$): a candidate in another
// currency is never the end of a CJK range, and unscannedPay need not look.
var cjkSignCurrencies = map[string]bool{"CNY": true, "JPY": true, "KRW": true, "HKD": true, "TWD": true}

// cjkNotPay are words just before a CJK amount that make it no pay:
// capital, revenue, funding, market value, commuting and other allowances,
// bonuses, budgets, prices, fees, rent and tuition.
var cjkNotPay = []string{"資本金", "资本", "売上", "营收", "营业额", "融资", "融資", "市値", "市值", "매출", "투자", "자본금",
	"交通費", "交通费", "手当", "賞与", "奖金", "보너스", "ボーナス", "予算", "预算", "価格", "价格", "料金", "費用", "费用",
	"家賃", "房租", "学費", "学费", "수강료", "지원금", "수당", "支度金", "祝い金", "一時金", "奨励金"}

// cjkNotPayAfter are words right after a CJK amount that make it no
// pay: an allowance, a bonus or a subsidy ("2万円の手当", "30만원 수당").
var cjkNotPayAfter = []string{"手当", "賞与", "ボーナス", "補助", "奖金", "补助", "보너스", "수당"}

// iberianRangeWord is the second end of a range joined by Portuguese or
// Spanish "a" / "até" / "hasta" after a one-amount candidate ("R$ 8.000 a
// 12.000 por mês", "R$ 3.500,00 a R$ 5.000,00"), with what may follow it:
// nothing, punctuation, a currency, a period or a gross/net word.
var iberianRangeWord = regexp.MustCompile(`^\s+(?:a|até|ate|hasta)\s+(?:(?:R\$|US\$|\$|€)\s?)?(` + number + `)\s*(?:€|EUR|BRL|reais|euros)?(?:\s*(?:$|[.,;)\n]|/|por\b|al\b|ao\b|mensa(?:l|is|ual|uales)\b|anua(?:l|is|les)\b|brutos?\b|netos?\b|l[ií]quidos?\b))`)

// iberianRangeA (called next to slavicRangeStart in bestPay) widens a
// one-amount candidate to the range "a" joins: the second end must be at
// least the first and at most twenty times it, and end the phrase ("$20 a
// 30-minute call" stays one amount). A period after the second end is
// read.
func iberianRangeA(text string, c *payCandidate) {
	if c.ranged || c.max <= 0 || c.end >= len(text) || c.end+2 > len(text) || text[c.end] != ' ' {
		return
	}
	m := iberianRangeWord.FindStringSubmatchIndex(text[c.end:min(len(text), c.end+60)])
	if m == nil {
		return
	}
	hi, big := parseAmount(text[c.end+m[2]:c.end+m[3]], "")
	if big || hi > 20*c.max {
		return
	}
	if hi < c.max {
		if !descendingRangeEnd(c.max, hi) {
			return
		}
		c.min, hi = hi, c.max // "R$ 9.000 a R$ 6.000": the ends written high to low (pay_word_range_us_code.go)
	}
	c.max, c.ranged, c.end = hi, true, c.end+m[3]
	after := text[c.end:min(len(text), c.end+60)]
	if loc := unitAfter.FindStringSubmatchIndex(after); loc != nil {
		c.unit, c.score = unitWord(group(after, loc, 1)+group(after, loc, 2)), 3
		c.end += loc[1]
	}
	c.end = trimEnd(text, c.start, c.end)
}

// wanUnit is the period of a currency-less amount in 万 with none
// stated (barePay): under 10万 a month's pay ("1.5万-3万", "2-3万"), from
// 10万 a year's ("15万-25万"); an amount in 千 (thousands: "5千-8千",
// "8千") is a month's from 1千 up; "" for other amounts.
func wanUnit(mul1, mul2 string, hi float64) model.PayUnit {
	if mul1 == "千" || mul2 == "千" {
		if hi >= 1000 && hi < 1e5 {
			return model.UnitMonth
		}
		return ""
	}
	if mul1 != "万" && mul2 != "万" {
		return ""
	}
	if hi < 1e5 {
		return model.UnitMonth
	}
	return model.UnitYear
}

// unscannedPay (called at the end of bestPay) reads what the money scanner
// does not: a CJK pay phrase, which also replaces a candidate it contains
// ("150～250 元/天" where the scanner read "250 元/天"); then, with no
// candidate, tenge, hryvnia and roubles written out, and a pay field of an
// amount and a currency word.
func unscannedPay(text string, lenient bool, best *payCandidate) *payCandidate {
	if best != nil && !cjkSignCurrencies[best.currency] {
		return best // only a yuan, yen, won or Hong Kong dollar amount may sit inside a CJK range
	}
	if c := cjkPay(text, lenient); c != nil && (best == nil || c.start <= best.start && c.end >= best.end && c.ranged && !best.ranged) {
		return c
	}
	if best != nil {
		return best
	}
	if c := cyrillicPay(text, lenient); c != nil {
		return c
	}
	if c := currencyWordPay(text, lenient); c != nil {
		return c
	}
	return dongShortPay(text, lenient) // "10-15tr", "20.000.000 VNĐ" (pay_vietnamese_short.go)
}

// cjkPay is the first CJK pay phrase in text, or nil. An amount needs
// a currency after it (円, 원, 元 ...) or a pay label before it with a
// count unit or a period (年収700万, 月薪 2k-4k, 薪资：3-5K/月); a label
// alone over a plain number is no pay ("時給1200": no yen). A Chinese
// label or "K·15薪" names yuan only in running text: a pay field with no
// currency is barePay's, which takes the listing's place (Taipei: TWD). The period
// comes from a slash after it, else the label (written right before it or
// ending the line above: "【想定年収】\n268万円～460万円"), else the size.
// "以上" / "이상" (or more) and a trailing tilde leave one figure.
func cjkPay(text string, lenient bool) *payCandidate {
	return cjkPayFrom(text, lenient, cjkMoney.FindAllStringSubmatchIndex(text, -1))
}

// cjkPayFrom is cjkPay on cjkMoney's matches ms in text.
func cjkPayFrom(text string, lenient bool, ms [][]int) *payCandidate {
	for i, m := range ms {
		lo, loUnit := cjkAmount(group(text, m, 1))
		cur := cjkCurrencies[group(text, m, 2)]
		hi, hiUnit := lo, loUnit
		ranged := m[6] >= 0
		if ranged {
			hi, hiUnit = cjkAmount(group(text, m, 3))
			if c := cjkCurrencies[group(text, m, 4)]; c != "" {
				cur = c
			}
			if loUnit == 1 && hiUnit > 1 && lo*hiUnit <= hi*10 && lo*hiUnit*10 >= hi {
				// "年収500〜700万円", "3,000~4,000만원", "월 300~216만원": the unit
				// applies to both ends where that makes them of one size.
				lo *= hiUnit
			}
		}
		if (cur == "KRW" || cur == "JPY") && loUnit == 1 && hiUnit == 1 {
			lo, hi = wonYenDots(group(text, m, 1), lo), wonYenDots(group(text, m, 3), hi) // "25.000원", "1.200円" (pay_won_yen_dots.go)
			if !ranged {
				hi = lo
			}
		}
		counted := loUnit > 1 || hiUnit > 1
		period := group(text, m, 5)
		months := m[12] >= 0                    // "18-30K·15薪": a month's pay, fifteen of them a year
		yuanLead := yuanNameBefore(text[:m[2]]) // "薪资：人民币 10–15K/月", "年薪：CNY 20-30万" (pay_renminbi_word.go)
		if yuanLead > 0 && cur == "" {
			cur = "CNY"
		}
		start, label := m[2]-yuanLead, cjkLabelBefore(text[:m[2]-yuanLead])
		after := 0 // the length of a label after the figures: "15-25K的薪资" (pay_chinese_label_after.go)
		if label == "" {
			label, after = chineseLabelJoinedAfter(text[m[1]:min(len(text), m[1]+16)])
		}
		if cur == "" && !counted && period == "" && after == 0 && !krLabelGrouped(label, group(text, m, 1)) {
			continue // a bare number: no pay whatever is before it
		}
		if label != "" && after == 0 {
			start = strings.LastIndex(text[:m[2]-yuanLead], label)
		}
		if (loUnit == 1e8 || hiUnit == 1e8) && !lenient && label == "" {
			continue // "100억원 투자 유치": in running text an amount in 억 is pay only after a pay label (연봉 1억원)
		}
		if cjkNotPayBefore(text[max(0, start-24):start]) || cjkNotPayNext(text[m[1]:min(len(text), m[1]+12)]) ||
			krNotPayBefore(text[max(0, start-40):m[2]]) || // "최저시급 10,320원", "인센티브 매월 20만원" (pay_korean_not_pay.go)
			negotiableFloorBefore(text, text[:start]) || // "待遇面議（經常性薪資達4萬元或以上）" (pay_negotiable_cjk.go)
			label == "" && cjkAllowanceLabels(text[m[1]:min(len(text), m[1]+40)]) {
			continue
		}
		if cur == "" && months && counted && !lenient {
			cur = "CNY"
		}
		if cur == "" && (krLabelManwon(label, group(text, m, 1), group(text, m, 3)) || krLabelGrouped(label, group(text, m, 1))) {
			cur = "KRW" // "시급 1.2만" (pay_korean_day_word.go)
		}
		if cur == "" {
			cur = cjkLabelCurrency(label)
			if cur == "" || otherCurrencyAfter(text[m[1]:min(len(text), m[1]+24)]) {
				continue // "5万人", "월 3회": no currency, no pay; "15-20k 折算USDT": not yuan
			}
			if lenient && cur == "CNY" {
				continue // a pay field with no currency: barePay reads it with the listing's place ("NT$" in Taipei)
			}
		}
		if lo <= 0 || hi <= 0 {
			continue
		}
		if lo > hi {
			lo, hi = hi, lo
		}
		c := &payCandidate{money: money{start: start, end: m[1] + after, min: lo, max: hi, currency: cur, ranged: ranged && lo != hi}, score: 2}
		switch {
		case period != "":
			c.unit, c.score = slashPeriodUnit(period), 3
		case months:
			c.unit, c.score = model.UnitMonth, 3
		case label != "":
			c.unit = cjkLabelUnit(label)
		}
		if c.unit == "" {
			c.unit = sizeUnit(c.money)
		}
		if cjkImplausible(c) || implausibleAmount(*c) {
			continue
		}
		c.end = trimEnd(text, c.start, c.end)
		if label == "" && period == "" && !months {
			if l := cjkLabelledAfter(text, lenient, ms[i+1:]); l != nil {
				return l // "1200円 月給21万円": the label names the pay (pay_cjk_label_first.go)
			}
		}
		return c
	}
	return nil
}

// cjkAmount reads an cjkAmt amount: its value and its count unit (1,
// 1e3 for 千 and k, 1e4 for 万 and 만, 1e8 for 억).
func cjkAmount(s string) (float64, float64) {
	s = cjkASCII(s)
	num := func(s string) (float64, string) {
		i := 0
		for i < len(s) && (isDigit(s[i]) || s[i] == ',' || s[i] == '.') {
			i++
		}
		v, _ := strconv.ParseFloat(strings.ReplaceAll(s[:i], ",", ""), 64)
		return v, strings.TrimLeft(s[i:], " \t")
	}
	v, rest := num(s)
	switch {
	case strings.HasPrefix(rest, "万"), strings.HasPrefix(rest, "萬"), strings.HasPrefix(rest, "만"):
		r, n := utf8.DecodeRuneInString(rest)
		after := rest[n:]
		rest = strings.TrimLeft(after, " \t")
		w, tail := num(rest)
		switch {
		case strings.HasPrefix(tail, "千") || r != '만' && wanLoneThousands(after):
			w *= 1e3 // "25万3千", "28万8" (pay_cjk_wan_shorthand.go)
		case r != '만' && len(rest) < len(after):
			w = 0 // "月給20万 5日勤務": a figure after a space is something else
		}
		return v*1e4 + w, 1e4 // "25万3000"
	case strings.HasPrefix(rest, "억"):
		w, tail := num(strings.TrimLeft(rest[len("억"):], " \t"))
		return v*1e8 + krCheonValue(w, tail)*1e4, 1e8 // "3억", "3억 5000만", "1억 2천만" (pay_korean_cheon.go)
	case strings.HasPrefix(rest, "천"):
		return krCheonValue(v, rest) * 1e4, 1e7 // "4천만", "4천5백만": thousands of 만 (pay_korean_cheon.go)
	case strings.HasPrefix(rest, "千"):
		w, _ := num(strings.TrimLeft(rest[len("千"):], " \t"))
		return v*1e3 + w*100, 1e3 // "1千5百"
	case rest != "" && (rest[0] == 'k' || rest[0] == 'K'):
		return v * 1e3, 1e3
	case rest != "" && (rest[0] == 'w' || rest[0] == 'W'):
		return v * 1e4, 1e4 // "年薪30-50w": w, for 万 (wan), ten thousand
	}
	return v, 1
}

// cjkASCII maps full-width digits, commas and points to ASCII and the
// full-width k to k.
func cjkASCII(s string) string {
	if strings.IndexByte(s, 0xef) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + r - '０'
		case r == '，':
			return ','
		case r == '．':
			return '.'
		case r == 'ｋ' || r == 'Ｋ':
			return 'k'
		}
		return r
	}, s)
}

// cjkLabelBefore is a pay label ending the text before an amount, past
// markup and at most one line break ("**想定年収**\n", "【想定年収】\n",
// "## 年収\n"), or "".
func cjkLabelBefore(before string) string {
	b := strings.TrimRight(before, " \t*#】]」):：")
	if strings.HasSuffix(b, "\n") {
		b = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(b, "\n"), "\r"), " \t*#】]」):：")
	}
	b = trimLabelQualifier(trimAboutWord(b)) // "薪资范围：" (pay_chinese_label_qualifiers.go), "月給約" (pay_not_for_work.go)
	for _, l := range cjkLabels {
		if strings.HasSuffix(b, l) {
			return l
		}
	}
	return krDayWordBefore(b) // "일 12만원" (pay_korean_day_word.go)
}

// cjkLabels are cjkLabel's words, the longer first.
var cjkLabels = strings.Split(cjkLabel, "|")

// cjkNotPayBefore reports a word in before that makes the amount no pay.
func cjkNotPayBefore(before string) bool {
	for _, w := range cjkNotPay {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// cjkNotPayNext reports an allowance or bonus word right after the
// amount, or after "の" (of); a Korean one also past a space (Korean
// writes spaces between words). A word after a space in Japanese starts
// the next item ("月給20万円 賞与年4ヶ月": a bonus of four months besides).
func cjkNotPayNext(after string) bool {
	after = strings.TrimPrefix(after, "の")
	spaced := strings.TrimLeft(after, " ")
	for _, w := range cjkNotPayAfter {
		if strings.HasPrefix(after, w) || w[0] >= 0xea && w[0] <= 0xed && strings.HasPrefix(spaced, w) {
			return true // Hangul syllables start with the bytes 0xea-0xed
		}
	}
	return false
}

// cjkLabelCurrency is the currency a label names with no currency
// written: yen for Japanese labels, yuan for Chinese ones; "" for Korean
// ones (won is written: "월 300만원") and for 月 alone.
func cjkLabelCurrency(label string) string {
	switch {
	case label == "" || label == "月":
		return ""
	case strings.ContainsAny(label, "給収俸与料額"), strings.Contains(label, "報酬"), strings.Contains(label, "単価"):
		return "JPY" // 報酬 and 単価: a crowdsourcing reward or unit price (pay_cjk_gig_test.go)
	case strings.ContainsAny(label, "薪资資酬补補工"):
		return "CNY"
	}
	return ""
}

// cjkLabelUnit is the period a label names, or "" for pay alone (給与,
// 薪资, 工资).
func cjkLabelUnit(label string) model.PayUnit {
	if u, ok := krTimePerUnit(label); ok {
		return u // "시간당 2만원": per hour (pay_korean_time_per.go)
	}
	if u, ok := krPerPieceUnit(label); ok {
		return u // "차시당 80만원": per lesson session (pay_bare_budget_per_piece.go)
	}
	switch {
	case strings.HasPrefix(label, "固定報酬"): // a fixed reward for the work (CrowdWorks, Lancers)
		return model.UnitProject
	case strings.HasPrefix(label, "月"), strings.HasPrefix(label, "월"), label == "固定給", label == "基本給", krMonthLabel(label): // a fixed or base salary is quoted by the month
		return model.UnitMonth
	case strings.Contains(label, "年"), label == "연봉":
		return model.UnitYear
	case strings.HasPrefix(label, "時"), strings.HasPrefix(label, "时"), label == "시급":
		return model.UnitHour
	case strings.HasPrefix(label, "日"), label == "일급", label == "일":
		return model.UnitDay
	case label == "週給", label == "주급":
		return model.UnitWeek
	}
	return ""
}

// slashPeriodUnit is the period after a slash.
func slashPeriodUnit(p string) model.PayUnit {
	switch p {
	case "月":
		return model.UnitMonth
	case "年":
		return model.UnitYear
	case "天", "日":
		return model.UnitDay
	case "周", "週", "星期":
		return model.UnitWeek // "3000元/周"
	case "单", "單", "篇", "件", "次", "건":
		return model.UnitProject // "500元/单": per order, article or piece
	}
	return model.UnitHour
}

// cjkImplausible is a yen or won amount too small for its period to be
// a salary: a month's "salary" under 50,000 yen or 500,000 won is an
// allowance ("月給 5,000円").
func cjkImplausible(c *payCandidate) bool {
	if c.unit != model.UnitMonth {
		return false
	}
	switch c.currency {
	case "JPY":
		return c.max < 5e4
	case "KRW":
		return c.max < 5e5
	}
	return false
}

// cyrillicMoney is an amount in tenge, hryvnia or roubles written out or
// signed after it ("500 000тг в месяц", "800 000 - 1 300 000 тенге",
// "50000 гривен", "от 800к до 1 300 000 тенге", "300 000 ₸"), or the tenge
// sign before it ("₸50000"), with an optional period after it (tried around its key
// words: see keyRegexp).
var cyrillicMoney = newPlainKeyRegexp(`(?i)(?:(₸)\s*(\d{1,3}(?:[  .]\d{3})+|\d+)|(\d{1,3}(?:[  .]\d{3})+|\d+)\s*(к|тыс\.?|тис\.?)?(?:\s*(?:-|–|—|до)\s*(\d{1,3}(?:[  .]\d{3})+|\d+)\s*(к|тыс\.?|тис\.?)?)?\s*(тенге|тг|₸|гривень|гривен|гривні|гривни|грн|рублей|рубля|руб\.?))(?:\s*(?:/|в|за|на)\s*(месяц|місяць|мес|міс|годину|година|час|год|день|смену))?`, 40, 24,
	"₸", "тенге", "тг", "гривн", "гривен", "грн", "руб")

// cyrillicPayWord is a Russian or Ukrainian pay word before an amount
// in running text: salary, "ЗП", the salary fork ("вилка"), pay, income.
var cyrillicPayWord = regexp.MustCompile(`(?i)(?:зарплат|заработн|зп[\s:.,]|з/п|оклад|вилк|оплат|доход|зарплатн|salary)`)

// cyrillicPay reads cyrillicMoney's amounts; nil when there is none.
// In running text the amount needs a pay word before it or a period after
// it; a pay field needs neither. With no period the unit comes from the
// size (tenge, hryvnia and roubles by the month).
func cyrillicPay(text string, lenient bool) *payCandidate {
	for _, m := range cyrillicMoney.FindAllStringSubmatchIndex(text, -1) {
		if e := m[1]; e < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[e:]); r >= 'а' && r <= 'я' || r >= 'А' && r <= 'Я' {
				continue // "тг" starting a longer word
			}
		}
		before := text[max(0, m[0]-40):m[0]]
		period := group(text, m, 8)
		if !lenient && period == "" && !cyrillicPayWord.MatchString(before) && !worldLabelIn(before) {
			continue
		}
		var lo, hi float64
		cur := "KZT"
		if m[2] >= 0 {
			lo, _ = parseAmount(group(text, m, 2), "")
			hi = lo
		} else {
			lo = cyrillicAmount(group(text, m, 3), group(text, m, 4))
			hi = lo
			if m[10] >= 0 {
				hi = cyrillicAmount(group(text, m, 5), group(text, m, 6))
			}
			switch w := strings.ToLower(group(text, m, 7)); {
			case strings.HasPrefix(w, "грив"), w == "грн":
				cur = "UAH"
			case strings.HasPrefix(w, "руб"):
				cur = "RUB"
			}
		}
		if lo <= 0 || hi <= 0 {
			continue
		}
		lo = roubleSharedThousands(lo, hi, m[8] >= 0, m[12] >= 0) // "260-320к руб" (pay_rouble.go)
		c := &payCandidate{money: money{start: m[0], end: m[1], min: min(lo, hi), max: max(lo, hi), currency: cur, ranged: lo != hi}, score: 2}
		switch {
		case strings.HasPrefix(period, "мес"):
			c.unit, c.score = model.UnitMonth, 3
		case period == "час" || strings.HasPrefix(period, "годин"): // Ukrainian "годину", an hour
			c.unit, c.score = model.UnitHour, 3
		case strings.HasPrefix(period, "міс"):
			c.unit, c.score = model.UnitMonth, 3
		case period == "год":
			c.unit, c.score = model.UnitYear, 3
		case period == "день" || period == "смену": // a shift's pay is a day's
			c.unit, c.score = model.UnitDay, 3
		default:
			c.unit = sizeUnit(c.money)
			if _, ok := slavicProjectAfter(text[m[1]:]); ok {
				c.unit, c.score = model.UnitProject, 3 // "1500 грн за статью" (pay_slavic_project.go)
			} else if u, ok := slavicBudgetUnit(before); ok {
				c.unit, c.score = u, 3 // "Бюджет: 10 000 руб."
			}
		}
		if implausibleAmount(*c) {
			continue
		}
		return c
	}
	return nil
}

// cyrillicAmount reads an amount grouped by spaces or points, with
// "к" or "тыс" for thousands.
func cyrillicAmount(n, mult string) float64 {
	n = strings.NewReplacer(" ", "", " ", "", ".", "").Replace(n)
	v, err := strconv.ParseFloat(n, 64)
	if err != nil {
		return 0
	}
	if mult != "" {
		v *= 1e3
	}
	return v
}

// currencyWordField is a pay field that is only an amount and a currency
// word: "50,000 dollars", "50k euros", "40,000 pounds sterling".
var currencyWordField = regexp.MustCompile(`(?i)^\s*(` + number + `)\s*(k)?\s*(dollars?|euros?|pounds?(?:\s+sterling)?)\s*$`)

// currencyWordPay reads currencyWordField in a pay field (text "50 pounds" stays
// no pay without a period: it may be a weight).
func currencyWordPay(text string, lenient bool) *payCandidate {
	if !lenient || len(text) > 40 {
		return nil
	}
	m := currencyWordField.FindStringSubmatchIndex(text)
	if m == nil {
		return codeAfterFieldPay(text, lenient) // "от 50 000 eur", "60k+ EUR/an" (pay_field_code_after.go)
	}
	v, _ := parseAmount(group(text, m, 1), group(text, m, 2))
	if v <= 0 {
		return nil
	}
	cur := "USD"
	switch strings.ToLower(group(text, m, 3))[0] {
	case 'e':
		cur = "EUR"
	case 'p':
		cur = "GBP"
	}
	c := &payCandidate{money: money{start: m[2], end: m[7], min: v, max: v, currency: cur, word: true}, score: 1}
	c.unit = sizeUnit(c.money)
	if implausibleAmount(*c) {
		return nil
	}
	return c
}
