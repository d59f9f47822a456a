package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// traditionalChineseCases pin remote_chinese_traditional.go: Taiwanese
// work-mode wording in a location and in a description; traps: a remote
// interview, flexible hours, "no need to come in", remote control, a home
// mentioned for another reason.
var traditionalChineseCases = []truthCase{
	{name: "fully remote location", p: model.Posting{Title: "前端工程師", Locations: []string{"完全遠端"}}, remote: "remote"},
	{name: "remote alone as a location", p: model.Posting{Title: "前端工程師", Locations: []string{"遠端"}}, remote: "remote"},
	{name: "remote work in the text", p: model.Posting{Title: "前端工程師", Locations: []string{"新竹市"}, DescriptionText: "本職缺可遠端工作，設備由公司提供。"}, remote: "remote"},
	{name: "home work in the text", p: model.Posting{Title: "客服專員", Locations: []string{"台中市"}, DescriptionText: "在家上班，需自備電腦。"}, remote: "remote"},
	{name: "remote days a week", p: model.Posting{Title: "前端工程師", Locations: []string{"台北市"}, DescriptionText: "每週可在家 3 天，其餘進公司。"}, remote: "hybrid"},
	{name: "office days a week first", p: model.Posting{Title: "前端工程師", Locations: []string{"台北市"}, DescriptionText: "每週兩天進辦公室。"}, remote: "hybrid"},
	{name: "simplified remote days", p: model.Posting{Title: "前端工程师", Locations: []string{"上海"}, DescriptionText: "每周可远程 1 天"}, remote: "hybrid"},
	{name: "office required", p: model.Posting{Title: "會計", Locations: []string{"高雄市"}, DescriptionText: "本職位必須進辦公室，不開放遠端。"}, remote: "onsite"},
	{name: "posted at the client", p: model.Posting{Title: "系統工程師", Locations: []string{"台北市"}, DescriptionText: "錄取後駐點於客戶公司。"}, remote: "onsite"},
	{name: "remote denied", p: model.Posting{Title: "系統工程師", Locations: []string{"台北市"}, DescriptionText: "此職缺不可遠端"}, remote: "onsite"},
	{name: "flexible office place", p: model.Posting{Title: "設計師", Locations: []string{"台北市"}, DescriptionText: "我們提供彈性工作地點。"}, remote: "hybrid"},
	{name: "flexible office time and place", p: model.Posting{Title: "設計師", Locations: []string{"台北市"}, DescriptionText: "享有彈性辦公時間與地點"}, remote: "hybrid"},
	{name: "hybrid office in a location", p: model.Posting{Title: "設計師", Locations: []string{"台北市 (混合辦公)"}}, remote: "hybrid"},

	{name: "trap: remote interview then office", p: model.Posting{Title: "設計師", Locations: []string{"台北市"}, DescriptionText: "第一輪為遠端面試，錄取後需進辦公室上班。"}, remote: "onsite"},
	{name: "trap: remote interview alone", p: model.Posting{Title: "設計師", Locations: []string{"台北市"}, DescriptionText: "面試流程：遠端面試兩次。"}, remote: "unknown"},
	{name: "trap: flexible hours", p: model.Posting{Title: "設計師", Locations: []string{"台北市"}, DescriptionText: "福利：彈性工時、三節獎金。"}, remote: "unknown"},
	{name: "trap: flexible office hours", p: model.Posting{Title: "設計師", Locations: []string{"台北市"}, DescriptionText: "提供彈性辦公時間"}, remote: "unknown"},
	{name: "trap: no need to come in", p: model.Posting{Title: "設計師", Locations: []string{"台北市"}, DescriptionText: "不需進辦公室，全程線上協作。"}, remote: "!onsite"},
	{name: "trap: remote control", p: model.Posting{Title: "韌體工程師", Locations: []string{"台北市"}, DescriptionText: "開發遠程控制模組。"}, remote: "unknown"},
	{name: "trap: home near the office", p: model.Posting{Title: "門市人員", Locations: []string{"台北市"}, DescriptionText: "住在家附近者優先。"}, remote: "unknown"},
}

func TestTraditionalChineseCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range traditionalChineseCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}

// TestTraditionalChineseCasesLong runs the description cases past
// minGuardedText, where modeTextKeys searches windows.
func TestTraditionalChineseCasesLong(t *testing.T) {
	filler := strings.Repeat("Our studio prints posters for local fairs. ", 14) + "\n"
	checkLongCases(t, filler, checkFieldCase, traditionalChineseCases)
}

// FuzzTraditionalChineseMode runs traditionalChineseMode on any input: no
// panic, and a reading only with its evidence inside the input.
func FuzzTraditionalChineseMode(f *testing.F) {
	for _, tc := range traditionalChineseCases {
		f.Add(tc.p.DescriptionText + strings.Join(tc.p.Locations, " "))
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, ev := traditionalChineseMode(s)
		if r == model.RemoteUnknown {
			if ev != "" {
				t.Errorf("traditionalChineseMode(%q) = unknown with evidence %q", s, ev)
			}
			return
		}
		if ev == "" || !strings.Contains(s, ev) {
			t.Errorf("traditionalChineseMode(%q) = %s with evidence %q not in the input", s, r, ev)
		}
	})
}
