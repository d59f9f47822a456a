package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay in US and Canadian hourly, shift and care postings (audit H):
// a rate for each shift is a day's pay and one for each visit a piece's
// (pay_piece_words_after.go); a band printed with its midpoint runs from
// the first figure to the last (pay_midpoint_band.go); a list of shift
// differentials, a night or weekend rate written as a plus and on-call pay
// are add-ons (pay_benefit_differential.go); a bonus or perk word before
// another figure, a bar or a full stop does not reach the pay after it
// (pay_labels_world.go); retention and other named bonuses after an
// amount, and CEU, childcare and health-account sums, are no pay. Traps
// after each group.
func TestPayCareShiftRates(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "a shift's rate", p: model.Posting{Title: "Float Nurse", DescriptionText: "We pay $540 per shift worked."}, pay: "540 540 USD day"},
		{name: "slash shift", p: model.Posting{Title: "Usher", DescriptionText: "Earn $120/shift at concerts."}, pay: "120 120 USD day"},
		{name: "a range per long shift", p: model.Posting{Title: "Aide", DescriptionText: "Aides make $210 - $260 per 12 hr shift."}, pay: "210 260 USD day"},
		{name: "per night shift", p: model.Posting{Title: "Sitter", DescriptionText: "Compensation is $300 per overnight shift."}, pay: "300 300 USD day"},
		{name: "a home visit's rate", p: model.Posting{Title: "Visiting Therapist", DescriptionText: "Compensation: $88 per home visit."}, pay: "88 88 USD project"},
		{name: "slash visit range", p: model.Posting{Title: "Home Care RN", DescriptionText: "Rates run $60-$75/visit depending on type."}, pay: "60 75 USD project"},

		{name: "trap: a bonus for each shift", p: model.Posting{Title: "Aide", DescriptionText: "Pick up extra hours and get $40 per shift bonus."}, pay: "-"},
		{name: "trap: hourly rate, shifts counted after", p: model.Posting{Title: "Cook", DescriptionText: "We pay $19 per hour for 4 shifts a week."}, pay: "19 19 USD hour"},
		{name: "trap: hourly with a shift word later", p: model.Posting{Title: "Picker", DescriptionText: "Pay: $18.25/hr on the day shift."}, pay: "18.25 18.25 USD hour"},

		{name: "band with its midpoint", p: model.Posting{Title: "Scrub Tech", DescriptionText: "Hourly band (min - midpoint - max): $26.10 - $32.60 - $39.10"}, pay: "26.1 39.1 USD hour"},
		{name: "band with its midpoint after", p: model.Posting{Title: "Coordinator", DescriptionText: "Salary: $52,000 - $63,000 - $74,000 (minimum, midpoint, maximum)."}, pay: "52000 74000 USD year"},
		{name: "hourly ends, mid heading", p: model.Posting{Title: "Tech", DescriptionText: "Min / Mid / Max\n$21/hr - $25/hr - $29/hr"}, pay: "21 29 USD hour"},

		{name: "trap: third figure far above", p: model.Posting{Title: "Tech", DescriptionText: "Pay (midpoint shown): $20 - $24 - $90"}, pay: "20 24 USD hour"},
		{name: "trap: no midpoint word", p: model.Posting{Title: "Tech", DescriptionText: "Pay range $20 - $24. Overtime $36 after 40 hours."}, pay: "20 24 USD hour"},

		{name: "a list of differentials before the range", p: model.Posting{Title: "RN", DescriptionText: "Differentials: Evening $2/hr, Night $4.50/hr, Weekend $1.75/hr. Range $39 - $52/hr."}, pay: "39 52 USD hour"},
		{name: "a weekend rate as a plus", p: model.Posting{Title: "Aide", DescriptionText: "Night rate +$1.50/hr. Base pay $18/hr."}, pay: "18 18 USD hour"},
		{name: "on-call pay first", p: model.Posting{Title: "Sonographer", DescriptionText: "On-call pay: $4/hr. Rate: $36/hr."}, pay: "36 36 USD hour"},
		{name: "differentials alone", p: model.Posting{Title: "RN", DescriptionText: "Shift premiums: nights $3/hr; weekends $2/hr"}, pay: "-"},

		{name: "trap: a differential word elsewhere", p: model.Posting{Title: "Clinician", DescriptionText: "Differential diagnosis skills required. Rate: $27/hr."}, pay: "27 27 USD hour"},
		{name: "trap: a plus before a base rate", p: model.Posting{Title: "Porter", DescriptionText: "Wage: +$19/hr"}, pay: "19 19 USD hour"},

		{name: "a bonus sentence before the rate", p: model.Posting{Title: "Stocker", DescriptionText: "$750 hiring bonus. $17.50/hr."}, pay: "17.5 17.5 USD hour"},
		{name: "a bonus figure and a bar before the rate", p: model.Posting{Title: "LPN", DescriptionText: "Sign-on bonus $4,000 | Pay: $31-$35/hr"}, pay: "31 35 USD hour"},
		{name: "a bonus figure and a dash before the rate", p: model.Posting{Title: "RN", DescriptionText: "Bonus up to $8,000 - Wage $44/hr"}, pay: "44 44 USD hour"},
		{name: "a retention bonus", p: model.Posting{Title: "RN", DescriptionText: "Stay two years for a $6,000 retention bonus."}, pay: "-"},
		{name: "a completion incentive", p: model.Posting{Title: "Picker", DescriptionText: "Earn a $300 completion incentive after peak."}, pay: "-"},
		{name: "a CEU sum", p: model.Posting{Title: "RN", DescriptionText: "Yearly CEU funds of $750."}, pay: "-"},
		{name: "a childcare sum", p: model.Posting{Title: "Aide", DescriptionText: "Childcare support up to $150 monthly."}, pay: "-"},

		{name: "trap: bonus right before the amount", p: model.Posting{Title: "Clerk", DescriptionText: "Bonus: $1,000"}, pay: "-"},
		{name: "trap: retention as another word", p: model.Posting{Title: "Analyst", DescriptionText: "Customer retention analyst, $28/hr."}, pay: "28 28 USD hour"},
	})
}
