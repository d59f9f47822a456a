package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// termListModeCases pin remote_term_list_modes.go, in our own words; traps: "hybrid
// cloud" inside a sentence, a bare word list that disagrees, home office
// denied, five office days, a plain Vietnamese remote value, Thai office
// needed every day.
var termListModeCases = []truthCase{
	{name: "vi half remote field", p: model.Posting{Title: "Kế toán", RemoteHint: "Bán từ xa"}, remote: "hybrid"},
	{name: "vi alternating field", p: model.Posting{Title: "Nhân viên", RemoteHint: "Xen kẽ"}, remote: "hybrid"},
	{name: "vi at home field", p: model.Posting{Title: "Thiết kế", RemoteHint: "Làm việc tại nhà"}, remote: "remote"},
	{name: "semi remote field", p: model.Posting{Title: "Support Agent", RemoteHint: "Semi-Remote"}, remote: "hybrid"},
	{name: "it in person and online field", p: model.Posting{Title: "Tutor", RemoteHint: "In presenza e online"}, remote: "hybrid"},
	{name: "th no office field", p: model.Posting{Title: "แอดมิน", RemoteHint: "ไม่ต้องเข้าออฟฟิศ"}, remote: "remote"},
	{name: "de term list hybrid", p: model.Posting{Title: "Backend Entwickler", DescriptionText: "Go und Postgres. Teilzeit. Hybrid. Gehalt: 55.000 EUR."}, remote: "hybrid"},
	{name: "es term list remote", p: model.Posting{Title: "Diseñador", DescriptionText: "Medio tiempo. Remoto. Pago mensual."}, remote: "remote"},
	{name: "de home office possible oe", p: model.Posting{Title: "Buchhalter", DescriptionText: "Gleitzeit. Homeoffice moeglich. 30 Tage Urlaub."}, remote: "hybrid"},
	{name: "de remote possible", p: model.Posting{Title: "Designer", DescriptionText: "Unbefristet, Remote möglich, Büro in Köln."}, remote: "hybrid"},
	{name: "pt office days plus remote", p: model.Posting{Title: "Analista", RemoteHint: "Híbrido", DescriptionText: "Três dias presenciais e o resto remoto."}, remote: "hybrid"},
	{name: "pt one office day a week", p: model.Posting{Title: "Analista de dados", DescriptionText: "Trabalho remoto com 1 dia presencial por semana em Curitiba."}, remote: "hybrid"},
	{name: "es three times in office", p: model.Posting{Title: "Contador", DescriptionText: "Modalidad: 3x presencial en Lima."}, remote: "hybrid"},
	{name: "de two days a week on site", p: model.Posting{Title: "Projektleiter", Locations: []string{"Remote"}, DescriptionText: "Wir erwarten 2 Tage/Woche vor Ort in Leipzig."}, remote: "hybrid"},
	{name: "vi no need to go to the office", p: model.Posting{Title: "Biên tập viên", DescriptionText: "Làm việc từ xa hoàn toàn, không phải tới văn phòng."}, remote: "remote"},
	{name: "vi taking turns at the office", p: model.Posting{Title: "Lập trình viên", DescriptionText: "Hình thức luân phiên: tuần này ở nhà, tuần sau lên văn phòng, làm từ xa khi cần."}, remote: "hybrid"},
	{name: "th no office sentence", p: model.Posting{Title: "นักเขียน", DescriptionText: "ทำงานที่ไหนก็ได้ ไม่ต้องเข้าออฟฟิศ"}, remote: "remote"},

	{name: "trap: hybrid cloud in a sentence", p: model.Posting{Title: "Cloud Engineer", DescriptionText: "Vollzeit. Wir betreiben hybrid cloud Umgebungen. Gehalt: 70.000 EUR."}, remote: "!hybrid"},
	{name: "trap: bare words disagree", p: model.Posting{Title: "Engineer", DescriptionText: "Choose one. Remote. Hybrid. Tell us which."}, remote: "!hybrid"},
	{name: "de wholly remote possible", p: model.Posting{Title: "Backend-Entwickler", DescriptionText: "Komplett remote möglich, auch aus dem Ausland."}, remote: "remote"},
	{name: "de wholly remote possible oe", p: model.Posting{Title: "Support", DescriptionText: "Ab dem ersten Tag vollstaendig remote moeglich."}, remote: "remote"},
	{name: "trap: home office not possible", p: model.Posting{Title: "Lagerist", DescriptionText: "Schichtarbeit. Homeoffice nicht möglich."}, remote: "!remote"},
	{name: "trap: five office days", p: model.Posting{Title: "Recepcionista", DescriptionText: "5 dias presenciais na sede em Recife."}, remote: "!hybrid"},
	{name: "trap: vi plain remote value", p: model.Posting{Title: "Dịch thuật", RemoteHint: "Từ xa"}, remote: "remote"},
	{name: "trap: th office every day", p: model.Posting{Title: "ผู้จัดการ", DescriptionText: "ทำงานจากบ้านได้ 2 วัน ไม่ต้องเข้าออฟฟิศทุกวัน"}, remote: "hybrid"},
}

func TestTermListModeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range termListModeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
	checkLongCases(t, strings.Repeat("We are a small team and we are hiring this spring. ", 12), checkFieldCase, termListModeCases)
}

// TestTermListKeyRegexps checks these readers' key regexps against their plain
// regexps.
func TestTermListKeyRegexps(t *testing.T) {
	texts := thinTexts(keyTexts(t), 64)
	for _, tc := range termListModeCases {
		texts = append(texts, tc.p.DescriptionText, strings.Repeat("Filler words for a long text. ", 20)+tc.p.DescriptionText)
	}
	for _, s := range texts {
		checkKey(t, "bareModeSentence", bareModeSentence, s)
		checkKey(t, "germanHomeWorkPossible", germanHomeWorkPossible, s)
		checkKey(t, "countedOfficeDays", countedOfficeDays, s)
		checkKey(t, "vietnameseOfficeSentence", vietnameseOfficeSentence, s)
		checkKey(t, "thaiNoOfficeNeeded", thaiNoOfficeNeeded, s)
	}
}
