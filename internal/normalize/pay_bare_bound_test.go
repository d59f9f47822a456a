package normalize

import "testing"

// TestBareBoundField: a currency-less pay field whose figure is framed as a
// floor or a ceiling, or followed by an experience note spelled out, reads
// as the figure; words that are not pay stay unread.
func TestBareBoundField(t *testing.T) {
	for _, c := range []struct{ pay, want string }{
		{"no more than 70k", "70000 70000 USD year"},
		{"Minimum of 62K", "62000 62000 USD year"},
		{"at least 48,000 per year", "48000 48000 USD year"},
		{"starting at 21.75/hr", "21.75 21.75 USD hour"},
		{"max of 95k", "95000 95000 USD year"},
		{"72k dependent on experience", "72000 72000 USD year"},
		{"58-64k commensurate with experience", "58000 64000 USD year"},
		{"at least 35 hours", "-"},
		{"from Monday to Friday", "-"},
		{"based on experience", "-"},
	} {
		got, _ := agreementGot(agreementCase{Cat: "pay", Title: "Analyst", Pay: c.pay})
		if got != c.want {
			t.Errorf("pay field %q: got %q, want %q", c.pay, got, c.want)
		}
	}
}

// TestSnackBudgetPerk: a small amount named as a food or drink budget is a
// perk, not a wage; a wage near it still reads.
func TestSnackBudgetPerk(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Every teammate gets a $10 snack budget each week.", "-"},
		{"We cover a $15 coffee allowance for office days.", "-"},
		{"Pay is $24 an hour, and there is a $10 food budget on long shifts.", "24 24 USD hour"},
	} {
		got, _ := agreementGot(agreementCase{Cat: "pay", Title: "Barista", Text: c.text})
		if got != c.want {
			t.Errorf("text %q: got %q, want %q", c.text, got, c.want)
		}
	}
}
