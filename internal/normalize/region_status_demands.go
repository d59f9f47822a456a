package normalize

import (
	"slices"
	"strings"
)

// Sentences that tie a remote role to a place through the worker's legal
// or tax status, or through the way the employer can hire them, in shapes
// the earlier readers leave:
//
//   - a green card (US permanent residence) as a demand: "Green card or
//     citizenship required", "Applicants must hold a green card", "US
//     citizens or green card holders only" (a green card the employer
//     sponsors is no demand: "we sponsor green cards");
//   - residency, citizenship or a passport written after the places: "This
//     role requires Irish or UK residency", "US permanent residency is
//     required", "Candidates must hold Australian or New Zealand
//     citizenship" ("residency in X is required" is read by
//     region_sentence_shapes.go);
//   - a role for the residents of a place: "a remote position for
//     residents of the Philippines";
//   - tax residence: "You must be a tax resident of the Netherlands", "We
//     can only employ people who pay taxes in Germany", "registered for tax
//     in the UK";
//   - an address the worker must have: "a permanent address in
//     Switzerland";
//   - a right to work in other words: "work rights", "a valid Australian
//     working visa", "able to legally work in Singapore", "eligible to work
//     for any employer in the United States";
//   - a list opened by "the following": "remote work from the following
//     locations: UK, Ireland";
//   - a label naming where the role is open: "Open to: US, Canada",
//     "Eligible to work from: Spain, Portugal";
//   - the employer's hiring channel in a place: "We hire through our EOR
//     partner in Brazil, Chile and Peru", "as an employee in Spain or as a
//     contractor in Portugal", "this role is hired through our Toronto,
//     Canada office".
//
// Each is denied by a negation in its clause (negatedClause) and is no
// demand after an "if" in its sentence (clauseHasIf), except where noted.
// statusDemandRegions is read where a remote listing named no place
// (sentenceScopeRegions) and by requiredRegions, so a worldwide or area
// label narrows to it.

