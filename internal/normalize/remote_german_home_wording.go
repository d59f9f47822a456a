package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// German home-office wording the other readers read wrongly or not at all
// (round 39s; table tests and traps in remote_german_home_wording_test.go):
//
//   - a denied possibility is on-site: "Wir bieten keine Möglichkeit zum
//     Homeoffice" (foreignRemote saw "Homeoffice" and read remote);
//   - a possibility or an option of home office or mobile work is hybrid,
//     like "Homeoffice möglich": "Möglichkeit auf mobiles Arbeiten",
//     "Home-Office-Option" ("Home Office nach Absprache" stays remote, as
//     onsite_cues_test.go pins it);
//   - home office and the office together are hybrid: "flexible
//     Arbeitszeiten im Homeoffice und Büro", remote work with presence days
//     ("Remote-Arbeit und Präsenztage"; presence days a quarter or a year are
//     visits), remote work on one to four days ("Remote Work an 1 Tag pro
//     Woche");
//   - remote said whole in German is remote: "Die Stelle ist vollständig
//     remote", "Du arbeitest komplett remote", and remote work scoped to a
//     country, even when only "möglich": "Remote innerhalb der EU möglich",
//     "Du arbeitest remote aus ganz Deutschland" (the place follows from
//     region_sentence_foreign.go);
//   - "Home Office" as one item of a bulleted location ("CLT • Senior •
//     Home Office", Brazilian boards) is remote.
//
// A reading from the listing's own workplace field is left alone.
var (
	// germanHomeDenied: no possibility of home office.
	germanHomeDenied = newKeyRegexp(`(?i)\bkeine?n?\s+(?:M(?:ö|oe)glichkeit|Option)\s+(?:zu[mr]?|auf|f(?:ü|ue)r)\s+(?:(?:das|ein(?:en)?)\s+)?(?:Home[- ]?Office|Homeoffice|mobile[nms]?\s+Arbeiten|Remote(?:[- ]?Arbeit|[- ]?Work)?|Telearbeit)\b`, 2, 80,
		deniedKeys...)
	// germanHomeOption: home office or mobile work as a possibility, an
	// option or a share, not the way the job is done.
	germanHomeOption = newKeyRegexp(`(?i)\bM(?:ö|oe)glichkeit(?:en)?\s+(?:auf|zu[mr]?|f(?:ü|ue)r)\s+(?:(?:gelegentliche[snm]?|tageweise[snm]?|teilweise[snm]?|flexible[snm]?|anteilige[snm]?)\s+)?(?:Home[- ]?Office|Homeoffice|mobile[snm]?\s+Arbeiten|Remote(?:[- ]?(?:Arbeit|Work))?)\b|`+
		`\bHome[- ]?Office-Option\b|\bHomeoffice-Option\b|`+
		`\b(?:Home[- ]?Office|Homeoffice|Remote)[- ]?Anteil\b|\bAnteil\s+(?:an\s+)?(?:Home[- ]?Office|Homeoffice|mobilem\s+Arbeiten|Remote[- ]?Arbeit)\b`, 14, 70,
		homeOptionKeys...)
	// romanceHomeOption: the same possibility in Spanish, Portuguese,
	// French, Italian and Dutch: "posibilidad de teletrabajo",
	// "possibilidade de home office", "possibilité de télétravail",
	// "possibilità di smart working", "mogelijkheid tot thuiswerken".
	romanceHomeOption = newKeyRegexp(`(?i)\bposibilidad(?:es)?\s+de\s+(?:hacer\s+)?(?:teletrabajo|trabajo\s+(?:en\s+)?remoto|trabajar\s+(?:en\s+)?remoto|home\s*office)\b|`+
		`\bpossibilidades?\s+de\s+(?:home\s*office|trabalho\s+remoto|teletrabalho|trabalhar\s+remotamente)\b|`+
		`\bpossibilit(?:é|e)s?\s+de\s+(?:faire\s+du\s+)?(?:t(?:é|e)l(?:é|e)travail|travailler\s+(?:à|a)\s+distance)\b|`+
		`\bpossibilit(?:à|a)\s+di\s+(?:fare\s+)?(?:smart\s+working|lavoro\s+(?:da\s+)?remoto|lavorare\s+(?:da\s+)?remoto)\b|`+
		`\bmogelijkheid\s+(?:tot|om)\s+(?:thuis\s*(?:te\s+)?werken|thuiswerken|hybride?\s+werken)\b`, 2, 60,
		romanceOptionKeys...)
	// romanceWhole: remote said whole in these languages; an option beside
	// it does not narrow the role. Searched only once an option is found.
	romanceWhole = guardRegexpLists(`(?i)\bt(?:é|e)l(?:é|e)travail\s+(?:complet|total|int(?:é|e)gral)|\bfull[- ]remote\b|\b(?:totalmente|completamente|100\s*%)\s+(?:remot[oa]|en\s+remoto|da\s+remoto|home\s*office|a\s+distancia|(?:à|a)\s+distance|en\s+t(?:é|e)l(?:é|e)travail)|\bremot[oa]\s+al\s+100|\bteletrabajo\s+(?:total|completo|al\s+100\s*%)|\bteletrabalho\s+(?:total|integral|completo|a\s+100\s*%)`,
		[]string{"travail", "remote", "remot", "home", "distan", "teletrabaj", "teletrabal"})
	// wholeRemoteMore: remote said whole in Italian, Dutch and Portuguese:
	// "Smart working al 100%", "volledig remote", "Vaga 100% home office"
	// (foreignPlace skips a home office in ASCII text).
	wholeRemoteMore = newKeyRegexp(`(?i)\bsmart\s+working\s+(?:al\s+|per\s+il\s+)?100\s*%|\b100\s*%\s+(?:in\s+)?smart\s+working\b|\bfull\s+smart\s+working\b|\b(?:volledig|helemaal)\s+(?:remote|thuis\s*(?:werken)?|vanuit\s+huis)\b|\b100\s?%\s?(?:em\s|en\s)?home[- ]?office\b|\bhome[- ]?office\s100\s*%`, 20, 30,
		wholeMoreKeys...)
	// germanHomeAndOffice: home office or mobile work and the office named
	// together as the places of the job.
	germanHomeAndOffice = newKeyRegexp(`(?i)\b(?:Home[- ]?Office|Homeoffice|mobile[nms]?\s+Arbeiten|mobil)\s*(?:und|&|\+|sowie)\s*(?:(?:im|am|in\s+unserem|vor\s+Ort\s+im)\s+)?B(?:ü|ue)ro\b|`+
		`\bB(?:ü|ue)ro\s*(?:und|&|\+|sowie)\s*(?:im\s+)?(?:Home[- ]?Office|Homeoffice|mobil\b)`, 50, 40,
		homeAndOfficeKeys...)
	// germanPresenceDays: presence days at the office.
	germanPresenceDays = newKeyRegexp(`(?i)\bPr(?:ä|ae)senz(?:tag|tage|tagen)\b`, 8, 8, presenceKeys...)
	// presenceRare: presence days counted a month, a quarter or a year (a
	// visit, not a split week), before or after them.
	presenceRareAfter  = regexp.MustCompile(`(?i)^[^.;\n]{0,30}?\b(?:pro|im|je|alle|einmal\s+im|pro\s+Kalender)\s*(?:Monat|Quartal|Halbjahr|Jahr)\b`)
	presenceRareBefore = regexp.MustCompile(`(?i)\b(?:quartalsweise|monatlich|j(?:ä|ae)hrlich|halbj(?:ä|ae)hrlich|vereinzelte|wenige)\s+(?:\p{L}+\s+)?$`)
	// germanModeDays: remote work, home office or mobile work on one to
	// four days: "Remote Work an 1 Tag/ Woche", "Homeoffice für zwei Tage".
	germanModeDays = newKeyRegexp(`(?i)\b(?:remote(?:[- ]?(?:Arbeit|Work))?|Home[- ]?Office|Homeoffice|mobile[sn]?\s+Arbeiten)\s+(?:an|f(?:ü|ue)r|bis\s+zu)\s+(?:[1-4]|ein(?:em|en)?|zwei|drei|vier)\s+Tag(?:e|en)?\b`, 50, 4,
		modeDaysKeys...)
	modeDaysRare = regexp.MustCompile(`(?i)^[^.;\n]{0,12}?\b(?:pro|im|je|alle)\s*(?:Monat|Quartal|Jahr)\b`)
	// germanWholeRemote: remote said whole in German.
	germanWholeRemote = newKeyRegexp(`(?i)\b(?:vollst(?:ä|ae)ndig|komplett|voll|ausschlie(?:ß|ss)lich|rein|zu\s+100\s*%)\s+(?:remote|im\s+Home[- ]?Office|aus\s+dem\s+Home[- ]?Office|von\s+zu\s*Hause)\b|`+
		`\b(?:du\s+arbeitest|arbeitest\s+du|wir\s+arbeiten|arbeiten\s+wir|ihr\s+arbeitet|Sie\s+arbeiten)\s+remote\b`, 30, 30,
		wholeRemoteKeys...)
	// germanScopedRemote: remote work or home office scoped to a place:
	// "Remote innerhalb der EU möglich", "remote aus ganz Deutschland",
	// "im Homeoffice innerhalb Deutschlands". The place must be one
	// (foreignPlaceList).
	germanScopedRemote = newKeyRegexp(`(?i)\b(?:remote(?:[- ]?(?:Arbeit|Work))?|Home[- ]?Office|Homeoffice)\s+(?:innerhalb|aus\s+ganz|in\s+ganz|von\s+(?:ü|ue)berall\s+in)\s+(?:der\s+|des\s+|dem\s+|den\s+)?(\p{L}[\p{L}'’ -]{1,30})`, 24, 50,
		scopedRemoteKeys...)
	// wholeDeniedBefore: a denial just before a whole-remote statement
	// ("nicht vollständig remote"); wholeChoiceAfter: a choice after it
	// ("voll remote oder in einem unserer Büros").
	wholeDeniedBefore = regexp.MustCompile(`(?i)\b(?:nicht|kein(?:e|en)?|nie)\s+(?:\p{L}+\s+)?$`)
	wholeChoiceAfter  = regexp.MustCompile(`(?i)^\s*(?:oder|bzw\.?|,\s*oder)\b`)
)

