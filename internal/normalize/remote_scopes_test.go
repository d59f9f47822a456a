package normalize

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// regionScopeCases pin the fixes guided by a fourteenth round of other
// projects' own test tables (kept outside the repository and scored
// with TestAgreementOutside), written in other words than those tables, each
// with traps the fix must leave alone: a Czech or Slovak home office that is
// only occasional or partial, home office or Polish remote work on a few
// days of the week, Czech and Slovak remote words, a location that is only a
// region of many countries, places after an exclusion word, a company's
// seat, a parenthesised country or list of examples after a region, a role
// based in a country, Spanish and Portuguese residence and country words,
// and Polish pay written "6 500,00 zł" or "od … do … zł".
var regionScopeCases = []truthCase{
	// A partial home office is hybrid, even under a remote flag.
	{name: "czech occasional home work", p: model.Posting{Title: "Účetní", Locations: []string{"Olomouc"}, RemoteHint: "Remote", DescriptionText: "Nabízíme občasnou práci z domova a stravenky."}, remote: "hybrid"},
	{name: "slovak partial home office", p: model.Posting{Title: "Analytik", Locations: []string{"Žilina"}, RemoteHint: "Remote", DescriptionText: "Čiastočne home office, inak kancelária v centre."}, remote: "hybrid"},
	{name: "english grade in the location", p: model.Posting{Title: "Analyst", Locations: []string{"Nitra, Slovakia (Job with partial home office)"}}, remote: "hybrid"},
	{name: "trap: home work without a grade stays remote", p: model.Posting{Title: "Účetní", Locations: []string{"Olomouc"}, RemoteHint: "Remote", DescriptionText: "Celá práce probíhá z domova."}, remote: "remote"},
	{name: "trap: an occasional home office stipend is a perk", p: model.Posting{Title: "Writer", RemoteHint: "Remote", DescriptionText: "Fully remote. We pay an occasional home office stipend."}, remote: "remote"},

	// Home office or Polish remote work on a few days a week.
	{name: "czech home office three days a week", p: model.Posting{Title: "Tester", Locations: []string{"Plzeň"}, DescriptionText: "Home office 3 dny v týdnu, jinak v kanceláři."}, remote: "hybrid"},
	{name: "polish remote for two days", p: model.Posting{Title: "Programista", Locations: []string{"Łódź"}, RemoteHint: "Praca zdalna przez 2 dni"}, remote: "hybrid"},
	{name: "trap: home office five days a week", p: model.Posting{Title: "Tester", Locations: []string{"Plzeň"}, DescriptionText: "Home office 5 dní v týdnu."}, remote: "remote"},
	{name: "trap: polish remote for three months", p: model.Posting{Title: "Programista", DescriptionText: "Praca zdalna przez 3 miesiące, potem biuro."}, remote: "!hybrid"},

	// Czech and Slovak remote words.
	{name: "czech fully remotely", p: model.Posting{Title: "Vývojář", Locations: []string{"Brno"}, DescriptionText: "Práce probíhá plně vzdáleně."}, remote: "remote"},
	{name: "slovak work from a distance", p: model.Posting{Title: "Vývojár", Locations: []string{"Košice"}, DescriptionText: "Ponúkame prácu na diaľku."}, remote: "remote"},
	{name: "trap: remote access is no remote work", p: model.Posting{Title: "Správce", Locations: []string{"Brno"}, DescriptionText: "Správa serverů přes vzdálený přístup."}, remote: "!remote"},

	// A location that is only a region of many countries.
	{name: "latin america in spanish as the location", p: model.Posting{Title: "Diseñador", Locations: []string{"Latinoamérica"}}, remote: "remote", regions: "LATAM"},
	{name: "emea as the location", p: model.Posting{Title: "Seller", Locations: []string{"EMEA"}}, remote: "remote", regions: "EMEA"},
	{name: "trap: a region location with an on-site body", p: model.Posting{Title: "Seller", Locations: []string{"Latin America"}, DescriptionText: "This job is fully on-site in our Lima office."}, remote: "onsite"},
	{name: "trap: a city alone", p: model.Posting{Title: "Seller", Locations: []string{"Madrid"}}, remote: "unknown"},
	{name: "open to applicants across a region", p: model.Posting{Title: "Seller", DescriptionText: "This position is open to applicants across Europe."}, remote: "remote", regions: "EU"},
	{name: "trap: open to applicants of one country", p: model.Posting{Title: "Seller", DescriptionText: "This position is open to applicants in Portugal."}, remote: "unknown"},

	// Places set aside: exclusions, a company's seat, example lists.
	{name: "exclusion in the location", p: model.Posting{Title: "Editor", Locations: []string{"Remote - Europe excluding Germany"}}, remote: "remote", regions: "EU"},
	{name: "exclusion in the text", p: model.Posting{Title: "Editor", Locations: []string{"Remote"}, DescriptionText: "Hiring in LATAM, except Chile."}, remote: "remote", regions: "LATAM"},
	{name: "trap: exceptional is no exclusion", p: model.Posting{Title: "Editor", Locations: []string{"Remote - Spain"}, DescriptionText: "Exceptional pay."}, remote: "remote", regions: "ES"},
	{name: "company seat before worldwide hiring", p: model.Posting{Title: "Editor", Locations: []string{"Remote"}, DescriptionText: "The company is headquartered in Sweden. We hire from any country."}, remote: "remote", regions: "worldwide"},
	{name: "trap: a residence requirement is no seat", p: model.Posting{Title: "Editor", Locations: []string{"Remote"}, DescriptionText: "Candidates must be based in Sweden."}, remote: "remote", regions: "SE"},
	{name: "examples after a region", p: model.Posting{Title: "Editor", Locations: []string{"Remote - EU (e.g. France, Italy)"}}, remote: "remote", regions: "EU"},

	// Narrower places: a parenthesised country, a role based in a country.
	{name: "country in parentheses narrows a region", p: model.Posting{Title: "Editor", Locations: []string{"Remote - APAC (Japan)"}}, remote: "remote", regions: "JP"},
	{name: "trap: country in parentheses after remote", p: model.Posting{Title: "Editor", Locations: []string{"Remote (Portugal)"}}, remote: "remote", regions: "PT"},
	{name: "remote position based in a country", p: model.Posting{Title: "Editor", Locations: []string{"Anywhere"}, DescriptionText: "This remote position is based in Ireland."}, remote: "remote", regions: "IE"},
	{name: "trap: the team is based in a country", p: model.Posting{Title: "Editor", Locations: []string{"Remote - Worldwide"}, DescriptionText: "Our team is based in Ireland."}, remote: "remote", regions: "worldwide"},
	{name: "applicants based in one country only", p: model.Posting{Title: "Editor", Locations: []string{"Remote - Europe"}, DescriptionText: "Open to candidates based in Austria only."}, remote: "remote", regions: "AT"},

	// Spanish and Portuguese residence and country words.
	{name: "spanish residence", p: model.Posting{Title: "Analista", Locations: []string{"Remoto"}, DescriptionText: "Es necesario residir en Colombia."}, remote: "remote", regions: "CO"},
	{name: "portuguese residence", p: model.Posting{Title: "Analista", Locations: []string{"Remoto"}, DescriptionText: "Requisito: residir no Brasil."}, remote: "remote", regions: "BR"},
	{name: "remote from a country in spanish", p: model.Posting{Title: "Analista", DescriptionText: "Trabajo remoto desde México."}, remote: "remote", regions: "MX"},
	{name: "spanish country name", p: model.Posting{Title: "Analista", Locations: []string{"Remoto - Francia"}}, remote: "remote", regions: "FR"},
	{name: "dominican republic abbreviated", p: model.Posting{Title: "Analista", Locations: []string{"Remote (RD)"}}, remote: "remote", regions: "DO"},
	{name: "united kingdom and ireland", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - UKI"}}, remote: "remote", regions: "GB,IE"},

	// Polish and Czech pay.
	{name: "polish pay with grosze", p: model.Posting{Title: "Księgowa", PayText: "Wynagrodzenie 8 200,00 zł brutto"}, pay: "8200 8200 PLN month"},
	{name: "polish range from and to", p: model.Posting{Title: "Księgowa", PayText: "od 9 000 do 12 000 zł miesięcznie"}, pay: "9000 12000 PLN month"},
	{name: "czech range from and to", p: model.Posting{Title: "Účetní", PayText: "od 45 000 do 60 000 Kč měsíčně"}, pay: "45000 60000 CZK month"},
	{name: "trap: up to only", p: model.Posting{Title: "Księgowa", PayText: "do 12 000 zł miesięcznie"}, pay: "12000 12000 PLN month"},
	{name: "trap: a start far below the end", p: model.Posting{Title: "Księgowa", PayText: "od 2 do 12 000 zł miesięcznie"}, pay: "12000 12000 PLN month"},
}

func TestRegionScopeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range regionScopeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}

