package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// payFieldCodeAfterCases pin payFieldCodeAfter (pay_code_after_period.go):
// a pay field written as a sentence whose bare figures name their money
// by a code after the period is read as it is in the description. Traps:
// a sentence with no code, a code after a comma that belongs to something
// else, hours rather than money.
var payFieldCodeAfterCases = []truthCase{
	{name: "sentence in the pay field, code after a month", p: model.Posting{Title: "Engineer", PayText: "Pay band is roughly 8,000 - 9,500/month MYR for this role"}, pay: "8000 9500 MYR month"},
	{name: "labelled yearly range, code after the period", p: model.Posting{Title: "Engineer", PayText: "Expected package: 140,000 - 180,000 per year HKD"}, pay: "140000 180000 HKD year"},
	{name: "a lone yearly figure with its code after", p: model.Posting{Title: "Engineer", PayText: "95,000/year SGD"}, pay: "95000 95000 SGD year"},

	{name: "trap: a sentence with no code stays unread", p: model.Posting{Title: "Engineer", PayText: "Roughly 80,000 - 95,000 per year depending on level"}, pay: "-"},
	{name: "trap: hours, and a code after a comma", p: model.Posting{Title: "Engineer", PayText: "Shifts of 8 - 10 hours per day, SGD paid weekly"}, pay: "-"},
}

func TestPayFieldCodeAfterCases(t *testing.T) { runFieldCases(t, payFieldCodeAfterCases) }

// untilRangeCases pin "until" joining two marked ends of a range, and the
// rupee sign as a range's mark (pay_range_words_world.go). Traps: "until"
// before a date or the end of a project, a bonus range beside the salary,
// a rupee salary with a separate rupee bonus.
var untilRangeCases = []truthCase{
	{name: "rupee ends joined by until", p: model.Posting{Title: "Engineer", DescriptionText: "CTC ₹900,000 until ₹1,200,000 per year"}, pay: "900000 1.2e+06 INR year"},
	{name: "dollar ends joined by until", p: model.Posting{Title: "Engineer", DescriptionText: "Pay: $3,200 until $3,900 a month"}, pay: "3200 3900 USD month"},

	{name: "trap: until before a date", p: model.Posting{Title: "Engineer", DescriptionText: "Apply until 30 June; salary $4,000 per month"}, pay: "4000 4000 USD month"},
	{name: "trap: until the project ends", p: model.Posting{Title: "Engineer", DescriptionText: "Rate $45 per hour until the project ends in 2027"}, pay: "45 45 USD hour"},
	{name: "trap: a bonus range before the salary", p: model.Posting{Title: "Engineer", DescriptionText: "Bonus of $500 until $2,000 depending on sales; base salary $52,000 per year"}, pay: "52000 52000 USD year"},
	{name: "trap: a rupee salary and a separate rupee bonus", p: model.Posting{Title: "Engineer", DescriptionText: "Salary: ₹40,000 per month; joining bonus ₹10,000"}, pay: "40000 40000 INR month"},
}

func TestUntilRangeCases(t *testing.T) { runFieldCases(t, untilRangeCases) }

// yuanNameBeforeCases pin yuanNameBefore (pay_renminbi_word.go) as the CJK
// reader uses it: the yuan named before the figures in running text, after
// a pay label or alone. Traps: registered capital in yuan, a code glued to
// a longer word.
var yuanNameBeforeCases = []truthCase{
	{name: "label then the yuan's name then K figures", p: model.Posting{Title: "Engineer", DescriptionText: "薪酬：人民币 12–18K/月"}, pay: "12000 18000 CNY month"},
	{name: "the yuan's name alone before K figures", p: model.Posting{Title: "Engineer", DescriptionText: "人民币 9-14K/月，五险一金"}, pay: "9000 14000 CNY month"},
	{name: "RMB before ten-thousands after a year label", p: model.Posting{Title: "Engineer", DescriptionText: "年薪 RMB 30-50万，另有股票"}, pay: "300000 500000 CNY year"},

	{name: "trap: registered capital in yuan", p: model.Posting{Title: "Engineer", DescriptionText: "公司注册资本人民币 5000万"}, pay: "-"},
	{name: "trap: a code glued to a word is no yuan", p: model.Posting{Title: "Engineer", DescriptionText: "XRMB 15-20K/月"}, pay: "-"},
}

func TestYuanNameBeforeCases(t *testing.T) { runFieldCases(t, yuanNameBeforeCases) }
