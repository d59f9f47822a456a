package normalize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// hiringIn: "hiring in Germany, Austria or Switzerland only", "we can
	// only hire in the US and Canada", "open to candidates in A or B",
	// "we can hire in the UK and Spain via our employer-of-record partner".
	hiringIn = newCueRegexp(`(?i)\b(?:hiring|hire|recruiting|employ|open to (?:candidates|applicants|residents|people)|accepting (?:applications|candidates))\s+(?:only\s+|remotely\s+)?(?:(?:people|candidates|applicants|talent|staff|employees|team members|contractors|engineers|developers|designers|professionals|freelancers|specialists)\s+)?(?:(?:based|located|living|residing)\s+)?(?:from|in|within|of|across|throughout)\s+(?:the following (?:countries|locations|states|regions)\s*:?\s*)?(?:the\s+)?([\p{L}., -]{2,80}?)(?:\s+only)?\s*(?:[.;:!)\n]|$)`)
	// restrictedTo: "restricted to the following countries: Poland,
	// Romania, Bulgaria", "limited to candidates in the US".
	restrictedTo = regexp.MustCompile(`(?i)\b(?:restricted|limited)\s+to\s+(?:(?:candidates|applicants|residents|people)\s+)?(?:(?:based\s+|located\s+)?(?:from|in|within|of)\s+)?(?:the following (?:countries|locations|states)\s*:?\s*)?(?:the\s+)?([\p{L}., ]{2,80}?)(?:\s+only)?\s*(?:[.;:!)\n]|$)`)
	// citizenship: "must be U.S. citizens", "Canadian citizens or permanent
	// residents", "citizenship of an EU country".
	citizenship = regexp.MustCompile(`(?i)\b(?:(?:must be|be|are|only)\s+(?:an?\s+)?([\p{L}.]+(?:\s[\p{L}.]+)?)\s+citizens?|([\p{L}.]+(?:\s[\p{L}.]+)?)\s+citizenship\s+(?:is\s+)?(?:required|needed)|citizens?\s+of\s+(?:the\s+|an?\s+)?([\p{L}. ]{2,30}?)(?:\s+(?:country|member state))?\s*(?:[.,;:)]|\s+(?:or|and|only)\b|$))`)
	// rightToWork: "the right to work in the UK", "work permit for Germany",
	// "eligible to work in the EU", "legally able to work in Canada".
	rightToWork = regexp.MustCompile(`(?i)\b(?:right to work|(?:full\s+)?work(?:ing)?\s+rights|work permit|work authori[sz]ation|legally (?:able|allowed|entitled) to work|eligib(?:le|ility) to work|permission to work)\s+(?:in|for|within)\s+(?:the\s+)?([\p{L}. ]{2,30}?)\s*(?:[.,;:)]|\s+(?:or|and|only|without|with|are|is|required)\b|$)`)
	// worldwideHiring: "hiring worldwide", "we hire internationally", "we
	// hire from all over the world", "open to candidates anywhere in the
	// world".
	worldwideHiring = regexp.MustCompile(`(?i)\b(?:(?:hiring|hire|recruiting|open to (?:candidates|applicants))\s+(?:from\s+)?(?:worldwide|globally|internationally|anywhere(?: in the world)?|from all countries|from any country|(?:across|around|all\s+over)\s+the\s+(?:globe|world))|(?:applicants|applications|candidates|talent|people)\s+from\s+(?:anywhere|all over the world|around the world|any country|all countries)|international\s+(?:applicants|applications|candidates|talent)\s+(?:are\s+)?(?:(?:very|most|more than|also)\s+)?(?:welcome|encouraged|accepted|considered)|open\s+to\s+international\s+(?:applicants|applications|candidates|talent))\b`)

	// worldwideOpen: "this role is open worldwide", "work from anywhere.",
	// "work from anywhere globally." (a world word after
	// "anywhere" closes the phrase as "in the world" does; the full stop or
	// the end is still needed, so a perk's span of days stays unread).
	// The team the work is done in may close it too: "work from anywhere on
	// our distributed team." (tests in region_anywhere_team_test.go), but only a
	// team described by words that name no place ("on our Lisbon team"
	// is left to the place readers).
	worldwideOpen = regexp.MustCompile(`(?i)\bopen\s+(?:worldwide|globally|internationally)\b|\b(?:work|working|live|based)\s+(?:remotely\s+)?(?:from\s+)?anywhere(?:\s+in\s+the\s+world|\s+worldwide|\s+globally)?(?:\s+(?:on|in|with|as\s+part\s+of)\s+(?:our|the|a)\s+(?:(?:global(?:ly)?|fully|distributed|remote(?:-first)?|international|worldwide)\s+){0,3}team)?\s*(?:[.!;)]|$)`)
	// residentsOf: "open to EU residents", "US residents only", "hold Irish
	// citizenship", "a valid UK passport".
	residentsOf = regexp.MustCompile(`(?i)\b(?:open to|for|only)\s+((?:(?:south|north|west|east|new|sri|saudi|costa|puerto|hong|latin)\s+)?[\p{L}.]+)\s+(?:residents|citizens|nationals|candidates|applicants|persons)\b|\b([\p{L}.]+)\s+(?:residents|nationals)\s+only\b|\b(?:hold|have|with|possess)\s+(?:an?\s+|valid\s+|a\s+valid\s+)?([\p{L}.]+)\s+(?:citizenship|passport|nationality|residence\s+(?:visa|permit)|residency\s+(?:visa|permit)|work\s+visa)\b`)
	// citizenOf: "a citizen of an EU member state".
	citizenOf = regexp.MustCompile(`(?i)\bcitizens?\s+of\s+(?:the\s+|an?\s+)?([\p{L}. ]{2,30}?)(?:\s+(?:country|countries|member states?))?\s*(?:[.,;:)]|\s+(?:or|and|only)\b|$)`)
	// citizensOnly: "Canadian citizens or permanent residents only".
	citizensOnly = regexp.MustCompile(`(?i)\b([\p{L}.]+)\s+citizens?\s+(?:or|and|only|with)\b`)
	// workAuthOf: "US work authorization required", "UK right to work".
	workAuthOf = regexp.MustCompile(`(?i)\b([\p{L}.]+)\s+(?:work authori[sz]ation|work permit|right to work|work visa)\b`)
	// zoneHours: "during US time zones", "European business hours",
	// "Australian business hours", "IST hours", "Indian Standard Time (IST)
	// hours": a country's or region's working day (the zones of
	// zoneCountries); a slash list reads each ("US/UK business hours",
	// "AU/NZ time zones").
	zoneHours = newCueRegexp(`(?i)\b((?:(?:US|U\.S\.|USA|UK|EU|European|North American|Americas|APAC|EMEA|LATAM|Australian|Australia|AU|AEST|AEDT|New Zealand|NZ|NZST|Indian|India|IST|Indian Standard Time|Singapore|SGT|Philippine|PHT|Japan|Japanese|JST|Brazilian|Brazil|Mexican|Mexico|Argentine|Argentina|Colombian|Colombia|Gulf)\s*/\s*)*(?:US|U\.S\.|USA|UK|EU|European|North American|Americas|APAC|EMEA|LATAM|Australian|Australia|AU|AEST|AEDT|New Zealand|NZ|NZST|Indian|India|IST|Indian Standard Time|Singapore|SGT|Philippine|PHT|Japan|Japanese|JST|Brazilian|Brazil|Mexican|Mexico|Argentine|Argentina|Colombian|Colombia|Gulf))\s+(?:\(\w+\)\s+)?(?:business\s+|working\s+|office\s+)?(?:time\s*zones?|hours)\b`)
)

