package normalize

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Type phrases in description sentences of Asian, Middle Eastern, Turkish,
// Russian and Ukrainian postings that the label and field readers do not
// reach (table tests in type_body_asia_mideast_terms_test.go):
//   - a kind word standing as a clause of its own, alone or after a label
//     ("… с контрагентами. Полная занятость.", "Status: Karyawan tetap,",
//     "משרה חלקית, 3 ימים"), read as the field readers read it;
//   - Japanese "フリーランスの方歓迎", "ボランティアスタッフを募集";
//   - Chinese "招聘正式员工", "招聘小时工", "时薪兼职", "按项目结算",
//     "项目制合作", "招聘自由职业者", "招募志愿者", "暑期实习" (not
//     "暑期实习经历");
//   - Korean "고용형태: 정규직" inside a line, "계약직 12개월", "파트타임
//     근무", "현장실습 학생 모집", "외주 프로젝트로 진행", "자원봉사자 모집";
//   - Vietnamese "hợp đồng có thời hạn" (and "không thời hạn": permanent),
//     "làm việc bán thời gian", "tuyển thực tập sinh", "tuyển cộng tác viên",
//     "tuyển tình nguyện viên";
//   - Thai "สัญญาจ้าง 1 ปี", "รับสมัครพนักงาน Part-time", "รับสมัครฟรีแลนซ์",
//     "รับสมัครอาสาสมัคร", "รับสมัครนักศึกษาฝึกงาน";
//   - Indonesian and Malay "PKWT" (fixed-term; "PKWTT" is permanent),
//     "dibayar per proyek", "kesempatan relawan", "latihan industri";
//     Filipino "regular employee after 6 months" (regularisation), "OJT
//     students" (on-the-job training);
//   - Arabic "نبحث عن مستقل", "بنظام العمل الحر", "فرصة تطوع";
//     Hebrew "תמחות בתשלום", "דרושים מתנדבים";
//   - Turkish "sözleşmeli pozisyon", "1 yıllık sözleşme", "zorunlu staj",
//     "staj yapacak", "serbest çalışan", "gönüllüler arıyoruz";
//   - Russian and Ukrainian "полный/неполный рабочий день", "подработка",
//     "оплачиваемая стажировка", "производственная практика", "разовая
//     работа" (a one-off job: project), "временная работа", "строковий
//     договір", "как ФОП".
// Fix 2: Chinese "无固定期限劳动合同" (permanent) and "一年期劳动合同",
// "約聘" (contract); Korean "알바 구합니다", "프리랜서로"; Vietnamese
// "nhân viên part-time"; Thai "งานพาร์ทไทม์"; Arabic "وظيفة دائمة";
// Hebrew "משרת סטודנט" (a student post: part time); Turkish "belirli
// süreli" (fixed-term; "belirsiz süreli" permanent); Russian "на неполный
// день", "на время декрета", "срочный договор", "на фрилансе".
// Mentions of such work as experience, as a duty ("负责招募志愿者", "인턴
// 경험 우대", "опыт стажировки") or as a subject ("управление договорами")
// are not read. The phrases join worldPhrases: the first in the text
// decides. Each plain regexp is gated on its literal words by hasFold.

// foldGated is a key regexp (tried only around its key words, found by
// the package's shared key scan); reject, when set, drops a match by what
// surrounds it.
type foldGated struct {
	re     *keyRegexp
	reject func(s string, m []int) bool
}

// FindAllStringSubmatchIndex is the worldPhrase matcher: the first match
// reject keeps, or every match when reject is nil.
func (g foldGated) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if g.reject == nil {
		return g.re.FindAllStringSubmatchIndex(s, n)
	}
	for _, m := range g.re.FindAllStringSubmatchIndex(s, 8) {
		if !g.reject(s, m) {
			return [][]int{m}
		}
	}
	return nil
}

func amReadAs(t model.JobType) func(string) model.JobType {
	return func(string) model.JobType { return t }
}

// amFollowedBy reports whether the text after the match starts with one of
// words.
func amFollowedBy(words ...string) func(s string, m []int) bool {
	return func(s string, m []int) bool {
		rest := strings.TrimLeft(s[m[1]:], " ")
		for _, w := range words {
			if strings.HasPrefix(rest, w) {
				return true
			}
		}
		return false
	}
}