var (
	// greenCardAny is the US green card (greenCard, remote_languages.go, reads only its strict demands): every match holds "green card",
	// "green-card" or "GC holder".
	greenCardAny = newKeyRegexp(`(?i)\bgreen[- ]cards?\b|\bGC\s+holders?\b`, 60, 40, "green card", "green-card", "gc holder")
	// residencyAfterPlace is residency written after one or more places:
	// "Irish or UK residency", "US permanent residency", "Canadian
	// residence permit". Group 1 is the place list, read by placesBefore.
	residencyAfterPlace = newKeyRegexp(`(?i)\b((?:(?:[\p{L}.]+\s+){0,2}[\p{L}.]+\s*(?:,|or|and|/)\s*)*(?:[\p{L}.]+\s+){0,2}?[\p{L}.]+)\s+(?:permanent\s+|legal\s+|tax\s+)?(?:residency|residence\s+permit|residence\s+status|citizenship|nationality|passports?|work(?:ing)?\s+(?:rights|visa|permit))\b`,
		80, 30, "residency", "residence permit", "residence status", "citizenship", "nationality", "passport", "work rights",
		"working rights", "work visa", "working visa", "work permit")
	// followingPlaces is a list opened by "the following countries": "We
	// support remote work from the following locations: UK, Ireland".
	// Group 1 starts the list; a hiring or residence word must come before
	// it in the sentence (followingContext).
	followingPlaces = newKeyRegexp(`(?i)\b(?:from|in|within|across)\s+(?:(?:any\s+)?one\s+of\s+|any\s+of\s+)?the\s+following\s+(?:countries|locations|regions|places|territories|states|provinces)\s*:?\s*(\S)`,
		40, 60, "the following")
	// legallyWorkIn is a right to work written with the adverb: "able to
	// legally work in Singapore", "lawfully work in Canada", "eligible to
	// work for any employer in the United States".
	legallyWorkIn = newKeyRegexp(`(?i)\b(?:(?:legally|lawfully)\s+work|work\s+(?:legally|lawfully)|work\s+for\s+any\s+(?:U\.?S\.?\s+)?employer)\s+(?:with)?in\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)`,
		40, 40, "legally work", "lawfully work", "work legally", "work lawfully", "any employer", "any u.s. employer", "any us employer")
	// residentsFor is a role for the residents of a place: "a remote
	// position for residents of the Philippines", "open to residents of
	// Chile" (a role word must come before it in the sentence).
	residentsFor = newKeyRegexp(`(?i)\b(?:for|to)\s+(?:legal\s+|permanent\s+|current\s+)?residents\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)`,
		40, 40, "residents of")
	// residencyWanted is the demand around residencyAfterPlace: a verb
	// before it or "required" after it.
	residencyWanted = `require|requires|required|requiring|need|needs|must have|must hold|hold|holds|have|with|valid|existing|current|only`
	// taxResidence is tax residence in a place: "tax resident of the
	// Netherlands", "tax residency in Spain", "pay taxes in Germany",
	// "registered for tax in the UK", "taxed in Ireland".
	taxResidence = newKeyRegexp(`(?i)\b(?:tax\s+residen(?:t|ts|cy|ce)\s+(?:of|in)|(?:pays?|paying)\s+(?:your\s+|their\s+)?(?:income\s+)?tax(?:es)?\s+in|registered\s+for\s+(?:income\s+)?tax(?:es)?\s+in|taxed\s+in)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)`,
		40, 40, "tax resid", "taxes in", "tax in", "taxed in")
	// addressIn is an address the worker must have: "a permanent address
	// in Switzerland", "a registered home address in the UK".
	addressIn = newKeyRegexp(`(?i)\b(?:have|has|with|hold|provide|need|needs|require[sd]?)\s+(?:an?\s+|your\s+)?(?:valid\s+)?(?:permanent|registered|legal|residential|home)\s+(?:home\s+)?address\s+(?:with)?in\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)`,
		60, 40, "address in", "address within")
	// eorIn is an employer of record (or its partner) in places: "through
	// our EOR partner in Brazil", "via an employer-of-record provider in
	// Mexico". ("employer of record in Spain" alone is entityIn's.)
	eorIn = newKeyRegexp(`(?i)\b(?:EOR|PEO|employer[- ]of[- ]record)\s+(?:partners?|providers?|services?|platform|company)\s+(?:\([^)]{1,30}\)\s+)?(?:in|across)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)`,
		20, 60, "eor partner", "eor provider", "eor service", "eor platform", "eor company", "peo partner", "peo provider", "peo service",
		"employer of record", "employer-of-record")
	// employeeIn is a hiring form in a place: "as an employee in Spain",
	// "contractors in Portugal", "full-time employees based in Kenya".
	// Group 1 is the place.
	employeeIn = newKeyRegexp(`(?i)\b(?:employees?|contractors?|freelancers?)\s+(?:(?:based|located|living|residing)\s+)?(?:with)?in\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)`,
		20, 40, "employee in", "employees in", "contractor in", "contractors in", "freelancer in", "freelancers in",
		"employee based", "employees based", "contractor based", "contractors based", "employee located", "employees located",
		"contractor located", "contractors located", "employee within", "employees within", "contractor within", "contractors within")
	// openToLabel is a label naming where the role is open, then a colon:
	// "Open to: US, Canada", "Eligible to work from: Spain, Portugal",
	// "Hiring in: Kenya". Group 1 starts the list.
	openToLabel = newKeyRegexp(`(?i)\b(?:open\s+to|eligible\s+(?:to\s+work\s+)?(?:from|in)|work(?:ing)?\s+from|hiring\s+(?:from|in))\s*:\s*(?:the\s+)?(\p{Lu}[^\n]{1,80})`,
		30, 90, "to:", "from:", "in:")
	// hiredThroughOffice is the employer's office or entity the role is
	// hired through: "hired through our Toronto, Canada office",
	// "employed via our Dublin hub".
	hiredThroughOffice = newKeyRegexp(`(?i)\b(?:hired|employed|engaged|contracted|onboarded)\s+(?:through|via|by|under|from)\s+(?:our|the|its)\s+((?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?,?\s+){1,3}?)(?:office|entity|subsidiary|branch|hub)\b`,
		20, 60, "hired through", "hired via", "hired by", "hired under", "hired from", "employed through", "employed via",
		"employed by", "employed under", "engaged through", "engaged via", "contracted through", "contracted via",
		"onboarded through", "onboarded via")
)

// hiringVerbNear reports a hiring or demand word in the 60 bytes before i
// in text's sentence: employeeIn is a demand only beside one ("We hire you
// as an employee in Spain"), not in "our employees in Berlin".
func hiringVerbNear(text string, i int) bool {
	before := strings.ToLower(text[max(0, i-60):i])
	if k := strings.LastIndexAny(before, ".!?\n"); k >= 0 {
		before = before[k+1:]
	}
	return containsAnyWord(before, []string{"hire", "hires", "hiring", "hired", "employ", "employs", "employing", "engage",
		"engaging", "onboard", "contract", "as", "only", "can", "must"})
}

