package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// chineseMixedCases pin the English word "remote" read inside Chinese
// wording, with traps where the word names something else or is denied.
var chineseMixedCases = []truthCase{
	{name: "supports remote office work", p: model.Posting{Title: "后端工程师", DescriptionText: "我们支持 remote 办公，时间灵活。"}, remote: "remote"},
	{name: "remote work opening", p: model.Posting{Title: "数据分析师", Locations: []string{"杭州"}, DescriptionText: "Remote 工作，面向全国招聘。"}, remote: "remote"},
	{name: "supports remote without a space", p: model.Posting{Title: "测试工程师", DescriptionText: "团队支持Remote，欢迎投递。"}, remote: "remote"},
	// Traps.
	{name: "trap: denied remote work", p: model.Posting{Title: "后端工程师", Locations: []string{"北京"}, DescriptionText: "本岗位不支持 Remote 工作，需每天到岗。"}, remote: "onsite"},
	{name: "trap: remote sensing workflow", p: model.Posting{Title: "算法工程师", DescriptionText: "负责 Remote Sensing 工作流的搭建。"}, remote: "unknown"},
	{name: "trap: remote servers", p: model.Posting{Title: "运维工程师", DescriptionText: "负责 remote 服务器的日常维护。"}, remote: "unknown"},
	{name: "trap: remotely debugging", p: model.Posting{Title: "运维工程师", DescriptionText: "支持 remotely 调试设备。"}, remote: "unknown"},
	{name: "trap: english remote work unchanged", p: model.Posting{Title: "Backend Engineer", DescriptionText: "Remote work is possible for this role."}, remote: "remote"},
}

func TestChineseMixedCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range chineseMixedCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
