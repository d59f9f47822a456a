package normalize

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Work modes, exclusions and preferences in locations. A work mode in
// Russian or Ukrainian in a remote field or location ("удалённо",
// "гибридный формат", "в офис") is read; "Home Office, Germany" is home
// office in that country. Regions: a place a location excludes ("Remote,
// outside the US", "Worldwide (excluding US)") is no region, and an excluded
// place makes a worldwide scope no scope; a place that is only preferred
// ("Candidates based in Europe are preferred") is no scope; a remote title's
// "(US or Canada only)" names its regions; US hours ("overlap with EST
// working hours") are the United States; a hybrid listing with no location
// is where its description puts the office ("a hybrid role in London",
// "from our San Francisco or New York office").
//
// Each description reader is a key regexp (keyre.go) whose keys join the
// shared key scan; the location, hint and title readers look only at those
// short fields.

// reviseExclusions looks again at what the earlier readers made of a listing and
// returns it adjusted.
func reviseExclusions(hint string, locs []string, title, text string, ri RemoteInfo) RemoteInfo {
	before := ri.Remote
	if r, ev := locScheduleMode(hint, locs, ri); r != model.RemoteUnknown {
		ri.Remote, ri.Evidence = r, ev
	}
	if ri.Remote == model.RemoteUnknown {
		if r, ev := cyrillicMode(hint, locs); r != model.RemoteUnknown {
			ri.Remote, ri.Evidence = r, ev
		} else if loc := homeOfficeCountry(locs); loc != "" {
			ri.Remote, ri.Evidence = model.RemoteRemote, "location: "+loc
		}
	}
	if ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteHybrid {
		return ri
	}
	if before != model.RemoteRemote && before != model.RemoteHybrid {
		ri.Regions = scopeRegions(hint, locs, newScopeDoc(text), remoteRegions(hintLocations(hint, locs), text))
		ri.Regions = usScopeRegions(hint, locs, text, ri.Regions)
	}
	ri.Regions = exclusionRegions(hint, ri.Remote, locs, title, text, ri.Regions)
	return ri
}

// exclusionRegions adjusts the regions of a remote or hybrid listing.
func exclusionRegions(hint string, mode model.Remote, locs []string, title, text string, regions []string) []string {
	regions = dropExcluded(locs, regions)
	regions = addIreland(locs, regions)
	if len(regions) > 0 {
		if spans := preferredSpans(text); len(spans) > 0 && spans.names(text, regions) {
			masked := spans.apply(text) // the regions read again with the preferences set aside
			regions = scopeRegions(hint, locs, newScopeDoc(masked), remoteRegions(hintLocations(hint, locs), masked))
		}
	}
	if len(regions) > 0 {
		return regions
	}
	if rs := titleOnlyRegions(title); len(rs) > 0 {
		return rs
	}
	if rs := remoteCountryCode(locs); len(rs) > 0 {
		return rs
	}
	if usZoneHours.MatchString(text) {
		return []string{"US"}
	}
	if rs := euZoneRegions(text); rs != nil {
		return rs // "core hours in CET", "UTC+1 or UTC+2" (region_timezone_scope.go)
	}
	if rs := zoneAndScopeWords(text); rs != nil {
		return rs // "within 3 hours of CET", "work from Kenya" (region_zone_scope_words.go)
	}
	if mode == model.RemoteHybrid && len(locs) == 0 {
		if rs := hybridOfficePlace(text); len(rs) > 0 {
			return rs
		}
	}
	return regions
}

// locExclusion starts the part of a location that names places the work
// may not be done from: "Remote Worldwide (excluding US)", "Remote - Europe
// except UK", "Remote, outside the US".
var locExclusion = regexp.MustCompile(`(?i)\b(?:excluding|except(?:\s+for)?|outside(?:\s+of)?|not\s+in|excl\.|ex\.)\s`)

// dropExcluded drops the regions that a location names only after an
// exclusion word, and "worldwide" when a location excludes anything: the
// world but a country is no scope of ours.
func dropExcluded(locs []string, regions []string) []string {
	if len(regions) == 0 {
		return regions
	}
	for _, loc := range locs {
		if !containsFold(loc, "ex") && !containsFold(loc, "outside") && !containsFold(loc, "not in") {
			continue
		}
		m := locExclusion.FindStringIndex(loc)
		if m == nil {
			continue
		}
		kept := Regions(loc[:m[0]])
		var out []string
		for _, r := range regions {
			if r == RegionWorldwide {
				continue
			}
			if !slicesContains(kept, r) && slicesContains(Regions(loc[m[1]:]), r) {
				continue
			}
			out = append(out, r)
		}
		regions = out
		if regions == nil {
			regions = []string{}
		}
	}
	return regions
}