// statusDemandRegions returns the places of the first shape above found
// in text; nil when there is none.
func statusDemandRegions(text string) []string {
	for _, m := range greenCardAny.FindAllStringIndex(text, -1) {
		lo, hi := max(0, m[0]-40), min(len(text), m[1]+30)
		around := strings.ToLower(text[lo:hi])
		no := strings.HasSuffix(strings.TrimSpace(strings.ToLower(text[max(0, m[0]-4):m[0]])), "no")
		if no || strings.Contains(around, "sponsor") || strings.Contains(around, "lottery") || negatedClause(text, m[0], m[1]) || clauseHasIf(text, m[0]) {
			continue // "we sponsor green cards", "no green card needed"
		}
		return []string{"US"}
	}
	for _, m := range residencyAfterPlace.FindAllStringSubmatchIndex(text, -1) {
		if negatedClause(text, m[0], m[1]) || clauseHasIf(text, m[0]) {
			continue
		}
		after := strings.ToLower(text[m[1]:min(len(text), m[1]+30)])
		list := text[m[2]:m[3]]
		// the demand: a verb before the places ("requires Irish or UK
		// residency"), or "required"/"only" after the noun
		verb := ""
		words := strings.Fields(list)
		for i, w := range words {
			if containsAnyWord(strings.ToLower(w), strings.Split(residencyWanted, "|")) {
				verb, list = w, strings.Join(words[i+1:], " ")
			}
		}
		if verb == "" {
			before := strings.ToLower(text[max(0, m[0]-25):m[0]])
			if !containsAnyWord(before, strings.Split(residencyWanted, "|")) && !containsAnyWord(after, []string{"required", "mandatory", "needed", "only", "a must"}) {
				continue
			}
		}
		if inPreferred(text, m[0]) {
			continue // "Nice to have: UK citizenship" (region_preferred_more.go)
		}
		if !demandWordIn(strings.ToLower(text[m[0]:min(len(text), m[1]+30)])) && othersSubjectBefore(text, m[0]) {
			continue // "Our founders hold French passports": others' status, no demand
		}
		if rs := narrowPlaces(placesBefore(list)); len(rs) > 0 {
			return rs
		}
	}
	for _, m := range residentsFor.FindAllStringSubmatchIndex(text, -1) {
		before := strings.ToLower(text[max(0, m[0]-60):m[0]])
		if k := strings.LastIndexAny(before, ".!?\n"); k >= 0 {
			before = before[k+1:]
		}
		if !containsAnyWord(before, []string{"role", "position", "job", "opening", "opportunity", "remote", "vacancy", "available", "open"}) ||
			negatedClause(text, m[0], m[1]) {
			continue // "We donate to residents of Kenya"
		}
		if rs := narrowPlaces(regionList(text[m[2]:])); len(rs) > 0 {
			return rs
		}
	}
	for _, m := range followingPlaces.FindAllStringSubmatchIndex(text, -1) {
		if !followingContext(text, m[0]) || negatedClause(text, m[0], m[1]) {
			continue // "the following countries: ..." of sales or offices
		}
		if rs := narrowPlaces(placeList(listFrom(text, m[2]))); len(rs) > 0 { // a bulleted list too (region_list_layouts.go)
			return rs
		}
	}
	for _, re := range []*keyRegexp{taxResidence, addressIn, eorIn, legallyWorkIn} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			if negatedClause(text, m[0], m[1]) || clauseHasIf(text, m[0]) {
				continue
			}
			if rs := narrowPlaces(regionList(text[m[2]:])); len(rs) > 0 {
				return rs
			}
		}
	}
	for _, m := range openToLabel.FindAllStringSubmatchIndex(text, -1) {
		if rs := narrowPlaces(regionList(text[m[2]:])); len(rs) > 0 {
			return rs // "Open to: US, Canada", "Eligible to work from: Spain, Portugal"
		}
	}
	var hired []string // "as an employee in Spain or as a contractor in Portugal": every form of the sentence
	for _, m := range employeeIn.FindAllStringSubmatchIndex(text, -1) {
		if negatedClause(text, m[0], m[1]) || clauseHasIf(text, m[0]) || !hiringVerbNear(text, m[0]) || elsewhereInSentence(text, m[0]) {
			continue // "employees in Germany and contractors elsewhere" opens the world
		}
		for _, r := range narrowPlaces(regionList(text[m[2]:])) {
			hired = appendUnique(hired, r)
		}
	}
	if len(hired) > 0 {
		return hired
	}
	for _, m := range hiredThroughOffice.FindAllStringSubmatchIndex(text, -1) {
		if negatedClause(text, m[0], m[1]) || clauseHasIf(text, m[0]) {
			continue
		}
		name := strings.Trim(strings.TrimSpace(text[m[2]:m[3]]), ",")
		if rs := narrowPlaces(Regions(name)); len(rs) > 0 && !slices.Contains(rs, RegionWorldwide) {
			return rs
		}
	}
	return nil
}

