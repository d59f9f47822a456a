package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// African and South Asian boards. "Rs" pay placed in a
// Nepalese or Sri Lankan town other than the capital, Sri Lankan pay over
// a lakh with no period (a month's, as the country quotes it), and the
// work-based learning kinds of African boards in an employment field, in
// this project's own words, with traps.
var africanSouthAsianCases = []truthCase{
	// "Rs" in a Nepalese or Sri Lankan town is that country's rupee
	{name: "rs in a nepalese lake town", p: model.Posting{Title: "Hotel Receptionist", Locations: []string{"Pokhara"}, PayText: "Rs. 22,000 - 28,000"}, pay: "22000 28000 NPR month"},
	{name: "rs in a nepalese eastern town", p: model.Posting{Title: "Shop Supervisor", Locations: []string{"Biratnagar, Nepal"}, PayText: "Rs 35,000"}, pay: "35000 35000 NPR month"},
	{name: "rs in a sri lankan suburb", p: model.Posting{Title: "QA Engineer", Locations: []string{"Nugegoda"}, PayText: "Rs. 90,000 - 140,000"}, pay: "90000 140000 LKR month"},
	{name: "rs in a sri lankan hill town", p: model.Posting{Title: "Tea Estate Clerk", Locations: []string{"Kandy"}, PayText: "Rs. 45,000"}, pay: "45000 45000 LKR month"},
	// Sri Lankan pay over a lakh with no period is still a month's
	{name: "sri lankan lakhs a month", p: model.Posting{Title: "Tech Lead", Locations: []string{"Colombo 07"}, PayText: "Rs. 300,000 - 450,000"}, pay: "300000 450000 LKR month"},
	{name: "trap: sri lankan pay stated yearly", p: model.Posting{Title: "Tech Lead", Locations: []string{"Colombo 07"}, PayText: "Rs. 960,000 per annum"}, pay: "960000 960000 LKR year"},
	{name: "trap: rs in an indian town stays inr", p: model.Posting{Title: "Telecaller", Locations: []string{"Pune"}, PayText: "Rs. 18,000"}, pay: "18000 18000 INR month"},
	{name: "trap: rupee sign in a nepalese town stays inr", p: model.Posting{Title: "Analyst", Locations: []string{"Pokhara"}, PayText: "₹40,000 per month"}, pay: "40000 40000 INR month"},

	// work-based learning kinds in an employment field
	{name: "learnership field", p: model.Posting{Title: "Call Centre Agent Programme", EmploymentType: "Learnership"}, jobType: "internship"},
	{name: "industrial attachment field", p: model.Posting{Title: "Electrical Student", EmploymentType: "Industrial Attachment"}, jobType: "internship"},
	{name: "attachment field alone", p: model.Posting{Title: "Accounts Student", EmploymentType: "Attachment"}, jobType: "internship"},
	{name: "siwes field", p: model.Posting{Title: "Lab Student Placement", EmploymentType: "SIWES"}, jobType: "internship"},
	{name: "graduate trainee field", p: model.Posting{Title: "Operations Programme", EmploymentType: "Graduate Trainee"}, jobType: "internship"},
	{name: "management trainee field", p: model.Posting{Title: "Retail Programme", EmploymentType: "Management Trainee"}, jobType: "internship"},
	{name: "trap: full time stays beside a learnership title", p: model.Posting{Title: "Learnership Coordinator", EmploymentType: "Full Time"}, jobType: "full_time"},
	{name: "trap: contract field stays", p: model.Posting{Title: "Assessor", EmploymentType: "Contract"}, jobType: "contract"},
}

func TestAfricanSouthAsianCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range africanSouthAsianCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
