package redflag

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestPersonalDataBeforeOffer: payroll and direct deposit excuse a request
// for bank or ID data only when it comes after an offer; asked before the
// interview or with the application, the request stands.
func TestPersonalDataBeforeOffer(t *testing.T) {
	runFlagCases(t, ScamPersonalData, []flagCase{
		{name: "payroll before the interview", l: listing("Office helper", concrete+" Send a copy of your passport and your bank account number so we can set up payroll before the interview."),
			fire: true, evidence: "copy of your passport", sev: model.SeverityHigh},
		{name: "direct deposit with the application", l: listing("Assistant", concrete+" Include your bank details for direct deposit with your application."),
			fire: true, evidence: "bank details", sev: model.SeverityHigh},
		{name: "onboarding to be considered", l: listing("Assistant", concrete+" To be considered, email your SSN and date of birth for onboarding."),
			fire: true, sev: model.SeverityHigh},

		{name: "payroll after the offer", l: listing("Analyst", concrete+" Once you accept the offer, HR collects your bank details for payroll."), fire: false},
		{name: "direct deposit at onboarding", l: listing("Analyst", concrete+" Bank details for direct deposit are collected during onboarding."), fire: false},
		{name: "never asked before the interview", l: listing("Analyst", concrete+" We will never ask for your bank details before the interview."), fire: false},
		{name: "clients' data before the interview", l: listing("Analyst", concrete+" You will verify clients' date of birth before the interview with our advisers."), fire: false},
	})
}