// TestRegionScopeCasesLong runs the cases again with a neutral paragraph before
// the description, past minGuardedText: a long description is read through
// the shared key scan's windows (scopeDoc), a short one directly.
func TestRegionScopeCasesLong(t *testing.T) {
	filler := strings.Repeat("Our product helps small shops plan their stock. ", 14) + "\n"
	checkLongCases(t, filler, checkFieldCase, regionScopeCases, regionScopeHeldCases)
}

// FuzzRegionScope runs these readers on any input: none may
// panic, each answers only when its words are there, masking keeps the
// length (and valid UTF-8), and a widened range stays in order.
func FuzzRegionScope(f *testing.F) {
	for _, tc := range regionScopeCases {
		f.Add(tc.p.PayText + "\n" + tc.p.DescriptionText + "\n" + tc.p.RemoteHint + "\n" + strings.Join(tc.p.Locations, "; "))
	}
	for _, s := range []string{"z domova", "home office 4 dny", "zdalna przez 1 dni", "excl.", "except", "od 1 do ", "(etc)", "Remote - LATAM ((Mexico)", "residir en "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if ev := gradedHomeOffice(newScopeDoc(s)); ev != "" && !containsFold(s, "home") && !containsFold(s, "z dom") {
			t.Errorf("gradedHomeOffice(%q) = %q without a home word", s, ev)
		}
		if ev := homeOfficeDays(newScopeDoc(s)); ev != "" && !containsFold(s, "home") && !containsFold(s, "z dom") && !containsFold(s, "zdaln") {
			t.Errorf("homeOfficeDays(%q) = %q without a home word", s, ev)
		}
		if ev := czechRemote(newScopeDoc(s)); ev != "" && !containsFold(s, "vzd") && !containsFold(s, "na d") {
			t.Errorf("czechRemote(%q) = %q without its words", s, ev)
		}
		for _, loc := range []bool{false, true} {
			m := scopeMasked(s, loc)
			if len(m) != len(s) {
				t.Errorf("scopeMasked(%q, %v) changed the length: %q", s, loc, m)
			}
			if utf8.ValidString(s) && !utf8.ValidString(m) {
				t.Errorf("scopeMasked(%q, %v) = %q is not valid UTF-8", s, loc, m)
			}
		}
		_ = requiredPlaces(newScopeDoc(s))
		if rs := parenCountries(s); rs != nil && !strings.Contains(s, "(") {
			t.Errorf("parenCountries(%q) = %v without parentheses", s, rs)
		}
		c := payCandidate{money: money{start: len(s), end: len(s), min: 10000, max: 10000}}
		slavicRangeStart(s, &c)
		if c.min > c.max || c.start < 0 || c.start > len(s) {
			t.Errorf("slavicRangeStart(%q) = %+v", s, c)
		}
		_ = reviseScopes("", []string{s}, s, RemoteInfo{Remote: model.RemoteUnknown})
		if lowerUSLocation(s) && !strings.Contains(s, "us") {
			t.Errorf("lowerUSLocation(%q) without a lower-case us", s)
		}
		if perkBudgetBefore(s) && !containsFold(s, "stipend") && !containsFold(s, "budget") && !containsFold(s, "allowance") && !containsFold(s, "reimbursement") {
			t.Errorf("perkBudgetBefore(%q) without a budget word", s)
		}
	})
}

