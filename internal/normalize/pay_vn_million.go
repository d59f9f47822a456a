package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Vietnamese boards write a salary in millions of dong as a bare number with
// a capital M, alone, as a ceiling or as a range, with no currency: "Up to
// 50M", "40M - 100M", "4M", "Tới 30M/tháng" (table tests in
// pay_vn_million_ext61h_test.go). vnMillionFieldPay reads that shape in a
// pay field whose listing is in Vietnam (by its places), as dong a month
// (a year when "/year" or "/năm" follows). Any currency word or sign, a
// lower-case "m", or a listing outside Vietnam leaves the field to the
// other readers: "$40M" and "40M" in a funding line are not dong.
var vnMillionField = regexp.MustCompile(`^\s*(?i:(?:up\s*to|upto|tới|tối đa|max|from|từ)\s*)?(\d{1,3}(?:[.,]\d{1,2})?)\s*M(?:\s*(?:-|–|to|đến)\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*M)?\s*(?:/\s*(?i:(month|mo|tháng|year|yr|năm)))?\s*$`)

func vnMillionFieldPay(field, text string, l *model.Listing) *model.Pay {
	if len(text) > 40 || strings.IndexByte(text, 'M') < 0 {
		return nil
	}
	m := vnMillionField.FindStringSubmatchIndex(text)
	if m == nil || !listingInCountry(l, "VN") {
		return nil
	}
	lo, hi, ok := millionRange(text, m[2], m[3], m[4], m[5])
	if !ok {
		return nil
	}
	unit := model.UnitMonth
	if m[6] >= 0 {
		switch strings.ToLower(text[m[6]:m[7]]) {
		case "year", "yr", "năm":
			unit = model.UnitYear
		}
	}
	start, end := m[0], m[1]
	for start < end && text[start] == ' ' {
		start++
	}
	for end > start && text[end-1] == ' ' {
		end--
	}
	return &model.Pay{Min: lo, Max: hi, Currency: "VND", Unit: unit, Source: model.FromText,
		Evidence: &model.Span{Field: field, Start: start, End: end, Text: text[start:end]}}
}

// listingInCountry reports whether one of the listing's places reads as
// the country code cc.
func listingInCountry(l *model.Listing, cc string) bool {
	for _, loc := range l.Locations {
		for _, r := range Regions(loc) {
			if r == cc {
				return true
			}
		}
	}
	return false
}

// millionPayCurrency reports the currencies whose monthly salaries run in
// millions, so that a million multiplier after the upper end of a range
// applies to the lower end too: "IDR 15–25M" is fifteen to twenty-five
// million rupiah, not fifteen rupiah.
func millionPayCurrency(cur string) bool {
	return cur == "IDR" || cur == "VND"
}
