package normalize

// Countries as they name themselves, where that differs from the English
// name and regions.go does not have it yet ("252 30 Řevnice, Česko",
// "Bratislava, Slovensko", "Zagreb, Hrvatska", "Αθήνα, Ελλάδα"), and the
// larger Czech and Slovak towns under a million people that stand for
// their country in a location ("Brno-Žabovřesky", "Košice"). A district
// after a hyphen ("Brno-Královo Pole") splits into words (regionTokens),
// so the town is read; postal codes before a town are digits, which no
// token holds. Table tests in regions_endonyms_test.go.

func init() {
	for name, code := range map[string]string{
		// Central and Eastern Europe.
		"česko": "CZ", "cesko": "CZ", "česká republika": "CZ", "ceska republika": "CZ", "tschechien": "CZ",
		"slovensko": "SK", "slovenská republika": "SK", "slovenska republika": "SK", "slowakei": "SK",
		"magyarország": "HU", "magyarorszag": "HU", "românia": "RO", "româniei": "RO",
		"hrvatska": "HR", "srbija": "RS", "србија": "RS", "slovenija": "SI", "crna gora": "ME", "црна гора": "ME",
		"bosna i hercegovina": "BA", "босна и херцеговина": "BA", "shqipëria": "AL", "shqiperia": "AL",
		"македонија": "MK", "северна македонија": "MK", "severna makedonija": "MK", "србиjа": "RS",
		"българия": "BG", "bulgariya": "BG", "ελλάδα": "GR", "ελλάς": "GR", "hellas": "GR", "κύπρος": "CY",
		"eesti": "EE", "latvija": "LV", "lietuva": "LT", "moldova": "MD", "sakartvelo": "GE", "საქართველო": "GE",
		"hayastan": "AM", "հայաստան": "AM",
		// Western and Northern Europe.
		"svizzera": "CH", "svizra": "CH", "confoederatio helvetica": "CH", "belgien": "BE", "luxemburg": "LU",
		"lëtzebuerg": "LU", "letzebuerg": "LU", "ísland": "IS", "föroyar": "FO",
		"éire": "IE", "österrike": "AT", "deutschland": "DE",
		// Asia, the Middle East and Africa.
		"日本": "JP", "中国": "CN", "中國": "CN", "台灣": "TW", "台湾": "TW", "香港": "HK", "新加坡": "SG",
		"대한민국": "KR", "한국": "KR", "ประเทศไทย": "TH", "việt nam": "VN", "pilipinas": "PH",
		"भारत": "IN", "bharat": "IN", "ישראל": "IL", "türkiye": "TR", "turkiye": "TR",
		"المغرب": "MA", "maroc": "MA", "tunisie": "TN", "تونس": "TN", "الأردن": "JO", "السعودية": "SA", "الإمارات": "AE",
		"aotearoa": "NZ",
		// Czech and Slovak towns under a million people.
		"brno": "CZ", "ostrava": "CZ", "plzeň": "CZ", "plzen": "CZ", "olomouc": "CZ", "liberec": "CZ",
		"české budějovice": "CZ", "ceske budejovice": "CZ", "hradec králové": "CZ", "hradec kralove": "CZ",
		"pardubice": "CZ", "zlín": "CZ", "ústí nad labem": "CZ", "usti nad labem": "CZ",
		"bratislava": "SK", "košice": "SK", "kosice": "SK", "prešov": "SK", "presov": "SK", "žilina": "SK", "zilina": "SK",
		"nitra": "SK", "banská bystrica": "SK", "banska bystrica": "SK", "trnava": "SK", "trenčín": "SK", "trencin": "SK",
	} {
		addRegionName(name, code)
	}
}
