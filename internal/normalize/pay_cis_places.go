package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay on the boards of Russia's neighbours, where an API
// gives the figures and the currency apart and a listing shows the figures
// alone ("4 000 000 – 7 000 000" in Tashkent), and UK ranges whose period
// sits on the first end only ("£46,049 p/a - £58,225"; "p/a" is in
// unitAfter, pay.go). Table tests in pay_cis_places_test.go.

// cisPayPlaces are the countries and big cities of the former Soviet Union
// beyond Russia, Kazakhstan and Ukraine, by region code, for payPlace: a
// bare amount there is in the local money (placeCurrencies).
var cisPayPlaces = map[string]string{
	"uzbekistan": "UZ", "узбекистан": "UZ", "tashkent": "UZ", "ташкент": "UZ", "samarkand": "UZ", "самарканд": "UZ",
	"belarus": "BY", "беларусь": "BY", "minsk": "BY", "минск": "BY", "мінск": "BY", "gomel": "BY", "гомель": "BY",
	"kyrgyzstan": "KG", "кыргызстан": "KG", "киргизия": "KG", "bishkek": "KG", "бишкек": "KG",
	"tajikistan": "TJ", "таджикистан": "TJ", "dushanbe": "TJ", "душанбе": "TJ",
	"azerbaijan": "AZ", "азербайджан": "AZ", "baku": "AZ", "баку": "AZ",
	"грузия": "GE", "tbilisi": "GE", "тбилиси": "GE",
	"armenia": "AM", "армения": "AM", "yerevan": "AM", "ереван": "AM",
	"moldova": "MD", "молдова": "MD", "chisinau": "MD", "chișinău": "MD", "кишинев": "MD", "кишинёв": "MD",
	"астана": "KZ", "shymkent": "KZ", "шымкент": "KZ", "karaganda": "KZ", "караганда": "KZ",
}

// bigUnitMonth are a month's pay, low and high, written out in full in
// currencies of many units to the dollar, where bareLimits' 300,000 is a
// modest month's pay: tenge, forint, dram, sum.
var bigUnitMonth = map[string][2]float64{"KZT": {5e4, 5e6}, "HUF": {1e5, 5e6}, "AMD": {5e4, 5e6}, "UZS": {1e6, 1e8}}

// monthCap is bareLimits' month ceiling for an amount in cur.
func monthCap(cur string) float64 {
	if c, ok := bigUnitMonth[cur]; ok {
		return c[1]
	}
	return bareLimits[model.UnitMonth][1]
}

// rePlainBare is a whole pay field of an amount or a range written out,
// no k, no currency, no period: "5000000", "4 000 000 – 7 000 000".
var rePlainBare = regexp.MustCompile(`^\s*(` + number + `)\s*(?:(?:-|–|—|до|to)\s*(` + number + `))?\s*$`)

// bareBigUnitMonth (called in bareFieldPay after the other readers) reads
// a pay field of a plain amount or range, no k and no period, as a month's
// pay when the listing's place pays in a currency of bigUnitMonth and the
// amounts lie within its month: "4 000 000 - 7 000 000" in Tashkent, too
// big for barePay's year. The currency is left for the caller to fill.
func bareBigUnitMonth(field, text string, l *model.Listing) *model.Pay {
	lim, ok := bigUnitMonth[listingCurrency(l)]
	if !ok {
		return nil
	}
	m := rePlainBare.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	lo, _ := parseAmount(group(text, m, 1), "")
	hi := lo
	if m[4] >= 0 {
		hi, _ = parseAmount(group(text, m, 2), "")
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	if lo < lim[0] || hi > lim[1] {
		return nil
	}
	end := trimEnd(text, m[2], m[1])
	return &model.Pay{Min: lo, Max: hi, Unit: model.UnitMonth, Source: model.FromText,
		Evidence: &model.Span{Field: field, Start: m[2], End: end, Text: text[m[2]:end]}}
}

// cisCurrencies are the moneys of former Soviet places other than Russia
// that an amount with no currency of its own, read as roubles by the
// Cyrillic readers, takes from the listing's place.
var cisCurrencies = map[string]bool{"KZT": true, "UZS": true, "BYN": true, "KGS": true, "TJS": true, "AZN": true,
	"GEL": true, "AMD": true, "MDL": true, "UAH": true}

// roubleMark names roubles: "руб.", "₽", "RUB", "RUR", "р.".
var roubleMark = regexp.MustCompile(`(?i)руб|₽|\bRU[BR]\b|(?:^|[^\p{L}])р\.`)

// cisPlaceCurrency (called in normalize.go after cyrillicListingPay) gives
// a rouble amount that names no currency the money of the listing's place
// when that is a former Soviet place beyond Russia: "от 350 000" in
// Astana is tenge, "от 40 000 до 60 000" in Bishkek som.
func cisPlaceCurrency(pay *model.Pay, l *model.Listing) *model.Pay {
	if pay == nil || pay.Currency != "RUB" || pay.Evidence == nil {
		return pay
	}
	cur := listingCurrency(l)
	if !cisCurrencies[cur] {
		return pay
	}
	src := pay.Evidence.Text
	switch pay.Evidence.Field {
	case "pay_text":
		src = l.PayText
	case "text":
		if e := pay.Evidence.End; e <= len(l.Text) && pay.Evidence.Start <= e {
			src = l.Text[max(0, pay.Evidence.Start-16):min(len(l.Text), e+16)]
		}
	}
	if roubleMark.MatchString(src) {
		return pay
	}
	pay.Currency = cur
	return pay
}
