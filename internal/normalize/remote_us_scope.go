package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// US scopes and work modes. A role that "can be held remotely" or "may
// be based remotely" is remote; "100 % remote" is remote; German "Präsenz
// erforderlich" is on-site work; a German "Homeoffice möglich" (home office
// possible) is part of the week; a bare on-site tag ("In-Office") with a
// description saying the role is hybrid is hybrid. Regions: a residence the
// text says is not required ("You do not need to reside in the United
// States") is no scope; "Remote - WA" and "Remote (TX)" name a US state
// (codes that are also country codes, "Remote - CA", keep their country
// reading); a few large US cities name the United States in a remote
// location or a residence clause.
//
// Each description reader is a key regexp (keyre.go): its key words come
// from the shared key scan of the package, and the regexp runs only in a
// short window around them.

// reviseUSScope looks again at what ParseRemote and reviseScopes read and
// returns it adjusted.
func reviseUSScope(hint string, locs []string, text string, ri RemoteInfo) RemoteInfo {
	before := ri.Remote
	switch ri.Remote {
	case model.RemoteUnknown:
		if ev := firstKeyMatch(remoteGrant, text); ev != "" {
			ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+ev
		} else if ev := firstKeyMatch(spacedPercentRemote, text); ev != "" {
			ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+ev
		} else if ev := germanPresence(text); ev != "" {
			ri.Remote, ri.Evidence = model.RemoteOnsite, "text: "+ev
		} else if ev := homeOfficePossible("text: home", text); ev != "" {
			ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+ev
		} else if ev := firstKeyMatch(someHybrid, text); ev != "" {
			ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+ev
		} else if ev := firstKeyMatch(officeDaysWeek, text); ev != "" {
			ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+ev
		} else if r, ev := descPlaceLine(text); r != model.RemoteUnknown {
			ri.Remote, ri.Evidence = r, "text: "+ev
		} else if r, ev := partialRemotePhrase(text); r != model.RemoteUnknown {
			ri.Remote, ri.Evidence = r, "text: "+ev // remote_partial_phrases.go
		}
	case model.RemoteRemote:
		if ev := homeOfficePossible(ri.Evidence, text); ev != "" {
			ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+ev
		}
	case model.RemoteOnsite:
		if ev, ok := strings.CutPrefix(ri.Evidence, "text: "); ok && ev != "" {
			// "can be held from our Reno office or remotely": the office is
			// one of two places the grant offers.
			if g := firstKeyMatch(remoteGrant, text); g != "" && strings.Contains(g, ev) {
				ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+g
			}
		} else if bareOnsiteTag(ri.Evidence) {
			if loc := bodyHybrid.FindStringIndex(text); loc != nil {
				ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+text[loc[0]:loc[1]]
			}
		}
	}
	if ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteHybrid {
		return ri
	}
	if before != model.RemoteRemote && before != model.RemoteHybrid {
		ri.Regions = scopeRegions(hint, locs, newScopeDoc(text), remoteRegions(hintLocations(hint, locs), text))
	}
	ri.Regions = usScopeRegions(hint, locs, text, ri.Regions)
	return ri
}

// firstKeyMatch returns the first match of k in s, or "".
func firstKeyMatch(k *keyRegexp, s string) string {
	if loc := k.FindStringIndex(s); loc != nil {
		return s[loc[0]:loc[1]]
	}
	return ""
}

var (
	// remoteGrant is a role said to be doable remotely with a verb other
	// readers do not know: "This position may be based remotely", "This
	// role can be held from one of our US hubs or remotely". "cannot" and
	// "may not" do not match ("can" must be followed by a space and "be").
	remoteGrant = newKeyRegexp(`(?i)\b(?:role|position|job)\b[^.;!?\n]{0,80}?\b(?:can|may|could)\s+(?:also\s+)?be\s+(?:fully\s+|entirely\s+)?(?:based|held|worked|performed|done|carried\s+out)\b[^.;!?\n]{0,60}?\bremotely\b`,
		200, 0, "remotely")
	// spacedPercentRemote is "100 % remote" with a space before the sign.
	spacedPercentRemote = newKeyRegexp(`(?i)\b100\s+% remote\b`, 8, 0, "% remote")
	// germanPresenceRe is German "Präsenz erforderlich" (presence required),
	// "Präsenzpflicht".
	germanPresenceRe = newKeyRegexp(`(?i)präsenz(?:pflicht\b|\s+(?:ist\s+)?(?:erforderlich|notwendig|vorausgesetzt)\b)`,
		0, 24, "präsenz")
	// homePossibleRe is a German home office that is possible: "Homeoffice
	// möglich", "Home-Office ist möglich".
	homePossibleRe = newKeyRegexp(`(?i)\bhome[- ]?office\s+(?:ist\s+)?möglich\b`, 0, 16, "homeoffice", "home-office", "home office")
)

