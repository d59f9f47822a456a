package normalize

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// usScopeCases pin the fixes guided by a fifteenth round of other projects'
// own test tables (US-scope remote filters and work-mode detectors,
// kept outside the repository and scored with TestAgreementOutside), written
// in other words than those tables, each with traps the fix must leave
// alone: a role that may be based, held or worked remotely, "100 % remote"
// with a space, German required presence, a German home office that is
// possible (part of the week), a bare on-site tag with a hybrid description,
// a residence the text says is not required, a US state code after the
// remote word, and large US cities in a remote location or a residence
// clause.
var usScopeCases = []truthCase{
	// Remote grants with other verbs.
	{name: "position may be based remotely", p: model.Posting{Title: "Auditor", Locations: []string{"Tulsa, OK"}, DescriptionText: "The position may be based remotely for the right person."}, remote: "remote", regions: "US"},
	{name: "job can be held from an office or remotely", p: model.Posting{Title: "Auditor", Locations: []string{"Reno, NV"}, DescriptionText: "This job can be held from our Reno office or remotely."}, remote: "remote", regions: "US"},
	{name: "role may be worked remotely", p: model.Posting{Title: "Auditor", Locations: []string{"Tulsa, OK"}, DescriptionText: "The role could also be worked remotely."}, remote: "remote"},
	{name: "trap: cannot be worked remotely", p: model.Posting{Title: "Auditor", Locations: []string{"Tulsa, OK"}, DescriptionText: "This role cannot be worked remotely."}, remote: "!remote"},
	{name: "trap: may not be based remotely", p: model.Posting{Title: "Auditor", Locations: []string{"Tulsa, OK"}, DescriptionText: "This position may not be based remotely."}, remote: "!remote"},
	{name: "trap: supporting remote staff", p: model.Posting{Title: "Auditor", Locations: []string{"Tulsa, OK"}, DescriptionText: "The role may involve supporting remote staff in two states."}, remote: "!remote"},

	// "100 % remote" with a space before the sign.
	{name: "hundred percent remote with a space", p: model.Posting{Title: "Entwickler", DescriptionText: "Die Stelle ist 100 % remote."}, remote: "remote"},
	{name: "trap: a hundred remote customers", p: model.Posting{Title: "Entwickler", DescriptionText: "Wir betreuen 100 Kunden, viele davon remote angebunden."}, remote: "!hybrid"},

	// German required presence.
	{name: "presence required in german", p: model.Posting{Title: "Buchhalter", DescriptionText: "Arbeitsort Köln, Präsenz im Büro? Ja: Präsenz erforderlich."}, remote: "onsite"},
	{name: "presence duty in german", p: model.Posting{Title: "Buchhalter", DescriptionText: "Es gilt Präsenzpflicht am Standort Essen."}, remote: "onsite"},
	{name: "trap: no presence required", p: model.Posting{Title: "Buchhalter", DescriptionText: "Keine Präsenz erforderlich."}, remote: "!onsite"},

	// A German home office that is possible is part of the week.
	{name: "home office possible after onboarding", p: model.Posting{Title: "Buchhalter", Locations: []string{"Essen"}, DescriptionText: "Nach der Einarbeitung ist Home-Office möglich."}, remote: "hybrid"},
	{name: "trap: full home office possible", p: model.Posting{Title: "Buchhalter", DescriptionText: "Bei uns ist 100% Homeoffice möglich."}, remote: "remote"},
	{name: "trap: remote statement beside it", p: model.Posting{Title: "Buchhalter", DescriptionText: "Vollständig remote arbeiten. Homeoffice möglich."}, remote: "remote"},
	{name: "trap: a home office stipend is possible", p: model.Posting{Title: "Buchhalter", Locations: []string{"Remote"}, DescriptionText: "Ein Zuschuss für das Homeoffice ist möglich."}, remote: "remote"},

	// A bare on-site tag with a hybrid description.
	{name: "in office tag with a hybrid role", p: model.Posting{Title: "Planner", Locations: []string{"In Office"}, DescriptionText: "This is a hybrid role with two office days."}, remote: "hybrid"},
	{name: "trap: in office tag alone", p: model.Posting{Title: "Planner", Locations: []string{"In Office"}, DescriptionText: "Plan the routes of our vans."}, remote: "onsite"},
	{name: "trap: on-site city with a hybrid cloud", p: model.Posting{Title: "Planner", Locations: []string{"Reno, NV (On-site)"}, DescriptionText: "Work on our hybrid cloud."}, remote: "onsite"},

	// A residence the text says is not required is no scope.
	{name: "no need to live in a country", p: model.Posting{Title: "Tutor", Locations: []string{"Remote"}, DescriptionText: "You don't need to live in Canada to apply."}, remote: "remote", regions: "!CA"},
	{name: "not required to be based in a country", p: model.Posting{Title: "Tutor", Locations: []string{"Remote"}, DescriptionText: "Tutors are not required to be based in Ireland."}, remote: "remote", regions: "!IE"},
	{name: "negated residence beside a real scope", p: model.Posting{Title: "Tutor", Locations: []string{"Remote"}, DescriptionText: "You must not reside in Cuba. Open to candidates in Spain."}, remote: "remote", regions: "ES"},
	{name: "trap: a real residence after an unrelated negation", p: model.Posting{Title: "Tutor", Locations: []string{"Remote"}, DescriptionText: "We do not sponsor visas, so you must reside in Canada."}, remote: "remote", regions: "CA"},

	// A US state code after the remote word.
	{name: "remote dash state code", p: model.Posting{Title: "Tutor", Locations: []string{"Remote - OR"}}, remote: "remote", regions: "US"},
	{name: "state code before remote", p: model.Posting{Title: "Tutor", Locations: []string{"NV / Remote"}}, remote: "remote", regions: "US"},
	{name: "trap: a code that is also a country", p: model.Posting{Title: "Tutor", Locations: []string{"Remote - IN"}}, remote: "remote", regions: "IN"},
	{name: "trap: a code that is no state", p: model.Posting{Title: "Tutor", Locations: []string{"Remote - ZZ"}}, remote: "remote", regions: "none"},

	// Large US cities.
	{name: "remote near a us city", p: model.Posting{Title: "Tutor", Locations: []string{"Remote (Greater Houston)"}}, remote: "remote", regions: "US"},
	{name: "residence in a us metro", p: model.Posting{Title: "Tutor", Locations: []string{"Remote"}, DescriptionText: "You should be based in the Nashville area."}, remote: "remote", regions: "US"},
	{name: "trap: a us city in a customer list", p: model.Posting{Title: "Tutor", Locations: []string{"Remote"}, DescriptionText: "Our clients include schools in Houston."}, remote: "remote", regions: "none"},
	{name: "trap: a city on-site listing has no region", p: model.Posting{Title: "Tutor", Locations: []string{"Phoenix"}}, remote: "unknown", regions: "none"},
}