// placeOnly: "(US ONLY)", "Germany only", "UK-based freelancers only",
// "USA-based candidates". The place is read case-sensitively for codes
// ("us only" is no region) and without nationality words ("Spanish only"
// is a language). Tried only around "only" and "based".
var placeOnly = newKeyRegexp(`(?i)(?:^|[\s(\[,:;/-])((?:[\p{L}][\p{L}.]*\s)?[\p{L}][\p{L}.]*)[ -](?:only\b|based\s+(?:(?:applicants|candidates|residents|talent|freelancers|contractors|people|professionals|individuals|team members|writers|developers|designers)\b|only\b))`, 60, 40, "only", "based")

// demonyms maps nationality adjectives to region codes.
var demonyms = map[string]string{"american": "US", "u.s.": "US", "us": "US", "canadian": "CA", "british": "GB", "uk": "GB",
	"irish": "IE", "australian": "AU", "indian": "IN", "german": "DE", "french": "FR", "spanish": "ES", "dutch": "NL",
	"eu": "EU", "european": "EU", "european union": "EU", "new zealand": "NZ", "singaporean": "SG", "mexican": "MX",
	"brazilian": "BR", "north american": RegionAmericas, "usa": "US", "swiss": "CH", "swedish": "SE", "polish": "PL", "italian": "IT", "portuguese": "PT", "japanese": "JP"}

