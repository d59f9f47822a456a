package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// probeSession62Cases pin the fixes guided by two blind probe batches
// (issue 11), each in our own words, with traps beside them.
var probeSession62Cases = []truthCase{
	// Pay.
	{name: "lakh fixed plus a variable amount", p: model.Posting{Title: "Business Development Associate", Locations: []string{"Pune, Maharashtra"},
		DescriptionText: "CTC: 5.2 LPA fixed + up to 1.5 LPA variable linked to monthly targets."}, pay: "520000 520000 INR year"},
	{name: "dotted p.h.", p: model.Posting{Title: "Kitchen Hand", Locations: []string{"Geelong VIC 3220"},
		DescriptionText: "We need help on weekends. AUD $29.50 p.h. + super, paid weekly."}, pay: "29.5 29.5 AUD hour"},
	{name: "Australian state code alone makes dollars Australian", p: model.Posting{Title: "Fruit Picker", Locations: []string{"Mildura VIC"},
		DescriptionText: "Pay is $1,050 per week before tax, with shared housing on the farm."}, pay: "1050 1050 AUD week"},
	{name: "trap: a US state code keeps US dollars", p: model.Posting{Title: "Fruit Picker", Locations: []string{"Yakima, WA"},
		DescriptionText: "Pay is $1,050 per week before tax."}, pay: "1050 1050 USD week"},
	{name: "equipment stipend is no pay", p: model.Posting{Title: "Marketing Intern (Unpaid)", Locations: []string{"Remote - US"},
		DescriptionText: "This is an unpaid, for-credit internship. Every intern gets a one-time $250 stipend to buy a headset and webcam."}, pay: "-"},
	{name: "home office allowance is no pay", p: model.Posting{Title: "Volunteer Researcher", Locations: []string{"Remote"},
		DescriptionText: "Volunteers receive a $150 allowance for home office equipment."}, pay: "-"},
	{name: "trap: a stipend for the summer stays pay", p: model.Posting{Title: "Research Intern", Locations: []string{"Remote - US"},
		DescriptionText: "Interns receive a $4,000 stipend for the summer and a $200 allowance for home office equipment."}, pay: "4000 4000 USD project"},

	// Work mode.
	{name: "remote type label", p: model.Posting{Title: "Payroll Specialist", Locations: []string{"Omaha, NE"},
		DescriptionText: "Remote Type: Hybrid. Worker Type: Regular. Process biweekly payroll for 900 staff."}, remote: "hybrid"},
	{name: "can work fully remotely", p: model.Posting{Title: "UX Writer", Locations: []string{"Porto, Portugal"},
		DescriptionText: "You may opt to work fully remotely or from our Porto office, as you prefer."}, remote: "remote"},
	{name: "comfort of your home", p: model.Posting{Title: "Math Tutor", DescriptionText: "Tutor high-school students over video from the comfort of your own home."}, remote: "remote"},
	{name: "while a team is remote-friendly, this role", p: model.Posting{Title: "Process Technician", Locations: []string{"Dayton, OH"},
		DescriptionText: "While most of our office staff are remote-first, this position requires on-site presence at our molding plant."}, remote: "onsite"},
	{name: "study day is no home day", p: model.Posting{Title: "Apprentice Data Analyst", Locations: []string{"Derby, UK"},
		DescriptionText: "You'll work four days a week at our Derby office and spend one day a week at college."}, remote: "onsite"},
	{name: "trap: study day beside home days", p: model.Posting{Title: "Apprentice Data Analyst", Locations: []string{"Derby, UK"},
		DescriptionText: "You'll work three days a week at our Derby office, one day a week from home and one day a week at college."}, remote: "hybrid"},
	{name: "days from a named place and the rest from home", p: model.Posting{Title: "Housing Officer", Locations: []string{"Gateshead"},
		DescriptionText: "You would normally work three days per week from the Civic Centre and the remaining days from home."}, remote: "hybrid"},
	{name: "FIFO roster", p: model.Posting{Title: "Electrical Fitter", Locations: []string{"Port Hedland WA"},
		DescriptionText: "FIFO ex Perth on an 8:6 roster. Flights and camp accommodation provided."}, remote: "onsite"},
	{name: "field service title", p: model.Posting{Title: "Field Service Technician - Packaging Lines", Locations: []string{"Kenosha, WI"},
		DescriptionText: "Install and repair case packers at customer plants; travel up to 60%."}, remote: "onsite"},
	{name: "trap: a FIFO queue", p: model.Posting{Title: "Go Developer", Locations: []string{"Perth"},
		DescriptionText: "Build a FIFO queue for our order service."}, remote: "unknown"},
	{name: "based in one of our offices", p: model.Posting{Title: "Audit Associate", Locations: []string{"Denver, CO"},
		DescriptionText: "Associates are based in one of our regional offices and travel to client sites."}, remote: "onsite"},

	// Region.
	{name: "spaced dash ends a list", p: model.Posting{Title: "Account Manager", Locations: []string{"Remote"},
		DescriptionText: "This is a remote role for people living in Ireland or Portugal – you'll need the right to work there."}, regions: "IE,PT"},
	{name: "hire in a list via an EOR partner", p: model.Posting{Title: "Support Agent", Locations: []string{"Remote"},
		DescriptionText: "Remote role. We can hire in Mexico, Chile and Peru via our employer-of-record partner."}, regions: "MX,CL,PE"},
	{name: "offset range with its places in brackets", p: model.Posting{Title: "SRE", Locations: []string{"Remote"},
		DescriptionText: "Remote. Open to candidates between UTC-1 and UTC+4 (Europe, Africa and the Middle East)."}, regions: "EMEA"},
	{name: "Europe, Africa and the Middle East named one by one", p: model.Posting{Title: "SRE", Locations: []string{"Remote"},
		DescriptionText: "Remote. Open to candidates in Europe, Africa and the Middle East."}, regions: "EMEA"},
	{name: "countries where we have an entity", p: model.Posting{Title: "Paralegal", Locations: []string{"Remote - Europe"},
		DescriptionText: "Remote in any country where we have a legal entity: Spain, Italy or Portugal."}, regions: "ES,IT,PT"},

	// Type.
	{name: "fixed-term contract sentence over a full-time field", p: model.Posting{Title: "Events Assistant", EmploymentType: "FULL_TIME",
		DescriptionText: "This is a 6-month fixed-term contract, working full-time hours."}, jobType: "contract"},
	{name: "full-time, fixed-term position over a full-time field", p: model.Posting{Title: "Policy Officer", EmploymentType: "Full time",
		DescriptionText: "This is a full-time, fixed-term position for 18 months."}, jobType: "contract"},
	{name: "fixed term in a title over a full-time field", p: model.Posting{Title: "Lab Technician (Fixed-Term, 9 Months)", EmploymentType: "Full-time"}, jobType: "contract"},
	{name: "trap: a permanent full-time field and title", p: model.Posting{Title: "Lab Technician", EmploymentType: "Full-time",
		DescriptionText: "A permanent role; fixed-term cover staff report to you."}, jobType: "full_time"},
	{name: "full-time statement over a part-time field", p: model.Posting{Title: "Office Administrator", EmploymentType: "Part-time",
		DescriptionText: "This is a full-time, permanent position, 37.5 hours per week."}, jobType: "full_time"},
	{name: "trap: not a full-time position", p: model.Posting{Title: "Office Administrator", EmploymentType: "Part-time",
		DescriptionText: "This is not a full-time position; 20 hours a week."}, jobType: "part_time"},
	{name: "graduate trainee role is permanent and full-time", p: model.Posting{Title: "Graduate Trainee - Logistics", EmploymentType: "INTERN",
		DescriptionText: "Our Graduate Trainee role is a permanent, full-time position with a six-month rotation."}, jobType: "full_time"},
	{name: "graduate trainee with a permanent contract sentence", p: model.Posting{Title: "Graduate Trainee - Buying", EmploymentType: "Full-time",
		DescriptionText: "An 18-month trainee programme leading to an assistant buyer role. Permanent contract, 37.5 hours per week."}, jobType: "full_time"},
	{name: "live project for students", p: model.Posting{Title: "Live Project for Second-Year Students - Brand Audit", Locations: []string{"Remote"},
		DescriptionText: "A 3-week project, about 8 hours a week. Stipend: ₹4,000 on completion."}, jobType: "micro_internship"},

	// A second pair of blind batches.
	{name: "employ you through an EOR if you live in a list", p: model.Posting{Title: "Backend Developer", Locations: []string{"Remote"},
		DescriptionText: "This role is remote. We can employ you through Deel if you live in Chile, Peru or Uruguay."}, regions: "CL,PE,UY"},
	{name: "hire anywhere in a country beside an office place", p: model.Posting{Title: "Android Engineer", Locations: []string{"Vancouver, BC"},
		DescriptionText: "This role is remote. We can hire anywhere in Canada."}, regions: "CA"},
	{name: "hire in both the listed country and another", p: model.Posting{Title: "Onboarding Specialist", Locations: []string{"Remote - US"},
		DescriptionText: "This role is fully remote. We can hire in both the US and Mexico through our employer of record."}, regions: "US,MX"},
	{name: "state codes before a clause", p: model.Posting{Title: "Therapist (Telehealth)", Locations: []string{"Remote"},
		DescriptionText: "This is a fully remote position. You must reside in one of the following states: NV, OR, WA or ID, and hold a license there."}, regions: "US"},
	{name: "an area field and the demand's whole list", p: model.Posting{Title: "Claims Reviewer", Locations: []string{"Remote - ANZ"},
		DescriptionText: "Remote; you must live in Australia or New Zealand."}, regions: "AU,NZ"},
	{name: "world less the countries under US sanctions", p: model.Posting{Title: "SDK Maintainer", Locations: []string{"Remote"},
		DescriptionText: "We hire worldwide, excluding countries under comprehensive U.S. sanctions."}, regions: "worldwide"},
	{name: "trap: world less the US", p: model.Posting{Title: "SDK Maintainer", Locations: []string{"Remote"},
		DescriptionText: "We hire worldwide, excluding the US and countries under sanctions."}, regions: "none"},
	{name: "the whole team works from home on a weekday", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Cork, Ireland"},
		DescriptionText: "Our office is on the quays and the whole team works from home on Mondays."}, remote: "hybrid"},
	{name: "role fully in-office over a perk's office days", p: model.Posting{Title: "Facilities Coordinator", Locations: []string{"Austin, TX"},
		DescriptionText: "Catered lunch in the office three days a week. This role is fully on-site in Austin, Monday to Friday."}, remote: "onsite"},
	{name: "mobile role covering a region", p: model.Posting{Title: "Support Worker", Locations: []string{"Truro, Cornwall"},
		DescriptionText: "This is a mobile role covering West Cornwall; you'll visit people in their homes."}, remote: "onsite"},
	{name: "trap: mobile app role", p: model.Posting{Title: "Engineer", Locations: []string{"Remote"},
		DescriptionText: "This is a mobile role on our app team."}, remote: "remote"},
	{name: "live-in on-campus position", p: model.Posting{Title: "Residence Director", Locations: []string{"Ithaca, NY"},
		DescriptionText: "The Residence Director is a live-in, on-campus position."}, remote: "onsite"},
	{name: "another team's remote work beside a hands-on title", p: model.Posting{Title: "Dental Assistant", Locations: []string{"Boise, ID"},
		DescriptionText: "Chairside assisting in a busy family practice. Our remote billing team handles insurance claims."}, remote: "onsite"},
	{name: "sales volume is no pay", p: model.Posting{Title: "Mortgage Loan Officer", Locations: []string{"Charlotte, NC"},
		DescriptionText: "Commission-only: your split rises after your first $2,000,000 in closed volume."}, pay: "-"},
	{name: "hired for the summer season", p: model.Posting{Title: "Pool Attendant", Locations: []string{"Ocean City, MD"},
		DescriptionText: "We are hiring pool attendants for the summer season, May 24 to September 2."}, jobType: "contract"},
	{name: "trap: a task for the holiday season", p: model.Posting{Title: "Marketing Manager", Locations: []string{"Denver, CO"},
		DescriptionText: "You will plan our campaigns for the holiday season."}, jobType: "unknown"},
	{name: "months contract sentence over a full-time field", p: model.Posting{Title: "BI Developer", EmploymentType: "FULL_TIME",
		DescriptionText: "This is a 4-month contract to rebuild our sales dashboards."}, jobType: "contract"},
	{name: "a company's seat is no region", p: model.Posting{Title: "Frontend Developer", Locations: []string{"Remote"},
		DescriptionText: "Tidepool is a small analytics company based in Austin with a fully remote team. This role is remote. We can employ you through Deel if you live in Brazil or Argentina."}, regions: "BR,AR"},
	{name: "trap: a remote worker based in a country", p: model.Posting{Title: "Frontend Developer", Locations: []string{"Remote"},
		DescriptionText: "This role is remote and the engineer must be based in Portugal."}, regions: "PT"},
	{name: "students named in a title's brackets", p: model.Posting{Title: "Survey Coding Project (Students)",
		DescriptionText: "A paid project of about 12 hours, to be finished within two weeks, at $22/hour."}, jobType: "micro_internship"},
}

func TestProbeSession62Cases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range probeSession62Cases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
