package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Work-mode phrases of Chinese, Japanese, Korean, Vietnamese, Indonesian and
// Malay, Thai, Arabic and Hebrew postings that the other readers leave
// unread or read alone, read here in their clause: "需到公司办公" (must
// come to the office), "原則出社" (office as a rule), "사무실 출근",
// "Bekerja di pejabat", "ประจำสำนักงาน", "العمل من المكتب", "עבודה
// מהמשרד" are on-site; "混合办公", "làm việc kết hợp", "ไฮบริด", "عمل
// هجين", "משרה היברידית" hybrid; "线上办公", "WFA", "ทำงานที่ไหนก็ได้",
// "משרה מהבית" remote. A remote phrase denied in its clause ("不支持远程",
// "Không hỗ trợ làm việc từ xa", "Tidak bisa WFH", "ไม่สามารถทำงานจากที่
// บ้านได้", "لا يوجد عمل عن بعد", "אין אפשרות לעבודה מהבית") is on-site; a
// remote or office phrase beside days of the week ("WFH 2 hari seminggu",
// "יום בשבוע מהבית", "يومين من المنزل وثلاثة أيام من المكتب") is hybrid. A
// phrase naming something else is no mode (remote_asian_mideast_not_mode.go):
// remote control or support ("遠隔操作", "giám sát từ xa", "التحكم عن
// بعد"), a home-office allowance ("在宅勤務手当", "בדל"), home medical care
// ("在宅医療"), a hybrid car ("ハイブリッド車", "xe hybrid", "سيارات
// هجينة"). Table tests in remote_asian_mideast_phrases_test.go.

// amKind is what a phrase of amPhrases names.
type amKind uint8

const (
	amRemote amKind = iota + 1
	amOnsite
	amHybrid
	amTech // remote control, remote support, home medical care: no work mode
)

