package normalize

import (
	"regexp"
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Where a remote role may be done from, said in a sentence of the
// description rather than in a location field. The readers before this one
// take the usual shapes ("must be based in", "right to work in"); this file
// reads the shapes they leave:
//
//   - a wide area followed by the countries it means: "We hire across
//     Latin America. Eligible countries: Argentina, Chile.", "hiring in
//     LATAM (Argentina, Colombia)", "Latin America: Argentina, Peru" are
//     those countries; "LATAM, including Argentina", "LATAM (e.g.
//     Colombia)", "such as Mexico" name examples, and the area stands;
//   - terse citizenship and residence demands: "U.S. citizen required",
//     "require U.S. citizenship", "indefinite leave to remain in the UK";
//   - "only" after the hiring verb: "we hire remotely, but only in North
//     America";
//   - a "Remote locations:" line of places separated by semicolons;
//   - the same statements in German, Polish, Spanish, French, Dutch and
//     Italian: "Remote innerhalb Deutschlands", "aus ganz Deutschland",
//     "Wohnsitz in Deutschland", "z terenu Polski", "w Polsce",
//     "candidatos en la República Dominicana", "au sein de l'Union
//     européenne";
//
// and it sets aside places that are said of someone else: a product that
// lets its customers hire anywhere ("we enable companies to hire anywhere
// in the world"), and where the customers are ("Our customers are in
// Europe only").

// reviseSentenceScopes applies the readings above to a remote or hybrid
// listing's regions.
func reviseSentenceScopes(hint string, locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteHybrid {
		return ri
	}
	written := text                             // the text as written, for residenceDemandRegions (which blanks what it must itself)
	if len(ri.Regions) > 0 && !hasPlace(locs) { // a place in the location field is read before the text
		if masked, ok := maskOthersPlaces(text, ri.Regions); ok {
			ri.Regions = remoteRegions(hintLocations(hint, locs), masked)
			text = masked
		}
	}
	if len(ri.Regions) == 0 || slices.ContainsFunc(ri.Regions, isArea) {
		if rs := areaCountryList(text, ri.Regions); rs != nil {
			ri.Regions = rs
		}
	}
	if len(ri.Regions) == 0 {
		if rs := sentenceScopeRegions(text); len(rs) > 0 {
			ri.Regions = rs
		} else if rs := residenceDemandRegions(written); len(rs) > 0 {
			ri.Regions = rs // "Req: US-based", "US residents only" (region_residence_demands.go)
		}
	} else if len(ri.Regions) == 1 {
		if ri.Regions[0] == RegionWorldwide && !hasPlace(locs) {
			if rs := openListAfterWorld(text); len(rs) > 0 {
				ri.Regions = rs // "Work remotely from anywhere. Open to Brazil, Canada, and the US." (region_sentence_shapes.go)
				return ri
			}
		}
		if rs := foreignScopeRegions(text); len(rs) > 1 && allWithin(ri.Regions, rs) {
			ri.Regions = rs // "Remote aus Deutschland, Österreich oder der Schweiz": the whole list
		} else if !hasPlace(locs) && ri.Regions[0] != RegionWorldwide {
			if rs := residenceDemandRegions(written); len(rs) > 1 && allWithin(ri.Regions, rs) {
				ri.Regions = rs // "open to residents of the USA & Canada only": the whole list (region_residence_demands.go)
			}
		}
	}
	return ri
}

var (
	// othersHire is hiring done by the product's customers: "we enable
	// companies to hire anywhere in the world", "helps teams hire
	// globally". Its statement runs to the end of the sentence. Searched
	// only when the whole world was read.
	othersHire = newCueRegexp(`(?i)\b(?:enabl(?:e|es|ing)|help(?:s|ing)?|allow(?:s|ing)?|lets?|empower(?:s|ing)?)\s+(?:(?:companies|businesses|teams|employers|organi[sz]ations|customers|clients|startups|enterprises|founders)\s+)(?:to\s+)?(?:hire|recruit|employ|pay|onboard)\b`)
	// othersPlace is where other parties are: "Our customers are in Europe
	// only", "our clients are based in the US", "tools for US citizens".
	// Its statement runs to the end of the sentence.
	othersPlace = newCueRegexp(`(?i)\bour\s+(?:customers|clients)\s+(?:are|is)\s+(?:mostly\s+|mainly\s+|largely\s+|primarily\s+|all\s+)?(?:(?:(?:based|located)\s+)?(?:in|across|throughout)\b|(?:[\p{L}.]+\s+){1,2}citizens\b)|` +
		`\b(?:build|building|serve|serving|support|supporting|design|designing)\s+(?:[\p{L}]+\s+){0,4}?for\s+(?:[\p{L}.]+\s+){1,2}citizens\b`)
)

// notLimits are statements that name a place without limiting where the
// role is done: a right to work that is only a plus, help to get one, a
// condition on where someone happens to be, a place one need not be in,
// where the team happens to work. Each runs to the end of its sentence.
var notLimits = newCueRegexp(`(?i)(?:\b(?:right to work|work authori[sz]ation|work permit|residency|residence|citizenship|clearance|being based|living)\b[^.!?\n]{0,60}?\b(?:is|are|would be|will be)\s+(?:a\s+(?:plus|bonus)|an?\s+(?:advantage|asset)|nice to have|preferred|desirable|beneficial))|` +
	`\bhelp\s+(?:you\s+)?(?:get|obtain|secure|apply for)\s+(?:the\s+|a\s+|your\s+)?(?:right to work|work permit|visa|work authori[sz]ation)\b|` +
	`\bif\s+you\s+(?:are|live|reside|happen to (?:be|live))\s+(?:based\s+|located\s+)?in\b|` +
	`\b(?:do not|don't|does not|doesn't|won't|will not)\s+(?:need|have)\s+to\s+(?:be\s+)?(?:based|located|live|reside)\s+in\b|\bno\s+need\s+to\s+(?:be\s+)?(?:based|located|live|reside)\s+in\b|` +
	`\bour\s+(?:team|teams|people|employees|engineers|colleagues)\s+(?:works?|is|are|spans?|lives?)\s+(?:spread\s+|distributed\s+)?(?:across|throughout)\b`)

// maskOthersPlaces blanks the clauses of othersHire and othersPlace in
// text (same length, so offsets hold); false when there are none.
func maskOthersPlaces(text string, regions []string) (string, bool) {
	spans := append(othersPlace.FindAllStringIndex(text, -1), keptLimits(text, notLimits.FindAllStringIndex(text, -1))...)
	spans = append(spans, notRolePlaces.FindAllStringIndex(text, -1)...) // pay for one country, experience (region_residence_demands.go)
	if slices.Contains(regions, RegionWorldwide) {
		spans = append(spans, othersHire.FindAllStringIndex(text, -1)...)
	}
	if len(spans) == 0 {
		return text, false
	}
	b := []byte(text)
	for _, s := range spans {
		end := s[1] + strings.IndexAny(text[s[1]:], ".!?;\n") // to the end of its clause
		if end < s[1] {
			end = len(text)
		}
		if i := strings.Index(text[s[1]:end], ", but "); i >= 0 {
			end = s[1] + i // "..., but the team works from Europe" is said of the role
		}
		for i := s[0]; i < end; i++ {
			b[i] = ' '
		}
	}
	return string(b), true
}

var (
	// areaThenList is a place followed by a bracket or a colon: "LATAM
	// (Argentina, Colombia)", "Latin America: Argentina, Colombia, Peru".
	areaThenList = newKeyRegexp(`(?i)\b(latam|latin america|the americas|americas|emea|europe|eu|european union|apac|asia[- ]pacific)\s*(?:\(([^()\n]{2,100})\)|:[ \t]*([^\n]{2,100}))`, 20, 140,
		"latam", "latin america", "americas", "emea", "europe", "eu (", "eu(", "eu:", "eu,", "european union", "apac", "asia pacific", "asia-pacific")
	// areaExamples is a place followed by examples: "LATAM, including
	// Argentina and Colombia", "Latin America, such as Mexico and Chile".
	areaExamples = newKeyRegexp(`(?i)\b(latam|latin america|the americas|americas|emea|europe|eu|european union|apac|asia[- ]pacific)\s*,?\s+(?:including|incl\.|especially|particularly|for example|for instance|such as|like|e\.g\.,?)\s+([^\n]{2,100})`, 20, 140,
		"latam", "latin america", "americas", "emea", "europe", "eu (", "eu(", "eu:", "eu,", "european union", "apac", "asia pacific", "asia-pacific")
	// eligibleLabel is a label before a list of places: "Eligible
	// countries: Argentina, Chile", "Supported locations are: ...", "We
	// are hiring in:" and the places on the lines below.
	eligibleLabel = newKeyRegexp(`(?i)\b(?:(?:eligible|approved|supported|hiring)\s+(?:(?:countries|provinces)(?:\s+(?:are|include))?\s*:|(?:locations|regions|states)(?::|\s+(?:are|include)\s*:))|(?:hiring|recruiting)\s+(?:in|from)\s*:)`, 40, 40,
		"eligible", "approved", "supported", "hiring", "recruiting")
	// exampleLead opens a bracket of examples: "(e.g. Colombia, Mexico)".
	exampleLead = regexp.MustCompile(`(?i)^\s*(?:e\.g\.?,?|eg\.?,?|including|incl\.|such as|for example|for instance|like|especially|mainly|i\.e\.,?)\s*`)
	// hiringContext is a sentence about hiring or where work is done.
	hiringContext = regexp.MustCompile(`(?i)\b(?:hir(?:e|es|ing)|recruit\w*|employ\w*|open to|remote\w*|based|located|locations?|candidates|applicants|eligib\w*|work from|countries|talent|residents?)\b`)
)

// areaCountryList narrows regions that are one wide area (or empty) to the
// countries the text lists for it, and drops countries read from a list of
// examples that follows the area. It returns nil when nothing changes.
func areaCountryList(text string, regions []string) []string {
	for _, m := range eligibleLabel.FindAllStringIndex(text, -1) {
		list, ok := labelList(text[m[1]:])
		if !ok || len(list) == 0 {
			continue
		}
		if len(regions) == 0 || allWithin(list, regions) {
			return list
		}
	}
	for _, m := range areaThenList.FindAllStringSubmatchIndex(text, -1) {
		area := Regions(text[m[2]:m[3]])
		if len(area) == 0 || !hiringContext.MatchString(sentenceAround(text, m[0], m[1])) {
			continue
		}
		inner := ""
		if m[4] >= 0 {
			inner = text[m[4]:m[5]]
		} else {
			inner = text[m[6]:m[7]]
		}
		if lead := exampleLead.FindStringIndex(inner); lead != nil || hasFold(inner, "etc") {
			if lead != nil {
				inner = inner[lead[1]:]
			}
			ex, _ := exactPlaceList(strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(inner), "etc.")), ","))
			if rs := keepArea(area, ex, regions); rs != nil {
				return rs
			}
			continue
		}
		list, ok := exactPlaceList(inner)
		if !ok || len(list) == 0 || !allWithin(list, area) {
			continue
		}
		if len(regions) == 0 || sameRegions(regions, area) || allWithin(regions, append(append([]string(nil), area...), list...)) {
			return list
		}
	}
	for _, m := range areaExamples.FindAllStringSubmatchIndex(text, -1) {
		area := Regions(text[m[2]:m[3]])
		if len(area) == 0 || !hiringContext.MatchString(sentenceAround(text, m[0], m[1])) {
			continue
		}
		ex, _ := exactPlaceList(text[m[4]:m[5]])
		if rs := keepArea(area, ex, regions); rs != nil {
			return rs
		}
	}
	return nil
}

