package normalize

import "strings"

// A location field that lists office places beside a remote scope names
// the scope as the remote region, not the offices: "Paris, Madrid, Remote
// EU" is remote in the EU (Paris and Madrid are where the offices are),
// "Tokyo, Japan; Remote - APAC" is remote in Asia-Pacific, "London,
// Remote US" is remote in the United States, "Dublin, Ireland; Remote -
// EMEA; London, United Kingdom" is remote in EMEA.
//
// remoteSegmentRegions splits a location at commas, "or", semicolons,
// bars and a dash before "Remote" (not inside brackets: "Remote (US, Canada)" is one part) and finds the
// parts that say "remote" and name a place. When there is one, a part that
// names a place without "remote" is an office and is dropped if it comes
// before the first remote part, or after a semicolon or bar; a part after
// the remote one and joined by commas or "or" continues its list ("Remote -
// Germany, France, Spain" is all three). "San Francisco, CA or Remote" has
// no remote part that names a place, so it is read whole (the state code
// is California's beside its town, not Canada's). It returns nil when no office
// part was dropped, so the location is read whole as before: "Remote,
// Austin, United States" (the remote part names no place), "Remote (US),
// Remote (Canada)" (no office). Table tests in region_remote_segments_test.go.
func remoteSegmentRegions(loc string) []string {
	if !containsFold(loc, "remote") || !hasSegmentSeparator(loc) && !containsFold(loc, " or ") && !containsFold(loc, " - remote") && !strings.Contains(loc, " / ") {
		return nil
	}
	type part struct {
		text   string
		soft   bool // joined to the part before by a comma
		remote bool
		rs     []string
	}
	var parts []part
	depth, start, soft := 0, 0, false
	flush := func(end int, nextSoft bool) {
		if t := loc[start:end]; len(t) > 0 {
			parts = append(parts, part{text: t, soft: soft})
		}
		soft = nextSoft
	}
	for i := 0; i < len(loc); i++ {
		switch c := loc[i]; c {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case ',', ';', '|':
			if depth == 0 {
				flush(i, c == ',')
				start = i + 1
			}
		case ' ':
			// " or " joins a list as a comma does: "CA or Remote within
			// California" is the state beside a remote part.
			if depth == 0 && i+4 <= len(loc) && (loc[i+1]|0x20) == 'o' && (loc[i+2]|0x20) == 'r' && (i+3 == len(loc) || loc[i+3] == ' ') {
				flush(i, true)
				start = i + 3
			}
			// " - " before "Remote" parts an office from its scope: "Paris -
			// Remote EU" (but "Remote - EU" is one part).
			if depth == 0 && hasPrefixFold(loc[i:], " - remote") {
				flush(i, true)
				start = i + 3
			}
			// A spaced slash parts entries as a semicolon does (region_slash_entries.go).
			if depth == 0 && slashEntryBreak(loc, start, i) {
				flush(i, false)
				start = i + 3
			}
		}
	}
	flush(len(loc), false)
	first, allSoft := -1, true // allSoft: every part after the first joined by a comma or "or"
	for i := range parts {
		parts[i].remote = containsFold(parts[i].text, "remote")
		if t := parts[i].text; i > 0 && parts[i].soft && townStateLead(parts[i-1].text, t) != t {
			// "San Francisco, CA / Remote": CA is the town's state, so the
			// part is in the US (region_town_state_lead.go)
			parts[i].rs = []string{"US"}
			for _, r := range worldLocRegions(townStateLead(parts[i-1].text, t)) {
				parts[i].rs = appendUnique(parts[i].rs, r)
			}
		} else {
			parts[i].rs = worldLocRegions(t)
			if len(parts[i].rs) == 0 {
				parts[i].rs = remoteAreaSegmentRegions(t) // "Boston | Midwest Remote" (region_remote_area_abbrevs.go)
			}
		}
		if first < 0 && parts[i].remote && len(parts[i].rs) > 0 {
			first = i
		}
		allSoft = allSoft && (i == 0 || parts[i].soft)
	}
	if first < 0 || remoteNoteOnAll(parts[first].text, first == len(parts)-1, allSoft) {
		return nil
	}
	var out []string
	dropped, hard, tail := false, false, false
	for i, p := range parts {
		if i > first && !p.soft {
			hard = true // a semicolon or bar since the first remote part
		}
		if i > first {
			// countries alone after the remote part go on with its list
			// ("Remote - Germany | Austria"), up to a part with a town
			// (region_remote_list_tail.go)
			tail = p.remote || (tail || !p.soft) && bareRegionPart(p.text)
		}
		if len(p.rs) == 0 {
			continue
		}
		if !p.remote && (i < first || hard && !tail) {
			dropped = true
			continue
		}
		for _, r := range p.rs {
			out = appendUnique(out, r)
		}
	}
	if !dropped {
		return nil
	}
	if len(out) > 1 {
		out = dropWorldwide(out)
	}
	return out
}

// hasSegmentSeparator reports a comma, semicolon or bar ("or" is asked
// apart).
func hasSegmentSeparator(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ',' || c == ';' || c == '|' {
			return true
		}
	}
	return false
}

// remoteNoteOnAll reports a remote part that is the location's last, whose
// only remote word is a closing bracketed note ("US (Remote)", "UK [fully
// remote]"), in a list joined by commas and "or" alone: the note is said
// of the whole list, so "Germany, UK or US (Remote)" is all three, not an
// office in Germany and the UK beside a remote US.
func remoteNoteOnAll(text string, last, soft bool) bool {
	t := strings.TrimSpace(text)
	if !last || !soft || len(t) < 8 || t[len(t)-1] != ')' && t[len(t)-1] != ']' {
		return false
	}
	i := strings.LastIndexAny(t, "([")
	if i <= 0 || containsFold(t[:i], "remote") {
		return false
	}
	note := strings.ToLower(strings.TrimSpace(t[i+1 : len(t)-1]))
	return note == "remote" || note == "fully remote" || note == "100% remote"
}
