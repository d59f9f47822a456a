package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// chineseLabelCases pin pay_chinese_labels.go: a Chinese pay label
// opening or closing a currency-less pay field, tilde ranges with K or 万
// ends, the traditional 萬, 元 in Taiwan, a year label before yuan; traps:
// a count of people, a number too small for its period, yuan named as
// such in Taiwan, mainland 元 staying yuan, a year in a date.
var chineseLabelCases = []truthCase{
	{name: "hour label before NT dollars in text", p: model.Posting{Title: "家教", DescriptionText: "時薪 NT$200，每週兩次。"}, pay: "200 200 TWD hour"},
	{name: "month label before HK dollars in text", p: model.Posting{Title: "實習生", DescriptionText: "月薪 HK$12,000"}, pay: "12000 12000 HKD month"},
	{name: "month label before a wan range", p: model.Posting{Title: "产品经理", Locations: []string{"上海"}, PayText: "月薪 1.8万-2.5万"}, pay: "18000 25000 CNY month"},
	{name: "month label before a k range", p: model.Posting{Title: "产品经理", Locations: []string{"深圳"}, PayText: "月薪：15K-22K"}, pay: "15000 22000 CNY month"},
	{name: "year label before a k range", p: model.Posting{Title: "产品经理", Locations: []string{"杭州"}, PayText: "年薪 300K-450K"}, pay: "300000 450000 CNY year"},
	{name: "month label over a size guess", p: model.Posting{Title: "产品经理", Locations: []string{"广州"}, PayText: "月薪 16000"}, pay: "16000 16000 CNY month"},
	{name: "tilde between wan ends", p: model.Posting{Title: "产品经理", Locations: []string{"成都"}, PayText: "3万 ~ 4万"}, pay: "30000 40000 CNY month"},
	{name: "glued tilde between k ends", p: model.Posting{Title: "产品经理", Locations: []string{"北京"}, PayText: "35K~50K"}, pay: "35000 50000 CNY month"},
	{name: "label in brackets after a range", p: model.Posting{Title: "設計師", Locations: []string{"台中市"}, PayText: "45K ~ 60K (月薪)"}, pay: "45000 60000 TWD month"},
	{name: "traditional wan with a label", p: model.Posting{Title: "設計師", Locations: []string{"高雄市"}, PayText: "月薪 4萬 ~ 6萬"}, pay: "40000 60000 TWD month"},
	{name: "yuan in a taiwanese city", p: model.Posting{Title: "設計師", Locations: []string{"臺北市"}, PayText: "月薪 52,000 元"}, pay: "52000 52000 TWD month"},
	{name: "yuan with the country named", p: model.Posting{Title: "Designer", Locations: []string{"Hsinchu, Taiwan"}, PayText: "月薪 48,000 ~ 70,000 元"}, pay: "48000 70000 TWD month"},
	{name: "year label before yuan in taiwan", p: model.Posting{Title: "設計師", Locations: []string{"新北市"}, PayText: "年薪 900,000 ~ 1,300,000 元"}, pay: "900000 1.3e+06 TWD year"},
	{name: "year label before yuan on the mainland", p: model.Posting{Title: "设计师", Locations: []string{"南京"}, PayText: "年薪 360,000 元"}, pay: "360000 360000 CNY year"},
	{name: "label in a taiwanese description", p: model.Posting{Title: "設計師", Locations: []string{"台南市"}, DescriptionText: "待遇：月薪 38,000 ~ 45,000 元，另有年終獎金。"}, pay: "38000 45000 TWD month"},
	{name: "traditional wan in a taiwanese description", p: model.Posting{Title: "設計師", Locations: []string{"台北市"}, DescriptionText: "待遇：月薪 4萬 ~ 5萬，彈性工時。"}, pay: "40000 50000 TWD month"},
	{name: "trap: traditional wan counting users", p: model.Posting{Title: "設計師", Locations: []string{"台北市"}, DescriptionText: "我們的 App 已有 12萬 位使用者。"}, pay: "-"},
	{name: "k range in taipei without a label", p: model.Posting{Title: "設計師", Locations: []string{"台北市"}, PayText: "55-75K"}, pay: "55000 75000 TWD month"},

	{name: "trap: a head count in wan", p: model.Posting{Title: "运营", Locations: []string{"北京"}, PayText: "3万人"}, pay: "-"},
	{name: "trap: too small for a month", p: model.Posting{Title: "运营", Locations: []string{"北京"}, PayText: "月薪 7"}, pay: "-"},
	{name: "trap: mainland yuan stays yuan", p: model.Posting{Title: "运营", Locations: []string{"武汉"}, PayText: "月薪 12,000 元"}, pay: "12000 12000 CNY month"},
	{name: "trap: renminbi named in taiwan", p: model.Posting{Title: "業務", Locations: []string{"台北市"}, PayText: "月薪 人民币 20,000 元"}, pay: "!20000 20000 TWD month"},
	{name: "trap: a founding year before a label", p: model.Posting{Title: "运营", Locations: []string{"西安"}, DescriptionText: "公司成立于2016年，员工120人。月薪 9千-1.2万"}, pay: "!2016 2016 CNY month"},
	{name: "trap: slash period beats the label", p: model.Posting{Title: "运营", Locations: []string{"天津"}, PayText: "年薪 300元/天"}, pay: "300 300 CNY day"},
}

func TestChineseLabelCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range chineseLabelCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}

// FuzzLabelledBarePay runs labelledBarePay on any field: no panic, and a
// reading's evidence is a span of the field with sane amounts.
func FuzzLabelledBarePay(f *testing.F) {
	for _, tc := range chineseLabelCases {
		f.Add(tc.p.PayText)
	}
	for _, s := range []string{"月薪", "月薪 ", "(月薪)", "～", "5萬至8萬", "年薪：~", "时薪 30", "年薪30-50w", "月薪 1w - 2W ", "年薪 3w 3w 3w", "4w~5w (月薪)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := labelledBarePay("pay_text", s)
		if p == nil {
			return
		}
		checkFuzzedPay(t, p, s)
	})
}
