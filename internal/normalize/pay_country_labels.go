package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay ranges labelled by country (table tests in
// pay_country_labels_test.go): "Spain: €88000 - €90500 (EUR) ...
// Netherlands: €114000 - €117000 (EUR)". When a description gives two or
// more countries their own ranges and the listing names its country, the
// range of that country is the listing's pay; when none is the listing's
// country, none is its pay. A listing with no country keeps the first
// (read as before), and so do labels that are cities ("for SF; ... for
// Seattle").

// countryPayLabel is a capitalised name of up to four words and a colon
// right before an amount (a sign or code may come between).
// It is tried only on the bytes before each colon that a digit follows
// closely (colonsBeforeDigit), never over a whole text.
var countryPayLabel = regexp.MustCompile(`(\p{Lu}[\p{L}.]*(?:[ -]\p{Lu}[\p{L}.]*){0,3})\s*$`)

// payLabel is one label's country and the byte range of its part of the text.
type payLabel struct {
	country    string
	start, end int
}

// countryLabelledPay (called in Normalize after listingPay) revises a pay
// read from the description by the rule above; pay as read otherwise.
func countryLabelledPay(pay *model.Pay, l *model.Listing) *model.Pay {
	if pay == nil || pay.Evidence == nil || pay.Evidence.Field != "text" || pay.Source != model.FromText {
		return pay
	}
	text := l.Text
	colons := colonsBeforeDigit(text)
	if len(text) > 4000 || len(colons) < 2 {
		return pay
	}
	var labels []payLabel
	seen := map[string]bool{}
	for _, i := range colons {
		lo := max(0, i-40)
		m := countryPayLabel.FindStringSubmatchIndex(text[lo:i])
		if m == nil {
			continue
		}
		rs := regionList(text[lo+m[2] : lo+m[3]])
		if len(rs) != 1 || len(rs[0]) != 2 || rs[0] == "EU" || seen[rs[0]] {
			continue
		}
		seen[rs[0]] = true
		if n := len(labels); n > 0 {
			labels[n-1].end = lo + m[2]
		}
		labels = append(labels, payLabel{country: rs[0], start: lo + m[2], end: len(text)})
	}
	if len(labels) < 2 {
		return pay
	}
	own := map[string]bool{}
	for _, loc := range l.Locations {
		for _, r := range Regions(loc) {
			own[r] = true
		}
	}
	if len(own) == 0 {
		return pay // no country to choose by: the first, as read
	}
	for _, lb := range labels {
		if !own[lb.country] {
			continue
		}
		if pay.Evidence.Start >= lb.start && pay.Evidence.End <= lb.end {
			return pay
		}
		p, _ := ParsePay("text", text[lb.start:lb.end])
		if p == nil || p.Evidence == nil {
			return pay
		}
		p.Evidence.Start += lb.start
		p.Evidence.End += lb.start
		return p
	}
	return nil // "Spain: ... Netherlands: ..." in a Dubai listing: neither is its pay
}

// colonsBeforeDigit returns the positions of the colons (at most 8) that a
// digit follows within eight bytes (a sign or a code between): where a
// labelled amount may start.
func colonsBeforeDigit(s string) []int {
	var out []int
	for i := 0; i < len(s) && len(out) < 8; i++ {
		j := strings.IndexByte(s[i:], ':')
		if j < 0 {
			break
		}
		i += j
		for k := i + 1; k < len(s) && k <= i+8; k++ {
			if isDigit(s[k]) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}
