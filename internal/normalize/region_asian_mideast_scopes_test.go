package normalize

import "testing"

// Where a remote or hybrid worker may be, in the Chinese, Japanese, Korean,
// Vietnamese, Indonesian, Malay, Thai, Arabic, Hebrew, Turkish, Hindi and
// Persian phrases of region_asian_mideast_scopes.go. Every sentence is our
// own; the traps name a place the reading must leave.
func TestAsianMideastScopes(t *testing.T) {
	runRegionSentenceCases(t, []regionSentenceCase{
		// Chinese: residence, a remote entry, home words, lists, areas, the world
		{"zh residence", "运维开发（远程）", "", "本岗位支持远程，须常驻新加坡。", "SG"},
		{"zh list", "测试开发（远程）", "", "远程岗位，人选需居住在越南或泰国。", "VN,TH"},
		{"zh home word", "客服主管（远程）", "", "可居家办公，限境内居住的候选人。", "CN"},
		{"zh whole country", "文案（远程）", "", "远程工作，全国范围内均可。", "CN"},
		{"zh traditional entry", "工程師", "遠程（澳門）", "", "MO"},
		{"zh area", "架构师（远程）", "", "远程职位，接受东南亚地区的候选人。", "APAC"},
		{"zh world", "插画师（远程）", "", "远程合作，地点不限。", "worldwide"},
		{"zh trap customers", "销售（远程）", "", "远程岗位，负责日本和韩国的客户关系。", ""},
		{"zh trap offices", "工程师（远程）", "", "支持远程。我们在香港设有办公室。", ""},
		{"zh trap domestic business", "会计（远程）", "", "远程办公，负责国内业务报表。", ""},
		{"zh trap language", "运营（远程）", "", "远程办公，需日语流利。", ""},
		// Japanese lists and areas
		{"ja list", "開発者（フルリモート）", "", "フルリモート。台湾または日本に在住の方。", "TW,JP"},
		{"ja trap offices", "開発者（フルリモート）", "", "フルリモート。韓国とシンガポールにオフィスがあります。", ""},
		// Korean
		{"ko residence", "서버 개발자 (원격)", "", "원격 근무입니다. 싱가포르 거주자만 지원하세요.", "SG"},
		{"ko home word", "QA 엔지니어 (재택)", "", "재택 근무. 국내 거주자 대상입니다.", "KR"},
		{"ko world", "번역가 (원격)", "", "원격 근무, 전 세계 지원 가능.", "worldwide"},
		{"ko trap language", "상담원 (재택)", "", "재택 근무. 한국어 능통자 대상.", ""},
		{"ko trap both home and abroad", "영업 (원격)", "", "원격 근무. 국내외 고객 대상 영업.", ""},
		// Vietnamese
		{"vi residence", "Kỹ sư (Remote)", "", "Làm việc từ xa. Ứng viên đang sinh sống tại Campuchia.", "KH"},
		{"vi entry", "Kế toán", "Làm việc từ xa - Thái Lan", "", "TH"},
		{"vi home word", "Biên tập viên (Remote)", "", "Làm việc từ xa, chỉ nhận ứng viên trong nước.", "VN"},
		{"vi trap offices", "Lập trình viên (Remote)", "", "Làm việc từ xa. Văn phòng chính tại Nhật Bản.", ""},
		// Indonesian and Malay
		{"id residence", "Programmer (WFH)", "", "WFH penuh. Kandidat berdomisili di Filipina.", "PH"},
		{"id anywhere in", "Editor (Remote)", "", "Remote, bisa kerja dari mana saja di Malaysia.", "MY"},
		{"id home word", "Analis (Remote)", "", "Remote, khusus kandidat dalam negeri. Perusahaan berbasis di Surabaya.", "ID"},
		{"ms home word", "Pereka (Remote)", "", "Kerja jarak jauh, untuk calon dalam negara sahaja.", "MY"},
		{"id world", "Ilustrator (Remote)", "", "Remote, kandidat dari seluruh dunia dipersilakan.", "worldwide"},
		{"id trap language", "CS (WFH)", "", "WFH, kandidat wajib berbahasa Indonesia dengan baik.", ""},
		{"ms trap offices", "Jurutera (Remote)", "", "Kerja jarak jauh. Pejabat utama kami di Singapura.", ""},
		// Thai
		{"th residence", "นักบัญชี (Remote)", "", "ทำงานระยะไกล ผู้สมัครต้องอาศัยอยู่ในมาเลเซีย", "MY"},
		{"th home word", "แอดมิน (WFH)", "", "ทำงานจากที่บ้าน รับสมัครทั่วประเทศ", "TH"},
		{"th trap language", "แอดมิน (WFH)", "", "ทำงานจากที่บ้าน ผู้สมัครต้องใช้ภาษาไทยได้ดี", ""},
		// Arabic
		{"ar residence", "محاسب (عن بعد)", "", "وظيفة عن بعد للمقيمين في قطر.", "QA"},
		{"ar gulf", "مطور (عن بعد)", "", "العمل عن بعد من أي مكان في دول الخليج.", "MENA"},
		{"ar world", "مصمم (عن بعد)", "", "عمل عن بعد، نقبل المرشحين من جميع أنحاء العالم.", "worldwide"},
		{"ar trap customers", "مستشار (عن بعد)", "", "العمل عن بعد مع عملاء في الكويت.", ""},
		// Hebrew
		{"he residence", "מפתח (מרחוק)", "", "משרה מרחוק, למועמדים הגרים ביוון.", "GR"},
		{"he home word", "נציג (מהבית)", "", "עבודה מהבית, בכל הארץ.", "IL"},
		{"he trap offices", "מהנדס (מרחוק)", "", "עבודה מרחוק. המשרדים שלנו בישראל.", ""},
		// Turkish
		{"tr residence", "Geliştirici (Uzaktan)", "", "Uzaktan çalışma, Kıbrıs'ta ikamet eden adaylar.", "CY"},
		{"tr world", "Çevirmen (Uzaktan)", "", "Uzaktan, dünya genelinden başvurular kabul edilir.", "worldwide"},
		{"tr trap market", "Satış (Uzaktan)", "", "Uzaktan çalışma, Almanya pazarından sorumlu.", ""},
		// Hindi
		{"hi residence", "डेवलपर (रिमोट)", "", "रिमोट काम, नेपाल के निवासी आवेदन करें।", "NP"},
		{"hi trap customers", "सेल्स (रिमोट)", "", "रिमोट काम, अमेरिका के ग्राहकों के साथ।", ""},
		// Persian
		{"fa residence", "طراح (دورکاری)", "", "دورکاری برای ساکنین ترکیه.", "TR"},
		{"fa home word", "پشتیبان (دورکاری)", "", "دورکاری از سراسر کشور امکان‌پذیر است.", "IR"},
		{"fa trap offices", "برنامه‌نویس (دورکاری)", "", "دورکاری. دفتر مرکزی ما در امارات است.", ""},
		// on-site: no region however the place is named
		{"onsite is no scope", "工程师", "", "本岗位不支持远程，需居住在中国境内。", ""},
	})
}
