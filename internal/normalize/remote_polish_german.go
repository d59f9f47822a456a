package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Workplace wording (table tests in
// remote_polish_german_test.go): Polish place-of-work words, German partial or
// place-free work, and a remote note naming its country at the start of a
// line.
var (
	// titlePlaceNote is a title's place-of-work note that titleWhere would
	// read wrongly or not at all: partial remote work ("Teilweise remote",
	// "partially remote": hybrid, where titleWhere sees "remote"), a German
	// or Polish note with no English word ("ortsunabhängig", "praca
	// zdalna", "hybrydowa", "stacjonarna").
	titlePlaceNote = regexp.MustCompile(`(?i)\b(?:teilweises?|partially|partly)\s+(?:remote|home[- ]?office)\b|\bortsunabh[äa]ngig\p{L}*|\bzdaln(?:a|ie|y|ej)\b|\bhybrydow(?:a|o|y|ej)\b|\bstacjonarn(?:a|ie|y|ej)\b|\bkein(?:e|en)?\s+(?:remote|home[- ]?office|mobiles arbeiten)\b`)

	// The same wording in a location or workplace field, by what it says:
	// denied home work ("kein Homeoffice", "keine Remote-Arbeit"), partial
	// home work or Polish hybrid, Polish or place-free remote, Polish
	// on-site work.
	locDenyExtra   = regexp.MustCompile(`(?i)\bkein(?:e|en)?\s+(?:remote|home[- ]?office|mobiles arbeiten)\b`)
	locHybridExtra = regexp.MustCompile(`(?i)\bhybrydow(?:a|o|y|ej)\b|\b(?:teilweises?|partially|partly)\s+(?:remote|home[- ]?office)\b`)
	locRemoteExtra = regexp.MustCompile(`(?i)\bzdaln(?:a|ie|y|ej)\b|\bortsunabh[äa]ngig`)
	locOnsiteExtra = regexp.MustCompile(`(?i)\bstacjonarn(?:a|ie|y|ej)\b`)

	// foreignPlaceExtra is body wording in German and Polish: partial home
	// work ("teilweise Homeoffice", "teilweise remote möglich": hybrid),
	// work tied to no place ("ortsunabhängiges Arbeiten") and French
	// boards' "full remote" ("Mission en full remote": remote), Polish
	// remote ("praca zdalna", "w pełni zdalnie"), hybrid ("praca
	// hybrydowa", "model hybrydowy") and on-site work ("praca
	// stacjonarna"). Searched only in a text holding one of its key words
	// (mayForeignPlaceWord): as a key regexp its keys would join the
	// shared key scan every text pays for.
	foreignPlaceExtra = regexp.MustCompile(`(?i)(\bteilweises?\s+(?:remote|home[- ]?office|mobiles?\s+arbeiten)\b)|(\bortsunabh[äa]ngig\p{L}*|\bfull[- ]remote\b|\bprac(?:a|ę|e|y)\s+zdaln\p{L}*|(?:\bw\s+pe[łl]ni|100\s?%)\s+zdaln\p{L}*)|(\bprac(?:a|ę|e|y)\s+hybrydow\p{L}*|\b(?:model|tryb|system)\p{L}*\s+hybrydow\p{L}*)|(\bprac(?:a|ę|e|y)\s+stacjonarn\p{L}*)`)
	// polishOption is a Polish "possibility of" before remote work
	// ("możliwość pracy zdalnej"): an option, not the way the job is done.
	polishOption = regexp.MustCompile(`(?i)mo(?:ż|z)liwo(?:ś|s)(?:ć|c|ci(?:ą|a)?)\s*$`)

	// leadRemoteRegion is a line opening with a remote note that names its
	// country before any punctuation: "Remote US, must live in the US",
	// "Remote Canada - full time". leadRemote needs punctuation right after
	// "remote"; the word here must name a region (see leadRemoteIn).
	leadRemoteRegion = regexp.MustCompile(`(?im)^[ \t]*(?:fully\s+|100%\s+)?remote[ \t]+([\p{L}.]{2,20}(?:[ \t]+[\p{L}.]{2,20})?)[ \t]*(?:[-–—:,;.|(]|$)`)
)

// extraPlaceKeys are words one of which every match of titlePlaceNote
// and the loc*Extra regexps holds; a text without any is not searched.
var extraPlaceKeys = []string{"zdaln", "hybrydow", "stacjonarn", "teilweise", "partly", "partially", "ortsunabh", "kein"}

// mayHaveExtraPlace reports whether s holds one of extraPlaceKeys
// (ignoring ASCII case), in one pass over s.
func mayHaveExtraPlace(s string) bool { return extraPlaceScan.in(s) }

var extraPlaceScan = newFoldWords(extraPlaceKeys...)

// titleNote returns the part of a title naming its place of work in the
// wording titlePlaceNote knows, or "".
func titleNote(title string) string {
	if !mayHaveExtraPlace(title) {
		return ""
	}
	return titlePlaceNote.FindString(title)
}

// extraLocPlace reads a location or workplace field in the wording of the
// loc*Extra regexps; unknown when it holds none.
func extraLocPlace(loc string) model.Remote {
	if r := modeFieldWord(loc); r != model.RemoteUnknown {
		return r // "Présentiel", "Parcialmente remoto" (workmode_field_words_more.go)
	}
	if r := atsExportWholeMode(loc); r != model.RemoteUnknown {
		return r // "Teilremote", "von zu Hause" (remote_modes_ats_exports.go)
	}
	if r := locationPartMode(loc); r != model.RemoteUnknown {
		return r // "Semipresencial - Lima", "Mixto, Bogotá" (workmode_location_parts.go)
	}
	if r := shortModeValue(loc, false); r != model.RemoteUnknown {
		return r // "não remoto", "częściowo zdalna", "Mix of office and remote" (workmode_short_values.go)
	}
	if !mayHaveExtraPlace(loc) {
		return model.RemoteUnknown
	}
	switch {
	case locDenyExtra.MatchString(loc):
		return model.RemoteOnsite
	case locHybridExtra.MatchString(loc):
		return model.RemoteHybrid
	case locRemoteExtra.MatchString(loc):
		return model.RemoteRemote
	case locOnsiteExtra.MatchString(loc):
		return model.RemoteOnsite
	}
	return model.RemoteUnknown
}

// foreignPlaceWords reads foreignPlaceExtra's wording; unknown when there
// is none. On-site wording counts only in a text with no remote or home
// word.
func foreignPlaceWords(text string) (model.Remote, string) {
	if !mayForeignPlaceWord(text) {
		return model.RemoteUnknown, ""
	}
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

// remoteForeignWord reports a literal word every match of
// locRemoteForeign holds: "remot" (remoto, remota), "travail"
// (télétravail), "trabajo" (teletrabajo).
func remoteForeignWord(loc string) bool {
	return containsFold(loc, "remot") || containsFold(loc, "travail") || containsFold(loc, "trabajo")
}

// mayRemoteWord reports a literal word that every match of locRemote
// holds, in one pass: "remote", "anywhere", "worldwide", "wfh",
// "telecommut", "telewor" (telework), "tributed" (distributed), "home"
// (work from home, home-based), "virtual", "global". None of them has a
// letter that case-folds beyond ASCII (k and s do, so "telework" and
// "distributed" are checked without them).
func mayRemoteWord(s string) bool { return remoteKeys.in(s) }

var remoteKeys = newFoldWords("remote", "anywhere", "worldwide", "wfh", "telecommut", "telewor", "tributed", "home", "virtual", "global")

// mayOnsiteWord reports a literal word that every match of locOnsite,
// locOnsiteWords, officeWeek, locOfficeOnly and locOnsiteForeign holds,
// in one pass: "ite" (on-site, on site, sur site), "office", "per"
// (in-person), "remote" (not remote), "wfo", "encial" (presencial), "ort"
// (vor Ort); none with a letter that case-folds beyond ASCII.
func mayOnsiteWord(s string) bool { return onsiteKeys.in(s) }

var onsiteKeys = newFoldWords("ite", "office", "ort", "per", "remote", "wfo", "encial")

// noRemoteIn is locNoRemote's match in a title, searched only in a title
// holding "remote" (every match does).
func noRemoteIn(title string) string {
	if !containsFold(title, "remote") || !mayNoRemote(title) { // guard_location.go
		return ""
	}
	return locNoRemote.FindString(title)
}

// titleWhereIn is titleWhere's match in a title, searched only in a title
// holding "remote" or "hybrid" (every match holds one).
func titleWhereIn(title string) string {
	if !containsFold(title, "remote") && !containsFold(title, "hybrid") {
		return ""
	}
	if m := titleWhere.FindString(title); m != "" {
		return m
	}
	return titleWhereHyphenated(title) // "(Remote - Royaume-Uni)" (remote_title_hyphen.go)
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

// mayForeignPlaceWord reports, in one pass, a word every match of
// foreignPlaceExtra holds: "teilwei" (teilweise), "unabh"
// (ortsunabhängig), "zdaln", "hybrydow", "tacjonarn" (stacjonarna), "full
// remote" or "full-remote". They leave out s and k, which (?i) also
// matches beyond ASCII (ſ, the Kelvin sign).
func mayForeignPlaceWord(s string) bool { return foreignPlaceKeys.in(s) }

var foreignPlaceKeys = newFoldWords("teilwei", "tacjonarn", "unabh", "zdaln", "hybrydow", "full remote", "full-remote")

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

// foldWords finds in one pass whether a text holds one of a few lower-case
// ASCII words, ignoring ASCII case: each byte is tried only against the
// words that start with it.
type foldWords [256][]string

func newFoldWords(words ...string) *foldWords {
	var w foldWords
	for _, word := range words {
		c := word[0]
		w[c] = append(w[c], word)
		if c >= 'a' && c <= 'z' {
			w[c-'a'+'A'] = append(w[c-'a'+'A'], word)
		}
	}
	return &w
}

func (w *foldWords) in(s string) bool {
	for i := 0; i < len(s); i++ {
		for _, word := range w[s[i]] {
			if hasPrefixFold(s[i:], word) {
				return true
			}
		}
	}
	return false
}
