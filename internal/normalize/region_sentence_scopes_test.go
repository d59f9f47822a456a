package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// sentenceScopeCases pin region_sentence_scopes.go and
// region_sentence_foreign.go: where a remote role may be done from, said in
// a sentence. Each positive has traps beside it: wording that looks alike
// and must keep its reading.
var sentenceScopeCases = []truthCase{
	// A wide area and the countries it means.
	{name: "eligible countries after an area", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "Our design team spans South America. Eligible countries: Peru, Uruguay and Ecuador."}, regions: "PE,UY,EC"},
	{name: "eligible countries narrow a Europe location", p: model.Posting{Title: "Designer", Locations: []string{"Remote - Europe"},
		DescriptionText: "Supported locations: Portugal, Poland, Romania."}, regions: "PT,PL,RO"},
	{name: "countries in brackets after the area", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "We are recruiting in EMEA (Kenya, Nigeria, Egypt) for this team."}, regions: "KE,NG,EG"},
	{name: "countries after a colon", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "Hiring in Europe: Ireland, Estonia, Spain."}, regions: "IE,EE,ES"},
	{name: "examples after including keep the area", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "Candidates anywhere in Latin America, including Uruguay and Paraguay, are welcome to apply."}, regions: "LATAM"},
	{name: "examples in brackets keep the area", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "We recruit across APAC (for example Vietnam, Malaysia)."}, regions: "APAC"},
	{name: "trap: a bracket that is not a list of places", p: model.Posting{Title: "Designer", Locations: []string{"Remote - EMEA"},
		DescriptionText: "Remote - EMEA (Ireland, Spain, Greece preferred)"}, regions: "EMEA"},
	{name: "trap: a country list outside the location's area", p: model.Posting{Title: "Designer", Locations: []string{"Remote - US"},
		DescriptionText: "Eligible countries: Portugal, Poland."}, regions: "US"},
	{name: "trap: a bracket after the area in a sentence about sales", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "Our revenue grew in Europe (Germany, France) last year."}, regions: "none"},

	// A label and the places after it, on its line or below it.
	{name: "recruiting in with a colon", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "We are recruiting in: Kenya, Ghana, Uganda"}, regions: "KE,GH,UG"},
	{name: "eligible countries on the lines below", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "Eligible countries:\n• Chile\n• Peru\n\nAbout the team"}, regions: "CL,PE"},
	{name: "trap: a label followed by prose", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "Hiring in:\nSeveral teams across the company."}, regions: "none"},

	// Where the employer can employ.
	{name: "legal entities in", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "We have legal entities in Ireland and Portugal."}, regions: "IE,PT"},
	{name: "payroll in", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "We run payroll in Poland only."}, regions: "PL"},
	{name: "trap: no entity in a country", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "We have no entity in Brazil, so contractors there invoice us."}, regions: "none"},
	{name: "any time zone", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "Work from any time zone you like."}, regions: "worldwide"},
	{name: "trap: not from any time zone", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "You cannot work from any time zone; we need overlap."}, regions: "none"},

	// Places that do not limit the role.
	{name: "trap: a work permit that is only a plus", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "A work permit for Canada is a bonus."}, regions: "none"},
	{name: "a plus in one sentence, a demand in the next", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "Citizenship in Spain would be an advantage. You must live in Spain or Portugal."}, regions: "ES,PT"},
	{name: "trap: help to obtain a work permit", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "We can help you obtain a work permit in the Netherlands."}, regions: "none"},
	{name: "trap: a condition on where someone is", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "If you live in Canada, our Canadian company will employ you."}, regions: "none"},
	{name: "trap: a place one need not be in", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "You won't need to be based in Madrid for this job."}, regions: "none"},
	{name: "trap: where the team happens to work", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "Our engineers are spread across Asian time zones."}, regions: "none"},
	{name: "a team note beside a demand", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "Our team works across Europe. You must be based in Italy."}, regions: "IT"},

	// Terse demands.
	{name: "citizen required", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Clearance work. Australian citizen required."}, regions: "AU"},
	{name: "requires a citizenship", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "This contract requires British citizenship."}, regions: "GB"},
	{name: "citizens are required", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Canadian citizens are required for this project."}, regions: "CA"},
	{name: "leave to remain", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Applicants need settled status or indefinite leave to remain in the United Kingdom."}, regions: "GB"},
	{name: "trap: a bare citizenship demand names no place", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Citizenship required for background checks."}, regions: "none"},
	{name: "trap: citizenship in an equal opportunity note", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "We hire without regard to religion, national origin or citizenship status."}, regions: "none"},

	{name: "hire citizens only", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "At present we can hire only Irish citizens for this programme."}, regions: "IE"},
	{name: "a negation elsewhere in the sentence does not deny the demand", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "A degree is not needed, but we require British citizenship."}, regions: "GB"},
	{name: "trap: the demand denied", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "This job doesn't require Canadian citizenship."}, regions: "none"},
	{name: "trap: the demand taken away from this role", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "Several programmes require Australian citizenship; this position does not."}, regions: "none"},
	{name: "trap: citizens served, not hired", p: model.Posting{Title: "Analyst", RemoteHint: "remote",
		DescriptionText: "You will be designing tools for Canadian citizens only."}, regions: "none"},

	// Only after the hiring verb.
	{name: "hire remotely but only in", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "We work remotely, though only within Australia and New Zealand."}, regions: "AU,NZ"},
	{name: "trap: only in exceptional cases", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "Travel happens only in exceptional cases."}, regions: "none"},

	// A location line that opens the role to the world.
	{name: "location anywhere in the world in the text", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "Copy editor wanted. Location: anywhere in the world."}, regions: "worldwide"},
	{name: "trap: location anywhere in a country", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "Location: anywhere in Canada."}, regions: "CA"},

	// A line of remote places.
	{name: "remote locations line", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "Remote locations: Ontario, Canada; British Columbia, Canada."}, regions: "CA"},
	{name: "trap: a remote locations line without places", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "Remote locations: ask your recruiter."}, regions: "none"},

	// A list after a residence verb is the whole list.
	{name: "based in the US or a second country", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "You must be based in the US or Mexico."}, regions: "US,MX"},
	{name: "trap: based in the US alone", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "You must be based in the US and hold a degree."}, regions: "US"},

	// Places said of someone else.
	{name: "trap: a product that lets customers hire anywhere", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "Our platform lets employers hire talent anywhere in the world."}, regions: "none"},
	{name: "customers' place set aside for the worker's", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "Our clients are located in Japan only. You must live in South Korea."}, regions: "KR"},
	{name: "trap: customers' place alone", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "Our customers are mostly in Brazil only."}, regions: "none"},
	{name: "customers' place set aside up to a semicolon", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "Our clients are based in Japan and Korea; you would work remotely from anywhere in Europe."}, regions: "EU"},
	{name: "customers' place set aside up to a but", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "Our clients are mostly in Japan, but this role is remote within Europe."}, regions: "EU"},
	{name: "trap: customers' places across a comma stay set aside", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "Our clients are in Japan, Korea and Taiwan."}, regions: "none"},
	{name: "trap: our team is worldwide stays worldwide", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "We hire worldwide."}, regions: "worldwide"},

	// Other languages.
	{name: "German innerhalb with a genitive", p: model.Posting{Title: "Entwickler", RemoteHint: "remote",
		DescriptionText: "Die Stelle ist vollständig remote innerhalb Österreichs möglich."}, regions: "AT"},
	{name: "German aus ganz", p: model.Posting{Title: "Entwickler", RemoteHint: "remote",
		DescriptionText: "Du arbeitest remote aus ganz Deutschland."}, regions: "DE"},
	{name: "German Wohnsitz", p: model.Posting{Title: "Entwickler", RemoteHint: "remote",
		DescriptionText: "Voraussetzung: Wohnsitz in der Schweiz."}, regions: "CH"},
	{name: "German -weit", p: model.Posting{Title: "Entwickler", RemoteHint: "remote",
		DescriptionText: "Remote-Stelle, europaweit."}, regions: "EU"},
	{name: "Polish z terenu", p: model.Posting{Title: "Programista", RemoteHint: "remote",
		DescriptionText: "Praca zdalna wyłącznie z terenu Polski."}, regions: "PL"},
	{name: "Polish locative", p: model.Posting{Title: "Programista", RemoteHint: "remote",
		DescriptionText: "Możesz pracować z dowolnego miejsca w Polsce."}, regions: "PL"},
	{name: "Spanish candidates in a country", p: model.Posting{Title: "Desarrollador", RemoteHint: "remote",
		DescriptionText: "Vacante remota para profesionales ubicados en Costa Rica."}, regions: "CR"},
	{name: "French au sein de", p: model.Posting{Title: "Développeur", RemoteHint: "remote",
		DescriptionText: "Poste en full remote au sein de l'Union européenne."}, regions: "EU"},
	{name: "Dutch woonachtig", p: model.Posting{Title: "Ontwikkelaar", RemoteHint: "remote",
		DescriptionText: "Je moet woonachtig in België zijn."}, regions: "BE"},
	{name: "Italian residenti", p: model.Posting{Title: "Sviluppatore", RemoteHint: "remote",
		DescriptionText: "Posizione da remoto, solo per residenti in Italia."}, regions: "IT"},
	{name: "German list after remote aus", p: model.Posting{Title: "Entwickler", RemoteHint: "remote",
		DescriptionText: "Die Stelle ist remote aus Österreich oder der Schweiz möglich."}, regions: "AT,CH"},
	{name: "German work permit for the EU", p: model.Posting{Title: "Entwickler", RemoteHint: "remote",
		DescriptionText: "Eine Arbeitsgenehmigung für die EU ist Voraussetzung."}, regions: "EU"},
	{name: "Spanish work permit", p: model.Posting{Title: "Desarrollador", RemoteHint: "remote",
		DescriptionText: "Se requiere permiso de trabajo en México."}, regions: "MX"},
	{name: "trap: German innerhalb of a time span", p: model.Posting{Title: "Entwickler", RemoteHint: "remote",
		DescriptionText: "Wir melden uns innerhalb von zwei Wochen."}, regions: "none"},
	{name: "trap: German innerhalb of a team", p: model.Posting{Title: "Entwickler", RemoteHint: "remote",
		DescriptionText: "Du arbeitest innerhalb eines kleinen Teams."}, regions: "none"},
	{name: "trap: Spanish candidates with experience", p: model.Posting{Title: "Desarrollador", RemoteHint: "remote",
		DescriptionText: "Buscamos candidatos con experiencia en Go."}, regions: "none"},
	{name: "trap: weit in another word", p: model.Posting{Title: "Entwickler", RemoteHint: "remote",
		DescriptionText: "Wir denken weit voraus."}, regions: "none"},
}

