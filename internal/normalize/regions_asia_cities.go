package normalize

import "strings"

// East and South-East Asian places a location field names alone or before
// an ISO country code (table tests in regions_asia_cities_test.go):
//
//   - the largest cities of South Korea, Taiwan, Japan, China, Thailand,
//     Vietnam, the Philippines and Malaysia, and Cambodia, Myanmar, Laos,
//     Brunei and Macau with their capitals, in English (and the Korean,
//     Chinese and Japanese names of the largest): "Seoul", "Taichung",
//     "Makati City". Names that are also common words or towns elsewhere
//     (Kobe, Hue, Colombo) are left out.
//   - a trailing upper-case ISO 3166 country code after a place we do not
//     know (isoCodeAfterPlace): "Hsinchu, TW", "Laem Chabang, 20, TH". A US
//     state code ("Austin, TX", "Indianapolis, IN") or a Canadian province
//     code stays the state's or province's; a code regionCodes already
//     reads ("Pune, IN") is left to Regions; a place we know before the
//     code keeps its own reading ("Berlin, BE" is Berlin).

func init() {
	for name, code := range map[string]string{
		// South Korea
		"seoul": "KR", "busan": "KR", "incheon": "KR", "daegu": "KR", "daejeon": "KR", "gwangju": "KR", "ulsan": "KR",
		"suwon": "KR", "seongnam": "KR", "pangyo": "KR", "서울": "KR", "부산": "KR", "서울특별시": "KR",
		// Taiwan
		"taipei": "TW", "taipei city": "TW", "new taipei": "TW", "new taipei city": "TW", "taichung": "TW", "tainan": "TW",
		"kaohsiung": "TW", "hsinchu": "TW", "taoyuan": "TW", "台北": "TW", "臺北": "TW", "台北市": "TW", "臺北市": "TW",
		"新竹": "TW", "新竹市": "TW", "台中": "TW", "臺中": "TW", "台中市": "TW", "臺中市": "TW", "高雄": "TW", "高雄市": "TW",
		// Japan (Tokyo is in regionNames)
		"osaka": "JP", "yokohama": "JP", "kyoto": "JP", "fukuoka": "JP", "nagoya": "JP", "sapporo": "JP", "sendai": "JP",
		"東京": "JP", "東京都": "JP", "大阪": "JP", "大阪市": "JP",
		// China
		"shanghai": "CN", "beijing": "CN", "shenzhen": "CN", "guangzhou": "CN", "hangzhou": "CN", "chengdu": "CN",
		"nanjing": "CN", "wuhan": "CN", "suzhou": "CN", "tianjin": "CN", "chongqing": "CN", "xiamen": "CN", "dalian": "CN",
		"qingdao": "CN", "上海": "CN", "上海市": "CN", "北京": "CN", "北京市": "CN", "深圳": "CN", "深圳市": "CN",
		"广州": "CN", "杭州": "CN",
		// Hong Kong and Macau
		"kowloon": "HK", "香港": "HK", "macau": "MO", "macao": "MO",
		// Thailand
		"bangkok": "TH", "chiang mai": "TH", "phuket": "TH", "pattaya": "TH", "chonburi": "TH", "chon buri": "TH",
		"rayong": "TH", "nonthaburi": "TH",
		// Vietnam
		"hanoi": "VN", "ha noi": "VN", "ho chi minh city": "VN", "ho chi minh": "VN", "hcmc": "VN", "saigon": "VN",
		"da nang": "VN", "danang": "VN", "haiphong": "VN", "hai phong": "VN",
		// The Philippines
		"manila": "PH", "metro manila": "PH", "makati": "PH", "makati city": "PH", "quezon city": "PH", "taguig": "PH",
		"taguig city": "PH", "pasig": "PH", "pasig city": "PH", "cebu": "PH", "cebu city": "PH", "davao": "PH", "davao city": "PH",
		"iloilo": "PH", "iloilo city": "PH", "bacolod": "PH", "bacolod city": "PH", "cagayan de oro": "PH", "baguio": "PH",
		"baguio city": "PH", "mandaluyong": "PH", "mandaluyong city": "PH", "parañaque": "PH", "paranaque": "PH", "muntinlupa": "PH",
		"alabang": "PH", "ortigas": "PH", "bonifacio global city": "PH", "caloocan": "PH", "marikina": "PH", "mandaue": "PH",
		"mandaue city": "PH", "lapu-lapu city": "PH", "zamboanga": "PH", "zamboanga city": "PH", "general santos": "PH",
		"tacloban": "PH", "dumaguete": "PH", "pampanga": "PH", "bulacan": "PH", "batangas": "PH", "cavite": "PH",
		// Malaysia (Kuala Lumpur, Penang and the states are in remote_languages.go)
		"cyberjaya": "MY", "petaling jaya": "MY", "johor bahru": "MY", "putrajaya": "MY",
		// Cambodia, Myanmar, Laos, Brunei
		"cambodia": "KH", "phnom penh": "KH", "myanmar": "MM", "yangon": "MM", "laos": "LA", "vientiane": "LA",
		"brunei": "BN",
	} {
		addRegionName(name, code)
	}
}

// isoCodeAfterPlace returns the English name of the country whose upper-case
// ISO 3166 code ends a location's comma-separated parts, when nothing
// else reads it: "Hsinchu, TW" and "Laem Chabang, 20, TH" give "taiwan"
// and "thailand". It returns "" for a US state or Canadian province code,
// a code Regions reads itself, a code of no country atsCodeNames names,
// and a location whose parts before the code already name a place.
func isoCodeAfterPlace(parts []string) string {
	if len(parts) < 2 {
		return ""
	}
	last := parts[len(parts)-1]
	if len(last) != 2 || last[0] < 'A' || last[0] > 'Z' || last[1] < 'A' || last[1] > 'Z' {
		return ""
	}
	if usStates[last] || caProvinces[last] {
		return "" // "Austin, TX", "Calgary, AB"
	}
	if _, ok := regionCodes[last]; ok {
		return "" // "Pune, IN", "Lyon, FR": Regions reads these
	}
	name := codeCountryName(last)
	if name == "" {
		return ""
	}
	if len(Regions(strings.Join(parts[:len(parts)-1], ", "))) > 0 {
		return "" // "Berlin, BE": the place says where
	}
	return name
}
