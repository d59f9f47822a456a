package normalize

import (
	"strings"
	"testing"
)

// European pay spellings rewritten in place (my own
// examples of each shape).
func TestPayEuroSpellings(t *testing.T) {
	cases := []struct {
		name, text string
		min, max   float64
		cur, unit  string
	}{
		{"dutch comma dash range", "Wij bieden tussen € 3.900,- en € 5.200,- bruto per maand", 3900, 5200, "EUR", "month"},
		{"dutch van tot comma dash", "salaris van €2.850,- tot €3.400,- bruto per maand", 2850, 3400, "EUR", "month"},
		{"german comma dash before mark", "52.000,- € brutto p.a.", 52000, 52000, "EUR", "year"},
		{"comma double dash", "€ 4.100,-- per maand", 4100, 4100, "EUR", "month"},
		{"teur single", "Zielgehalt ab 72 TEUR", 72000, 72000, "EUR", "year"},
		{"t euro sign range", "Budget 48-58 T€ p.a.", 48000, 58000, "EUR", "year"},
		{"franken after amount", "Jahreslohn 96.000 Franken", 96000, 96000, "CHF", "year"},
		{"euro word after bare range", "uurtarief 70-80 euro", 70, 80, "EUR", "hour"},
		{"euros word after spaced range", "tarief 90 – 105 euros", 90, 105, "EUR", "hour"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, _ := ParsePay("pay_text", c.text)
			if p == nil {
				t.Fatalf("ParsePay(%q) = nil", c.text)
			}
			if p.Min != c.min || p.Max != c.max || p.Currency != c.cur || string(p.Unit) != c.unit {
				t.Errorf("ParsePay(%q) = %v %v %s %s, want %v %v %s %s", c.text, p.Min, p.Max, p.Currency, p.Unit, c.min, c.max, c.cur, c.unit)
			}
			if p.Evidence.Text != c.text[p.Evidence.Start:p.Evidence.End] {
				t.Errorf("evidence %q is not the original text's span", p.Evidence.Text)
			}
		})
	}
}

// The rewrites leave alone what is not theirs.
func TestEuroSpellingsLeaveOthers(t *testing.T) {
	for _, s := range []string{
		"Score 3,-2 on the scale",         // a digit after the dash
		"Team TEURO meets on Fridays",     // a word, not a mark
		"Frankenstein tickets 25 each",    // a longer word
		"the euro zone grew",              // no amount before it
		"we moved 52,000 euros in a week", // a single amount: the older readers decide
		"€ 40-50 euro",                    // already marked
		"TEUR without an amount",
	} {
		if got := rewriteEuroSpellings(s); got != s {
			t.Errorf("rewriteEuroSpellings(%q) = %q, want it unchanged", s, got)
		}
	}
	if got := rewriteEuroSpellings("ab 3.100,- bruto"); len(got) != len("ab 3.100,- bruto") {
		t.Errorf("a rewrite changed the length: %q", got)
	}
}

// A description is read only when it holds a euro sign, and then for its
// ",-" amounts; a long text without one is left as it is.
func TestEuroSpellingsDescriptions(t *testing.T) {
	filler := strings.Repeat("Je werkt in een klein team aan onze planning en rapportages. ", 8)
	withEuro := filler + "Je krijgt tussen € 3.400,- en € 4.700,- bruto per maand."
	p, _ := ParsePay("text", withEuro)
	if p == nil || p.Min != 3400 || p.Max != 4700 || string(p.Unit) != "month" {
		t.Fatalf("ParsePay(description with €) = %+v, want 3400 4700 EUR month", p)
	}
	noEuro := filler + "Tarief 70-80 euro, 55 TEUR, 90.000 Franken."
	if got := rewriteEuroSpellings(noEuro); got != noEuro {
		t.Errorf("a long text without a euro sign was rewritten: %q", got)
	}
}
