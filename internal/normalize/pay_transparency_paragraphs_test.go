package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay-transparency paragraphs of US and Canadian ATS
// postings, in this project's own words, with traps: a pay-range block of
// escaped markup inside a real element, a range whose ends each carry an
// abbreviated hourly unit with its period, and a home-working stipend that
// is a benefit, not the pay.
var payTransparencyCases = []truthCase{
	// escaped pay-range markup wrapped in a real element
	{name: "escaped pay-range spans inside a div", p: model.Posting{Title: "Analytics Engineer", DescriptionText: "<div>&lt;p&gt;Join our data group.&lt;/p&gt;&lt;div class=&quot;pay-range&quot;&gt;&lt;span&gt;$142,000&lt;/span&gt;&lt;span&gt;&amp;mdash;&lt;/span&gt;&lt;span&gt;$161,000 USD&lt;/span&gt;&lt;/div&gt;</div>"}, pay: "142000 161000 USD year"},
	{name: "escaped hourly block inside a section", p: model.Posting{Title: "Warehouse Lead", DescriptionText: "<section>&lt;div&gt;Hourly range&lt;/div&gt;&lt;div&gt;&lt;span&gt;$24.50&lt;/span&gt;&lt;span&gt;&amp;ndash;&lt;/span&gt;&lt;span&gt;$29.00 USD&lt;/span&gt;&lt;/div&gt;</section>"}, pay: "24.5 29 USD hour"},
	{name: "trap: a lone less-than sign in plain markup", p: model.Posting{Title: "Support Agent", DescriptionText: "<p>Teams of <5 people. Base salary $52,000 - $58,000.</p>"}, pay: "52000 58000 USD year"},
	// both ends carry "/Hr." with its period
	{name: "hourly ends each with an abbreviated unit", p: model.Posting{Title: "Network Technician", DescriptionText: "Rate: $42/Hr. - $47/Hr. on W2."}, pay: "42 47 USD hour"},
	{name: "hourly ends with an en dash after the period", p: model.Posting{Title: "Lab Assistant", DescriptionText: "Pay is $19/hr. – $23/hr. depending on shift."}, pay: "19 23 USD hour"},
	{name: "trap: a new sentence after the unit's period", p: model.Posting{Title: "Driver", DescriptionText: "Starting pay $21/hr. To apply send $0 fees: none."}, pay: "21 21 USD hour"},
	// a home-working stipend is a benefit
	{name: "trap: a work-from-home stipend is no pay", p: model.Posting{Title: "Designer", DescriptionText: "We give every hire a $750 work-from-home stipend and health cover."}, pay: "-"},
	{name: "trap: a wfh allowance is no pay", p: model.Posting{Title: "Recruiter", DescriptionText: "Perks: a $300 WFH allowance each year."}, pay: "-"},
	{name: "the salary still read beside a home stipend", p: model.Posting{Title: "Product Manager", DescriptionText: "Base salary: $130,000 - $150,000. Perks include a $600 work from home stipend."}, pay: "130000 150000 USD year"},
	// a bonus named in an aside between the pay word and the range
	{name: "salary band inclusive of a target bonus", p: model.Posting{Title: "Finance Manager", DescriptionText: "The salary band, inclusive of target bonus, is $150,000 - $175,000."}, pay: "150000 175000 USD year"},
	{name: "total pay including base and bonuses ranges from", p: model.Posting{Title: "Account Director", DescriptionText: "Total pay, including base salary and annual bonuses, ranges from $130,000 to $190,000."}, pay: "130000 190000 USD year"},
	{name: "trap: a retention bonus alone is no pay", p: model.Posting{Title: "Nurse", DescriptionText: "A retention bonus of $4,000 is paid after a year."}, pay: "-"},
	// the OTE figure named first with "range", the base after it
	{name: "ote range before the base range", p: model.Posting{Title: "Sales Executive", DescriptionText: "Our OTE range is $240,000 - $300,000. The base salary is $120,000 - $150,000."}, pay: "120000 150000 USD year"},
	// "total compensation" after the amount is the package, not a lump sum
	{name: "total compensation after a pay field range", p: model.Posting{Title: "Staff Engineer", PayText: "$210,000 - $260,000 total compensation"}, pay: "210000 260000 USD year"},
	{name: "trap: a project total stays a project", p: model.Posting{Title: "Logo design", PayText: "$400 total"}, pay: "400 400 USD project"},
}

func TestPayTransparencyCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range payTransparencyCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
