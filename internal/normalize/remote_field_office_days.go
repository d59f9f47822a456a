package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Round 49h: office days and home-office shares written in a work-mode
// field (a remote-policy value or a location) without the word hybrid.
//
// A weekly count of one to four office or home days ("2 dni w biurze",
// "3 Tage im Büro", "deux jours sur site", "3 días en oficina"), a
// home-office share below 100 % ("60 % Homeoffice"), a Japanese schedule
// ("リモート週2", "週1〜2日在宅", "不定期出社") and a few labels of a mixed
// week ("modalidad mixta", "flex office") describe a hybrid week.
var (
	// weekDayCount is a count of one to four days (a range too) followed by
	// the place or mode of those days, in Polish, Czech, Dutch, German,
	// French, Spanish, Portuguese and Italian.
	weekDayCount = lazyRe(weekDayCountExpr)
	// homeShare is a home-office or remote share of 1-99 %.
	homeShare = lazyRe(`(?i)(?:^|[^\d,.])([1-9]\d?)\s*%\s*(?:homeoffice|home[- ]office|remote|mobiles?\s+arbeiten|télétravail|teletrabajo|remoto|teletrabalho|zdaln\w*|thuiswerk\w*)`)
	// japaneseWeekSchedule is a Japanese office or home schedule by the week or
	// month: "リモート週2", "出社週3日", "週3出勤", "週3～4日在宅",
	// "週1〜2日リモート", "不定期出社", "必要時出社", "週数回出社".
	japaneseWeekSchedule = lazyRe(`(?:リモート|在宅|出社|出勤)\s*週\s*[1-4１-４]|週\s*[1-4１-４]\s*(?:日|回)?\s*出勤|週\s*[1-4１-４]\s*[〜~～\-ー]\s*[1-4１-４]\s*(?:日|回)?\s*(?:程度)?\s*(?:の)?\s*(?:在宅|リモート)|週\s*[1-4１-４]\s*(?:日|回)?\s*(?:リモート|在宅)\s*[、,，]?\s*(?:残り|その他)|不定期出社|必要時出社|(?:週|月)\s*数回(?:の)?出社`)
	// mixedWeekLabel is a label of a mixed week.
	mixedWeekLabel = lazyRe(mixedWeekLabelExpr)
)

// The expressions of weekDayCount and mixedWeekLabel. In a description they are
// found around their own words by the shared key scan (keyre.go) rather
// than by a search of every remote text for each gate word (those searches
// were some 17,000 instructions a listing).
const (
	weekDayCountExpr = `(?i)(?:^|[^\p{L}\d])` +
		`(?:[1-4](?:\s*(?:-|–|/|do|bis|à|a|o|ou|lub|nebo|of)\s*[1-4])?` +
		`|jeden|jednego|dwa|dwóch|trzy|cztery|dva|tři|čtyři|een|één|twee|drie|vier|ein|einen|zwei|drei|un|une|deux|trois|quatre|uno|dos|tres|cuatro|um|dois|duas|três|quatro|due|tre|quattro)\s+` +
		`(?:` +
		`(?:dni|dzień|dnia)\s+(?:(?:w\s+)?tygodniu\s+|tygodniowo\s+)?(?:w|z)\s+biur(?:ze|a)` +
		`|(?:dny|den|dní)\s+(?:(?:v\s+)?týdnu\s+|týdně\s+)?(?:v|z)\s+kancelář[ie]` +
		`|dag(?:en)?\s+(?:per\s+week\s+)?(?:op|naar)\s+(?:het\s+)?kantoor` +
		`|(?:tage?|tagen)\s+(?:pro\s+woche\s+|die\s+woche\s+|wöchentlich\s+)?(?:im\s+büro|vor\s+ort|präsenz|homeoffice|home[- ]office|mobil(?:es\s+arbeiten)?)` +
		`|jours?\s+(?:par\s+semaine\s+)?(?:sur\s+site|au\s+bureau|en\s+présentiel|de\s+présentiel|de\s+télétravail|en\s+télétravail)` +
		`|días?\s+(?:a\s+la\s+semana\s+|por\s+semana\s+|semanales\s+)?(?:en\s+(?:la\s+)?oficina|presenciales?|de\s+teletrabajo|de\s+home\s+office)` +
		`|dias?\s+(?:por\s+semana\s+)?(?:no\s+escritório|presenciais|de\s+teletrabalho|em\s+home\s+office)` +
		`|giorni?\s+(?:a\s+settimana\s+|alla\s+settimana\s+)?(?:in\s+ufficio|in\s+sede|da\s+remoto|di\s+smart\s+working)` +
		`)(?:[^\p{L}]|$)`
	mixedWeekLabelExpr = `(?i)\b(?:modalidad\s+mixta|modalidad\s+mixto|flex\s+office|parte\s+de\s+la\s+jornada\s+a\s+distancia)\b`
)

