package normalize

import (
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A listing's place names a broad region ("Remote - EMEA", "Remote -
// Worldwide", "Remote - DACH", "Remote - US, EU") while its description
// requires the worker to be in, or allowed to work in, a narrower part of
// it ("must have EU work authorization", "must be based in Switzerland",
// "requires US work authorization"): the requirement is where the work can
// be done. A requirement outside the place named is not read this way
// ("Remote - US" with "citizens of Canada welcome" stays US).

// mustBeIn is a residence requirement: "must be based in Switzerland",
// "must reside in the United States", "must live in Canada".
var mustBeIn = newKeyRegexp(`(?i)\b(?:must|need to|needs to|required to|have to)\s+(?:be\s+(?:based|located|living|residing|resident)|reside|live)\s+(?:with)?in\s+(?:the\s+|an?\s+)?([\p{L}. ]{2,40}?)\s*(?:[.,;:)]|\s+(?:or|and|only|with|to|who|for)\b|$)`, 40, 60, "must", "need", "required", "have to")

// authorizedIn is a work authorization written as a verb: "(legally)
// authorized to work in the United States".
var authorizedIn = newKeyRegexp(`(?i)\bauthori[sz]ed\s+to\s+work\s+(?:in|for|within)\s+(?:the\s+)?([\p{L}. ]{2,30}?)\s*(?:[.,;:)]|\s+(?:or|and|only|without|with)\b|$)`, 30, 50, "authori")

// citizenRequired is a citizenship the role requires: "must be a US
// citizen", "U.S. citizenship is required", "Canadian citizens only".
// ("Our founders are US citizens" requires nothing.)
var citizenRequired = newKeyRegexp(`(?i)\b(?:must\s+(?:be|hold)|only)\s+(?:an?\s+)?([\p{L}.]+(?:\s[\p{L}.]+)?)\s+citizens?(?:hip)?\b|\b([\p{L}.]+(?:\s[\p{L}.]+)?)\s+citizenship\s+(?:is\s+)?(?:required|needed|mandatory)|\b([\p{L}.]+)\s+citizens?\s+only\b`, 40, 40, "citizen")

// requiredRegions returns the regions a description requires the worker to
// be in or allowed to work in, in order of appearance; nil when it states
// none.
func requiredRegions(text string) []string {
	var out []string
	add := func(rs []string) {
		for _, r := range rs {
			if r != RegionWorldwide {
				out = appendUnique(out, r)
			}
		}
	}
	add(youBasedRegions(text))          // "Be based within Europe", "you're located in the UK" (region_sentence_demands_more.go)
	add(remotelyForPeopleRegions(text)) // "can also be done remotely by applicants based in Quebec" (region_remotely_for_people.go)
	add(demandSentenceRegions(text))    // "Must qualify as a U.S. Person", "a UK-wide remote role"
	add(shapeRegions(text))             // "within Spanish borders", "must be a UK resident" (region_sentence_shapes.go)
	add(statusDemandRegions(text))      // "Green card required", "a tax resident of Spain", "EOR partner in Chile" (region_status_demands.go)
	if !containsAnyFold(text, []string{"must", "need", "required", "have to", "authori", "right to work", "permit", "citizen", "eligib", "legally", "resident", "national", "passport"}) {
		add(scopeOnlyRegions(text)) // "Remote (US) only." (region_text_scope_only.go)
		return out
	}
	for _, m := range mustBeIn.FindAllStringSubmatch(text, -1) {
		add(regionList(m[1]))
	}
	for _, m := range authorizedIn.FindAllStringSubmatch(text, -1) {
		add(regionList(m[1]))
	}
	add(requirementListRegions(text)) // "in one of the following countries: A, B" (region_requirement_lists.go)
	for _, m := range findAllFold(rightToWork, text, rightToWorkCues) {
		add(Regions(m[1]))
	}
	for _, m := range workAuthOfGuarded.FindAllStringSubmatch(text, -1) {
		add(regionOrDemonym(m[1]))
	}
	for _, m := range citizenRequired.FindAllStringSubmatch(text, -1) {
		add(regionOrDemonym(firstNonEmpty(m[1:]...)))
	}
	add(citizenNeedRegions(text)) // "Applicants need US citizenship" (region_status_demands.go)
	for _, m := range citizenOfGuarded.FindAllStringSubmatch(text, -1) {
		add(regionOrDemonym(m[1]))
	}
	add(scopeOnlyRegions(text))
	return out
}

// narrowRegions returns the regions the description requires when each of
// them lies within the place's regions and they differ from them; else
// the place's regions.
func narrowRegions(place []string, text string) []string {
	if len(place) == 1 && !isArea(place[0]) && place[0] != RegionWorldwide {
		return place // one country: nothing narrower to require
	}
	req := requiredRegions(text)
	if len(place) == 1 && place[0] == RegionWorldwide {
		req = append(req, openListAfterWorld(text)...) // "Remote - Worldwide" and "Open to Brazil and Chile." (region_sentence_shapes.go)
	}
	if len(place) == 1 { // a world or area label: "US residents only" (region_residence_demands.go)
		for _, r := range residenceDemandRegions(text) {
			if r != RegionWorldwide {
				req = appendUnique(req, r)
			}
		}
	}
	if len(req) == 0 || sameRegions(req, place) {
		return place
	}
	if len(place) > 1 {
		// "Remote - ANZ" and "you must live in Australia or New Zealand":
		// the demand's whole list, where requiredRegions read its first place
		if rd := residenceDemandRegions(text); len(rd) > len(req) && listHoldsAll(rd, req) && !slices.Contains(rd, RegionWorldwide) {
			req = rd
		}
		if sameRegions(req, place) {
			return place
		}
	}
	for _, r := range req {
		if !regionWithin(r, place) {
			return place
		}
	}
	return req
}

// sameRegions reports equal region sets.
func sameRegions(a, b []string) bool {
	return strings.Join(sortedRegions(a), ",") == strings.Join(sortedRegions(b), ",")
}

// regionWithin reports whether region r lies within one of the regions of
// place: itself, worldwide, or a macro-region that covers it.
func regionWithin(r string, place []string) bool {
	for _, p := range place {
		if r == p || p == RegionWorldwide || areaHolds(p, r) {
			return true
		}
	}
	return false
}

// isArea reports whether code is a wider area (EU, EMEA, MENA, Africa,
// LATAM, Americas, APAC), not a country and not the whole world.
func isArea(code string) bool {
	return code != RegionWorldwide && model.RegionAreas[code] != ""
}

// areaHolds reports whether region code lies in the wider area: a
// country of it, or a smaller area inside it (model.RegionsOpenTo).
func areaHolds(area, code string) bool {
	return code != area && isArea(area) && slices.Contains(model.RegionsOpenTo(code), area)
}

var (
	// regionBeforeRemote is a region written before "remote": "US REMOTE",
	// "EU remote", "LATAM-remote". Only a whole region name or code counts
	// ("Berlin remote-first startup" names no limit).
	regionBeforeRemote = newKeyRegexp(`(?:^|[\s(\[|·•,/-])((?:[\p{L}.]+\s+){0,2}[\p{L}.]+)[ -](?i:remote)\b(?:[^-]|$)`, 40, 10, "remote")
	// legalToWork is a work right in other words: "legal to work in the
	// US", "legally eligible to work in Canada".
	legalToWork = newKeyRegexp(`(?i)\blegal(?:ly)?\s+(?:eligible\s+|permitted\s+)?to\s+work\s+(?:in|for|within)\s+(?:the\s+)?([\p{L}. ]{2,30}?)\s*(?:[.,;:)]|\s+(?:or|and|only|without|with)\b|$)`, 10, 50, "legal")
)

// workRightRegions reads regions from a region written before "remote" and
// from a work right in other words; nil when neither is in text.
func workRightRegions(text string) []string {
	for _, m := range regionBeforeRemote.FindAllStringSubmatch(text, -1) {
		words := strings.Fields(m[1])
		for n := min(3, len(words)); n >= 1; n-- {
			name := strings.Join(words[len(words)-n:], " ")
			if code, ok := regionCodes[name]; ok && n == 1 {
				return []string{code}
			}
			if code, ok := regionNames[strings.ToLower(name)]; ok && code != RegionWorldwide {
				return []string{code}
			}
		}
	}
	for _, m := range legalToWork.FindAllStringSubmatch(text, -1) {
		if rs := regionList(m[1]); len(rs) > 0 {
			return rs
		}
	}
	for _, m := range openToPlace.FindAllStringSubmatch(text, -1) {
		if rs := regionList(m[1]); len(rs) > 0 {
			return rs
		}
	}
	return nil
}

// openToPlace is a role open to a place: "Open to South America.", "open
// to candidates across Iberia", "Open to candidates from: Latin America"
// (a label colon after the preposition), "Available to students in Nigeria
// and Ghana" (available to people: not "available to customers in").
var openToPlace = newKeyRegexp(`(?i)\b(?:open\s+to\s+(?:(?:candidates|applicants|people|residents|talent|anyone|students)\s+)?|available\s+(?:only\s+)?to\s+(?:candidates|applicants|people|residents|talent|anyone|students|undergraduates|graduates|postgraduates|learners)\s+)(?:(?:based\s+)?(?:in|from|across|throughout)(?:\s*:)?\s+)?(?:the\s+)?((?:[\p{L}., ]|\b-\b){2,60})`, 10, 70, "open", "available")
