package normalize

import (
	"regexp"
	"strings"
)

// Further sentence shapes that say where a remote role may be done from,
// each a general form rather than one phrase:
//
//   - borders: "live and work within Spanish borders", "inside the borders
//     of Germany";
//   - a resident noun after a demand: "must be a UK resident", "Applicants
//     must be Irish residents", "for Nigerian residents" ("residents of X"
//     is read by region_residence_demands.go);
//   - the employer's contractor or legal entity of a place: "engaged
//     through our Polish contractor entity", "via a US-based legal entity";
//   - a coast: "based on the East Coast" (of the US unless another place
//     follows: "on the east coast of Australia");
//   - "must/should/need to be in <place>": "You should be in the UK or
//     Ireland", "you need to be in Germany" (the place must be a region:
//     "be in the office", "be in good health" name none);
//   - home as the workplace: "work from home in Sweden", "work remotely
//     from your home in Chile";
//   - a location requirement label ("Hiring location: Philippines" too): "Location requirement: United States
//     (any state)";
//   - a question that opens the pitch: "Based in Canada? ..." ("Not based
//     in Canada?" is no demand).
//
// Each is denied by a negation in its clause (negatedClause). shapeRegions
// is read when a remote listing named no place (sentenceScopeRegions) and by
// requiredRegions, so a worldwide or area label narrows to it.

