package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// listLayoutCases pin region_list_layouts.go and the demands that now reach
// it: a list after a colon or a dash, separated by semicolons, or laid out
// one place a line; the employer's payroll, entities and employer of
// record. Traps: a list that runs into other lines, denied payroll, a
// provider named for a year.
var listLayoutCases = []truthCase{
	{name: "hire in, colon, state codes", p: model.Posting{Title: "Nurse Educator", RemoteHint: "remote",
		DescriptionText: "Currently we only hire in: OH, MI, IN, KY, TN."}, regions: "US"},
	{name: "able to hire in, colon, countries", p: model.Posting{Title: "Copywriter", RemoteHint: "remote",
		DescriptionText: "We are only able to hire in: Chile, Peru, Ecuador"}, regions: "CL,PE,EC"},
	{name: "residents of, colon", p: model.Posting{Title: "Tax Associate", RemoteHint: "remote",
		DescriptionText: "The opening is open to residents of: NJ, NY, PA, DE."}, regions: "US"},
	{name: "these countries, semicolons", p: model.Posting{Title: "Data Engineer", RemoteHint: "remote",
		DescriptionText: "Applicants need to be based in one of these countries: Norway; Sweden; Finland."}, regions: "NO,SE,FI"},
	{name: "these countries, a dash", p: model.Posting{Title: "Data Engineer", RemoteHint: "remote",
		DescriptionText: "We recruit engineers in these countries — Slovakia, Slovenia and Croatia."}, regions: "SK,SI,HR"},
	{name: "permitted locations, semicolons", p: model.Posting{Title: "Recruiter", RemoteHint: "remote",
		DescriptionText: "Permitted locations: Mexico; Colombia; Costa Rica"}, regions: "MX,CO,CR"},
	{name: "bulleted list after the demand", p: model.Posting{Title: "Support Agent", RemoteHint: "remote",
		DescriptionText: "You must be based in one of the following countries:\n• Egypt\n• Morocco\n• Tunisia\n\nWhat you'll do"}, regions: "EG,MA,TN"},
	{name: "vertical list, no bullets", p: model.Posting{Title: "Support Agent", RemoteHint: "remote",
		DescriptionText: "We are currently hiring in the following provinces:\nManitoba\nSaskatchewan\nAlberta\n\nAbout the team"}, regions: "CA"},
	{name: "dash bullets, list ends at a sentence", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "Eligible countries:\n- Lithuania\n- Latvia\nWe offer a learning budget and a laptop."}, regions: "LT,LV"},
	{name: "an EOR in", p: model.Posting{Title: "Accountant", RemoteHint: "remote",
		DescriptionText: "You will be employed via an EOR in Hungary or Romania."}, regions: "HU,RO"},
	{name: "a provider in", p: model.Posting{Title: "Accountant", RemoteHint: "remote",
		DescriptionText: "We engage our team with Oyster in Uganda and Rwanda."}, regions: "UG,RW"},
	{name: "payroll set up in", p: model.Posting{Title: "Accountant", RemoteHint: "remote",
		DescriptionText: "Payroll is set up in Denmark and Iceland only."}, regions: "DK,IS"},
	{name: "entities are in", p: model.Posting{Title: "Accountant", RemoteHint: "remote",
		DescriptionText: "Our legal entities are in Japan and South Korea."}, regions: "JP,KR"},
	{name: "where we have an entity, colon", p: model.Posting{Title: "Accountant", RemoteHint: "remote",
		DescriptionText: "We can employ you only in countries where we have an entity: France, Belgium."}, regions: "FR,BE"},
	{name: "payroll in, colon", p: model.Posting{Title: "Accountant", RemoteHint: "remote",
		DescriptionText: "We run payroll in: Malaysia, Thailand."}, regions: "MY,TH"},
	{name: "a heading of states we hire in, bulleted", p: model.Posting{Title: "Case Manager", RemoteHint: "remote",
		DescriptionText: "States where we can hire from:\n- Idaho\n- Montana\n- Wyoming"}, regions: "US"},
	{name: "a heading of countries we recruit in", p: model.Posting{Title: "Case Manager", RemoteHint: "remote",
		DescriptionText: "Countries we recruit in: Estonia, Finland"}, regions: "EE,FI"},
	{name: "trap: the list runs into other lines", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Candidates must be located in Canada.\nToronto\nBenefits"}, regions: "CA"},
	{name: "trap: a semicolon after one place", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "You must live in Portugal; travel is rare."}, regions: "PT"},
	{name: "trap: no payroll in", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "We have no payroll in Spain yet."}, regions: "none"},
	{name: "trap: a provider named with a year", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "We partnered with Deel in 2022 to pay our staff."}, regions: "none"},
	{name: "trap: denied entity", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "We don't have an EOR in Brazil, sorry."}, regions: "none"},
	{name: "trap: an on-site listing", p: model.Posting{Title: "Analyst", Locations: []string{"Austin, TX"},
		DescriptionText: "Our payroll is in Texas."}, regions: "none"},
}

func TestListLayoutCases(t *testing.T) {
	runFieldCases(t, listLayoutCases)
}

// TestListLayoutCasesLong runs the cases past minGuardedText, where the key
// regexps search windows.
func TestListLayoutCasesLong(t *testing.T) {
	checkLongCases(t, shopsPad, checkFieldCase, listLayoutCases)
}

// TestListLayoutKeyRegexps checks the key regexps these cases reach against
// their plain regexps.
func TestListLayoutKeyRegexps(t *testing.T) {
	texts := keyTexts(t)
	for _, tc := range listLayoutCases {
		texts = append(texts, tc.p.DescriptionText)
	}
	for _, s := range texts {
		for name, k := range map[string]*keyRegexp{"residenceVerb": residenceVerb, "residentsDemand": residentsDemand, "entityIn": entityIn} {
			checkKey(t, name, k, s)
		}
	}
}

func TestPlaceListLayouts(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{": Kenya, Ghana", "KE,GH"},
		{" — Peru, Bolivia", "PE,BO"},
		{"Greece; Cyprus; Malta.", "GR,CY,MT"},
		{"\n* Iceland\n* Norway\nApply now", "IS,NO"},
		{"• Chile\n• Jobs", "CL"},
		{"Italy; we meet twice a year", "IT"},
	} {
		if got := strings.Join(placeList(tc.in), ","); got != tc.want {
			t.Errorf("placeList(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
