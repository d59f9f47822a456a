package normalize

import "testing"

// TestPayCatalanWords: Catalan pay labels ("sou", "salari", "retribució"),
// the plural period adjectives ("mensuals", "anuals", "setmanals") and
// "i" joining a range's ends after "entre"/"de". Traps: figures with no
// currency or pay word, and "i" joining things that are not a range.
func TestPayCatalanWords(t *testing.T) {
	runPayTextCases(t, []payTextCase{
		{name: "sou with monthly plural", text: "Oferim un sou de 1.600 € bruts mensuals i horari flexible.", want: "1600 1600 EUR month"},
		{name: "salari with yearly plural", text: "Salari brut de 27.000 € anuals segons conveni.", want: "27000 27000 EUR year"},
		{name: "retribucio range with i", text: "Retribució: entre 1.300 i 1.700 euros bruts mensuals.", want: "1300 1700 EUR month"},
		{name: "weekly plural", text: "Sou de 400 € bruts setmanals.", want: "400 400 EUR week"},
		{name: "trap: counts joined by i", text: "Tenim 3 oficines i 120 treballadors a Girona.", want: "-"},
		{name: "trap: growth with no currency", text: "El 2023 vam créixer un 20 % i som 45 persones.", want: "-"},
	})
}

// TestPayAllowanceNamed: a stipend or allowance named beside an amount
// with what it pays for (after the amount, or its kind before it with a
// dash or "equivalent to"), and Spanish or Catalan transport and meal
// allowances, are no pay. Traps: a stipend that pays for nothing named is
// the pay, and a salary beside such an allowance keeps the salary.
func TestPayAllowanceNamed(t *testing.T) {
	runPayTextCases(t, []payTextCase{
		{name: "stipend for home office after", text: "We give every hire a $300 stipend for home office gear.", want: "-"},
		{name: "monthly stipend for lunch after", text: "Perks: a $200 monthly stipend for lunch on office days.", want: "-"},
		{name: "kind before with dash", text: "Tech allowance – equivalent to €40 per month.", want: "-"},
		{name: "spanish transport plus", text: "Plus de transporte de 90 € al mes.", want: "-"},
		{name: "catalan meal aid", text: "Ajuda de menjador de 8 € per dia treballat.", want: "-"},
		{name: "trap: intern stipend is pay", text: "Interns receive a stipend of $2,400 per month.", want: "2400 2400 USD month"},
		{name: "trap: salary beside an allowance", text: "Salary: $52,000 per year. We also offer a $60 stipend for internet.", want: "52000 52000 USD year"},
	})
}

// TestPayDealSizeAfter: an amount followed by "deals" ("$250K+ deals")
// sizes a sale, not the pay. Trap: a plus sign before other words still
// reads the pay.
func TestPayDealSizeAfter(t *testing.T) {
	runPayTextCases(t, []payTextCase{
		{name: "deals with plus", text: "You will close $250K+ deals with hospitals.", want: "-"},
		{name: "deals plain", text: "Experience closing $80,000 deals is a must.", want: "-"},
		{name: "trap: salary plus incentives", text: "Salary: £48,000 + incentives per year", want: "48000 48000 GBP year"},
	})
}

// TestPaySpanishBareSignAfter: a Spanish salary label's amount with its
// own currency sign after it is not read as a bare amount in the place's
// currency (a salary in millions of euros is no pay, not millions of
// dollars). Traps: a bare amount with no sign keeps the place's reading,
// and an ordinary salary with its sign is still read.
func TestPaySpanishBareSignAfter(t *testing.T) {
	runPayTextCases(t, []payTextCase{
		{name: "millions of euros after the label", text: "Sueldo: 4.500.000 € brutos al año", want: "-"},
		{name: "millions of euros after a plain label", text: "Salario: 2.500.000 € brutos anuales", want: "-"},
		{name: "trap: ordinary euro salary", text: "Sueldo: 28.000 € brutos anuales", want: "28000 28000 EUR year"},
	})
}

// TestPayPerPayPeriodReimbursement: a sum per pay period that pays
// something back ("$25/pay period internet reimbursement") is a perk, not
// an hourly wage. Traps: a rate that a reimbursement only follows stays
// pay, and so does a rate with its own period.
func TestPayPerPayPeriodReimbursement(t *testing.T) {
	runPayTextCases(t, []payTextCase{
		{name: "slash pay period reimbursement", text: "Perks: $25/pay period internet reimbursement.", want: "-"},
		{name: "per pay period reimbursement", text: "We add $15 per pay period phone reimbursement.", want: "-"},
		{name: "trap: hourly rate then a reimbursement", text: "Pay: $24/hr plus mileage reimbursement.", want: "24 24 USD hour"},
	})
}
