package normalize

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// polishGermanCases pin the fixes guided by an eighth round of other projects'
// own test tables (24 test files from about 22 projects, 287 cases,
// kept outside the repository and scored with TestAgreementOutside),
// written in other words than those tables, each with traps the fix must
// leave alone. First look, on main 447b1b4 before any fix: pay 140/149
// (94.0 %), region 33/35 (94.3 %), remote 43/58 (74.1 %), type 24/45
// (53.3 %), all 240/287 (83.6 %). After: pay 145/149, region 34/35,
// remote 51/58, type 42/45, all 272/287 (94.8 %); the misses left are
// conventions kept on purpose (a bare small amount is no pay; temporary
// is contract; regions only for remote work; remote with a commute
// radius, relocation or office visits stays remote), "Fr." (as often
// Friday as francs), and one case translated badly.
var polishGermanCases = []truthCase{
	// Polish, Czech and Slovak employment fields; B2B invoicing.
	{name: "polish full load", p: model.Posting{Title: "Księgowa", EmploymentType: "Pełny etat"}, jobType: "full_time"},
	{name: "polish full load without accents", p: model.Posting{Title: "Ksiegowa", EmploymentType: "pelny etat"}, jobType: "full_time"},
	{name: "polish part load", p: model.Posting{Title: "Księgowa", EmploymentType: "Część etatu"}, jobType: "part_time"},
	{name: "polish not full load", p: model.Posting{Title: "Księgowa", EmploymentType: "Niepełny etat"}, jobType: "part_time"},
	{name: "polish half load", p: model.Posting{Title: "Księgowa", EmploymentType: "pół etatu"}, jobType: "part_time"},
	{name: "polish side job", p: model.Posting{Title: "Kurier", EmploymentType: "Praca dodatkowa"}, jobType: "part_time"},
	{name: "polish mandate contract", p: model.Posting{Title: "Kurier", EmploymentType: "Umowa zlecenie"}, jobType: "contract"},
	{name: "polish work contract", p: model.Posting{Title: "Grafik", EmploymentType: "umowa o dzieło"}, jobType: "contract"},
	{name: "b2b alone", p: model.Posting{Title: "Java Developer", EmploymentType: "B2B"}, jobType: "contract"},
	{name: "b2b first of two", p: model.Posting{Title: "Java Developer", EmploymentType: "B2B, umowa o pracę"}, jobType: "contract"},
	{name: "polish internship", p: model.Posting{Title: "Asystent", EmploymentType: "Staż"}, jobType: "internship"},
	{name: "czech full load", p: model.Posting{Title: "Účetní", EmploymentType: "Práce na plný úvazek"}, jobType: "full_time"},
	{name: "czech shortened load", p: model.Posting{Title: "Účetní", EmploymentType: "zkrácený úvazek"}, jobType: "part_time"},
	{name: "slovak partial load", p: model.Posting{Title: "Účtovník", EmploymentType: "Čiastočný úväzok"}, jobType: "part_time"},
	{name: "czech internship", p: model.Posting{Title: "Marketing", EmploymentType: "Placená stáž"}, jobType: "internship"},
	{name: "czech volunteering", p: model.Posting{Title: "Pomocník", EmploymentType: "Dobrovolnictví"}, jobType: "volunteer"},
	{name: "external collaboration", p: model.Posting{Title: "Designer", EmploymentType: "External collaboration"}, jobType: "contract"},
	// traps
	{name: "b2b in a subject stays unknown", p: model.Posting{Title: "Sales", EmploymentType: "B2B sales team"}, jobType: "unknown"},
	{name: "polish temporary is contract", p: model.Posting{Title: "Kurier", EmploymentType: "Praca tymczasowa"}, jobType: "contract"},
	{name: "polish employment contract alone is the regular post", p: model.Posting{Title: "Kurier", EmploymentType: "Umowa o pracę"}, jobType: "full_time"},

	// A title saying part time over a field filed full time.
	{name: "part time title over full time field", p: model.Posting{Title: "Pharmacy Technician - Part Time", EmploymentType: "Full-Time"}, jobType: "part_time"},
	{name: "part time temporary title", p: model.Posting{Title: "Cashier (Part-Time, Seasonal)", EmploymentType: "Full Time Regular"}, jobType: "part_time"},
	// traps
	{name: "full or part time title keeps field", p: model.Posting{Title: "Cashier - Full Time / Part Time", EmploymentType: "Full-Time"}, jobType: "full_time"},
	{name: "part time title keeps contract field", p: model.Posting{Title: "Tutor - Part Time", EmploymentType: "Contract"}, jobType: "contract"},
	{name: "intern title still wins", p: model.Posting{Title: "Part-time Research Intern", EmploymentType: "Full-Time"}, jobType: "internship"},

	// Polish place-of-work words in fields, titles and text.
	{name: "polish remote field", p: model.Posting{Title: "Tester", RemoteHint: "Praca zdalna"}, remote: "remote"},
	{name: "polish hybrid field", p: model.Posting{Title: "Tester", RemoteHint: "praca hybrydowa"}, remote: "hybrid"},
	{name: "polish office field", p: model.Posting{Title: "Tester", RemoteHint: "Praca stacjonarna"}, remote: "onsite"},
	{name: "polish remote location", p: model.Posting{Title: "Tester", Locations: []string{"Kraków (zdalnie)"}}, remote: "remote"},
	{name: "polish remote title note", p: model.Posting{Title: "Analityk danych (praca zdalna)"}, remote: "remote"},
	{name: "polish remote sentence", p: model.Posting{Title: "Analityk", DescriptionText: "Oferujemy pracę zdalną z dowolnego miejsca."}, remote: "remote"},
	{name: "polish fully remote", p: model.Posting{Title: "Analityk", DescriptionText: "Zespół pracuje w pełni zdalnie."}, remote: "remote"},
	{name: "polish hybrid model", p: model.Posting{Title: "Analityk", DescriptionText: "Pracujemy w modelu hybrydowym, biuro w Gdańsku."}, remote: "hybrid"},
	{name: "polish office sentence", p: model.Posting{Title: "Magazynier", DescriptionText: "Praca stacjonarna w magazynie w Poznaniu."}, remote: "onsite"},
	// traps
	{name: "polish remote as option stays unknown", p: model.Posting{Title: "Analityk", DescriptionText: "Jest możliwość pracy zdalnej w piątki."}, remote: "unknown"},
	{name: "polish office beside remote stays remote", p: model.Posting{Title: "Analityk", DescriptionText: "Praca zdalna; spotkania stacjonarne raz na kwartał."}, remote: "remote"},

	// German: partial home work is hybrid, place-free work remote, no
	// remote work on-site.
	{name: "german partial home office field", p: model.Posting{Title: "Entwickler", RemoteHint: "Teilweise Homeoffice"}, remote: "hybrid"},
	{name: "german partial remote title", p: model.Posting{Title: "Entwickler (teilweise remote)"}, remote: "hybrid"},
	{name: "english partially remote title", p: model.Posting{Title: "Accountant - partially remote"}, remote: "hybrid"},
	{name: "german partial home office text", p: model.Posting{Title: "Entwickler", DescriptionText: "Teilweise Home-Office nach Absprache."}, remote: "hybrid"},
	{name: "german place free title", p: model.Posting{Title: "Redakteur – ortsunabhängig"}, remote: "remote"},
	{name: "german place free text", p: model.Posting{Title: "Redakteur", DescriptionText: "Du arbeitest ortsunabhängig und flexibel."}, remote: "remote"},
	{name: "german no remote title", p: model.Posting{Title: "Lagerist (kein Homeoffice)"}, remote: "onsite"},
	{name: "german no remote location", p: model.Posting{Title: "Lagerist", Locations: []string{"Bremen – keine Remote-Arbeit"}}, remote: "onsite"},
	// traps
	{name: "german full home office stays remote", p: model.Posting{Title: "Entwickler", RemoteHint: "Homeoffice"}, remote: "remote"},
	{name: "german partial word elsewhere stays unknown", p: model.Posting{Title: "Entwickler", DescriptionText: "Teilweise Reisen zu Kunden."}, remote: "unknown"},

	// Office days required a week narrow a remote location to hybrid.
	{name: "in office required days", p: model.Posting{Title: "Planner", Locations: []string{"Remote"}, DescriptionText: "In-office required 3 days per week."}, remote: "hybrid"},
	{name: "in office expected days", p: model.Posting{Title: "Planner", Locations: []string{"Remote"}, DescriptionText: "In-office is expected two days a week."}, remote: "hybrid"},
	// trap
	{name: "in office required for onboarding stays remote", p: model.Posting{Title: "Planner", Locations: []string{"Remote"}, DescriptionText: "In-office required for the first week of onboarding."}, remote: "remote"},

	// A line opening with "Remote" and its country.
	{name: "remote country line", p: model.Posting{Title: "Analyst", DescriptionText: "Remote Canada, you must reside in Ontario."}, remote: "remote", regions: "CA"},
	{name: "remote code line", p: model.Posting{Title: "Analyst", DescriptionText: "Remote UK - permanent contract."}, remote: "remote", regions: "GB"},
	// traps
	{name: "remote sensing line stays unknown", p: model.Posting{Title: "Analyst", DescriptionText: "Remote sensing, GIS and mapping."}, remote: "unknown"},
	{name: "remote support line stays unknown", p: model.Posting{Title: "Analyst", DescriptionText: "Remote support: you will help users."}, remote: "unknown"},

	// A held table scored after the fixes above (7 files, 89
	// cases; first look pay 62/65, remote 19/21, type 3/3, all 84/89 =
	// 94.4 %) found three more: a Czech crown sign in lower case glued to
	// the amount, the French freelance day rate (TJM, "taux journalier
	// moyen") and French boards' "full remote".
	{name: "glued lower case crown sign", p: model.Posting{Title: "Tester", Locations: []string{"Brno"}, PayText: "45000kč"}, pay: "45000 45000 CZK month"},
	{name: "tjm is a day rate", p: model.Posting{Title: "Développeur", PayText: "TJM : 550 €"}, pay: "550 550 EUR day"},
	{name: "taux journalier", p: model.Posting{Title: "Développeur", DescriptionText: "Taux journalier moyen de 480 € selon profil."}, pay: "480 480 EUR day"},
	{name: "french full remote", p: model.Posting{Title: "Développeur", DescriptionText: "Poste en full remote, rattaché à Lyon."}, remote: "remote"},
	{name: "full-remote hyphen", p: model.Posting{Title: "Développeur", DescriptionText: "Mission full-remote de six mois."}, remote: "remote"},
	// traps
	{name: "full remote access stays unknown", p: model.Posting{Title: "Admin", DescriptionText: "You get full remote access to the lab machines."}, remote: "unknown"},
	{name: "tjm without amount stays unpaid", p: model.Posting{Title: "Développeur", DescriptionText: "Le TJM sera discuté en entretien."}, pay: "-"},

	// Pay with a currency code after the amount and nothing else.
	{name: "code after salary", p: model.Posting{Title: "Engineer", DescriptionText: "95,000 EUR"}, pay: "95000 95000 EUR year"},
	{name: "code after range", p: model.Posting{Title: "Engineer", DescriptionText: "Package 70,000 - 90,000 GBP"}, pay: "70000 90000 GBP year"},
	// traps
	{name: "code after a price stays unpaid", p: model.Posting{Title: "Engineer", DescriptionText: "The machine costs 40,000 USD."}, pay: "-"},
	{name: "code after raised funds stays unpaid", p: model.Posting{Title: "Engineer", DescriptionText: "We raised 500,000 EUR last year."}, pay: "-"},
	{name: "code after no separator stays unpaid", p: model.Posting{Title: "Engineer", DescriptionText: "Ticket 45000 USD"}, pay: "-"},

	// A pay field with Chinese period words and no currency: yuan.
	{name: "chinese month range no place", p: model.Posting{Title: "Java开发", PayText: "12k-18k/月"}, pay: "12000 18000 CNY month"},
	{name: "chinese wan year", p: model.Posting{Title: "产品经理", PayText: "25-40万/年"}, pay: "250000 400000 CNY year"},
	{name: "chinese city place", p: model.Posting{Title: "Engineer", Locations: []string{"Shenzhen"}, PayText: "15k-25k/month"}, pay: "15000 25000 CNY month"},
	// traps
	// (was "-": no yen was read then; cjkPay reads 月給 with 万 as yen)
	{name: "japanese month pay stays not yuan", p: model.Posting{Title: "エンジニア", PayText: "月給30万"}, pay: "300000 300000 JPY month"},
	{name: "us place keeps dollars", p: model.Posting{Title: "Engineer", Locations: []string{"Austin, TX"}, PayText: "12k-18k/月"}, pay: "12000 18000 USD month"},
}

func TestPolishGermanCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range polishGermanCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// FuzzPolishGerman runs these readers on any input: none may panic,
// evidence must be a slice of the input, and the readers must give one of
// their known values.
func FuzzPolishGerman(f *testing.F) {
	for _, tc := range polishGermanCases {
		f.Add(tc.p.Title + "\n" + tc.p.DescriptionText + "\n" + tc.p.EmploymentType + tc.p.RemoteHint + tc.p.PayText)
	}
	for _, s := range []string{"Not Remote", "Remote: no", "Temporarily remote", "Híbrido - Porto", "Hybrid - London", "Teletrabajo", "Télétravail",
		"Work from home", "Distributed", "Home-based, UK", "On site", "In-person", "5 days a week in office", "Office", "Vor Ort", "Presencial", "WFO"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		switch slavicEmploymentType(s) {
		case model.TypeUnknown, model.TypeFullTime, model.TypePartTime, model.TypeContract, model.TypeInternship, model.TypeVolunteer:
		default:
			t.Errorf("slavicEmploymentType(%q): unexpected type", s)
		}
		if r, ev := foreignPlaceWords(s); r == model.RemoteUnknown && ev != "" || r != model.RemoteUnknown && !strings.Contains(s, ev) {
			t.Errorf("foreignPlaceWords(%q) = %s, %q", s, r, ev)
		}
		if loc := leadRemoteIn(s); loc != nil && (loc[0] < 0 || loc[1] > len(s) || loc[0] > loc[1]) {
			t.Errorf("leadRemoteIn(%q) = %v", s, loc)
		}
		if n := titleNote(s); n != "" && !strings.Contains(s, n) {
			t.Errorf("titleNote(%q) = %q", s, n)
		}
		if chinesePayWords(s) && !strings.ContainsAny(s, "月年天时万薪元") {
			t.Errorf("chinesePayWords(%q) without a Chinese pay word", s)
		}
		_ = codeEnds(s)
		// fromLocations runs these regexps only on a text holding the
		// words it checks first; none may match without them.
		if locNoRemote.MatchString(s) && !containsFold(s, "remote") ||
			locHybrid.MatchString(s) && !containsFold(s, "remote") && !containsFold(s, "brid") ||
			locHybridForeign.MatchString(s) && !containsFold(s, "brid") ||
			locRemoteForeign.MatchString(s) && !remoteForeignWord(s) ||
			locRemote.MatchString(s) && !mayRemoteWord(s) ||
			titleWhere.MatchString(s) && titleWhereIn(s) == "" || titlePart.MatchString(s) && !mayTitlePart(s) ||
			titleRunsProgram.MatchString(s) && !mayRunProgram(s) || titleFellowship.MatchString(s) && !containsFold(s, "fellow") ||
			titleVolunteer.MatchString(s) && !containsFold(s, "volunteer") ||
			foreignPlaceExtra.MatchString(s) && !mayForeignPlaceWord(s) || locNoRemote.MatchString(s) && noRemoteIn(s) == "" ||
			(locOnsite.MatchString(s) || locOnsiteWords.MatchString(s) || officeWeek.MatchString(s) || locOfficeOnly.MatchString(s) || locOnsiteForeign.MatchString(s)) && !mayOnsiteWord(s) {
			t.Errorf("a location regexp matches %q without its literal word", s)
		}
		// The one-pass key check agrees with a search for each key, and
		// the regexps it guards find nothing in an ASCII text without a
		// key (beyond ASCII, (?i) also folds the Kelvin sign and long s).
		ref := false
		for _, k := range extraPlaceKeys {
			ref = ref || containsFold(s, k)
		}
		if mayHaveExtraPlace(s) != ref {
			t.Errorf("mayHaveExtraPlace(%q) = %v, want %v", s, !ref, ref)
		}
		if !ref && isASCIIText(s) {
			for _, re := range []*regexp.Regexp{titlePlaceNote, locDenyExtra, locHybridExtra, locRemoteExtra, locOnsiteExtra} {
				if re.MatchString(s) {
					t.Errorf("%v matches %q, which holds no key", re, s)
				}
			}
		}
		checkParsedPay(t, s)
	})
}

// BenchmarkExtraPlaceGuard is the cost this round adds to every listing
// whose locations and title hold none of its words: the one-pass key check
// on each location and on the title (ParseRemote is about 20 µs a call).
func BenchmarkExtraPlaceGuard(b *testing.B) {
	in := []string{"Remote (United States)", "San Francisco, CA", "London, England, United Kingdom", "Senior Backend Engineer (Hybrid)", "Customer Support Specialist - Remote, EMEA", "Berlin"}
	for b.Loop() {
		for _, s := range in {
			if extraLocPlace(s) != model.RemoteUnknown || titleNote(s) != "" {
				b.Fatal(s)
			}
		}
	}
}

// BenchmarkFromLocations reads typical location fields: cities, a remote
// note, a hybrid note.
func BenchmarkFromLocations(b *testing.B) {
	locs := [][]string{{"San Francisco, CA"}, {"London, England, United Kingdom"}, {"Remote (United States)"}, {"Berlin, Germany (Hybrid)"}, {"Austin, TX", "New York, NY"}}
	for b.Loop() {
		for _, l := range locs {
			fromLocations(l)
		}
	}
}
