package normalize

// Japan's 47 prefectures written in Latin letters with the word that makes
// them one ("Shizuoka Prefecture", "Aichi-ken", "Kyoto-fu", "Tokyo-to"),
// as addresses and Japanese boards' English pages write them: each is
// Japan, with or without a town before it ("Susono City, Shizuoka
// Prefecture"). A prefecture's name alone is left to the town readers,
// since most are also a city's name or a word elsewhere ("Saga", "Nara",
// "Mie"); Hokkaido, a name of nothing else, is read alone too. The Kanji
// forms are read in region_cjk_address.go. Table tests in
// region_japan_prefectures_test.go.

// japanPrefectures are the prefectures' names in lower case, without long
// vowel marks (Hyōgo is "hyogo").
var japanPrefectures = []string{
	"hokkaido", "aomori", "iwate", "miyagi", "akita", "yamagata", "fukushima", "ibaraki", "tochigi", "gunma",
	"saitama", "chiba", "tokyo", "kanagawa", "niigata", "toyama", "ishikawa", "fukui", "yamanashi", "nagano",
	"gifu", "shizuoka", "aichi", "mie", "shiga", "kyoto", "osaka", "hyogo", "nara", "wakayama", "tottori",
	"shimane", "okayama", "hiroshima", "yamaguchi", "tokushima", "kagawa", "ehime", "kochi", "fukuoka", "saga",
	"nagasaki", "kumamoto", "oita", "miyazaki", "kagoshima", "okinawa",
}

func init() {
	for _, p := range japanPrefectures {
		addRegionName(p+" prefecture", "JP")
		addRegionName(p+"-ken", "JP")
		addRegionName(p+" ken", "JP")
	}
	addRegionName("tokyo-to", "JP")
	addRegionName("tokyo metropolis", "JP")
	addRegionName("osaka-fu", "JP")
	addRegionName("kyoto-fu", "JP")
	addRegionName("hokkaido", "JP")
}