var (
	bordersOf         = newKeyRegexp(`(?i)\b(?:within|inside|in|on)\s+(?:the\s+)?(?:(?:borders|territory)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)|(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\s+(?:borders|territory))\b`, 30, 40, "borders", "territory")
	residentNoun      = newKeyRegexp(`(?i)\b(?:must\s+be|be|are|only|for|to)\s+(?:an?\s+)?(?:permanent\s+|legal\s+|tax\s+|current\s+|full[- ]time\s+)?((?:[\p{L}]\.){2,3}|\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\s+residents?\b`, 50, 20, "resident")
	entityOfPlace     = newKeyRegexp(`(?i)\b(?:through|via|by|with|under)\s+(?:our|an?|the|its)\s+((?:[\p{L}]\.){2,3}|\p{Lu}[\p{L}.]*)(?:[- ]based)?\s+(?:contractor|contracting|legal|local|employing|payroll|hiring)\s+(?:entity|subsidiary|company)\b`, 60, 30, "entity", "subsidiary")
	onCoast           = newKeyRegexp(`(?i)\b(?:based|located|live|living|reside|residing|be|work(?:ing)?\s+from)\s+(?:somewhere\s+)?(?:on|along)\s+the\s+(?:(US|U\.S\.)\s+)?(?:east|west)\s+coast\b(?:\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?))?`, 50, 40, "coast")
	mustBeInPlace     = newKeyRegexp(`(?i)\b(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to|are\s+required\s+to|is\s+required\s+to)\s+be\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)`, 40, 40, "must be in", "should be in", "to be in")
	homeIn            = newKeyRegexp(`(?i)\bwork(?:ing)?\s+(?:remotely\s+)?from\s+(?:your\s+|their\s+|a\s+)?home(?:\s+office)?\s+(?:with)?in\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)`, 40, 50, "home in", "home with", "home office")
	locationNeedLabel = newKeyRegexp(`(?i)\b(?:location\s+(?:requirements?|restrictions?)|hiring\s+(?:locations?|countries|country|regions?))\s*:\s*(?:the\s+)?([^\n]{2,80})`, 10, 90, "location req", "location res", "hiring loc", "hiring coun", "hiring reg")
	// the shapes of a second look: "the right to live and work in
	// Australia", "US-located candidates", "any EU member state", "We
	// welcome applications from India", "we can employ you if you live in
	// Estonia", "You are a resident of Brazil".
	liveAndWorkIn = newKeyRegexp(`(?i)\bright\s+to\s+live\s+and\s+work\s+(?:in|within)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)`, 10, 50, "right to live")
	placeLocated  = newKeyRegexp(`(?:^|[\s(,])((?:[\p{L}]\.){2,3}|\p{Lu}[\p{L}]*)-located\s+(?i:candidates|applicants|people|talent|residents|employees|only)\b`, 30, 30, "-located")
	memberState   = newKeyRegexp(`(?i)\b(?:an?|any|one)\s+(?:of\s+the\s+)?(?:EU|European\s+Union|EEA)\s+member\s+(?:states?|countr(?:y|ies))\b`, 40, 20, "member state", "member countr")
	applyingFrom  = newKeyRegexp(`(?i)\b(?:welcome|welcoming|accept|accepting|consider|considering|encourage|invite)\s+(?:applications|applicants)\s+(?:only\s+)?from\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)`, 40, 50, "applications from", "applicants from")
	employIfLive  = newKeyRegexp(`(?i)\b(?:can|will|may|could)\s+(?:only\s+)?(?:hire|employ|consider|accept|engage|contract)\s+you\s+(?:(?:through|via|using)\s+(?:[\p{L}.-]+\s+){1,3}?)?(?:only\s+)?if\s+you\s+(?:currently\s+)?(?:live|reside|are\s+based|are\s+located)\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)`, 90, 40,
		"if you live", "if you reside", "if you are based", "if you are located", "if you currently")
	youResidentOf = newKeyRegexp(`(?i)\byou(?:'re|’re|\s+are|\s+must\s+be|\s+should\s+be)\s+(?:a\s+)?(?:permanent\s+|legal\s+|tax\s+|current\s+)?resident\s+(?:of|in)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)`, 40, 40, "resident")
	// the shapes of a third look: "payroll through Deel in Brazil", "should
	// be UK-based", "live somewhere in Australia", "employed by our German
	// GmbH", "Residency in the EEA is required",
	// "Applicants outside the United States will not be considered".
	payrollVia           = newKeyRegexp(`(?i)\bpayroll\s+(?:(?:through|via|with|using)\s+(?:[\p{L}.]+\s+){1,2})?(?:in|across)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)`, 10, 60, "payroll in", "payroll across", "payroll through", "payroll via", "payroll with", "payroll using")
	shouldBeBased        = newKeyRegexp(`(?i)\b(?:should|must|need\s+to|needs\s+to|have\s+to|has\s+to|will)\s+be\s+((?:[\p{L}]\.){2,3}|\p{Lu}[\p{L}]*)-based\b`, 40, 10, "-based")
	somewhereIn          = newKeyRegexp(`(?i)\b(?:live|living|reside|residing|based|located|work|working)\s+somewhere\s+(?:with)?in\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)`, 20, 40, "somewhere")
	employedByForm       = newKeyRegexp(`(?i)\b(?:employed|engaged|contracted|hired|paid)\s+(?:through|via|by|under)\s+(?:our|the|its)\s+((?:[\p{L}]\.){2,3}|\p{Lu}[\p{L}.]*)\s+(?:entity|subsidiary|gmbh|b\.v\.)`, 80, 10, "entity", "subsidiary", "gmbh", "b.v.")
	residencyNeeded      = newKeyRegexp(`(?i)\bresidency\s+(?:in|within)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})\s+(?:is\s+)?(?:required|mandatory|needed|a\s+must|necessary)\b`, 10, 70, "residency")
	outsideNotConsidered = newKeyRegexp(`(?i)\b(?:applicants|candidates|applications|anyone|people|those)\s+(?:from\s+|based\s+|located\s+|living\s+|residing\s+)?outside\s+(?:of\s+)?(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\s+(?:will\s+not|won't|cannot|can't|are\s+not|aren't|will\s+unfortunately\s+not)\b`, 40, 60, "outside")
	// "East Coast (US) candidates only", "West Coast-based applicants";
	// "work from within the United States".
	coastPeople = newKeyRegexp(`(?i)\b(?:east|west)\s+coast\s*(?:\((?:US|USA|U\.S\.)\)\s*)?(?:-?based\s+)?(?:candidates|applicants|residents|only)\b`, 20, 40, "coast")
	fromWithin  = newKeyRegexp(`(?i)\bfrom\s+within\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)`, 10, 40, "from within")
)

// narrowPlaces returns rs without "worldwide", each place once (a new
// slice): the places a demand names.
func narrowPlaces(rs []string) []string {
	var out []string
	for _, r := range rs {
		if r != RegionWorldwide {
			out = appendUnique(out, r)
		}
	}
	return out
}

