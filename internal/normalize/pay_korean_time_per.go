package normalize

import "github.com/gigscout/gigscout/internal/model"

// Korean pay labels that name the period with 당 ("per"): 시간당 (per
// hour), 일당 (a day's pay), 주당 (per week). And the labels a public
// tender or outsourcing call puts before the whole sum of the contract:
// 추정가격 (the estimated price), 사업금액 (the project's amount) and
// 계약금액 (the contract's amount): one sum for the whole work, not the
// year the size of the number would suggest.
//
// The per-piece labels ending in 당 (건당, 회당: pay_bare_budget_per_piece.go)
// are a project's pay; these are tried before them.
//
// Table tests in pay_korean_time_per_test.go.

// krTimePerLabels are the labels, joined to cjkLabel (pay_cjk.go).
const krTimePerLabels = `|시간당|일당|주당|추정가격|사업금액|계약금액`

// krTimePerUnit is the unit of one of krTimePerLabels.
func krTimePerUnit(label string) (model.PayUnit, bool) {
	switch label {
	case "시간당":
		return model.UnitHour, true
	case "일당":
		return model.UnitDay, true
	case "주당":
		return model.UnitWeek, true
	case "추정가격", "사업금액", "계약금액":
		return model.UnitProject, true
	}
	return "", false
}
