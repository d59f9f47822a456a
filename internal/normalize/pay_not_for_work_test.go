package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// notForWorkCases pin pay_not_for_work.go and the Japanese pay labels
// before an amount (固定給, 基本給, 時間給, a label with 約): money that is
// not pay for the work gives no pay; traps beside it keep a gig budget
// offered to the worker, a salary beside a bonus and a labelled salary
// beside an allowance.
var notForWorkCases = []truthCase{
	{name: "managed budget", p: model.Posting{Title: "Program Lead", DescriptionText: "In this role you'll be responsible for a budget of $400,000 across three teams."}, pay: "-"},
	{name: "managed budget after the amount", p: model.Posting{Title: "Growth Lead", DescriptionText: "You will own a $1,500,000 paid media budget."}, pay: "-"},
	{name: "joining stipend", p: model.Posting{Title: "Analyst", DescriptionText: "New hires get a joining stipend of $12,000; the rest is discussed at offer."}, pay: "-"},
	{name: "moving allowance", p: model.Posting{Title: "Analyst", DescriptionText: "A relocation allowance of €8,000 is available."}, pay: "-"},
	{name: "japanese preparation sum after", p: model.Posting{Title: "Engineer", PayText: "50,000円 支度金"}, pay: "-"},
	{name: "japanese commuting allowance after", p: model.Posting{Title: "Engineer", PayText: "15,000円 通勤手当"}, pay: "-"},
	{name: "japanese joining gift before", p: model.Posting{Title: "Engineer", PayText: "入社祝い金 200,000円"}, pay: "-"},
	{name: "monthly label with about", p: model.Posting{Title: "Engineer", PayText: "月給約185000円"}, pay: "185000 185000 JPY month"},
	{name: "fixed salary is monthly", p: model.Posting{Title: "Engineer", PayText: "固定給 310,000円"}, pay: "310000 310000 JPY month"},
	{name: "base salary is monthly", p: model.Posting{Title: "Engineer", PayText: "基本給220000円以上"}, pay: "220000 220000 JPY month"},
	{name: "hourly wage label", p: model.Posting{Title: "Engineer", PayText: "時間給1250円"}, pay: "1250 1250 JPY hour"},

	{name: "trap: gig budget is pay", p: model.Posting{Title: "Landing page design", DescriptionText: "Budget: $350 for the whole project."}, pay: "350 350 USD project"},
	{name: "trap: salary beside a signing bonus", p: model.Posting{Title: "Engineer", DescriptionText: "Salary $72,000 plus a $4,000 signing bonus."}, pay: "72000 72000 USD year"},
	{name: "trap: labelled salary beside an allowance", p: model.Posting{Title: "Engineer", PayText: "月給240,000円 住宅手当"}, pay: "240000 240000 JPY month"},
	{name: "trap: bonus offered besides", p: model.Posting{Title: "Engineer", PayText: "月給240,000円 賞与あり"}, pay: "240000 240000 JPY month"},
	{name: "trap: yearly label with about", p: model.Posting{Title: "Engineer", DescriptionText: "年収約550万円"}, pay: "5.5e+06 5.5e+06 JPY year"},
}

func TestNotForWorkCases(t *testing.T) { runFieldCases(t, notForWorkCases) }

// FuzzMoneyNotForWork runs the not-for-work reader on any text around an
// amount: no panic.
func FuzzMoneyNotForWork(f *testing.F) {
	for _, s := range []string{"manage a budget of ", " 住宅手当", "signing stipend of ", " 賞与あり", "の支度金", "月給約"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, before, after string) {
		_ = moneyNotForWork(before, after)
		_ = trimAboutWord(before)
	})
}
