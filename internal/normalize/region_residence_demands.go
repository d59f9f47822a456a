package normalize

import (
	"regexp"
	"slices"
	"strings"
)

// Residence and eligibility demands in the other words postings use (table
// tests in region_residence_demands_test.go). The requirement readers take
// "must be based in", "authorized to work in" and a citizenship; these are
// the shapes beside them:
//
//   - a residence verb with an adverb or another subject: "must permanently
//     reside in Ireland or the UK", "must currently live in Canada", "must
//     be domiciled in the UK", "must be physically present in the US",
//     "requires that you reside in the U.S.", "please only apply if you
//     live in Canada", "only candidates residing in the United States",
//     "work from anywhere as long as you are in the EU";
//   - a whole list after the demand ("in Ireland or the UK", "in one of
//     the following countries: Germany, France, Spain");
//   - residents: "US residents only", "U. S. residents only", "EU passport
//     holders only", "open to
//     residents of Texas or Ohio", "Resident in Germany for the last five
//     years";
//   - "<place>-based" after a demand: "Applicants must be US-based", "Req:
//     US-based", "UK-based candidates only";
//   - a nationality: "open exclusively to Pakistani candidates";
//   - hiring limited by the employer: "we only hire in the UK and Germany",
//     "we can only employ people in countries where we have an entity (UK,
//     Germany, Poland)", "currently hiring in the following provinces:
//     Ontario, Alberta", "Hires remotely in United States, Canada",
//     "Eligible countries include Brazil and Mexico", "States we hire in:"
//     and a list;
//   - a distance from a town ("must live within 50 miles of Denver, CO"),
//     "all 50 states", and US states a role is not available in ("not
//     available in CA, CO, NY": the role is in the US);
//   - the employer's entity of a country: "employed through our UK entity";
//   - "hiring engineers worldwide", "hires globally", "we use Deel to hire
//     in 150 countries": the whole world.
//
// A demand denied in its clause ("Residents of the EU are not eligible",
// "No need to be based in the US"), said of someone else or only a plus
// (maskOthersPlaces) is not read. narrowRegions takes these with the other
// requirements (a "Worldwide" or "EMEA" label narrowed to the countries
// demanded), and a remote listing that named no place takes them as its
// regions.

// hireNouns are the people a hiring verb may name before its place.
const hireNouns = `(?:(?:people|candidates|applicants|employees|staff|talent|engineers|developers|contractors|workers)\s+)?`

