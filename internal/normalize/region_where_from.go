package normalize

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// English sentences on where the work may be done from, read after the
// other region readers (table tests in region_where_from_test.go):
//
//   - a second place made eligible beside a demand: "You must be allowed
//     to work in the US; people in Canada may also apply" is the US and
//     Canada, where the other readers kept one of them;
//   - the whole world but a place: "hiring anywhere except Peru" names no
//     scope of ours (as "Anywhere (except India)" does not), so Peru is
//     not the region;
//   - the whole world denied: "remote, but not worldwide" is no world;
//   - a location list whose remote entry is the whole world: "Home based -
//     Worldwide; Office Based - Oslo, Norway" is remote from anywhere, the
//     office entry aside;
//   - for a remote listing no reader gave a region: a requirements block
//     whose item names where one lives or may work ("Requirements\n- Right
//     to work in Ireland"), a resident status the role requires ("Requires
//     Canadian resident status"), US coast hours ("overlap with East
//     Coast hours") and a location naming the Schengen area;
//   - a US zone beside a European one in a list of zones: "Eastern or
//     European time zones" is the US as well as Europe.
//
// Each part is gated by a byte search for a literal of its own (litRegexp,
// no shared keys), most only for the listings whose regions they revise.

// reviseWhereFrom applies the readers above to a remote or hybrid reading.
func reviseWhereFrom(locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteHybrid {
		return ri
	}
	ri.Regions = alsoEligibleRegions(text, ri.Regions)
	if ri.Remote != model.RemoteRemote {
		return ri
	}
	ri.Regions = dropWorldExcept(text, ri.Regions)
	ri.Regions = dropDeniedWorld(text, ri.Regions)
	ri.Regions = worldEntryOverOffice(locs, ri.Regions)
	ri.Regions = zoneListUS(locs, text, ri.Regions)
	if len(ri.Regions) == 0 {
		ri.Regions = emptyScopeFill(text)
	}
	if len(ri.Regions) == 0 && schengenLoc(locs) {
		ri.Regions = []string{RegionEU}
	}
	return ri
}

// schengenLoc reports whether a location names the Schengen area:
// "Remote - Schengen Area" is Europe.
func schengenLoc(locs []string) bool {
	for _, l := range locs {
		if strings.Contains(l, "chengen") {
			return true
		}
	}
	return false
}

// alsoEligible is a clause that makes a further place eligible, with the
// place in its first group: "candidates in Canada are also eligible",
// "applicants based in Ireland may also be considered", "Canadian citizens
// may also apply", "we are also able to hire in Mexico", "Also eligible:
// Puerto Rico".
var alsoEligible = newLitRegexp(`(?i)\b(?:candidates|applicants|people|residents|talent|those|individuals)\s+(?:who\s+are\s+)?(?:based\s+|located\s+|living\s+|residing\s+|eligible\s+to\s+work\s+|authori[sz]ed\s+to\s+work\s+)?(?:in|from)\s+(?:the\s+)?([\p{L}. ]{2,30}?)\s+(?:are|is|may|can|will)\s+also\s+(?:be\s+)?(?:eligible|considered|welcome|apply|accepted)`+
	`|\b([\p{L}]+)\s+(?:citizens|residents|nationals|candidates|applicants)\s+(?:are|may|can|will)\s+also\s+(?:be\s+)?(?:eligible|considered|welcome|apply|accepted)`+
	`|\b(?:we\s+are|we're|we)\s+also\s+(?:able\s+to\s+)?(?:hire|employ|recruit)\s+(?:people\s+|candidates\s+)?(?:in|from)\s+(?:the\s+)?([\p{L}. ]{2,30}?)\s*(?:[.,;:)!]|\s+(?:and|as|through|via|with)\b|$)`+
	`|\balso\s+eligible\s*:\s*([\p{L}. ,]{2,40}?)\s*(?:[.;)!\n]|$)`,
	120, 70, "lso ")