// regionScopeHeldCases pin the fixes guided by the held table, after it was scored
// once: a perk budget named before its amount, the United States written
// "us" in a short location or after a residence verb, Polish cities.
var regionScopeHeldCases = []truthCase{
	{name: "equipment allowance before the amount", p: model.Posting{Title: "Designer", Locations: []string{"Remote"}, DescriptionText: "An equipment allowance of €400 is included."}, pay: "-"},
	{name: "trap: an intern's monthly stipend is pay", p: model.Posting{Title: "Research Intern", DescriptionText: "Monthly stipend of $1,200."}, pay: "1200 1200 USD month"},
	{name: "lower-case us before remote", p: model.Posting{Title: "Designer", Locations: []string{"us-remote"}}, remote: "remote", regions: "US"},
	{name: "lower-case us in brackets with another country", p: model.Posting{Title: "Designer", Locations: []string{"remote (us or mexico)"}}, remote: "remote", regions: "US,MX"},
	{name: "trap: us as a pronoun in a location note", p: model.Posting{Title: "Designer", Locations: []string{"Remote - join us"}}, remote: "remote", regions: "!US"},
	{name: "lower-case in the us after a residence verb", p: model.Posting{Title: "Designer", Locations: []string{"remote"}, DescriptionText: "you must live in the us"}, remote: "remote", regions: "US"},
	{name: "trap: in the usual way", p: model.Posting{Title: "Designer", Locations: []string{"remote"}, DescriptionText: "we are based in the usual places"}, remote: "remote", regions: "!US"},
	{name: "polish city after remote", p: model.Posting{Title: "Designer", Locations: []string{"remote, Wrocław"}}, remote: "remote", regions: "PL"},
}

func TestRegionScopeHeldCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range regionScopeHeldCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}

// TestScopeSharedHits checks the scope words taken from the shared key scan
// against a scan of the text's own, on long texts that hold them.
func TestScopeSharedHits(t *testing.T) {
	filler := strings.Repeat("Our product helps small shops plan their stock. ", 14) + "\n"
	texts := []string{filler + "Home office 3 dny v týdnu. HQ is in Oslo; excluding Chile, except Peru. The president resides in Lima.",
		filler + strings.Join(scopeWords, " | "), filler + "EXCEPTIONAL homeoffice z domova Z DOMU desde remoto based in the us"}
	for _, tc := range regionScopeCases {
		texts = append(texts, filler+tc.p.DescriptionText)
	}
	for _, s := range texts {
		got, want := scopeSharedHits(s), scopeOwnHits(s)
		if len(got) != len(want) {
			t.Fatalf("%q: shared %v, own %v", s[len(filler):], got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%q: shared %v, own %v", s[len(filler):], got, want)
			}
		}
	}
}
