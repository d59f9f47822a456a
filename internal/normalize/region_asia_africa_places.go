package normalize

import "strings"

// Places of Africa, the Middle East and Asia-Pacific as job
// boards and address forms write them.
//
// asiaAfricaPlaceLoc rewrites one location item before the other readers see it
// (first link of fixLocChain):
//
//   - a part written in romanized Korean or Japanese with its kind word
//     glued on by a hyphen, "Mapo-gu", "Suwon-si", "Yangpyeong-gun",
//     "Shinjuku-ku", "Saitama-ken", gets the country added: the kind word
//     is the country's own (gu/si/gun/dong/eup/myeon are Korean wards,
//     cities, counties and neighbourhoods; ku/shi/ken/cho/machi/mura
//     Japanese ones), and the name before it is rarely known alone;
//   - the English names of the two-halved Korean provinces ("North
//     Chungcheong", "South Jeolla") are Korea;
//   - a Nigerian state written with its word "State" ("Rivers State",
//     "Niger State", "Cross River State") is Nigeria, whatever else the
//     name means alone;
//   - a Vietnamese district or ward written with its kind word ("Quận 3",
//     "Huyện Củ Chi", "Phường Bến Nghé") is Vietnam, a Thai one ("Khet
//     Bang Rak", "Amphoe Hang Dong", "Tambon Suthep") Thailand;
//   - Chinese and Taiwanese urban districts in pinyin with "District"
//     ("Haidian District", "Pudong New Area", "Xinyi District");
//   - "Town, Victoria" and "Town, Victoria 3067" (the Australian state
//     last, with or without its 4-digit postcode) become "Victoria,
//     Australia": a Canadian writes "Victoria, BC", never a town before
//     it, and the town's name is often a namesake elsewhere ("Abbotsford").
//
// The South African provinces and the Philippine province of Isabela join
// decidingProvinces (region_town_province_zip.go: a trailing province decides a "Town,
// Province" pair: "Virginia, Free State" is South Africa). Chinese
// prefecture-level cities written with 市 join the CJK names
// (region_cjk_address.go). Table tests in region_asia_africa_places_test.go.
func asiaAfricaPlaceLoc(loc string) string {
	if len(loc) < 4 || len(loc) > 120 {
		return loc
	}
	if c := kindWordCountry(loc); c != "" {
		if n := geoCountryName(c); n != "" {
			return loc + ", " + n
		}
	}
	if v := townRegionLoc(loc); v != "" {
		return v
	}
	return loc
}

// kindWordCountry returns the country a kind word in loc names, or "".
// The gates are cheap byte checks: a hyphen, the word "State",
// "Chungcheong"/"Gyeongsang"/"Jeolla", "District"/"New Area", a Thai kind
// word ("Khet", "Amphoe", "Tambon", "Changwat"), or a letter
// of the Latin Extended Additional block ("ậ", "ệ": Vietnamese).
func kindWordCountry(loc string) string {
	if !gluedKindWord(loc) && strings.Index(loc, " State") < 0 && strings.IndexByte(loc, 0xE1) < 0 && !strings.Contains(loc, "eong") && !strings.Contains(loc, "Jeolla") && !strings.Contains(loc, "istrict") && !strings.Contains(loc, "New Area") && !strings.Contains(loc, "Khet ") && !strings.Contains(loc, "Amphoe ") && !strings.Contains(loc, "Tambon ") && !strings.Contains(loc, "Changwat ") {
		return "" // no glued kind word, no "State", no Vietnamese letter, no Korean province stem, no district word
	}
	if strings.Contains(loc, "Korea") || strings.Contains(loc, "Japan") || strings.Contains(loc, "Nigeria") || strings.Contains(loc, "Vietnam") || strings.Contains(loc, "Viet Nam") {
		return ""
	}
	found := ""
	for _, part := range splitLocPieces(loc) {
		c := kindPartCountry(part)
		if c == "" {
			continue
		}
		if found != "" && found != c {
			return ""
		}
		found = c
	}
	return found
}

// gluedKindWord reports a hyphen between a lower-case letter and a lower-case
// letter that starts the last two to five letters of a word ("Mapo-gu",
// "Meguro-ku", "Chiba-ken"): the shape of a glued kind word.
func gluedKindWord(loc string) bool {
	for i := strings.IndexByte(loc, '-'); i > 0 && i < len(loc)-2; {
		if c := loc[i-1]; c >= 'a' && c <= 'z' && loc[i+1] >= 'a' && loc[i+1] <= 'z' {
			j := i + 1
			for j < len(loc) && loc[j] >= 'a' && loc[j] <= 'z' {
				j++
			}
			if n := j - i - 1; n >= 2 && n <= 5 && (j == len(loc) || loc[j] == ',' || loc[j] == ' ' || loc[j] == ')' || loc[j] == '/') {
				return true
			}
		}
		k := strings.IndexByte(loc[i+1:], '-')
		if k < 0 {
			break
		}
		i += k + 1
	}
	return false
}

