package normalize

// More place names for Regions (table tests in regions_names_local_test.go):
//
//   - the Arabic names of Gulf, Levant and North African capitals and large
//     towns, and of their countries, as Arabic boards write a location
//     ("الرياض", "دبي، الإمارات"); "عمان" is left out (it is both Amman and
//     Oman);
//   - local spellings the lists lacked: Dutch "Brussel", Latvian "Rīga",
//     Mexico City's "CDMX";
//   - the names of subdivisions that hold another place's name, so that the
//     longer name is read first: "New South Wales" is Australia (not the
//     "Wales" of the United Kingdom), the French département
//     "Maine-et-Loire" is France (not the US state of Maine), "Nova Scotia"
//     and "New Brunswick" stay Canada's.
//
// Regions tries the longest phrase first, so a name of two to four words
// here wins over the one-word name inside it.
func init() {
	for name, code := range map[string]string{
		// Arabic: Saudi Arabia, the Emirates, Qatar, Kuwait, Bahrain, Egypt,
		// Jordan, Lebanon, Morocco, Tunisia, Algeria.
		"الرياض": "SA", "جدة": "SA", "جده": "SA", "الدمام": "SA", "الخبر": "SA", "السعودية": "SA", "المملكة العربية السعودية": "SA",
		"دبي": "AE", "أبوظبي": "AE", "أبو ظبي": "AE", "ابوظبي": "AE", "الشارقة": "AE", "الإمارات": "AE", "الامارات": "AE",
		"الدوحة": "QA", "قطر": "QA", "الكويت": "KW", "المنامة": "BH", "البحرين": "BH",
		"الإسكندرية": "EG", "الاسكندرية": "EG", "الجيزة": "EG",
		"الأردن": "JO", "الاردن": "JO", "بيروت": "LB", "لبنان": "LB",
		"المغرب": "MA", "الدار البيضاء": "MA", "الرباط": "MA", "تونس": "TN", "الجزائر": "DZ",
		"الهند": "IN", "باكستان": "PK", "تركيا": "TR", "ألمانيا": "DE", "المانيا": "DE", "فرنسا": "FR", "بريطانيا": "GB",
		"المملكة المتحدة": "GB", "الولايات المتحدة": "US", "كندا": "CA", "العراق": "IQ", "ليبيا": "LY", "السودان": "SD",
		// Hebrew: Israel's larger towns (the country is in regions_endonyms.go)
		"תל אביב": "IL", "תל אביב יפו": "IL", "ירושלים": "IL", "חיפה": "IL", "הרצליה": "IL", "פתח תקווה": "IL", "רעננה": "IL",
		"באר שבע": "IL",
		// Vietnamese with its marks
		"hà nội": "VN", "hồ chí minh": "VN", "thành phố hồ chí minh": "VN", "đà nẵng": "VN", "hải phòng": "VN", "cần thơ": "VN",
		// Latin America
		"montevideo": "UY", "caba": "AR", "capital federal": "AR", "región metropolitana": "CL", "region metropolitana": "CL",
		// South Africa's provinces, Spain's A Coruña, Chile's Valparaíso region
		"gauteng": "ZA", "western cape": "ZA", "eastern cape": "ZA", "kwazulu natal": "ZA", "a coruña": "ES", "la coruña": "ES",
		"región de valparaíso": "CL", "region de valparaiso": "CL",
		// Thai and Hindi names of Bangkok and India's largest cities (their
		// vowel signs are marks: region_tokens.go reads them inside a word)
		"กรุงเทพ": "TH", "กรุงเทพฯ": "TH", "กรุงเทพมหานคร": "TH", "मुंबई": "IN", "दिल्ली": "IN", "नई दिल्ली": "IN",
		"बेंगलुरु": "IN", "बेंगलुरू": "IN", "हैदराबाद": "IN", "पुणे": "IN", "चेन्नई": "IN",
		// local spellings
		"brussel": "BE", "rīga": "LV", "cdmx": "MX",
		// subdivisions holding another place's name
		"new south wales": "AU", "maine et loire": "FR", "nova scotia": "CA", "new brunswick": "CA",
	} {
		addRegionName(name, code)
	}
}
