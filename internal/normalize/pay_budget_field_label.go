package normalize

import (
	"regexp"
	"strings"
)

// A pay field that opens with a budget label ("Presupuesto: $500 USD",
// "Orçamento: R$ 1.500", "Bütçe: 5.000 TL") is a freelance board's
// project budget: the pay for the work. Running text keeps its reading of
// budget words as perks or company budgets ("un presupuesto de formación
// de 500 €" is no pay): only a field whose first word is the label, right
// before the amount, is read so. Table tests in
// pay_budget_field_label_test.go.

// budgetFieldLabelRe is a budget label alone before an amount, as a whole
// field opens.
var budgetFieldLabelRe = regexp.MustCompile(`(?i)^\s*(?:presupuesto|or(?:ç|c)amento|budżet|budzet|rozpočet|rozpocet|бюджет|bütçe|butce|anggaran|budjetti|budsjett|budget)(?:\s+(?:del\s+proyecto|do\s+projeto|projektu|проекта|total|estimado|estimado|aproximado))?\s*[:：\-–]?\s*(?:aprox\.?|approx\.?|até|ate|hasta|hasta\s+de|do|до|ca\.?)?\s*$`)

// budgetFieldLabel reports that before, the whole text before an amount
// in a pay field, is a budget label.
func budgetFieldLabel(before string, lenient bool) bool {
	if !lenient {
		return budgetLineLabel(before) // "\nPresupuesto: 300 USD" in running text (pay_gig_budget.go)
	}
	if len(before) > 40 || strings.TrimSpace(before) == "" {
		return false
	}
	// "Желаемый бюджет: до 5 000 ₽", "Цена до: 2 000 ₽" (pay_gig_budget.go)
	return budgetFieldLabelRe.MatchString(before) || budgetLineLabel(before) || priceFieldLabel(before)
}