// splitLocPieces splits a location at commas, slashes, bars, brackets and
// " - ", trimming spaces.
func splitLocPieces(loc string) []string {
	f := func(r rune) bool {
		return r == ',' || r == '/' || r == '|' || r == '(' || r == ')' || r == ';' || r == '，'
	}
	var out []string
	for _, p := range strings.FieldsFunc(loc, f) {
		for _, q := range strings.Split(p, " - ") {
			if q = strings.TrimSpace(q); q != "" {
				out = append(out, q)
			}
		}
	}
	return out
}

var koreanKindWords = map[string]bool{"gu": true, "si": true, "gun": true, "dong": true, "eup": true, "myeon": true}
var japaneseKindWords = map[string]bool{"ku": true, "shi": true, "ken": true, "cho": true, "machi": true, "mura": true}

var koreanHalfProvinces = map[string]bool{"chungcheong": true, "gyeongsang": true, "jeolla": true}

// nigerianStates are the 36 states of Nigeria and the capital
// territory, lower case, read only with the word "State" after them.
var nigerianStates = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Split("abia|adamawa|akwa ibom|anambra|bauchi|bayelsa|benue|borno|cross river|delta|ebonyi|edo|ekiti|enugu|gombe|imo|jigawa|kaduna|kano|katsina|kebbi|kogi|kwara|lagos|nasarawa|niger|ogun|ondo|osun|oyo|plateau|rivers|sokoto|taraba|yobe|zamfara", "|") {
		m[s] = true
	}
	return m
}()

// pinyinDistricts are urban districts of the largest Chinese and Taiwanese
// cities in pinyin, read only with "District" (or "New Area") after them.
// Names both sides of the strait share ("Zhongshan", "Xinyi" is Taipei's)
// are left to the city beside them, but for Xinyi, Da'an and Neihu,
// Taipei's business districts.
var pinyinDistricts = func() map[string]string {
	m := map[string]string{}
	for _, n := range strings.Fields("haidian chaoyang dongcheng xicheng fengtai shijingshan tongzhou shunyi changping daxing pudong xuhui jing'an jingan changning hongkou yangpu minhang jiading songjiang qingpu nanshan futian luohu longgang bao'an baoan longhua tianhe yuexiu haizhu panyu huangpu binjiang xihu yuhang gongshu jianggan wuhou jinjiang qingyang gaoxin jiangning gulou xuanwu qinhuai jianye yuhuatai") {
		m[n] = "CN"
	}
	for _, n := range strings.Fields("xinyi da'an daan neihu") {
		m[n] = "TW"
	}
	return m
}()

// kindPartCountry returns the country one part names by a kind word, or "".
func kindPartCountry(part string) string {
	words := strings.Fields(part)
	for len(words) > 0 && geoFiller[strings.ToLower(words[0])] {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > 4 {
		return ""
	}
	last := words[len(words)-1]
	// "Mapo-gu", "Shinjuku-ku", "Gyeonggi-do" is read elsewhere
	if len(words) <= 2 {
		if h := strings.LastIndexByte(last, '-'); h >= 3 && h < len(last)-1 {
			stem, kind := last[:h], last[h+1:]
			if stem[0] >= 'A' && stem[0] <= 'Z' && romanStem(stem) {
				switch {
				case koreanKindWords[kind]:
					return "KR"
				case japaneseKindWords[kind]:
					return "JP"
				}
			}
		}
	}
	if len(words) == 2 && (words[0] == "North" || words[0] == "South") && koreanHalfProvinces[strings.ToLower(last)] {
		return "KR"
	}
	if len(words) >= 2 && last == "State" {
		if nigerianStates[strings.ToLower(strings.Join(words[:len(words)-1], " "))] {
			return "NG"
		}
	}
	if len(words) >= 2 && (last == "District" || last == "district" || last == "Area" && words[1] == "New") {
		if c := pinyinDistricts[strings.ToLower(words[0])]; c != "" && (len(words) == 2 || words[1] == "New") {
			return c // "Haidian District", "Pudong New Area", "Xinyi District"
		}
	}
	if len(words) >= 2 {
		switch words[0] {
		case "Quận", "Huyện", "Phường", "Thị", "Xã":
			return "VN"
		case "Khet", "Amphoe", "Tambon", "Changwat":
			return "TH" // "Khet Bang Rak", "Amphoe Mueang Chiang Mai"
		}
	}
	return ""
}

// romanStem reports a stem of ASCII letters (and an inner hyphen or
// apostrophe: "Yeongdeungpo", "Dongdaemun", "Jung-gu"'s "Jung").
func romanStem(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'' || c == '-' && i > 0) {
			return false
		}
	}
	return true
}

// regionsAfterTown are regions read last in a "Town, Region" pair only,
// after a town (alone they stay unread: "Remote, Victoria" may be British
// Columbia's capital, "Canterbury" alone the English city), by lower-case
// name: the Australian state of Victoria (with or without its 4-digit
// postcode), New Zealand's Canterbury and its two islands.
var regionsAfterTown = map[string]string{"victoria": "AU", "canterbury": "NZ", "north island": "NZ", "south island": "NZ"}