// shapeRegions returns the places of the first shape above found in text;
// nil when there is none.
func shapeRegions(text string) []string {
	place := func(name string) []string {
		if rs := narrowPlaces(regionOrDemonym(name)); len(rs) > 0 {
			return rs
		}
		return narrowPlaces(regionOrDemonym(strings.TrimRight(name, ".")))
	}
	for _, m := range bordersOf.FindAllStringSubmatchIndex(text, -1) {
		for g := 1; g <= 2; g++ {
			if m[2*g] >= 0 && !negatedClause(text, m[0], m[1]) {
				if rs := place(text[m[2*g]:m[2*g+1]]); len(rs) > 0 {
					return rs
				}
			}
		}
	}
	for _, m := range residentNoun.FindAllStringSubmatchIndex(text, -1) {
		after := strings.ToLower(text[m[1]:min(len(text), m[1]+4)])
		if strings.HasPrefix(after, " of") || strings.HasPrefix(after, " in") || negatedClause(text, m[0], m[1]) {
			continue // "residents of X" is read elsewhere
		}
		if rs := place(text[m[2]:m[3]]); len(rs) > 0 {
			return rs
		}
	}
	for _, m := range entityOfPlace.FindAllStringSubmatchIndex(text, -1) {
		if clauseHasIf(text, m[0]) || negatedClause(text, m[0], m[1]) {
			continue // "if you are based in Spain, ... our Spanish entity"
		}
		if rs := place(text[m[2]:m[3]]); len(rs) > 0 {
			return rs
		}
	}
	for _, m := range onCoast.FindAllStringSubmatchIndex(text, -1) {
		if negatedClause(text, m[0], m[1]) {
			continue
		}
		if m[4] >= 0 {
			if rs := place(text[m[4]:m[5]]); len(rs) > 0 {
				return rs // "on the east coast of Australia"
			}
			continue
		}
		return []string{"US"}
	}
	for _, re := range []*keyRegexp{mustBeInPlace, homeIn} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			if negatedClause(text, m[0], m[1]) {
				continue
			}
			if rs := narrowPlaces(regionList(text[m[2]:])); len(rs) > 0 {
				return rs
			}
		}
	}
	for _, re := range []*keyRegexp{liveAndWorkIn, applyingFrom, employIfLive, youResidentOf} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			if negatedClause(text, m[0], m[1]) || (re == youResidentOf && clauseHasIf(text, m[0])) {
				continue // "If you are a resident of Spain, ..." is a condition
			}
			if rs := narrowPlaces(regionList(text[m[2]:])); len(rs) > 0 {
				return rs
			}
		}
	}
	for _, m := range placeLocated.FindAllStringSubmatchIndex(text, -1) {
		if rs := place(text[m[2]:m[3]]); len(rs) > 0 && !negatedClause(text, m[0], m[1]) {
			return rs
		}
	}
	for _, m := range memberState.FindAllStringIndex(text, -1) {
		if !negatedClause(text, m[0], m[1]) {
			return []string{RegionEU}
		}
	}
	for _, re := range []*keyRegexp{payrollVia, somewhereIn} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			if clauseHasIf(text, m[0]) || negatedClause(text, m[0], m[1]) || strings.HasSuffix(strings.ToLower(text[max(0, m[0]-3):m[0]]), "no ") {
				continue // "we have no payroll in Spain"
			}
			if rs := narrowPlaces(regionList(text[m[2]:])); len(rs) > 0 {
				return rs
			}
		}
	}
	for _, re := range []*keyRegexp{shouldBeBased, employedByForm, residencyNeeded} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			if clauseHasIf(text, m[0]) || negatedClause(text, m[0], m[1]) {
				continue
			}
			if rs := place(text[m[2]:m[3]]); len(rs) > 0 {
				return rs
			}
		}
	}
	for _, m := range outsideNotConsidered.FindAllStringSubmatchIndex(text, -1) {
		if rs := place(text[m[2]:m[3]]); len(rs) > 0 {
			return rs // the negation is the demand: "... outside the US will not be considered"
		}
	}
	for _, m := range coastPeople.FindAllStringIndex(text, -1) {
		if !negatedClause(text, m[0], m[1]) {
			return []string{"US"}
		}
	}
	for _, m := range fromWithin.FindAllStringSubmatchIndex(text, -1) {
		if clauseHasIf(text, m[0]) || negatedClause(text, m[0], m[1]) {
			continue
		}
		if rs := narrowPlaces(regionList(text[m[2]:])); len(rs) > 0 {
			return rs
		}
	}
	for _, m := range locationNeedLabel.FindAllStringSubmatch(text, -1) {
		if rs := narrowPlaces(regionList(m[1])); len(rs) > 0 {
			return rs
		}
	}
	for off := 0; ; {
		q := strings.IndexByte(text[off:], '?')
		if q < 0 {
			break
		}
		q += off
		off = q + 1
		w := max(0, q-60)
		if !hasQuestionVerb(text[w:q]) {
			continue // no capitalised "Based"/"Living"/"Located"/"Live" before the "?"
		}
		if m := basedQuestion.FindStringSubmatchIndex(text[w : q+1]); m != nil {
			if strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[max(0, w+m[0]-5):w+m[0]])), "not") {
				continue
			}
			if rs := narrowPlaces(regionList(text[w+m[2] : w+m[3]])); len(rs) > 0 {
				return rs
			}
		}
	}
	return nil
}

