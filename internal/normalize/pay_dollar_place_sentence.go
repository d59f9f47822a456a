package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A plain "$" amount whose own sentence names a city or country of a
// dollar country other than the US is that country's dollar: "Rate:
// $35/hr, Toronto.", "$65,000 - $80,000 per year in Toronto", "$50/hr for
// work in Sydney". localDollar reads the listing's location field the same
// way; placeDollarSentence (called after it) reads the pay's sentence when
// the location field said nothing. It keeps US dollars when anything names
// the US (the sentence or the listing's places: "$120k; offices in Toronto
// and New York"), when US dollars are written ("US$", "USD"), and, as
// localDollar, for remote work.

// sentenceDollarRegions are the dollar countries a pay sentence may name.
var sentenceDollarRegions = map[string]string{"CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD"}

// placeDollarSentence sets pay's currency to the dollar of the country its
// sentence names (see above); pay is left as it is otherwise.
func placeDollarSentence(pay *model.Pay, l *model.Listing) {
	if pay.Currency != "USD" || pay.Evidence == nil || l.Remote == model.RemoteRemote || !strings.Contains(pay.Evidence.Text, "$") ||
		usdNamed.MatchString(pay.Evidence.Text) {
		return
	}
	for _, loc := range l.Locations {
		if len(Regions(loc)) > 0 {
			return // the location field decides (localDollar)
		}
	}
	f := evidenceField(l, pay.Evidence.Field)
	ev := pay.Evidence
	if ev.Start < 0 || ev.End > len(f) || ev.Start > ev.End || f[ev.Start:ev.End] != ev.Text {
		return
	}
	s := paySentence(f, ev.Start, ev.End)
	if usdNamed.MatchString(s) {
		return
	}
	cur := ""
	for _, r := range Regions(strings.TrimRight(s, ".!?;: ")) {
		if r == "US" {
			return
		}
		if c, ok := sentenceDollarRegions[r]; ok && cur == "" {
			cur = c
		}
	}
	if cur == "CAD" && caStateOnly(s) {
		return // "in Santa Monica, CA is $136,038 to $182,490" (pay_ca_state.go)
	}
	if cur != "" {
		pay.Currency = cur
	}
}

// paySentence is the sentence of f holding [start, end): from the end of
// the previous sentence (a line break, or ".", "!" or "?" before a space)
// to the end of this one, at most 160 bytes either side.
func paySentence(f string, start, end int) string {
	lo := max(0, start-160)
	for i := start - 1; i >= lo; i-- {
		if f[i] == '\n' || (f[i] == '.' || f[i] == '!' || f[i] == '?') && i+1 < len(f) && f[i+1] == ' ' {
			lo = i + 1
			break
		}
	}
	hi := min(len(f), end+160)
	for i := end; i < hi; i++ {
		if f[i] == '\n' || (f[i] == '.' || f[i] == '!' || f[i] == '?') && (i+1 == len(f) || f[i+1] == ' ') {
			hi = i
			break
		}
	}
	return f[lo:hi]
}
