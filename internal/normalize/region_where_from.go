package normalize

import (
	"regexp"
	"slices"
	"strings"

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
//     Canadian resident status"), and US hours written as a clock range or
//     a coast ("Available 8am-4pm PT", "overlap with East Coast hours");
//   - a US zone beside a European one in a list of zones: "Eastern or
//     European time zones" is the US as well as Europe.
//
// Each part is gated by a byte search for its key words, so a listing
// without them costs a few scans.

// Schengen names Europe: "Remote - Schengen Area".
func init() {
	for _, n := range []string{"schengen area", "schengen zone", "schengen countries", "schengen states"} {
		addRegionName(n, RegionEU)
	}
}

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
	return ri
}

// alsoEligible is a clause that makes a further place eligible, with the
// place in its first group: "candidates in Canada are also eligible",
// "applicants based in Ireland may also be considered", "Canadian citizens
// may also apply", "we are also able to hire in Mexico", "Also eligible:
// Puerto Rico".
var alsoEligible = newKeyRegexp(`(?i)\b(?:candidates|applicants|people|residents|talent|those|individuals)\s+(?:who\s+are\s+)?(?:based\s+|located\s+|living\s+|residing\s+|eligible\s+to\s+work\s+|authori[sz]ed\s+to\s+work\s+)?(?:in|from)\s+(?:the\s+)?([\p{L}. ]{2,30}?)\s+(?:are|is|may|can|will)\s+also\s+(?:be\s+)?(?:eligible|considered|welcome|apply|accepted)`+
	`|\b([\p{L}]+)\s+(?:citizens|residents|nationals|candidates|applicants)\s+(?:are|may|can|will)\s+also\s+(?:be\s+)?(?:eligible|considered|welcome|apply|accepted)`+
	`|\b(?:we\s+are|we're|we)\s+also\s+(?:able\s+to\s+)?(?:hire|employ|recruit)\s+(?:people\s+|candidates\s+)?(?:in|from)\s+(?:the\s+)?([\p{L}. ]{2,30}?)\s*(?:[.,;:)!]|\s+(?:and|as|through|via|with)\b|$)`+
	`|\balso\s+eligible\s*:\s*([\p{L}. ,]{2,40}?)\s*(?:[.;)!\n]|$)`,
	120, 70, "also")