// keepArea returns the area when the regions read are the area, its
// examples, or both (or nothing); nil otherwise.
func keepArea(area, examples, regions []string) []string {
	if sameRegions(regions, area) {
		return nil
	}
	if len(regions) == 0 || allWithin(regions, append(append([]string(nil), area...), examples...)) {
		return area
	}
	return nil
}

// allWithin reports whether every region of rs lies within place.
func allWithin(rs, place []string) bool {
	for _, r := range rs {
		if !regionWithin(r, place) {
			return false
		}
	}
	return len(rs) > 0
}

// exactPlaceList reads s up to the end of its sentence as a list of places,
// every item nothing but a place's name or code ("Argentina", "the US",
// "Washington D.C."). ok is false when an item is anything else
// ("Netherlands preferred").
func exactPlaceList(s string) (out []string, ok bool) {
	s = spellEMEA(s)
	if i := strings.IndexAny(s, ";!?\n()"); i >= 0 {
		s = s[:i]
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '.' && !(i > 0 && s[i-1] >= 'A' && s[i-1] <= 'Z' && (i < 2 || s[i-2] == '.' || s[i-2] == ' ')) {
			s = s[:i]
			break
		}
	}
	for _, item := range splitList(s) {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		rs := exactPlace(item)
		if rs == nil {
			return nil, false
		}
		for _, r := range rs {
			out = appendUnique(out, r)
		}
	}
	return out, len(out) > 0
}

