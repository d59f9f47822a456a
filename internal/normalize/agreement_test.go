package normalize

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// agreementCase is one line of testdata/agreement.jsonl: a listing written
// for this project in the ways other job tools' salary-parser and
// remote/region-classifier tests exercise, and what a reader takes from it.
// c is the category (pay, remote, region, type) and w the wanted value:
// "MIN MAX CUR UNIT" or "-" for pay (UNIT "*" where the source states no
// period: any period agrees); remote, hybrid, onsite, unknown or
// "!remote" (anything but remote) for remote; comma-separated region codes
// or "none" for region; a job type for type.
type agreementCase struct {
	Cat   string   `json:"c"`
	Name  string   `json:"n"`
	Title string   `json:"t"`
	Locs  []string `json:"l"`
	Hint  string   `json:"h"`
	Emp   string   `json:"e"`
	Pay   string   `json:"p"`
	Text  string   `json:"x"`
	Want  string   `json:"w"`
}

// agreementMin is the agreement each category must reach (issue 11).
const agreementMin = 0.95

// agreementFiles are the case tables: the first written with the fixes of
// issue 11, the second (holdout) written afterwards and scored before any
// further change, the third (blind) written before its author read the
// normalizer or the other tables. The blind table's first look, before any
// fix: pay 88/98 (89.8 %), region 46/60 (76.7 %; 49/60 with region order
// ignored), remote 46/54 (85.2 %), type 56/66 (84.8 %), all 236/278 (84.9 %):
// the honest estimate for unseen data. After the fixes it guided: pay 95/98
// (the three misses are bare-number salary fields, left unread on purpose:
// see barePay), region 60/60, remote 54/54, type 66/66.
//
// The fourth (blind2, 346 cases) was written by another author, again before
// reading the normalizer or any other table. Its first look, before any fix:
// pay 127/128 (99.2 %), region 66/81 (81.5 %), remote 57/72 (79.2 %), type
// 62/65 (95.4 %), all 312/346 (90.2 %). Six of its cases had the very input
// of a case in an earlier table (all six agreed; their titles were then
// reworded to keep the inputs distinct); without them: 306/340 (90.0 %).
// After the fixes it guided (pinned in blind2_fix_test.go, no label
// changed): pay 128/128, region 81/81, remote 72/72, type 64/65, all
// 345/346 (99.7 %). The one miss is a convention of the earlier tables
// kept on purpose: weekly hours alone ("Hours: 10-15 per week") give no
// type (the table wants part_time; TestNormalizeType keeps "10 hours a
// week" unknown). "Remote worldwide, except sanctioned countries" agrees
// since an exception of sanctioned countries alone leaves the world
// (dropWorldExcept, a later probe round). Six further probe rounds written after reading the normalizer
// (so not blind, and not kept as tables: 365 cases, first look 309/365 =
// 84.7 %, after 358/365 = 98.1 %) found more location, label and field wording;
// those fixes are pinned with traps in blind2_fix_test.go too.
//
// The fifth (blind3, 453 cases as written) was written by a third author
// before reading the normalizer or any other table, with more non-English,
// currency, pay-period and title wording. Its first look, before any fix:
// pay 164/177 (92.7 %), region 70/84 (83.3 %), remote 81/104 (77.9 %), type
// 75/88 (85.2 %), all 390/453 (86.1 %). Ten of its type cases had the very
// input of a case in an earlier table (all ten agreed) and were dropped:
// without them type 65/78 (83.3 %), all 380/443 (85.8 %). After the fixes
// it guided (pinned in blind3_fix_test.go, no label changed): pay 177/177,
// region 82/84, remote 103/104, type 78/78, all 440/443 (99.3 %). Left: the
// "North America" convention again, "work from wherever you like" read as
// worldwide where the table wants no region, and "Barista (not remote)" in
// a title read as remote (the title note is read in normalize.go).
//
// Then the normalizer was scored against other projects' own test tables
// (salary parsers; remote, region and type classifiers: 1,743 cases from
// about 160 test files, kept outside the repository and scored with
// TestAgreementOutside), in rounds split by project, each round scored
// before any fix it guided. Fresh first looks: pay 68.6, 83.1, 87.6 and
// 85.1 % (the first holds 26 job seekers' chat messages); remote, region
// and type 82.3, 88.0, 92.3, 87.1, 87.1, 84.4 and 89.3 %. After the fixes:
// pay 551/576 (95.7 %), remote, region and type 1,141/1,167 (97.8 %). The
// unseen estimate is the first looks (about 85-90 %), not the final figures.
// Those tables settled two conventions of ours: "North America" is US,CA
// (the first table's one label changed with it), and "work from wherever
// you like" names no region. The fixes are pinned in region_requirements_test.go,
// onsite_cues_test.go, remote_foreign_fields_test.go, pay_currencies_test.go,
// pay_range_words_test.go and pay_codes_test.go, in our own words.
//
// An eighth round (24 test files from about 22 other projects:
// Polish, Czech, Chinese, Taiwanese, Indian, Swiss/German and French
// scrapers, ATS salary parsers, an LLM "Remote EU" eval set; 287 cases)
// first scored pay 140/149 (94.0 %), region 33/35 (94.3 %), remote 43/58
// (74.1 %), type 24/45 (53.3 %), all 240/287 (83.6 %). After the fixes it
// guided (Polish, Czech and Slovak employment words, a part-time title over
// a full-time field, Polish and German workplace words, office days
// required, "Remote US," opening a line, a trailing currency code, yuan
// from Chinese pay words or cities, TJM day rates; remote_polish_german_test.go):
// 272/287 (94.8 %). A held set taken after those fixes (7 files, 89 cases)
// first scored 84/89 (94.4 %), then 88/89. The earlier rounds' tables were
// no longer in the workspace then, so their figures above predate this round.
//
// A ninth round (23 test files from 23 other projects, 362 cases:
// location classifiers for HN posts and EU/US/Canadian job seekers, false-
// remote filters, Indeed/Dice/ATS salary parsers, Swiss and healthcare
// job-type detectors) first scored 203/213 (95.3 %) on three tuning
// batches (region 41/45, type 23/27) and 120/149 (80.5 %) on a held table
// scored only after the tuning fixes (type 39/61: a healthcare board's PRN,
// per diem, FTE and "Status:" wording; region 15/20). After the fixes
// (place-based remote roles, work from anywhere with a dash, French and
// German fixed-term titles, remote two days a week, a US time zone beside
// another place, PRN and per diem schedules, FTE loads, schedule labels,
// scopes said of the applicants, "City, ST (Remote)"; regions_based_anywhere_test.go):
// 358/362 (98.9 %). The held first look is the estimate for unseen wording.
//
// A tenth round (31 test files from about 26 other projects, 321 cases:
// Swiss, Italian, Spanish, French, Japanese, Hebrew, Sri Lankan, Indian,
// Kenyan and Nigerian boards, ATS salary parsers, work-mode detectors)
// first scored 142/173 (82.1 %) on its first tuning table (pay 60/74:
// Italian and Spanish pay wording; type 45/62: Swiss workloads, German and
// French schedule words), 43/58 (74.1 %) on a second (digit amounts in the
// hundreds of millions read as pay, "World", EMEA written out, African
// countries), and 82/91 (90.1 %) on a held table scored once after the
// tuning fixes (Hebrew words; a "Location: Remote US" line). After the
// fixes (type_workload_test.go): 170/172, 57/58 and 90/91 (98.8 %).
//
// An eleventh round (15 test files from about 15 other projects, 177
// cases: German, French, Turkish, Brazilian, Malaysian and Chinese boards,
// work-arrangement classifiers, ATS salary parsers) first scored 101/115
// (87.8 %) on its tuning table (remote 43/53: office-first weekly
// schedules, "limited ability to work remotely"; region 11/14: Brazilian
// "City, UF", "open across the United States") and 59/62 (95.2 %) on a held
// table scored once after the tuning fixes (ringgit written "RM", a B2B
// contract in the text, a bare "1-2万"). After the fixes
// (remote_office_days_test.go): 112/115 and 61/62 (97.7 %).
//
// A twelfth round (11 test files from about 10 other projects, 193
// cases: a US job board's negated-remote and "Home Office" census tests, an
// Ethiopian board, a student tracker's Workday co-op types, an Indian
// placement tracker, a Lever-measured work-mode detector, a price
// extractor, a Dutch trades board, a French tender reader, a Swedish
// payroll plan) first scored 89/117 (76.1 %) on its tuning table (remote
// 51/73: remote denied in more words, foreign home-work words in titles,
// "Hybrid (non-remote)"; pay 2/5: the Ethiopian birr) and 65/76 (85.5 %) on
// a held table scored once after the tuning fixes (region 10/13, type 3/5:
// Swedish fixed-term fields; sales quotas read as pay). After the fixes
// (remote_title_denial_test.go): 114/117 and 71/76 (95.9 %).
//
// A thirteenth round (15 test files from about 15 other projects, 241
// cases: a Kenya-based seeker's ranker, Kenyan, Nigerian, South African,
// Nepali and Norwegian pay, an HN-style post parser, a job-facts extractor,
// LinkedIn scrapers, a student-gig pay parser, a bounty radar, an LLM
// extraction lesson) first scored 147/172 (85.5 %) on its tuning table (pay
// 72/86: Norwegian "kr", Nepali "NRs", Kenyan "KSHS", perk budgets; region
// 26/33: regions in a workplace hint, "USA remote") and 63/69 (91.3 %) on a
// held table scored once after the tuning fixes (a bounty paid once, on-site
// days inside a hybrid note). After the fixes (regions_scope_clauses_test.go): 167/172
// and 67/69 (97.1 %).
//
// A fourteenth round (12 test files from about 11 other projects,
// 273 cases, mostly region and eligibility: a Czech/Slovak job-alert
// service, a Dominican Republic seeker's eligibility filters, Spanish- and
// Portuguese-language work-authorization checks, Polish scrapers, a US
// digest's regional abbreviations, remote-eligibility filters) first scored
// 146/183 (79.8 %) on its tuning table (remote 53/63: Czech and Slovak
// graded home office, "home office 2 dny v týdnu"; region 85/109: places
// after "excluding", a company's seat, a country in parentheses after a
// region, Spanish residence words; pay 5/7: "6 500,00 zł", "od … do … zł")
// and 79/90 (87.8 %) on a held table scored once after the tuning fixes
// (76/90 on main; lower-case "us" in short locations, Polish cities, a perk
// stipend). After the fixes (remote_scopes_test.go): 175/183 and 87/90 (96.0 %).
//
// A fifteenth round (23 test files from 23 other projects, 267
// cases, remote and region only: US-scope remote filters, a location
// assessor's state-code and residency tests, German, Indonesian, Indian and
// Bangladeshi work-mode detectors) first scored 153/174 (87.9 %) on its
// tuning table (remote 67/77: "may be based remotely", "100 % remote",
// "Präsenz erforderlich", "Homeoffice möglich"; region 86/97: a residence
// the text says is not required, "Remote - WA", US cities) and 85/93 (91.4
// %) on two held tables scored once after the tuning fixes (office days
// without "in", "Lokasi: Jakarta (Hybrid)", "Remote - Mexico Only" beside a
// Canadian city). After the fixes (remote_us_scope_test.go): 169/174 and 89/93
// (96.6 % in all).
//
// A sixteenth round (32 test files from about 30 other projects, 300
// cases, pay notation and employment type: Indian lakh/crore parsers, a
// salary-floor parser's grouping and period tests, Swiss job-board crawlers
// and normalizers, UK, Vietnamese, Bangladeshi, UAE and Australian pay,
// employment-type inference in job agents) first scored 149/172 (86.6 %) on
// its tuning table (pay 131/151: crores, "L p.a.", lakh words read as
// dollars, "pw"/"pm"; type 18/21: Lehrstelle, Lernende) and 114/128 (89.1 %)
// on a held table scored once after the tuning fixes (113/128 on main;
// taka, "20 à 30 kEUR", "Permanent role", "Mentor interns"). After the fixes
// (pay_lakh_crore_test.go): 167/172 and 120/128 (95.7 %).
//
// A seventeenth round (17 test files from 17 other projects, 357
// cases, remote and region only: Russian, Italian, French and Brazilian
// work-mode tests, a European location table) first scored 215/230 (93.5
// %) on its tuning table (Russian and Ukrainian work modes, "Home Office,
// Germany", places a location excludes, "Candidates based in Europe are
// preferred", "EST working hours") and 114/127 (89.8 %) on a held table
// scored once after the tuning fixes (the same on main: office days in a
// location, "Télétravail partiel", "Não remoto", "UK&I", local spellings of
// European cities). After the fixes (remote_cyrillic_excluded_test.go): 228/230 and
// 125/127 (98.9 % in all).
//
// An eighteenth round (25 test files from 25 other projects, 266
// cases, pay and type: Japanese, Korean and Chinese pay in 万/만/千, tenge,
// hryvnia and roubles, Brazilian and Spanish contract words) first scored
// 108/185 (58.4 %) on its tuning table (none of the CJK pay wording or the
// Spanish contract words was read) and 65/81 (80.2 %) on a held table
// scored once after the tuning fixes (54/81 on main). After the fixes
// (pay_cjk_test.go): 180/185 and 80/81 (97.7 % in all).
//
// A nineteenth round (test files from 29 other projects, 314
// cases, remote, region and type: Japanese, Arabic, Ukrainian, Lithuanian
// and Indian boards' work-mode and type tests, French contract words)
// first scored 167/224 (74.6 %) on its tuning table (work-mode words in
// Japanese, Korean, Chinese and Arabic, "Формат роботи:" labels, "Paris,
// TX", "Chennai, TN, India", C2H, "International ..." read as an
// internship) and 71/90 (78.9 %) on a held table scored once after the
// tuning fixes (the same on main: Italian "Remote working: Parziale",
// remote days a week, "sans télétravail", CDI/CDD). After the fixes
// (remote_languages_test.go): 217/224 and 88/90 (97.1 % in all).
//
// A twentieth round (31 test files from 24 other projects, 202
// cases, pay and type: Indian lakh, LPA, CTC and monthly rupee forms,
// Pakistani rupees, Bulgarian leva, shared k and lakh suffixes) first
// scored 113/126 (89.7 %) on its tuning table (leva, "Rs" in Lahore,
// rupees under a lakh with no period, "$150K - 200", "₹21,900 CTC per
// Month") and 75/76 on a held table scored on main before any fix. After
// the fixes (pay_place_period_test.go): 124/126 and 75/76 (98.5 % in all).
//
// From the twenty-first round on, each round is one held table scored
// once on main before any fix: 78.1 % (rupiah, rouble ranges, Nordic,
// German and Brazilian contract terms; 98.0 % after), 81.9 % (title
// tokens such as WFO, Spanish, Catalan and Russian work modes, Taiwanese,
// Vietnamese and Croatian pay; 95.1 % after), 90.8 % of 349 (Polish net
// and gross pay, naira, #LI- tags, European time-zone scopes, Canadian
// hospital status codes; 97.7 % after) and 88.4 % of 292 (Japanese,
// Chinese, Korean and Vietnamese pay, Estonian and Hungarian job types,
// Spanish partly-remote wording; 95.5 % after), 90.1 % of 353 (Python
// tools: Bulgarian, Finnish and French type and mode words, header-line
// scopes; 97.2 % after), 94.4 % of 323 (East Asian cities, two-currency
// ranges; 97.8 % after) and 90.1 % of 274 (money that is not pay,
// Japanese pay labels, countries' own names, B2B, Korean and Chinese type
// words; 97.8 % after). The tables of the first
// twenty-two rounds were lost with a workspace, and the next five's with
// another; the README's table keeps every round's figures.
//
// The twenty-eighth and twenty-ninth rounds ran as four parts at once,
// each table scored once on main before any fix it guided: remote and
// region (218 cases from 15 projects: Portuguese and Spanish technology
// words such as "acesso remoto" and "nuvem híbrida", a "Homeoffice
// möglich" field beside fully remote text, "City, ST or Remote", "IN" and
// "IT" written as words) 94.0 % first, 96.8 % after; pay and type (276
// cases from 24 projects: money-only descriptions, pounds of weight,
// France Travail codes, seniority levels, thesis titles, Arabic contracts,
// Latin American currencies) 90.9 % first, 97.1 % after, and a held set
// of 72 taken after the first fixes 80.6 % first, 90.3 % after; type,
// remote and region in thirteen languages and ATS field values (283 cases
// from about 20 projects) 83.7 % first, 92.6 % after (the 21 left are
// conventions: a permanent post is full-time, casual work part-time,
// hours alone no type); pay (195 cases from 13 projects: two side-by-side
// amounts in a field, "Salary 120k to 180k", crore after a label) 96.9 %
// first, 99.0 % after, and a held set of 48 97.9 %. A thirtieth round, job
// type only (205 cases from about 25 projects: French work-and-study
// titles, German agency and freelance titles, industrial attachments, an
// English "stage" that is no internship), scored 87.3 % first, 97.1 %
// after (the six left: a title with no type word is full-time to five of
// those projects, unknown to us).
//
// The thirty-first and thirty-second rounds ran as four parts, each table
// scored once on main before any fix it guided, and each with a held set
// taken from further projects after its fixes: remote and region (283
// cases from 14 projects: Czech and Slovak graded home office, Polish
// work modes, Oracle, Eightfold and Paylocity location values, LinkedIn's
// TELECOMMUTE; 93.3 % first, 96.1 % after; held 81.7 %, mostly places);
// pay and type (259 cases from about 23 projects: ringgit, riyal, naira,
// CHF, UK day rates and IR35, Swiss percentage titles, LinkedIn's
// "Employment type" block; 88.8 % first, 96.5 % after; held 100 %);
// places (496 cases from 14 projects: a US and Canadian location
// classifier, ISO-3 and Workday country prefixes, regions of countries,
// towns before another country's state; 87.3 % first, 94.8 % after; held
// 90.0 % on main, 95.0 % after); job type and pay in descriptions (340
// cases from 23 projects: Malay range words, fees the applicant pays,
// Italian and Portuguese internships, contract tags in titles; 94.1 %
// first, 96.2 % after; held 92.2 %). A thirty-third round, work mode and
// South Asian pay (287 cases from 13 projects: "no remote" notes,
// home-based roles, partial remote shares, header mode segments; "25,000/-",
// "38k pm", "hazar", "salana", taka), scored 87.8 % first and 92.7 % after;
// 13 of the 21 left are one project's convention ("City or Remote" is
// hybrid to it, remote to us), 97.1 % without them; held 91.2 %. A
// thirty-fourth round in five parts: places (478 cases from 13 projects:
// US state codes before ZIP codes, counties and trailing words, regions
// holding another place's name such as New South Wales, Swiss cantons,
// Dutch provinces and Maltese towns as their towns' own codes, run-together
// Japanese and Chinese addresses, Hebrew, Vietnamese, Arabic, Hindi and
// Thai names; 91.0 % first, 94.6 % after; held 88.3 % on main, 90.0 %
// after); pay and type in European, Latin American, East Asian and Gulf
// wording (160 cases from 14 projects: bare thousands in a pay field by
// the place's month, Korean 만원; 93.8 % first, 95.6 % after; held 93.6 %);
// structured fields (302 cases from 21 projects: JSON-LD extractors, ATS
// clients for Greenhouse, Lever, Ashby, Workable, SmartRecruiters,
// Recruitee, BambooHR, Personio, Teamtailor, iCIMS and Workday, job-feed
// importers; 93.0 % first, 96.0 % after; held 95.1 %); work mode and
// regions in other languages (154 cases from 17 projects: Cyrillic towns
// and chip lists, Brazilian "Town - UF", French office days, Italian
// partial remote, Nordic and French workplace values; 80.5 % first, 88.3 %
// after; held 90.2 %); and work mode and job type in whole English
// descriptions, from other projects' labeled data sets (99 cases from 5
// projects, after dropping 31 labels their own text contradicts: glued
// label and value text, NHS-style field pairs, interim and W-2 hires, a
// full-time week stated only as hours, split home and on-site schedules;
// 77.8 % first, 90.9 % after). The five parts first agreed on 89.4 %
// (1,067 of 1,193; held sets 91.2 %, 177 of 194). A thirty-fifth round in
// four parts: work mode in eleven languages other than English (308 cases
// from 27 projects: German day counts and required presence, French
// telework denials and occasional telework, Korean alternate-week home work
// and weekly office days, Cyrillic office formats, remote denied only
// during probation; 77.6 % first, 95.5 % after; held 78.8 % on main, 80.3 %
// after); job type from titles and sentences (354 cases from about 47
// projects: FTE fractions and weekly hours in titles, co-op and work-term
// titles, apprenticeships, returnships and casual roles stated in a
// sentence, past-work sentences that set no type; 83.6 % first, 94.4 %
// after; held 88.8 %); pay (444 cases from 35 projects: a bare "L" for
// lakh, the taka sign in running text, one pay in several currencies, perk
// allowances, six currency codes not read before; 93.7 % first, 97.5 %
// after; held 95.7 %); and places (537 cases from 19 projects: country and
// world-area names in about 25 languages, office cities beside a remote
// scope, states and provinces named without their country; 76.2 % first,
// 91.8 % after; held 91.2 %). The four parts first agreed on 82.8 % (1,360
// of 1,643; held sets 88.8 %, 262 of 295). A thirty-sixth round in four
// parts, none of its projects used before: work mode (432 cases from 35
// projects: English statements such as "a hybrid workplace" and refusals
// of remote work, ATS and JSON-LD workplace values, short keyword values in
// many languages read word by word; 87.0 % first, 97.0 % after; held 96.3 %
// on main, 98.8 % after); job type in more than 20 languages (600 cases from
// 92 files: type-field words read before the English word search, Japanese
// bracketed title tags, French CDI/CDD in text; 83.3 % first, 96.7 % after;
// held 81.2 % / 87.5 %); pay (462 cases from about 44 projects: yen and lei
// periods by size, CJK range dashes, a bare range start, payments a year,
// a yen sign under a Chinese label as yuan; 93.3 % first, 97.2 % after;
// held 84.1 % / 88.6 %); and places (483 cases from 20 projects: MENA and
// Africa as areas, one-country and European time zones, group names, ATS
// location strings; 78.9 % first, 89.0 % after; held 78.6 % / 84.5 %). The
// four parts first agreed on 85.4 % (1,688 of 1,977; held sets 84.8 %, 262
// of 309; after the fixes 95.0 % and 89.6 %).
var agreementFiles = []string{"testdata/agreement.jsonl", "testdata/agreement_holdout.jsonl", "testdata/agreement_blind.jsonl",
	"testdata/agreement_blind2.jsonl", "testdata/agreement_blind3.jsonl"}

