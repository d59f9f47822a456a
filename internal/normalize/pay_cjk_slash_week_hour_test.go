package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// cjkSlashWeekHourCases pin the short Chinese periods after a slash
// (pay.go's periodLocal, pay_cjk.go's slashPeriodUnit): 时 and 時 are an
// hour, 周, 週 and 星期 a week. Traps: a month and a day keep their units,
// and a weekly count of days after an hourly wage is no period.
var cjkSlashWeekHourCases = []truthCase{
	{name: "range by the hour in a pay field", p: model.Posting{Title: "Data Annotator", PayText: "120-150元/时"}, pay: "120 150 CNY hour"},
	{name: "range by the week in a pay field", p: model.Posting{Title: "Data Annotator", PayText: "2200-2600元/周"}, pay: "2200 2600 CNY week"},
	{name: "weekly allowance in a description", p: model.Posting{Title: "Data Annotator", DescriptionText: "实习补贴 900元/周，可远程。"}, pay: "900 900 CNY week"},
	{name: "week written 星期", p: model.Posting{Title: "Data Annotator", PayText: "650元/星期"}, pay: "650 650 CNY week"},
	{name: "traditional week 週", p: model.Posting{Title: "Data Annotator", PayText: "NT$ 4,000/週"}, pay: "4000 4000 TWD week"},

	{name: "trap: a month stays a month", p: model.Posting{Title: "Data Annotator", PayText: "7000-9000元/月"}, pay: "7000 9000 CNY month"},
	{name: "trap: a day stays a day", p: model.Posting{Title: "Data Annotator", PayText: "180元/天"}, pay: "180 180 CNY day"},
	{name: "trap: days a week after an hourly wage", p: model.Posting{Title: "Data Annotator", DescriptionText: "薪资：85元/时，每周至少三天"}, pay: "85 85 CNY hour"},
}

func TestCJKSlashWeekHourCases(t *testing.T) { runFieldCases(t, cjkSlashWeekHourCases) }
