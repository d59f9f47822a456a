package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Chinese pay fields without a period (table tests in
// pay_chinese_generic_month_test.go):
//
//   - a generic Chinese pay label (薪资, 薪酬, 工资, 底薪: "pay" with no
//     period) before figures a month's pay can have ("薪资：12k-18k",
//     "工资 9000-14000") is a month's pay: mainland boards quote salary by
//     the month unless 年薪 (yearly pay) or "/年" says otherwise, so the
//     year barePay guesses for figures of that size is replaced;
//   - a bare figure in a pay field with a Chinese floor word around it,
//     "不低于" / "不少于" (not less than) before it or "起" (from) after it
//     ("不低于12K", "12K起"), is read as if under a generic label: the
//     least pay, one figure;
//   - a bare pay field's yuan figure under yuan's year floor with no year
//     written ("15000以上") is a month's pay, not the year barePay sized it
//     as (bareYuanMonth).

// chineseGenericMonthMax is the largest figure read as a month's pay under a
// generic label: above it ("薪资：30万-50万") the figures are a year's.
const chineseGenericMonthMax = 100000

// chineseGenericMonth turns the year barePay guessed into a month for
// figures under a generic Chinese label (label has no period, none written).
func chineseGenericMonth(label string, p *model.Pay) {
	if label == "" || chinesePeriodLabels[label] != "" || p.Unit != model.UnitYear {
		return
	}
	if p.Min >= bareLimits[model.UnitMonth][0] && p.Max <= chineseGenericMonthMax {
		p.Unit = model.UnitMonth
	}
}

// chineseFloorField returns the text between a Chinese floor word and the
// figure ("不低于12K" -> "12K", "12K起" -> "12K") and true; the text itself and
// false when the field has no such word.
func chineseFloorField(text string) (int, int, bool) {
	s := strings.TrimSpace(text)
	off := len(text) - len(strings.TrimLeft(text, " \t"))
	for _, w := range []string{"不低于", "不少于", "不低於", "不少於"} {
		if strings.HasPrefix(s, w) {
			rest := strings.TrimLeft(s[len(w):], " \t")
			return off + len(s) - len(rest), off + len(s), true
		}
	}
	if strings.HasSuffix(s, "起") && len(s) > len("起") {
		return off, off + len(strings.TrimRight(s[:len(s)-len("起")], " \t")), true
	}
	return 0, len(text), false
}

// bareYuanMonth reads as a month's pay a bare pay field's yuan figure that
// barePay sized as a year's though no year is written ("15000以上"): below
// yuan's year floor (pay_year_size.go) no salary is a year's.
func bareYuanMonth(field string, p *model.Pay) {
	if p.Currency == "CNY" && p.Unit == model.UnitYear && p.Max < yearFloor["CNY"] && !strings.Contains(field, "年") && !containsFold(field, "year") {
		p.Unit = model.UnitMonth
	}
}