// The key words of the regexps above (three bytes or more: they join the
// shared key scan), and homeWordingKeys, all of them: a text holding none
// is passed by in one look at its key hits rather than one a regexp.
var (
	deniedKeys        = []string{"kein"}
	homeOptionKeys    = []string{"glichkeit", "-option", "anteil"}
	romanceOptionKeys = []string{"posibilidad", "possibilid", "possibilité", "possibilite", "possibilità", "possibilita d", "mogelijkheid"}
	wholeMoreKeys     = []string{"smart working", "volledig", "helemaal", "% home", "%home", "% em home", "% en home", "office 100"}
	homeAndOfficeKeys = []string{"büro", "buero"}
	presenceKeys      = []string{"senztag"}
	modeDaysKeys      = []string{" tag ", " tage", " tag/", " tagen"}
	wholeRemoteKeys   = []string{"vollst", "komplett", "voll ", "ausschlie", "rein ", "zu 100", "arbeitest", "arbeiten", "arbeitet"}
	scopedRemoteKeys  = []string{"innerhalb", "aus ganz", "in ganz", "berall in"}
	homeWordingKeys   = keyGate(deniedKeys, homeOptionKeys, romanceOptionKeys, wholeMoreKeys, homeAndOfficeKeys, presenceKeys, modeDaysKeys, wholeRemoteKeys, scopedRemoteKeys)
)

