package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Two pay-field shapes of English-language boards.
//
//   - A bare band of two small numbers in an Australian or New Zealand pay
//     field, "90 - 110": SEEK's advertisers write a salaried job's pay in
//     thousands a year and a contract's or casual's as an hourly rate, so the
//     listing's employment type says which (a full-time "90 - 110" is 90,000
//     to 110,000 a year; a contract "90 - 110" is 90 to 110 an hour).
//   - An underscore typed for the dash between two amounts, "$70k _$80k".

// reBareBand is a pay field that is only two plain whole numbers of two or
// three digits joined by a dash or "to": "90 - 110", "75 to 95".
var reBareBand = regexp.MustCompile(`^\s*(\d{2,3})\s*(?:-|–|—|to)\s*(\d{2,3})\s*$`)

// bareBandByType reads such a field in a listing placed in Australia or New
// Zealand: thousands a year for a full-time job (from 30 to 400), an hourly
// rate for a contract, part-time or casual one (up to 200); nil otherwise.
// The currency is left for the caller to fill from the place.
func bareBandByType(field, text string, l *model.Listing) *model.Pay {
	if field != "pay_text" || len(text) > 20 || l == nil {
		return nil
	}
	if l.Type != model.TypeFullTime && l.Type != model.TypeContract && l.Type != model.TypePartTime {
		return nil
	}
	m := reBareBand.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	lo, _ := parseAmount(text[m[2]:m[3]], "")
	hi, _ := parseAmount(text[m[4]:m[5]], "")
	if lo <= 0 || hi <= lo || hi > 2*lo {
		return nil // "10 - 500" is no band
	}
	if !anzPlaced(l) {
		return nil
	}
	unit := model.UnitHour
	if l.Type == model.TypeFullTime {
		if lo < 30 || hi > 400 {
			return nil
		}
		lo, hi, unit = lo*1000, hi*1000, model.UnitYear
	} else if hi > 200 {
		return nil
	}
	return &model.Pay{Min: lo, Max: hi, Unit: unit, Source: model.FromText,
		Evidence: &model.Span{Field: field, Start: m[2], End: m[5], Text: text[m[2]:m[5]]}}
}

// anzPlaced reports whether one of the listing's places is in Australia or
// New Zealand.
func anzPlaced(l *model.Listing) bool {
	for _, loc := range l.Locations {
		for _, r := range Regions(loc) {
			if r == "AU" || r == "NZ" {
				return true
			}
		}
	}
	return false
}

// underscoreDash rewrites an underscore typed between two amounts as the
// dash it stands for, "$70k _$80k" -> "$70k -$80k", keeping every offset:
// the byte before it (past spaces) ends an amount (a digit or a k) and the
// byte after it (past spaces) starts one (a digit or a currency sign).
func underscoreDash(text string) string {
	i := strings.IndexByte(text, '_')
	if i < 0 {
		return text
	}
	var b []byte
	for ; i >= 0; i = nextByte(text, '_', i+1) {
		j := i - 1
		for j >= 0 && text[j] == ' ' {
			j--
		}
		k := i + 1
		for k < len(text) && text[k] == ' ' {
			k++
		}
		if j < 0 || k >= len(text) {
			continue
		}
		if !(isDigit(text[j]) || text[j] == 'k' || text[j] == 'K') || !(isDigit(text[k]) || strings.HasPrefix(text[k:], "$") || strings.HasPrefix(text[k:], "£") || strings.HasPrefix(text[k:], "€")) {
			continue
		}
		if j > 0 && (text[j] == 'k' || text[j] == 'K') && !isDigit(text[j-1]) {
			continue // a word ending in k ("bank_$5")
		}
		if b == nil {
			b = []byte(text)
		}
		b[i] = '-'
	}
	if b == nil {
		return text
	}
	return string(b)
}

// nextByte is the index of c in s at or after from, or -1.
func nextByte(s string, c byte, from int) int {
	if from >= len(s) {
		return -1
	}
	j := strings.IndexByte(s[from:], c)
	if j < 0 {
		return -1
	}
	return from + j
}
