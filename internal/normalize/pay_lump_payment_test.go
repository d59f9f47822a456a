package normalize

import "testing"

// A payment's sum is a project's pay, not an hour's (pay_lump_payment.go).
func TestLumpPayment(t *testing.T) {
	runPayTextCases(t, []payTextCase{
		{name: "payment upon completion", text: "Estimated hours: 10. Payment: $200 (paid upon completion).", want: "200 200 USD project"},
		{name: "one-time payment of", text: "One-time payment of $150 upon completion.", want: "150 150 USD project"},
		{name: "project fee", text: "Project fee: $120", want: "120 120 USD project"},
		{name: "trap: a small payment may be a rate", text: "Payment: $25", want: "25 25 USD hour"},
		{name: "trap: a range", text: "Payment: $20-$25", want: "20 25 USD hour"},
		{name: "trap: its own period", text: "Payment: $95 per hour", want: "95 95 USD hour"},
		{name: "trap: pay alone", text: "Pay: $75", want: "75 75 USD hour"},
	})
}

// A sum paid on completing the work is the project's pay (fixedAfter,
// pay.go); a salary after completing probation or training is not.
func TestPayOnCompletingWork(t *testing.T) {
	runPayTextCases(t, []payTextCase{
		{name: "upon completing the project", text: "Students receive $500 upon completing the 20-hour project.", want: "500 500 USD project"},
		{name: "after finishing each assignment", text: "Fellows get €250 after finishing each assignment.", want: "250 250 EUR project"},
		{name: "on submitting your deliverables", text: "We pay $300 on submitting your final deliverables.", want: "300 300 USD project"},
		{name: "trap: after completing probation", text: "Salary: $52,000 after completing a 3-month probation.", want: "52000 52000 USD year"},
		{name: "trap: after completing training", text: "Earn $19 per hour after completing paid training.", want: "19 19 USD hour"},
	})
}
