package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Chinese pay labels and Taiwanese pay (table tests in
// pay_chinese_labels_test.go):
//
//   - a pay field that opens with a Chinese pay label or ends with one in
//     brackets and states no currency ("月薪 2万-4万", "年薪 80-120K",
//     "60K ~ 90K (月薪)"), a tilde between the ends ("5万 ~ 8万", "60K~90K")
//     or the traditional 萬 (ten thousand: "5萬-8萬"): barePay reads it once
//     the label is set aside, the tilde read as a dash and 萬 as 万, the
//     period taken from the label; the currency then comes from the
//     listing's place as for any bare pay field;
//   - 元 (the unit of both the yuan and the New Taiwan dollar), or a
//     Chinese pay label with no currency, in a listing placed in Taiwan is
//     the Taiwan dollar, not the yuan (unless 人民币, RMB or ¥ is written);
//   - a Chinese period label right before an amount in yuan or Taiwan
//     dollars ("年薪 1,200,000 元") gives its period where none is written
//     after the amount (the money scanner guesses a month for yuan);
//   - Taiwanese cities as pay places ("台北市": TWD), as chinaPayPlaces
//     are for mainland ones (a city alone still names no remote region).

// taiwanPayPlaces are Taiwanese cities, in traditional and simplified
// characters and in English.
var taiwanPayPlaces = []string{"台北", "台北市", "臺北", "臺北市", "新北", "新北市", "台中", "台中市", "臺中", "臺中市", "高雄", "高雄市",
	"台南", "台南市", "臺南", "臺南市", "新竹", "新竹市", "桃園", "桃園市", "taipei", "new taipei", "kaohsiung", "taichung", "hsinchu", "taoyuan"}

func init() {
	for _, c := range taiwanPayPlaces {
		payPlaces[c] = "TW"
	}
}

// chinesePeriodLabels are the Chinese pay labels that name a period, and
// chineseFieldLabels all the Chinese pay labels a pay field may open with.
var (
	chinesePeriodLabels = map[string]model.PayUnit{"月薪": model.UnitMonth, "年薪": model.UnitYear, "日薪": model.UnitDay,
		"时薪": model.UnitHour, "時薪": model.UnitHour}
	chineseFieldLabels = []string{"月薪", "年薪", "日薪", "时薪", "時薪", "薪资", "薪資", "薪酬", "薪水", "工资", "工資", "底薪"}
	// chineseLabelAfter is a label in brackets ending a pay field.
	chineseLabelAfter = regexp.MustCompile(`\s*[(（]\s*(月薪|年薪|日薪|时薪|時薪)\s*[)）]\s*$`)
	// fieldRangeMarks are what labelledBarePay reads as barePay's notation,
	// each replaced by text of the same length in bytes: tildes and 至
	// (to) between two ends by a dash, 萬 by 万.
	fieldRangeMarks = strings.NewReplacer("~", "-", "～", " - ", "〜", " - ", "∼", " - ", "至", " - ", "萬", "万")
)

// labelledBarePay (called by barePay when its pattern finds nothing) reads
// a currency-less pay field in Chinese notation (see above); nil when the
// field holds none of it or barePay reads nothing from it.
func labelledBarePay(field, text string) *model.Pay {
	if len(text) > 120 {
		return nil
	}
	if p := renminbiLeadPay(field, text); p != nil {
		return p // "人民币15-22K/月" (pay_renminbi_word.go)
	}
	off, end := 0, len(text)
	label := ""
	trimmed := dropNegotiableLead(strings.TrimLeft(text, " \t")) // "面議，年薪 104萬以上" (pay_negotiable_cjk.go)
	for _, l := range chineseFieldLabels {
		if strings.HasPrefix(trimmed, l) {
			label = l
			rest := strings.TrimLeft(trimmed[len(l):], " \t:：")
			rest = dropLabelQualifier(rest) // "薪资范围：" (pay_chinese_label_qualifiers.go)
			off = len(text) - len(rest)
			break
		}
	}
	if label == "" {
		if m := chineseLabelAfter.FindStringSubmatchIndex(text); m != nil {
			label, end = text[m[2]:m[3]], m[0]
		} else if o, e, ok := chineseFloorField(text); ok {
			label, off, end = "薪资", o, e // "不低于12K", "12K起" (pay_chinese_generic_month.go)
		}
	}
	if label != "" {
		end = orMoreEnd(text, off, end) // "年薪 104萬以上" (pay_negotiable_cjk.go)
		if wanLetterField.MatchString(text[off:end]) {
			return wanLetterPay(field, text, off, end) // "年薪30-50w" (pay_chinese_wan_letter.go)
		}
	}
	sub := perPeriodMarks(fieldRangeMarks.Replace(text[off:end])) // "9-13K每月" (pay_renminbi_word.go)
	if label == "" && sub == text {
		return nil // nothing to set aside or to read differently
	}
	if len(sub) != end-off || strings.TrimSpace(sub) == "" {
		return nil
	}
	unit, stated := chinesePeriodLabels[label], strings.ContainsAny(sub, "/／每") || containsFold(sub, "per")
	p := barePay(field, sub)
	if p == nil && unit != "" && !stated {
		p = barePay(field, sub+" per "+string(unit)) // "月薪 8000": the label is the period
	}
	if p == nil && unit == "" && label != "" && !stated {
		// "薪资：11k-17k": a generic label over figures barePay cannot size
		// is a month's pay, as chineseGenericMonth reads it (pay_chinese_generic_month.go)
		if q := barePay(field, sub+" per month"); q != nil && q.Max <= chineseGenericMonthMax {
			p = q
		}
	}
	if p == nil || p.Evidence == nil {
		return nil
	}
	if unit != "" && !stated {
		if lim := bareLimits[unit]; p.Min < lim[0] || p.Max > lim[1] {
			return nil // "月薪 5": no month's pay at that size
		}
		p.Unit = unit
	}
	chineseGenericMonth(label, p) // "薪资：12k-18k" is a month's pay (pay_chinese_generic_month.go)
	s, e := off+p.Evidence.Start, off+min(p.Evidence.End, len(sub))
	e = trimEnd(text, s, e)
	if s >= e {
		return nil
	}
	p.Evidence = &model.Span{Field: field, Start: s, End: e, Text: text[s:e]}
	return p
}

// localYuan (called in listingPay with each scanned pay) reads 元 or a
// Chinese label in a listing placed in Taiwan as Taiwan dollars, and takes the period of a
// Chinese label right before a yuan or Taiwan-dollar amount that states
// none after it ("年薪 1,200,000 元" is a year's pay).
func localYuan(pay *model.Pay, l *model.Listing) {
	if pay.Evidence == nil || (pay.Currency != "CNY" && pay.Currency != "TWD") {
		return
	}
	ev := pay.Evidence.Text
	src := evidenceField(l, pay.Evidence.Field)
	s, e := pay.Evidence.Start, pay.Evidence.End
	if s < 0 || e > len(src) || s >= e || src[s:e] != ev {
		return
	}
	if pay.Currency == "CNY" && !yuanNamed(src[max(0, s-16):e]) && listingCurrency(l) == "TWD" {
		pay.Currency = "TWD" // "月薪 50,000 元", "月薪 5萬" in 台北市
	}
	unit := chinesePeriodLabels[cjkLabelBefore(src[:s])]
	if unit == "" || unit == pay.Unit || strings.ContainsAny(src[s:min(len(src), e+6)], "/／每") {
		return
	}
	if lim := bareLimits[unit]; pay.Min >= lim[0] && pay.Max <= lim[1] {
		pay.Unit = unit
	}
}

// yuanNamed reports a pay text that names the Chinese yuan as such: 人民币,
// RMB, CNY or a yen-yuan sign.
func yuanNamed(s string) bool {
	return strings.Contains(s, "人民币") || strings.Contains(s, "人民幣") || strings.ContainsAny(s, "¥￥") ||
		containsFold(s, "rmb") || containsFold(s, "cny")
}

// cjkPeriodLabelRightBefore returns the period of a Chinese pay label right
// before an amount in any currency ("時薪 NT$200", "月薪 HK$18,000"), or "".
// Looked for only where the bytes before the amount end in a CJK
// character's (a lead byte from 0xE3 to 0xE9 among the last few), and not
// before a Chinese multiplier ("年薪 RMB 30-50万": the CJK readers take
// the amount with its 万).
func cjkPeriodLabelRightBefore(before, after string) model.PayUnit {
	if a := strings.TrimLeft(after, " "); strings.HasPrefix(a, "万") || strings.HasPrefix(a, "萬") || strings.HasPrefix(a, "千") {
		return ""
	}
	if scriptMask(before[max(0, len(before)-12):])&scriptHan == 0 { // region_asian_mideast_scopes.go
		return ""
	}
	return chinesePeriodLabels[cjkLabelBefore(before)]
}
