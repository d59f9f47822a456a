package normalize

import "testing"

func TestPlContractLeadPay(t *testing.T) {
	cases := []struct {
		field         string
		min, max      float64
		unit, missing string
	}{
		{field: "permanent: 9500 - 14000 pln", min: 9500, max: 14000, unit: "month"},
		{field: "b2b: 130 - 170 pln / h", min: 130, max: 170, unit: "hour"},
		{field: "UoP - 7 200 zł brutto", min: 7200, max: 7200, unit: "month"},
		{field: "mandate_contract: 35 - 45 pln/godz.", min: 35, max: 45, unit: "hour"},
		{field: "permanent: call us", missing: "yes"},
	}
	for _, c := range cases {
		got := plFieldPay(c.field, true, nil)
		if c.missing != "" {
			if got != nil {
				t.Errorf("%q: read %+v, want nothing", c.field, *got)
			}
			continue
		}
		if got == nil {
			t.Errorf("%q: read nothing", c.field)
			continue
		}
		if got.min != c.min || got.max != c.max || string(got.unit) != c.unit || got.currency != "PLN" {
			t.Errorf("%q: got %v-%v %s %s", c.field, got.min, got.max, got.currency, got.unit)
		}
		if got.start < 0 || got.end > len(c.field) || got.start >= got.end {
			t.Errorf("%q: span %d-%d out of the field", c.field, got.start, got.end)
		}
	}
}
