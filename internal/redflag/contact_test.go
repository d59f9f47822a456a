package redflag

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Contact and identity consistency (issue 11): chat apps and personal
// webmail as the contact fire; an employer's warning that it never uses
// them does not.
func TestOffplatformWarnings(t *testing.T) {
	runFlagCases(t, ScamOffplatform, []flagCase{
		{name: "apply by chat app", l: listing("Tutor", concrete+" Message our coordinator on WhatsApp to book your interview."), fire: true, evidence: "WhatsApp"},
		{name: "interview by chat app", l: listing("Tutor", concrete+" The interview takes place on Telegram with our hiring lead."), fire: true, evidence: "Telegram"},
		{name: "webmail of a named company", l: listing("Tutor", concrete+" Write to our recruiter at lena.hiring@yahoo.com with your CV."), fire: true, evidence: "lena.hiring@yahoo.com"},
		{name: "urging, not denying", l: listing("Tutor", concrete+" Do not hesitate to text us on WhatsApp for the interview."), fire: true, evidence: "WhatsApp"},
		{name: "a denial in another clause", l: listing("Tutor", concrete+" We do not need a degree, contact us on Telegram to apply."), fire: true},
		{name: "no scam, then the app", l: listing("Tutor", concrete+" This is not a scam, message our HR on Signal app."), fire: true},

		{name: "employer warning", l: listing("Tutor", concrete+" Our recruiters will never ask you to interview over WhatsApp or Telegram."), fire: false},
		{name: "warning with a list", l: listing("Tutor", concrete+" Beware of impostors: we never contact applicants on Telegram, WhatsApp or Signal app."), fire: false},
		{name: "interviews are not held there", l: listing("Tutor", concrete+" Interviews are not held on Telegram."), fire: false},
		{name: "we don't", l: listing("Tutor", concrete+" We don't message candidates on WhatsApp."), fire: false},
		{name: "customer channel", l: listing("Support Agent", concrete+" You will answer our customers on WhatsApp and email."), fire: false},
	})
}

// Income claims: amounts per day or week that only look ordinary until
// the few hours they need are counted; network-marketing pitches.
func TestIncomeClaimsHours(t *testing.T) {
	runFlagCases(t, ScamTooGoodPay, []flagCase{
		{name: "weekly sum for two hours a day", l: listing("Helper", "Earn $1,000 a week from home working 2 hours a day.", noPay), fire: true, evidence: "$1,000 a week", sev: model.SeverityHigh},
		{name: "daily sum for thirty minutes", l: listing("Helper", "Make $100 per day. It takes 30 minutes a day.", noPay), fire: true, evidence: "$100 per day"},
		{name: "passive income", l: listing("Brand Partner", "Build a passive income with our wellness products.", noPay), fire: true, evidence: "passive income"},
		{name: "six figures from home", l: listing("Partner", "Reach a six-figure income from home within a year.", noPay), fire: true, evidence: "six-figure income from home"},

		{name: "great money from home", l: listing("Chat Host", "You can make great money from the comfort of your own home.", noPay), fire: true, evidence: "make great money from the comfort of your own home"},
		{name: "money from home on commission", l: listing("Sales Agent", "Earn good money from home on uncapped commission.", noPay), fire: false},

		{name: "ordinary day rate for a full day", l: listing("Helper", "We pay $150 a day for 8 hours a day of warehouse work.", noPay), fire: false},
		{name: "weekly pay, hours unknown", l: listing("Helper", "Earn $900 a week packing orders.", noPay), fire: false},
		{name: "users' passive income", l: listing("Engineer", concrete+" Our app helps users earn passive income from savings."), fire: false},
		{name: "denied", l: listing("Helper", concrete+" This is no passive income scheme: you bill your hours."), fire: false},
		{name: "six-figure salary", l: listing("Director", concrete+" The role pays a six-figure salary."), fire: false},
	})
}

// Telling applicants not to send details is no request for them.
func TestPersonalDataDenied(t *testing.T) {
	runFlagCases(t, ScamPersonalData, []flagCase{
		{name: "do not include", l: listing("Analyst", concrete+" Do not include a photo or your date of birth in your CV.", noPay), fire: false},
		{name: "send the CV, not the rest", l: listing("Analyst", concrete+" Please send your CV; do not send your age or marital status.", noPay), fire: false},
		{name: "no need to attach", l: listing("Analyst", concrete+" There is no need to attach a photo or give your age.", noPay), fire: false},

		{name: "asked with a photo", l: listing("Promoter", concrete+" Email your CV with a recent photo and your age."), fire: true, evidence: "recent photo"},
		{name: "a condition, not a denial", l: listing("Promoter", concrete+" Applicants who do not send a recent photo and their age will not be considered."), fire: true},
		{name: "don't forget is an ask", l: listing("Promoter", concrete+" Don't forget to send your full name, age and a photo."), fire: true},
	})
}

// "Only N positions" counts job openings; scarcity pressure is spots left.
func TestPressureOpenings(t *testing.T) {
	runFlagCases(t, ScamPressure, []flagCase{
		{name: "positions left", l: listing("Tester", concrete+" Only 2 positions left, so hurry."), fire: true, evidence: "Only 2 positions left"},
		{name: "spots", l: listing("Tester", concrete+" Just 4 spots available."), fire: true, evidence: "Just 4 spots available"},

		{name: "number of openings", l: listing("Tester", concrete+" Only 3 positions are open in Berlin; we review applications until June."), fire: false},
		{name: "only two openings a year", l: listing("Tester", concrete+" We take only two openings a year for this program."), fire: false},
	})
}

// A daily amount for a full working day is a day rate, not a lure.
func TestEarningsFullDay(t *testing.T) {
	runFlagCases(t, ScamTooGoodPay, []flagCase{
		{name: "day rate for eight hours", l: listing("Research Intern", "Our interns earn $200 per day on client projects of 8 hours a day.", noPay), fire: false},
		{name: "large daily sum, an hour a day", l: listing("Helper", "Earn $450 per day. It takes 1 hour a day.", noPay), fire: true, evidence: "$450 per day"},
		{name: "opening hours are not work hours", l: listing("Helper", "Earn $300 a day from home. Support is open 24 hours a day.", noPay), fire: true, evidence: "$300 a day"},
	})
}