var (
	// residenceVerb is a residence or hiring demand up to where its list of
	// places starts.
	residenceVerb = newKeyRegexp(`(?i)\b(?:(?:must|should|need\s+to|needs\s+to|required\s+to|have\s+to|has\s+to)\s+(?:be\s+)?(?:(?:permanently|currently|physically|legally|already)\s+)?(?:based|located|living|residing|resident|domiciled|present|(?:reside|live)(?:\s+and\s+work)?|an?\s+(?:permanent\s+|legal\s+)?resident\s+of)|`+
		`requires?\s+(?:permanent\s+)?residency\s+(?:in|of)|hire\s+you\s+(?:only\s+)?if\s+you\s+(?:are\s+based|are\s+located|live|reside)|`+
		`requires?\s+(?:that\s+)?(?:you|candidates|applicants|employees)\s+(?:to\s+)?(?:reside|live|be\s+based|be\s+located|be\s+resident)|`+
		`(?:only\s+apply|apply\s+only)\s+if\s+you\s+(?:currently\s+)?(?:live|reside|are\s+based|are\s+located)|`+
		`(?:as|so)\s+long\s+as\s+it(?:['’]s|\s+is)\s+(?:with)?in\s+|`+ // "work from anywhere, as long as it's within the UK"
		`(?:(?:as|so)\s+long\s+as|provided\s+(?:that\s+)?)\s*you(?:['’]re|\s+are)\s+(?:(?:currently|physically|legally)\s+)?(?:based\s+|located\s+|living\s+|residing\s+)?|`+ // "work from anywhere as long as you are in the EU"
		`only\s+(?:candidates|applicants|people|those)\s+(?:who\s+(?:live|reside|are\s+based|are\s+located)|residing|living|based|located)|`+
		`hir(?:es|ing|e)\s+remotely\s+in|`+
		`\b(?:can|may|could)\s+be\s+(?:performed|done|worked|carried\s+out)\s+(?:fully\s+|entirely\s+)?remotely(?:\s+from\s+anywhere)?\s+(?:with)?in\s|`+ // "can be done remotely in the US" (region_remote_elsewhere_more_test.go)
		`\bwe\s+(?:(?:(?:can\s+)?only\s+(?:hire|recruit|employ)|currently\s+hire)\s+`+hireNouns+`(?:anywhere\s+)?|hire\s+anywhere\s+)|`+
		`only\s+(?:hire|hiring|employ|recruit)\s+`+hireNouns+`|`+
		`only\s+offer\s+employment\s+|`+ // "for this role we can only offer employment in Mexico, Colombia and Argentina"
		`\bhir(?:e|es|ing)\s+(?:remote\s+)?`+hireNouns+`(?:throughout|across)\s+|`+ // "We hire remote contractors throughout Latin America"

		`(?:hiring|hire|recruiting|employ)\s+in\s+the\s+following\s+(?:countries|states|provinces|locations|regions)\s*:?|`+
		`(?:must|need\s+to|needs\s+to)\s+have\s+(?:valid\s+|current\s+)?(?:work\s+authori[sz]ation|the\s+right\s+to\s+work)|`+
		`hiring\s+(?:for\s+)?(?:[\p{L}]+\s+){0,2}?(?:based|located)|`+
		`(?:eligible|supported|permitted|approved|hiring)\s+(?:work\s+)?(?:countries|locations)(?:\s+for\s+(?:this|the)\s+(?:position|role|job|opening|vacancy))?\s*(?:include\s*:?|are\s*:?|:)|`+
		`(?:we(?:\s+are|'re)\s+(?:currently\s+|only\s+)?able\s+to\s+|we\s+)(?:hire|employ|recruit)\s+`+hireNouns+`in\s+(?:the\s+following|these)\s+(?:countries|states|provinces|locations|regions)|`+
		`(?:we(?:\s+are|'re)\s+(?:currently\s+|only\s+)?able\s+to\s+(?:hire|employ|recruit)\s+`+hireNouns+`)(?:in\s*:)|`+
		`\b(?:countries|states|provinces|locations|regions)\s+(?:where\s+)?we\s+(?:can\s+|currently\s+)?(?:hire|employ|recruit)\s+(?:in|from)\s*:)\s*(?:(?:with)?in(?:\s+|[ \t]*:[ \t]*)|from\s+|for\s+|across\s+)?(?:(?:(?:one\s+of\s+)?(?:the\s+following|these)\s+(?:countries|states|provinces|locations|regions)\s*(?::|[–—]|-\s)?|(?:an?|any|one\s+of\s+the)\s+(?:states?|countries|provinces)\s+(?:where|in\s+which)\s+[^:.\n]{0,80}:)\s*)?(?:the\s+)?`,
		80, 100, "reside", "residing", "resident", "residency", "hire you", "live and work", "living in", "living with", "live in", "live with", "located in", "domiciled", "present in", "based in", "based within", "located within", "residing within", "living within",
		"remotely in", "remotely within", "remotely from anywhere in", "long as you", "long as it", "provided you", "provided that you", "only hir", "only emp", "only rec", "offer employment", "throughout", "hire across", "hires across", "hiring across", "hire anywhere", "currently hir", "in the following", "work authori", "right to work",
		"eligible countries", "eligible locations", "supported countries", "supported locations",
		"ted countries", "ted locations", "work locations", "work countries", "hiring locations", "hiring countries", "able to hire", "able to employ", "able to recruit", "in these",
		"hire in", "hire from", "employ in", "employ from", "recruit in", "recruit from")
	// residentsDemand is "residents of/in" opening a sentence or after a word
	// that makes it a demand: "Only residents of Texas", "open to residents
	// of Canada", "Resident in France for five years".
	residentsDemand = newKeyRegexp(`(?i)(?:^|[.!?\n•:]\s*|\b(?:only|must\s+be(?:\s+an?)?|open(?:\s+only|\s+exclusively)?\s+to|restricted\s+to|limited\s+to|available(?:\s+only)?\s+to|(?:role|position|job|opportunity|opening|vacancy)\s+(?:is\s+)?(?:only\s+|exclusively\s+)?for)\s+)residents?\s+(?:in|of)(?:\s+|[ \t]*:[ \t]*)(?:the\s+)?`,
		40, 20, "resident")
	// placeResidentsOnly is a place before "residents only" or "-based candidates
	// only": "US residents only", "UK-based candidates only".
	placeResidentsOnly = newKeyRegexp(`(?i)\b((?:[\p{L}]\.\s?){2,3}|[\p{L}][\p{L}.]*(?:[ ][\p{L}][\p{L}.]*)?)[- ](?:residents|passport\s+holders|based\s+(?:candidates|applicants|people|talent))\s+only\b`,
		40, 30, "residents only", "holders only", "based candidates only", "based applicants only", "based people only", "based talent only")
	// outsideRefused is applicants outside a place refused: "Candidates
	// residing outside of the UK will not be considered" (the clause's
	// negation makes it a demand).
	outsideRefused = newKeyRegexp(`(?i)\b(?:candidates|applicants|applications|people|those|anyone)\s+(?:residing|living|based|located|who\s+(?:live|reside|are\s+based|are\s+located))\s+outside\s+(?:of\s+)?(?:the\s+)?`,
		40, 20, "residing outside", "living outside", "based outside", "located outside", "live outside", "reside outside", "are based outside", "are located outside")
	// employedThrough is the employer's entity of a country: "you will be
	// employed through our UK entity" (one said of a condition, "if you are
	// based in the UK, you will be employed by our UK entity", is blanked).
	employedThrough = newKeyRegexp(`(?i)\bemployed\s+(?:through|by|via|under)\s+(?:our|the)\s+([\p{L}][\p{L}.]{1,20})\s+(?:entity|subsidiary|legal\s+entity)\b`,
		10, 50, "employed through", "employed by", "employed via", "employed under")
	// manyCountries is hiring in many countries: "we use Deel to hire in
	// 150 countries" (30 or more) is the whole world.
	manyCountries = newKeyRegexp(`(?i)\b(?:hire|hiring|employ|recruit)\s+(?:people\s+|talent\s+|employees\s+)?in\s+(?:over\s+|more\s+than\s+)?([3-9]\d|[1-9]\d\d)\+?\s+countries\b`,
		40, 30, "0 countries", "1 countries", "2 countries", "3 countries", "4 countries", "5 countries", "6 countries", "7 countries", "8 countries", "9 countries", "+ countries")
	// basedDemand is "<place>-based" after a demand: "must be US-based",
	// "Req: US-based", "requires a UK-based candidate".
	basedDemand = newKeyRegexp(`(?i)\b(?:must\s+be|req(?:uirement)?s?\s*:|requires?|required\s*:)\s+(?:an?\s+)?([\p{L}][\p{L}.]{1,19})-based\b`,
		30, 10, "-based")
	// nationalsOnly is a nationality a role is open to alone: "open
	// exclusively to Pakistani candidates".
	nationalsOnly = newKeyRegexp(`(?i)\b(?:open|available|restricted|limited)\s+(?:exclusively|only|solely)\s+to\s+((?:(?:south|north|west|east|new|sri|saudi|costa|puerto|hong|latin)\s+)?[\p{L}]+)\s+(?:candidates|applicants|residents|citizens|nationals|talent)\b`,
		30, 40, "exclusively to", "only to", "solely to")
	// citizenshipAnd is a citizenship required with something else: "US
	// citizenship and an active clearance are required".
	citizenshipAnd = newKeyRegexp(`(?i)\b([\p{L}][\p{L}.]{1,19})\s+citizenship\s+(?:and|&|plus)\s+[^.;\n]{0,60}?\b(?:are|is)\s+(?:required|mandatory|needed)\b`,
		30, 90, "citizenship")
	// secretClearance is a country's Secret clearance the role needs
	// ("Clearance: an active U.S. Secret clearance"); clearanceOf reads the
	// other grades. One that is "a plus" or "preferred" is blanked by
	// maskOthersPlaces.
	secretClearance = newKeyRegexp(`(?i)\b(?:active|current|valid)\s+([\p{L}][\p{L}.]{1,9})\s+(?:secret|top\s+secret|ts/sci)\s+clearance\b`,
		40, 20, "clearance")
	// nearTown is a distance from a town: "live within 50 miles of Denver".
	nearTown = newKeyRegexp(`(?i)\b(?:live|reside|be\s+based|be\s+located|living|residing)\s+within\s+\d+\s*(?:miles|mi|km|kilometers|kilometres)\s+of\s+`,
		40, 10, "miles of", "km of", "kilometers of", "kilometres of")
	// fiftyStates is "all 50 states".
	fiftyStates = newKeyRegexp(`(?i)\ball\s+50\s+(?:us\s+|u\.s\.\s+|united\s+states\s+)?states\b`, 5, 30, "all 50")
	// notAvailableIn is a list of places a role is not available in: read
	// only when the places are US states ("not available in CA, CO, NY").
	notAvailableIn = newKeyRegexp(`(?i)\bnot\s+(?:available|open)\s+(?:to\s+(?:candidates|residents|applicants)\s+)?in\s+(?:the\s+(?:following\s+)?states?\s+(?:of\s+)?:?\s*)?`,
		5, 60, "not avail", "not open")
	// hiresWorldwide is hiring across the world: "hiring engineers
	// worldwide", "our company hires globally".
	hiresWorldwide = newKeyRegexp(`(?i)\bhir(?:e|es|ing)\s+(?:[\p{L}-]+\s+){0,2}?(?:worldwide|globally|from\s+anywhere\s+in\s+the\s+world|anywhere\s+in\s+the\s+world)\b`,
		40, 30, "worldwide", "globally", "anywhere in the world")
	// entityWhere is the list after "countries where we have an entity":
	// "(UK, Germany, Poland)".
	entityWhere = regexp.MustCompile(`(?i)^(?:any\s+)?countr(?:y|ies)\s+where\s+we\s+(?:have|operate)\s+(?:an?\s+)?(?:legal\s+)?(?:entity|entities)\s*[(:]`)
	// notRolePlaces are places said of something other than where the
	// role is done: a pay range for the candidates of one country ("Salary
	// range shown is for US-based candidates"), the experience a candidate
	// brings ("Experience working on a remote, globally distributed
	// team"). maskOthersPlaces blanks each to the end of its clause.
	notRolePlaces = newKeyRegexp(`(?i)\b(?:(?:salary|pay|compensation|wage|base\s+pay)(?:\s+(?:range|band|scale|rate)s?)?\b[^.;\n]{0,40}?\bfor\s+(?:candidates\s+|employees\s+|hires\s+)?(?:[\p{L}.]+-based|based\s+in|located\s+in)\b|`+
		`experience\s+(?:working\s+(?:on|in|with|within)\s+(?:an?\s+)?|(?:on|in|with|within)\s+an?\s+)(?:remote|distributed|global|globally|fully|international))`,
		80, 30, "-based", "based in", "located in", "experience working", "experience on a", "experience in a", "experience with a", "experience within a")
	// usDots is "U. S." with a space, read as "U.S.".
	usDots = regexp.MustCompile(`\bU\.\s+S\.`)
)