// basedQuestion is a question that opens the pitch, read on the 60 bytes
// before each "?": "Based in Canada?", "Living in Ireland?".
var basedQuestion = regexp.MustCompile(`(?:^|[.!?\n]\s*)(?:Based|Living|Located|Live)\s+in\s+(?:the\s+)?(\p{Lu}[^?\n]{1,40})\?$`)

// hasQuestionVerb reports whether s holds one of basedQuestion's verbs as
// written there (capitalised): a cheap test before the regexp.
func hasQuestionVerb(s string) bool {
	if strings.Contains(s, "Based") {
		return true
	}
	for rest := s; ; {
		i := strings.IndexByte(rest, 'L')
		if i < 0 {
			return false
		}
		if strings.HasPrefix(rest[i:], "Liv") || strings.HasPrefix(rest[i:], "Located") {
			return true
		}
		rest = rest[i+1:]
	}
}

// clauseHasIf reports an "if" earlier in the sentence of position i: the
// place after it is a condition ("If you are based in Spain, you will be
// employed by our Spanish entity").
func clauseHasIf(text string, i int) bool {
	before := text[max(0, i-120):i]
	if k := strings.LastIndexAny(before, ".!?\n"); k >= 0 {
		before = before[k+1:]
	}
	lower := strings.ToLower(before)
	return strings.HasPrefix(strings.TrimSpace(lower), "if ") || strings.Contains(lower, " if ")
}