// townRegionLoc returns "Region, Country" (keeping a work-mode lead) for
// "Town, Region" and "Town, Victoria 3550" (a Victorian postcode, 3000-3999
// or 8000-8999), or "".
func townRegionLoc(loc string) string {
	i := strings.LastIndexByte(loc, ',')
	if i < 1 || len(loc)-i > 24 {
		return ""
	}
	last := strings.TrimSpace(loc[i+1:])
	if sp := strings.LastIndexByte(last, ' '); sp > 0 && allDigits(last[sp+1:]) {
		code := last[sp+1:]
		if len(code) != 4 || code[0] != '3' && code[0] != '8' || !strings.EqualFold(last[:sp], "victoria") {
			return ""
		}
		last = last[:sp]
	}
	if last == "" || last[0] != 'V' && last[0] != 'C' && last[0] != 'N' && last[0] != 'S' {
		return "" // not one of regionsAfterTown, capitalized
	}
	cc := regionsAfterTown[strings.ToLower(last)]
	if cc == "" {
		return ""
	}
	head := loc[:i]
	lead := ""
	if d := strings.LastIndex(head, " - "); d >= 0 {
		lead, head = head[:d+3], head[d+3:]
	}
	if prev := strings.LastIndexByte(head, ','); prev >= 0 {
		lead, head = lead+head[:prev+1]+" ", head[prev+1:]
	}
	head = strings.TrimSpace(head)
	if head == "" || geoFiller[strings.ToLower(head)] || strings.ContainsAny(head, "0123456789") || regionNames[strings.ToLower(head)] == cc {
		return "" // "Remote, Victoria" stays unread; "Melbourne, Victoria" is read already
	}
	if c := regionNames[strings.ToLower(head)]; c != "" && strings.EqualFold(countryName(c), head) {
		return "" // "Australia, Victoria"
	}
	return lead + last + ", " + geoCountryName(cc)
}

func init() {
	for _, n := range []string{"Eastern Cape", "Western Cape", "Northern Cape", "Free State", "KwaZulu-Natal", "KwaZulu Natal", "Gauteng", "Limpopo", "Mpumalanga"} {
		decidingProvinces[foldTown(n)] = "ZA"
	}
	decidingProvinces[foldTown("Isabela")] = "PH"
	// Egypt's Delta governorates in the spellings boards and forms use
	// (the ISO table holds one spelling each).
	for _, n := range []string{"beheira", "behera", "buhayrah", "gharbia", "gharbiya", "gharbiyah", "menofia", "monufia", "menoufia",
		"minufiya", "qalyubia", "qaliubiya", "qalyubiyya", "kalyubia", "sharqia", "sharkia", "sharqiya", "sharkiya", "kafr el sheikh",
		"kafr al sheikh", "kafr el-sheikh", "kafr elsheikh", "dakahlia", "daqahliya", "dakahliya"} {
		addRegionName(n, "EG")
		decidingProvinces[foldTown(n)] = "EG"
	}
	// Singapore's planning areas and business districts, as boards there
	// give a job's place; common English words ("Woodlands", "Queenstown",
	// "Orchard", "Newton", "Novena") are left out.
	for _, n := range []string{"jurong", "jurong east", "jurong west", "changi", "changi business park", "tampines", "ang mo kio",
		"toa payoh", "bedok", "punggol", "pasir ris", "bukit timah", "bukit merah", "bukit batok", "bukit panjang", "tanjong pagar",
		"raffles place", "paya lebar", "buona vista", "one-north", "one north", "clementi", "yishun", "sembawang", "serangoon",
		"hougang", "sengkang", "geylang", "kallang", "choa chu kang", "boon lay", "tuas", "toa payoh"} {
		addRegionName(n, "SG")
	}
	// Chinese prefecture-level cities as an address or a board writes them, with 市.
	for _, name := range strings.Fields(`石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 太原 大同 阳泉 长治 晋城 朔州
		晋中 运城 忻州 临汾 吕梁 呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 沈阳 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳
		盘锦 铁岭 葫芦岛 长春 四平 辽源 通化 松原 白城 哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 佳木斯 七台河 牡丹江 黑河
		绥化 无锡 徐州 常州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水
		芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城 福州 莆田 三明 泉州 漳州 南平 龙岩
		宁德 南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 济南 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照
		临沂 德州 聊城 滨州 菏泽 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店
		黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化
		娄底 韶关 深圳 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 中山 潮州 揭阳 云浮 南宁 柳州 桂林
		梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左 海口 三亚 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江
		乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 贵阳 六盘水 遵义 安顺 昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 拉萨
		铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 兰州 嘉峪关 金昌 白银 天水 西宁 银川 石嘴山 吴忠 乌鲁木齐 克拉玛依
		北京 上海`) {
		if _, ok := regionNames[name+"市"]; !ok {
			addRegionName(name+"市", "CN")
		}
	}
}