// residenceKeys holds every key of the readers above: one look at the
// shared key scan tells whether any of them can match, before each reader
// walks the scan's hits itself. Its regexp matches nothing.
var residenceKeys = newKeyRegexp(`\b\B`, 0, 0, "reside", "residing", "resident", "residency", "hire you", "live and work", "living in", "living with", "live in", "live with", "located in", "domiciled", "present in", "based in", "based within", "located within", "residing within", "living within", "remotely in", "remotely within", "remotely from anywhere in", "long as you", "long as it", "provided you", "provided that you", "only hir", "only emp", "only rec", "offer employment", "throughout", "hire across", "hires across", "hiring across", "hire anywhere", "currently hir", "in the following", "work authori", "right to work", "eligible countries", "eligible locations", "supported countries", "supported locations", "ted countries", "ted locations", "work locations", "work countries", "hiring locations", "hiring countries", "able to hire", "able to employ", "able to recruit", "in these", "hire in", "hire from", "employ in", "employ from", "recruit in", "recruit from", "residents only", "holders only", "based candidates only", "based applicants only", "based people only", "based talent only", "residing outside", "living outside", "based outside", "located outside", "live outside", "reside outside", "are based outside", "are located outside", "employed through", "employed by", "employed via", "employed under", "0 countries", "1 countries", "2 countries", "3 countries", "4 countries", "5 countries", "6 countries", "7 countries", "8 countries", "9 countries", "+ countries", "-based", "exclusively to", "only to", "solely to", "citizenship", "clearance", "miles of", "km of", "kilometers of", "kilometres of", "all 50", "not avail", "not open", "worldwide", "globally", "anywhere in the world")

