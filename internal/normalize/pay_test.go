package normalize

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// payCase: want is "MIN MAX CUR UNIT", "-" for no pay, or "unpaid".
type payCase struct {
	name, field, text, want string
}

// payCases quote real listing texts (the fixture file is named in the
// comment) and the traps other aggregators fall into.
var payCases = []payCase{
	// remotive/remote-jobs_ikevinxie.json, salary field
	{"remotive k range", "pay_text", "$55k - $100k", "55000 100000 USD year"},
	{"remotive small k range is monthly", "pay_text", "$3k - $10k", "3000 10000 USD month"},
	{"remotive OTE", "pay_text", "OTE $25k - $35k", "25000 35000 USD year"},
	// ashby/jobboard_atomicsemi.json, compensationTierSummary and descriptions
	{"ashby tier en dash", "pay_text", "$105K – $126K • +Housing Stipend", "105000 126000 USD year"},
	{"ashby tier equity", "pay_text", "$110K – $125K • Offers Equity", "110000 125000 USD year"},
	{"ashby tier 160-230", "pay_text", "$160K – $230K • Offers Equity", "160000 230000 USD year"},
	{"ashby scrapeable summary", "pay_text", "$117K - $188K", "117000 188000 USD year"},
	{"atomicsemi annualized intern range", "text", "Hardware Interns are paid an hourly rate equivalent to an annualized range of $105,000-126,000, depending on experience and education level.", "105000 126000 USD year"},
	{"atomicsemi software interns", "text", "Software Interns are paid an hourly rate equivalent to an annualized range of $110,000-132,000, depending on experience and education level.", "110000 132000 USD year"},
	{"atomicsemi annual salary range", "text", "The annual salary range for this role is $110,000 – $125,000", "110000 125000 USD year"},
	{"atomicsemi overtime not pay", "text", "This range assumes a 40-hour workweek and includes up to 10 hours of pre-approved weekly overtime, paid at 1.5x the base hourly rate.", "-"},
	{"atomicsemi housing stipend is a benefit", "text", "Internship Benefits: Housing Stipend to help with first month expenses", "-"},
	// ashby/jobboard_reedsy.json
	{"reedsy gbp", "pay_text", "£14K – £26K", "14000 26000 GBP year"},
	{"reedsy eur", "pay_text", "€35K – €50K", "35000 50000 EUR year"},
	{"reedsy eur 60-100", "pay_text", "€60K – €100K • Offers Equity", "60000 100000 EUR year"},
	{"reedsy percent tail", "pay_text", "$60K – $90K • 0% – 0", "60000 90000 USD year"},
	{"reedsy description gbp", "text", "Benefits Work from home Salary range: £14k – £26k", "14000 26000 GBP year"},
	{"reedsy description usd", "text", "Work from home; Paid paternal and maternal leave; Annual team retreat Salary range: $25k – $45k", "25000 45000 USD year"},
	{"reedsy code after", "text", "Salary range: 70k-120k EUR - 0-0", "70000 120000 EUR year"},
	{"reedsy eur 40-60", "text", "Salary range: €40k – €60k", "40000 60000 EUR year"},
	// ashby/jobboard_lilt.json
	{"lilt estimated base", "pay_text", "Estimated Base salary, depending on location, skills, & experience $64K – $85K", "64000 85000 USD year"},
	{"lilt market size", "text", "we’re building a category-defining company in a $50B+ global translation market being redefined by AI.", "-"},
	{"lilt 401k", "text", "Compensation: At market salary, meaningful equity, 401(k) matching, and flexible time off plus company holidays", "-"},
	{"lilt lifestyle stipend", "text", "Monthly lifestyle benefit stipend via the Fringe platform", "-"},
	// ashby/jobboard_openevidence.json
	{"openevidence valuation", "text", "We are a $12B company with a 30 person engineering team from MIT, Harvard, and Stanford.", "-"},
	// ashby/jobboard_alan.json
	{"alan ARR euro prefix", "text", "5,000+ companies of all sizes, serving more than 880K members, and have reached €650M+ in ARR.", "-"},
	{"alan ARR euro suffix", "text", "We’ve grown from 0 to 10M€ ARR in just 4 years", "-"},
	{"alan saved", "text", "Fraud fighting: 4M€ saved in 2024 with an internal stack combining Machine learning scoring", "-"},
	{"alan average ARR", "text", "working with companies ranging from 20 to 300 employees, with an average ARR of 150K€", "-"},
	{"alan refunding", "text", "in charge of refunding €350M+ of healthcare expenses every year to 1M+ members", "-"},
	// greenhouse/jobs_smarterdx.json
	{"smarterdx hourly", "text", "The pay for this role is $34.62/hour.", "34.62 34.62 USD hour"},
	{"smarterdx salary benefits", "text", "$75k - $105k salary + benefits, 100% US-based remote", "75000 105000 USD year"},
	// hackernews/algolia_whoishiring_july2026_ikevinxie.json
	{"hn pipe line", "text", "Pass | Senior Software Engineer, Frontend | New York, NY | Onsite | Full-time | $160k–$180k ($210k for senior band) + Equity", "160000 180000 USD year"},
	{"hn salary up to", "text", "Wave | On-Premises SRE | Remote (EMEA) | Permanent (Full-time) | Salary up to $185,500 + equity", "185500 185500 USD year"},
	// himalayas/jobs_michaeldinhmai.json
	{"himalayas title upto", "title", "Physics Expert - Fully Remote | Upto $135/hr", "135 135 USD hour"},
	{"himalayas description", "text", "Position: Research Physics Expert Type: Contract Compensation: $80–$135/hour Location: Remote", "80 135 USD hour"},
	// jobicy/remote-jobs_ikevinxie.json
	{"jobicy industry size", "text", "transforming the massive and antiquated dental industry—an industry worth over $400B", "-"},
	// remoteok/api_wule15.json
	{"remoteok sign-on bonus", "text", "Qualified Plumbers Wanted in Geelong – $1,000 Sign-On + Above Award Pay", "-"},
	// remotive legal notice
	{"remotive budget notice", "text", "please email us at hello(at)remotive(dot)io for more information (starting budget is $5k/mo)", "5000 5000 USD month"},
	// lever/postings_idealistconsulting.json
	{"idealist volunteer founder", "text", "Idealist Consulting was founded in 2006 by returning Peace Corps volunteer Rob Jordan", "-"},
	{"idealist paid volunteer time", "text", "Paid volunteer time to encourage community involvement and a service mindset", "-"},
	{"idealist hourly no amount", "text", "Contractor hourly rates are set based on experience, certifications, and specialization.", "-"},
	// other_boards/eleduck_zh_ikevinxie.json: no currency
	{"eleduck no currency", "text", "薪资范围：15-20k 折算USDT 每月15号结算", "-"},
	// recruitee/offers_aikido.json
	{"aikido competitive", "text", "Competitive salary package", "-"},
	// redflags/emscad_sample.csv texts
	{"emscad rep earnings", "text", "Our top representatives make over $350K/ year", "-"},
	{"emscad referral bonus", "text", "Direct-Hire employees receive double bonues ($2,000) per referred/recruited candidate", "-"},
	{"emscad referral program", "text", "participate in our Referral Bonus Program & earn $500 - $1,000 per hired referral", "-"},
	{"emscad monthly plus", "text", "Jobs in Asia$1500 USD + monthly ($200 Cost of living)Housing provided", "1500 1500 USD month"},
	{"emscad pay cents", "text", "Pay: $20.00/hr Duties and Responsibilities", "20 20 USD hour"},
	{"emscad k applies to both", "title", "Agency Sales Managers $150-$175,000/yr", "150000 175000 USD year"},
	{"emscad yearly income", "text", "Average yearly income of $150-$175,000 based on our straight commission compensation model", "150000 175000 USD year"},
	{"emscad salary between", "text", "Salary Between $30,000-$45,000Position Type : Full-Time", "30000 45000 USD year"},
	{"emscad annual revenue", "text", "With more than US$1 billion in combined annual revenue, 60 million customers", "-"},
	{"emscad free trials", "text", "All trials we suggest are Free or under $5.", "-"},
	{"emscad referral dollars", "text", "when you refer someone to Instant Rewards Starter you get $20 dollars", "-"},
	{"emscad goal a day", "text", "So if your goal is $90 a day you can do that by signing up just one person per day", "90 90 USD day"},
	{"emscad tilde range", "text", "$14~$16/hr DOE + Medical, 401k and Bonus Opportunities", "14 16 USD hour"},
	{"emscad loans", "text", "delivers commercial loans up to $500,000 to businesses nationwide", "-"},
	{"emscad loan range", "text", "small balance commercial loan market (loans of $50,000 to $500,000)", "-"},
	{"emscad commission package", "text", "Compensation package including commission: $120,000 - $150,000+", "120000 150000 USD year"},
	{"emscad monthly usd plus", "text", "Jobs in Asia$1,500+ USD monthly ($200 Cost of living)", "1500 1500 USD month"},
	{"emscad averaged a week", "text", "Current Sales Reps averaged $960 a week for August 2014", "960 960 USD week"},
	{"emscad per year entry", "text", "Compensation- $45k-$67k per year (entry level)", "45000 67000 USD year"},
	{"emscad raised", "text", "We recently raised a $3.5M Series A round of funding", "-"},
	{"emscad transactions", "text", "$1B+ in transactions processed since launch", "-"},
	{"emscad per yr equity", "text", "COMPENSATION: $80k - $110k / yr, + equity", "80000 110000 USD year"},
	{"emscad pounds per hour", "text", "Salary of up to £8.00 per hour depending on qualifications", "8 8 GBP hour"},
	{"emscad region of", "text", "Salary in the region of £35k plus benefits etc.", "35000 35000 GBP year"},
	{"emscad textbooks", "text", "$200 textbooks printed on dead trees?", "-"},
	{"emscad commission tiers", "text", "Total Sales Per Month (Commission Rate) - $1 to $49,999 - (12%)", "-"},
	{"emscad hourly range an hour", "text", "Average hourly pay is between $15-20 an hour plus commissions", "15 20 USD hour"},
	{"emscad training rate", "text", "comprehensive benefits plan: $11.50/hr for Training", "11.5 11.5 USD hour"},
	{"emscad extra per day", "text", "Can earn $450 to $500 extra per day", "450 500 USD day"},
	{"emscad earn easily", "text", "Earn Easily $400 To $500 Extra Per Day", "400 500 USD day"},
	{"emscad per minute", "text", "Earn from $0.80/minute up to 70% of your gross earnings paid weekly", "48 48 USD hour"},
	{"emscad pay scale", "text", "PAY SCALE : $30/hrResponsibilities will include", "30 30 USD hour"},
	{"emscad title amount", "title", "Accounting Clerk/ $23.00/hr", "23 23 USD hour"},
	{"emscad unpaid time off", "text", "3 weeks paid time off per year, plus unlimited unpaid time off", "-"},
	// redflags/examples.jsonl (Internshala)
	{"internshala stipend unpaid", "pay_text", "Unpaid", "unpaid"},
	{"internshala volunteering title", "title", "Entrepreneurship Ambassador - Summer Volunteering (Openings: 1000)", "-"},

	// Currency markers.
	{"usd code before", "text", "Pay: USD 25 per hour", "25 25 USD hour"},
	{"usd code after", "text", "Pay: 25 USD per hour", "25 25 USD hour"},
	{"us dollar prefix", "text", "Rate: US$30/hr", "30 30 USD hour"},
	{"canadian dollar", "text", "Rate: CA$40/hour", "40 40 CAD hour"},
	{"c dollar", "text", "Stipend: C$500 for the project", "500 500 CAD project"},
	{"australian dollar", "text", "A$35 per hour", "35 35 AUD hour"},
	{"euro prefix", "text", "€18/h", "18 18 EUR hour"},
	{"euro suffix", "text", "Vergütung: 18 € pro Stunde, 18 €/h", "18 18 EUR hour"},
	{"euro european decimals", "text", "Stipend 1.200 € per month", "1200 1200 EUR month"},
	{"pound", "text", "£12.50 an hour", "12.5 12.5 GBP hour"},
	{"rupee symbol", "text", "Stipend: ₹10,000 per month", "10000 10000 INR month"},
	{"rupee rs", "text", "Stipend: Rs. 5000 /month", "5000 5000 INR month"},
	{"inr code", "text", "INR 15,000 - 20,000 per month", "15000 20000 INR month"},
	{"gbp code", "text", "GBP 300 for the project", "300 300 GBP project"},
	{"eur code", "text", "EUR 45,000 - 55,000 p.a.", "45000 55000 EUR year"},
	{"chf", "text", "CHF 4'000 per month", "4000 4000 CHF month"},
	{"sgd", "text", "SGD 1,000/month allowance", "1000 1000 SGD month"},

	// Ranges.
	{"hyphen range", "text", "$20-25/hr", "20 25 USD hour"},
	{"en dash range", "text", "$20–25/hr", "20 25 USD hour"},
	{"em dash range", "text", "$20—$25 per hour", "20 25 USD hour"},
	{"to range", "text", "$20 to $25 per hour", "20 25 USD hour"},
	{"spaced range", "text", "$20 - $25 hourly", "20 25 USD hour"},
	{"between and", "text", "between $18 and $22 an hour", "18 22 USD hour"},
	{"swapped range", "text", "$25-$20/hour", "20 25 USD hour"},
	{"swapped k range", "text", "Salary: $90k-$70k", "70000 90000 USD year"},
	{"k both ends", "text", "Salary $120-150k", "120000 150000 USD year"},
	{"K upper both", "text", "Salary: $120-150K per year", "120000 150000 USD year"},
	{"k each end", "text", "Salary: $120k-$150k", "120000 150000 USD year"},
	{"decimal k", "text", "$1.5k per month stipend", "1500 1500 USD month"},
	{"decimal k range", "text", "$2.5k-3k/month", "2500 3000 USD month"},
	{"thousand word", "text", "Salary: $50 thousand a year", "50000 50000 USD year"},
	{"comma thousands", "text", "Salary: $65,000 - $80,000", "65000 80000 USD year"},
	{"annual no unit large", "text", "Base salary: $95,000", "95000 95000 USD year"},
	{"up to hourly", "text", "up to $40/hr", "40 40 USD hour"},
	{"up to year", "text", "Salary: up to $120k", "120000 120000 USD year"},
	{"from hourly", "text", "from $25/hour", "25 25 USD hour"},
	{"starting at", "text", "Pay starting at $18 per hour", "18 18 USD hour"},
	{"at least", "text", "at least $20/hr", "20 20 USD hour"},
	{"plus sign", "text", "$30+/hr", "30 30 USD hour"},

	// Units.
	{"per hour", "text", "$22 per hour", "22 22 USD hour"},
	{"slash h", "text", "$22/h", "22 22 USD hour"},
	{"slash hr", "text", "$22/hr", "22 22 USD hour"},
	{"an hour", "text", "$22 an hour", "22 22 USD hour"},
	{"hourly after", "text", "$22 hourly", "22 22 USD hour"},
	{"hourly rate before", "text", "Hourly rate: $22", "22 22 USD hour"},
	{"per day", "text", "$200 per day", "200 200 USD day"},
	{"daily", "text", "$200 daily", "200 200 USD day"},
	{"day rate", "text", "Daily rate of £350", "350 350 GBP day"},
	{"per week", "text", "$400 per week", "400 400 USD week"},
	{"weekly", "text", "Weekly stipend of $250", "250 250 USD week"},
	{"slash wk", "text", "$250/wk", "250 250 USD week"},
	{"per month", "text", "$2,000 per month", "2000 2000 USD month"},
	{"a month", "text", "$2,000 a month", "2000 2000 USD month"},
	{"slash mo", "text", "$2,000/mo", "2000 2000 USD month"},
	{"monthly before", "text", "Monthly stipend: $800", "800 800 USD month"},
	{"monthly not yearly trap", "text", "Salary: $4,500 per month", "4500 4500 USD month"},
	{"monthly salary k", "text", "Monthly salary: $5k", "5000 5000 USD month"},
	{"per year", "text", "$60,000 per year", "60000 60000 USD year"},
	{"a year", "text", "$60,000 a year", "60000 60000 USD year"},
	{"annually", "text", "$60,000 annually", "60000 60000 USD year"},
	{"pa", "text", "£30,000 p.a.", "30000 30000 GBP year"},
	{"per annum", "text", "£30,000 per annum", "30000 30000 GBP year"},
	{"slash yr", "text", "$60k/yr", "60000 60000 USD year"},
	{"slash year", "text", "$60k/year", "60000 60000 USD year"},
	{"annual salary before", "text", "Annual salary: $70,000", "70000 70000 USD year"},

	// Project fees and stipends.
	{"for the project", "text", "$300 for the project", "300 300 USD project"},
	{"for this project", "text", "We pay $450 for this project.", "450 450 USD project"},
	{"for the whole project", "text", "€600 for the whole project", "600 600 EUR project"},
	{"for about hours", "text", "$300 for about 15 hours of work", "300 300 USD project"},
	{"for hours range", "text", "$400 for 10-20 hours", "400 400 USD project"},
	{"flat", "text", "$500 flat", "500 500 USD project"},
	{"flat fee before", "text", "Flat fee of $750", "750 750 USD project"},
	{"fixed price", "text", "Fixed price: $1,200", "1200 1200 USD project"},
	{"fixed after", "text", "$1,200 fixed", "1200 1200 USD project"},
	{"one-time", "text", "$250 one-time payment", "250 250 USD project"},
	{"lump sum", "text", "a $400 lump sum", "400 400 USD project"},
	{"stipend after", "text", "Students receive a $500 stipend.", "500 500 USD project"},
	{"stipend before", "text", "Stipend: $500", "500 500 USD project"},
	{"stipend of", "text", "a stipend of $1,000 upon completion", "1000 1000 USD project"},
	{"honorarium", "text", "Honorarium: $150", "150 150 USD project"},
	{"project fee", "text", "Project fee: $2,000", "2000 2000 USD project"},
	{"per project", "text", "$350 per project", "350 350 USD project"},
	{"budget", "text", "Budget: $800", "800 800 USD project"},
	{"fee for micro-internship", "text", "Paid: $600 for the micro-internship", "600 600 USD project"},
	{"total", "text", "$900 total", "900 900 USD project"},
	{"in total", "text", "You earn $900 in total.", "900 900 USD project"},
	{"per article", "text", "$100 per article", "100 100 USD project"},
	{"mid amount paid cue", "text", "This is paid: $400 on completion.", "400 400 USD project"},

	// Traps: not pay.
	{"year alone", "text", "Founded in 2024, we grow fast.", "-"},
	{"year with currency nearby", "text", "Since 2019 we have paid over $2M to creators.", "-"},
	{"phone", "text", "Call us at 555-123-4567 today.", "-"},
	{"phone with dollar", "text", "Questions? $ call 555-123-4567", "-"},
	{"401k", "text", "Benefits: 401k match, dental.", "-"},
	{"401(k)", "text", "Benefits: 401(k) with 4% match.", "-"},
	{"team size", "text", "Join a team of 30 engineers.", "-"},
	{"funding raised", "text", "We raised $50M from top investors.", "-"},
	{"series a", "text", "After our $20M Series A, we are hiring.", "-"},
	{"funding after", "text", "$30 million in funding", "-"},
	{"revenue", "text", "We do $10 million in revenue.", "-"},
	{"ARR k", "text", "$500k ARR and growing", "-"},
	{"revenue before", "text", "Revenue grew to $900k last year.", "-"},
	{"percentage", "text", "Up to 20% bonus.", "-"},
	{"percentage dollar", "text", "$10% off", "-"},
	{"equity percent", "text", "0.1% - 0.5% equity", "-"},
	{"market size", "text", "a $4 trillion market", "-"},
	{"valuation", "text", "valued at $1.2B", "-"},
	{"billion", "text", "We process $5 billion a year", "-"},
	{"bonus", "text", "$1,000 signing bonus", "-"},
	{"relocation", "text", "Relocation: $5,000", "-"},
	{"equipment", "text", "$500 equipment budget", "-"},
	{"home office stipend", "text", "$300 home office stipend", "-"},
	{"learning stipend", "text", "$1,000 learning stipend every year", "-"},
	{"referral", "text", "Refer a friend and get $100.", "-"},
	{"bare dollar amount", "text", "We have spent $300 on snacks.", "-"},
	{"no currency hourly", "text", "Rate: 25 per hour", "-"},
	{"no currency k", "text", "Salary: 50k-60k", "-"},
	{"date like", "text", "Starts 06/30/2026.", "-"},
	{"version number", "text", "Python 3.12 and Go 1.22", "-"},
	{"million plain", "text", "reach 1 million users", "-"},
	{"customers count", "text", "We serve 10,000 customers", "-"},
	{"tuition", "text", "Tuition of $12,000 per year", "-"},

	// Unpaid.
	{"unpaid internship", "text", "This is an unpaid internship.", "unpaid"},
	{"unpaid position", "text", "Unpaid position, great experience.", "unpaid"},
	{"no stipend", "text", "There is no stipend for this role.", "unpaid"},
	{"volunteer position", "text", "This is a volunteer position.", "unpaid"},
	{"volunteer basis", "text", "on a volunteer basis", "unpaid"},
	{"academic credit only", "text", "For academic credit only.", "unpaid"},
	{"paid in exposure", "text", "You will be paid in exposure.", "unpaid"},
	{"equity only", "text", "Compensation is equity-only.", "unpaid"},
	{"not paid", "text", "This role is not paid.", "unpaid"},
	{"without pay", "text", "Work without pay for 3 months.", "unpaid"},
	{"dollar zero", "pay_text", "$0", "unpaid"},
	{"pay none", "pay_text", "None", "unpaid"},
	{"pay text unpaid word", "pay_text", "unpaid", "unpaid"},
	{"unpaid leave trap", "text", "Up to 4 weeks of unpaid leave.", "-"},
	{"unpaid vacation trap", "text", "Unlimited unpaid vacation.", "-"},
	{"unpaid invoices trap", "text", "Follow up on unpaid invoices.", "-"},
	{"unpaid claims trap", "text", "Resolve unpaid claims with insurers.", "-"},
	{"paid internship trap", "text", "This is a paid internship.", "-"},
	{"volunteer time trap", "text", "Paid volunteer time off.", "-"},
	{"volunteers word trap", "text", "We coordinate volunteers at events.", "-"},
	{"paid and unpaid time off trap", "text", "3 weeks paid time off per year, plus unlimited unpaid time off", "-"},
	// demo boards (internal/demo/boards): an hours phrase with "over" before
	// the pay in the same sentence; "over"/"under"/"spend" only spoil the
	// amount right after them.
	{"demo hours over weeks at hourly", "text", "20-30 hours over 4 weeks at $40/hr.", "40 40 USD hour"},
	{"demo hours over weeks comma hourly", "text", "25 hours over 4 weeks, $35/hour", "35 35 USD hour"},
	{"demo range hours over week fixed fee", "text", "Roughly 8-10 hours over 1 week, $220 fixed fee", "220 220 USD project"},
	{"demo hours over weeks semicolon project", "text", "Roughly 18 hours over 2 weeks; $450 for the project.", "450 450 USD project"},
	{"demo CA$ after hours over weeks", "text", "About 15 hours over 3 weeks; CA$450 for the project.", "450 450 CAD project"},
	{"demo about hours over weeks project", "text", "About 20 hours over 4 weeks; $500 for the project.", "500 500 USD project"},
	{"demo range hours at hr", "text", "15-20 hours over 3 weeks at $22/hr.", "22 22 USD hour"},
	{"demo hours over weeks comma hr", "text", "30 hours over 5 weeks, $26/hr.", "26 26 USD hour"},
	{"demo at an hour", "text", "20-24 hours over 4 weeks at $25 an hour.", "25 25 USD hour"},
	{"demo roughly hours over week at hour", "text", "Roughly 10 hours over 1 week at $22/hour.", "22 22 USD hour"},
	{"demo hours over week project", "text", "About 12 hours over 1 week; $360 for the project.", "360 360 USD project"},
	{"demo range hours over weeks project", "text", "10-12 hours over 4 weeks; $300 for the project.", "300 300 USD project"},
	{"under hours then pay", "text", "Done in under 10 hours, $30/hour.", "30 30 USD hour"},
	{"spend hours then pay", "text", "You'll spend about 10 hours on it, $25/hour.", "25 25 USD hour"},
	{"over amount trap", "text", "Orders over $50 per month ship free.", "-"},
	{"spend about amount trap", "text", "You may spend about $30 per month on software.", "-"},
	{"under amount per month trap", "text", "Tools cost under $20 per month.", "-"},
	{"spent over amount trap", "text", "Last year we spent over $2,000 per month on ads.", "-"},
}