// labelList reads the places after a label's colon: the rest of its line
// as a list ("Hiring in: US, Canada"), or when that is empty the lines
// below, one place each, bullets allowed ("Eligible countries:\n- India\n-
// Vietnam"), up to the first line that is not a place.
func labelList(s string) ([]string, bool) {
	line, rest, _ := strings.Cut(s, "\n")
	if strings.TrimSpace(line) != "" {
		return exactPlaceList(line)
	}
	var out []string
	for n := 0; n < 40 && rest != ""; n++ {
		line, rest, _ = strings.Cut(rest, "\n")
		item := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "-*•·–"))
		if item == "" {
			if len(out) > 0 {
				break
			}
			continue
		}
		rs := exactPlace(strings.TrimRight(item, ".,;"))
		if rs == nil {
			break
		}
		for _, r := range rs {
			out = appendUnique(out, r)
		}
	}
	return out, len(out) > 0
}

// exactPlace returns the regions of item when it is a place's name or code
// and nothing more; nil otherwise.
func exactPlace(item string) []string {
	item = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(item, "the "), "The "))
	if item == "" || len(strings.Fields(item)) > 4 {
		return nil
	}
	if code, ok := regionCodes[strings.TrimSuffix(item, ".")]; ok {
		return []string{code}
	}
	low := strings.ToLower(item)
	if code, ok := regionNames[low]; ok {
		return []string{code}
	}
	if g, ok := regionGroups[low]; ok {
		return g
	}
	// "U.S.", "Washington D.C.", "Texas": read, and every word capitalized
	// (a lower-case word is more than a name: "Netherlands preferred").
	for _, w := range strings.Fields(item) {
		r := w[0]
		if r >= 'a' && r <= 'z' && w != "of" && w != "and" && w != "de" && w != "da" && w != "do" && w != "del" {
			return nil
		}
	}
	if rs := Regions(item); len(rs) == 1 {
		return rs
	}
	return nil
}

