package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// blind3FixCases pin the fixes made for the third blind table
// (testdata/agreement_blind3.jsonl), written in other words than the
// table's, each category with a trap beside it that the fix must leave alone.
var blind3FixCases = []truthCase{
	// Pay periods that are no unit of their own; a pay schedule is no period.
	{name: "fortnightly amount", p: model.Posting{Title: "Porter", DescriptionText: "You take home $1,200 fortnightly."}, pay: "600 600 USD week"},
	{name: "biweekly range", p: model.Posting{Title: "Clerk", PayText: "$1,100 - $1,300 biweekly"}, pay: "550 650 USD week"},
	{name: "twice a month", p: model.Posting{Title: "Aide", DescriptionText: "Salary is $900 paid twice a month."}, pay: "1800 1800 USD month"},
	{name: "monthly paid biweekly stays monthly", p: model.Posting{Title: "Aide", DescriptionText: "We pay $2,100 a month, paid biweekly."}, pay: "2100 2100 USD month"},
	// A dollar's code after the period.
	{name: "aud after period", p: model.Posting{Title: "Tutor", DescriptionText: "Rate: $33 per hour (AUD)."}, pay: "33 33 AUD hour"},
	{name: "usd sign without code stays usd", p: model.Posting{Title: "Tutor", DescriptionText: "Rate: $33 per hour, paid by PayPal."}, pay: "33 33 USD hour"},
	// Lakh salaries with no rupee sign.
	{name: "lpa range without sign", p: model.Posting{Title: "Developer", DescriptionText: "Package: 4 - 7 LPA depending on skills."}, pay: "400000 700000 INR year"},
	{name: "lakh per annum", p: model.Posting{Title: "Tester", DescriptionText: "CTC of 5.5 lakhs per annum."}, pay: "550000 550000 INR year"},
	{name: "lac per annum", p: model.Posting{Title: "Tester", DescriptionText: "Offer: 9 lac per annum."}, pay: "900000 900000 INR year"},
	{name: "lakh of users is no pay", p: model.Posting{Title: "Tester", DescriptionText: "Our app serves 5 lakh users every day."}, pay: "-"},
	// Fees for the whole work: completion, a term, a dated engagement.
	{name: "fee on delivery", p: model.Posting{Title: "Logo", DescriptionText: "We pay $250 on delivery of the final files."}, pay: "250 250 USD project"},
	{name: "fee for the semester", p: model.Posting{Title: "Assistant", DescriptionText: "Award: $2,400 for the semester."}, pay: "2400 2400 USD project"},
	{name: "fee for a six-week engagement", p: model.Posting{Title: "Analyst", DescriptionText: "Paid $1,800 for the six-week engagement."}, pay: "1800 1800 USD project"},
	{name: "per approved item", p: model.Posting{Title: "Writer", DescriptionText: "Earn $40 per approved article."}, pay: "40 40 USD project"},
	// Pay words and periods in other languages.
	{name: "dutch year", p: model.Posting{Title: "Ontwikkelaar", DescriptionText: "Salaris: € 48.000 per jaar."}, pay: "48000 48000 EUR year"},
	{name: "german std", p: model.Posting{Title: "Aushilfe", DescriptionText: "Lohn: 15 € / Std."}, pay: "15 15 EUR hour"},
	{name: "french salary word", p: model.Posting{Title: "Comptable", DescriptionText: "Salaire : 38 000 - 42 000 EUR."}, pay: "38000 42000 EUR year"},
	{name: "package word", p: model.Posting{Title: "Engineer", DescriptionText: "Package: £60,000 + car allowance."}, pay: "60000 60000 GBP year"},
	{name: "euro amount without pay word stays out", p: model.Posting{Title: "Planner", DescriptionText: "Manage a portfolio of 38 000 EUR in client orders."}, pay: "-"},
	// Travel costs covered are no pay.
	{name: "travel expenses are no pay", p: model.Posting{Title: "Volunteer Driver", DescriptionText: "No wage; travel expenses up to $40 a day are covered."}, pay: "-"},
	{name: "pay beside expenses stays pay", p: model.Posting{Title: "Courier", DescriptionText: "Pay is $21/hr; travel expenses are covered."}, pay: "21 21 USD hour"},

	// Workplace wording in other languages.
	{name: "french full remote", p: model.Posting{Title: "Rédacteur", DescriptionText: "Poste en télétravail à 100 %."}, remote: "remote"},
	{name: "german office days", p: model.Posting{Title: "Analyst", Locations: []string{"Köln"}, DescriptionText: "Drei Tage im Büro, zwei Tage Homeoffice."}, remote: "hybrid"},
	{name: "spanish hybrid word", p: model.Posting{Title: "Analista", DescriptionText: "Modalidad de trabajo: híbrida."}, remote: "hybrid"},
	{name: "portuguese remote", p: model.Posting{Title: "Analista", DescriptionText: "Vaga 100% remota para todo o Brasil."}, remote: "remote", regions: "BR"},
	{name: "title denies remote", p: model.Posting{Title: "Line Cook (not remote)", Locations: []string{"Austin, TX"}}, remote: "onsite"},
	{name: "title non-remote", p: model.Posting{Title: "Lab Assistant - Non-Remote"}, remote: "onsite"},
	{name: "title remote note stays remote", p: model.Posting{Title: "Line Cook Trainer (Remote)"}, remote: "remote"},
	{name: "german no home office", p: model.Posting{Title: "Monteur", DescriptionText: "Keine Homeoffice-Möglichkeit, Arbeit vor Ort."}, remote: "onsite"},
	{name: "spanish in person", p: model.Posting{Title: "Cajero", DescriptionText: "Puesto presencial en Sevilla."}, remote: "onsite"},
	{name: "in-person interview is no on-site job", p: model.Posting{Title: "Recepcionista", DescriptionText: "Entrevista presencial en Lima; trabajo 100% remoto."}, remote: "remote"},
	{name: "bracketed contract type stays contract", p: model.Posting{Title: "Nurse", EmploymentType: "Full-time (Contract)"}, jobType: "contract"},
	{name: "english home office stipend is no place", p: model.Posting{Title: "Clerk", Locations: []string{"Dayton, OH"}, DescriptionText: "Perks: a home office stipend and free lunch."}, remote: "unknown"},
	{name: "french region after remote", p: model.Posting{Title: "Juriste", DescriptionText: "Télétravail depuis la Suisse."}, remote: "remote", regions: "CH"},
	// On-site wording in English.
	{name: "work from office", p: model.Posting{Title: "Associate", Locations: []string{"Pune, India"}, DescriptionText: "This is a work from office role."}, remote: "onsite"},
	{name: "isn't possible", p: model.Posting{Title: "Clerk", Locations: []string{"Remote"}, DescriptionText: "Sorry, remote working isn't possible for this job."}, remote: "onsite"},
	{name: "on site at the plant", p: model.Posting{Title: "Engineer", DescriptionText: "You will be on site at our partner's plant."}, remote: "onsite"},
	{name: "on site at the office twice a year stays remote", p: model.Posting{Title: "Engineer", Locations: []string{"Remote"}, DescriptionText: "You will be on site at our Denver office twice a year."}, remote: "remote"},
	{name: "some remote work is no remote role", p: model.Posting{Title: "Clerk", Locations: []string{"Leeds, UK"}, DescriptionText: "Some remote work is possible after training."}, remote: "unknown"},
	{name: "on site visits stay remote", p: model.Posting{Title: "Engineer", Locations: []string{"Remote"}, DescriptionText: "Fully remote, with on site visits once a year."}, remote: "remote"},
	{name: "five days in the office", p: model.Posting{Title: "Trader", Locations: []string{"Remote"}, DescriptionText: "Expect five days a week in our Leeds office."}, remote: "onsite"},
	{name: "based in the office full time", p: model.Posting{Title: "Manager", DescriptionText: "We're remote-first, but the job is based in our Oslo office full time."}, remote: "onsite"},
	// Hybrid schedules.
	{name: "in-office weekday span", p: model.Posting{Title: "Paralegal", DescriptionText: "In-office Tuesday through Thursday; Mondays and Fridays at home."}, remote: "hybrid"},
	{name: "office every weekday", p: model.Posting{Title: "Planner", Locations: []string{"Remote"}, DescriptionText: "We gather in the office every Tuesday."}, remote: "hybrid"},
	{name: "hybrid day count in brackets", p: model.Posting{Title: "Planner", DescriptionText: "Hybrid (3 days on site)."}, remote: "hybrid"},
	{name: "hybrid app in brackets is no schedule", p: model.Posting{Title: "Mobile Developer", Locations: []string{"Ghent, Belgium"}, DescriptionText: "Build our hybrid (web and native) app."}, remote: "unknown"},
	{name: "in-office in a city days", p: model.Posting{Title: "Sales", Locations: []string{"Remote"}, DescriptionText: "In-office in Boston 2 days/week."}, remote: "hybrid"},
	// Remote wording.
	{name: "fully telework", p: model.Posting{Title: "Analyst", DescriptionText: "This is a fully teleworking job."}, remote: "remote"},
	{name: "remote allowed", p: model.Posting{Title: "Engineer", DescriptionText: "Location: Lyon. Remote work is allowed."}, remote: "remote"},
	{name: "distributed team across", p: model.Posting{Title: "Engineer", DescriptionText: "A distributed team spanning five time zones."}, remote: "remote"},
	{name: "distributed systems stay unknown", p: model.Posting{Title: "Engineer", DescriptionText: "Build distributed systems across regions."}, remote: "unknown"},
	{name: "home-based with country", p: model.Posting{Title: "Adviser", DescriptionText: "Home based, Ireland."}, remote: "remote", regions: "IE"},
	{name: "remote in brackets", p: model.Posting{Title: "Analyst", DescriptionText: "Open to Canadian residents (remote)."}, remote: "remote"},
	{name: "remote sentence", p: model.Posting{Title: "Analyst", DescriptionText: "Eligible to work in Canada. Remote."}, remote: "remote", regions: "CA"},
	{name: "remote sensing sentence stays unknown", p: model.Posting{Title: "Analyst", DescriptionText: "Experience with remote sensing."}, remote: "unknown"},

	// Regions.
	{name: "emea written out", p: model.Posting{Title: "Seller", DescriptionText: "Remote (Europe, the Middle East & Africa)."}, regions: "EMEA"},
	{name: "state code list", p: model.Posting{Title: "Nurse", Locations: []string{"Remote"}, DescriptionText: "Must live in one of our states: OH, KY or IN."}, regions: "US"},
	{name: "country code list stays countries", p: model.Posting{Title: "Nurse", Locations: []string{"Remote"}, DescriptionText: "Must live in one of our countries: DE, FR or ES."}, regions: "DE,FR,ES"},
	{name: "remote role dash country", p: model.Posting{Title: "Linguist", DescriptionText: "Remote role — Italy."}, regions: "IT"},

	// Types.
	{name: "teilzeit", p: model.Posting{Title: "Kassierer", EmploymentType: "Teilzeit"}, jobType: "part_time"},
	{name: "cdd", p: model.Posting{Title: "Vendeur", EmploymentType: "CDD (6 mois)"}, jobType: "contract"},
	{name: "pasante title", p: model.Posting{Title: "Pasante de contabilidad"}, jobType: "internship"},
	{name: "tirocinante title", p: model.Posting{Title: "Tirocinante ufficio acquisti"}, jobType: "internship"},
	{name: "ft in brackets", p: model.Posting{Title: "Line Cook (FT)"}, jobType: "full_time"},
	{name: "pt inside a word stays unknown", p: model.Posting{Title: "Receptionist (PTO included)"}, jobType: "unknown"},
	{name: "week then part time", p: model.Posting{Title: "Page", DescriptionText: "About 12 hours a week - part time."}, jobType: "part_time"},
	{name: "co-op placement", p: model.Posting{Title: "Student", DescriptionText: "An 8-month co-op placement in our lab."}, jobType: "internship"},
	{name: "markdown type label", p: model.Posting{Title: "Annotator", DescriptionText: "**Employment type**: Freelance"}, jobType: "contract"},
	{name: "internship recruiter is no internship", p: model.Posting{Title: "Internship Recruiter", EmploymentType: "Full-time"}, jobType: "full_time"},
	{name: "volunteer manager is no volunteer", p: model.Posting{Title: "Volunteer Services Manager", EmploymentType: "Part-time"}, jobType: "part_time"},
	{name: "intern title stays internship", p: model.Posting{Title: "Program Management Intern", EmploymentType: "Full-time"}, jobType: "internship"},
}

func TestBlind3Fixes(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range blind3FixCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
