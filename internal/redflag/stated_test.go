package redflag

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Stated pay is what the listing says, not what normalization read: a
// named employer nothing else identifies, with a clerical title, is judged
// the same whether or not its bare-number salary field was parsed.

func TestAnonPayStatedNotParsed(t *testing.T) {
	named := func(l *model.Listing) { l.Company, l.CompanyInfo = "Employer 12", "" }
	read := func(l *model.Listing) {
		l.PayText = "30000 - 35000"
		l.Pay = &model.Pay{Min: 30000, Max: 35000, Currency: "USD", Unit: model.UnitYear, Source: model.FromText}
	}
	const text = "Key duties: keep the filing system in order and greet visitors."
	runFlagCases(t, ScamAnonEmployer, []flagCase{
		{name: "salary field left unread", l: listing("Office Clerk Intern", text, named, payText("30000 - 35000")), fire: false},
		{name: "salary field read", l: listing("Office Clerk Intern", text, named, read), fire: false},
		{name: "amount in the title", l: listing("Office Clerk Intern / $19", text, named, noPay), fire: false},
		{name: "paid role without an amount", l: listing("Office Clerk Intern", text+" This is a paid position; the salary is 30000 a year.", named, noPay), fire: false},
		{name: "nothing says the pay", l: listing("Office Clerk Intern", text, named, noPay), fire: true, sev: model.SeverityHigh},
		{name: "a pay field without an amount", l: listing("Office Clerk Intern", text, named, payText("Competitive")), fire: true},
	})
}

// The titles are internships: for them a generic title still needs a
// weak sign or a missing pay (see checkAnonEmployer), which is what these
// cases test.
func TestAnonWeakSignsWide(t *testing.T) {
	named := func(l *model.Listing) { l.Company, l.CompanyInfo = "Employer 12", "" }
	const text = "Key duties: keep the filing system in order and greet visitors."
	runFlagCases(t, ScamAnonEmployer, []flagCase{
		// A range whose ends are thousands of times apart.
		{name: "incoherent salary range", l: listing("Office Clerk Intern", text, named, payText("21-63000")), fire: true, evidence: "Office Clerk", field: FieldTitle},
		{name: "k on the high end only", l: listing("Office Clerk Intern", text, named, payText("20-30k")), fire: false},
		{name: "low end in thousands", l: listing("Office Clerk Intern", text, named, payText("£20-25,000")), fire: false},
		{name: "low end in thousands, twofold", l: listing("Office Clerk Intern", text, named, payText("20-40,000")), fire: false},
		{name: "hourly band", l: listing("Office Clerk Intern", text, named, payText("15 - 22")), fire: false},
		{name: "yearly band", l: listing("Office Clerk Intern", text, named, payText("$40,000 - $65,000")), fire: false},

		// A sex or an age band asked of applicants.
		{name: "sex asked", l: listing("Finance Assistant Intern", text+" Requirements: male or female, good English.", named, payText("25-30")), fire: true},
		{name: "age band asked", l: listing("Receptionist Intern", text+" Candidates aged 20-35 only.", named, payText("25-30")), fire: true},
		{name: "legal minimum age", l: listing("Receptionist Intern", text+" You must be 18 years of age or older.", named, payText("25-30")), fire: false},
		{name: "equal opportunity wording", l: listing("Receptionist Intern", text+" We are an equal opportunity employer: male or female, all are welcome.", named, payText("25-30")), fire: false},

		// No requirements at all.
		{name: "no requirements", l: listing("Data Entry Intern", text+" No requirements, apply today.", named, payText("25-30")), fire: true},
		{name: "requirements stated", l: listing("Data Entry Intern", text+" Requirements: two years of bookkeeping.", named, payText("25-30")), fire: false},

		// Without a clerical title two signs are needed; the evidence is
		// the first.
		{name: "two signs, other title", l: listing("Store Helper", "Stack shelves. No requirements.", named, payText("21-63000")), fire: true, evidence: "No requirements"},
		{name: "incoherent range alone, other title", l: listing("Store Helper", "Stack shelves.", named, payText("21-63000")), fire: false},
		{name: "sex and age band are one sign", l: listing("Store Helper", "Stack shelves. Male or female, aged 18-30.", named), fire: false},
		{name: "sex and no requirements", l: listing("Store Helper", "Stack shelves. Male or female. No special requirements.", named), fire: true, evidence: "No special requirements"},

		// An employer with a profile is not anonymous whatever its signs.
		{name: "identified employer", l: listing("Office Clerk Intern", text, payText("21-63000")), fire: false},
	})
}

// A name and a number asked together are a personal-data request in
// reviewers' terms; a number of something else is not.
func TestPersonalNameNumber(t *testing.T) {
	runFlagCases(t, ScamPersonalData, []flagCase{
		{name: "reply with name and number", l: listing("Promoter", concrete+" Like our page and reply with name, number."), fire: true, evidence: "name, number", sev: model.SeverityMedium},
		{name: "text your name and cell number", l: listing("Promoter", concrete+" Text your name & cell number to the hiring line."), fire: true, evidence: "name & cell number"},
		{name: "contact number and age", l: listing("Promoter", concrete+" Send us your contact number and age."), fire: true},

		{name: "company name and number of staff", l: listing("Analyst", concrete+" Include the company name and number of staff in each report you send."), fire: false},
		{name: "reference number", l: listing("Analyst", concrete+" Send your CV quoting the job name and reference number."), fire: false},
		{name: "not asked", l: listing("Analyst", concrete+" Callers give their name and number to the switchboard."), fire: false},
	})
}