// amPhrases are the phrases, each with what it names; bare ones ("远程",
// "từ xa", "عن بعد") are read in the text only, not in the title.
var amPhrases = []struct {
	phrase string
	kind   amKind
	bare   bool
}{
	// Chinese.
	{"远程办公", amRemote, false}, {"远程工作", amRemote, false}, {"遠端工作", amRemote, false}, {"遠距工作", amRemote, false},
	{"遠端辦公", amRemote, false}, {"居家办公", amRemote, false}, {"居家辦公", amRemote, false}, {"在家办公", amRemote, false},
	{"在家辦公", amRemote, false}, {"线上办公", amRemote, false}, {"線上辦公", amRemote, false}, {"全职远程", amRemote, false},
	{"全職遠端", amRemote, false}, {"全远程", amRemote, false}, {"全遠端", amRemote, false},
	{"远程", amRemote, true}, {"遠端", amRemote, true}, {"遠距", amRemote, true},
	{"需到公司办公", amOnsite, false}, {"到公司办公", amOnsite, false}, {"到岗办公", amOnsite, false}, {"坐班", amOnsite, false},
	{"线下办公", amOnsite, false}, {"線下辦公", amOnsite, false}, {"现场办公", amOnsite, false}, {"現場辦公", amOnsite, false},
	{"驻场", amOnsite, false}, {"进公司上班", amOnsite, false}, {"進公司上班", amOnsite, false}, {"进办公室", amOnsite, false},
	{"進辦公室", amOnsite, false}, {"到岗", amOnsite, true},
	{"混合办公", amHybrid, false}, {"混合辦公", amHybrid, false}, {"混合办公模式", amHybrid, false},
	{"远程控制", amTech, false}, {"远程操控", amTech, false}, {"远程技术支持", amTech, false}, {"远程监控", amTech, false},
	{"远程运维", amTech, false}, {"遠端遙控", amTech, false}, {"遠端監控", amTech, false}, {"遠端控制", amTech, false},
	{"远程面试", amTech, false}, {"遠端面試", amTech, false}, {"遠距面試", amTech, false}, {"远程会议", amTech, false},
	{"遠端會議", amTech, false}, {"リモート面接", amTech, false}, {"リモート面談", amTech, false}, {"원격 면접", amTech, false},
	{"phỏng vấn từ xa", amTech, false}, {"مقابلة عن بعد", amTech, false}, {"ראיון מרחוק", amTech, false},
	{"远程调试", amTech, false}, {"远程维护", amTech, false}, {"远程诊断", amTech, false},
	{"遠端維護", amTech, false}, {"遠端除錯", amTech, false}, {"常驻", amOnsite, false},
	{"远程医疗", amTech, false}, {"遠距醫療", amTech, false}, {"远程教育", amTech, false}, {"遠距教學", amTech, false},
	// Japanese.
	{"フルリモート", amRemote, false}, {"完全リモート", amRemote, false}, {"完全在宅", amRemote, false}, {"在宅勤務", amRemote, false},
	{"リモートワーク", amRemote, false}, {"リモート勤務", amRemote, false}, {"リモート", amRemote, true}, {"在宅", amRemote, true},
	{"出社必須", amOnsite, false}, {"原則出社", amOnsite, false}, {"出社勤務", amOnsite, false}, {"オフィス勤務", amOnsite, false},
	{"常駐", amOnsite, false}, {"出社", amOnsite, true},
	{"ハイブリッド勤務", amHybrid, false}, {"ハイブリッドワーク", amHybrid, false}, {"ハイブリッド", amHybrid, false},
	{"一部リモート", amHybrid, false}, {"一部在宅", amHybrid, false}, {"リモート併用", amHybrid, false}, {"在宅併用", amHybrid, false},
	{"遠隔操作", amTech, false}, {"遠隔監視", amTech, false}, {"遠隔サポート", amTech, false}, {"リモートサポート", amTech, false},
	{"リモート操作", amTech, false}, {"リモートコントロール", amTech, false}, {"リモートメンテナンス", amTech, false},
	{"在宅医療", amTech, false}, {"在宅介護", amTech, false}, {"在宅ケア", amTech, false}, {"在宅療養", amTech, false},
	// Korean.
	{"전면 재택", amRemote, false}, {"전면재택", amRemote, false}, {"풀재택", amRemote, false}, {"완전 재택", amRemote, false},
	{"재택근무", amRemote, false}, {"원격근무", amRemote, false}, {"원격 근무", amRemote, false}, {"재택", amRemote, true},
	{"사무실 출근", amOnsite, false}, {"오피스 출근", amOnsite, false}, {"사무실 근무", amOnsite, false}, {"상주 근무", amOnsite, false},
	{"출근", amOnsite, true},
	{"하이브리드 근무", amHybrid, false}, {"하이브리드", amHybrid, false}, {"부분 재택", amHybrid, false}, {"부분재택", amHybrid, false},
	{"원격 지원", amTech, false}, {"원격지원", amTech, false}, {"원격 제어", amTech, false}, {"원격제어", amTech, false},
	{"원격 접속", amTech, false}, {"원격 진료", amTech, false}, {"재택 의료", amTech, false}, {"재택의료", amTech, false},
	{"원격으로 근무", amRemote, false}, {"원격으로 일", amRemote, false}, {"원격으로 진행", amRemote, true}, // "모든 작업은 원격으로 진행합니다"
	{"면접은 원격", amTech, false}, {"면접도 원격", amTech, false}, {"교육은 원격", amTech, false}, {"미팅은 원격", amTech, false},
	// Vietnamese.
	{"làm việc từ xa", amRemote, false}, {"làm từ xa", amRemote, false}, {"làm việc tại nhà", amRemote, false},
	{"làm tại nhà", amRemote, false}, {"từ xa", amRemote, true}, {"tại nhà", amRemote, true},
	{"làm việc tại văn phòng", amOnsite, false}, {"làm tại văn phòng", amOnsite, false}, {"tại văn phòng", amOnsite, false},
	{"lên văn phòng", amOnsite, false}, {"đến văn phòng", amOnsite, false}, {"ngày văn phòng", amOnsite, false},
	{"làm việc kết hợp", amHybrid, false}, {"mô hình làm việc hybrid", amHybrid, false}, {"làm việc hybrid", amHybrid, false},
	{"điều khiển từ xa", amTech, false}, {"giám sát từ xa", amTech, false}, {"truy cập từ xa", amTech, false},
	{"hỗ trợ từ xa", amTech, false}, {"kỹ thuật từ xa", amTech, false}, {"theo dõi từ xa", amTech, false},
	// Indonesian, Malay.
	{"wfh", amRemote, true}, {"wfa", amRemote, false},
	{"bekerja dari mana saja", amRemote, false}, {"kerja dari mana saja", amRemote, false}, {"kerja dari rumah", amRemote, false},
	{"bekerja dari rumah", amRemote, false}, {"kerja jarak jauh", amRemote, false}, {"jarak jauh", amRemote, true},
	{"kawalan jarak jauh", amTech, false}, {"kawalan jauh", amTech, false}, {"kontrol jarak jauh", amTech, false},
	{"pemantauan jarak jauh", amTech, false}, {"akses jarak jauh", amTech, false}, {"dukungan jarak jauh", amTech, false},
	{"sokongan jarak jauh", amTech, false}, {"capaian jarak jauh", amTech, false},
	{"pembelajaran jarak jauh", amTech, false}, {"pendidikan jarak jauh", amTech, false}, // distance learning, as 远程教育
	{"wfo", amOnsite, true}, {"bekerja di kantor", amOnsite, false}, {"kerja di kantor", amOnsite, false},
	{"bekerja di pejabat", amOnsite, false}, {"kerja di pejabat", amOnsite, false}, {"di pejabat", amOnsite, false},
	{"ke kantor", amOnsite, true}, {"di kantor", amOnsite, true},
	{"hibrid", amHybrid, false}, {"hibrida", amHybrid, false}, {"kerja hybrid", amHybrid, false}, {"skema hybrid", amHybrid, false}, {"hybrid (wfo", amHybrid, false},
	// Thai.
	{"ทำงานจากที่บ้าน", amRemote, false}, {"ทำงานที่บ้าน", amRemote, false}, {"ทำงานที่ไหนก็ได้", amRemote, false},
	{"ทำงานทางไกล", amRemote, false}, {"ทำงานระยะไกล", amRemote, false},
	{"ทำงานที่ออฟฟิศ", amOnsite, false}, {"เข้าออฟฟิศ", amOnsite, false}, {"ประจำสำนักงาน", amOnsite, false},
	{"ประจำออฟฟิศ", amOnsite, false}, {"ทำงานที่สำนักงาน", amOnsite, false}, {"เข้างานที่สำนักงาน", amOnsite, false},
	{"เข้าสำนักงาน", amOnsite, false},
	{"ไฮบริด", amHybrid, false},
	{"ควบคุมระยะไกล", amTech, false}, {"รีโมทคอนโทรล", amTech, false},
	// Arabic.
	{"عن بعد", amRemote, true}, {"عن بُعد", amRemote, true}, {"من المنزل", amRemote, true}, {"العمل من المنزل", amRemote, false},
	{"العمل من المكتب", amOnsite, false}, {"العمل في المكتب", amOnsite, false}, {"من مقر الشركة", amOnsite, false},
	{"في مقر الشركة", amOnsite, false}, {"حضوري", amOnsite, false}, {"في المكتب", amOnsite, true}, {"من المكتب", amOnsite, true},
	{"عمل هجين", amHybrid, false}, {"هجين", amHybrid, false}, {"الهجين", amHybrid, false},
	{"التحكم عن بعد", amTech, false}, {"المراقبة عن بعد", amTech, false}, {"الدعم الفني عن بعد", amTech, false},
	{"الوصول عن بعد", amTech, false}, {"الدعم عن بعد", amTech, false},
	// Hebrew.
	{"עבודה מרחוק", amRemote, false}, {"עבודה מהבית", amRemote, false}, {"משרה מהבית", amRemote, false},
	{"מרחוק", amRemote, true}, {"מהבית", amRemote, true},
	{"עבודה מהמשרד", amOnsite, false}, {"העבודה מהמשרד", amOnsite, false}, {"במשרד בלבד", amOnsite, false},
	{"פרונטלית", amOnsite, false}, {"עבודה משרדית", amOnsite, false}, {"מהמשרד", amOnsite, true}, {"במשרד", amOnsite, true},
	{"משרה היברידית", amHybrid, false}, {"עבודה היברידית", amHybrid, false}, {"מודל היברידי", amHybrid, false},
	{"היברידי", amHybrid, false}, {"היברידית", amHybrid, false},
	{"שליטה מרחוק", amTech, false}, {"תמיכה מרחוק", amTech, false}, {"גישה מרחוק", amTech, false}, {"שלט רחוק", amTech, false},
}