// keyGate is a key regexp matching any of the keys of the lists; its use
// is hasKeyHit, which reads the shared key scan's hits and runs no regexp.
func keyGate(lists ...[]string) *keyRegexp {
	var keys, quoted []string
	for _, l := range lists {
		for _, k := range l {
			keys = append(keys, k)
			quoted = append(quoted, regexp.QuoteMeta(k))
		}
	}
	return newKeyRegexp(`(?i)`+strings.Join(quoted, "|"), 0, 0, keys...)
}

// reviseGermanHomeWording applies the readers above to a reading not taken
// from the listing's own workplace field.
func reviseGermanHomeWording(hint string, locs []string, text string, ri RemoteInfo) RemoteInfo {
	if fromStructured(ri) {
		return ri
	}
	if ri.Remote == model.RemoteUnknown {
		if ev := bulletHomeOffice(locs); ev != "" {
			return withMode(hint, locs, text, model.RemoteRemote, "location: "+ev)
		}
	}
	if text == "" || ri.Remote == model.RemoteOnsite || ri.Remote == model.RemoteHybrid {
		return ri
	}
	if !hasKeyHit(homeWordingKeys, text) {
		return ri
	}
	if loc := germanHomeDenied.FindStringIndex(text); loc != nil {
		ri.Remote, ri.Evidence, ri.Regions = model.RemoteOnsite, "text: "+text[loc[0]:loc[1]], []string{}
		return ri
	}
	evWhole := ri.Remote == model.RemoteRemote && wholeEvidence(ri.Evidence)
	if !evWhole && !germanWholeNearby(text) {
		if ev := germanSplitWeek(text); ev != "" {
			return withMode(hint, locs, text, model.RemoteHybrid, "text: "+ev)
		}
		if loc := germanHomeOption.FindStringIndex(text); loc != nil {
			return withMode(hint, locs, text, model.RemoteHybrid, "text: "+text[loc[0]:loc[1]])
		}
	}
	if !evWhole {
		if loc := romanceHomeOption.FindStringIndex(text); loc != nil && romanceWhole.FindStringIndex(text) == nil {
			return withMode(hint, locs, text, model.RemoteHybrid, "text: "+text[loc[0]:loc[1]])
		}
	}
	if ri.Remote == model.RemoteUnknown {
		if loc := wholeRemoteMore.FindStringIndex(text); loc != nil {
			return withMode(hint, locs, text, model.RemoteRemote, "text: "+text[loc[0]:loc[1]])
		}
		if ev := germanWholeStatement(text); ev != "" {
			return withMode(hint, locs, text, model.RemoteRemote, "text: "+ev)
		}
	}
	return ri
}