var (
	// citizenNeed is a citizenship demanded in few words: "U.S. citizen
	// required", "require U.S. citizenship", "Canadian citizens required".
	citizenNeed = newKeyRegexp(`(?i)\b(?:(?:require[sd]?|requiring|need(?:s|ed)?|hold(?:s|ing)?|hire|hiring|employ(?:ing)?|accept(?:ing)?)\s+(?:only\s+)?(?:an?\s+)?(?:active\s+|valid\s+|current\s+)?([\p{L}.]+(?:\s[\p{L}.]+)?)\s+citizen(?:s|ship)?\b|([\p{L}.]+(?:\s[\p{L}.]+)?)\s+citizen(?:s|ship)?\s+(?:is\s+|are\s+)?(?:strictly\s+)?(?:required|mandatory|needed|only)\b)`, 60, 40, "citizen")
	// entityIn is where the employer can employ: "We have a legal entity
	// in the US, UK and Canada", "payroll in Poland", "employer of record
	// in Spain", "an EOR in Portugal", "payroll set up in the UK", "via Deel
	// in Chile", "countries where we have a legal entity: the US, Canada";
	// the list may follow a colon or be laid out (placeList).
	entityIn = newKeyRegexp(`(?i)\b(?:(?:(?:legal\s+)?entit(?:y|ies)|payroll(?:\s+set\s+up)?|employer\s+of\s+record|EOR(?:\s+partners?)?)(?:\s+(?:is|are)(?:\s+(?:located|based|set\s+up))?)?\s+in|`+
		`payroll\s+covers|(?:through|via|using|with)\s+(?:Deel|Oyster|Remote\.com|Rippling|Papaya(?:\s+Global)?|Multiplier|Omnipresent|Remofirst|Velocity\s+Global|Globalization\s+Partners)\s+in)(?:\s+|[ \t]*:[ \t]*)(?:the\s+)?|`+
		`\bwhere\s+we\s+have\s+(?:an?\s+)?(?:legal\s+)?entit(?:y|ies)(?::|\s\()[ \t]*(?:the\s+)?`, 60, 90,
		"tity in", "ties in", "yroll in", "ecord in", "eor in", "tner in", "tners in", " is in", " are in", "located in", "based in", "set up in", "yroll covers",
		"deel in", "oyster in", ".com in", "rippling in", "global in", "multiplier in", "omnipresent in", "remofirst in", "tity:", "ties:", "tity (", "ties (")
	// anyTimeZone opens the role to every time zone: "you can work from any
	// time zone".
	anyTimeZone = newKeyRegexp(`(?i)\b(?:from|in|across)\s+any\s+time\s*zones?\b`, 10, 20,
		"any time zone", "any timezone")
	// locationAnywhere is a location line that opens the role to the whole
	// world: "Location: Anywhere in the World." (a location field saying
	// "Anywhere" reads the same).
	locationAnywhere = newKeyRegexp(`(?i)\blocations?\s*:\s*(?:remote\s*[-,(]?\s*)?(?:anywhere(?:\s+in\s+the\s+world)?|worldwide|work\s+from\s+anywhere)\s*\)?\s*(?:[.;!\n]|$)`, 10, 60,
		"location:", "locations:", "location :")
	// leaveToRemain is the UK's residence right: "indefinite leave to
	// remain in the UK".
	leaveToRemain = newKeyRegexp(`(?i)\bleave\s+to\s+remain\s+in\s+(?:the\s+)?([^\n]{2,40})`, 10, 50,
		"leave to remain")
	// hireOnlyIn is "only" after hiring: "we hire remotely, but only in North
	// America", "this role is available only within the US".
	hireOnlyIn = newKeyRegexp(`(?i)\b(?:hir(?:e|es|ing)|recruit(?:s|ing)?|employ(?:s|ing)?|available|open|work(?:s|ing)?|based|located|remote(?:ly)?)\b[^.\n]{0,30}?\bonly\s+(?:in|within|from|across)\s+(?:the\s+)?([^\n]{2,60})`, 50, 80,
		"only in", "only within", "only from", "only across")
	// remoteLocations is a line of remote places: "Remote locations:
	// California, USA; Nevada, USA."
	remoteLocations = newKeyRegexp(`(?i)\bremote\s+locations?\s*:\s*([^\n]{2,200})`, 10, 200,
		"remote location")
)