// amKindOf maps a phrase (lower case) to its entry; amRe finds the phrases,
// longest first, so "远程控制" is read whole before "远程".
var amKindOf, amRe = func() (map[string]int, *regexp.Regexp) {
	of := map[string]int{}
	alts := make([]string, 0, len(amPhrases))
	for i, p := range amPhrases {
		of[p.phrase] = i
		alts = append(alts, regexp.QuoteMeta(p.phrase))
	}
	for i := 1; i < len(alts); i++ {
		for j := i; j > 0 && len(alts[j]) > len(alts[j-1]); j-- {
			alts[j], alts[j-1] = alts[j-1], alts[j]
		}
	}
	return of, regexp.MustCompile(`(?i)(?:` + strings.Join(alts, "|") + `)`)
}()

// amLatinGate are ASCII words of Indonesian and Malay, the stems of their
// phrases and a few common words ("tidak", "untuk", "yang"): a text in none
// of the scripts amScript looks for is read only with one of them, so an
// English "WFH" is left to the English readers.
var amLatinGate = []string{"kerja", "kantor", "pejabat", "rumah", "hibrid", "mana saja", "jarak jauh", "mobil hybrid", "tidak", "untuk", "dengan", "yang", "sepenuh", "seminggu", "minggu"}

// amLatinWords is amLatinGate's word gate (word_gate.go).
var amLatinWords = newFoldGate(amLatinGate...)