func readAgreementCases(t *testing.T, path string) []agreementCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []agreementCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var c agreementCase
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c); err != nil {
			t.Fatalf("%s line %d: %v", path, n, err)
		}
		switch c.Cat {
		case "pay", "remote", "region", "type":
		default:
			t.Fatalf("%s line %d: unknown category %q", path, n, c.Cat)
		}
		if c.Name == "" || c.Want == "" {
			t.Fatalf("%s line %d: name and want are required", path, n)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// agreementGot is what the normalizer read for the case's category.
// agreementListing normalizes a case's input as a posting.
func agreementListing(c agreementCase) *model.Listing {
	p := model.Posting{Source: "t", ExternalID: c.Name, Title: c.Title, Locations: c.Locs, RemoteHint: c.Hint,
		EmploymentType: c.Emp, PayText: c.Pay, DescriptionText: c.Text}
	return Normalize(&p, Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
}

func agreementGot(c agreementCase) (got string, evidence string) {
	l := agreementListing(c)
	switch c.Cat {
	case "pay":
		if l.Pay == nil {
			return "-", ""
		}
		ev := ""
		if l.Pay.Evidence != nil {
			ev = l.Pay.Evidence.Field + ": " + l.Pay.Evidence.Text
		}
		return tablePay(l.Pay), ev
	case "remote":
		return string(l.Remote), l.RemoteEvidence
	case "region":
		if len(l.RemoteRegions) == 0 {
			return "none", string(l.Remote)
		}
		return strings.Join(l.RemoteRegions, ","), string(l.Remote)
	}
	return string(l.Type), ""
}

func agrees(c agreementCase, got string) bool {
	if strings.HasPrefix(c.Want, "!") {
		return got != c.Want[1:]
	}
	if c.Cat == "region" {
		return regionSet(got) == regionSet(c.Want) // regions are a set
	}
	if want, ok := strings.CutSuffix(c.Want, " *"); ok && c.Cat == "pay" {
		// "1200 1500 EUR *": the source states no period, so any period
		// agrees with it (amounts and currency must still match).
		i := strings.LastIndexByte(got, ' ')
		return i > 0 && got[:i] == want
	}
	return got == c.Want
}

// regionSet is a comma-separated region list in sorted order.
func regionSet(s string) string {
	parts := strings.Split(s, ",")
	sort.Strings(parts)
	return strings.Join(parts, ",")
}

// TestAgreement scores the normalizer against each case table per category
// and fails when a category is below 95 %. Every disagreement is logged
// with what was read and why.
func TestAgreement(t *testing.T) {
	for _, path := range agreementFiles {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".jsonl"), func(t *testing.T) {
			scoreAgreement(t, readAgreementCases(t, path))
		})
	}
}

