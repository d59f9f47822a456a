package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// waveTildeRangeCases pin pay_wave_tilde_range.go: two yen amounts, each
// with its sign, joined by a full-width tilde or a wave dash are a range.
// Traps: a falling pair, two moneys, and dates joined by a tilde.
var waveTildeRangeCases = []truthCase{
	{name: "full-width tilde between yen ends", p: model.Posting{Title: "倉庫スタッフ", Locations: []string{"大阪府大阪市"}, PayText: "月給 ¥210,000～¥245,000"}, pay: "210000 245000 JPY month"},
	{name: "wave dash between yen ends", p: model.Posting{Title: "受付スタッフ", Locations: []string{"福岡県福岡市"}, PayText: "月給 ¥190,000〜¥230,000"}, pay: "190000 230000 JPY month"},
	{name: "tilde with spaces in running text", p: model.Posting{Title: "経理担当", Locations: []string{"名古屋市"}, DescriptionText: "給与：月給 ¥280,000 ～ ¥340,000（経験による）"}, pay: "280000 340000 JPY month"},

	{name: "trap: a falling pair", p: model.Posting{Title: "倉庫スタッフ", Locations: []string{"大阪府大阪市"}, PayText: "月給 ¥260,000～¥220,000"}, pay: "!220000 260000 JPY month"},
	{name: "trap: two moneys", p: model.Posting{Title: "通訳", Locations: []string{"東京都港区"}, PayText: "月給 ¥300,000～$2,500"}, pay: "!300000 2500 JPY month"},
	{name: "trap: dates joined by a tilde", p: model.Posting{Title: "倉庫スタッフ", Locations: []string{"大阪府大阪市"}, DescriptionText: "契約期間：2026/04/01～2027/03/31（更新あり）"}, pay: "-"},
}

func TestWaveTildeRangeCases(t *testing.T) { runFieldCases(t, waveTildeRangeCases) }