// placesBefore reads a list of places and nationality words joined by
// commas, "or", "and" or "/": "Irish or UK", "US", "Spanish, Portuguese";
// nil when an item names no place.
func placesBefore(list string) []string {
	var out []string
	for _, item := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == '/' }) {
		for _, part := range splitOrAnd(item) {
			part = trimStatusModifiers(strings.TrimSpace(part))
			if part == "" {
				continue
			}
			rs := regionOrDemonym(part)
			if len(rs) == 0 {
				rs = regionOrDemonym(strings.TrimRight(part, "."))
			}
			if len(rs) == 0 {
				return nil
			}
			for _, r := range rs {
				out = appendUnique(out, r)
			}
		}
	}
	return out
}

// splitOrAnd splits s at the words "or" and "and".
func splitOrAnd(s string) []string {
	var out []string
	var cur []string
	for _, w := range strings.Fields(s) {
		if lw := strings.ToLower(w); lw == "or" || lw == "and" {
			out = append(out, strings.Join(cur, " "))
			cur = nil
			continue
		}
		cur = append(cur, w)
	}
	return append(out, strings.Join(cur, " "))
}

// citizenNeedRegions is the citizenship citizenNeed reads ("Applicants
// need US citizenship"), for requiredRegions: a worldwide or area label
// narrows to it as it does to "must be a US citizen".
func citizenNeedRegions(text string) []string {
	var out []string
	for _, m := range citizenNeed.FindAllStringSubmatchIndex(text, -1) {
		if negatedClause(text, m[0], m[1]) {
			continue
		}
		for g := 1; g <= 2; g++ {
			if m[2*g] >= 0 {
				for _, r := range citizenPlace(text[m[2*g]:m[2*g+1]]) {
					out = appendUnique(out, r)
				}
				break
			}
		}
	}
	return out
}

// demandWordIn reports a word that makes a demand in s: "requires",
// "must", "only", "mandatory".
func demandWordIn(s string) bool {
	return containsAnyWord(s, []string{"require", "requires", "required", "requiring", "need", "needs", "needed", "must", "only", "mandatory", "essential"})
}

// othersSubjectBefore reports whether the sentence before i opens with
// the company's own people or parties ("Our founders ...", "We ..."), and
// names neither the candidate nor "you".
func othersSubjectBefore(text string, i int) bool {
	before := strings.ToLower(text[max(0, i-80):i])
	if k := strings.LastIndexAny(before, ".!?\n;"); k >= 0 {
		before = before[k+1:]
	}
	before += " " + strings.ToLower(text[i:min(len(text), i+20)])
	if containsAnyWord(before, []string{"you", "your", "candidate", "candidates", "applicant", "applicants", "hire", "hires"}) {
		return false
	}
	return containsAnyWord(before, []string{"our", "we", "founders", "team", "customers", "clients", "employees", "staff", "investors"})
}

// inPreferred reports whether position i of text lies in a clause that
// only states a preference (preferredSpans).
func inPreferred(text string, i int) bool {
	for _, sp := range preferredSpans(text) {
		if i >= sp[0] && i < sp[1] {
			return true
		}
	}
	return false
}

// elsewhereInSentence reports a word in i's sentence that opens the rest of
// the world beside the place: "and contractors elsewhere", "in other
// countries", "anywhere else".
func elsewhereInSentence(text string, i int) bool {
	a := strings.LastIndexAny(text[:i], ".!?\n") + 1
	b := len(text)
	if j := strings.IndexAny(text[i:], ".!?\n"); j >= 0 {
		b = i + j
	}
	s := strings.ToLower(text[a:b])
	return strings.Contains(s, "elsewhere") || strings.Contains(s, "other countries") || strings.Contains(s, "anywhere else") ||
		strings.Contains(s, "rest of the world") || strings.Contains(s, "everywhere else")
}

// followingContext reports a remote, hiring or residence word in the
// sentence before i: "We support remote work from the following
// locations", "Candidates must live in one of the following states" ("We
// sell in the following countries" has none).
func followingContext(text string, i int) bool {
	before := strings.ToLower(text[max(0, i-100):i])
	if k := strings.LastIndexAny(before, ".!?\n"); k >= 0 {
		before = before[k+1:]
	}
	return containsAnyWord(before, []string{"remote", "remotely", "work", "working", "hire", "hiring", "employ", "based", "located",
		"live", "reside", "resident", "residents", "candidates", "applicants", "eligible", "open", "available", "must"})
}

// statusModifiers are words before the place of a status noun: "full
// Australian working rights", "a valid Canadian work permit".
var statusModifiers = map[string]bool{"full": true, "valid": true, "current": true, "existing": true, "permanent": true,
	"legal": true, "unrestricted": true, "a": true, "an": true}

// trimStatusModifiers drops statusModifiers from the start of s.
func trimStatusModifiers(s string) string {
	for {
		f := strings.Fields(s)
		if len(f) < 2 || !statusModifiers[strings.ToLower(f[0])] {
			return s
		}
		s = strings.Join(f[1:], " ")
	}
}
