package normalize

import (
	"strings"
	"unicode"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay wording (table tests in remote_polish_german_test.go).

// chinaPayPlaces are Chinese cities, in Chinese and in pinyin, whose
// listings state pay in yuan without a sign ("8k-15k/月" in 上海).
var chinaPayPlaces = []string{"上海", "上海市", "北京", "北京市", "深圳", "深圳市", "广州", "广州市", "杭州", "杭州市", "成都", "成都市",
	"南京", "武汉", "西安", "苏州", "天津", "重庆", "shanghai", "beijing", "shenzhen", "guangzhou", "hangzhou", "chengdu"}

func init() {
	for _, c := range chinaPayPlaces {
		payPlaces[c] = "CN"
	}
}

// bareFieldCurrency is the currency of a pay field stated without one: the
// listing's place (regions are the locations' and remote regions; a city
// only payPlaces knows counts too), else yuan for a field written with
// Chinese pay words and no Japanese ones ("8k-15k/月", "20-30万/年",
// "15-20k·13薪"), else placeCurrency's default.
func bareFieldCurrency(l *model.Listing, field string, regions []string) string {
	if lakhField(field) {
		return "INR" // "5 lacs", "1.5 lakh per month"
	}
	if len(regions) == 0 {
		for _, loc := range l.Locations {
			if r := payPlace(loc); r != "" {
				regions = append(regions, r)
			}
		}
	}
	if len(regions) == 0 && chinesePayWords(field) {
		return "CNY"
	}
	if len(regions) == 0 && indianGrouped(field) {
		return "INR" // "50,000 - 1,00,000 PA" (pay_indian_grouping.go)
	}
	return placeCurrency(regions)
}

// chinesePayWords reports a pay text holding a Chinese period or pay word
// ("/月" a month, "/年" a year, "/天" a day, "小时" an hour, "万" ten
// thousand, "千" a thousand ("8千-12千"), "薪" or "工资" pay, "元" yuan, or a floor word: "起" from, "不低于" not
// less than, "以上" or more) and nothing Japanese: no kana and none of 円, 給 or 収, which
// Japanese pay texts carry ("月給25万円").
func chinesePayWords(s string) bool {
	if !strings.ContainsAny(s, "月年天时万千薪元起资") && !strings.Contains(s, "不低于") && !strings.Contains(s, "以上") {
		return false
	}
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana) || r == '円' || r == '給' || r == '収' {
			return false
		}
	}
	return true
}

// dayRateBefore reports the French freelance day rate named before an
// amount: "TJM" (taux journalier moyen), "taux journalier".
func dayRateBefore(before string) bool {
	return containsFold(before, "tjm") || containsFold(before, "taux journalier")
}

// codeEnds reports that an amount's text ends with a three-letter currency
// code: "80,000 USD", "45.000 EUR". A code after the amount names the
// currency as surely as a sign before it.
func codeEnds(span string) bool {
	span = strings.TrimRight(span, " .")
	if len(span) < 4 {
		return false
	}
	c := span[len(span)-4]
	return currencyCodes[span[len(span)-3:]] && (c == ' ' || isDigit(c))
}
