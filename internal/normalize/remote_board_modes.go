package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Where-from and work mode on remote boards (table tests in
// remote_board_modes_test.go). reviseRemoteBoardModes reads, each behind a cheap byte
// check:
//
//   - a place line with its mode in brackets among a description's first
//     lines, as copied postings carry the board's location: "Austin, TX
//     (Hybrid)", "Leeds, UK (On-site)", "Toronto, ON (Remote)". The part
//     before the bracket must read as a place;
//   - a description that opens with "Remote" and a role: "Remote Data
//     Engineer." (the first sentence, a role noun closing it);
//   - a pipe header whose segment says the world and nothing else: "Acme |
//     Worldwide | Dev", "Anywhere | Designer": remote, worldwide;
//   - a time-zone demand naming an area, for a remote reading with no
//     region: "Europe time zone required", "APAC timezones needed",
//     "North American time zones only" (a preference is no demand);
//   - a sentence that is a place and "based" alone, for a remote reading
//     with no region: "Canada-based only.", "EU based." ("a US-based
//     company" and "US-based startup" are the employer, not a demand);
//   - "remote within Europe" (or "across the EU", "anywhere in Europe")
//     beside a location that is one European country's town: the listing's
//     own words widen the office's country to the EU.
func reviseRemoteBoardModes(locs []string, text string, ri RemoteInfo) RemoteInfo {
	if text == "" {
		return ri
	}
	if ri.Remote == model.RemoteUnknown {
		if r, ev := leadPlaceModeLine(text); r != model.RemoteUnknown {
			ri.Remote, ri.Evidence = r, "text: "+ev
			if r == model.RemoteRemote && len(ri.Regions) == 0 {
				ri.Regions = Regions(ev)
			}
			return ri
		}
		if ev := remoteRoleOpening(text); ev != "" {
			ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+ev
			return ri
		}
	}
	if ri.Remote == model.RemoteUnknown || ri.Remote == model.RemoteRemote && len(ri.Regions) == 0 {
		if seg := worldHeaderSegment(text); seg != "" {
			if ri.Remote == model.RemoteUnknown {
				ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+seg
			}
			ri.Regions = []string{RegionWorldwide}
			return ri
		}
	}
	if ri.Remote != model.RemoteRemote {
		return ri
	}
	if len(ri.Regions) == 0 {
		if rs := timeZoneDemandRegions(text); len(rs) > 0 {
			ri.Regions = rs
		} else if rs := placeBasedRegions(text); len(rs) > 0 {
			ri.Regions = rs
		}
		return ri
	}
	if len(ri.Regions) == 1 && europeanCountryCodes[ri.Regions[0]] && locationsTownOnly(locs) && saysRemoteWithinEurope(text) {
		ri.Regions = []string{RegionEU}
	}
	return ri
}

// placeBracketModeLine is a short line of a place and a bracketed mode.
var placeBracketModeLine = regexp.MustCompile(`(?i)^([\p{L}][\p{L} .,'-]{1,60}?)\s*[(\[]\s*(hybrid|remote|fully remote|on-?site|on site|in[- ]office|in[- ]person)\s*[)\]]\s*$`)

// leadPlaceModeLine reads such a line among the first eight non-empty
// lines of text; unknown when none. The evidence is the place for a remote
// line and the whole line otherwise.
func leadPlaceModeLine(text string) (model.Remote, string) {
	if strings.IndexByte(text, '(') < 0 && strings.IndexByte(text, '[') < 0 {
		return model.RemoteUnknown, ""
	}
	mode, ev := model.RemoteUnknown, ""
	eachLeadLine(text, func(line string) bool {
		if len(line) > 80 {
			return false
		}
		m, place, ok := bracketModeLine(line)
		if !ok {
			return false
		}
		mode, ev = m, line
		if m == model.RemoteRemote {
			ev = place
		}
		return true
	})
	return mode, ev
}

// eachLeadLine calls f with each of the first eight non-empty lines of
// text, trimmed, until f returns true.
func eachLeadLine(text string, f func(line string) bool) {
	rest := text
	for n := 0; n < 8 && rest != ""; {
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		n++
		if f(line) {
			return
		}
	}
}

// bracketModeLine reads s as a place and a bracketed mode ("Lima, Peru
// (Remote)", placeBracketModeLine); ok only when the place names a region.
func bracketModeLine(s string) (mode model.Remote, place string, ok bool) {
	if !strings.HasSuffix(s, ")") && !strings.HasSuffix(s, "]") {
		return model.RemoteUnknown, "", false
	}
	m := placeBracketModeLine.FindStringSubmatch(s)
	if m == nil || len(Regions(m[1])) == 0 {
		return model.RemoteUnknown, "", false
	}
	w := strings.ToLower(m[2])
	switch {
	case w == "hybrid":
		return model.RemoteHybrid, m[1], true
	case strings.Contains(w, "remote"):
		return model.RemoteRemote, m[1], true
	}
	return model.RemoteOnsite, m[1], true
}

// roleClosingNouns close a role's name.
var roleClosingNouns = map[string]bool{"engineer": true, "developer": true, "designer": true, "manager": true, "analyst": true,
	"specialist": true, "consultant": true, "architect": true, "scientist": true, "writer": true, "editor": true,
	"representative": true, "assistant": true, "coordinator": true, "administrator": true, "accountant": true,
	"recruiter": true, "tutor": true, "agent": true, "lead": true, "programmer": true, "tester": true, "marketer": true,
	"bookkeeper": true, "translator": true, "strategist": true, "researcher": true, "technician": true, "advocate": true}

// remoteRoleOpening returns the opening sentence of text when it is
// "Remote" and a role of at most five words ("Remote Senior Backend
// Engineer."), "" otherwise. "Remote Sensing Analyst" names a field, not
// a mode: the word after "Remote" must not be one of remote's compounds.
func remoteRoleOpening(text string) string {
	t := strings.TrimLeft(text, " \t\r\n")
	if len(t) < 12 || !strings.EqualFold(t[:7], "remote ") {
		return ""
	}
	end := strings.IndexAny(t, ".\n!:;")
	if end < 0 {
		end = len(t)
	}
	if end > 80 {
		return ""
	}
	words := strings.Fields(t[7:end])
	if len(words) == 0 || len(words) > 5 || remoteCompound.MatchString(t[:min(len(t), end+20)]) {
		return ""
	}
	last := strings.ToLower(strings.Trim(words[len(words)-1], ",()"))
	if i := strings.LastIndexAny(last, "-/"); i >= 0 {
		last = last[i+1:]
	}
	if !roleClosingNouns[strings.TrimSuffix(last, "s")] {
		return ""
	}
	return t[:end]
}

// worldHeaderSegments are header segments that say the world and nothing else.
var worldHeaderSegments = map[string]bool{"worldwide": true, "anywhere": true, "global": true, "remote global": true,
	"global remote": true, "anywhere in the world": true, "work from anywhere": true, "remote worldwide": true,
	"worldwide remote": true, "remote anywhere": true, "remote (worldwide)": true, "remote (anywhere)": true,
	"remote (global)": true}

// worldHeaderSegment returns the segment of text's first line, a pipe
// header, that is one of worldHeaderSegments; "" otherwise.
func worldHeaderSegment(text string) string {
	line := strings.TrimLeft(text, " \t\r\n")
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	if len(line) > 240 || strings.IndexByte(line, '|') < 0 {
		return ""
	}
	for _, s := range strings.Split(line, "|") {
		s = strings.TrimSpace(s)
		if worldHeaderSegments[strings.ToLower(s)] {
			return s
		}
	}
	return ""
}

// timeZoneDemand is an area's time zones demanded: "EU time zone required",
// "Latin American timezones needed", "APAC hours only". A preference
// ("APAC hours preferred") names no limit (pinned in
// region_status_demands_test.go).
var timeZoneDemand = regexp.MustCompile(`(?i)\b(north\s+americ(?:a|an)|latin\s+americ(?:a|an)|south\s+americ(?:a|an)|the\s+americas|americas|europe(?:an)?|eu|emea|latam|apac|asia[- ]pacific|us|u\.s\.|usa|uk|canad(?:a|ian)|australi(?:a|an))\s+(?:time\s*zones?|timezones?|business\s+hours|working\s+hours|hours)\s+(?:is\s+|are\s+)?(?:strictly\s+|strongly\s+)?(required|only|needed|mandatory|a\s+must)\b`)

// timeZoneAreaRegions maps the area words of timeZoneDemand to regions.
var timeZoneAreaRegions = map[string][]string{"north america": {"US", "CA"}, "north american": {"US", "CA"},
	"latin america": {RegionLATAM}, "latin american": {RegionLATAM}, "south america": {RegionLATAM}, "south american": {RegionLATAM},
	"the americas": {RegionAmericas}, "americas": {RegionAmericas}, "europe": {RegionEU}, "european": {RegionEU}, "eu": {RegionEU},
	"emea": {RegionEMEA}, "latam": {RegionLATAM}, "apac": {RegionAPAC}, "asia-pacific": {RegionAPAC}, "asia pacific": {RegionAPAC},
	"us": {"US"}, "u.s.": {"US"}, "usa": {"US"}, "uk": {"GB"}, "canada": {"CA"}, "canadian": {"CA"}, "australia": {"AU"}, "australian": {"AU"}}

// timeZoneDemandWords are the demand words timeZoneDemand closes with.
var timeZoneDemandWords = []string{"required", "only", "needed", "mandatory", "a must"}

// timeZoneDemandRegions reads such a demand; nil when text has none.
func timeZoneDemandRegions(text string) []string {
	// the key words in their three casings, found by strings.Index
	for _, key := range []string{"zone", "Zone", "ZONE", "hours", "Hours", "HOURS"} {
		for off := 0; off < len(text); {
			i := strings.Index(text[off:], key)
			if i < 0 {
				break
			}
			i += off
			off = i + len(key)
			lo, hi := max(0, i-32), min(len(text), i+40)
			if !containsAnyFold(text[i:hi], timeZoneDemandWords) {
				continue
			}
			if m := timeZoneDemand.FindStringSubmatch(text[lo:hi]); m != nil {
				area := strings.ToLower(strings.Join(strings.Fields(m[1]), " "))
				if rs := timeZoneAreaRegions[area]; rs != nil {
					return append([]string(nil), rs...)
				}
			}
		}
	}
	return nil
}

// europeanCountryCodes are the EU and EEA countries (and Switzerland) whose town
// a "remote within Europe" statement widens.
var europeanCountryCodes = map[string]bool{"AT": true, "BE": true, "BG": true, "HR": true, "CY": true, "CZ": true, "DK": true,
	"EE": true, "FI": true, "FR": true, "DE": true, "GR": true, "HU": true, "IE": true, "IT": true, "LV": true, "LT": true,
	"LU": true, "MT": true, "NL": true, "PL": true, "PT": true, "RO": true, "SK": true, "SI": true, "ES": true, "SE": true,
	"NO": true, "IS": true, "CH": true}

// remoteWithinEurope is remote work anywhere in Europe: "fully remote within
// Europe", "remote across the EU", "work remotely from anywhere in Europe".
var remoteWithinEurope = newCueRegexp(`(?i)\bremote(?:ly)?\s+(?:(?:from\s+)?anywhere\s+in|within|across|throughout)\s+(?:the\s+)?(?:europe|eu|european\s+union|eea)\b`)

func saysRemoteWithinEurope(text string) bool {
	return hasFold(text, "remote") && (hasFold(text, "europe") || hasFold(text, " eu")) && remoteWithinEurope.MatchString(text)
}

// locationsTownOnly is whether every location is a place without a work
// mode or scope word (an office's town: "Berlin, Germany").
func locationsTownOnly(locs []string) bool {
	if len(locs) == 0 {
		return false
	}
	for _, l := range locs {
		if containsAnyFold(l, []string{"remote", "europe", "emea", " eu", "worldwide", "anywhere", "hybrid"}) {
			return false
		}
	}
	return true
}

// placeBasedSentence is a sentence of a place and "based" alone, tried on the
// sentence around each "based" (see placeBasedRegions).
var placeBasedSentence = regexp.MustCompile(`^((?:U\.S\.|[A-Z][A-Za-z]+)(?: [A-Z][a-z]+)?)[- ]based(?: only)?\s*(?:[.!]|$)`)

// placeBasedRegions reads such a sentence; nil when none. Only the
// bytes from the sentence's start (at most 30 before "based") are read.
func placeBasedRegions(text string) []string {
	for off, n := 0, 0; n < 8; n++ {
		i := strings.Index(text[off:], "based")
		if i < 0 {
			return nil
		}
		i += off
		off = i + 5
		if i < 2 || text[i-1] != '-' && text[i-1] != ' ' {
			continue
		}
		lo := max(0, i-30)
		start := strings.LastIndexAny(text[lo:i], ".!;\n")
		if start < 0 {
			if lo > 0 {
				continue
			}
			start = 0
		} else {
			start += lo + 1
		}
		m := placeBasedSentence.FindStringSubmatch(strings.TrimLeft(text[start:min(len(text), i+14)], " \t"))
		if m == nil {
			continue
		}
		if rs := wholeRegion(strings.TrimSuffix(m[1], ".")); len(rs) > 0 && rs[0] != RegionWorldwide {
			return rs
		}
	}
	return nil
}