// Readers added after a second look at the same kind of listing.
var (
	// officeDaysWeek is a count of office days a week written without
	// "in": "2 days office per week", "three days office a week".
	officeDaysWeek = newKeyRegexp(`(?i)\b(?:[1-4]|one|two|three|four)\s*(?:days|day) office\s+(?:per|a|each|every)\s+week\b`,
		8, 12, "days office", "day office")
	// someHybrid is remote work with some hybrid weeks or days:
	// "Remote with some hybrid". ("Remote with occasional office visits"
	// stays remote: visits are no hybrid schedule.)
	someHybrid = newKeyRegexp(`(?i)\bremote\s+with\s+(?:some|partial)\s+hybrid\b`, 32, 0, "hybrid")
	// locationLineLabel is a location label in a description, in English or
	// Indonesian/Malay: "Location: Jakarta (Hybrid)", "Lokasi: Remote".
	// (Keys with a three-byte head the shared scan already holds, or a
	// rare one: a common new head costs the scan of every description.)
	locationLineLabel = newKeyRegexp(`(?i)\b(?:location|lokasi):[ \t]*([^\n]{1,60})`, 0, 72, "location:", "lokasi:")
)

// descPlaceLine reads a location line of the description ("Lokasi:
// Jakarta (Hybrid)") as a location field, when the label starts its line;
// unknown when none says a work mode.
func descPlaceLine(text string) (model.Remote, string) {
	for _, m := range locationLineLabel.FindAllStringSubmatchIndex(text, -1) {
		k := m[0]
		for k > 0 && (text[k-1] == ' ' || text[k-1] == '\t' || text[k-1] == '*' || text[k-1] == '-') {
			k--
		}
		if k > 0 && text[k-1] != '\n' {
			continue // "our location: ..." inside a sentence
		}
		val := strings.TrimSpace(text[m[2]:m[3]])
		if r, _ := fromLocations([]string{val}); r != model.RemoteUnknown {
			return r, text[m[0]:m[3]]
		}
	}
	return model.RemoteUnknown, ""
}

// germanPresence returns German required presence at the office, or "":
// "keine Präsenz erforderlich" (no presence required) is none.
func germanPresence(text string) string {
	for _, loc := range germanPresenceRe.FindAllStringIndex(text, -1) {
		before := strings.ToLower(text[max(0, loc[0]-8):loc[0]])
		if strings.Contains(before, "kein") || strings.Contains(before, "nicht") {
			continue
		}
		return text[loc[0]:loc[1]]
	}
	return ""
}

// homeOfficePossible returns a German "Homeoffice möglich" when the remote
// reading (if any) came from a home-office word of the description and the
// home office is not said to be whole ("100% Homeoffice möglich", "fully
// remote" elsewhere stay remote); "" otherwise.
func homeOfficePossible(evidence, text string) string {
	if !strings.HasPrefix(evidence, "text: ") || !containsFold(evidence, "home") {
		return ""
	}
	for _, loc := range homePossibleRe.FindAllStringIndex(text, -1) {
		before := strings.ToLower(text[max(0, loc[0]-16):loc[0]])
		if strings.Contains(before, "100") || strings.Contains(before, "voll") || strings.Contains(before, "komplett") ||
			strings.Contains(before, "ausschlie") || strings.Contains(before, "full") || strings.Contains(before, "kein") {
			continue
		}
		for _, w := range wholeWeekRemote {
			if containsFold(text, w) {
				return "" // a whole remote week said elsewhere (rare: only after a match)
			}
		}
		return text[loc[0]:loc[1]]
	}
	return ""
}

// wholeWeekRemote say the whole week is remote, in English or German.
var wholeWeekRemote = []string{"fully remote", "full remote", "100% remote", "100 % remote", "vollständig remote",
	"komplett remote", "remote-first", "remote first", "100% homeoffice", "100 % homeoffice", "100% home-office", "100 % home-office"}

// bareOnsiteTag reports on-site evidence from a location that names no
// place, only the workplace: "In-Office", "On-site".
func bareOnsiteTag(evidence string) bool {
	loc, ok := strings.CutPrefix(evidence, "location: ")
	return ok && len(strings.Fields(loc)) <= 2 && len(Regions(loc)) == 0
}