// listSep splits a list of places: "Germany, Austria or Switzerland".
var listSep = regexp.MustCompile(`\s*(?:,|/|&|\+|\band\b|\bor\b)\s*`)

// regionList reads the places listed at the start of s up to the end of
// its clause: every item must name a place, and items after the first are
// at most three words ("London and work with clients in Paris" stops at
// the second item). It returns nil when the first item names none.
// menaWords name the Middle East and North Africa as one area in a list.
var menaWords = regexp.MustCompile(`(?i)\bmiddle\s+east\s*(?:and|&)\s*north\s+africa\b`)

// anyCountryWork is the work done from any country: "this role is remote
// and you can do it from any country".
var anyCountryWork = regexp.MustCompile(`(?i)\b(?:work|do\s+(?:it|this|the\s+(?:job|work|role)))\s+(?:remotely\s+)?from\s+any\s+country\b`)

// americasWords name North (Central) and South America as one list:
// "North, Central or South America", "North or South America".
var americasWords = regexp.MustCompile(`(?i)\bnorth(?:\s+america)?(?:,\s*central(?:\s+america)?,?)?\s*(?:and|or|&)\s*south\s+america\b`)

func regionList(s string) []string {
	if strings.IndexByte(s, '(') >= 0 {
		s, _ = listAsidesBlanked(s) // "Canada (Ontario only), the Netherlands" (region_list_asides.go)
	}
	end := len(s)
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(";:!?\n()", s[i]) >= 0 {
			end = i
			break
		}
		// A full stop ends the clause unless it is an abbreviation's
		// ("U.S.", "U.K.").
		if s[i] == '.' && !(i > 0 && s[i-1] >= 'A' && s[i-1] <= 'Z' && (i < 2 || s[i-2] == '.' || s[i-2] == ' ')) {
			end = i
			break
		}
	}
	if end > 120 {
		end = 120
	}
	if rs := stateCodeList(s[:end]); rs != nil {
		return rs
	}
	if k := strings.Index(s[:end], ", and "); k > 0 && k+6 < end && s[k+6] >= 'a' && s[k+6] <= 'z' {
		if rs := stateCodeList(s[:k]); rs != nil {
			return rs // "AZ, CO, TX or UT, and hold an independent license"
		}
	}
	// A spaced dash ends the list too: "Australia or New Zealand – you'll
	// need full working rights" (a hyphen only before a small letter);
	// placeBeforeBreak below still reads the clause up to end.
	listEnd := end
	for _, d := range spacedDashes {
		if k := strings.Index(s[:listEnd], d); k >= 0 && (d != " - " || k+3 < len(s) && s[k+3] >= 'a' && s[k+3] <= 'z') {
			listEnd = k
		}
	}
	seg := s[:listEnd]
	if containsFold(seg, "th a") { // "North Africa", "South America": one cheap test for both below
		if containsFold(seg, "north africa") {
			seg = menaWords.ReplaceAllString(seg, "MENA") // one area, not "Middle East" and "North Africa"
		}
		if containsFold(seg, "south america") {
			seg = americasWords.ReplaceAllString(seg, "the Americas") // "North, Central or South America"
		}
	}
	var out []string
	for i, item := range splitList(seg) {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		if i > 0 {
			if m := placeThenVerb.FindStringSubmatch(item); m != nil {
				if rs := Regions(m[1]); len(rs) > 0 {
					for _, r := range rs {
						out = appendUnique(out, r) // "... or Chile will be considered" (a list's last place, then its verb)
					}
					break
				}
			}
		}
		if i > 0 && len(strings.Fields(strings.TrimPrefix(strings.TrimPrefix(item, "the "), "The "))) > 3 { // "the Republic of Ireland" is a name of three words
			for _, r := range leadingPlaceBeforeSentence(item) {
				out = appendUnique(out, r) // "..., or Australia Our team ..." (region_list_edges.go)
			}
			break
		}
		if i > 0 && len(out) > 0 && (timezoneOnly(item) || zoneOfPlacesRead(item, out)) {
			break // "Canada, EST hours", "Germany, EU timezone": the hours of a place already named (region_list_dash_zone.go)
		}
		rs := Regions(item)
		if len(rs) == 0 {
			break
		}
		for _, r := range rs {
			out = appendUnique(out, r)
		}
	}
	if len(out) == 0 {
		return placeBeforeBreak(s[:end]) // "the world - we are async-first", "the U.S. How you will ..." (region_list_dash_zone.go)
	}
	return out
}

