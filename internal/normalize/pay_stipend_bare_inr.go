package normalize

import "github.com/gigscout/gigscout/internal/model"

// An Indian stipend written as a bare figure in a pay field, "Stipend 25k"
// or "Stipend 22k", takes the rupee from the listing's place and is a
// month's, as Indian internship boards state stipends (stipendTierUnit,
// pay_ru_salary_gig_boards.go, reads the same with a ₹ mark). The word
// "stipend" had made it a one-off sum, and its size then a year's. A
// field that names its own period or a lump sum ("Stipend 60k per year",
// "Stipend 25k total") keeps its reading (table tests in
// pay_stipend_bare_inr_test.go).

// stipendOwnPeriod are the words by which a stipend field names its period
// or a sum for the whole engagement.
var stipendOwnPeriod = []string{"year", "annum", "annual", "p.a", "lpa", "lakh", "month", "week", "day", "hour", "project", "lump", "total", "one-time", "one time", "per "}

// bareStipendMonth makes such a field's pay a month's.
func bareStipendMonth(field string, p *model.Pay) {
	if p.Currency != "INR" || !monthlyStipendINR(p.Max) || (p.Unit != model.UnitYear && p.Unit != model.UnitProject) {
		return
	}
	if containsFold(field, "stipend") && !containsAnyFold(field, stipendOwnPeriod) {
		p.Unit = model.UnitMonth
	}
}