// alsoNext are the words after "also " (found as "lso ") that can start an alsoEligible
// clause's end: a window is searched only where one follows.
var alsoNext = []string{"eligible", "be ", "apply", "considered", "welcome", "accepted", "able", "hire", "employ", "recruit"}

func init() { alsoEligible.next = alsoNext }

// alsoEligibleRegions returns regions with the places alsoEligible clauses
// make eligible added to the places the rest of the text demands. Nothing
// changes without such a clause, without a demand beside it, or when the
// regions already hold the whole world.
func alsoEligibleRegions(text string, regions []string) []string {
	regions = addedPlaceRegions(alsoEligible, text, regions)
	return addedPlaceRegions(welcomeResidents, text, regions) // "Remote candidates based in Canada are welcome."
}

// welcomeResidents is a welcome to the people of a named place, with no
// "also" but with a residence word: "remote candidates based in Canada are
// welcome", "applicants living in Mexico are very welcome".
var welcomeResidents = newLitRegexp(`(?i)\b(?:candidates|applicants|people|engineers|developers|folks)\s+(?:who\s+are\s+)?(?:based|located|living|residing)\s+(?:in|within)\s+(?:the\s+)?([\p{L}. ]{2,30}?)\s+(?:are|is)\s+(?:very\s+|more\s+than\s+|equally\s+)?welcome\b`,
	120, 20, "welcome")

// addedPlaceRegions returns regions with the places the clauses of re make
// eligible added to the places the rest of the text demands.
func addedPlaceRegions(re *litRegexp, text string, regions []string) []string {
	if slices.Contains(regions, RegionWorldwide) {
		return regions
	}
	ms := re.FindAll(text)
	if len(ms) == 0 {
		return regions
	}
	var also []string
	masked := []byte(text)
	for _, m := range ms {
		if negatedClause(text, m[0], m[1]) {
			continue
		}
		for g := 1; 2*g+1 < len(m); g++ {
			if m[2*g] >= 0 {
				for _, r := range regionOrDemonym(strings.TrimSpace(text[m[2*g]:m[2*g+1]])) {
					if r != RegionWorldwide {
						also = appendUnique(also, r)
					}
				}
			}
		}
		for i := m[0]; i < m[1]; i++ {
			masked[i] = ' '
		}
	}
	if len(also) == 0 {
		return regions
	}
	demand := requiredRegions(string(masked))
	if len(demand) == 0 {
		for _, r := range regions {
			if !slices.Contains(also, r) {
				demand = append(demand, r)
			}
		}
	}
	if len(demand) == 0 {
		return regions
	}
	out := append([]string(nil), demand...)
	for _, r := range also {
		out = appendUnique(out, r)
	}
	return out
}

// worldExcept is the whole world but some places: "anywhere except China",
// "worldwide, excluding the US", and in Spanish, Portuguese, French,
// German and Italian ("desde cualquier país excepto Venezuela", "de
// qualquer lugar, exceto", "partout sauf", "weltweit außer", "ovunque
// tranne"); the places follow.
var worldExcept = newLitRegexp(`(?i)(?:\b(?:anywhere|worldwide|globally|world|cualquier|qualquer|partout|n['’]importe|weltweit|ovunque|qualsiasi)\b|überall)[^.;!?\n]{0,24}?(?:\b(?:except(?:\s+for)?|excluding|excepto|salvo|exceto|sauf|ausgenommen|tranne|eccetto)\b|außer\b)\s+(?:in\s+|en\s+|em\s+)?(?:the\s+|el\s+|la\s+|le\s+|o\s+|a\s+)?`,
	40, 40, "xcept", "xcluding", "xceto", "alvo", "sauf", "Sauf", "ußer", "USSER", "ausgenommen", "ranne", "ccetto")

