package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Round 48g: a stipend written as a salary-sized range is a year's pay;
// a small or single stipend stays one payment.
func TestSalaryStipendRange(t *testing.T) {
	cases := []struct {
		name, text string
		unit       model.PayUnit
	}{
		{"fellowship range", "Graduate fellowship. Stipend: $62,000 - $68,000, plus tuition.", model.UnitYear},
		{"euro range", "Residency programme. Stipend €40.000 – €45.000 with housing.", model.UnitYear},
		{"trap: small summer stipend", "Summer program stipend: $4,000 - $6,000.", model.UnitProject},
		{"trap: single stipend sum", "Fellows receive a single stipend of $35,000 at the start.", model.UnitProject},
		{"trap: relocation stipend is a benefit", "A one-off relocation stipend of $35,000 is offered.", ""},
	}
	for _, c := range cases {
		p, _ := ParsePay("", c.text)
		if p == nil {
			if c.unit != "" {
				t.Errorf("%s: no pay, want %v", c.name, c.unit)
			}
			continue
		}
		if p.Unit != c.unit {
			t.Errorf("%s: got %v (%v-%v %s), want %v", c.name, p.Unit, p.Min, p.Max, p.Currency, c.unit)
		}
	}
}