// preferredPlace is where a sentence only prefers where candidates live:
// "Candidates based in Europe are preferred", "You are ideally based in
// Ireland", "preferably located in the UK". The residence word is part of
// the match, so "preferred qualifications" is none; "we prefer candidates
// in Europe" names its people. preferredSpans widens each match to its
// clause, from a "but" before it ("open worldwide, but we prefer ...").
var preferredPlace = newKeyRegexp(`(?i)\b(?:based|located|living|residing|residents?)\b[^.;!?\n]{0,60}?\b(?:preferred|is\s+a\s+plus|are\s+a\s+plus|nice\s+to\s+have)\b|\b(?:preferably|ideally)\s+(?:be\s+)?(?:based|located|living|residing)\b`+
	`|\bprefer\s+(?:candidates|applicants|people|someone)\s+(?:who\s+(?:are|live|reside)\s+)?(?:(?:based|located|living|residing)\s+)?(?:in|within|from)\b`+
	preferredZoneOrLabel, 80, 72, "preferred", "preferabl", "ideally", "a plus", "nice to have", "bonus", "prefer ")

// preferredSpans returns the clauses of text that hold a preference of
// preferredPlace: from the clause's start to its end.
func preferredSpans(text string) asideSpans {
	var spans asideSpans
	for _, loc := range preferredPlace.FindAllStringIndex(text, -1) {
		from := strings.LastIndexAny(text[:loc[0]], ".;!?\n") + 1
		if k := strings.LastIndex(text[from:loc[0]], " but "); k >= 0 {
			from += k + 1 // the clause the preference opens: "open worldwide, but we prefer …"
		}
		to := len(text)
		if j := strings.IndexAny(text[loc[1]:], ".;!?\n"); j >= 0 {
			to = loc[1] + j
		}
		spans = append(spans, [2]int{from, to})
	}
	return spans
}

// titleOnlyRe is a bracket of a title that lists places and "only":
// "Senior Engineer (US or Canada only)", "Writer (EU only)", "Agent (UK
// residents only)".
var titleOnlyRe = regexp.MustCompile(`\(\s*([^()]{2,40}?)([ -](?i:residents|citizens|based|candidates|applicants))?\s+(?i:only)\s*\)`)

// titleOnlyRegions returns the regions a title's "(... only)" bracket lists,
// or none when an item of it is no place ("(English speakers only)").
func titleOnlyRegions(title string) []string {
	if !containsFold(title, "only") {
		return nil
	}
	for _, m := range titleOnlyRe.FindAllStringSubmatch(title, -1) {
		if rs := regionList(m[1]); len(rs) > 0 {
			return rs
		}
		if m[2] != "" && !strings.Contains(strings.TrimSpace(m[1]), " ") {
			if rs := regionOrDemonym(m[1]); len(rs) > 0 {
				return rs // "(Canadian residents only)"; "(Spanish only)" is a language
			}
		}
	}
	return nil
}

// usZoneHours is US working hours named by a zone code: "Must overlap
// with EST working hours", "PST hours", "overlap at least 4 hours with
// EST". (Two-letter codes are left out: "PT hours" is part-time hours.)
var usZoneHours = newKeyRegexp(`\b(?:EST|EDT|PST|PDT|CST|CDT|MST|MDT)\s+(?:(?i:business|working|work|office|core)\s+)?(?i:hours|time\s*zones?)\b|(?i:\boverlap(?:ping)?)\s+(?:(?i:at\s+least)\s+)?(?:\d+\s*(?:\+\s*)?(?i:hours?)\s+)?(?i:with)\s+(?:(?i:the)\s+)?(?:EST|EDT|PST|PDT|CST|CDT|MST|MDT)\b`,
	24, 64, "hours", "time zone", "timezone", "overlap")

// hybridOfficeRe is where a hybrid listing's office is: "a hybrid role in
// London", "work from our San Francisco or New York office".
var hybridOfficeRe = newKeyRegexp(`(?i:\bhybrid\b)[^.;!?\n]{0,40}?\bin\s+(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2})|\b(?:from|at|in|to)\s+our\s+(\p{Lu}[\p{L}.'-]*(?:\s+(?:\p{Lu}[\p{L}.'-]*|or|and)){0,5})\s+(?i:office|offices|headquarters|hub)\b`,
	96, 120, "hybrid", "office", "headquarters", "hub")

// hybridOfficePlace returns the regions of the first office place a hybrid
// description names.
func hybridOfficePlace(text string) []string {
	for _, m := range hybridOfficeRe.FindAllStringSubmatchIndex(text, 4) {
		for g := 1; g <= 2; g++ {
			if m[2*g] >= 0 {
				if rs := regionList(text[m[2*g]:m[2*g+1]]); len(rs) > 0 {
					return rs
				}
			}
		}
	}
	return nil
}