// placeThenVerb is a list's last item that goes on with its clause's verb
// or a reason: "Chile will be considered", "Peru are welcome", "Canada for
// payroll reasons", "Spain via our employer-of-record partner".
var placeThenVerb = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’ -]{1,40}?)\s+(?:will|can|may|are|is|should|must|would|could|shall|for|due|because|as|during|via|through|using|with)\b`)

// stateCodeList reads a list of US state codes ("AZ, NV or UT", "CA, NY,
// WA and TX") as the US: every item a state code, at least two, and one at
// least no country code too ("CA" alone stays Canada), and a list of
// Canadian province codes as Canada. nil otherwise.
func stateCodeList(s string) []string {
	if codeListOf(s, usStates, func(c string) bool { _, country := regionCodes[c]; return !country }) {
		return []string{"US"}
	}
	if codeListOf(s, caProvinces, func(c string) bool { return caOnlyProvinceCodes[c] }) {
		return []string{"CA"} // "BC, AB, ON": Canadian provinces the same way
	}
	return nil
}

// codeListOf reports whether every item of the list s is a two-letter code
// of codes, at least two of them, and one at least its own (no country's
// code: own).
func codeListOf(s string, codes map[string]bool, own func(string) bool) bool {
	n, onlyState := 0, false
	for _, item := range splitList(s) {
		item = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(item), " only"))
		if item == "" {
			continue
		}
		if !codes[item] || len(item) != 2 {
			return false
		}
		if own(item) {
			onlyState = true
		}
		n++
	}
	return n >= 2 && onlyState
}

// containsAnyFold reports whether s contains one of words (ASCII case
// folded): a cheap test before a slower regexp.
func containsAnyFold(s string, words []string) bool {
	for _, w := range words {
		if hasFold(s, w) {
			return true
		}
	}
	return false
}

// hasFold reports whether s contains the lower-case ASCII word w, ignoring
// ASCII case.
func hasFold(s, w string) bool {
	if w == "" {
		return true
	}
	if len(s) >= minGuardedText && !reference {
		if hit, sure := foldedHas(s, w); sure { // guard_literal.go
			return hit
		}
	}
	if !foldRuneIn(s, w) {
		return false // w's first non-ASCII letter is in s in none of its cases: no scan
	}
	c0, c1 := w[0], w[0]
	if c0 >= 'a' && c0 <= 'z' {
		c1 = c0 - 'a' + 'A'
	}
	for i := 0; i+len(w) <= len(s); i++ {
		if (s[i] == c0 || s[i] == c1) && strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// foldRuneIn reports whether s holds w's first non-ASCII letter in one of
// its case forms (its unicode.SimpleFold orbit, as strings.EqualFold
// matches it); true for an ASCII w. It is a necessary condition of
// hasFold's scan and costs a few fast substring searches, where the scan
// would compare at every byte equal to w's first ("làm việc" at every
// "l").
func foldRuneIn(s, w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < utf8.RuneSelf {
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if strings.Contains(s, w[i:i+n]) {
			return true
		}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if strings.ContainsRune(s, f) {
				return true
			}
		}
		return false
	}
	return true
}

// regionOrDemonym reads a country name, code or nationality adjective.
func regionOrDemonym(name string) []string {
	name = strings.TrimSpace(name)
	if code, ok := demonyms[strings.ToLower(name)]; ok {
		return []string{code}
	}
	return Regions(name)
}

// extraRegions reads regions the remote work is limited to from wording
// bodyRegion does not cover: lists of hiring countries, citizenship and
// work-authorization requirements, and worldwide hiring.
func extraRegions(text string) []string {
	var out []string
	add := func(rs []string) {
		for _, r := range rs {
			out = appendUnique(out, r)
		}
	}
	var lists [][]string
	if containsAnyFold(text, []string{"hiring", "hire", "recruiting", "employ", "open to", "accepting"}) {
		lists = hiringIn.FindAllStringSubmatch(text, -1)
	}
	if containsAnyFold(text, []string{"restricted to", "limited to"}) {
		lists = append(lists, restrictedTo.FindAllStringSubmatch(text, -1)...)
	}
	for _, m := range lists {
		add(Regions(m[1]))
		if len(out) > 0 {
			return out
		}
	}
	for _, m := range findAllFold(citizenship, text, citizenshipCues) {
		name := strings.TrimSpace(firstNonEmpty(m[1], m[2], m[3]))
		if code, ok := demonyms[strings.ToLower(name)]; ok {
			add([]string{code})
		} else {
			add(Regions(name))
		}
		if len(out) > 0 {
			return out
		}
	}
	for _, c := range []struct {
		re   *regexp.Regexp
		cues []string
	}{{citizenOf, []string{"citizen"}}, {citizensOnly, []string{"citizen"}}, {workAuthOf, []string{"work author", "work permit", "right to work", "work visa"}},
		{residentsOf, []string{"resident", "residence", "residency", "work visa", "national", "citizen", "passport"}}} {
		if !containsAnyFold(text, c.cues) {
			continue
		}
		for _, m := range c.re.FindAllStringSubmatchIndex(text, -1) {
			add(widenedDemonym(text, m)) // "South African residents only" is South Africa (region_demonym_two_words.go)
			if len(out) > 0 {
				return out
			}
		}
	}
	for _, m := range findAllFold(rightToWork, text, rightToWorkCues) {
		add(Regions(m[1]))
		if len(out) > 0 {
			return out
		}
	}
	if containsAnyFold(text, []string{"only", "based"}) {
		for _, m := range placeOnly.FindAllStringSubmatchIndex(text, -1) {
			if rs := Regions(text[m[2]:m[3]]); len(rs) > 0 {
				add(placesJoinedBefore(text, joinedPlaceStart(text, m[2], m[3]))) // "(US or Canada only)" (region_list_edges.go)
				add(rs)
			}
			if len(out) > 0 {
				return out
			}
		}
	}
	if rs := lookingForRegions(text); len(rs) > 0 {
		return rs // "We're looking for engineers in Brazil" (region_looking_for.go)
	}
	if rs := hiringScopeRegions(text); len(rs) > 0 {
		return rs // "Europe-based remote position", "Open to Canadian applicants"
	}
	if rs := hireAnywhereRegions(text); len(rs) > 0 {
		return rs // "we hire anywhere in South America" (region_world_cover_hiring.go)
	}
	if containsAnyFold(text, []string{"worldwide", "globally", "international", "anywhere", "all countries", "any country", "around the world", "all over the world", "across the globe"}) &&
		(worldwideHiring.MatchString(text) || worldwideOpen.MatchString(text) || workAnywhereDash(text) || peopleAnywhereWorld(text) ||
			containsFold(text, "any country") && anyCountryWork.MatchString(text)) {
		return []string{RegionWorldwide}
	}
	if rs := zoneRangeRegions(text); len(rs) > 0 {
		return rs // "Work timings: 9 AM - 6 PM IST" (region_zone_range.go)
	}
	if !containsAnyFold(text, []string{"time zone", "timezone", "hours"}) {
		return []string{}
	}
	for _, m := range zoneHours.FindAllStringSubmatch(text, -1) {
		if strings.IndexByte(m[0], '\n') >= 0 {
			continue // "About us\nTime zone: CET": a heading's last word, not a zone (region_board_scopes.go)
		}
		add(regionOrDemonym(m[1]))
		if len(out) > 0 {
			return out
		}
	}
	if out == nil {
		out = []string{}
	}
	return out
}
