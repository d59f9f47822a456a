package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// japanesePlaceLineCases pin region_japanese_place_lines.go: a Japanese
// work-place line in a remote or hybrid listing with no location field,
// and Tokyo districts written without 区. Traps: the label inside other
// text, an on-site listing, a location field present, a line naming no
// place.
var japanesePlaceLineCases = []truthCase{
	{name: "ja label full-width colon", p: model.Posting{Title: "バックエンドエンジニア", RemoteHint: "remote", DescriptionText: "募集要項\n勤務地：福岡市\n在宅勤務中心"}, remote: "remote", regions: "JP"},
	{name: "ja bracket label district", p: model.Posting{Title: "デザイナー", RemoteHint: "remote", DescriptionText: "【勤務地】池袋\n【時間】10時〜19時"}, remote: "remote", regions: "JP"},
	{name: "ja area label ascii colon", p: model.Posting{Title: "QAエンジニア", RemoteHint: "hybrid", DescriptionText: "エリア: 名古屋市\n週2出社"}, remote: "hybrid", regions: "JP"},
	{name: "ja prefecture and ward run together", p: model.Posting{Title: "データエンジニア", RemoteHint: "remote", DescriptionText: "勤務地: 神奈川県中区\n服装自由"}, remote: "remote", regions: "JP"},
	{name: "ja district in the location field", p: model.Posting{Title: "インフラエンジニア", RemoteHint: "remote", Locations: []string{"五反田"}}, remote: "remote", regions: "JP"},

	{name: "trap: ja label inside other text", p: model.Posting{Title: "営業", RemoteHint: "remote", DescriptionText: "サービスの対応エリア：札幌市と仙台市"}, remote: "remote", regions: "none"},
	{name: "trap: ja line on an on-site listing", p: model.Posting{Title: "店舗スタッフ", RemoteHint: "onsite", DescriptionText: "勤務地：六本木"}, remote: "onsite", regions: "none"},
	{name: "trap: ja line beside a location field", p: model.Posting{Title: "エンジニア", RemoteHint: "remote", Locations: []string{"Remote"}, DescriptionText: "勤務地：渋谷"}, remote: "remote", regions: "none"},
	{name: "trap: ja line naming no place", p: model.Posting{Title: "エンジニア", RemoteHint: "remote", DescriptionText: "勤務地：自宅（フルリモート）"}, remote: "remote", regions: "none"},
}

func TestJapanesePlaceLineCases(t *testing.T) {
	for _, tc := range japanesePlaceLineCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
