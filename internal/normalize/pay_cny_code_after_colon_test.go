package normalize

import "testing"

// TestPayYuanCodeAfterFullWidthColon: the yuan's code (CNY, RMB) between a
// Chinese pay label with its full-width colon and the figures names yuan,
// as 人民币 there does ("年薪：CNY 20-30万" is a year's pay of 200,000 to
// 300,000 yuan; the colon's last byte had been taken for a letter glued to
// the code). Traps: a budget and a company's funding with the same shape
// stay no pay.
func TestPayYuanCodeAfterFullWidthColon(t *testing.T) {
	runPayTextCases(t, []payTextCase{
		{name: "cny year in wan", text: "年薪：CNY 18-26万", want: "180000 260000 CNY year"},
		{name: "rmb year in wan", text: "年薪：RMB 30-45万，另有年终奖", want: "300000 450000 CNY year"},
		{name: "rmb month in K", text: "月薪：RMB 12-18K", want: "12000 18000 CNY month"},
		{name: "trap: project budget", text: "项目预算：CNY 20-30万", want: "-"},
		{name: "trap: funding", text: "公司融资：RMB 2000万", want: "-"},
	})
}