// alsoEligibleRegions returns regions with the places alsoEligible clauses
// make eligible added to the places the rest of the text demands. Nothing
// changes without such a clause, without a demand beside it, or when the
// regions already hold the whole world.
func alsoEligibleRegions(text string, regions []string) []string {
	if !containsFold(text, "also") || slices.Contains(regions, RegionWorldwide) {
		return regions
	}
	ms := alsoEligible.FindAllStringSubmatchIndex(text, -1)
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
// "worldwide, excluding the US"; the places follow.
var worldExcept = newKeyRegexp(`(?i)\b(?:anywhere|worldwide|globally|world)\b[^.;!?\n]{0,24}?\b(?:except(?:\s+for)?|excluding|other\s+than|but\s+not)\s+(?:in\s+)?(?:the\s+)?`,
	40, 40, "except", "excluding", "other than", "but not")

// dropWorldExcept empties regions that are only places the text excludes
// from the whole world: "Open to candidates anywhere except China" is no
// scope of ours, and China is not its region.
func dropWorldExcept(text string, regions []string) []string {
	if len(regions) == 0 || !containsFold(text, "except") && !containsFold(text, "excluding") && !containsFold(text, "other than") && !containsFold(text, "but not") {
		return regions
	}
	var excluded []string
	for _, m := range worldExcept.FindAllStringIndex(text, -1) {
		rest := text[m[1]:]
		if k := strings.IndexAny(rest, ".;!?\n"); k >= 0 {
			rest = rest[:k]
		}
		excluded = append(excluded, placeList(rest)...)
	}
	if len(excluded) == 0 {
		return regions
	}
	for _, r := range regions {
		if !slices.Contains(excluded, r) {
			return regions
		}
	}
	return nil
}

// deniedWorld denies the whole world: "remote, but not worldwide", "not a
// global role", "this is not a work-from-anywhere role".
var deniedWorld = newKeyRegexp(`(?i)\bnot\s+(?:a\s+|an\s+)?(?:worldwide|global|work[- ]from[- ]anywhere|open\s+(?:to\s+candidates\s+)?worldwide|open\s+globally)\b`,
	8, 40, "not")

// dropDeniedWorld drops the whole world from regions when the text denies
// it.
func dropDeniedWorld(text string, regions []string) []string {
	if !slices.Contains(regions, RegionWorldwide) || !containsFold(text, "not") {
		return regions
	}
	if !containsFold(text, "worldwide") && !containsFold(text, "global") && !containsFold(text, "anywhere") {
		return regions
	}
	if !deniedWorld.MatchString(text) {
		return regions
	}
	return slices.DeleteFunc(append([]string(nil), regions...), func(r string) bool { return r == RegionWorldwide })
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
	if !containsFold(e, "remote") && !containsFold(e, "home based") && !containsFold(e, "home-based") {
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
var zoneListUSRe = newKeyRegexp(`(?i)\b(?:(?:US\s+)?(?:Eastern|Pacific|Central|Mountain)\s*(?:,|/|&|\bor\b|\band\b)\s*(?:Central\s+)?European|(?:Central\s+)?European\s*(?:,|/|&|\bor\b|\band\b)\s*(?:US\s+)?(?:Eastern|Pacific|Mountain))\s+(?:time[\s-]*zones?|timezones?|time|hours)\b`,
	40, 40, "european")

// zoneListUS adds the US to regions that hold the EU, or the EU to
// regions that hold the US, when a location or the text lists a US zone
// beside a European one.
func zoneListUS(locs []string, text string, regions []string) []string {
	hasEU, hasUS := slices.Contains(regions, RegionEU), slices.Contains(regions, "US")
	if hasEU == hasUS || len(regions) > 2 {
		return regions
	}
	for _, s := range append(append([]string(nil), locs...), text) {
		if containsFold(s, "european") && zoneListUSRe.MatchString(s) {
			if hasEU {
				return append(append([]string(nil), regions...), "US")
			}
			return append(append([]string(nil), regions...), RegionEU)
		}
	}
	return regions
}

// emptyScopeFill returns the place a remote listing with no region names
// by a requirements block, a required resident status or US hours; nil
// when the text states none.
func emptyScopeFill(text string) []string {
	if rs := requirementBlockRegions(text); len(rs) > 0 {
		return rs
	}
	if containsFold(text, "resident") {
		for _, m := range residentStatus.FindAllStringSubmatch(text, 2) {
			if rs := regionOrDemonym(firstNonEmpty(m[1:]...)); len(rs) > 0 {
				return rs
			}
		}
	}
	if usZoneLetters(text) && usClockHours.MatchString(text) || containsFold(text, "coast") && usCoastHours.MatchString(text) {
		return []string{"US"}
	}
	return nil
}

// residentStatus is a resident status the role requires: "Requires US
// resident status", "Canadian resident status required".
var residentStatus = newKeyRegexp(`(?i)\b(?:requires?|required|must\s+(?:have|hold))\s+(?:an?\s+)?([\p{L}.]+)\s+(?:permanent\s+|tax\s+)?resident(?:cy)?\s+status\b|\b([\p{L}.]+)\s+(?:permanent\s+|tax\s+)?resident(?:cy)?\s+status\s+(?:is\s+)?(?:required|needed|mandatory)\b`,
	40, 40, "resident")

// usClockHours is a working-hours clock range in a US zone with a word of
// work or demand before it: "Must work 9am-5pm EST", "available 8:00 to
// 16:00 PT".
var usClockHours = newKeyRegexp(`(?i)\b(?:work|working|available|availability|hours|must|overlap|schedule|shift)\b[^.;!?\n]{0,30}?\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:-|–|to)\s*\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*\(?(?-i:EST|EDT|ET|PST|PDT|PT|CST|CDT|CT|MST|MDT)\b`,
	60, 30, "work", "available", "hours", "must", "overlap", "schedule", "shift")

// usZoneLetters reports whether text holds a US zone code in capitals
// after a space, digit or bracket: the gate of usClockHours.
func usZoneLetters(text string) bool {
	for _, z := range []string{"ET", "PT", "CT", "MT", "EST", "PST", "CST", "MST", "EDT", "PDT", "CDT", "MDT"} {
		for off := 0; ; {
			i := strings.Index(text[off:], z)
			if i < 0 {
				break
			}
			i += off
			if i > 0 && strings.IndexByte(" (0123456789", text[i-1]) >= 0 {
				return true
			}
			off = i + len(z)
		}
	}
	return false
}

// usCoastHours is US coast hours worked or overlapped: "overlap with US
// East Coast hours", "work West Coast business hours".
var usCoastHours = newKeyRegexp(`(?i)\b(?:work|working|overlap(?:ping)?|available|during|align(?:ed)?|support)\b[^.;!?\n]{0,30}?\b(?:US\s+|U\.S\.\s+)?(?:East|West)\s+Coast\s+(?:business\s+|working\s+|work\s+|office\s+)?(?:hours|time\s*zones?|timezones?|time)\b`,
	60, 30, "coast")

// requirementHead is a heading line that opens a block of requirements:
// "Requirements", "What we're looking for:", "Who you are". Blocks of
// preferences ("Nice to have", "Bonus points") are not among them.
var requirementHead = newKeyRegexp(`(?im)^[ \t#*]*(?:requirements|qualifications|minimum\s+qualifications|basic\s+qualifications|must[- ]haves?|what\s+we(?:'|’)?re\s+looking\s+for|what\s+you(?:'|’)?ll\s+need|what\s+you\s+need|who\s+you\s+are|you\s+have|eligibility)[ \t*]*:?[ \t*]*$`,
	24, 40, "requirement", "qualification", "must", "looking for", "need", "who you are", "you have", "eligibility")

// requirementItem is an item of such a block naming where one lives or may
// work, the place in its group: "Right to work in the UK", "Legally
// authorized to work in Canada", "Located in the Netherlands".
var requirementItem = regexp.MustCompile(`(?i)^(?:(?:must\s+be\s+|be\s+)?(?:legally\s+)?(?:authori[sz]ed|eligible|permitted)\s+to\s+work\s+in|(?:the\s+|full\s+|existing\s+|valid\s+)?right\s+to\s+work\s+in|(?:valid\s+)?work\s+(?:authori[sz]ation|permit|rights?)\s+(?:in|for)|(?:must\s+be\s+|be\s+|currently\s+)?(?:based|located|living|residing)\s+(?:with)?in|(?:must\s+)?(?:live|reside)\s+(?:with)?in|(?:a\s+)?(?:legal\s+)?resident\s+of)\s+(?:the\s+)?([\p{L}. ]{2,40}?)\s*(?:[.;,)]|\s+(?:or|and|with|without|is|are|required)\b|$)`)

// requirementBlockRegions returns the places the items of a requirements
// block name (requirementItem), nil when it has none.
func requirementBlockRegions(text string) []string {
	if !strings.Contains(text, "\n") {
		return nil
	}
	var out []string
	for _, h := range requirementHead.FindAllStringIndex(text, 4) {
		rest := text[h[1]:]
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
			if m := requirementItem.FindStringSubmatch(item); m != nil {
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
