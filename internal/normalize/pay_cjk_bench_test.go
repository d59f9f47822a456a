package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// cjkPayWordsText is a worst case for these readers: a
// long description in Japanese, Chinese, Korean, Russian and Spanish
// naming their pay and type words many times, with its pay stated last.
var cjkPayWordsText = strings.Repeat("仕事内容：倉庫での仕分け作業。交通費500円支給、賞与年2回。会員数5万人のサービスです。"+
	"岗位职责：负责数据分析，每周 5 天，补贴另计。팀 규모 30명, 월 2회 회의. Бюджет проекта 900 000 тенге, оплата проезда. "+
	"Jornada de lunes a viernes, contrato con periodo de prueba, trabajo en equipo. ", 10) + "給与：月給25万円～30万円"

// BenchmarkCJKPayWords normalizes a listing with cjkPayWordsText as its
// description (built on main too, to compare: it uses none of these readers).
func BenchmarkCJKPayWords(b *testing.B) {
	p := &model.Posting{Source: "t", ExternalID: "w", Title: "倉庫スタッフ", DescriptionText: cjkPayWordsText}
	b.ReportAllocs()
	for b.Loop() {
		Normalize(p, testOpts)
	}
}