// amKindClauseTerms are the kind words read when they stand as a clause.
var amKindClauseTerms = map[string]model.JobType{
	"полная занятость": model.TypeFullTime, "частичная занятость": model.TypePartTime, "постоянная работа": model.TypeFullTime,
	"повна зайнятість": model.TypeFullTime, "неповна зайнятість": model.TypePartTime, "часткова зайнятість": model.TypePartTime,
	"постійна робота": model.TypeFullTime, "фриланс": model.TypeContract, "фріланс": model.TypeContract,
	"tam zamanlı": model.TypeFullTime, "yarı zamanlı": model.TypePartTime, "sözleşmeli": model.TypeContract,
	"toàn thời gian": model.TypeFullTime, "bán thời gian": model.TypePartTime,
	"karyawan tetap": model.TypeFullTime, "penuh waktu": model.TypeFullTime, "paruh waktu": model.TypePartTime,
	"משרה מלאה": model.TypeFullTime, "משרה חלקית": model.TypePartTime,
	"دوام كامل": model.TypeFullTime, "دوام جزئي": model.TypePartTime,
	"พนักงานประจำ": model.TypeFullTime, "พาร์ทไทม์": model.TypePartTime,
	"全职": model.TypeFullTime, "兼职": model.TypePartTime, "全職": model.TypeFullTime, "兼職": model.TypePartTime,
	"정규직": model.TypeFullTime, "계약직": model.TypeContract,
}

// amKindClauseEntry is a kind word and its gate: the word without a first
// letter that may be a capital ("олная занятость" for "Полная занятость").
type amKindClauseEntry struct {
	term, gate string
}

var amKindClauseEntries = func() []amKindClauseEntry {
	var es []amKindClauseEntry
	for k := range amKindClauseTerms {
		vs := []string{k}
		if k[0] < utf8.RuneSelf {
			vs = append(vs, amTitleWords(k)) // Latin words only: "Karyawan Tetap"
		}
		for _, v := range vs {
			g := v
			if r, n := utf8.DecodeRuneInString(v); unicode.ToUpper(r) != r || unicode.ToLower(r) != r {
				g = v[n:]
			}
			if v != k && g == es[len(es)-1].gate {
				continue // no letter with a capital after the first
			}
			es = append(es, amKindClauseEntry{k, g})
		}
	}
	return es
}()

// amTitleWords is k with each word after the first capitalised ("Karyawan
// Tetap", "Tam Zamanlı" are found by "aryawan Tetap", "am Zamanlı").
func amTitleWords(k string) string {
	ws := strings.Split(k, " ")
	for i := 1; i < len(ws); i++ {
		r, n := utf8.DecodeRuneInString(ws[i])
		ws[i] = string(unicode.ToUpper(r)) + ws[i][n:]
	}
	return strings.Join(ws, " ")
}

// amKindClauseMatcher finds a kind word with a clause edge (start,
// sentence or line end, label colon, comma, bullet, dash or bracket) on
// both sides: the words are found by their gates through the package's
// shared key scan (amKindClauseRe), and the edges looked at around each.
type amKindClauseMatcher struct{}

var amKindClause amKindClauseMatcher