// usScopeHeldCases pin the fixes guided by the held tables, after they were
// scored once: office days a week written without "in", a location line of
// the description (in English or Indonesian), a remote location that names
// its only country, remote work with some hybrid days.
var usScopeHeldCases = []truthCase{
	{name: "office days a week without in", p: model.Posting{Title: "Tester", Locations: []string{"Chennai"}, DescriptionText: "Three days office every week, the rest from home."}, remote: "hybrid"},
	{name: "trap: office days a month", p: model.Posting{Title: "Tester", Locations: []string{"Chennai"}, DescriptionText: "Two days office per month for planning."}, remote: "!hybrid"},
	{name: "indonesian location line with hybrid", p: model.Posting{Title: "Magang Desain", DescriptionText: "Tentang program.\nLokasi: Surabaya (Hybrid)\nDurasi: 6 bulan"}, remote: "hybrid"},
	{name: "english location line remote", p: model.Posting{Title: "Designer", DescriptionText: "About us.\n- Location: Remote\nStart: May"}, remote: "remote"},
	{name: "trap: location word inside a sentence", p: model.Posting{Title: "Designer", DescriptionText: "Tell us your preferred location: Bandung (Hybrid) or Jakarta."}, remote: "!hybrid"},
	{name: "trap: location line with a city only", p: model.Posting{Title: "Designer", DescriptionText: "Lokasi: Bandung\nGaji menarik"}, remote: "unknown"},
	{name: "remote location with its only country", p: model.Posting{Title: "Support Agent (Remote - Chile Only)", Locations: []string{"Toronto, ON"}}, remote: "remote", regions: "CL"},
	{name: "trap: only beside no other region", p: model.Posting{Title: "Support Agent", Locations: []string{"Remote - Chile Only"}}, remote: "remote", regions: "CL"},
	{name: "trap: only a remote location of two countries", p: model.Posting{Title: "Support Agent", Locations: []string{"Remote - Chile or Peru only", "Lima"}}, remote: "remote", regions: "CL,PE"},
	{name: "remote with some hybrid", p: model.Posting{Title: "Support Agent", DescriptionText: "Remote with some hybrid weeks in Leeds."}, remote: "hybrid"},
	{name: "trap: remote with occasional office visits", p: model.Posting{Title: "Support Agent", DescriptionText: "Remote with occasional office visits."}, remote: "!hybrid"},
}

func TestUSScopeHeldCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range usScopeHeldCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}

func TestUSScopeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range usScopeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}

// TestUSScopeCasesLong runs the cases again with a neutral paragraph before
// the description, past minGuardedText: a long description is read through
// the shared key scan's windows, a short one directly.
func TestUSScopeCasesLong(t *testing.T) {
	filler := strings.Repeat("Our service books rooms for small events. ", 14) + "\n"
	checkLongCases(t, filler, checkFieldCase, usScopeCases, usScopeHeldCases)
}

// FuzzUSScope runs these readers on any input: none may
// panic, each answers only when its words are there, and a negated
// residence span lies inside the text.
func FuzzUSScope(f *testing.F) {
	for _, tc := range append(append([]truthCase(nil), usScopeCases...), usScopeHeldCases...) {
		f.Add(tc.p.DescriptionText + "\n" + strings.Join(tc.p.Locations, "; "))
	}
	for _, s := range []string{"Remote - WA", "TX (Remote)", "100 %remote", "Präsenzpflicht", "Homeoffice möglich", "no need to live in ", "must not reside in"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if ev := firstKeyMatch(remoteGrant, s); ev != "" && !containsFold(ev, "remotely") {
			t.Errorf("remoteGrant(%q) = %q without remotely", s, ev)
		}
		if ev := firstKeyMatch(spacedPercentRemote, s); ev != "" && !strings.HasPrefix(ev, "100") {
			t.Errorf("spacedPercentRemote(%q) = %q", s, ev)
		}
		if ev := germanPresence(s); ev != "" && !containsFold(ev, "senz") {
			t.Errorf("germanPresence(%q) = %q without Präsenz", s, ev)
		}
		if ev := homeOfficePossible("text: Homeoffice", s); ev != "" && !containsFold(ev, "office") {
			t.Errorf("homeOfficePossible(%q) = %q without a home office", s, ev)
		}
		for _, loc := range noResidenceNeeded.FindAllStringIndex(s, -1) {
			if loc[0] < 0 || loc[1] > len(s) || loc[0] > loc[1] {
				t.Errorf("noResidenceNeeded(%q) span %v out of the text", s, loc)
			}
			if m := (asideSpans{{loc[0], loc[1]}}).apply(s); len(m) != len(s) || utf8.ValidString(s) && !utf8.ValidString(m) {
				t.Errorf("masking %q at %v gave %q", s, loc, m)
			}
		}
		rs := usScopeRegions("", []string{s}, s, nil)
		if len(rs) > 0 && !(len(rs) == 1 && rs[0] == "US") {
			t.Errorf("usScopeRegions(%q) from nothing = %v, want US or none", s, rs)
		}
		if r, ev := descPlaceLine(s); r != model.RemoteUnknown && !containsFold(ev, "location") && !containsFold(ev, "lokasi") {
			t.Errorf("descPlaceLine(%q) = %s %q without a label", s, r, ev)
		}
		if got := onlyRegions([]string{s}, []string{"US", "CA", "MX"}); len(got) == 0 {
			t.Errorf("onlyRegions(%q) emptied the regions", s)
		}
		for _, r := range []model.Remote{model.RemoteUnknown, model.RemoteRemote, model.RemoteOnsite} {
			_ = reviseUSScope(s, []string{s}, s, RemoteInfo{Remote: r, Evidence: "location: " + s, Regions: []string{}})
		}
	})
}

// TestUSScopeKeyRegexp checks these readers' key regexps: around their key words
// they find what the plain regexp finds in the whole text, and exactly what
// the plain regexp finds in the same windows.
func TestUSScopeKeyRegexp(t *testing.T) {
	texts := keyTexts(t)
	for _, tc := range append(append([]truthCase(nil), usScopeCases...), usScopeHeldCases...) {
		texts = append(texts, tc.p.DescriptionText, strings.Repeat("Filler words for a long text. ", 20)+tc.p.DescriptionText)
	}
	keys := map[string]*keyRegexp{"remoteGrant": remoteGrant, "spacedPercentRemote": spacedPercentRemote, "germanPresenceRe": germanPresenceRe,
		"homePossibleRe": homePossibleRe, "noResidenceNeeded": noResidenceNeeded, "usCityResidence": usCityResidence,
		"officeDaysWeek": officeDaysWeek, "locationLineLabel": locationLineLabel, "someHybrid": someHybrid}
	for name, k := range keys {
		for _, s := range texts {
			if got, want := k.FindStringIndex(s), k.plain().FindStringIndex(s); (got == nil) != (want == nil) {
				t.Errorf("%s on %q: key regexp %v, plain %v", name, s, got, want)
			}
			checkKey(t, name, k, s)
		}
	}
}
