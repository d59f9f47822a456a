package normalize

import "testing"

func TestNotedOpenRange(t *testing.T) {
	cases := []struct {
		name, text       string
		wantMin, wantMax float64
		wantUnit         string
	}{
		{"note on the low end, same suffix on both", "Base pay runs from $61,000/year for our smallest offices up to $88,000/year for the largest.", 61000, 88000, "year"},
		{"market word after the high end", "Pay is set from $52,500/year in a smaller market up to $70,250/year in a bigger market.", 52500, 70250, "year"},
		{"hourly with a note", "Rates go from $31/hr at entry level up to $44/hr for leads.", 31, 44, "hour"},
		{"gap crosses a sentence: one-sided", "Offers start from $61,000/year. Senior hires can reach up to $88,000/year.", 61000, 61000, "year"},
		{"no from before the low end: one-sided", "We pay $61,000/year for juniors and up to $88,000/year for seniors.", 61000, 61000, "year"},
	}
	for _, c := range cases {
		p, _ := ParsePay("description", c.text)
		if p == nil {
			t.Errorf("%s: no pay", c.name)
			continue
		}
		if p.Min != c.wantMin || p.Max != c.wantMax || string(p.Unit) != c.wantUnit {
			t.Errorf("%s: got %v-%v %s, want %v-%v %s", c.name, p.Min, p.Max, p.Unit, c.wantMin, c.wantMax, c.wantUnit)
		}
	}
}