// homeOfficeCountryRe is a location of home office and a country after it:
// "Home Office, Germany", "Homeoffice - Österreich".
var homeOfficeCountryRe = regexp.MustCompile(`(?i)^\s*home[- ]?office\s*[,–—-]\s*([\p{L}][\p{L} .'-]{1,40})$`)

// homeOfficeCountry returns a location that is home office in a named
// country, or "". The United States and the United Kingdom are left out: US
// employers call their head office the home office, and the Home Office is a
// UK ministry.
func homeOfficeCountry(locs []string) string {
	for _, loc := range locs {
		if len(loc) > 56 || !containsFold(loc, "home") {
			continue
		}
		m := homeOfficeCountryRe.FindStringSubmatch(loc)
		if m == nil || usStates[strings.ToLower(strings.TrimSpace(m[1]))] {
			continue
		}
		if rs := Regions(m[1]); len(rs) == 1 && len(rs[0]) == 2 && rs[0] != "US" && rs[0] != "GB" {
			return loc
		}
	}
	return ""
}

// cyrillicModeWords are work-mode words of Russian and Ukrainian boards,
// lower case: a remote, hybrid or office stem.
var cyrillicModeWords = []struct {
	stem string
	mode model.Remote
}{
	{"гибрид", model.RemoteHybrid}, {"гібрид", model.RemoteHybrid},
	{"удалённ", model.RemoteRemote}, {"удаленн", model.RemoteRemote}, {"удалёнк", model.RemoteRemote}, {"удаленк", model.RemoteRemote},
	{"дистанционн", model.RemoteRemote}, {"віддален", model.RemoteRemote}, {"дистанційн", model.RemoteRemote},
	{"офис", model.RemoteOnsite}, {"офіс", model.RemoteOnsite},
}

// cyrillicMode reads a work mode written in Russian or Ukrainian in the
// remote field or a location: "удалённо" (remote), "гибридный формат"
// (hybrid), "в офис" (at the office). A field naming both the office and
// remote work ("офис или удалённо") gives none, as does a negated word
// ("не удалённо", "без удалёнки").
func cyrillicMode(hint string, locs []string) (model.Remote, string) {
	for i := -1; i < len(locs); i++ {
		f := hint
		if i >= 0 {
			f = locs[i]
		}
		// 80 letters: a Cyrillic letter takes two bytes ("Сан-Паулу, Бразилия
		// (Гибридный формат работы)" is 81 bytes)
		if len(f) > 160 || !hasCyrillic(f) {
			continue
		}
		low := strings.ToLower(f)
		found := map[model.Remote]bool{}
		for _, w := range cyrillicModeWords {
			if j := strings.Index(low, w.stem); j >= 0 && !cyrillicNegated(low[:j]) {
				found[w.mode] = true
			}
		}
		var r model.Remote
		switch {
		case found[model.RemoteHybrid]:
			r = model.RemoteHybrid
		case found[model.RemoteRemote] && found[model.RemoteOnsite]:
			continue
		case found[model.RemoteRemote]:
			r = model.RemoteRemote
		case found[model.RemoteOnsite]:
			r = model.RemoteOnsite
		default:
			continue
		}
		if i < 0 {
			return r, "structured: " + strings.TrimSpace(f)
		}
		return r, "location: " + f
	}
	return model.RemoteUnknown, ""
}

// hasCyrillic reports a Cyrillic letter in s (lead bytes 0xD0, 0xD1).
func hasCyrillic(s string) bool {
	return strings.IndexByte(s, 0xD0) >= 0 || strings.IndexByte(s, 0xD1) >= 0
}

// cyrillicNegated reports a negation ("не", "без", "ні") as the last word
// before a work-mode word.
func cyrillicNegated(before string) bool {
	before = strings.TrimRight(before, " ")
	j := strings.LastIndexByte(before, ' ')
	last := strings.TrimLeft(before[j+1:], "([«\"") // "Москва (без удалёнки)"
	if !utf8.ValidString(last) {
		return false
	}
	return last == "не" || last == "без" || last == "ні" || last == "нет"
}

// locOfficeDays is a location naming one to four office days (a week):
// "Hybrid (2 days/week in the office), Dublin", "3 Tage im Büro, Köln", "2
// jours sur site par semaine - Lyon", "Remote - 2 days per week in office".
var locOfficeDays = regexp.MustCompile(`(?i)\b(?:[1-4]|one|two|three|four|zwei|drei|vier|deux|trois|quatre)\s*(?:x\s*)?(?:days?|tage?n?|jours?)\b[^,;|]{0,30}?(?:\boffice\b|\bon[- ]?site\b|\bb(?:ü|ue)ro\b|\bbureau\b|\bsur\s+site\b)`)

// locMonthDays follows office days that are a month's, not a week's.
var locMonthDays = regexp.MustCompile(`(?i)\b(?:month|monat|mois)`)