// amScript reports a letter of the scripts the phrases are written in: Han,
// kana and Hangul, Thai, Arabic, Hebrew, or Vietnamese letters of the Latin
// Extended Additional block (lead bytes of their UTF-8 forms).
func amScript(s string) bool {
	for i := nextHighByte(s, 0); i+1 < len(s); i = nextHighByte(s, i+1) {
		b := s[i]
		if b < 0xD7 {
			continue
		}
		switch {
		case b <= 0xDB: // Hebrew, Arabic
			return true
		case b == 0xE0 && (s[i+1] == 0xB8 || s[i+1] == 0xB9): // Thai
			return true
		case b == 0xE1 && (s[i+1] == 0xBA || s[i+1] == 0xBB): // Vietnamese
			return true
		case b >= 0xE3 && b <= 0xED: // kana, Han, Hangul
			return true
		}
	}
	return false
}

// amGate reports whether the phrases may be in s: a cheap look before the
// scan.
func amGate(s string) bool {
	if amScript(s) {
		return true
	}
	if !amLatinWords.may(s) {
		return false
	}
	for _, w := range amLatinGate {
		if hasFold(s, w) {
			return true
		}
	}
	return false
}

// amClause returns the bounds of the clause around [i, j): clauseAround's,
// also cut at the CJK full stop, exclamation and question marks and
// semicolon.
func amClause(s string, i, j int) (int, int) {
	return clauseAroundStops(s, i, j, cjkStops)
}

// cjkStops are the CJK full stop, exclamation and question marks and
// semicolon.
var cjkStops = []string{"。", "！", "？", "；"}