// residenceDemandRegions returns the places the demands above name, in
// order; nil when there are none. Worldwide only from hiresWorldwide, and
// only when nothing narrower was demanded.
func residenceDemandRegions(text string) []string {
	if text == "" {
		return nil
	}
	if len(residenceKeys.windows(text)) == 0 {
		return russianResidence(text) // no key of the readers above
	}
	masked, maskedYet := text, false
	mask := func() {
		if !maskedYet { // blanked once, when a demand is found
			masked, _ = maskOthersPlaces(text, []string{RegionWorldwide}) // also a product that lets others hire
			maskedYet = true
		}
	}
	var out []string
	add := func(rs []string) {
		for _, r := range rs {
			if r != RegionWorldwide {
				out = appendUnique(out, r)
			}
		}
	}
	demand := func(i, j int) bool {
		mask()
		if masked[i] == ' ' && text[i] != ' ' {
			return false // in a clause said of someone else, or only a plus
		}
		return !negatedClause(masked, i, j) && !strings.HasSuffix(strings.ToLower(masked[max(0, i-3):i]), "no ")
	}
	for _, m := range residenceVerb.FindAllStringIndex(text, -1) {
		// Found in the text as written ("only apply if you live in Canada":
		// a condition maskOthersPlaces blanks after "only apply"), kept
		// when its start is not blanked ("no need to be based in").
		if !demand(m[0], m[1]) {
			continue
		}
		rest := listFrom(text, m[1]) // a vertical list keeps its line break (region_list_layouts.go)
		if loc := entityWhere.FindStringIndex(rest); loc != nil {
			rest = rest[loc[1]:] // "in countries where we have an entity (UK, Germany, Poland)"
		}
		for _, w := range exclusionWords { // "We hire across APAC with the exception of Japan": the places after it are out
			if k := indexFold(rest, w); k >= 0 {
				rest = rest[:k]
			}
		}
		add(placeList(rest))
	}
	for _, m := range residentsDemand.FindAllStringIndex(text, -1) {
		if demand(m[0], m[1]) && !noticeAfter(text[m[1]:]) && !exclusionAfter(masked[m[1]:]) {
			add(placeList(masked[m[1]:]))
		}
	}
	for _, m := range placeResidentsOnly.FindAllStringSubmatchIndex(text, -1) {
		if demand(m[0], m[1]) {
			add(citizenPlace(usDots.ReplaceAllString(text[m[2]:m[3]], "U.S."))) // "U. S. residents only"; "week. Irish": its last word
		}
	}
	for _, m := range outsideRefused.FindAllStringIndex(text, -1) {
		clause := text[m[1]:]
		if k := strings.IndexAny(clause, ".;!?\n"); k >= 0 {
			clause = clause[:k]
		}
		if containsAnyFold(clause, []string{"not be considered", "will not be", "won't be", "cannot be", "are not eligible", "not eligible", "unable"}) {
			add(placeList(text[m[1]:]))
		}
	}
	for _, m := range employedThrough.FindAllStringSubmatchIndex(text, -1) {
		if demand(m[0], m[1]) {
			add(citizenPlace(text[m[2]:m[3]]))
		}
	}
	for _, m := range basedDemand.FindAllStringSubmatchIndex(text, -1) {
		if demand(m[0], m[1]) {
			add(regionOrDemonym(masked[m[2]:m[3]]))
		}
	}
	for _, m := range citizenshipAnd.FindAllStringSubmatchIndex(text, -1) {
		if demand(m[0], m[1]) {
			add(citizenPlace(masked[m[2]:m[3]]))
		}
	}
	for _, m := range secretClearance.FindAllStringSubmatchIndex(text, -1) {
		if demand(m[0], m[1]) {
			add(citizenPlace(masked[m[2]:m[3]]))
		}
	}
	for _, m := range nationalsOnly.FindAllStringSubmatchIndex(text, -1) {
		if demand(m[0], m[1]) {
			add(regionOrDemonym(masked[m[2]:m[3]]))
		}
	}
	for _, m := range nearTown.FindAllStringIndex(text, -1) {
		if demand(m[0], m[1]) {
			clause := masked[m[1]:]
			if k := strings.IndexAny(clause, ".;!?\n"); k >= 0 && !(k > 0 && clause[k] == '.' && clause[k-1] >= 'A' && clause[k-1] <= 'Z') {
				clause = clause[:k]
			}
			rs := placeList(clause)
			if len(rs) == 0 {
				rs = Regions(strings.TrimRight(clause, ". "))
			}
			add(rs)
		}
	}
	if m := fiftyStates.FindStringIndex(text); m != nil && demand(m[0], m[1]) {
		add([]string{"US"})
	}
	for _, m := range notAvailableIn.FindAllStringIndex(text, -1) {
		rest := masked[m[1]:]
		if k := strings.IndexAny(rest, ".;!?\n"); k >= 0 {
			rest = rest[:k]
		}
		if stateCodeList(rest) != nil {
			add([]string{"US"})
		}
	}
	add(russianResidence(text))
	if len(out) == 0 {
		for _, m := range manyCountries.FindAllStringIndex(text, -1) {
			if demand(m[0], m[1]) {
				return []string{RegionWorldwide} // "hire in 150 countries"
			}
		}
		for _, m := range hiresWorldwide.FindAllStringIndex(text, -1) {
			if demand(m[0], m[1]) {
				return []string{RegionWorldwide}
			}
		}
	}
	return out
}