// partTelework is telework that is only partial, in a location or the
// remote field: "Télétravail partiel", "teletrabajo parcial", "remoto
// parcial".
var partTelework = newCueRegexp(`(?i)\b(?:t[ée]l[ée]-?travail|teletrabajo|teletrabalho|trabajo\s+remoto|trabalho\s+remoto|remot[oa])\s+(?:partiel|parcial|hybride|h[íi]brido|ponctuel|occasionnel)\b`)

// iberianNoRemote is remote work denied in Portuguese or Spanish: "Não
// remoto, Brasil", "No remoto", "Sin remoto".
var iberianNoRemote = regexp.MustCompile(`(?i)(?:^|[\s,(/-])(?:não|nao|no|sin)\s+(?:es\s+|é\s+)?remot[oa]\b`)

// locScheduleMode reads a schedule or a denial a location (or the remote field)
// states: office days a week or a partial home office or telework are
// hybrid; a German home office that is possible is hybrid; a Portuguese or
// Spanish denial of remote work in the location that was read as remote is
// on-site. Unknown when none does.
func locScheduleMode(hint string, locs []string, ri RemoteInfo) (model.Remote, string) {
	if ri.Remote == model.RemoteRemote {
		if loc, ok := strings.CutPrefix(ri.Evidence, "location: "); ok && len(loc) <= 80 && containsFold(loc, "remot") && iberianNoRemoteIn(loc) { // guard_type_title.go
			return model.RemoteOnsite, ri.Evidence
		}
	}
	if ri.Remote == model.RemoteHybrid {
		return model.RemoteUnknown, ""
	}
	for _, loc := range locs {
		if len(loc) > 80 {
			continue
		}
		if locOfficeWord(loc) {
			if m := locOfficeDays.FindStringIndex(loc); m != nil && !locMonthDays.MatchString(loc[m[0]:]) {
				return model.RemoteHybrid, "location: " + loc
			}
		}
		if containsFold(loc, "home") && homePossibleRe.plain().MatchString(loc) && !wholeWeekHome(loc) {
			return model.RemoteHybrid, "location: " + loc
		}
	}
	for i := -1; i < len(locs); i++ {
		f := hint
		if i >= 0 {
			f = locs[i]
		}
		if len(f) <= 80 && teleWord(f) && partTelework.MatchString(f) {
			if i < 0 {
				return model.RemoteHybrid, "structured: " + strings.TrimSpace(f)
			}
			return model.RemoteHybrid, "location: " + f
		}
	}
	return model.RemoteUnknown, ""
}

// locOfficeWord reports a word every match of locOfficeDays holds.
func locOfficeWord(s string) bool {
	return containsFold(s, "office") || containsFold(s, "site") || containsFold(s, "bureau") || containsFold(s, "büro") || containsFold(s, "buero")
}

// teleWord reports a word every match of partTelework holds.
func teleWord(s string) bool {
	return containsFold(s, "travail") || containsFold(s, "trabaj") || containsFold(s, "trabalh") || containsFold(s, "remot")
}

// wholeWeekHome reports a home office said to be the whole week.
func wholeWeekHome(loc string) bool {
	for _, w := range []string{"100", "voll", "komplett", "ausschlie", "full"} {
		if containsFold(loc, w) {
			return true
		}
	}
	return false
}

// ukiRe is the United Kingdom and Ireland written short: "UK&I",
// "UK & I", "UKI".
var ukiRe = regexp.MustCompile(`\bUK\s*&\s*I\b|\bUKI\b`)

// addIreland adds Ireland to a location's United Kingdom when the location
// names both the short way.
func addIreland(locs []string, regions []string) []string {
	if !slicesContains(regions, "GB") || slicesContains(regions, "IE") {
		return regions
	}
	for _, loc := range locs {
		if len(loc) <= 80 && strings.Contains(loc, "UK") && ukiRe.MatchString(loc) {
			return append(append([]string(nil), regions...), "IE")
		}
	}
	return regions
}

// placeCountryCodes are the two-letter country codes the place names map to
// ("norway" -> NO).
var placeCountryCodes = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range regionNames {
		if len(c) == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z' {
			m[c] = true
		}
	}
	return m
}()

// remoteCountryCode returns the country of a remote location of the remote
// word and an upper-case country code only ("Remote - NO", "Remote (PT)"),
// when the code is no US state and no code the region readers know already.
func remoteCountryCode(locs []string) []string {
	for _, loc := range locs {
		if len(loc) > 24 || !containsFold(loc, "remote") {
			continue
		}
		m := remoteStateLoc.FindStringSubmatch(strings.TrimSpace(loc))
		if m == nil {
			continue
		}
		code := m[1] + m[2]
		if _, known := regionCodes[code]; !known && !usStates[code] && !caProvinces[code] && placeCountryCodes[code] {
			return []string{code}
		}
	}
	return nil
}
