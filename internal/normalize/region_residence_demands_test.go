package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// residenceDemandCases pin region_residence_demands.go: residence and
// eligibility demands in other words, on a bare remote listing and under a
// world or area label they narrow. Traps beside them keep their reading.
var residenceDemandCases = []truthCase{
	// A residence verb with an adverb, another subject, a whole list.
	{name: "permanently reside, a list", p: model.Posting{Title: "Analyst", Locations: []string{"Worldwide"},
		DescriptionText: "Applicants must permanently reside in Portugal or Spain."}, regions: "PT,ES"},
	{name: "currently live", p: model.Posting{Title: "Analyst", Locations: []string{"Anywhere"},
		DescriptionText: "You need to currently live in Norway to be considered."}, regions: "NO"},
	{name: "a state where the employer is registered, then codes", p: model.Posting{Title: "Designer", Locations: []string{"Remote"},
		DescriptionText: "Team members must reside in a state where we are registered to do business: TX, FL, GA, NC."}, regions: "US"},
	{name: "apply only if you are based in", p: model.Posting{Title: "Engineer", Locations: []string{"Remote"},
		DescriptionText: "Please apply only if you are based in Japan."}, regions: "JP"},
	{name: "based within a slash pair", p: model.Posting{Title: "Backend Developer", Locations: []string{"Remote"},
		DescriptionText: "Candidates must be based within the EU/EEA."}, regions: "EU"},
	{name: "located within two countries", p: model.Posting{Title: "Support Agent", Locations: []string{"Remote"},
		DescriptionText: "You must be located within the US or Canada for payroll reasons."}, regions: "US,CA"},
	{name: "domiciled", p: model.Posting{Title: "Analyst", Locations: []string{"Worldwide"},
		DescriptionText: "The contractor must be domiciled in Ireland."}, regions: "IE"},
	{name: "physically present", p: model.Posting{Title: "Analyst", Locations: []string{"Global"},
		DescriptionText: "Staff must be physically present in Canada while working."}, regions: "CA"},
	{name: "requires that you reside", p: model.Posting{Title: "Analyst", Locations: []string{"Worldwide"},
		DescriptionText: "The position requires that you reside in Mexico."}, regions: "MX"},
	{name: "only apply if you live in", p: model.Posting{Title: "Analyst", Locations: []string{"Worldwide"},
		DescriptionText: "Kindly only apply if you live in Australia."}, regions: "AU"},
	{name: "anywhere as long as you are in", p: model.Posting{Title: "Tutor", Locations: []string{"Remote"},
		DescriptionText: "You can tutor from anywhere as long as you are in the EU."}, regions: "EU"},
	{name: "provided that you are based in", p: model.Posting{Title: "Tutor", Locations: []string{"Remote"},
		DescriptionText: "Work from your own desk, provided that you're based in Portugal or Spain."}, regions: "PT,ES"},
	{name: "trap: provided equipment", p: model.Posting{Title: "Tutor", Locations: []string{"Remote"},
		DescriptionText: "A laptop is provided. You are in charge of three courses in Spanish."}, regions: "none"},
	{name: "only people living in", p: model.Posting{Title: "Analyst", Locations: []string{"Worldwide"},
		DescriptionText: "Only people living in Sweden can be hired for this post."}, regions: "SE"},
	{name: "one of the following countries narrows an area", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - EMEA"},
		DescriptionText: "You must be located in one of the following countries: Italy, Greece, Cyprus."}, regions: "IT,GR,CY"},
	{name: "hiring for people based in", p: model.Posting{Title: "Analyst", Locations: []string{"EMEA"},
		DescriptionText: "We are hiring for roles based in Denmark and Finland."}, regions: "DK,FI"},
	{name: "work authorization in a list", p: model.Posting{Title: "Analyst", Locations: []string{"Worldwide"},
		DescriptionText: "You must have work authorization in the US, UK, or Australia and live there."}, regions: "US,GB,AU"},
	// Residents and based demands.
	{name: "country residents only", p: model.Posting{Title: "Analyst", Locations: []string{"Worldwide"},
		DescriptionText: "Canada residents only, please."}, regions: "CA"},
	{name: "dotted letters with a space", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "U. S. residents only."}, regions: "US"},
	{name: "only residents of states", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Only residents of Oregon or Idaho."}, regions: "US"},
	{name: "resident in opening a sentence", p: model.Posting{Title: "Analyst", Locations: []string{"Global"},
		DescriptionText: "Requirements. Resident in Italy for at least three years."}, regions: "IT"},
	{name: "must be place-based", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Candidates must be UK-based."}, regions: "GB"},
	{name: "requirement label, place-based", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Requirements: Canada-based"}, regions: "CA"},
	{name: "a nationality the role is open to alone", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "This contract is open only to Mexican applicants."}, regions: "MX"},
	{name: "citizenship and a clearance required", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "UK citizenship and a current clearance are required."}, regions: "GB"},
	{name: "a secret clearance of a country", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Must hold an active US Top Secret clearance."}, regions: "US"},
	// Hiring the employer limits.
	{name: "we only hire in", p: model.Posting{Title: "Analyst", Locations: []string{"EMEA"},
		DescriptionText: "At the moment we only hire in France and Belgium."}, regions: "FR,BE"},
	{name: "employ where we have an entity", p: model.Posting{Title: "Analyst", Locations: []string{"Worldwide"},
		DescriptionText: "We can only employ staff in countries where we have an entity (Spain, Italy)."}, regions: "ES,IT"},
	{name: "hiring in the following provinces", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "We are currently hiring in the following provinces: Quebec, Manitoba."}, regions: "CA"},
	{name: "hires remotely in", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Acme hires remotely in Germany, Netherlands"}, regions: "DE,NL"},
	{name: "eligible countries include", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Eligible countries include Chile and Peru."}, regions: "CL,PE"},
	{name: "we hire anywhere in a country under a world label", p: model.Posting{Title: "Analyst", Locations: []string{"Remote (Global)"},
		DescriptionText: "We hire anywhere in Canada."}, regions: "CA"},
	{name: "within miles of a town", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Remote, but you must reside within 30 miles of Austin, TX."}, regions: "US"},
	{name: "all 50 states", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "This job is open in all 50 states."}, regions: "US"},
	{name: "states a role is not available in", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Sorry, this role is not available in WA, IL, NJ."}, regions: "US"},
	{name: "hiring worldwide", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "We are hiring analysts worldwide."}, regions: "worldwide"},
	{name: "Russian citizenship demand", p: model.Posting{Title: "Аналитик", RemoteHint: "remote",
		DescriptionText: "Удалённо, только для граждан РФ."}, regions: "RU"},
	{name: "Russian residents of Kazakhstan", p: model.Posting{Title: "Аналитик", RemoteHint: "remote",
		DescriptionText: "Работа только резидентам РК."}, regions: "KZ"},
	{name: "Russian only from Belarus", p: model.Posting{Title: "Аналитик", RemoteHint: "remote",
		DescriptionText: "Работаем только из Беларуси."}, regions: "BY"},
	{name: "an ampersand list beside a country already read", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "This job is open to residents of Norway & Sweden only."}, regions: "NO,SE"},
	{name: "trap: one country read and a list elsewhere of offices", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Canada only. Our offices are in Norway and Sweden."}, regions: "CA"},
	{name: "passport holders only", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Irish passport holders only."}, regions: "IE"},
	{name: "employed through a country's entity", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "The hire will be employed through our Dutch entity."}, regions: "NL"},
	{name: "hiring in many countries is the world", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Through our payroll partner we hire in 120 countries."}, regions: "worldwide"},
	{name: "trap: a few countries are not the world", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "We hire in 3 countries today."}, regions: "none"},
	{name: "trap: employed by an entity if you live there", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "If you live in France, you will be employed by our French entity."}, regions: "none"},
	{name: "trap: residents of a state heading a privacy notice", p: model.Posting{Title: "Analyst", Locations: []string{"Worldwide"},
		DescriptionText: "Residents of Nevada: read the privacy notice linked below."}, regions: "worldwide"},
	{name: "residency required", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "The job requires residency in Chile."}, regions: "CL"},
	{name: "should reside narrows Worldwide", p: model.Posting{Title: "Analyst", Locations: []string{"Worldwide"},
		DescriptionText: "The analyst should reside in Poland."}, regions: "PL"},
	{name: "hire you if you are based in", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "We can hire you if you are based in Croatia or Slovenia."}, regions: "HR,SI"},
	{name: "a permanent resident of", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "You must be a permanent resident of Singapore."}, regions: "SG"},
	{name: "live and work in", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Applicants must live and work in Belgium."}, regions: "BE"},
	{name: "applicants outside a country not considered", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Applicants living outside of Denmark will not be considered."}, regions: "DK"},
	{name: "trap: outside a country, without a refusal", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "People based outside Denmark often join our events."}, regions: "none"},
	{name: "trap: if you are based in, without hiring", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "If you are based in Croatia, say hi at our meetup."}, regions: "none"},
	// Traps: denied, conditional, a plus, someone else's place, the pay of one country.
	{name: "trap: residents of a country are not eligible", p: model.Posting{Title: "Analyst", Locations: []string{"Worldwide"},
		DescriptionText: "Residents of Brazil are not eligible for this contract."}, regions: "worldwide"},
	{name: "trap: no need to live in", p: model.Posting{Title: "Analyst", Locations: []string{"Worldwide"},
		DescriptionText: "No need to live in Germany, we hire everywhere."}, regions: "worldwide"},
	{name: "trap: does not need to reside", p: model.Posting{Title: "Analyst", Locations: []string{"Worldwide"},
		DescriptionText: "The hire does not need to reside in Japan."}, regions: "worldwide"},
	{name: "trap: for residents of a state, the pay", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - US"},
		DescriptionText: "For residents of Colorado, the pay range is listed below."}, regions: "US"},
	{name: "trap: a pay range for one country's candidates", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "The salary range is for UK-based candidates; elsewhere we pay in local currency."}, regions: "none"},
	{name: "trap: a clearance that is a plus", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "An Australian NV1 clearance is a plus."}, regions: "none"},
	{name: "trap: experience with a global team", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Experience working in a remote, globally spread team."}, regions: "none"},
	{name: "trap: a product lets others hire worldwide", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Our app helps businesses hire contractors worldwide."}, regions: "none"},
	{name: "trap: we hire in a country beside an area", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Work from anywhere in Europe. We hire in Spain through our entity partner."}, regions: "EU"},
	{name: "trap: not available in words that are no states", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "The feature is not available in IT, HR or QA tooling yet."}, regions: "none"},
	{name: "trap: residents of an exclusion list", p: model.Posting{Title: "Analyst", Locations: []string{"Worldwide"},
		DescriptionText: "Open globally. Residents of Cuba and Iran cannot apply."}, regions: "worldwide"},
}

func TestResidenceDemandCases(t *testing.T) {
	runFieldCases(t, residenceDemandCases)
}

// TestResidenceDemandCasesLong runs the cases past minGuardedText, where the
// key regexps search windows.
func TestResidenceDemandCasesLong(t *testing.T) {
	checkLongCases(t, shopsPad, checkFieldCase, residenceDemandCases)
}

// TestResidenceDemandKeyRegexps checks this file's key regexps against
// their plain regexps over the case texts.
func TestResidenceDemandKeyRegexps(t *testing.T) {
	texts := keyTexts(t)
	for _, tc := range residenceDemandCases {
		texts = append(texts, tc.p.DescriptionText)
	}
	for _, s := range texts {
		for name, k := range map[string]*keyRegexp{"residenceVerb": residenceVerb, "residentsDemand": residentsDemand, "placeResidentsOnly": placeResidentsOnly,
			"basedDemand": basedDemand, "nationalsOnly": nationalsOnly, "citizenshipAnd": citizenshipAnd, "secretClearance": secretClearance,
			"nearTown": nearTown, "employedThrough": employedThrough, "outsideRefused": outsideRefused, "manyCountries": manyCountries, "fiftyStates": fiftyStates, "notAvailableIn": notAvailableIn, "hiresWorldwide": hiresWorldwide, "notRolePlaces": notRolePlaces} {
			checkKey(t, name, k, s)
		}
	}
}