func scoreAgreement(t *testing.T, cases []agreementCase) { scoreAgreementAt(t, cases, agreementMin) }

// scoreAgreementAt logs each miss and each category's share, and fails a
// category below min.
func scoreAgreementAt(t *testing.T, cases []agreementCase, min float64) {
	total, ok := map[string]int{}, map[string]int{}
	var misses []string
	for _, c := range cases {
		got, ev := agreementGot(c)
		total[c.Cat]++
		if agrees(c, got) {
			ok[c.Cat]++
		} else {
			misses = append(misses, fmt.Sprintf("%s/%s: got %q (%s), want %q", c.Cat, c.Name, got, ev, c.Want))
		}
	}
	for _, m := range misses {
		t.Log("miss " + m)
	}
	cats := make([]string, 0, len(total))
	for k := range total {
		cats = append(cats, k)
	}
	sort.Strings(cats)
	all, allOK := 0, 0
	for _, k := range cats {
		share := float64(ok[k]) / float64(total[k])
		t.Logf("%-6s %3d/%3d agree (%.1f %%)", k, ok[k], total[k], 100*share)
		all, allOK = all+total[k], allOK+ok[k]
		if share < min {
			t.Errorf("%s agreement %.1f %% is below %.0f %%", k, 100*share, 100*min)
		}
	}
	t.Logf("all    %3d/%3d agree (%.1f %%)", allOK, all, 100*float64(allOK)/float64(all))
}

