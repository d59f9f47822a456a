package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// bonusSentenceEndCases pin the end of badBefore's reach (pay.go): a word
// naming money that is no pay ("bonus", "referral", "relocation") turns
// away an amount after it in the same clause only. "!", "?" and ";" end
// the clause as a full stop does, so the salary after "... signing bonus!"
// is read. Traps: the bonus amount itself, and an amount in the bonus's
// own clause.
var bonusSentenceEndCases = []truthCase{
	{name: "exclamation after a bonus", p: model.Posting{Title: "Data Engineer", PayText: "$4,000 sign-on bonus! Base pay $92,000 - $118,000 a year"}, pay: "92000 118000 USD year"},
	{name: "semicolon after a bonus", p: model.Posting{Title: "Data Engineer", PayText: "Relocation bonus available; $31 per hour"}, pay: "31 31 USD hour"},
	{name: "question after a referral", p: model.Posting{Title: "Data Engineer", DescriptionText: "Know someone great? Ask about our referral bonus? We pay $27 per hour."}, pay: "27 27 USD hour"},

	{name: "trap: the bonus amount alone", p: model.Posting{Title: "Data Engineer", PayText: "Sign-on bonus $4,000!"}, pay: "-"},
	{name: "trap: an amount in the bonus clause", p: model.Posting{Title: "Data Engineer", DescriptionText: "Referral bonus paid at $500 per month for a year."}, pay: "-"},
}

func TestBonusSentenceEndCases(t *testing.T) {
	for _, tc := range bonusSentenceEndCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
