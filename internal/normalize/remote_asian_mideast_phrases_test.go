package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// asianMideastModeCases pin remote_asian_mideast_phrases.go and
// remote_asian_mideast_not_mode.go: on-site, hybrid and remote phrases of
// Chinese, Japanese, Korean, Vietnamese, Indonesian and Malay, Thai, Arabic
// and Hebrew postings, remote denied, weekly day counts; traps: remote
// control and support, home medical care, a remote interview, a home-office
// allowance, a hybrid car, a monthly office visit, English WFH perks.
var asianMideastModeCases = []truthCase{
	// Chinese.
	{name: "zh must come in", p: model.Posting{Title: "财务助理", Locations: []string{"天津"}, DescriptionText: "本岗位需到公司办公，周末双休。"}, remote: "onsite"},
	{name: "zh offline work label", p: model.Posting{Title: "客服", Locations: []string{"郑州"}, DescriptionText: "办公形式：线下办公"}, remote: "onsite"},
	{name: "zh online work", p: model.Posting{Title: "日语翻译", DescriptionText: "线上办公，按件结算。"}, remote: "remote"},
	{name: "zh office days a week", p: model.Posting{Title: "算法工程师", Locations: []string{"北京"}, DescriptionText: "远程办公为主，每周到岗2天。"}, remote: "hybrid"},
	{name: "trap: zh remote monitoring", p: model.Posting{Title: "物联网工程师", Locations: []string{"无锡"}, DescriptionText: "开发设备远程监控平台。"}, remote: "unknown"},
	{name: "trap: zh home office subsidy", p: model.Posting{Title: "会计", Locations: []string{"上海"}, DescriptionText: "福利：居家办公补贴每月300元。办公地点：徐汇区。"}, remote: "unknown"},
	// Japanese.
	{name: "ja office as a rule", p: model.Posting{Title: "総務", Locations: []string{"横浜市"}, DescriptionText: "勤務は原則出社です。"}, remote: "onsite"},
	{name: "ja remote allowed some days", p: model.Posting{Title: "アプリ開発", Locations: []string{"東京都"}, DescriptionText: "在宅勤務OK（週2日まで）"}, remote: "hybrid"},
	{name: "ja full remote with a monthly office day", p: model.Posting{Title: "SRE", Locations: []string{"東京都"}, DescriptionText: "完全リモート（月1回の出社あり）"}, remote: "remote"},
	{name: "trap: ja home allowance", p: model.Posting{Title: "営業", Locations: []string{"札幌市"}, DescriptionText: "福利厚生：在宅勤務手当を支給。勤務地：札幌支店"}, remote: "unknown"},
	{name: "trap: ja hybrid car", p: model.Posting{Title: "整備スタッフ", Locations: []string{"静岡県"}, DescriptionText: "ハイブリッド車の修理経験がある方歓迎"}, remote: "unknown"},
	{name: "trap: ja remote maintenance", p: model.Posting{Title: "保守エンジニア", Locations: []string{"千葉県"}, DescriptionText: "工作機械のリモートメンテナンス対応。"}, remote: "unknown"},
	// Korean.
	{name: "ko office commute", p: model.Posting{Title: "회계 담당", Locations: []string{"대전"}, DescriptionText: "근무 방식: 사무실 출근"}, remote: "onsite"},
	{name: "ko no commute full home", p: model.Posting{Title: "번역가", DescriptionText: "풀재택 근무입니다."}, remote: "remote"},
	{name: "trap: ko home equipment grant", p: model.Posting{Title: "영업", Locations: []string{"대구"}, DescriptionText: "혜택: 재택근무 수당 지급. 근무지: 대구 본사"}, remote: "unknown"},
	{name: "trap: ko hybrid vehicle", p: model.Posting{Title: "정비 기사", Locations: []string{"광주"}, DescriptionText: "하이브리드 차량 점검 및 수리"}, remote: "unknown"},
	// Vietnamese.
	{name: "vi combined work title", p: model.Posting{Title: "Kế toán tổng hợp (Làm việc kết hợp)", Locations: []string{"Cần Thơ"}}, remote: "hybrid"},
	{name: "vi remote not supported", p: model.Posting{Title: "Nhân viên nhập liệu", Locations: []string{"Huế"}, DescriptionText: "Công ty không hỗ trợ làm việc từ xa."}, remote: "onsite"},
	{name: "trap: vi remote monitoring", p: model.Posting{Title: "Kỹ sư IoT", Locations: []string{"Bình Dương"}, DescriptionText: "Phát triển ứng dụng theo dõi từ xa cho nhà máy."}, remote: "unknown"},
	{name: "trap: vi home allowance", p: model.Posting{Title: "Lập trình viên", Locations: []string{"Hà Nội"}, DescriptionText: "Quyền lợi: phụ cấp làm việc tại nhà hàng tháng. Nơi làm việc: Cầu Giấy."}, remote: "unknown"},
	// Indonesian, Malay.
	{name: "id days home and office", p: model.Posting{Title: "Analis Keuangan", Locations: []string{"Bekasi"}, DescriptionText: "WFH 1 hari seminggu, sisanya WFO."}, remote: "hybrid"},
	{name: "id cannot wfh", p: model.Posting{Title: "Kasir", Locations: []string{"Bogor"}, DescriptionText: "Posisi ini tidak bisa WFH."}, remote: "onsite"},
	{name: "ms at the office", p: model.Posting{Title: "Kerani", Locations: []string{"Johor Bahru"}, DescriptionText: "Calon perlu bekerja di pejabat."}, remote: "onsite"},
	{name: "trap: id distance learning for staff", p: model.Posting{Title: "Staf Administrasi", Locations: []string{"Medan"}, DescriptionText: "Karyawan mendapat akses program pembelajaran jarak jauh."}, remote: "unknown"},
	{name: "trap: ms distance education unit", p: model.Posting{Title: "Pegawai Akademik", Locations: []string{"Shah Alam"}, DescriptionText: "Menyokong unit pendidikan jarak jauh universiti."}, remote: "unknown"},
	{name: "id work done at a distance", p: model.Posting{Title: "Penerjemah", DescriptionText: "Pekerjaan ini dilakukan secara jarak jauh."}, remote: "remote"},
	{name: "trap: id hybrid car", p: model.Posting{Title: "Mekanik", Locations: []string{"Bekasi"}, DescriptionText: "Perbaikan mobil hybrid dan mobil listrik."}, remote: "unknown"},
	{name: "trap: english wfh perk", p: model.Posting{Title: "Clerk", DescriptionText: "Benefits include a WFH desk allowance."}, remote: "unknown"},
	// Thai.
	{name: "th hybrid title", p: model.Posting{Title: "นักบัญชี (ไฮบริด)", Locations: []string{"กรุงเทพมหานคร"}}, remote: "hybrid"},
	{name: "th head office post", p: model.Posting{Title: "เจ้าหน้าที่จัดซื้อ", Locations: []string{"กรุงเทพมหานคร"}, DescriptionText: "ประจำสำนักงานใหญ่ สาทร"}, remote: "onsite"},
	{name: "th home days a week", p: model.Posting{Title: "นักพัฒนา", Locations: []string{"กรุงเทพมหานคร"}, DescriptionText: "ทำงานที่บ้านได้ 2 วันต่อสัปดาห์"}, remote: "hybrid"},
	{name: "th remote denied", p: model.Posting{Title: "พนักงานขาย", Locations: []string{"ขอนแก่น"}, DescriptionText: "ไม่สามารถทำงานที่บ้านได้"}, remote: "onsite"},
	{name: "trap: th hybrid car", p: model.Posting{Title: "ช่างซ่อม", Locations: []string{"ปทุมธานี"}, DescriptionText: "ซ่อมบำรุงรถยนต์ไฮบริด"}, remote: "unknown"},
	// Arabic.
	{name: "ar office work", p: model.Posting{Title: "موظف استقبال", Locations: []string{"الشارقة"}, DescriptionText: "الوظيفة تتطلب العمل من المكتب."}, remote: "onsite"},
	{name: "ar home and office days", p: model.Posting{Title: "مطور", Locations: []string{"الرياض"}, DescriptionText: "ثلاثة أيام من المكتب ويومين من المنزل."}, remote: "hybrid"},
	{name: "ar no remote", p: model.Posting{Title: "سكرتير", Locations: []string{"المنامة"}, DescriptionText: "لا يتوفر عمل عن بعد."}, remote: "onsite"},
	{name: "trap: ar remote monitoring", p: model.Posting{Title: "فني", Locations: []string{"ينبع"}, DescriptionText: "متابعة أنظمة المراقبة عن بعد في المصنع."}, remote: "unknown"},
	{name: "trap: ar hybrid cars", p: model.Posting{Title: "فني صيانة", Locations: []string{"الدوحة"}, DescriptionText: "صيانة المركبات الهجينة."}, remote: "unknown"},
	// Hebrew.
	{name: "he office work", p: model.Posting{Title: "פקיד/ה", Locations: []string{"ראשון לציון"}, DescriptionText: "עבודה מהמשרד בלבד"}, remote: "onsite"},
	{name: "he home day a week", p: model.Posting{Title: "מתכנת/ת", Locations: []string{"תל אביב"}, DescriptionText: "יומיים בשבוע מהבית"}, remote: "hybrid"},
	{name: "he no possibility from home", p: model.Posting{Title: "מוקדן/ית", Locations: []string{"לוד"}, DescriptionText: "אין אפשרות לעבודה מרחוק"}, remote: "onsite"},
	{name: "trap: he remote access", p: model.Posting{Title: "איש/אשת IT", Locations: []string{"חיפה"}, DescriptionText: "תחזוקת מערכות גישה מרחוק"}, remote: "unknown"},
	{name: "trap: he home expenses", p: model.Posting{Title: "מנהל/ת", Locations: []string{"נתניה"}, DescriptionText: "החזר הוצאות עבודה מהבית"}, remote: "unknown"},
}

func TestAsianMideastModeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range asianMideastModeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}

// TestAsianMideastModeCasesLong runs the cases past minGuardedText, where
// hasFold asks the folded-text cache.
func TestAsianMideastModeCasesLong(t *testing.T) {
	filler := strings.Repeat("The bakery opens early and closes at noon. ", 14) + "\n"
	checkLongCases(t, filler, checkFieldCase, asianMideastModeCases)
}

// TestAsianMideastGate: the gate lets the scripts and Indonesian words in and
// keeps English text out.
func TestAsianMideastGate(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"远程", true}, {"ไฮบริด", true}, {"عن بعد", true}, {"מהבית", true}, {"làm việc từ xa", true},
		{"재택", true}, {"Kerja dari rumah", true}, {"WFH twice a week", false}, {"Café in Zürich", false},
	} {
		if got := amGate(c.s); got != c.want {
			t.Errorf("amGate(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// FuzzAsianMideastModes runs the reviser on any text: no panic, and a
// reading only with its evidence from the input.
func FuzzAsianMideastModes(f *testing.F) {
	for _, tc := range asianMideastModeCases {
		f.Add(tc.p.Title, tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, title, text string) {
		ri := reviseAsianMideastModes(title, text, RemoteInfo{Remote: model.RemoteUnknown})
		if ri.Remote == model.RemoteUnknown {
			return
		}
		ev := strings.TrimPrefix(ri.Evidence, "text: ")
		for _, part := range strings.Split(ev, " ") {
			if part != "" && !strings.Contains(title+" "+text, part) {
				t.Errorf("reviseAsianMideastModes(%q, %q) = %s with evidence %q not in the input", title, text, ri.Remote, ri.Evidence)
			}
		}
	})
}