// TestAgreementCasesDistinct keeps the table honest: no duplicate names and
// no two cases with the same input in one category.
func TestAgreementCasesDistinct(t *testing.T) {
	names, inputs := map[string]bool{}, map[string]bool{}
	var cases []agreementCase
	for _, path := range agreementFiles {
		cases = append(cases, readAgreementCases(t, path)...)
	}
	for _, c := range cases {
		key := c.Cat + "/" + c.Name
		if names[key] {
			t.Errorf("duplicate case name %s", key)
		}
		names[key] = true
		in := fmt.Sprintf("%s|%q|%q|%q|%q|%q|%q", c.Cat, c.Title, c.Locs, c.Hint, c.Emp, c.Pay, c.Text)
		if inputs[in] {
			t.Errorf("duplicate case input %s", key)
		}
		inputs[in] = true
	}
}

// TestAgreementOutside scores a case table kept outside the repository, in
// the same format, named by GIGSCOUT_AGREEMENT_FILE (for example cases read
// from another project's tests, which must not be copied here). It does not
// fail on a low score: the figures and misses are in the log (go test -v).
func TestAgreementOutside(t *testing.T) {
	path := os.Getenv("GIGSCOUT_AGREEMENT_FILE")
	if path == "" {
		t.Skip("GIGSCOUT_AGREEMENT_FILE is not set: no outside case table to score")
	}
	scoreAgreementAt(t, readAgreementCases(t, path), 0)
}

// TestAgreesAnyPeriod: a pay want with period "*" agrees with any period
// of the same amounts and currency, and with nothing else.
func TestAgreesAnyPeriod(t *testing.T) {
	for _, c := range []struct {
		want, got string
		ok        bool
	}{
		{"500 500 EUR *", "500 500 EUR month", true},
		{"500 500 EUR *", "500 500 EUR project", true},
		{"500 500 EUR *", "500 500 USD month", false},
		{"500 500 EUR *", "500 600 EUR month", false},
		{"500 500 EUR *", "-", false},
		{"500 500 EUR month", "500 500 EUR year", false},
	} {
		if got := agrees(agreementCase{Cat: "pay", Want: c.want}, c.got); got != c.ok {
			t.Errorf("agrees(%q, %q) = %v, want %v", c.want, c.got, got, c.ok)
		}
	}
}