var (
	weekDayCountText   = newPlainKeyRegexp(weekDayCountExpr, 48, 48, "biur", "kancel", "kantoor", "b\u00fcro", "homeoffice", "jours", "d\u00edas", "dias ", "giorn")
	mixedWeekLabelText = newPlainKeyRegexp(mixedWeekLabelExpr, 8, 48, "modalidad", "flex office", "jornada")
)

// weekDayCountGates are the literal gates of weekDayCount in a short field:
// its place or mode words (lower case; hasFold folds the text).
var (
	weekDayCountGates = []string{"biur", "kancel", "kantoor", "büro", "vor ort", "präsenz", "homeoffice", "home-office", "home office", "mobil", "jour", "días", "dia", "giorn"}
)

// fieldHybridWeek reads one short work-mode field (a remote hint or a
// location) for the shapes above.
func fieldHybridWeek(f string) (string, bool) {
	if f == "" || len(f) > 200 {
		return "", false
	}
	if ev, ok := homeShareIn(f); ok {
		return ev, true
	}
	if ev, ok := weekDayCountIn(f, weekDayCountGates); ok {
		return ev, true
	}
	if !isASCIIText(f) && (strings.Contains(f, "週") || strings.Contains(f, "出社")) {
		if m := japaneseWeekSchedule().FindStringIndex(f); m != nil {
			return f[m[0]:m[1]], true
		}
	}
	if hasFold(f, "mixt") || hasFold(f, "flex office") || hasFold(f, "jornada") {
		if m := mixedWeekLabel().FindStringIndex(f); m != nil {
			return f[m[0]:m[1]], true
		}
	}
	return "", false
}

// homeShareIn finds homeShare in a short window around each percent
// sign of s (at most eight), so a long description is never scanned whole.
func homeShareIn(s string) (string, bool) {
	for n, from := 0, 0; n < 8; n++ {
		i := strings.IndexByte(s[from:], '%')
		if i < 0 {
			return "", false
		}
		i += from
		from = i + 1
		if !homeShareCue(s, i) {
			continue
		}
		w := s[max(0, i-4):min(len(s), i+32)]
		if m := homeShare().FindStringIndex(w); m != nil {
			return strings.TrimSpace(w[m[0]:m[1]]), true
		}
	}
	return "", false
}

// homeShareCue is a cheap look at the bytes around a percent sign at i:
// a digit just before it (a space between allowed) and, after it, a word
// starting like one of homeShare's mode words.
func homeShareCue(s string, i int) bool {
	j := i - 1
	if j >= 0 && s[j] == ' ' {
		j--
	}
	if j < 0 || s[j] < '0' || s[j] > '9' {
		return false
	}
	k := i + 1
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if k >= len(s) {
		return false
	}
	switch s[k] | 0x20 {
	case 'h', 'r', 'm', 't', 'z':
		return true
	}
	return false
}

// weekDayCountIn finds weekDayCount in a short field s, gated by its place
// words (folded).
func weekDayCountIn(s string, gates []string) (string, bool) {
	if !containsAnyFold(s, gates) {
		return "", false
	}
	if m := weekDayCount().FindStringIndex(s); m != nil {
		return strings.TrimSpace(strings.Trim(s[m[0]:m[1]], " ,.;:()")), true
	}
	return "", false
}

// reviseHybridWeekFields turns the reading hybrid when the remote hint or a
// location states office days or a partial home-office share, and turns
// a remote reading hybrid when the description states them (unless a
// structured remote flag gave that reading: the workplace field decides).
func reviseHybridWeekFields(hint string, locations []string, text string, info RemoteInfo) RemoteInfo {
	if info.Remote == model.RemoteHybrid {
		return info
	}
	if ev, ok := fieldHybridWeek(hint); ok {
		info.Remote, info.Evidence = model.RemoteHybrid, "structured: "+ev
		return info
	}
	for _, l := range locations {
		if ev, ok := fieldHybridWeek(l); ok {
			info.Remote, info.Evidence = model.RemoteHybrid, "location: "+ev
			return info
		}
	}
	if info.Remote != model.RemoteRemote || text == "" || hintRemote(hint) == model.RemoteRemote {
		return info // a structured remote flag decides over office days in the description
	}
	if ev, ok := homeShareIn(text); ok {
		info.Remote, info.Evidence = model.RemoteHybrid, "text: "+ev
		return info
	}
	if m := weekDayCountText.FindStringIndex(text); m != nil {
		info.Remote, info.Evidence = model.RemoteHybrid, "text: "+strings.TrimSpace(strings.Trim(text[m[0]:m[1]], " ,.;:()"))
		return info
	}
	if m := mixedWeekLabelText.FindStringIndex(text); m != nil {
		info.Remote, info.Evidence = model.RemoteHybrid, "text: "+text[m[0]:m[1]]
	}
	return info
}