// dropWorldExcept empties regions that are only places the text excludes
// from the whole world, or that world: "Open to candidates anywhere except
// China" is no scope of ours, and China is not its region. An exception of
// sanctioned countries alone leaves the world as it is.
func dropWorldExcept(text string, regions []string) []string {
	if len(regions) == 0 {
		return regions
	}
	var excluded []string
	matched := false
	for _, m := range worldExcept.FindAll(text) {
		if placeBeforeExcept(text[m[0]:m[1]]) {
			continue // "anywhere in the US except Colorado": the US, less a state
		}
		rest := text[m[1]:]
		if k := strings.IndexAny(rest, ".;!?\n"); k >= 0 {
			if j := sentenceStopIndex(rest); j > k && sanctionedOnly(rest[:j]) {
				continue // "excluding countries under U.S. sanctions": the dots are an abbreviation's
			}
			rest = rest[:k]
		}
		if sanctionedOnly(rest) {
			continue // "Open globally, except for sanctioned countries": still the world
		}
		matched = true
		excluded = append(excluded, placeList(rest)...)
	}
	if !matched {
		return regions
	}
	for _, r := range regions {
		if r != RegionWorldwide && !slices.Contains(excluded, r) {
			return regions
		}
	}
	return nil // the excluded places, or the world they are taken from
}

// sanctionedOnly reports an exception that names no place, only the
// countries a sanctions or export law rules out ("sanctioned countries",
// "OFAC-embargoed regions").
func sanctionedOnly(rest string) bool {
	if !containsFold(rest, "sanction") && !containsFold(rest, "embargo") && !containsFold(rest, "ofac") {
		return false
	}
	// "countries under comprehensive US sanctions": the US imposes them
	return placeList(sanctionAuthority.ReplaceAllString(rest, "sanctions")) == nil
}

// sanctionAuthority is the place that imposes sanctions, named before the
// word: "US sanctions", "U.S. embargoes", "EU trade sanctions".
var sanctionAuthority = regexp.MustCompile(`(?i)\b(?:US|U\.S\.|USA|EU|UN|UK|OFAC)\s+(?:(?:trade|economic|government|export)\s+)?(?:sanctions?|embargo(?:es)?|export\s+controls?)`)

// placeBeforeExcept reports whether a worldExcept match names a place
// between its world word and its exception ("anywhere in Canada except
// Quebec"): the exception is then taken out of that place, not the world.
func placeBeforeExcept(m string) bool {
	k := strings.LastIndex(strings.ToLower(m), "exc")
	if k < 0 {
		return false
	}
	for _, r := range Regions(m[:k]) {
		if r != RegionWorldwide {
			return true
		}
	}
	return false
}

// placesAfter lists the places named after each match of re, up to the
// end of the match's sentence ("except Venezuela and Cuba.").
func placesAfter(re *litRegexp, text string) []string {
	var out []string
	for _, m := range re.FindAll(text) {
		rest := text[m[1]:]
		if k := strings.IndexAny(rest, ".;!?\n"); k >= 0 {
			rest = rest[:k]
		}
		out = append(out, placeList(rest)...)
	}
	return out
}

// deniedWorlds are the whole world after "not": "remote, but not
// worldwide", "not a global role", "not a work-from-anywhere role".
var deniedWorlds = []string{"worldwide", "a worldwide", "global", "a global", "work from anywhere", "work-from-anywhere", "a work from anywhere", "a work-from-anywhere"}

// dropDeniedWorld drops the whole world from regions when the text denies
// it.
func dropDeniedWorld(text string, regions []string) []string {
	if !slices.Contains(regions, RegionWorldwide) {
		return regions
	}
	for off := 0; ; {
		i := strings.Index(text[off:], "not ")
		if i < 0 {
			return regions
		}
		i += off + len("not ")
		for _, w := range deniedWorlds {
			if hasPrefixFold(text[i:], w) && (len(text) == i+len(w) || !isASCIIWord(text[i+len(w)])) {
				return slices.DeleteFunc(append([]string(nil), regions...), func(r string) bool { return r == RegionWorldwide })
			}
		}
		off = i
	}
}

