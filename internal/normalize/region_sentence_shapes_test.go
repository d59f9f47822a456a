package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// sentenceShapesCases pin region_sentence_shapes.go, each shape with a trap
// of the same words that demands no place.
var sentenceShapesCases = []truthCase{
	{name: "within a demonym's borders", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "You need to work from within French borders for tax reasons."}, regions: "FR"},
	{name: "inside the borders of a country", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "The work must be done inside the borders of Austria."}, regions: "AT"},
	{name: "trap: borders that are no country's", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "We think within Team borders and break silos."}, regions: "none"},
	{name: "must be a resident noun", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "To apply you must be a Danish resident."}, regions: "DK"},
	{name: "must be plural residents", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Applicants must be Belgian residents."}, regions: "BE"},
	{name: "trap: residents of a list are read elsewhere, not doubled", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Open to residents of Greece."}, regions: "GR"},
	{name: "trap: a resident noun denied", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "You do not need to be a Danish resident."}, regions: "none"},
	{name: "a contractor entity of a place", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "You will be contracted through our Romanian contracting entity."}, regions: "RO"},
	{name: "trap: an entity named in a condition", p: model.Posting{Title: "Tester", Locations: []string{"Remote, Worldwide"},
		DescriptionText: "If you live in Italy, you will be paid via our Italian payroll entity."}, regions: "worldwide"},
	{name: "on the east coast", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Ideally you live on the East Coast so you can join standups."}, regions: "US"},
	{name: "on the east coast of another country", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "You should be based on the east coast of Australia."}, regions: "AU"},
	{name: "trap: a coast with no demand", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Our customers love the West Coast vibe."}, regions: "none"},
	{name: "should be in a list of places", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "You should be in Norway or Denmark."}, regions: "NO,DK"},
	{name: "trap: must be in the office", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Once a quarter you must be in the Office for planning."}, regions: "none"},
	{name: "work from home in a country", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "You will work from your home in Chile."}, regions: "CL"},
	{name: "a hiring location label", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Hiring location: Philippines.\nShift: 9pm-6am"}, regions: "PH"},
	{name: "a hiring countries label", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Hiring countries: Kenya, Nigeria"}, regions: "KE,NG"},
	{name: "a location requirement label", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Location restriction: Japan or South Korea"}, regions: "JP,KR"},
	{name: "a question that opens the pitch", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Living in Ireland? Join us."}, regions: "IE"},
	{name: "trap: a negative question", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Not based in Ireland? No problem."}, regions: "none"},
	{name: "a requirement narrows a worldwide label", p: model.Posting{Title: "Tester", Locations: []string{"Remote (Worldwide)"},
		DescriptionText: "Applicants must be Finnish residents."}, regions: "FI"},
	{name: "the world and then the countries", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Work from anywhere you like. Open to Ghana, Kenya and Nigeria."}, regions: "GH,KE,NG"},
	{name: "a worldwide label and then the countries", p: model.Posting{Title: "Tester", Locations: []string{"Remote - Worldwide"},
		DescriptionText: "Open to Peru and Ecuador."}, regions: "PE,EC"},
	{name: "trap: the world and a country added", p: model.Posting{Title: "Tester", Locations: []string{"Remote - Worldwide"},
		DescriptionText: "Work from anywhere. Also open to Ghana-based freelancers."}, regions: "worldwide"},
	{name: "trap: the world and open to a level", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Work from anywhere in the world. Open to all levels of experience."}, regions: "worldwide"},
	{name: "within a demonym's territory", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "You must reside within Mexican territory."}, regions: "MX"},
	{name: "the right to live and work in a country", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "You will need the right to live and work in Canada."}, regions: "CA"},
	{name: "place-located candidates", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "We are looking for Germany-located candidates."}, regions: "DE"},
	{name: "any EU member state", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "You can do this job from any EU member state."}, regions: "EU"},
	{name: "applications welcome from places", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "We accept applications from Vietnam and Thailand."}, regions: "VN,TH"},
	{name: "trap: applications from all backgrounds", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "We welcome applications from People of all backgrounds."}, regions: "none"},
	{name: "employ you if you live in a list", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "We can only hire you if you reside in Croatia or Slovenia."}, regions: "HR,SI"},
	{name: "trap: a condition with no hiring verb", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "If you live in Croatia, we host a meetup every spring."}, regions: "none"},
	{name: "you are a resident of a country", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "About you: you are a permanent resident of Israel."}, regions: "IL"},
	{name: "payroll through a provider in places", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "We pay people via payroll through Remote.com in Uruguay and Paraguay."}, regions: "UY,PY"},
	{name: "trap: payroll as a skill", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Experience with payroll software is a plus."}, regions: "none"},
	{name: "should be place-based", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Candidates should be Netherlands-based."}, regions: "NL"},
	{name: "live somewhere in a list", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "You need to live somewhere in Belgium or Luxembourg."}, regions: "BE,LU"},
	{name: "employed by a legal form of a demonym", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "You will be employed by our Dutch B.V."}, regions: "NL"},
	{name: "trap: a legal form in a condition", p: model.Posting{Title: "Tester", Locations: []string{"Remote - Worldwide"},
		DescriptionText: "If you are in Austria, you would be employed by our Austrian GmbH."}, regions: "worldwide"},
	{name: "residency in a country is required", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Residency in South Korea is mandatory."}, regions: "KR"},
	{name: "applicants outside a country not considered", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Applicants based outside Canada will not be considered."}, regions: "CA"},
	{name: "trap: outside a country is welcome", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Applicants outside Canada are welcome too."}, regions: "none"},
	{name: "east coast candidates only", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "West Coast applicants only, please."}, regions: "US"},
	{name: "work from within a country", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "You may work flexible hours from within the Netherlands."}, regions: "NL"},
	{name: "trap: from within the team", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Promotions come from within the Team."}, regions: "none"},
	{name: "trap: a coast in a sales territory", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "You will own accounts on the East Coast territory."}, regions: "none"},
	{name: "live wherever you like", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Fully remote: live wherever you like."}, regions: "worldwide"},
	{name: "applicants can be based anywhere", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Applicants can be based anywhere."}, regions: "worldwide"},
	{name: "anywhere on the planet", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Join us from anywhere on the planet"}, regions: "worldwide"},
	{name: "trap: based anywhere in a country", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "You can be based anywhere in Italy."}, regions: "IT"},
	{name: "trap: you cannot live wherever you like", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "You cannot live wherever you like."}, regions: "none"},
}

func TestSentenceShapesCases(t *testing.T) {
	runFieldCases(t, sentenceShapesCases)
}

// TestSentenceShapesKeyRegexps checks the key regexps against their plain
// regexps.
func TestSentenceShapesKeyRegexps(t *testing.T) {
	texts := keyTexts(t)
	for _, tc := range sentenceShapesCases {
		texts = append(texts, tc.p.DescriptionText)
	}
	for _, s := range texts {
		checkKey(t, "bordersOf", bordersOf, s)
		checkKey(t, "residentNoun", residentNoun, s)
		checkKey(t, "entityOfPlace", entityOfPlace, s)
		checkKey(t, "onCoast", onCoast, s)
		checkKey(t, "mustBeInPlace", mustBeInPlace, s)
		checkKey(t, "homeIn", homeIn, s)
		checkKey(t, "locationNeedLabel", locationNeedLabel, s)
		checkKey(t, "liveAndWorkIn", liveAndWorkIn, s)
		checkKey(t, "placeLocated", placeLocated, s)
		checkKey(t, "memberState", memberState, s)
		checkKey(t, "applyingFrom", applyingFrom, s)
		checkKey(t, "employIfLive", employIfLive, s)
		checkKey(t, "youResidentOf", youResidentOf, s)
		checkKey(t, "payrollVia", payrollVia, s)
		checkKey(t, "shouldBeBased", shouldBeBased, s)
		checkKey(t, "somewhereIn", somewhereIn, s)
		checkKey(t, "employedByForm", employedByForm, s)
		checkKey(t, "residencyNeeded", residencyNeeded, s)
		checkKey(t, "outsideNotConsidered", outsideNotConsidered, s)
		checkKey(t, "coastPeople", coastPeople, s)
		checkKey(t, "fromWithin", fromWithin, s)
		checkKey(t, "livesAnywhere", livesAnywhere, s)
	}
}
