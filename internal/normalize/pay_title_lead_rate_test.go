package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Titles that open with an hourly rate and no currency sign, read as the
// hour's pay in the money of the listing's place, with near misses that
// must keep their reading (pay_title_lead_rate.go).
var titleLeadRateCases = []truthCase{
	{name: "an opening rate before the post's name", p: model.Posting{Title: "19/hr Forklift Operator - Nights"}, pay: "19 19 USD hour"},
	{name: "an opening rate with cents and the word hour", p: model.Posting{Title: "21.75/Hour Claims Assistant (Work From Home)"}, pay: "21.75 21.75 USD hour"},
	{name: "an opening rate with a dot after hr", p: model.Posting{Title: "23/hr. Pharmacy Technician"}, pay: "23 23 USD hour"},
	{name: "an opening rate in a Canadian listing", p: model.Posting{Title: "18/hr Line Cook", Locations: []string{"Calgary, AB, Canada"}}, pay: "18 18 CAD hour"},
	{name: "an opening rate with a decimal comma in Britain", p: model.Posting{Title: "11,90/hr Cleaner", Locations: []string{"Leeds, UK"}}, pay: "11.9 11.9 GBP hour"},
	{name: "a rate in the text with its currency wins", p: model.Posting{Title: "17/hr Packer", DescriptionText: "Pay: $19 per hour after training."}, pay: "19 19 USD hour"},
	{name: "trap: a rate later in the title", p: model.Posting{Title: "Packer - 17/hr"}, pay: "-"},
	{name: "trap: round-the-clock support", p: model.Posting{Title: "24/7 Help Desk Analyst"}, pay: "-"},
	{name: "trap: hours a week, not a rate", p: model.Posting{Title: "30/hrs Weekly Receptionist"}, pay: "-"},
	{name: "trap: a rate alone with no post named", p: model.Posting{Title: "20/hr"}, pay: "-"},
	{name: "trap: too small for an hour's pay", p: model.Posting{Title: "2/hr Survey Clicker"}, pay: "-"},
	{name: "trap: too large for an hour's pay", p: model.Posting{Title: "400/hour Expert Witness"}, pay: "-"},
	{name: "trap: a fraction before the name", p: model.Posting{Title: "1/2 Time Librarian"}, pay: "-"},
	{name: "trap: a dollar rate keeps its own reading", p: model.Posting{Title: "$16/hr Retail Associate"}, pay: "16 16 USD hour"},
}

func TestTitleLeadRateCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range titleLeadRateCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
