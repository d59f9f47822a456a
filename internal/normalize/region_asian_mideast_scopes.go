package normalize

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Where a remote or hybrid worker may be, in Chinese (simplified and
// traditional), Japanese, Korean, Vietnamese, Indonesian and Malay, Thai,
// Arabic, Hebrew, Turkish, Hindi and Persian sentences, location entries
// and titles (audit W; table tests and traps in
// region_asian_mideast_scopes_test.go). Read by reviseAsianMideastScopes
// for a remote or hybrid listing that no reader before gave a region:
//
//   - a clause about where the worker lives or may work (a residence,
//     citizenship, work-permit or "from anywhere in" word, a candidate
//     word) that names countries or areas in the language's own names:
//     "须常驻新加坡或马来西亚", "일본 또는 한국 거주", "sống tại Thái Lan",
//     "berdomisili di Malaysia", "المقيمين في الأردن", "הגרים בקפריסין",
//     "Azerbaycan'da yaşayan", "नेपाल के निवासी", "ساکن افغانستان";
//   - a short location entry or clause of a remote word and a name:
//     "遠程（香港）", "Làm việc từ xa - Thái Lan", "دورکاری - افغانستان";
//   - a word for the posting's own country where the language makes it
//     plain: "境内"/"全国" in simplified Chinese (China; a bare "国内" is
//     pinned unread), "국내"
//     in Korean (Korea), "trong nước" (Vietnam), "dalam negeri" (Indonesia
//     or Malaysia, by the posting's other words), "yurt içi" (Turkey),
//     "ทั่วประเทศ" (Thailand), "מכל הארץ" (Israel), "देश में कहीं से भी"
//     (India), "سراسر کشور" (Iran);
//   - anywhere in the world: "不限地区", "전 세계", "mana saja di dunia",
//     "من أي مكان في العالم", "מכל העולם", "dünyanın her yerinden" (worldwide).
//
// A clause that names offices, customers, a market, branches or a language
// is no scope ("服务美国客户", "văn phòng tại Singapore", "berbahasa
// Indonesia"), nor one that denies ("不可", "불가", "không được").
// Areas map to the region codes the package has: Asia-Pacific and
// Southeast Asia are APAC (as "southeast asian" is), the Gulf states and
// the Middle East MENA, Europe EU.

// scopeTongue is one language's words for the readers above.
type scopeTongue struct {
	script uint8               // the script the tongue's words are written in (scriptMask)
	gate   []string            // Latin tongues: words of the language, one needed
	kana   bool                // Japanese: read only text holding kana
	latin  bool                // names need word bounds
	after  bool                // names need a bound after them (Arabic script)
	thai   bool                // clauses are split at spaces too
	names  map[string][]string // country and area names (lower case)
	cues   []string            // residence, citizenship, permit, scope words
	modes  []string            // remote words: a cue in a short clause only
	home   []string            // the posting's own country
	code   string              // the home words' country ("" decided by homeCode)
	world  []string            // anywhere in the world
	traps  []string            // offices, customers, markets, languages, denials
}

var scopeTongues = []*scopeTongue{
	{ // Japanese (japaneseScopes reads most; these are the lists and areas it does not)
		script: scriptHan, kana: true,
		names: map[string][]string{"日本": {"JP"}, "韓国": {"KR"}, "台湾": {"TW"}, "中国": {"CN"}, "アメリカ": {"US"}, "米国": {"US"},
			"カナダ": {"CA"}, "シンガポール": {"SG"}, "アジア太平洋": {"APAC"}, "東南アジア": {"APAC"}, "ヨーロッパ": {"EU"}, "欧州": {"EU"}, "ベトナム": {"VN"}},
		cues:  []string{"在住", "居住", "お住まい", "国籍", "就労ビザ", "就労資格"},
		modes: []string{"リモート", "在宅", "テレワーク"},
		traps: []string{"拠点", "本社", "支社", "顧客", "市場", "オフィス", "取引", "不可"},
	},
	{ // Chinese, simplified and traditional
		script: scriptHan,
		names: map[string][]string{"中国": {"CN"}, "中国大陆": {"CN"}, "中國大陸": {"CN"}, "中国内地": {"CN"}, "台湾": {"TW"}, "台灣": {"TW"}, "臺灣": {"TW"},
			"中华民国": {"TW"}, "中華民國": {"TW"}, "香港": {"HK"}, "澳门": {"MO"}, "澳門": {"MO"}, "日本": {"JP"}, "韩国": {"KR"}, "韓國": {"KR"},
			"新加坡": {"SG"}, "马来西亚": {"MY"}, "馬來西亞": {"MY"}, "美国": {"US"}, "美國": {"US"}, "加拿大": {"CA"}, "英国": {"GB"}, "英國": {"GB"},
			"澳大利亚": {"AU"}, "澳洲": {"AU"}, "越南": {"VN"}, "泰国": {"TH"}, "泰國": {"TH"}, "印尼": {"ID"}, "印度尼西亚": {"ID"}, "印度": {"IN"},
			"菲律宾": {"PH"}, "菲律賓": {"PH"}, "德国": {"DE"}, "德國": {"DE"}, "亚太": {"APAC"}, "亞太": {"APAC"}, "东南亚": {"APAC"}, "東南亞": {"APAC"},
			"欧洲": {"EU"}, "歐洲": {"EU"}, "欧盟": {"EU"}, "歐盟": {"EU"}},
		cues: []string{"居住", "住在", "常驻", "常駐", "所在地", "境内", "境內", "国籍", "國籍", "身份证", "身分證", "身份證", "户籍", "戶籍", "工作许可", "工作許可",
			"工作签证", "工作簽證", "居民", "均可", "皆可", "各地", "仅限", "僅限", "只限", "候选人", "候選人", "人选", "接受", "范围内", "範圍內"},
		modes: []string{"远程", "遠程", "遠端", "遠距", "居家", "在家", "remote"},
		home:  []string{"境内", "全国"}, // a bare "国内" stays unread: region_foreign_scope_shapes_test.go pins "需在国内居住" without a region
		code:  "CN",
		world: []string{"不限地区", "不限地區", "地区不限", "地區不限", "不限地点", "不限地點", "地点不限", "地點不限", "全球远程", "全球遠程", "全球遠端",
			"全球皆可", "全球均可", "全球招聘", "全球範圍", "全球范围", "世界各地", "世界任何地方", "海外可"},
		traps: []string{"办公室", "辦公室", "办事处", "辦事處", "设有", "設有", "总部", "總部", "客户", "客戶", "市场", "市場", "业务", "業務",
			"服务", "服務", "分公司", "子公司", "出差", "不可", "不能", "不接受"},
	},
	{ // Korean
		script: scriptHangul,
		names: map[string][]string{"한국": {"KR"}, "대한민국": {"KR"}, "일본": {"JP"}, "미국": {"US"}, "캐나다": {"CA"}, "싱가포르": {"SG"}, "베트남": {"VN"},
			"중국": {"CN"}, "대만": {"TW"}, "아시아 태평양": {"APAC"}, "아시아태평양": {"APAC"}, "동남아시아": {"APAC"}, "유럽": {"EU"}},
		cues:  []string{"거주", "국적", "비자", "어디서", "지원 가능", "대상", "취업"},
		modes: []string{"원격", "재택", "리모트", "remote"},
		home:  []string{"국내"},
		code:  "KR",
		world: []string{"전 세계", "전세계", "해외 거주자도", "해외에서도", "해외 거주 가능"},
		traps: []string{"사무실", "지사", "본사", "고객", "시장", "오피스", "출근", "불가", "한국어", "일본어", "중국어", "영어"},
	},
	{ // Vietnamese
		script: scriptLatinMarks, gate: []string{"làm việc", "ứng viên", "từ xa", "việt nam", "tại nhà"}, latin: true,
		names: map[string][]string{"việt nam": {"VN"}, "thái lan": {"TH"}, "nhật bản": {"JP"}, "hàn quốc": {"KR"}, "singapore": {"SG"}, "trung quốc": {"CN"},
			"hoa kỳ": {"US"}, "châu âu": {"EU"}, "đông nam á": {"APAC"}, "châu á - thái bình dương": {"APAC"}, "châu á thái bình dương": {"APAC"},
			"châu á-thái bình dương": {"APAC"}, "campuchia": {"KH"}, "lào": {"LA"}, "philippines": {"PH"}, "malaysia": {"MY"}},
		cues: []string{"cư trú", "sinh sống", "sống tại", "sống ở", "quốc tịch", "ứng viên", "bất kỳ đâu", "bất cứ đâu", "giấy phép lao động",
			"khu vực", "ở tại", "mọi nơi"},
		modes: []string{"từ xa", "tại nhà", "remote"},
		home:  []string{"trong nước"},
		code:  "VN",
		world: []string{"trên thế giới", "toàn thế giới", "từ xa toàn cầu", "không giới hạn địa điểm", "không giới hạn vị trí", "khắp thế giới"},
		traps: []string{"văn phòng", "khách hàng", "thị trường", "chi nhánh", "trụ sở", "tiếng ", "không được", "không thể", "đối tác"},
	},
	{ // Indonesian and Malay
		gate: []string{"kandidat", "calon", "kerja", "domisili", "warga", "dalam negeri", "dalam negara", "tinggal", "menetap"}, latin: true,
		names: map[string][]string{"indonesia": {"ID"}, "malaysia": {"MY"}, "singapura": {"SG"}, "singapore": {"SG"}, "thailand": {"TH"}, "vietnam": {"VN"},
			"filipina": {"PH"}, "brunei": {"BN"}, "jepang": {"JP"}, "asia tenggara": {"APAC"}, "asia pasifik": {"APAC"}, "eropa": {"EU"}, "eropah": {"EU"}},
		cues: []string{"domisili", "tinggal di", "menetap", "kandidat", "calon", "warga negara", "warganegara", "wni", "pemastautin", "penduduk",
			"mana saja", "mana-mana", "manapun", "mana pun", "di seluruh", "izin kerja", "permit kerja", "khusus", "hanya", "terbuka"},
		modes: []string{"remote", "wfh", "dari rumah", "jarak jauh"},
		home:  []string{"dalam negeri", "dalam negara"},
		world: []string{"mana saja di dunia", "manapun di dunia", "mana pun di dunia", "mana-mana sahaja di dunia", "mana-mana di dunia", "seluruh dunia"},
		traps: []string{"kantor", "pejabat", "klien", "pelanggan", "pasar", "pasaran", "cabang", "cawangan", "bahasa", "tidak bisa", "tidak boleh", "tidak dapat", "mitra"},
	},
	{ // Thai
		script: scriptThai,
		thai:   true,
		names: map[string][]string{"ประเทศไทย": {"TH"}, "ไทย": {"TH"}, "เวียดนาม": {"VN"}, "ญี่ปุ่น": {"JP"}, "สิงคโปร์": {"SG"}, "มาเลเซีย": {"MY"},
			"อินโดนีเซีย": {"ID"}, "ลาว": {"LA"}, "กัมพูชา": {"KH"}, "เอเชียตะวันออกเฉียงใต้": {"APAC"}, "เอเชียแปซิฟิก": {"APAC"}, "ยุโรป": {"EU"}},
		cues:  []string{"อาศัย", "สัญชาติ", "ทั่วประเทศ", "ทุกที่", "ทุกจังหวัด", "ผู้สมัคร", "ใบอนุญาตทำงาน", "ภูมิภาค"},
		modes: []string{"ทำงานจากที่บ้าน", "ทำงานระยะไกล", "remote", "wfh", "work from home"},
		home:  []string{"ทั่วประเทศ"},
		code:  "TH",
		world: []string{"ทั่วโลก", "ที่ไหนก็ได้ในโลก", "ทุกที่ในโลก", "ทุกมุมโลก"},
		traps: []string{"สำนักงาน", "ออฟฟิศ", "ลูกค้า", "ตลาด", "สาขา", "ภาษา", "ไม่สามารถ", "ไม่ได้", "บริษัท"},
	},
	{ // Arabic
		script: scriptArabic, after: true,
		names: map[string][]string{"المملكة العربية السعودية": {"SA"}, "السعودية": {"SA"}, "سعودي الجنسية": {"SA"}, "الإمارات": {"AE"}, "الامارات": {"AE"},
			"مصر": {"EG"}, "الأردن": {"JO"}, "الاردن": {"JO"}, "قطر": {"QA"}, "الكويت": {"KW"}, "البحرين": {"BH"}, "لبنان": {"LB"}, "المغرب": {"MA"},
			"تونس": {"TN"}, "الجزائر": {"DZ"}, "العراق": {"IQ"}, "دول مجلس التعاون الخليجي": {"MENA"}, "مجلس التعاون الخليجي": {"MENA"}, "دول الخليج": {"MENA"},
			"الخليج العربي": {"MENA"}, "الشرق الأوسط": {"MENA"}, "الشرق الاوسط": {"MENA"}, "الشرق الأوسط وشمال أفريقيا": {"MENA"}, "الشرق الأوسط وشمال إفريقيا": {"MENA"},
			"أوروبا": {"EU"}, "اوروبا": {"EU"}, "تركيا": {"TR"}},
		cues: []string{"مقيم", "للمقيمين", "المقيمين", "الإقامة", "إقامة", "اقامة", "الجنسية", "من أي مكان", "من اي مكان", "تصريح عمل", "المرشح",
			"للمرشحين", "المتقدم", "للمتقدمين", "مواطن", "منطقة", "داخل", "يعيش"},
		modes: []string{"عن بعد", "عن بُعد"},
		world: []string{"من أي مكان في العالم", "من اي مكان في العالم", "جميع أنحاء العالم", "جميع انحاء العالم", "حول العالم", "أي دولة", "اي دولة"},
		traps: []string{"مكتب", "مكاتب", "عملاء", "العملاء", "سوق", "أسواق", "الأسواق", "فروع", "فرع", "اللغة", "لا يمكن", "غير متاح", "مقر"},
	},
	{ // Hebrew
		script: scriptHebrew,
		names:  map[string][]string{"ישראל": {"IL"}, "קפריסין": {"CY"}, "אירופה": {"EU"}, "ארצות הברית": {"US"}, "ארה\"ב": {"US"}, "יוון": {"GR"}},
		cues:   []string{"תושב", "הגרים", "גרים", "מגורים", "אזרחות", "מכל מקום", "בכל מקום", "למועמדים", "היתר עבודה", "מתגורר"},
		modes:  []string{"מרחוק", "מהבית"},
		home:   []string{"מכל הארץ", "בכל הארץ", "מכל רחבי הארץ"},
		code:   "IL",
		world:  []string{"מכל העולם", "מכל מקום בעולם", "בכל העולם", "מכל רחבי העולם", "מכל מקום בעולם"},
		traps:  []string{"משרד", "משרדים", "לקוחות", "שוק", "שווקים", "סניף", "אנגלית", "עברית", "לא ניתן", "ללא אפשרות"},
	},
	{ // Turkish
		gate: []string{"çalış", "uzaktan", "aday", "ikamet", "türkiye", "dünya", "evden", "başvur"}, latin: true,
		names: map[string][]string{"türkiye": {"TR"}, "turkiye": {"TR"}, "t.c.": {"TR"}, "azerbaycan": {"AZ"}, "avrupa": {"EU"}, "almanya": {"DE"},
			"orta doğu": {"MENA"}, "kıbrıs": {"CY"}, "kktc": {"CY"}, "hollanda": {"NL"}, "ingiltere": {"GB"}},
		cues:  []string{"ikamet", "yaşayan", "yaşıyor", "vatandaş", "çalışma izni", "her yerinden", "adaylar", "başvur", "bulunan"},
		modes: []string{"uzaktan", "evden", "remote"},
		home:  []string{"yurt içi", "yurtiçi", "yurt içinde"},
		code:  "TR",
		world: []string{"dünyanın her yerinden", "dünyanın her yerinde", "tüm dünyadan", "dünya genelinden", "dünya çapında"},
		traps: []string{"ofis", "müşteri", "pazar", "şube", "merkez", "ingilizce", "türkçe", "mümkün değil", "değildir"},
	},
	{ // Hindi
		script: scriptDevanagari,
		names:  map[string][]string{"भारत": {"IN"}, "नेपाल": {"NP"}, "अमेरिका": {"US"}, "यूरोप": {"EU"}, "श्रीलंका": {"LK"}, "बांग्लादेश": {"BD"}},
		cues:   []string{"रहने", "रहते", "निवासी", "निवासियों", "नागरिक", "कहीं से भी", "पूरे", "उम्मीदवार", "केवल"},
		modes:  []string{"रिमोट", "घर से काम", "वर्क फ्रॉम होम"},
		home:   []string{"देश में कहीं से भी", "देश भर", "पूरे देश"},
		code:   "IN",
		world:  []string{"दुनिया में कहीं से भी", "पूरी दुनिया", "दुनिया भर", "विश्व में कहीं से भी"},
		traps:  []string{"ऑफिस", "कार्यालय", "ग्राहक", "बाजार", "बाज़ार", "शाखा", "भाषा", "नहीं"},
	},
	{ // Persian
		script: scriptArabic, after: true,
		names: map[string][]string{"ایران": {"IR"}, "ایرانی": {"IR"}, "افغانستان": {"AF"}, "امارات": {"AE"}, "ترکیه": {"TR"}, "اروپا": {"EU"}},
		cues:  []string{"ساکن", "ساکنین", "ساکنان", "تابعیت", "هر نقطه", "سراسر", "تمام شهرهای", "متقاضی", "اقامت", "مجوز کار"},
		modes: []string{"دورکاری", "دور کاری", "از راه دور"},
		home:  []string{"سراسر کشور", "تمام نقاط کشور"},
		code:  "IR",
		world: []string{"هر کجای دنیا", "هر جای دنیا", "سراسر جهان", "سراسر دنیا", "هر نقطه از جهان", "هر نقطه دنیا", "هر نقطه از دنیا"},
		traps: []string{"دفتر", "دفاتر", "مشتری", "مشتریان", "بازار", "شعبه", "زبان", "امکان ندارد", "نمی‌توان"},
	},
}

// reviseAsianMideastScopes reads the phrases above into a remote or hybrid
// listing's regions when no reader before named one: the location entries
// first, then the text, then the title.
func reviseAsianMideastScopes(title string, locs []string, text string, ri RemoteInfo) RemoteInfo {
	if (ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteHybrid) || len(ri.Regions) > 0 {
		return ri
	}
	for _, loc := range locs {
		if rs := japaneseScopes(loc); len(rs) > 0 {
			ri.Regions = rs // "フルリモート（日本国内在住）" as the location
			return ri
		}
		if rs := asianMideastScopes(loc, true); len(rs) > 0 {
			ri.Regions = rs
			return ri
		}
	}
	if rs := asianMideastScopes(text, false); len(rs) > 0 {
		ri.Regions = rs
	} else if rs := asianMideastScopes(title, true); len(rs) > 0 {
		ri.Regions = rs
	}
	return ri
}

// asianMideastScopes returns the regions of the first clause of s that
// one language's words above scope; short marks a location entry or a
// title, where a remote word and a name are enough.
func asianMideastScopes(s string, short bool) []string {
	if s == "" {
		return nil
	}
	mask := scriptMask(s)
	for _, t := range scopeTongues {
		if t.script != 0 && mask&t.script == 0 || t.gate != nil && !containsAnyFold(s, t.gate) || t.kana && !hasKana(s) {
			continue
		}
		if !containsAnyFold(s, t.cues) && !containsAnyFold(s, t.modes) && !containsAnyFold(s, t.home) && !containsAnyFold(s, t.world) {
			continue
		}
		for _, c := range scopeClauses(s, t.thai) {
			if rs := t.clauseScope(s, c, short); rs != nil {
				return rs
			}
		}
	}
	return nil
}

// clauseScope reads one clause: anywhere in the world, the names of a
// scoped clause, else a home word.
func (t *scopeTongue) clauseScope(s, c string, short bool) []string {
	low := strings.ToLower(c)
	if containsAnyFold(low, t.world) && !containsAnyFold(low, t.traps) {
		return []string{RegionWorldwide}
	}
	if containsAnyFold(low, t.traps) {
		return nil
	}
	cued := containsAnyFold(low, t.cues)
	if !cued && containsAnyFold(low, t.modes) && (short || utf8.RuneCountInString(c) <= 24) {
		cued = true // "遠程（香港）", "Làm việc từ xa - Thái Lan"
	}
	if !cued && !containsAnyFold(low, t.home) {
		return nil
	}
	if cued {
		if rs := t.namesIn(low); rs != nil {
			return rs
		}
	}
	for _, h := range t.home {
		i := strings.Index(low, h)
		if i < 0 || homeTaken(t, low, i, h) {
			continue
		}
		if t.code != "" {
			return []string{t.code}
		}
		return []string{malayHome(s)}
	}
	return nil
}

// homeTaken reports whether the home word at low[i:] is no scope: "国内外",
// or a Japanese text's "国内" and "全国" (japaneseScopes reads them).
func homeTaken(t *scopeTongue, low string, i int, h string) bool {
	rest := low[i+len(h):]
	switch h {
	case "境内", "全国":
		return strings.HasPrefix(rest, "外") || hasKana(low)
	case "국내":
		return strings.HasPrefix(rest, "외")
	}
	return false
}

// malayHome is the country of "dalam negeri": Malaysia where the text
// writes Malay ("pejabat", "warganegara", "mestilah") or names Malaysia
// alone, else Indonesia.
func malayHome(s string) string {
	my, id := hasFold(s, "malaysia"), hasFold(s, "indonesia")
	if my && !id {
		return "MY"
	}
	if id && !my {
		return "ID"
	}
	if containsAnyFold(s, []string{"pejabat", "warganegara", "mestilah", "sahaja", "syarikat", "dalam negara"}) {
		return "MY"
	}
	return "ID"
}

// namesIn returns the codes of the names in the clause, in the order
// written, a longer name winning over one inside it ("印度尼西亚", "印度").
func (t *scopeTongue) namesIn(low string) []string {
	type hit struct{ at, end int }
	var hits []hit
	var codes = map[int][]string{}
	for name, cs := range t.names {
		for from := 0; ; {
			i := strings.Index(low[from:], name)
			if i < 0 {
				break
			}
			i += from
			from = i + len(name)
			if !t.bounded(low, i, from) || languageNameAt(low, i, from) {
				continue
			}
			hits = append(hits, hit{i, from})
			codes[i*4096+from] = cs
		}
	}
	if len(hits) == 0 {
		return nil
	}
	sort.Slice(hits, func(a, b int) bool {
		if hits[a].at != hits[b].at {
			return hits[a].at < hits[b].at
		}
		return hits[a].end > hits[b].end
	})
	var out []string
	end := -1
	for _, h := range hits {
		if h.at < end {
			continue // inside a longer name
		}
		end = h.end
		for _, c := range codes[h.at*4096+h.end] {
			out = appendUnique(out, c)
		}
	}
	return out
}

// bounded reports whether the name at low[i:j] stands as a word where the
// language needs it to: Latin names between non-letters (an apostrophe's
// suffix allowed: "Türkiye'de"), Arabic-script names before a non-letter.
func (t *scopeTongue) bounded(low string, i, j int) bool {
	if t.latin && i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(low[:i]); unicode.IsLetter(r) {
			return false
		}
	}
	if (t.latin || t.after) && j < len(low) {
		if r, _ := utf8.DecodeRuneInString(low[j:]); unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}

// languageNameAt reports whether the name at low[i:j] names a language:
// "日本語", "한국어", "中文" is not a name, "bahasa Indonesia", "ภาษาไทย",
// "tiếng Việt".
func languageNameAt(low string, i, j int) bool {
	rest := low[j:]
	for _, p := range []string{"語", "语", "어", "文"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	before := low[:i]
	for _, p := range []string{"bahasa ", "ภาษา", "tiếng "} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return false
}

// scopeClauses splits s into clauses at sentence ends, line breaks and
// semicolons, and at a full stop after a lower-case or non-Latin letter
// ("T.C. vatandaşı" and "TP. Hồ Chí Minh" stay whole); thai splits Thai
// text at its spaces too.
func scopeClauses(s string, thai bool) []string {
	var out []string
	start := 0
	for i, r := range s {
		cut := false
		switch r {
		case '。', '！', '？', '!', '?', '\n', ';', '；', '؛', '।', '|':
			cut = true
		case '.':
			if i+1 < len(s) && s[i+1] == ' ' || i+1 == len(s) {
				p, _ := utf8.DecodeLastRuneInString(s[:i])
				cut = !(p >= 'A' && p <= 'Z')
			}
		case ' ':
			cut = thai
		}
		if cut {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + utf8.RuneLen(r)
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// The scripts of scriptMask.
const (
	scriptHan uint8 = 1 << iota
	scriptHangul
	scriptThai
	scriptDevanagari
	scriptArabic
	scriptHebrew
	scriptLatinMarks
)

// scriptMask returns the scripts whose letters s holds, by their UTF-8
// lead bytes, in one pass: Hebrew (D7), Arabic (D8-DB), Devanagari (E0
// A4-A5), Thai (E0 B8-B9), Latin letters with marks (C3-C6, E1 BA-BB),
// kana and Han (E3-E9), Hangul (EA-ED).
func scriptMask(s string) uint8 {
	var m uint8
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b < 0xC3 {
			continue
		}
		switch {
		case b <= 0xC6:
			m |= scriptLatinMarks
		case b == 0xD7:
			m |= scriptHebrew
		case b >= 0xD8 && b <= 0xDB:
			m |= scriptArabic
		case b == 0xE0 && i+1 < len(s):
			if c := s[i+1]; c == 0xA4 || c == 0xA5 {
				m |= scriptDevanagari
			} else if c == 0xB8 || c == 0xB9 {
				m |= scriptThai
			}
		case b == 0xE1 && i+1 < len(s) && (s[i+1] == 0xBA || s[i+1] == 0xBB):
			m |= scriptLatinMarks
		case b >= 0xE3 && b <= 0xE9:
			m |= scriptHan
		case b >= 0xEA && b <= 0xED:
			m |= scriptHangul
		}
	}
	return m
}
