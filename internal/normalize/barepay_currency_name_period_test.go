package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// bareNamePeriodCases pin barepay_currency_name_period.go: a bare figure,
// a currency's name, then the period. Traps: a name with no period stays
// as it was read, a name that is no currency, a count of people.
var bareNamePeriodCases = []truthCase{
	{name: "taka by the month", p: model.Posting{Title: "Officer", Locations: []string{"Sylhet, Bangladesh"}, DescriptionText: "Salary: 28,000 taka per month with lunch."}, pay: "28000 28000 BDT month"},
	{name: "naira monthly", p: model.Posting{Title: "Officer", Locations: []string{"Enugu, Nigeria"}, DescriptionText: "Salary: 210,000 Naira monthly after probation."}, pay: "210000 210000 NGN month"},
	{name: "shillings a month range", p: model.Posting{Title: "Officer", Locations: []string{"Kisumu, Kenya"}, DescriptionText: "Salary: 45,000 - 55,000 shillings a month."}, pay: "45000 55000 KES month"},
	{name: "cedis per week", p: model.Posting{Title: "Labourer", Locations: []string{"Tamale, Ghana"}, DescriptionText: "Wage: 1,050 cedis per week."}, pay: "1050 1050 GHS week"},
	{name: "taka with no place given", p: model.Posting{Title: "Data Entry Operator", DescriptionText: "Salary: 25,000 taka per month, paid by bank transfer."}, pay: "25000 25000 BDT month"},
	{name: "naira with no place given", p: model.Posting{Title: "Writer", DescriptionText: "Pay: 80,000 naira monthly for 20 articles."}, pay: "80000 80000 NGN month"},
	{name: "rupees with no place given", p: model.Posting{Title: "Tutor", DescriptionText: "Stipend: 12,000 rupees per month."}, pay: "12000 12000 INR month"},
	{name: "pesos in Manila", p: model.Posting{Title: "Virtual Assistant", Locations: []string{"Manila, Philippines"}, DescriptionText: "Salary: 22,000 pesos per month."}, pay: "22000 22000 PHP month"},
	{name: "trap: pesos with no place are no dollars", p: model.Posting{Title: "Virtual Assistant", DescriptionText: "Salary: 40,000 pesos per month."}, pay: "-"},
	{name: "trap: shillings with no place are no dollars", p: model.Posting{Title: "Field Officer", DescriptionText: "Salary: 30,000 shillings a month."}, pay: "-"},
	{name: "trap: pesos in London take no pounds", p: model.Posting{Title: "Translator", Locations: []string{"London, UK"}, DescriptionText: "Salary: 40,000 pesos per month."}, pay: "-"},
	{name: "trap: a count of people", p: model.Posting{Title: "Officer", Locations: []string{"Lagos, Nigeria"}, DescriptionText: "We serve 40,000 customers per month."}, pay: "-"},
	{name: "trap: a price in naira per item", p: model.Posting{Title: "Seller", Locations: []string{"Lagos, Nigeria"}, DescriptionText: "Each bag sells for 5,000 naira per unit."}, pay: "-"},
}

func TestBareNamePeriodCases(t *testing.T) {
	runFieldCasesShortAndLong(t, bareNamePeriodCases)
}
