package normalize

import "testing"

// TestOpenRange: a range worded by its bounds ("starting at X, up to Y")
// is one range; near misses keep the one-sided reading.
func TestOpenRange(t *testing.T) {
	tests := []struct {
		text     string
		min, max float64
		unit     string
	}{
		{"Pay starting at $90k, up to $130k depending on level.", 90000, 130000, "year"},
		{"Salary starts from $70,000 and up to $95,000 per year.", 70000, 95000, "year"},
		{"Rates begin at £20 an hour, rising up to £26 an hour.", 20, 26, "hour"},
		{"From $25/hr up to $32/hr for senior tutors.", 25, 32, "hour"},
		// Traps: no lower-bound word, the high end lower, another unit,
		// another currency, a bonus after "up to".
		{"$90k up to $130k", 90000, 90000, "year"},
		{"Starting at $40/hr, up to $30/hr on weekends.", 40, 40, "hour"},
		{"Starting at $25/hr, up to $60,000 a year with overtime.", 25, 25, "hour"},
		{"Starting at €30 an hour, up to $35 an hour.", 30, 30, "hour"},
		{"Starting at $80,000, up to $10,000 bonus.", 80000, 80000, "year"},
		{"Up to $130k", 130000, 130000, "year"},
	}
	for _, tt := range tests {
		p, _ := ParsePay("description", tt.text)
		if p == nil {
			t.Errorf("%q: no pay", tt.text)
			continue
		}
		if p.Min != tt.min || p.Max != tt.max || string(p.Unit) != tt.unit {
			t.Errorf("%q: %v-%v %s, want %v-%v %s", tt.text, p.Min, p.Max, p.Unit, tt.min, tt.max, tt.unit)
		}
		if p.Evidence == nil || p.Evidence.Text != tt.text[p.Evidence.Start:p.Evidence.End] {
			t.Errorf("%q: evidence %+v does not quote the text", tt.text, p.Evidence)
		}
	}
}
