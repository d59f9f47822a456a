package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Workplace wording found by the eighth round of outside tables (see
// ext4_fix_test.go): Polish place-of-work words, German partial or
// place-free work, and a remote note naming its country at the start of a
// line.
var (
	// titlePlaceNote is a title's place-of-work note that titleWhere would
	// read wrongly or not at all: partial remote work ("Teilweise remote",
	// "partially remote": hybrid, where titleWhere sees "remote"), a German
	// or Polish note with no English word ("ortsunabhängig", "praca
	// zdalna", "hybrydowa", "stacjonarna").
	titlePlaceNote = regexp.MustCompile(`(?i)\b(?:teilweises?|partially|partly)\s+(?:remote|home[- ]?office)\b|\bortsunabh[äa]ngig\p{L}*|\bzdaln(?:a|ie|y|ej)\b|\bhybrydow(?:a|o|y|ej)\b|\bstacjonarn(?:a|ie|y|ej)\b`)

	// foreignPlaceExtra is body wording in German and Polish: partial home
	// work ("teilweise Homeoffice", "teilweise remote möglich": hybrid),
	// work tied to no place ("ortsunabhängiges Arbeiten") and French
	// boards' "full remote" ("Mission en full remote": remote), Polish
	// remote ("praca zdalna", "w pełni zdalnie"), hybrid ("praca
	// hybrydowa", "model hybrydowy") and on-site work ("praca
	// stacjonarna"). Tried only around its key words.
	foreignPlaceExtra = newKeyRegexp(`(?i)(\bteilweises?\s+(?:remote|home[- ]?office|mobiles?\s+arbeiten)\b)|(\bortsunabh[äa]ngig\p{L}*|\bfull[- ]remote\b|\bprac(?:a|ę|e|y)\s+zdaln\p{L}*|(?:\bw\s+pe[łl]ni|100\s?%)\s+zdaln\p{L}*)|(\bprac(?:a|ę|e|y)\s+hybrydow\p{L}*|\b(?:model|tryb|system)\p{L}*\s+hybrydow\p{L}*)|(\bprac(?:a|ę|e|y)\s+stacjonarn\p{L}*)`, 24, 24,
		"teilweise", "ortsunabh", "zdaln", "hybrydow", "stacjonarn", "full remote", "full-remote")
	// polishOption is a Polish "possibility of" before remote work
	// ("możliwość pracy zdalnej"): an option, not the way the job is done.
	polishOption = regexp.MustCompile(`(?i)mo(?:ż|z)liwo(?:ś|s)(?:ć|c|ci(?:ą|a)?)\s*$`)

	// leadRemoteRegion is a line opening with a remote note that names its
	// country before any punctuation: "Remote US, must live in the US",
	// "Remote Canada - full time". leadRemote needs punctuation right after
	// "remote"; the word here must name a region (see leadRemoteIn).
	leadRemoteRegion = regexp.MustCompile(`(?im)^[ \t]*(?:fully\s+|100%\s+)?remote[ \t]+([\p{L}.]{2,20}(?:[ \t]+[\p{L}.]{2,20})?)[ \t]*(?:[-–—:,;.|(]|$)`)
)

// titleNote returns the part of a title naming its place of work in the
// wording titlePlaceNote knows, or "".
func titleNote(title string) string {
	return titlePlaceNote.FindString(title)
}

// foreignPlaceWords reads foreignPlaceExtra's wording; unknown when there
// is none. On-site wording counts only in a text with no remote or home
// word.
func foreignPlaceWords(text string) (model.Remote, string) {
	for _, m := range foreignPlaceExtra.FindAllStringSubmatchIndex(text, 4) {
		ev := text[m[0]:m[1]]
		switch {
		case m[2] >= 0:
			return model.RemoteHybrid, ev
		case m[4] >= 0:
			if polishOption.MatchString(text[max(0, m[0]-24):m[0]]) || remoteCompound.MatchString(text[m[0]:min(len(text), m[1]+30)]) {
				continue // "możliwość pracy zdalnej": remote work as an option; "full remote access"
			}
			return model.RemoteRemote, ev
		case m[6] >= 0:
			return model.RemoteHybrid, ev
		case m[8] >= 0 && !containsFold(text, "remote") && !containsFold(text, "zdaln") && !containsFold(text, "home"):
			return model.RemoteOnsite, ev
		}
	}
	return model.RemoteUnknown, ""
}

// leadRemoteRegions returns the regions a line opening with "Remote" names
// right after it (leadRemoteRegion), or nil.
func leadRemoteRegions(text string) []string {
	if !hasFold(text, "remote") {
		return nil
	}
	for _, m := range leadRemoteRegion.FindAllStringSubmatchIndex(text, 4) {
		if rs := regionList(strings.TrimRight(text[m[2]:m[3]], ".")); len(rs) > 0 {
			return rs
		}
	}
	return nil
}

// leadRemoteIn finds a line opening with "Remote" and a region name
// (leadRemoteRegion); nil when the word after "remote" names no place
// ("Remote sensing, GIS ...").
func leadRemoteIn(text string) []int {
	for _, m := range leadRemoteRegion.FindAllStringSubmatchIndex(text, 4) {
		if len(regionList(strings.TrimRight(text[m[2]:m[3]], "."))) > 0 {
			return m[:2]
		}
	}
	return nil
}