// A text that opens with the whole world and then names the countries it
// means: "Work remotely from anywhere. Open to Brazil, Canada, and the
// US." is those countries. An addition ("open to candidates in Europe
// too", "also open to ...") or a preference keeps the world.
func openListAfterWorld(text string) []string {
	for _, m := range openToPlace.FindAllStringSubmatchIndex(text, -1) {
		end := m[1] + strings.IndexAny(text[m[1]:], ".!?\n")
		if end < m[1] {
			end = len(text)
		}
		start := m[0] - 40
		if start < 0 {
			start = 0
		}
		clause := strings.ToLower(text[start:end])
		if k := strings.LastIndexAny(clause[:m[0]-start], ".!?\n"); k >= 0 {
			clause = clause[k+1:]
		}
		if containsAnyWord(clause, []string{"too", "also", "as well", "prefer", "preferred", "preferably", "especially", "ideally", "including", "bonus", "plus"}) ||
			negatedClause(text, m[0], m[1]) {
			continue
		}
		var out []string
		for _, r := range regionList(text[m[2]:]) {
			if r != RegionWorldwide {
				out = appendUnique(out, r)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// containsAnyWord reports whether s holds one of the words as a whole word.
func containsAnyWord(s string, words []string) bool {
	for _, w := range words {
		for i := 0; ; {
			j := strings.Index(s[i:], w)
			if j < 0 {
				break
			}
			a, b := i+j, i+j+len(w)
			if (a == 0 || !isASCIIWord(s[a-1])) && (b == len(s) || !isASCIIWord(s[b])) {
				return true
			}
			i = b
		}
	}
	return false
}

func init() {
	// Nationality words for the resident, citizen and entity readers:
	// "must be a Danish resident", "our Romanian contracting entity". Only
	// names not already in the table are added.
	for name, code := range map[string]string{
		"danish": "DK", "belgian": "BE", "romanian": "RO", "finnish": "FI", "norwegian": "NO", "austrian": "AT",
		"greek": "GR", "hungarian": "HU", "czech": "CZ", "slovak": "SK", "slovenian": "SI", "croatian": "HR",
		"serbian": "RS", "bulgarian": "BG", "estonian": "EE", "latvian": "LV", "lithuanian": "LT", "ukrainian": "UA",
		"turkish": "TR", "israeli": "IL", "chilean": "CL", "argentine": "AR", "argentinian": "AR", "colombian": "CO",
		"peruvian": "PE", "uruguayan": "UY", "venezuelan": "VE", "ecuadorian": "EC", "costa rican": "CR",
		"filipino": "PH", "indonesian": "ID", "malaysian": "MY", "singaporean": "SG", "thai": "TH", "vietnamese": "VN",
		"south korean": "KR", "korean": "KR", "taiwanese": "TW", "icelandic": "IS", "maltese": "MT", "cypriot": "CY",
		"luxembourgish": "LU", "scottish": "GB", "welsh": "GB", "new zealand": "NZ", "kiwi": "NZ", "egyptian": "EG",
	} {
		if _, ok := demonyms[name]; !ok {
			demonyms[name] = code
		}
	}
	// "based in South Sudan" is South Sudan, not Sudan.
	if _, ok := regionNames["south sudan"]; !ok {
		addRegionName("south sudan", "SS")
	}
}

// keptLimits drops the notLimits spans that are the condition of a hiring
// verb: in "We can employ you if you live in Estonia" the "if you live in"
// limits the role (employIfLive), where "If you live in Estonia, visit us"
// does not.
func keptLimits(text string, spans [][]int) [][]int {
	if len(spans) == 0 {
		return spans
	}
	hires := employIfLive.FindAllStringIndex(text, -1)
	if len(hires) == 0 {
		return spans
	}
	out := spans[:0:0]
	for _, sp := range spans {
		inside := false
		for _, h := range hires {
			if sp[0] >= h[0] && sp[0] < h[1] {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, sp)
		}
	}
	return out
}

// livesAnywhere is the whole world said of where one lives or works, with
// no place after "anywhere": "Live wherever you want", "Candidates can be
// located anywhere.", "Anywhere on Earth". "located anywhere in the US"
// is no such statement (the place after it is read elsewhere).
var livesAnywhere = newKeyRegexp(`(?i)\b(?:(?:live|work|reside|be\s+located|be\s+based|located|based)\s+wherever\s+you\s+(?:want|like|choose|please|wish)|(?:located|based)\s+anywhere(?:\s+you\s+(?:want|like|choose|please|wish))?\s*(?:[.!;\n]|$)|anywhere\s+on\s+(?:earth|the\s+planet|the\s+globe)\b)`, 40, 40,
	"wherever you", "located anywhere", "based anywhere", "anywhere on")

// livesAnywhereRegions is the whole world when livesAnywhere is said and
// not denied; nil otherwise.
func livesAnywhereRegions(text string) []string {
	for _, m := range livesAnywhere.FindAllStringIndex(text, -1) {
		if !negatedClause(text, m[0], m[1]) && !clauseHasIf(text, m[0]) && !placeConditionAfter(text[m[1]:]) {
			return []string{RegionWorldwide}
		}
	}
	return nil
}

// placeConditionAfter reports a condition naming a place in the rest of
// the sentence: "Work wherever you like, as long as it's within Germany"
// is no whole world ("..., as long as you have good internet" is).
func placeConditionAfter(rest string) bool {
	if k := strings.IndexAny(rest, ".!?\n"); k >= 0 {
		rest = rest[:k]
	}
	return containsAnyFold(rest, []string{"as long as", "so long as", "provided"}) && len(residenceDemandRegions(rest)) > 0
}