// noResidenceNeeded is a residence the text says is not required: "You do
// not need to reside in the United States", "There is no requirement to
// live in", "You are not required to be based in", "must not reside in".
var noResidenceNeeded = newKeyRegexp(`(?i)(?:\b(?:(?:do|does|will)\s+not|don't|doesn't|won't)\s+need to|\bno\s+(?:need|requirement) to|\bnot\s+(?:be\s+)?required to|\bmust not)\s+(?:live|reside|be\s+(?:based|located))\s+(?:with)?in\b[^.;!?\n]{0,100}`,
	24, 140, "need to", "required to", "requirement to", "must not")

// remoteStateLoc is a remote location of a two-letter code and the remote
// word only: "Remote - WA", "Remote (TX)", "WA - Remote".
var remoteStateLoc = regexp.MustCompile(`^(?i:remote)\s*[-–—(/:]\s*([A-Z]{2})\s*\)?$|^([A-Z]{2})\s*[-–—(/]\s*(?i:remote)\s*\)?$`)

// remoteProvinceCodes are the Canadian province codes that remoteStateLoc
// reads as Canada: no country's ISO code (NL, PE, SK, YT and NU are also
// countries' or territories' codes and keep their country reading).
var remoteProvinceCodes = map[string]bool{"ON": true, "BC": true, "QC": true, "AB": true, "MB": true, "NB": true, "NS": true, "NT": true}

// usCities are large US cities that no other country's city shares
// closely enough to mislead: they name the United States in a remote
// location or a residence clause.
var usCities = []string{"indianapolis", "dallas", "fort worth", "houston", "phoenix", "philadelphia", "san diego",
	"charlotte", "detroit", "nashville", "minneapolis", "pittsburgh", "raleigh", "salt lake city", "baltimore",
	"kansas city", "las vegas", "sacramento", "orlando", "cincinnati", "st. louis", "new orleans", "milwaukee"}

// usCityResidence is a residence clause naming one of usCities:
// "you reside in the Dallas Fort Worth Area".
var usCityResidence = newKeyRegexp(`(?i)\b(?:reside|located|based)\s+(?:with)?in\s+(?:the\s+)?(?:greater\s+)?(?:`+
	strings.ReplaceAll(strings.Join(usCities, "|"), ".", `\.`)+`)\b`, 0, 48, "resid", "located", "based")

// usScopeRegions adjusts the regions of a remote or hybrid listing.
func usScopeRegions(hint string, locs []string, text string, regions []string) []string {
	if len(regions) > 1 {
		regions = onlyRegions(locs, regions)
	}
	if len(regions) > 0 {
		var spans asideSpans
		for _, loc := range noResidenceNeeded.FindAllStringIndex(text, -1) {
			spans = append(spans, [2]int{loc[0], loc[1]})
		}
		spans = append(spans, residenceWaivedSpans(text)...) // region_residence_waived_after.go
		if len(spans) > 0 && spans.names(text, regions) {
			masked := spans.apply(text)
			regions = scopeRegions(hint, locs, newScopeDoc(masked), remoteRegions(hintLocations(hint, locs), masked))
		}
	}
	if len(regions) > 0 {
		return regions
	}
	for _, loc := range locs {
		if m := remoteStateLoc.FindStringSubmatch(strings.TrimSpace(loc)); m != nil {
			code := m[1] + m[2]
			if _, country := regionCodes[code]; usStates[code] && !country {
				return []string{"US"}
			}
			if remoteProvinceCodes[code] {
				return []string{"CA"} // "Remote - ON", "QC - Remote" (a province)
			}
		}
		if r := homeWorkCodeRegions(loc); r != nil {
			return r // "Work from home - BC" (region_home_work_code.go)
		}
		if containsFold(loc, "remote") && usCity(loc) {
			return []string{"US"}
		}
	}
	if usCityResidence.MatchString(text) {
		return []string{"US"}
	}
	return regions
}

// onlyRegions narrows the regions to those of a remote location that says
// they are the only ones ("Remote - Mexico Only" beside "Vancouver, BC").
func onlyRegions(locs []string, regions []string) []string {
	for _, loc := range locs {
		if !containsFold(loc, " only") || !containsFold(loc, "remote") {
			continue
		}
		only := Regions(loc)
		if len(only) == 0 || len(only) >= len(regions) {
			continue
		}
		within := true
		for _, r := range only {
			within = within && slicesContains(regions, r)
		}
		if within {
			return only
		}
	}
	return regions
}

// usCity reports whether a short location names one of usCities as
// words.
func usCity(loc string) bool {
	low := strings.ToLower(loc)
	for _, c := range usCities {
		if i := strings.Index(low, c); i >= 0 && (i == 0 || !isASCIIWord(low[i-1])) &&
			(i+len(c) == len(low) || !isASCIIWord(low[i+len(c)])) {
			return true
		}
	}
	return false
}