// withMode is ri read anew as mode r with its evidence: the regions of a
// remote or hybrid reading as ParseRemote reads them.
func withMode(hint string, locs []string, text string, r model.Remote, ev string) RemoteInfo {
	out := RemoteInfo{Remote: r, Evidence: ev, Regions: []string{}}
	if r == model.RemoteRemote || r == model.RemoteHybrid {
		out.Regions = remoteRegions(hintLocations(hint, locs), text)
	}
	return out
}

// wholeEvidence reports evidence that says the whole job is remote ("100 %
// Homeoffice", "vollständig remote"): home and office wording beside it is
// not a split week.
func wholeEvidence(ev string) bool {
	for _, w := range []string{"100", "vollst", "komplett", "ausschlie", "rein", "voll ", "full", "fully", "whole", "only"} {
		if containsFold(ev, w) {
			return true
		}
	}
	return false
}

// germanSplitWeek returns the wording that splits the week between home
// and office, or "".
func germanSplitWeek(text string) string {
	if loc := germanHomeAndOffice.FindStringIndex(text); loc != nil {
		return text[loc[0]:loc[1]]
	}
	for _, loc := range germanPresenceDays.FindAllStringIndex(text, 4) {
		if presenceRareAfter.MatchString(text[loc[1]:]) || presenceRareBefore.MatchString(text[max(0, loc[0]-40):loc[0]]) {
			continue // "2 Präsenztage pro Quartal": a visit
		}
		if containsFold(text, "remote") || containsFold(text, "home") || containsFold(text, "mobil") {
			return text[loc[0]:loc[1]]
		}
	}
	for _, loc := range germanModeDays.FindAllStringIndex(text, 4) {
		if !modeDaysRare.MatchString(text[loc[1]:]) {
			return text[loc[0]:loc[1]]
		}
	}
	return ""
}

// germanWholeNearby reports a whole-remote statement anywhere in text,
// which an option of home office beside it does not narrow.
func germanWholeNearby(text string) bool {
	return germanWholeStatement(text) != "" || strings.Contains(text, "100 %") || strings.Contains(text, "100%")
}

// germanWholeStatement returns remote said whole, or scoped to a place, in
// German; "" when there is none (or it is denied or offered as one choice).
func germanWholeStatement(text string) string {
	for _, loc := range germanWholeRemote.FindAllStringIndex(text, 4) {
		if wholeDeniedBefore.MatchString(text[max(0, loc[0]-20):loc[0]]) || wholeChoiceAfter.MatchString(text[loc[1]:]) {
			continue
		}
		return text[loc[0]:loc[1]]
	}
	for _, m := range germanScopedRemote.FindAllStringSubmatchIndex(text, 4) {
		if foreignPlaceList(text[m[2]:]) != nil {
			return strings.TrimSpace(text[m[0]:m[1]])
		}
	}
	return ""
}

// bulletHomeOffice returns the location whose bulleted items include
// "Home Office" alone ("CLT • Senior • Home Office"), or "".
func bulletHomeOffice(locs []string) string {
	for _, loc := range locs {
		if !strings.Contains(loc, "•") && !strings.Contains(loc, "·") {
			continue
		}
		for _, item := range strings.FieldsFunc(loc, func(r rune) bool { return r == '•' || r == '·' }) {
			switch strings.ToLower(strings.TrimSpace(item)) {
			case "home office", "home-office", "homeoffice":
				return strings.TrimSpace(loc)
			}
		}
	}
	return ""
}

// amenityBefore is an amenity the words "vor Ort" or "sur site" say is at
// the workplace ("Sportangebote direkt vor Ort", "parking sur site"): a
// perk, not the work mode.
var amenityBefore = regexp.MustCompile(`(?i)\b(?:Parkpl(?:ä|ae)tze?|Parkm(?:ö|oe)glichkeit(?:en)?|Kantine|Betriebsrestaurant|Sportangebot\p{L}*|Fitness\p{L}*|Kita|Kinderbetreuung|Verpflegung|Getr(?:ä|ae)nke|Obst|Kaffee|Mittagessen|Betriebsarzt|Gesundheitsangebot\p{L}*|Ladestation(?:en)?|Duschen|parking|restaurant\s+d['’]entreprise|cantine|cr(?:è|e)che|salle\s+de\s+sport|caf(?:é|e)t(?:é|e)ria|conciergerie)\b[^.;:\n]{0,24}$`)

// amenityOnSite reports an amenity just before the on-site words at at.
func amenityOnSite(text string, at int) bool {
	return amenityBefore.MatchString(text[max(0, at-48):at])
}

// hasKeyHit reports whether s holds one of k's keys.
func hasKeyHit(k *keyRegexp, s string) bool {
	var buf [4][2]int
	return len(k.appendWindows(buf[:0], s)) > 0
}
