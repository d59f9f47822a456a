package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Japanese, Chinese and Korean boards. Japanese postings
// mark part-remote work with a combining word ("併用": office days or
// telework mixed in), with a count after the mode word ("在宅週1日",
// "リモート月3回") or with a ramp-up clause ("慣れたら在宅"); Korean
// descriptions name the post's kind in a frame ("계약직 포지션", "정규직
// 형태로 근무"). In this project's own words, with traps.
var eastAsianBoardCases = []truthCase{
	// combining word
	{name: "ja office mixed in policy field", p: model.Posting{Title: "社内SE", RemoteHint: "出社併用"}, remote: "hybrid"},
	{name: "ja telework mixed in description", p: model.Posting{Title: "経理スタッフ", DescriptionText: "勤務形態：テレワーク併用（出社は火曜と木曜）"}, remote: "hybrid"},
	{name: "ja office and remote mixed spaced", p: model.Posting{Title: "営業事務", DescriptionText: "働き方は出社と の併用です。"}, remote: "hybrid"},
	{name: "trap: ja full remote stays remote", p: model.Posting{Title: "Webエンジニア", DescriptionText: "完全リモート。全国どこからでも勤務できます。"}, remote: "remote"},

	// a count after the mode word
	{name: "ja home one day a week", p: model.Posting{Title: "人事アシスタント", DescriptionText: "在宅週1日まで可能です。"}, remote: "hybrid"},
	{name: "ja remote three times a month", p: model.Posting{Title: "デザイナー", DescriptionText: "リモート勤務は月3回まで。"}, remote: "hybrid"},
	{name: "ja telework two to three days a week", p: model.Posting{Title: "データ分析", DescriptionText: "テレワーク週2〜3日。"}, remote: "hybrid"},
	{name: "trap: ja monthly pay is no remote count", p: model.Posting{Title: "倉庫スタッフ", DescriptionText: "月給25万円。勤務地は千葉県の倉庫です。"}, remote: "unknown"},

	// ramp-up clause
	{name: "ja home once settled", p: model.Posting{Title: "カスタマーサポート", DescriptionText: "研修後、慣れてきたら在宅勤務に切り替えられます。"}, remote: "hybrid"},
	{name: "ja remote after getting used", p: model.Posting{Title: "記事ライター", DescriptionText: "業務に慣れた後はリモートも可能です。"}, remote: "hybrid"},

	// Korean kind in a description frame
	{name: "ko contract position sentence", p: model.Posting{Title: "데이터 엔지니어", DescriptionText: "본 채용은 계약직 포지션으로 1년 근무 후 평가합니다."}, jobType: "contract"},
	{name: "ko regular hire sentence", p: model.Posting{Title: "QA 엔지니어", DescriptionText: "정규직으로 채용하며 수습 기간은 3개월입니다."}, jobType: "full_time"},
	{name: "ko part-time form sentence", p: model.Posting{Title: "카페 스태프", DescriptionText: "아르바이트 형태로 주 3일 근무합니다."}, jobType: "part_time"},
	{name: "trap: ko non-regular is not regular", p: model.Posting{Title: "사무 보조", DescriptionText: "비정규직 형태로 6개월간 근무합니다."}, jobType: "unknown"},
	{name: "trap: ko conversion to regular stays unread", p: model.Posting{Title: "마케팅 담당", DescriptionText: "성과에 따라 정규직 전환을 검토합니다."}, jobType: "unknown"},
}

func TestEastAsianBoardCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range eastAsianBoardCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
