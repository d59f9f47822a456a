package normalize

import "testing"

// TestPayStipendOnNextLine: a benefit stipend named right after an amount
// (or after its period) is no pay ("$900 monthly housing stipend"), but
// only on the amount's own line: a rate that ends its line is the pay,
// whatever perk the next line names ("Hourly Rate: $28.50" above "Housing
// stipend for relocating interns"). Traps: the stipend on the same line,
// after spaces or after the amount's period.
func TestPayStipendOnNextLine(t *testing.T) {
	runPayTextCases(t, []payTextCase{
		{name: "rate line then housing stipend line", text: "Pay\nHourly Rate: $28.50\nHousing stipend for relocating interns", want: "28.5 28.5 USD hour"},
		{name: "wage line then commuter allowance line", text: "Hourly wage $19.75\nCommuter allowance offered", want: "19.75 19.75 USD hour"},
		{name: "pound salary line then travel allowance line", text: "Salary: £31,000\nTravel allowance paid monthly", want: "31000 31000 GBP year"},
		{name: "salary with period then learning budget line", text: "Salary: $58,000 per year\nLearning budget available", want: "58000 58000 USD year"},
		{name: "salary line then gym reimbursement line", text: "Salary: $58,000\nGym reimbursement of $50", want: "58000 58000 USD year"},
		{name: "salary with period then wellness stipend line", text: "Salary: $58,000 per year\nWellness stipend of $50 per month", want: "58000 58000 USD year"},
		{name: "rate then mental health benefit line", text: "Pay: $32/hour\nMental health benefits through our partner", want: "32 32 USD hour"},
		{name: "trap: mental health benefit on the same line", text: "Perks include a $1,200 annual mental health benefit.", want: "-"},
		{name: "trap: stipend on the same line", text: "Perks: a $900 monthly housing stipend.", want: "-"},
		{name: "trap: period then perk on the same line", text: "We add $100 per month wellness stipend.", want: "-"},
		{name: "trap: travel stipend after spaces", text: "We add $1,200   travel stipend each year.", want: "-"},
	})
}
