package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// siblingSpanCases pin pay_sibling_spans.go: ranges given one per place
// label, and a stipend given one amount per year, make one range from the
// lowest to the highest when a label is a remote option or a pay zone.
// Traps: city labels only, labels that name a part of the pay or a grade,
// a place range in another unit, a span far too wide, and a year tag on a
// lone amount.
var siblingSpanCases = []truthCase{
	{name: "lettered pay zones", p: model.Posting{Title: "Data Analyst", DescriptionText: "Zone 1: $70,000 - $88,000. Zone 2: $66,000 - $84,000."}, pay: "66000 88000 USD year"},
	{name: "three labels ending in remote", p: model.Posting{Title: "QA Lead", DescriptionText: "Seattle: $120,000 - $150,000; Denver: $110,000 - $140,000; Remote: $105,000 - $135,000"}, pay: "105000 150000 USD year"},
	{name: "yearly stipend ladder with pipes", p: model.Posting{Title: "Research Fellow", DescriptionText: "Fellowship: ₹31,000/- (Year 1) | ₹33,000/- (Year 2)"}, pay: "31000 33000 INR month"},

	{name: "trap: city labels only keep the first", p: model.Posting{Title: "Data Analyst", DescriptionText: "Chicago: $70,000 - $88,000. Austin: $66,000 - $84,000."}, pay: "70000 88000 USD year"},
	{name: "trap: bonus label after a place", p: model.Posting{Title: "Sales Manager", DescriptionText: "Remote: $90,000 - $110,000. Bonus: $10,000 - $20,000."}, pay: "90000 110000 USD year"},
	{name: "trap: level labels are grades", p: model.Posting{Title: "Engineer", DescriptionText: "Level 2: $90,000 - $110,000. Level 5: $180,000 - $230,000."}, pay: "90000 110000 USD year"},
	{name: "trap: an hourly range beside a yearly one", p: model.Posting{Title: "Support Agent", DescriptionText: "Phoenix: $52,000 - $60,000. Remote: $24 - $28."}, pay: "52000 60000 USD year"},
	{name: "trap: second range far above", p: model.Posting{Title: "Engineer", DescriptionText: "Lisbon: €30,000 - €36,000. Remote: €110,000 - €140,000."}, pay: "30000 36000 EUR year"},
	{name: "trap: year tag on one amount only", p: model.Posting{Title: "Research Fellow", DescriptionText: "Fellowship: ₹31,000/- (Year 1), then as per rules"}, pay: "31000 31000 INR month"},
}

func TestSiblingSpanCases(t *testing.T) { runFieldCases(t, siblingSpanCases) }

// siblingSpanLeadCases: a sentence before the first label does not hide it.
var siblingSpanLeadCases = []truthCase{
	{name: "a lead sentence before the labels", p: model.Posting{Title: "QA Lead", DescriptionText: "The pay by location. Boise: $90,000 - $104,000. Remote: $86,000 - $100,000."}, pay: "86000 104000 USD year"},
}

func TestSiblingSpanLeadCases(t *testing.T) { runFieldCases(t, siblingSpanLeadCases) }

// siblingSpanTierCases: numbered location tiers are pay zones too.
var siblingSpanTierCases = []truthCase{
	{name: "location tiers", p: model.Posting{Title: "Designer", DescriptionText: "Pay by region. Tier 2: $96,000 - $112,000. Tier 1 (Boston, DC): $118,000 - $134,000."}, pay: "96000 134000 USD year"},
	{name: "trap: grade labels stay apart", p: model.Posting{Title: "Designer", DescriptionText: "Grade 2: $96,000 - $112,000. Grade 1: $118,000 - $134,000."}, pay: "96000 112000 USD year"},
}

func TestSiblingSpanTierCases(t *testing.T) { runFieldCases(t, siblingSpanTierCases) }
