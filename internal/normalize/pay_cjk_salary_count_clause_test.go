package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// cjkSalaryCountClauseCases pin pay_cjk_salary_count_clause.go: a count of
// salaries a year as the clause after a full-width comma does not keep the
// pay field from being read. Traps: a later clause with another figure, and
// a field with no Chinese pay mark before the comma.
var cjkSalaryCountClauseCases = []truthCase{
	{name: "ten-thousands range then a count", p: model.Posting{Title: "后端工程师", Locations: []string{"上海市"}, PayText: "月薪 1.5万-2.5万，14薪"}, pay: "15000 25000 CNY month"},
	{name: "count then benefits", p: model.Posting{Title: "测试工程师", Locations: []string{"深圳市"}, PayText: "1万-1.6万，15薪，五险一金"}, pay: "10000 16000 CNY month"},

	{name: "trap: a later clause with a figure", p: model.Posting{Title: "测试工程师", Locations: []string{"深圳市"}, PayText: "1万-1.6万，13薪，年假10天"}, pay: "!10000 16000 CNY month"},
	{name: "trap: a glued count still reads", p: model.Posting{Title: "后端工程师", Locations: []string{"上海市"}, PayText: "1.5万-2.5万·14薪"}, pay: "15000 25000 CNY month"},
}

func TestCjkSalaryCountClauseCases(t *testing.T) { runFieldCases(t, cjkSalaryCountClauseCases) }
