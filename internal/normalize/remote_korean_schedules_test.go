package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// koreanScheduleCases pin remote_korean_schedules.go; traps: no commute, a
// commute beside home work, the workplace field, a choice of tools.
var koreanScheduleCases = []truthCase{
	{name: "ko home work every other week", p: model.Posting{Title: "프론트엔드 개발자", DescriptionText: "복지: 격주 재택, 점심 식대 지원"}, remote: "hybrid"},
	{name: "ko home work every other day", p: model.Posting{Title: "프론트엔드 개발자", DescriptionText: "근무 형태는 격일로 재택입니다."}, remote: "hybrid"},
	{name: "ko home work by choice", p: model.Posting{Title: "프론트엔드 개발자", DescriptionText: "팀별로 선택적 재택을 운영합니다."}, remote: "hybrid"},
	{name: "ko office days a week", p: model.Posting{Title: "데이터 분석가", DescriptionText: "판교 사무실, 주 4일 출근"}, remote: "hybrid"},
	{name: "ko office days in a field", p: model.Posting{Title: "데이터 분석가", RemoteHint: "주2일 출근"}, remote: "hybrid"},
	{name: "ko full remote", p: model.Posting{Title: "데이터 분석가", DescriptionText: "우리 팀은 풀 리모트로 일합니다."}, remote: "remote"},
	{name: "ko remote work", p: model.Posting{Title: "데이터 분석가", DescriptionText: "리모트 근무, 장비 지원"}, remote: "remote"},
	{name: "ko commute", p: model.Posting{Title: "매장 관리자", DescriptionText: "근무지: 부산 해운대구, 09시 출근"}, remote: "onsite"},

	{name: "trap: ko no commute", p: model.Posting{Title: "데이터 분석가", DescriptionText: "출근 없음, 완전 재택"}, remote: "remote"},
	{name: "trap: ko commute beside home work", p: model.Posting{Title: "데이터 분석가", DescriptionText: "재택근무, 월 1회 출근"}, remote: "!onsite"},
	{name: "trap: ko field decides", p: model.Posting{Title: "데이터 분석가", RemoteHint: "Remote", DescriptionText: "필요 시 출근"}, remote: "remote"},
	{name: "trap: ko choice of stack", p: model.Posting{Title: "개발자", DescriptionText: "기술 스택 선택 가능, 재택근무"}, remote: "remote"},
}

func TestKoreanScheduleCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range koreanScheduleCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
	checkLongCases(t, strings.Repeat("We build tools for logistics teams across the region. ", 12), checkFieldCase, koreanScheduleCases)
}

// TestKoreanScheduleKeyRegexps checks the key regexps against their plain
// regexps over the same texts.
func TestKoreanScheduleKeyRegexps(t *testing.T) {
	texts := keyTexts(t)
	for _, tc := range koreanScheduleCases {
		texts = append(texts, tc.p.DescriptionText, tc.p.RemoteHint)
	}
	for _, s := range append(texts, "주 3 일 출근", "격주로재택") {
		checkKey(t, "koreanScheduleKeys", koreanScheduleKeys, s)
	}
}
