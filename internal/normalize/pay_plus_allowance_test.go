package normalize

import "testing"

// A salary with an allowance added after a spaced plus is the salary; an
// allowance alone, or a figure with a glued plus before a benefit, is not
// (traps).
func TestPayPlusAllowance(t *testing.T) {
	cases := []struct {
		field, text string
		min, max    float64
		unit        string
	}{
		{"pay_text", "$96,000 + daily field allowance", 96000, 96000, "year"},
		{"pay_text", "$72k + car allowance", 72000, 72000, "year"},
		{"pay_text", "$64,500 + meal allowance", 64500, 64500, "year"},
		{"text", "Package: $88,000 plus weekly site allowance and overtime.", 88000, 88000, "year"},
		{"text", "Base salary $101,000 with monthly phone allowance.", 101000, 101000, "year"},
		// Traps: the allowance is the pay, or the amount is the allowance.
		{"text", "Salary $70,000; a $150 monthly phone allowance on top.", 70000, 70000, "year"},
		{"text", "We add a $400+ travel stipend for each conference.", 0, 0, ""},
		{"text", "Interns receive a $300 monthly transport allowance.", 0, 0, ""},
	}
	for _, c := range cases {
		p, _ := ParsePay(c.field, c.text)
		if c.unit == "" {
			if p != nil {
				t.Errorf("ParsePay(%q) = %+v, want no pay", c.text, *p)
			}
			continue
		}
		if p == nil || p.Min != c.min || p.Max != c.max || string(p.Unit) != c.unit {
			t.Errorf("ParsePay(%q) = %+v, want %v-%v per %s", c.text, p, c.min, c.max, c.unit)
		}
	}
}