// worldEntryOverOffice makes a location list whose one entry is remote
// from anywhere the whole world, the other entries being offices or
// narrower remote areas: "Home based - Worldwide; Office Based - Taipei,
// Taiwan", "Palo Alto, CA; Remote, Global; US Remote".
func worldEntryOverOffice(locs []string, regions []string) []string {
	if len(regions) == 0 || slices.Contains(regions, RegionWorldwide) {
		return regions
	}
	for _, loc := range locs {
		if !strings.Contains(loc, ";") {
			if len(locs) > 1 && containsFold(loc, "distributed") && worldRemoteEntry(loc) {
				return []string{RegionWorldwide} // entries "Canada" and "Distributed, Global"
			}
			continue
		}
		for _, e := range strings.Split(loc, ";") {
			if worldRemoteEntry(e) {
				return []string{RegionWorldwide}
			}
		}
	}
	return regions
}

// worldRemoteEntry reports whether one entry of a location list says
// remote or home based and names only the whole world: "Remote, Global",
// "Home based - Worldwide", "Remote - Anywhere".
func worldRemoteEntry(e string) bool {
	if !containsFold(e, "remote") && !containsFold(e, "home based") && !containsFold(e, "home-based") && !containsFold(e, "distributed") {
		return false
	}
	if containsAnyFold(e, []string{"except", "excluding", "outside", "time zone", "timezone"}) {
		return false
	}
	rs := Regions(e)
	return len(rs) == 1 && rs[0] == RegionWorldwide
}

// zoneListUSRe is a US zone listed beside a European one: "Eastern or
// European time zones", "European or Eastern Time".
var zoneListUSRe = newLitRegexp(`(?i)\b(?:(?:US\s+)?(?:Eastern|Pacific|Central|Mountain)\s*(?:,|/|&|\bor\b|\band\b)\s*(?:Central\s+)?European|(?:Central\s+)?European\s*(?:,|/|&|\bor\b|\band\b)\s*(?:US\s+)?(?:Eastern|Pacific|Mountain))\s+(?:time[\s-]*zones?|timezones?|time|hours)\b`,
	40, 40, "uropean")

// zoneListUS adds the US to regions that hold the EU, or the EU to
// regions that hold the US, when a location or the text lists a US zone
// beside a European one.
func zoneListUS(locs []string, text string, regions []string) []string {
	hasEU, hasUS := slices.Contains(regions, RegionEU), slices.Contains(regions, "US")
	if hasEU == hasUS || len(regions) > 2 {
		return regions
	}
	for _, s := range append(append([]string(nil), locs...), text) {
		if len(zoneListUSRe.FindAll(s)) > 0 {
			if hasEU {
				return append(append([]string(nil), regions...), "US")
			}
			return append(append([]string(nil), regions...), RegionEU)
		}
	}
	return regions
}

// emptyScopeFill returns the place a remote listing with no region names
// by a requirements block, a required resident status, US hours or any
// state of a country; nil when the text states none.
func emptyScopeFill(text string) []string {
	if rs := requirementBlockRegions(text); len(rs) > 0 {
		return rs
	}
	for _, m := range residentStatus.FindAll(text) {
		for g := 1; 2*g+1 < len(m); g++ {
			if m[2*g] >= 0 {
				if rs := regionOrDemonym(text[m[2*g]:m[2*g+1]]); len(rs) > 0 {
					return rs
				}
			}
		}
	}
	if len(usCoastHours.FindAll(text)) > 0 {
		return []string{"US"}
	}
	if m := anyStateOf.FindStringIndex(text); m != nil {
		return anyStateRegion(strings.ToLower(text[m[0]:m[1]]))
	}
	return nil
}

