package normalize

import "testing"

// A range whose ends each carry "p/hr" (or "p/hour") is one hourly range.
func TestSlashHourAbbrevRange(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
	}{
		{"£18 p/hr to £24 p/hr", "18 24 GBP hour"},
		{"£9.50 p/hour - £11 p/hour", "9.5 11 GBP hour"},
		{"£14 p/hr", "14 14 GBP hour"},
		{"£14 p/h", "14 14 GBP hour"},
		{"£120 p/d", "120 120 GBP day"},
	} {
		p, _ := ParsePay("pay_text", c.in)
		if got := payString(p); got != c.want {
			t.Errorf("ParsePay(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