// sentenceScopeRegions reads the region from the sentence shapes of this
// file (but the area lists of areaCountryList) when nothing else gave one;
// nil when there is none.
func sentenceScopeRegions(text string) []string {
	for _, m := range citizenNeed.FindAllStringSubmatchIndex(text, -1) {
		if negatedClause(text, m[0], m[1]) {
			continue // "The role does not require US citizenship."
		}
		name := ""
		for g := 1; g <= 2 && name == ""; g++ {
			if m[2*g] >= 0 {
				name = text[m[2*g]:m[2*g+1]]
			}
		}
		if rs := citizenPlace(name); rs != nil {
			return rs
		}
	}
	for _, m := range leaveToRemain.FindAllStringSubmatch(text, -1) {
		if rs := regionList(m[1]); len(rs) > 0 {
			return rs
		}
	}
	for _, m := range hireOnlyIn.FindAllStringSubmatch(text, -1) {
		if rs := regionList(m[1]); len(rs) > 0 && !slices.Contains(rs, RegionWorldwide) {
			return rs
		}
	}
	for _, m := range remoteLocations.FindAllStringSubmatch(text, -1) {
		if rs := semicolonPlaces(m[1]); len(rs) > 0 {
			return rs
		}
	}
	for _, m := range entityIn.FindAllStringIndex(text, -1) {
		if negatedClause(text, m[0], m[1]) || strings.HasSuffix(strings.ToLower(text[max(0, m[0]-3):m[0]]), "no ") {
			continue // "We don't have an entity in India", "no entity in Brazil"
		}
		if rs := placeList(listFrom(text, m[1])); len(rs) > 0 {
			return rs
		}
	}
	if locationAnywhere.FindStringIndex(text) != nil {
		return []string{RegionWorldwide}
	}
	for _, m := range anyTimeZone.FindAllStringIndex(text, -1) {
		if !negatedClause(text, m[0], m[1]) {
			return []string{RegionWorldwide}
		}
	}
	if rs := demandSentenceRegions(text); rs != nil {
		return rs // "Must qualify as a U.S. Person", "a UK-wide remote role" (region_sentence_demands_more.go)
	}
	if rs := shapeRegions(text); rs != nil {
		return rs // "within Spanish borders", "must be a UK resident", "on the East Coast" (region_sentence_shapes.go)
	}
	if rs := statusDemandRegions(text); rs != nil {
		return rs // "Green card required", "a tax resident of Spain", "EOR partner in Chile" (region_status_demands.go)
	}
	if rs := livesAnywhereRegions(text); rs != nil {
		return rs // "Live wherever you want", "Anywhere on Earth" (region_sentence_shapes.go)
	}
	return foreignScopeRegions(text)
}