// anyStateOf is the work done from any state or province of one country:
// "can be performed from any US state except California", "work in any
// state in the U.S.", "from any Canadian province" (not "we ship to any
// US state").
var anyStateOf = newKeyRegexp(`(?i)\b(?:from|in|within)\s+any\s+(?:(?:U\.\s?S\.|US|American|Canadian|Australian)\s+(?:state|province|territory)|(?:state|province)\s+(?:in|of)\s+(?:the\s+)?(?:U\.\s?S\.|US|USA|United\s+States|Canada|Australia))\b`,
	20, 60, "any us ", "any u.s. ", "any u. s. ", "any american ", "any canadian ", "any australian ", "any state ", "any province ")

// anyStateRegion is the country of an anyStateOf match (lower case).
func anyStateRegion(m string) []string {
	switch {
	case strings.Contains(m, "canad"):
		return []string{"CA"}
	case strings.Contains(m, "austral"):
		return []string{"AU"}
	}
	return []string{"US"}
}

// residentStatus is a resident status the role requires: "Requires US
// resident status", "Canadian resident status required".
var residentStatus = newLitRegexp(`(?i)\b(?:requires?|required|must\s+(?:have|hold))\s+(?:an?\s+)?([\p{L}.]+)\s+(?:permanent\s+|tax\s+)?resident(?:cy)?\s+status\b|\b([\p{L}.]+)\s+(?:permanent\s+|tax\s+)?resident(?:cy)?\s+status\s+(?:is\s+)?(?:required|needed|mandatory)\b`,
	40, 40, "esident")

// usCoastHours is US coast hours worked or overlapped: "overlap with US
// East Coast hours", "work West Coast business hours".
var usCoastHours = newLitRegexp(`(?i)\b(?:work|working|overlap(?:ping)?|available|during|align(?:ed)?|support)\b[^.;!?\n]{0,30}?\b(?:US\s+|U\.S\.\s+)?(?:East|West)\s+Coast\s+(?:business\s+|working\s+|work\s+|office\s+)?(?:hours|time\s*zones?|timezones?|time)\b`,
	60, 30, "oast ")

// requirementHeads are heading lines that open a block of requirements,
// in lower case without marks (matched ignoring case): "Requirements", "What we're looking for:",
// "Who you are". Blocks of preferences ("Nice to have", "Bonus points")
// are not among them.
var requirementHeads = []string{"requirements", "qualifications", "minimum qualifications", "basic qualifications",
	"must have", "must haves", "must-have", "must-haves", "what we're looking for", "what we’re looking for", "what we are looking for",
	"what you'll need", "what you’ll need", "what you need", "who you are", "you have", "eligibility", "requirements and qualifications"}

// requirementHeadEnds returns the end of each requirement heading line of
// text (requirementHeads), at most four.
func requirementHeadEnds(text string) []int {
	var out []int
	for start := 0; start < len(text) && len(out) < 4; {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if line := text[start:end]; len(line) <= 48 {
			head := strings.Trim(line, " \t\r#*:_")
			for _, h := range requirementHeads {
				if len(h) == len(head) && strings.EqualFold(h, head) {
					out = append(out, end)
					break
				}
			}
		}
		start = end + 1
	}
	return out
}

// requirementItem is an item of such a block naming where one lives or may
// work, the place in its group (compiled on its first use): "Right to work in the UK", "Legally
// authorized to work in Canada", "Located in the Netherlands".
var requirementItem = lazyRe(`(?i)^(?:(?:must\s+be\s+|be\s+)?(?:legally\s+)?(?:authori[sz]ed|eligible|permitted)\s+to\s+work\s+in|(?:the\s+|full\s+|existing\s+|valid\s+)?right\s+to\s+work\s+in|(?:valid\s+)?work\s+(?:authori[sz]ation|permit|rights?)\s+(?:in|for)|(?:must\s+be\s+|be\s+|currently\s+)?(?:based|located|living|residing)\s+(?:with)?in|(?:must\s+)?(?:live|reside)\s+(?:with)?in|(?:a\s+)?(?:legal\s+)?resident\s+of)\s+(?:the\s+)?([\p{L}. ]{2,40}?)\s*(?:[.;,)]|\s+(?:or|and|with|without|is|are|required)\b|$)`)

