package normalize

import (
	"strings"
	"unicode"

	"github.com/gigscout/gigscout/internal/model"
)

// A Chinese pay field often ends with a clause on what comes on top of the
// salary, after a full-width comma or semicolon: "20-30K·14薪，另有年终奖"
// (a year-end bonus besides), "15-25K，五险一金" (social insurance). Such
// a clause states no figure, and the bare-field readers expect the field
// to end with the pay. cjkExtrasCut returns the field without that clause.

// cjkExtrasCut returns text up to its first full-width comma or semicolon
// when the part before holds a digit and a Chinese character (the pay is
// marked as Chinese: 薪, 万, 元, 月) and the part after holds no digit
// (besides a leading count of salaries a year, "，13薪": salaryCountLeadCut);
// else text itself. "18-25K，五险一金" is left whole: its pay part alone
// does not say it is yuan.
func cjkExtrasCut(text string) string {
	i := strings.IndexAny(text, "，；")
	if i <= 0 || !strings.ContainsAny(text[:i], "0123456789") || strings.ContainsAny(salaryCountLeadCut(text[i:]), "0123456789０１２３４５６７８９") {
		return text
	}
	if strings.IndexFunc(text[:i], func(r rune) bool { return unicode.Is(unicode.Han, r) }) < 0 {
		return text
	}
	return strings.TrimSpace(text[:i])
}

// bareFieldPayCut (the last step of bareFieldPay) reads a pay field again
// without its trailing Chinese extras clause; nil when there is none or
// the shorter field states no pay either. The evidence still points into
// the field, as the cut keeps its start.
func bareFieldPayCut(field, text string, l *model.Listing) *model.Pay {
	cut := cjkExtrasCut(text)
	if cut == text {
		cut = salaryCountGluedCut(text)
	}
	if cut == text {
		return nil
	}
	return bareFieldPay(field, cut, l)
}

// salaryCountGluedCut returns a pay field without a count of salaries a
// year glued to its last figure's unit ("3-5万13薪": 30,000 to 50,000 a
// month, thirteen of them a year, written with no "·" between), so the
// bare-field readers see the amount alone ("3-5万"); else text itself.
func salaryCountGluedCut(text string) string {
	t, ok := strings.CutSuffix(strings.TrimRight(text, " "), "薪")
	if !ok {
		return text
	}
	t = strings.TrimRight(t, " ")
	i := len(t)
	for i > 0 && isDigit(t[i-1]) {
		i--
	}
	head := t[:i]
	if n := len(t) - i; n < 1 || n > 2 || !strings.ContainsAny(head, "0123456789") {
		return text
	}
	for _, u := range []string{"万", "萬", "k", "K"} {
		if strings.HasSuffix(head, u) {
			return head
		}
	}
	return text
}