func TestParsePay(t *testing.T) {
	for _, tc := range payCases {
		t.Run(tc.name, func(t *testing.T) {
			field := CleanLine(tc.text)
			p, unpaid := ParsePay(tc.field, field)
			checkPay(t, tc.want, field, tc.field, p, unpaid)
		})
	}
}

func checkPay(t *testing.T, want, field, fieldName string, p *model.Pay, unpaid bool) {
	t.Helper()
	switch want {
	case "-":
		if p != nil || unpaid {
			t.Fatalf("got pay %s unpaid=%v, want none", payString(p), unpaid)
		}
		return
	case "unpaid":
		if p != nil || !unpaid {
			t.Fatalf("got pay %s unpaid=%v, want unpaid", payString(p), unpaid)
		}
		return
	}
	if p == nil {
		t.Fatalf("got no pay (unpaid=%v), want %s", unpaid, want)
	}
	if got := payString(p); got != want {
		t.Errorf("got %s, want %s (evidence %q)", got, want, p.Evidence.Text)
	}
	if unpaid {
		t.Errorf("unpaid set with pay")
	}
	checkSpan(t, p.Evidence, fieldName, field)
	if p.Source != model.FromText {
		t.Errorf("source = %q", p.Source)
	}
}

func checkSpan(t *testing.T, s *model.Span, name, field string) {
	t.Helper()
	if s == nil {
		t.Fatal("no evidence")
	}
	if s.Field != name || s.Start < 0 || s.End > len(field) || s.Start >= s.End || field[s.Start:s.End] != s.Text {
		t.Fatalf("bad evidence %+v for %q", s, field)
	}
}

