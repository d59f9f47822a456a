package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// referralEachCases pin the "for each referral" words in badAfter
// (pay.go): a reward for every referral is no pay for the work. Traps: a
// fee for each completed task, and pay beside a separate referral note.
var referralEachCases = []truthCase{
	{name: "reward for each referral", p: model.Posting{Title: "Recruiter", DescriptionText: "Reward: $750 for each referral we hire."}, pay: "-"},
	{name: "per every successful referral", p: model.Posting{Title: "Nurse", DescriptionText: "Earn $300 per every successful referral."}, pay: "-"},

	{name: "trap: a fee for each task stays pay", p: model.Posting{Title: "Tester", DescriptionText: "We pay $12 for each completed test."}, pay: "12 12 USD project"},
	{name: "trap: pay beside a referral note", p: model.Posting{Title: "Nurse", DescriptionText: "Pay: $42/hour. Ask us about referrals."}, pay: "42 42 USD hour"},
}

func TestReferralEachCases(t *testing.T) { runFieldCases(t, referralEachCases) }