// clauseAroundStops is clauseAround's clause around [i, j), also cut at
// each of stops (marks of other scripts).
func clauseAroundStops(s string, i, j int, stops []string) (int, int) {
	lo, hi := clauseAround(s, i, j)
	for _, stop := range stops {
		if k := strings.LastIndex(s[lo:i], stop); k >= 0 {
			lo += k + len(stop)
		}
		if k := strings.Index(s[j:hi], stop); k >= 0 {
			hi = j + k
		}
	}
	return lo, hi
}

// amDeniedBefore is a denial right before a phrase in its clause, within a
// few words: "不支持", "不需", "không hỗ trợ", "không cần", "tidak bisa",
// "tanpa", "ไม่สามารถ", "ไม่ต้อง", "لا يوجد", "بدون", "אין אפשרות ל",
// "ללא".
var amDeniedBefore = regexp.MustCompile(`(?i)(?:不支持|不接受|不提供|不可以?|不能|无法|無法|不需要?|无需|無需|不用|不必|không(?:\s+\p{L}+){0,2}|tidak(?:\s+\p{L}+)?|bukan|tanpa|ไม่\p{Thai}{0,8}|لا\s+(?:\p{Arabic}+\s+){0,2}(?:ل|ب)?|بدون\s+|غير\s+|אין(?:\s+אפשרות)?\s+ל?|ללא\s+אפשרות\s+ל?|לא\s+(?:ניתן|אפשרי)\s+ל?)\s*(?:[\p{L}\s]{0,3})$`)

// amWithoutBefore is Hebrew "ללא" (without) right before a remote phrase:
// "המשרה ללא עבודה מרחוק" is no remote work, and no work mode either (a
// trap of type_workload_test.go pins it unknown).
var amWithoutBefore = regexp.MustCompile(`ללא\s*$`)

// amDeniedAfter is a denial right after a phrase: "不可", "不支持", "なし",
// "不要", "불가", "없음", "không được", "tidak bisa", "ไม่ได้", "غير متاح",
// "לא אפשרית".
var amDeniedAfter = regexp.MustCompile(`(?i)^\s*(?:は|が|の)?\s*(?:不可|不支持|不接受|なし|無し|不要|できません|불가|불가능|없음|없습니다|안\s*됨|không\s+(?:được|hỗ trợ|áp dụng)|tidak\s+(?:bisa|boleh|diperbolehkan|tersedia)|ไม่ได้|غير\s+(?:متاح|متوفر|ممكن|مسموح)|לא\s+(?:אפשרי|אפשרית|רלוונטי))`)

// amWeekDays is a count of days in a week as the languages write it: "週3",
// "每周3天", "주 2회", "2 ngày", "3 hari", "2 วัน", "يومين", "ثلاثة أيام", "יום",
// "3 ימים".
var amWeekDays = regexp.MustCompile(`(?i)週\s*[1-4１-４一二三四]|(?:每周|每週|每星期)[一二三四五](?:[^至到\-~～—]|$)|(?:[1-4]|一|二|两|兩|三|四)\s*(?:天|日)|주\s*[1-4]\s*(?:회|일)|[1-4]\s*(?:ngày|hari|วัน)|يومين|يوم\s+واحد|(?:[1-4]|ثلاثة|ثلاث|أربعة)\s+أيام|יומיים|(?:^|[^\p{L}])ו?יום(?:[^\p{L}]|$)|[1-4]\s*ימים`)

// amWeekWord is the week in a count of days: "周", "週", "주", "tuần",
// "minggu", "สัปดาห์", "أسبوع", "שבוע".
var amWeekWords = []string{"周", "週", "주", "tuần", "minggu", "สัปดาห์", "أسبوع", "الأسبوع", "שבוע"}

// amMonthly is a visit once a month or less: an office day of a remote job.
var amMonthly = regexp.MustCompile(`(?i)每月|月\s*[1１一]\s*回|月に|한 달|매월|mỗi tháng|hàng tháng|sebulan|per bulan|เดือนละ|شهري|في الشهر|בחודש`)