// requirementBlockRegions returns the places the items of a requirements
// block name (requirementItem), nil when it has none.
func requirementBlockRegions(text string) []string {
	if !strings.Contains(text, "\n") {
		return nil
	}
	var out []string
	for _, h := range requirementHeadEnds(text) {
		rest := text[h:]
		for n, line := range strings.Split(rest, "\n") {
			if n > 14 {
				break
			}
			item := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "-*•·–—+>0123456789.)"))
			if item == "" {
				if n > 1 {
					break // the block ends at a blank line after its items
				}
				continue
			}
			if n > 0 && strings.HasSuffix(item, ":") {
				break // the next heading
			}
			if m := requirementItem().FindStringSubmatch(item); m != nil {
				for _, r := range regionList(m[1]) {
					if r != RegionWorldwide {
						out = appendUnique(out, r)
					}
				}
			}
		}
	}
	return out
}

// litRegexp is a plain regexp run only on windows around the places of
// its literals (in the cases given): before bytes before a literal and
// after bytes after it. The places come from the shared key scan (a
// literal's lower-case form is a key of gate; a hit counts where the text
// holds the literal as written), so a text costs no search of its own.
type litRegexp struct {
	re            func() *regexp.Regexp
	lits          []string
	before, after int
	// next, when set, are the words one of which must follow a literal
	// (ignoring case) for its window to be searched.
	next []string
	gate *keyRegexp // the literals' keys; its regexp is never run
	key  []int      // key[i] is the index in gate.keys of lits[i]'s key
}

func newLitRegexp(expr string, before, after int, lits ...string) *litRegexp {
	l := &litRegexp{re: lazyRe(expr), lits: lits, before: before, after: after}
	var keys []string
	for _, lit := range lits {
		k := strings.ToLower(lit)
		i := slices.Index(keys, k)
		if i < 0 {
			i, keys = len(keys), append(keys, k)
		}
		l.key = append(l.key, i)
	}
	l.gate = keyGate(keys)
	return l
}

// FindAll returns the submatch indexes in s of the matches that hold a
// place of a literal, in order of their starts, each once.
func (l *litRegexp) FindAll(s string) [][]int {
	var out [][]int
	var buf [16]int
	for li, lit := range l.lits {
		off := 0
		for _, i := range l.gate.appendKeyPlaces(buf[:0], s, l.key[li]) {
			if i < off || !strings.HasPrefix(s[i:], lit) {
				continue // overlapping the last place, or in other cases
			}
			off = i + len(lit)
			out = l.appendAt(out, s, i, off)
		}
	}
	slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] })
	return out
}

// appendAt appends to out the matches in s that hold the literal at
// s[i:end], searched in its window, leaving out a match whose start out
// has.
func (l *litRegexp) appendAt(out [][]int, s string, i, end int) [][]int {
	if l.next != nil && !slices.ContainsFunc(l.next, func(w string) bool { return hasPrefixFold(s[end:], w) }) {
		return out
	}
	lo, hi := max(0, i-l.before), min(len(s), end+l.after)
	for lo > 0 && !utf8.RuneStart(s[lo]) {
		lo++
	}
	for hi < len(s) && !utf8.RuneStart(s[hi]) {
		hi++
	}
	for _, m := range l.re().FindAllStringSubmatchIndex(s[lo:hi], -1) {
		if m[0]+lo > i || m[1]+lo < end {
			continue // the match of another place
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += lo
			}
		}
		if !slices.ContainsFunc(out, func(o []int) bool { return o[0] == m[0] }) {
			out = append(out, m)
		}
	}
	return out
}
