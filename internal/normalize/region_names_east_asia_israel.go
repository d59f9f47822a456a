package normalize

// More place names for Regions (table tests in
// region_names_east_asia_israel_test.go):
//
//   - "Province of China" is the tail of Taiwan's name in the ISO country
//     list, which applicant-tracking systems copy into the location
//     ("Hsinchu, Taiwan, Province of China"). The phrase is Taiwan, and as
//     the longer phrase it keeps the word "China" inside it from adding CN.
//   - East Asian towns written in Chinese characters with their city or
//     province suffix (市, 省, 自治区) that the lists lacked, and Hong
//     Kong's two districts. Each is matched as a whole location part, so
//     "九龙" (Kowloon) does not match inside "九龙坡区", a district of
//     Chongqing.
//   - Israeli towns in their Latin and Hebrew spellings.
func init() {
	for name, code := range map[string]string{
		"province of china": "TW",
		// Taiwan, Japan, Korea, North Korea, Vietnam
		"新北市": "TW", "台北市": "TW", "臺北市": "TW", "高雄市": "TW", "台中市": "TW", "臺中市": "TW", "桃园市": "TW", "桃園市": "TW",
		"横滨市": "JP", "横浜市": "JP", "名古屋市": "JP", "札幌市": "JP", "福冈市": "JP", "福岡市": "JP",
		"首尔": "KR", "首尔市": "KR", "首爾": "KR", "서울": "KR", "釜山": "KR", "부산": "KR", "蔚山广域市": "KR", "仁川": "KR",
		"韩国": "KR", "韓國": "KR", "한국": "KR",
		"平壤": "KP", "平壤市": "KP",
		"越南": "VN", "胡志明市": "VN", "河内": "VN", "河內": "VN",
		// Hong Kong's districts
		"新界": "HK", "九龙": "HK", "九龍": "HK",
		// mainland China: the autonomous regions and a few large towns
		"内蒙古": "CN", "内蒙古自治区": "CN", "广西壮族自治区": "CN", "西藏": "CN", "西藏自治区": "CN",
		"新疆": "CN", "新疆维吾尔自治区": "CN", "宁夏回族自治区": "CN",
		"东莞": "CN", "东莞市": "CN", "佛山": "CN", "佛山市": "CN",
		// Israel
		"petach tikva": "IL", "petah tikva": "IL", "rishon lezion": "IL", "rishon le zion": "IL", "yokneam": "IL",
		"beer sheva": "IL", "be er sheva": "IL", "ramat gan": "IL", "rehovot": "IL", "rehovoth": "IL", "רחובות": "IL",
		"רמת גן": "IL", "ראשון לציון": "IL", "יקנעם": "IL", "יקנעם עילית": "IL", "קריית גת": "IL", "רמת החייל": "IL",
	} {
		addRegionName(name, code)
	}
}