func TestSentenceScopeCases(t *testing.T) {
	runFieldCases(t, sentenceScopeCases)
}

// TestSentenceScopeCasesLong runs the description cases again past
// minGuardedText, where the key regexps search windows and the fold guards
// answer.
func TestSentenceScopeCasesLong(t *testing.T) {
	checkLongCases(t, shopsPad, checkFieldCase, sentenceScopeCases)
}

// TestSentenceScopeKeyRegexps checks this file's key regexp against its
// plain regexp over the case texts (the others are cue regexps, searched
// only on the listings that need them).
func TestSentenceScopeKeyRegexps(t *testing.T) {
	texts := keyTexts(t)
	for _, tc := range sentenceScopeCases {
		texts = append(texts, tc.p.DescriptionText)
	}
	for _, s := range texts {
		for name, k := range map[string]*keyRegexp{"citizenNeed": citizenNeed, "foreignScope": foreignScope, "countryWide": countryWide, "areaThenList": areaThenList, "areaExamples": areaExamples, "eligibleLabel": eligibleLabel, "entityIn": entityIn, "anyTimeZone": anyTimeZone, "locationAnywhere": locationAnywhere, "leaveToRemain": leaveToRemain, "hireOnlyIn": hireOnlyIn, "remoteLocations": remoteLocations} {
			checkKey(t, name, k, s)
		}
	}
}

// FuzzSentenceScopeRegions reads any text: no panic, no region twice.
func FuzzSentenceScopeRegions(f *testing.F) {
	for _, tc := range sentenceScopeCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		seen := map[string]bool{}
		for _, r := range sentenceScopeRegions(s) {
			if seen[r] {
				t.Errorf("sentenceScopeRegions(%q) = %v", s, sentenceScopeRegions(s))
			}
			seen[r] = true
		}
	})
}