// negation is a word that denies a demand: "does not require", "no
// longer needed".
var negation = regexp.MustCompile(`(?i)\b(?:not|cannot|never|no longer|neither|nor)\b|n't\b`)

// clauseBreak separates the clauses of a sentence: "; ", ", but ",
// ", however".
var clauseBreak = regexp.MustCompile(`(?i);\s*|,?\s+but\s+|,\s*(?:however|whereas|while)\s+`)

// roleDenies is a later clause that takes the demand away from this role:
// "...; this internship does not."
var roleDenies = regexp.MustCompile(`(?i)^\s*(?:this|the|our)\s+(?:role|position|job|internship|opening|contract)\b.*\b(?:not|n't)\b`)

// negatedClause reports whether the demand text[i:j] is denied: a
// negation in its own clause ("does not require US citizenship"), or a
// next clause saying this role is exempt ("Some teams require US
// citizenship; this role does not."). A negation in another clause does
// not count ("We do not require a degree, but require US citizenship.").
func negatedClause(text string, i, j int) bool {
	a, b := max(0, i-160), min(len(text), j+160)
	if k := strings.LastIndexAny(text[a:i], ".!?\n"); k >= 0 {
		a += k + 1
	}
	if k := strings.IndexAny(text[j:b], "!?\n"); k >= 0 {
		b = j + k
	}
	if k := strings.Index(text[j:b], ". "); k >= 0 {
		b = j + k
	}
	start, end := a, b
	for _, br := range clauseBreak.FindAllStringIndex(text[a:b], -1) {
		if a+br[1] <= i {
			start = a + br[1]
		} else if a+br[0] >= j && end == b {
			end = a + br[0]
			if roleDenies.MatchString(text[a+br[1] : b]) {
				return true
			}
		}
	}
	return negation.MatchString(text[start:end])
}

// citizenPlace reads the place of a citizenship: a nationality or a
// country, tried as written and then as its last word ("require U.S." is
// read as "U.S.").
func citizenPlace(name string) []string {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil
	}
	if rs := regionOrDemonym(name); len(rs) > 0 && !slices.Contains(rs, RegionWorldwide) {
		return rs
	}
	if f := strings.Fields(name); len(f) == 2 {
		if rs := regionOrDemonym(f[1]); len(rs) > 0 && !slices.Contains(rs, RegionWorldwide) {
			return rs
		}
	}
	return nil
}

// semicolonPlaces reads items separated by semicolons up to the end of the
// line's last sentence, each item a place ("California, USA"); nil when an
// item names none.
func semicolonPlaces(s string) []string {
	if i := strings.Index(s, ". "); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	return placeItems(strings.Split(s, ";"), 4) // regions_text.go
}
