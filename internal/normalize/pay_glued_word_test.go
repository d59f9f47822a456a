package normalize

import "testing"

// TestGluedWordAfterK: a pay field's amount run into the next word.
func TestGluedWordAfterK(t *testing.T) {
	for _, c := range []struct{ field, want string }{
		{"$120-140kBenefits", "120000 140000 USD year"},
		{"$95KRemote", "95000 95000 USD year"},
		{"$150-175k", "150000 175000 USD year"},
		{"$40 an hour", "40 40 USD hour"},
		{"Up to 250KUSD", "250000 250000 USD year"}, // a code after k, not a word
	} {
		p, _ := ParsePay("pay_text", c.field)
		if got := tablePay(p); got != c.want {
			t.Errorf("ParsePay(%q) = %q, want %q", c.field, got, c.want)
		}
	}
	if got := gluedWordAfterK("$120-140kBenefits"); got != "$120-140k enefits" {
		t.Errorf("gluedWordAfterK = %q", got)
	}
}
