package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// The base salary wins over OTE written first, a bare
// yearly amount with extras after it in a pay field, "N base" in running
// text, and money perks (equipment or learning budgets) written before the
// salary.
func TestPayBaseOverOTE(t *testing.T) {
	cases := []struct {
		name, field, text string
		min, max          float64
		cur               string
		unit              model.PayUnit
	}{
		// OTE first, base second: the base is the salary.
		{"ote then base", "pay_text", "$150k OTE, $75k base", 75000, 75000, "USD", model.UnitYear},
		{"ote of then base of", "text", "Expect OTE of $210,000 with a base of $105,000 and uncapped commission.", 105000, 105000, "USD", model.UnitYear},
		{"ote colon then basic", "text", "OTE: £90,000. Basic: £50,000 plus car allowance.", 50000, 50000, "GBP", model.UnitYear},
		{"ote then base in brackets", "text", "OTE $64,000 (base $44,000 plus uncapped commission).", 44000, 44000, "USD", model.UnitYear},
		{"amount then base in brackets", "pay_text", "$52,000 (base)", 52000, 52000, "USD", model.UnitYear},
		{"average with tips then base pay", "text", "Drivers earn an average of $26/hr including tips; base pay $17/hr.", 17, 17, "USD", model.UnitHour},
		{"tips before the base rate", "text", "Tips average $4-6/hour on top of $16.50/hour base pay.", 16.5, 16.5, "USD", model.UnitHour},
		{"plus tips after the rate stays", "text", "$15/hour plus tips.", 15, 15, "USD", model.UnitHour},
		{"base first still", "pay_text", "$70k base / $140k OTE", 70000, 70000, "USD", model.UnitYear},
		{"ote alone kept", "pay_text", "$130k OTE", 130000, 130000, "USD", model.UnitYear},
		{"total comp first then base", "text", "Total compensation (TC) of $320k, with a base salary of $210k.", 210000, 210000, "USD", model.UnitYear},
		{"tc alone kept", "pay_text", "TC: $280k", 280000, 280000, "USD", model.UnitYear},
		// A bare amount with extras after it in a pay field.
		{"bare base with bonus figure", "pay_text", "64,000 base with 5,000 bonus", 64000, 64000, "", model.UnitYear},
		{"bare base plus percent bonus", "pay_text", "92,000 base + 15% bonus", 92000, 92000, "", model.UnitYear},
		{"bare plus bonus", "pay_text", "58,500 plus bonus", 58500, 58500, "", model.UnitYear},
		{"bare k and equity", "pay_text", "120k and equity", 120000, 120000, "", model.UnitYear},
		{"bare base comma commission", "pay_text", "47,000 basic, commission uncapped", 47000, 47000, "", model.UnitYear},
		{"bare k range plus commission and ote", "pay_text", "38-46k + commission (OTE 70k)", 38000, 46000, "", model.UnitYear},
		{"bare range base with bonus", "pay_text", "60,000 - 72,000 base with annual bonus", 60000, 72000, "", model.UnitYear},
		// Perk budgets before the salary.
		{"equipment budget then salary of", "text", "You get a $3,000 equipment budget and a salary of $95,000 - $120,000.", 95000, 120000, "USD", model.UnitYear},
		{"learning budget sentence then salary", "text", "There is a €2,000 learning budget per year. Salary: €55k-€65k.", 55000, 65000, "EUR", model.UnitYear},
		{"home office budget then salary is", "text", "A $1,000 home office budget. The salary is $88,000.", 88000, 88000, "USD", model.UnitYear},
		{"budget alone stays project", "text", "Budget: $800 for the logo.", 800, 800, "USD", model.UnitProject},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var p *model.Pay
			if c.field == "pay_text" {
				p, _ = ParsePay(c.field, c.text)
				if p == nil {
					p = bareFieldPay(c.field, c.text, &model.Listing{})
				}
			} else {
				p, _ = ParsePay(c.field, c.text)
			}
			if p == nil {
				t.Fatalf("%q: no pay, want %v-%v %s %s", c.text, c.min, c.max, c.cur, c.unit)
			}
			if p.Min != c.min || p.Max != c.max || p.Currency != c.cur || p.Unit != c.unit {
				t.Errorf("%q: got %v-%v %s %s, want %v-%v %s %s", c.text, p.Min, p.Max, p.Currency, p.Unit, c.min, c.max, c.cur, c.unit)
			}
		})
	}
}

// What the new readers must leave alone.
func TestPayBaseOTETraps(t *testing.T) {
	fields := []string{
		"2024 and bonus",              // a year, no salary written
		"40 hours plus overtime",      // hours
		"50,000 base + 2,000 a month", // a second period: not one amount with extras
		"Competitive base plus bonus",
	}
	for _, s := range fields {
		if p := bareBaseExtras("pay_text", s); p != nil {
			t.Errorf("%q: read %v-%v %s, want nothing", s, p.Min, p.Max, p.Unit)
		}
	}
	if p, _ := ParsePay("text", "Our equipment budget is $2,500 per hire."); p != nil && p.Unit == model.UnitYear {
		t.Errorf("equipment budget read as a salary: %v %s", p.Min, p.Unit)
	}
	for _, s := range []string{
		"We serve 25,000 base stations across the region.", // "base" as a noun's modifier
		"Since 2019 base camp has grown.",
	} {
		if p := textBarePay("text", s); p != nil {
			t.Errorf("%q: read %v %s, want nothing", s, p.Min, p.Unit)
		}
	}
	if p := textBarePay("text", "The role pays 68,000 base plus commission."); p == nil || p.Min != 68000 || p.Unit != model.UnitYear {
		t.Errorf("pays N base plus commission: got %+v", p)
	}
}

// A perk's amount on its own line under the perk's label, with what it is
// spent on after it, is no pay.
func TestPayPerkSpendLine(t *testing.T) {
	for _, s := range []string{
		"Learning Budget\n$1,800/year for courses, books and conferences.",
		"Home office\n$750 for your home office setup, once.",
		"Growth\n$1,200 a year towards certifications.",
	} {
		if p, _ := ParsePay("text", s); p != nil {
			t.Errorf("%q: read %v-%v %s %s, want nothing", s, p.Min, p.Max, p.Currency, p.Unit)
		}
	}
	// A salary with its period and a purpose is still pay.
	if p, _ := ParsePay("text", "Salary: $95,000/year for this senior role."); p == nil || p.Min != 95000 {
		t.Errorf("salary for a role: got %+v", p)
	}
}