// placeList reads the list of places that starts s (regionList), with
// "U.S." and a bracketed list after "countries where ...".
func placeList(s string) []string {
	s = listLeadTrimmed(s) // "in: Kenya", "these countries — Poland" (region_list_layouts.go)
	rs := regionList(s)
	if more := laidOutPlaces(s); len(more) > len(rs) {
		rs = more // a bulleted or semicolon list (region_list_layouts.go)
	}
	if len(rs) == 0 {
		return nil
	}
	return slices.DeleteFunc(rs, func(r string) bool { return r == RegionWorldwide })
}

// noticeAfter reports whether "residents of <place>" heads a notice rather
// than a demand: "Residents of California: see our privacy notice".
func noticeAfter(s string) bool {
	if k := strings.IndexAny(s, ".;!?\n"); k >= 0 {
		s = s[:k]
	}
	return strings.Contains(s, ":") || containsAnyFold(s, []string{"privacy", "notice", "ccpa", "data protection", "your rights", "pay range", "salary range"})
}

// exclusionAfter reports whether the clause after "residents of <place>"
// excludes them: "are not eligible", "excluded", "cannot apply".
func exclusionAfter(s string) bool {
	if k := strings.IndexAny(s, ".;!?\n"); k >= 0 && k < len(s) {
		s = s[:k]
	}
	return containsAnyFold(s, []string{"not eligible", "ineligible", "excluded", "cannot apply", "can't apply", "not able to apply", "not be considered", "except"})
}

