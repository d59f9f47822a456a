package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// getVerbCases pin barepay_get_verb.go: a bare amount with a period right
// after "get", said of the worker, is pay. Traps: "we get" (a count of
// visitors or orders), money got for meals or travel, an amount with no
// period, and a period whose size rules the amount out.
var getVerbCases = []truthCase{
	{name: "should get per day", p: model.Posting{Title: "Labourer", DescriptionText: "Hoping to find site work, I should get 140 per day at least."}, pay: "140 140 USD day"},
	{name: "you will get monthly", p: model.Posting{Title: "Caretaker", DescriptionText: "Live-in role: you will get 1,100 monthly plus a room."}, pay: "1100 1100 USD month"},
	{name: "to get hourly", p: model.Posting{Title: "Tutor", DescriptionText: "Tutors expect to get 28 hourly for evening lessons."}, pay: "28 28 USD hour"},
	{name: "can get pd", p: model.Posting{Title: "Driver", DescriptionText: "Drivers can get 160 pd on long routes."}, pay: "160 160 USD day"},

	{name: "trap: we get visitors", p: model.Posting{Title: "Shop Assistant", DescriptionText: "We get 300 per day through the doors in summer."}, pay: "-"},
	{name: "trap: get money for meals", p: model.Posting{Title: "Field Engineer", DescriptionText: "On site you will get 35 per day for meals and fuel."}, pay: "-"},
	{name: "trap: get money in allowance", p: model.Posting{Title: "Field Engineer", DescriptionText: "You get 50 a day as travel allowance."}, pay: "-"},
	{name: "trap: get with no period", p: model.Posting{Title: "Helper", DescriptionText: "You will get 150 points on sign-up."}, pay: "-"},
	{name: "trap: too small for a day", p: model.Posting{Title: "Helper", DescriptionText: "You will get 2 per day off in busy weeks."}, pay: "-"},
}

func TestGetVerbCases(t *testing.T) { runFieldCases(t, getVerbCases) }