// amKindClauseRe is the kind words, longest first, keyed by their gates.
var amKindClauseRe = func() *keyRegexp {
	terms := make([]string, 0, len(amKindClauseTerms))
	for k := range amKindClauseTerms {
		terms = append(terms, regexp.QuoteMeta(k))
	}
	slices.SortFunc(terms, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	var gates []string
	for _, e := range amKindClauseEntries {
		if !slices.Contains(gates, e.gate) {
			gates = append(gates, e.gate)
		}
	}
	return newKeyRegexp(`(?i)(?:`+strings.Join(terms, "|")+`)`, 8, 8, gates...)
}()

func (amKindClauseMatcher) FindAllStringSubmatchIndex(s string, _ int) [][]int {
	for _, m := range amKindClauseRe.FindAllStringIndex(s, -1) {
		if amClauseEdgeLeft(s[:m[0]]) && amClauseEdgeRight(s[m[1]:]) {
			return [][]int{{m[0], m[1], m[0], m[1]}}
		}
	}
	return nil
}

// amClauseEdgeLeft reports a clause edge at the end of before.
func amClauseEdgeLeft(before string) bool {
	before = strings.TrimRight(before, " \t")
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune(".。!！?？\n\r:：;；|•·,，(（-–—", r)
}

// amClauseEdgeRight reports a clause edge at the start of after.
func amClauseEdgeRight(after string) bool {
	after = strings.TrimLeft(after, " \t")
	if after == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(after)
	return strings.ContainsRune(".。!！?？\n\r,，;；(（|/•·-–—)）", r)
}

func amKindClauseRead(w string) model.JobType {
	return amKindClauseTerms[strings.ToLower(w)]
}

var asiaMideastPhrases = []worldPhrase{
	{nil, amKindClause, amKindClauseRead},
	// Japanese.
	{nil, foldGated{newKeyRegexp(`(フリーランス)(?:の方|として|での|契約|歓迎|可|OK)`, 60, 60, "フリーランス"), nil}, amReadAs(model.TypeContract)},
	{nil, foldGated{newKeyRegexp(`(ボランティア)(?:スタッフ|メンバー)?(?:を|の)?(?:大?募集|活動です|として[^。、！!？?\n]{0,12}?ご?参加)`, 60, 60, "ボランティア"), nil}, amReadAs(model.TypeVolunteer)},
	// Chinese.
	{nil, foldGated{newKeyRegexp(`(?:招聘|招募|诚聘|誠聘|录用为|錄用為|转为|轉為|聘为|聘為)(正式[员員]工)`, 60, 60, "正式员工", "正式員工"), nil}, amReadAs(model.TypeFullTime)},
	{nil, foldGated{newKeyRegexp(`(小时工|钟点工|時薪兼職|时薪兼职|工讀生|兼[职職]人[员員]|兼[职職]岗位|兼職崗位)|(?:招聘|招募|诚招|急招|徵|征)(兼[职職])`, 60, 60, "小时工", "钟点工", "兼职", "兼職", "工讀生"), amFollowedBy("经验", "經驗", "经历", "經歷")}, amReadAs(model.TypePartTime)},
	{nil, foldGated{newKeyRegexp(`(?:按|以)((?:项目|項目|專案|专案)(?:结算|結算|计费|計費|计酬|計酬|付费|付費|收费|收費))|((?:项目|項目|專案)制)(?:合作|用工|岗位|崗位|工作|招聘)`, 60, 60, "项目", "項目", "專案", "专案"), nil}, amReadAs(model.TypeProject)},
	{nil, foldGated{newKeyRegexp(`(?:招聘|招募|寻找|尋找|欢迎|歡迎)(自由[职職][业業]者?)|(自由[职職][业業])(?:合作|岗位|崗位|形式)`, 60, 60, "自由职业", "自由職業"), nil}, amReadAs(model.TypeContract)},
	{nil, foldGated{newKeyRegexp(`(?:^|[。！!\n，,；;：:\s])(?:现|現|现面向社会|特)?(?:招募|征集|徵求|招聘)\S{0,6}?(志愿者|志願者|志工|義工|义工)`, 60, 60, "志愿者", "志願者", "志工", "義工", "义工"), nil}, amReadAs(model.TypeVolunteer)},
	{nil, foldGated{newKeyRegexp(`((?:暑期|寒假|暑假|日常|长期|長期|短期)(?:实习|實習))|(?:招聘|招募|招收)((?:实习|實習)生)`, 60, 60, "实习", "實習"), amFollowedBy("经历", "經歷", "经验", "經驗")}, amReadAs(model.TypeInternship)},
	{nil, foldGated{newKeyRegexp(`(无固定期限|無固定期限|固定期限|[一二两兩三四五1-5]\s*年期?)(?:的)?(?:劳动|勞動)(?:合同|契約|合約)`, 60, 60, "劳动合同", "勞動合同", "勞動契約", "勞動合約"), nil}, func(w string) model.JobType {
		if strings.HasPrefix(w, "无") || strings.HasPrefix(w, "無") {
			return model.TypeFullTime
		}
		return model.TypeContract
	}},
	{nil, foldGated{newKeyRegexp(`(約聘|约聘)`, 60, 60, "約聘", "约聘"), nil}, amReadAs(model.TypeContract)},
	// Korean.
	{nil, foldGated{newKeyRegexp(`(?:고용|근무|채용)\s*형태\s*[:：]?\s*(정규직|계약직|인턴|파견직|아르바이트|프리랜서|파트타임)`, 60, 60, "형태"), nil}, koreanKind},
	{nil, foldGated{newKeyRegexp(`(계약직)\s*(?:\d{1,2}\s*개월|\d\s*년|으로\s*(?:채용|근무)|채용|근무)`, 60, 60, "계약직"), koreanLaterRemark}, amReadAs(model.TypeContract)},
	{nil, foldGated{newKeyRegexp(`(파트타임|아르바이트|알바)\s*(?:근무|채용|모집|직원|으로\s*근무|구합니다|구해요|구인)`, 60, 60, "파트타임", "아르바이트", "알바"), koreanLaterRemark}, amReadAs(model.TypePartTime)},
	{nil, foldGated{newKeyRegexp(`(현장실습|인턴십)\s*(?:학생|생|사원)?\s*(?:을|를)?\s*(?:모집|채용|선발)|(인턴)\s*(?:학생|사원)\s*(?:을|를)?\s*(?:모집|채용|선발)`, 60, 60, "인턴", "현장실습"), koreanLaterRemark}, amReadAs(model.TypeInternship)},
	{nil, foldGated{newKeyRegexp(`(외주\s*프로젝트|프로젝트\s*단위)\s*(?:로|으로)?\s*(?:진행|계약)`, 60, 60, "외주", "프로젝트"), nil}, amReadAs(model.TypeProject)},
	{nil, foldGated{newKeyRegexp(`((?:자원)?봉사자)\s*(?:를|을)?\s*(?:모집|구합니다|찾습니다)`, 60, 60, "봉사자"), nil}, amReadAs(model.TypeVolunteer)},
	{nil, foldGated{newKeyRegexp(`(프리랜서)\s*(?:로|으로|계약|형태)`, 60, 60, "프리랜서"), koreanLaterRemark}, amReadAs(model.TypeContract)},
	// Vietnamese.
	{nil, foldGated{newKeyRegexp(`(?i)hợp\s+đồng(?:\s+lao\s+động)?\s+(không\s+xác\s+định\s+thời\s+hạn|không\s+thời\s+hạn|có\s+thời\s+hạn|xác\s+định\s+thời\s+hạn|thời\s+vụ|\d{1,2}\s+tháng)`, 60, 60, "ợp đồng", "ợp Đồng"), nil}, func(w string) model.JobType {
		if strings.HasPrefix(strings.ToLower(w), "không") {
			return model.TypeFullTime
		}
		return model.TypeContract
	}},
	{nil, foldGated{newKeyRegexp(`(?i)(?:làm\s+việc|việc\s+làm|công\s+việc|nhân\s+viên|tuyển|hình\s+thức)\s+(bán\s+thời\s+gian|toàn\s+thời\s+gian)`, 60, 60, "ời gian", "ời Gian"), nil}, func(w string) model.JobType {
		if strings.HasPrefix(strings.ToLower(w), "bán") {
			return model.TypePartTime
		}
		return model.TypeFullTime
	}},
	{nil, foldGated{newKeyRegexp(`(?i)(?:tuyển(?:\s+dụng)?|chương\s+trình|cơ\s+hội)\s+(thực\s+tập(?:\s+sinh)?)`, 60, 60, "ực tập", "ực Tập"), nil}, amReadAs(model.TypeInternship)},
	{nil, foldGated{newKeyRegexp(`(?i)(?:tuyển(?:\s+dụng)?|cần|làm)\s+(cộng\s+tác\s+viên)`, 60, 60, "ộng tác", "ộng Tác"), nil}, amReadAs(model.TypeContract)},
	{nil, foldGated{newKeyRegexp(`(?i)(?:tuyển|tìm|kêu\s+gọi)\s+(tình\s+nguyện\s+viên)`, 60, 60, "ình nguyện", "ình Nguyện"), nil}, amReadAs(model.TypeVolunteer)},
	{nil, newKeyRegexp(`(?i)\b(?:nhân\s+viên|tuyển|làm|việc\s+làm|công\s+việc)\s+(part[- ]?time|full[- ]?time)\b`, 30, 12, "part", "full"), func(w string) model.JobType {
		if strings.HasPrefix(strings.ToLower(w), "full") {
			return model.TypeFullTime
		}
		return model.TypePartTime
	}},
	// Thai.
	{nil, foldGated{newKeyRegexp(`(สัญญาจ้าง)\s*\d{1,2}\s*(?:ปี|เดือน)|(พนักงานสัญญาจ้าง)`, 60, 60, "สัญญาจ้าง"), nil}, amReadAs(model.TypeContract)},
	{nil, foldGated{newKeyRegexp(`(?i)(?:รับสมัคร|พนักงาน|งาน)\s*(part[- ]?time|full[- ]?time|พาร์ทไทม์)`, 60, 60, "รับสมัคร", "พนักงาน", "งาน"), nil}, func(w string) model.JobType {
		if strings.HasPrefix(strings.ToLower(w), "full") {
			return model.TypeFullTime
		}
		return model.TypePartTime
	}},
	{nil, foldGated{newKeyRegexp(`(?:รับสมัคร|จ้าง|งาน)\s*(ฟรีแลนซ์)`, 60, 60, "ฟรีแลนซ์"), nil}, amReadAs(model.TypeContract)},
	{nil, foldGated{newKeyRegexp(`(?:รับสมัคร|เปิดรับ)\s*(อาสาสมัคร)`, 60, 60, "อาสาสมัคร"), nil}, amReadAs(model.TypeVolunteer)},
	{nil, foldGated{newKeyRegexp(`(?:รับสมัคร|เปิดรับ)\s*(นักศึกษาฝึกงาน)`, 60, 60, "ฝึกงาน"), nil}, amReadAs(model.TypeInternship)},
	// Indonesian, Malay, Filipino English.
	{nil, newKeyRegexp(`\b(PKWTT?)\b`, 0, 6, "pkwt"), func(w string) model.JobType {
		if w == "PKWTT" {
			return model.TypeFullTime
		}
		return model.TypeContract
	}},
	{nil, newKeyRegexp(`(?i)\b(?:dibayar|bayaran|pembayaran|upah)\s+(per\s+proye?k|per\s+projek|ikut\s+projek)\b`, 15, 15, "proyek", "projek"), amReadAs(model.TypeProject)},
	{nil, newKeyRegexp(`(?i)\b(?:kesempatan|mencari|membuka|dibutuhkan|dicari|rekrutmen|pendaftaran|lowongan|menjadi)\s+(?:[a-z]+\s+)?(relawan|sukarelawan)\b`, 40, 15, "relawan"), amReadAs(model.TypeVolunteer)},
	{nil, newKeyRegexp(`(?i)\b(latihan\s+industri|pelajar\s+praktikal)\b`, 10, 10, "industri", "praktikal"), amReadAs(model.TypeInternship)},
	{nil, newKeyRegexp(`(?i)\b(regular)\s+(?:employee\s+|status\s+)?(?:after|upon)\s+(?:\d|six|three|completion|passing)|\bprobationary\s+(?:to|then)\s+(regular)\b`, 30, 40, "regular"), amReadAs(model.TypeFullTime)},
	// Filipino "OJT" (on-the-job training, a student's required internship
	// hours) offered: "OJT students", "accepting OJT trainees" (not "OJT
	// experience").
	{nil, newKeyRegexp(`\b(?:[Ff]or|[Aa]ccept(?:ing)?|[Hh]iring|[Ll]ooking\s+for|[Ww]elcome)\s+(OJTs?)\b|\b(OJT)\s+(?:students?|trainees?|interns?|programs?|programmes?|positions?|slots?)\b`, 30, 20, "ojt"), amReadAs(model.TypeInternship)},
	// Arabic and Hebrew.
	{nil, foldGated{newKeyRegexp(`(?:نبحث\s+عن|مطلوب|نحتاج\s+إلى|نحتاج)\s+(مستقل(?:ين)?|فريلانسر)|بنظام\s+(العمل\s+الحر|عمل\s+حر|الفريلانس)`, 60, 60, "مستقل", "فريلانسر", "العمل الحر", "عمل حر"), nil}, amReadAs(model.TypeContract)},
	{nil, foldGated{newKeyRegexp(`(فرصة\s+تطوع(?:ية)?|فرص\s+تطوع(?:ية)?|بشكل\s+تطوعي|(?:نبحث\s+عن|مطلوب)\s+متطوعين)`, 60, 60, "تطوع", "متطوعين"), nil}, amReadAs(model.TypeVolunteer)},
	{nil, foldGated{newKeyRegexp(nonLetter+`(תמחות|סטאז')\s+(?:בתשלום|למשך|במשך|של\s+\S+\s+חודשים)`, 60, 60, "תמחות", "סטאז'"), nil}, amReadAs(model.TypeInternship)},
	{nil, foldGated{newKeyRegexp(`(?:דרושים|דרושות|מחפשים|מחפשות|מגייסים)\s+(מתנדבים|מתנדבות)`, 60, 60, "מתנדב"), nil}, amReadAs(model.TypeVolunteer)},
	{nil, foldGated{newKeyRegexp(`(?:وظيفة|عقد|عمل)\s+(دائمة|دائم)(?:$|[^\pL])`, 60, 60, "دائم"), nil}, amReadAs(model.TypeFullTime)},
	{nil, foldGated{newKeyRegexp(`(משרת\s+סטודנט(?:ים|ית)?)`, 60, 60, "משרת סטודנט"), nil}, amReadAs(model.TypePartTime)},
	// Turkish.
	{nil, newKeyRegexp(`(?i)\b(sözleşmeli)\s+(?:pozisyon|personel|çalışan|eleman|olarak|iş|istihdam)|\b\d{1,2}\s+(?:yıllık|aylık)\s+(sözleşme)`, 15, 30, "sözleşme"), amReadAs(model.TypeContract)},
	{nil, newKeyRegexp(`(?i)\b(?:zorunlu|uzun\s+dönem|yaz|dönem\s+içi|kış)\s+(staj)\b|\b(staj)\s+(?:yapacak|programı|imkanı|olanağı)|\b(stajyer)\s+(?:aranıyor|alımı|arıyoruz|arıyor)`, 20, 20, "staj"), amReadAs(model.TypeInternship)},
	{nil, newKeyRegexp(`(?i)\b(serbest)\s+(?:çalışan|çalışma|zamanlı)|\b(freelance)\s+olarak\b`, 5, 20, "serbest", "freelance"), amReadAs(model.TypeContract)},
	{nil, newKeyRegexp(`(?i)\b(gönüllüler|gönüllü)\s+(?:arıyoruz|aranıyor|alımı)`, 5, 20, "nüllü"), amReadAs(model.TypeVolunteer)},
	{nil, newKeyRegexp(`(?i)\b(belirli|belirsiz)\s+süreli\b`, 5, 15, "süreli"), func(w string) model.JobType {
		if strings.EqualFold(w, "belirsiz") {
			return model.TypeFullTime
		}
		return model.TypeContract
	}},
	// Russian and Ukrainian.
	{nil, foldGated{newKeyRegexp(`(?i)`+nonLetter+`(полн\pL*|неполн\pL*)\s+рабоч\pL*\s+(?:день|дня|недел)`, 60, 60, "рабоч"), nil}, func(w string) model.JobType {
		if strings.HasPrefix(strings.ToLower(w), "не") {
			return model.TypePartTime
		}
		return model.TypeFullTime
	}},
	{nil, foldGated{newKeyRegexp(`(?i)`+nonLetter+`(подработк\pL*|підробіт\pL*)`, 60, 60, "одработк", "ідробіт"), nil}, amReadAs(model.TypePartTime)},
	{nil, foldGated{newKeyRegexp(`(?i)`+nonLetter+`(?:оплачиваем\pL*|платн\pL*|летн\pL*|производственн\pL*|преддипломн\pL*|оплачуван\pL*|виробнич\pL*|літн\pL*)\s+(стажировк\pL*|практик\pL*|стажуванн\pL*)|`+nonLetter+`(?:приглашаем|запрошуємо|набираем|набор|набір)\s+(?:\pL+\s+){0,2}?(?:на\s+)?(стажировк\pL*|стажуванн\pL*|практик\pL*|стаж[её]р\pL*)`, 60, 60, "тажировк", "тажуванн", "рактик", "тажер", "тажёр"), nil}, amReadAs(model.TypeInternship)},
	{nil, foldGated{newKeyRegexp(`(?i)`+nonLetter+`(разов\pL+)\s+(?:работ|подработк|задани|заказ|выход|робот|завданн)`, 60, 60, "азов"), nil}, amReadAs(model.TypeProject)},
	{nil, foldGated{newKeyRegexp(`(?i)`+nonLetter+`(временная\s+работа|временную\s+работу|тимчасова\s+робота|тимчасову\s+роботу)|(строков\pL*)\s+(?:трудов\pL*\s+)?договір`, 60, 60, "ременн", "имчасов", "троков"), nil}, amReadAs(model.TypeContract)},
	{nil, foldGated{newKeyRegexp(`(?i)`+nonLetter+`(?:як|как|через|по|оформлення|оформление)\s+(ФОП|ФЛП)(?:$|[^\pL])`, 60, 60, "ФОП", "ФЛП"), nil}, amReadAs(model.TypeContract)},
	{nil, foldGated{newKeyRegexp(`(?i)`+nonLetter+`на\s+(полный|неполный|повний|неповний)\s+(?:рабочий\s+|робочий\s+)?день`, 60, 60, "олный", "овний"), nil}, func(w string) model.JobType {
		if strings.HasPrefix(strings.ToLower(w), "не") {
			return model.TypePartTime
		}
		return model.TypeFullTime
	}},
	{nil, foldGated{newKeyRegexp(`(?i)`+nonLetter+`(?:на\s+(?:время|период)\s+(декрет\pL*)|(срочн\pL*)\s+договор)`, 60, 60, "декрет", "рочн"), nil}, amReadAs(model.TypeContract)},
	{nil, foldGated{newKeyRegexp(`(?i)`+nonLetter+`на\s+(фрилансе|фрілансі)`, 60, 60, "рилансе", "рілансі"), nil}, amReadAs(model.TypeContract)},
}

// koreanLaterRemark drops a Korean hiring phrase that reports on a hire or
// a conversion rather than making one ("인턴 채용 결과", "계약직 채용
// 전환형", "채용 절차"), as koreanHiringCall's traps do.
var koreanLaterRemark = amFollowedBy("결과", "전환", "검토", "절차", "후", "경험", "이력")

// koreanKind reads a Korean kind word after a hiring-form label.
func koreanKind(w string) model.JobType {
	switch w {
	case "정규직":
		return model.TypeFullTime
	case "인턴":
		return model.TypeInternship
	case "아르바이트", "파트타임":
		return model.TypePartTime
	}
	return model.TypeContract // 계약직, 파견직, 프리랜서
}

func init() {
	worldPhrases = append(worldPhrases, asiaMideastPhrases...)
}

// cjkNonPostWords are Chinese and Japanese words holding a kind word that
// name no kind of the post: a stay-at-home parent (全职妈妈, "full-time
// mother") and a later promotion to a regular post (正社員登用, 正社員への
// 登用: "契約社員からスタート、正社員登用あり" is a contract).
var cjkNonPostWords = []string{"全职妈妈", "全职宝妈", "全职太太", "全职主妇", "全职爸爸", "全職媽媽", "全職太太", "全職主婦", "正社員登用", "正社員への登用"}

// withoutCJKNonPost is raw with those words taken out.
func withoutCJKNonPost(raw string) string {
	if !strings.Contains(raw, "全") && !strings.Contains(raw, "正社員") {
		return raw
	}
	for _, w := range cjkNonPostWords {
		if strings.Contains(raw, w) {
			raw = strings.ReplaceAll(raw, w, " ")
		}
	}
	return raw
}