// amRead is the reading of the phrases in a text.
type amRead struct {
	remote, onsite, hybrid, denied string // the evidence of each
	techOnly                       bool   // every remote phrase named something else
	visit                          bool   // an office phrase beside a monthly count
	freed                          string // an office phrase denied ("无需坐班")
}

// amReadText reads the phrases of s (title tells the title, whose bare
// phrases are left out).
func amReadText(s string, title bool, r *amRead) {
	sawRemote, sawMode := false, false
	for _, m := range amRe.FindAllStringIndex(s, 16) {
		p := amPhrases[amKindOf[strings.ToLower(s[m[0]:m[1]])]]
		if title && p.bare {
			continue
		}
		if !amWordAt(s, m[0], m[1]) {
			continue
		}
		lo, hi := amClause(s, m[0], m[1])
		before, after, clause := s[lo:m[0]], s[m[1]:hi], s[lo:hi]
		ev := s[m[0]:m[1]]
		switch p.kind {
		case amTech:
			sawRemote = true
		case amRemote:
			sawRemote = true
			if amPerkAround(before, after) {
				continue
			}
			sawMode = true
			if amWithoutBefore.MatchString(before) {
				continue
			}
			switch {
			case amDeniedBefore.MatchString(before) || amDeniedAfter.MatchString(after):
				r.denied = firstNonEmpty(r.denied, clause)
			case amDaysIn(clause):
				r.hybrid = firstNonEmpty(r.hybrid, clause)
			default:
				r.remote = firstNonEmpty(r.remote, ev)
			}
		case amOnsite:
			if amDeniedBefore.MatchString(before) || amDeniedAfter.MatchString(after) {
				r.freed = firstNonEmpty(r.freed, ev)
				continue
			}
			if amMonthly.MatchString(clause) {
				r.visit = true // "フルリモート（月1回の出社あり）": a visit (remote_office_day_monthly.go)
				continue
			}
			if wfoFewDaysBefore(ev, before) {
				r.hybrid = firstNonEmpty(r.hybrid, clause) // "2 days WFO" (remote_wfo_days.go)
				continue
			}
			if amDaysIn(clause) {
				if p.bare && !amOtherModeIn(clause, m[0]-lo) {
					continue // "週5日出社": the working week, read by the others
				}
				r.hybrid = firstNonEmpty(r.hybrid, clause)
				continue
			}
			r.onsite = firstNonEmpty(r.onsite, ev)
		case amHybrid:
			if amVehicleAround(before, after) || amDeniedBefore.MatchString(before) || amDeniedAfter.MatchString(after) {
				continue
			}
			r.hybrid = firstNonEmpty(r.hybrid, ev)
		}
	}
	if sawRemote && !sawMode {
		r.techOnly = true
	}
}

// amOtherModeIn reports a remote or hybrid phrase in clause other than the
// one at i: "週3出社、その他はリモート".
func amOtherModeIn(clause string, i int) bool {
	for _, m := range amRe.FindAllStringIndex(clause, 8) {
		if m[0] == i {
			continue
		}
		if k := amPhrases[amKindOf[strings.ToLower(clause[m[0]:m[1]])]].kind; k == amRemote || k == amHybrid {
			return true
		}
	}
	return false
}

// amDaysIn reports a count of days of the week in a clause: a count with a
// week word, or with both a remote and an office phrase.
func amDaysIn(clause string) bool {
	if !amWeekDays.MatchString(clause) {
		return false
	}
	for _, w := range amWeekWords {
		if strings.Contains(clause, w) {
			return true
		}
	}
	remote, office := false, false
	for _, m := range amRe.FindAllStringIndex(clause, 8) {
		switch amPhrases[amKindOf[strings.ToLower(clause[m[0]:m[1]])]].kind {
		case amRemote:
			remote = true
		case amOnsite:
			office = true
		}
	}
	return remote && office
}

