package normalize

import "testing"

// TestCollectiveAgreementIndustry pins pay_collective_agreement_industry.go:
// the word "industry" naming the trade a collective agreement covers does not
// turn the minimum salary quoted from that agreement into a market figure.
// Traps: "industry" with no agreement named, an agreement sentence whose
// figure is a revenue, and an agreement with another cue (a bonus) before
// the amount.
func TestCollectiveAgreementIndustry(t *testing.T) {
	runPayTextCases(t, []payTextCase{
		{name: "agreement for the metal industry, monthly minimum",
			text: "Under the collective agreement for the metalworking industry the monthly base is EUR 2.950,40 gross per month.",
			want: "2950.4 2950.4 EUR month"},
		{name: "agreement named well before the industry",
			text: "Pay follows the collective bargaining scale of the chemical and plastics industry for this grade (3.110,00€ gross per month, full time).",
			want: "3110 3110 EUR month"},
		{name: "German agreement word, English sentence",
			text: "Kollektivvertrag: the rate set for the printing industry starts at EUR 2.700 gross per month.",
			want: "2700 2700 EUR month"},

		{name: "trap: industry figure with no agreement",
			text: "We lead an industry worth $40,000 per month to our partners.",
			want: "-"},
		{name: "trap: industry revenue beside an agreement",
			text: "We apply the collective agreement; the industry grew by EUR 4 billion last year.",
			want: "-"},
		{name: "trap: a bonus after the agreement's industry",
			text: "Collective agreement for the retail industry applies; referral bonus EUR 500 per month.",
			want: "-"},
	})
}
