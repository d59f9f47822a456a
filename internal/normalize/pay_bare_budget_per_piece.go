package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay for projects and gigs.
//
//   - Russian gig posts often drop the colon after the budget word: "Сделать
//     лендинг. Бюджет 8 000 ₽.", "нужны иконки, бюджет 2 000–4 000 рублей".
//     The bare word "бюджет" opening a sentence or a clause, right before the
//     amount (a bound such as "до" allowed), is the budget for the work, as
//     "Бюджет:" is (budgetLineLabel, pay_gig_budget.go). A qualified budget
//     ("Бюджет проекта 900 000 тенге", "Бюджет заказа 90к/руб") stays what
//     the pinned traps say: no pay in running text.
//   - Korean per-piece labels before a won amount ("차시당 50만원" per
//     lesson session, "건당 3만원" per case, "회당" per session, "편당" per
//     episode or piece) pay for a piece of work: a project's pay, not the
//     year the size of the number suggests (cjkLabelUnit, pay_cjk.go).
//   - A pay field's amount with its qualifier in brackets after it:
//     "₹12,000 (total)", "$300 (one-time)", "₹8,000 (prize)": one sum for
//     the whole piece of work or contest, not a month's pay (fixedAfter in
//     pay.go takes an opening bracket before its fixed words and a bracketed
//     prize or award).
//
// Table tests in pay_bare_budget_per_piece_test.go.

// ruBareBudgetOpenRe is "бюджет" alone, opening a sentence, a clause or a
// line, at the end of the text before an amount.
var ruBareBudgetOpenRe = regexp.MustCompile(`(?i)(?:^|\n|[.!?;,]\s+)[ \t]*(?:[-•*·▪►]\s*)?бюджет\s*(?:[-–—]\s*)?(?:до|от|около|не\s+более)?\s*$`)

// ruBareBudgetOpen reports such a label in before (judge's window, at most
// 60 bytes): the start of before counts as a line start only when the
// window holds the text from its start.
func ruBareBudgetOpen(before string) bool {
	if !strings.Contains(before, "юджет") {
		return false
	}
	loc := ruBareBudgetOpenRe.FindStringIndex(before)
	return loc != nil && (loc[0] > 0 || len(before) < 60)
}

// krPerPieceLabels are Korean labels for pay for each piece of work.
const krPerPieceLabels = `|차시당|건당|회당|편당`

// krPerPieceUnit is the unit of a Korean per-piece label: a project's.
func krPerPieceUnit(label string) (model.PayUnit, bool) {
	if strings.HasSuffix(label, "당") {
		return model.UnitProject, true
	}
	return "", false
}
