package normalize

import (
	"strings"
	"unicode/utf8"
)

// Japanese and Chinese addresses run their parts together without spaces,
// largest first: "大阪府大阪市北区" (Osaka prefecture, Osaka city, Kita
// ward), "广东省深圳市南山区" (Guangdong province, Shenzhen city, Nanshan
// district). Regions reads a location word by word, and such an address is
// one word it does not know. cjkAddressLoc (called in fixCodeLoc, on the
// location fields only) splits off the leading prefecture, province or city
// when regionNames knows it, so "東京都渋谷区" is read as "東京都 渋谷区"
// (Japan). Table tests in region_cjk_address_test.go.
//
// The names are the 47 Japanese prefectures and the larger Japanese cities,
// and the Chinese provinces and larger cities, with the suffix an address
// writes (都 道 府 県 for Japan, 省 市 for China).

// cjkAddressEnds are the suffixes that end a prefecture, province or city.
const cjkAddressEnds = "都道府県省市"

// cjkAddressLoc returns loc with a space after its leading known
// prefecture, province or city, or "" when it has none.
func cjkAddressLoc(loc string) string {
	if len(loc) < 6 || loc[0] < 0xE3 || loc[0] > 0xE9 || len(loc) > 120 {
		return "" // not a CJK first character
	}
	best := 0
	for i, n := 0, 0; i < len(loc) && n < 6; n++ {
		r, w := utf8.DecodeRuneInString(loc[i:])
		i += w
		if !strings.ContainsRune(cjkAddressEnds, r) || i == len(loc) {
			continue
		}
		if _, ok := regionNames[loc[:i]]; ok {
			best = i // the longest known prefix wins ("京都府" over "京都")
		}
	}
	if best == 0 {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(loc[best:]); r == ' ' || r == ',' || r == '、' || r == '，' {
		return "" // already separated
	}
	return loc[:best] + " " + loc[best:]
}

func init() {
	for _, name := range strings.Fields(`北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県
		東京都 神奈川県 新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県
		奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県
		宮崎県 鹿児島県 沖縄県 横浜市 名古屋市 札幌市 福岡市 神戸市 京都市 京都 川崎市 さいたま市 仙台市 広島市`) {
		addRegionName(name, "JP")
	}
	for _, name := range strings.Fields(`广东省 江苏省 浙江省 山东省 河南省 四川省 湖北省 湖南省 河北省 福建省 安徽省 辽宁省
		陕西省 江西省 云南省 山西省 贵州省 吉林省 黑龙江省 甘肃省 海南省 广州市 杭州市 成都 成都市 武汉 武汉市 南京
		南京市 天津 天津市 重庆 重庆市 西安 西安市 苏州 苏州市 厦门 厦门市 青岛 青岛市 大连 大连市 长沙市 合肥市 郑州市
		东莞市 珠海市`) {
		addRegionName(name, "CN")
	}
}
