package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A German minijob names its pay by the monthly ceiling it is paid on:
// "Minijob auf 538 €-Basis", "Aushilfe auf 520-Euro-Basis", "ein 556 €-Job".
// The figure is euros a month (the ceiling is set by law: 450 € until 2022,
// then 520, 538, 556, 603). germanMiniBasis (type_german_side_jobs.go) reads
// the same phrase as a part-time kind; here it is the pay, read only when
// nothing else in the text is.
var minijobBasisPay = regexp.MustCompile(`(?i)(?:^|[^\pL\d.,])(450|520|538|556|603)[\s-]?(?:€|euro?\b)[\s-]*(?:basis|job)\b`)

// minijobPay is the pay of a minijob named by its ceiling, or nil.
func minijobPay(text string) *payCandidate {
	if !strings.Contains(text, "€") && !hasFold(text, "eur") || !hasFold(text, "basis") && !hasFold(text, "job") {
		return nil // the cheap gate: a euro and the word the ceiling is named with
	}
	m := minijobBasisPay.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	v, _ := parseAmount(text[m[2]:m[3]], "")
	return &payCandidate{money: money{start: m[2], end: m[1], min: v, max: v, currency: "EUR"}, unit: model.UnitMonth, score: 3}
}