func payString(p *model.Pay) string {
	if p == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%v %v %s %s", p.Min, p.Max, p.Currency, p.Unit)
}

// tablePay is a pay as the agreement tables write it: "MIN MAX CUR UNIT"
// in plain decimals ("58200.5 1800000 INR year"), or "-" for none.
func tablePay(p *model.Pay) string {
	if p == nil {
		return "-"
	}
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	return f(p.Min) + " " + f(p.Max) + " " + p.Currency + " " + string(p.Unit)
}

// payTextCase is a pay field and a description, and the pay read from them
// in tablePay's form.
type payTextCase struct{ name, pay, text, want string }

// runPayTextCases normalizes each case as a "Worker" listing and checks its
// pay; a case with no name is named by its pay field.
func runPayTextCases(t *testing.T, cases []payTextCase) {
	t.Helper()
	for _, c := range cases {
		if c.name == "" {
			c.name = c.pay // the pay field names the case
		}
		p := model.Posting{Source: "t", ExternalID: c.name, Title: "Worker", PayText: c.pay, DescriptionText: c.text}
		if got := tablePay(Normalize(&p, fieldCaseOpts).Pay); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestParsePayMatrix crosses currency markers with amount shapes and period
// words: every combination must read the same amount and unit.
func TestParsePayMatrix(t *testing.T) {
	curs := []struct{ pre, post, code string }{
		{"$", "", "USD"}, {"US$", "", "USD"}, {"€", "", "EUR"}, {"£", "", "GBP"}, {"₹", "", "INR"},
		{"CA$", "", "CAD"}, {"", " USD", "USD"}, {"", " EUR", "EUR"}, {"USD ", "", "USD"}, {"", "€", "EUR"},
	}
	units := []struct {
		text   string
		amount string
		min    float64
		max    float64
		unit   model.PayUnit
	}{
		{"%s/hr", "25", 25, 25, model.UnitHour},
		{"%s per hour", "25", 25, 25, model.UnitHour},
		{"%s an hour", "18-22", 18, 22, model.UnitHour},
		{"%s per day", "150", 150, 150, model.UnitDay},
		{"%s per week", "400", 400, 400, model.UnitWeek},
		{"%s per month", "1,500", 1500, 1500, model.UnitMonth},
		{"%s/month", "2k", 2000, 2000, model.UnitMonth},
		{"%s per year", "50,000", 50000, 50000, model.UnitYear},
		{"%s annually", "40k-60k", 40000, 60000, model.UnitYear},
		{"%s for the project", "300", 300, 300, model.UnitProject},
		{"%s flat", "500", 500, 500, model.UnitProject},
		{"%s for about 10 hours", "250", 250, 250, model.UnitProject},
		{"Salary: %s", "90,000", 90000, 90000, model.UnitYear},
		{"Hourly rate: %s", "30", 30, 30, model.UnitHour},
		{"Monthly stipend: %s", "800", 800, 800, model.UnitMonth},
		{"Salary %s", "120-150k", 120000, 150000, model.UnitYear},
		{"Pay: %s weekly", "600", 600, 600, model.UnitWeek},
		{"%s per annum", "35,000", 35000, 35000, model.UnitYear},
		{"Fixed price: %s", "700", 700, 700, model.UnitProject},
		{"%s daily", "90", 90, 90, model.UnitDay},
	}
	for _, c := range curs {
		for _, u := range units {
			amount := c.pre + u.amount + c.post
			if c.pre == "" && strings.Contains(u.amount, "-") {
				continue // "18-22 USD" reads both ends; covered elsewhere
			}
			text := fmt.Sprintf(u.text, amount)
			t.Run(text, func(t *testing.T) {
				want := fmt.Sprintf("%v %v %s %s", u.min, u.max, c.code, u.unit)
				if c.code == "INR" && u.text == "Salary: %s" {
					want = fmt.Sprintf("%v %v INR month", u.min, u.max) // rupees under a lakh with no period: a month's
				}
				p, unpaid := ParsePay("text", text)
				checkPay(t, want, text, "text", p, unpaid)
			})
		}
	}
}