var (
	// russianResidenceRe is a Russian residence or citizenship demand:
	// "только для граждан РФ", "Требуется гражданство РФ", "Работа только
	// из России", "только резиденты РК".
	russianResidenceRe = regexp.MustCompile(`(?i)(?:только\s+(?:для\s+)?(?:граждан|резидент\p{L}*)|гражданств\p{L}*|только\s+из)\s+(РФ|РК|РБ|Росси\p{L}*|Российской\s+Федерации|Казахстан\p{L}*|Беларус\p{L}*|Белорусси\p{L}*|Украин\p{L}*|Узбекистан\p{L}*)`)
)

// russianResidence reads russianResidenceRe's country; nil without one.
func russianResidence(text string) []string {
	if strings.IndexByte(text, 0xD0) < 0 { // no Cyrillic letter
		return nil
	}
	var out []string
	for _, m := range russianResidenceRe.FindAllStringSubmatch(text, -1) {
		w := strings.ToLower(m[1])
		code := ""
		switch {
		case w == "рф" || strings.HasPrefix(w, "росси"):
			code = "RU"
		case w == "рк" || strings.HasPrefix(w, "казахстан"):
			code = "KZ"
		case w == "рб" || strings.HasPrefix(w, "беларус") || strings.HasPrefix(w, "белорусси"):
			code = "BY"
		case strings.HasPrefix(w, "украин"):
			code = "UA"
		case strings.HasPrefix(w, "узбекистан"):
			code = "UZ"
		}
		if code != "" {
			out = appendUnique(out, code)
		}
	}
	return out
}
