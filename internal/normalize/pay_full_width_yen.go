package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Japanese and Chinese listings write the yen or yuan sign full-width:
// "￥250,000", "月給 ￥230,000". fullWidthYen rewrites it as the
// half-width sign the money scanner knows, with a space after it to keep
// the text's length (the full-width sign is three bytes, "¥" two), so the
// scanner's offsets still index the caller's text. Which currency the sign
// means is then settled as for "¥".

// fullWidthYen returns s with each "￥" as "¥ " (s itself when it has none:
// the sign starts with the byte 0xEF, which most texts lack).
func fullWidthYen(s string) string {
	if strings.IndexByte(s, 0xef) < 0 || !strings.Contains(s, "￥") {
		return s
	}
	return strings.ReplaceAll(s, "￥", "¥ ")
}

// yenSignYuan (called in listingPay before localYuan) reads a yen-yuan sign
// amount ("¥", "￥") with a Chinese pay label right before it (月薪, 薪资,
// 工资, 年薪 ...) as yuan, not yen, with the label's period where the
// amount states none after a slash: "月薪 ¥15000" is a month's 15,000
// yuan. A Japanese label (月給, 年収, 時給) keeps the yen. With no label,
// the listing's place settles it: in mainland China the sign is the yuan's.
func yenSignYuan(pay *model.Pay, l *model.Listing) {
	if pay.Evidence == nil || pay.Currency != "JPY" {
		return
	}
	src := evidenceField(l, pay.Evidence.Field)
	s, e := pay.Evidence.Start, pay.Evidence.End
	if s < 0 || e > len(src) || s >= e || src[s:e] != pay.Evidence.Text || !strings.ContainsAny(src[s:e], "¥￥") {
		return
	}
	if salaryMonthsAfter(src[e:]) {
		pay.Currency, pay.Unit = "CNY", model.UnitMonth // "¥20-30k·13薪": thirteen months' pay a year is a Chinese board's way
		return
	}
	label := cjkLabelBefore(src[:s])
	if label == "" {
		if i := strings.IndexAny(src[s:e], "¥￥"); i > 0 {
			label = cjkLabelBefore(src[:s+i]) // the evidence starts at the label
		}
	}
	if cjkLabelCurrency(label) != "CNY" {
		if label == "" && listingCurrency(l) == "CNY" {
			pay.Currency = "CNY" // "¥8000-12000/月" in Shanghai: the sign is the yuan's there
		}
		return
	}
	pay.Currency = "CNY"
	if u := cjkLabelUnit(label); u != "" && !strings.ContainsAny(src[s:min(len(src), e+4)], "/／每") {
		pay.Unit = u
	}
}

// salaryMonthsRe matches the count of monthly salaries a year that Chinese
// boards write right after a month's pay: "·13薪", " x 14薪", "*15薪".
var salaryMonthsRe = regexp.MustCompile(`^\s*[·・xX×*]?\s*1\d\s*薪`)

// salaryMonthsAfter reports whether the text right after a pay amount
// counts its monthly salaries ("·13薪"): the amount is then a month's pay in
// yuan, whatever the sign before it.
func salaryMonthsAfter(after string) bool {
	return strings.Contains(after[:min(len(after), 16)], "薪") && salaryMonthsRe.MatchString(after)
}
