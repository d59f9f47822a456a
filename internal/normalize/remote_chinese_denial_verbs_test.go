package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// chineseDenialVerbCases pin the Chinese denial verbs before 远程 (remote)
// in chineseOnsite: 不接受 (does not accept), 不提供 (does not offer),
// 不允许 (does not allow), 无法 / 不能 (cannot), besides 不支持 and 不可.
// A denial said of something else leaves a remote role remote.
var chineseDenialVerbCases = []truthCase{
	{name: "does not accept remote", p: model.Posting{Title: "测试工程师", Locations: []string{"深圳"},
		DescriptionText: "我们的团队分布各地，但此职位不接受远程，需到深圳办公室上班。"}, remote: "onsite"},
	{name: "does not offer remote work", p: model.Posting{Title: "运营专员",
		DescriptionText: "公司暂不提供远程办公。"}, remote: "onsite"},
	{name: "remote not allowed", p: model.Posting{Title: "行政助理",
		DescriptionText: "本岗位不允许远程工作，每天需到岗。"}, remote: "onsite"},
	{name: "cannot work remotely", p: model.Posting{Title: "仓库主管",
		DescriptionText: "因需管理现场，无法远程办公。"}, remote: "onsite"},
	{name: "traditional script remote", p: model.Posting{Title: "客服專員",
		DescriptionText: "此職位不接受遠程辦公。"}, remote: "onsite"},
	{name: "trap: a denial of part-time beside remote", p: model.Posting{Title: "前端工程师",
		DescriptionText: "全远程岗位，不接受兼职。"}, remote: "remote"},
	{name: "trap: no need to come in", p: model.Posting{Title: "数据分析师",
		DescriptionText: "远程办公，无需每天到岗。"}, remote: "remote"},
	{name: "trap: plain remote work", p: model.Posting{Title: "翻译",
		DescriptionText: "支持远程办公，时间灵活。"}, remote: "remote"},
}

func TestChineseDenialVerbCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range chineseDenialVerbCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