// amWordAt reports a phrase of Latin letters standing as a word ("wfo", not
// "wfor"); other scripts need no spaces.
func amWordAt(s string, i, j int) bool {
	if s[i] >= 0x80 {
		return true
	}
	if i > 0 && (isLetterByte(s[i-1]) || isDigit(s[i-1])) {
		return false
	}
	return j >= len(s) || !(isLetterByte(s[j]) || isDigit(s[j]))
}

// reviseAsianMideastModes (called last of the work-mode revisers in
// Normalize) reads the phrases in the title and the text of a listing that
// no structured field placed: an unknown listing takes their mode; a remote
// one read from text is on-site when the phrases deny remote work, hybrid
// when they name a hybrid week, and unknown when its remote word named
// something else; an on-site one is hybrid when they name a hybrid week; a
// hybrid one read from a hybrid car is unknown.
func reviseAsianMideastModes(title, text string, ri RemoteInfo) RemoteInfo {
	if fromStructured(ri) || !amGate(text) && !amGate(title) {
		return ri
	}
	var r amRead
	if title != "" {
		amReadText(title, true, &r)
	}
	titleTech := r.techOnly
	r.techOnly = false
	amReadText(text, false, &r)
	techOnly := r.techOnly && (titleTech || r.remote == "")
	read := func() (model.Remote, string) {
		switch {
		case r.hybrid != "":
			return model.RemoteHybrid, r.hybrid
		case r.denied != "":
			return model.RemoteOnsite, r.denied
		case r.remote != "" && r.onsite != "":
			return model.RemoteHybrid, r.remote + " " + r.onsite
		case r.onsite != "":
			return model.RemoteOnsite, r.onsite
		case r.remote != "":
			return model.RemoteRemote, r.remote
		}
		return model.RemoteUnknown, ""
	}
	switch ri.Remote {
	case model.RemoteRemote:
		if r.remote == "" && r.hybrid == "" && techOnly && amOwnEvidence(ri.Evidence) {
			ri.Remote, ri.Evidence = model.RemoteUnknown, ""
			ri.Regions = ri.Regions[:0]
			break
		}
		if r.denied != "" && r.remote == "" && strings.HasPrefix(ri.Evidence, "text: ") {
			ri.Remote, ri.Evidence = model.RemoteOnsite, "text: "+r.denied
			ri.Regions = ri.Regions[:0]
		} else if r.hybrid != "" {
			ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+r.hybrid
		}
		return ri
	case model.RemoteOnsite:
		if r.hybrid != "" {
			ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+r.hybrid
		} else if r.freed != "" && r.remote != "" && r.onsite == "" && r.denied == "" &&
			strings.HasPrefix(ri.Evidence, "text: ") && strings.Contains(ri.Evidence, r.freed) {
			// "全职远程，无需坐班": the office word an older reader took is denied.
			ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+r.remote
		}
		return ri
	case model.RemoteHybrid:
		if r.hybrid == "" && amVehicleHybrid(title, text, ri.Evidence) {
			ri.Remote, ri.Evidence = model.RemoteUnknown, ""
			ri.Regions = ri.Regions[:0]
			break
		}
		if r.hybrid != "" || !amOwnEvidence(ri.Evidence) {
			return ri
		}
		switch {
		case r.denied != "" && r.remote == "":
			// "ไม่สามารถทำงานจากที่บ้านได้ ต้องเข้าออฟฟิศ": remote denied, not mixed.
			ri.Remote, ri.Evidence = model.RemoteOnsite, "text: "+r.denied
			ri.Regions = ri.Regions[:0]
		case r.visit && r.remote != "" && r.denied == "" && r.onsite == "" && amMonthly.MatchString(ri.Evidence):
			ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+r.remote
		}
		return ri
	}
	if m, e := read(); m != model.RemoteUnknown {
		ri.Remote, ri.Evidence = m, "text: "+e
		// The regions were read before this mode: "カスタマーサポート（在宅勤務）"
		// with "日本に居住していること" is remote from Japan.
		ri = reviseForeignScopeShapes(text, ri)
	}
	return ri
}
