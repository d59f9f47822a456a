package normalize

import (
	"testing"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Urdu, Persian, Bengali and Sinhala currency words beside a figure
// (pay_south_asian_currency_words.go).
func TestPaySouthAsianCurrencyWords(t *testing.T) {
	d := func(name, text, pay string) truthCase {
		return truthCase{name: name, p: model.Posting{Title: "Operator", DescriptionText: text}, pay: pay}
	}
	runFieldCases(t, []truthCase{
		d("urdu rupees after a range a month", "تنخواہ 42,000 - 55,000 روپے ماہانہ", "42000 55000 PKR month"),
		d("urdu rupees before a figure", "تنخواہ: روپے 38,000 ماہانہ", "38000 38000 PKR month"),
		d("persian rials a month", "حقوق 180,000,000 ریال در ماه", "1.8e+08 1.8e+08 IRR month"),
		d("sinhala rupee mark before a figure", "වැටුප රු. 65,000 මසකට", "65000 65000 LKR month"),

		d("trap: urdu price", "اس کتاب کی قیمت 1,200 روپے ہے", "-"),
		d("trap: a word with no figure", "تنخواہ روپے میں ادا ہوگی", "-"),
		d("trap: saudi riyal stays arabic", "الراتب 6000 ريال شهريا", "6000 6000 SAR month"),
	})
	if got := rewriteSouthAsianCurrencyWords("රු. 500"); got != "    LKR 500" {
		t.Errorf("rewriteSouthAsianCurrencyWords: %q", got)
	}
}

// A code written over a word of another script leaves the evidence on
// whole runes of the original text.
func TestPayRewrittenWordEvidenceWholeRunes(t *testing.T) {
	for _, text := range []string{"تنخواہ: روپے 38,000 ماہانہ", "تنخواہ 42,000 روپے ماہانہ", "Μισθός 1.150 ευρώ μικτά το μήνα", "වැටුප රු. 65,000 මසකට"} {
		p, _ := ParsePay("description", text)
		if p == nil || !utf8.ValidString(p.Evidence.Text) || text[p.Evidence.Start:p.Evidence.End] != p.Evidence.Text {
			t.Errorf("ParsePay(%q) = %+v", text, p)
		}
	}
}
