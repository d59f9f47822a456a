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
	germanHomeDenied = guardRegexpLists(`(?i)\bkeine?n?\s+(?:M(?:ö|oe)glichkeit|Option)\s+(?:zu[mr]?|auf|f(?:ü|ue)r)\s+(?:(?:das|ein(?:en)?)\s+)?(?:Home[- ]?Office|Homeoffice|mobile[nms]?\s+Arbeiten|Remote(?:[- ]?Arbeit|[- ]?Work)?|Telearbeit)\b`,
		[]string{"kein"}, []string{"glichkeit", "option"})
	// germanHomeOption: home office or mobile work as a possibility or an
	// option, not the way the job is done.
	germanHomeOption = guardRegexpLists(`(?i)\b(?:M(?:ö|oe)glichkeit(?:en)?|Option)\s+(?:auf|zu[mr]?|f(?:ü|ue)r)\s+(?:(?:gelegentliche[snm]?|tageweise[snm]?|teilweise[snm]?|flexible[snm]?|anteilige[snm]?)\s+)?(?:Home[- ]?Office|Homeoffice|mobile[snm]?\s+Arbeiten|Remote(?:[- ]?(?:Arbeit|Work))?)\b|`+
		`\bHome[- ]?Office[- ]?Option\b`,
		[]string{"glichkeit", "option"})
	// germanHomeAndOffice: home office (or mobile or remote work) and the
	// office named together as the places of the job.
	germanHomeAndOffice = guardRegexpLists(`(?i)\b(?:Home[- ]?Office|Homeoffice|mobile[nms]?\s+Arbeiten|mobil)\s*(?:und|&|\+|sowie)\s*(?:(?:im|am|in\s+unserem|vor\s+Ort\s+im)\s+)?(?:B(?:ü|ue)ro|Office)\b|`+
		`\b(?:B(?:ü|ue)ro|Office)\s*(?:und|&|\+|sowie)\s*(?:im\s+)?(?:Home[- ]?Office|Homeoffice|mobil\b)`,
		[]string{"ro", "office"}, []string{"und", "&", "+", "sowie"})
	// germanPresenceDays: presence days at the office.
	germanPresenceDays = guardRegexpLists(`(?i)\bPr(?:ä|ae)senz(?:tag|tage|tagen)\b`, []string{"senztag"})
	// presenceRare: presence days counted a month, a quarter or a year (a
	// visit, not a split week), before or after them.
	presenceRareAfter  = regexp.MustCompile(`(?i)^[^.;\n]{0,30}?\b(?:pro|im|je|alle|einmal\s+im|pro\s+Kalender)\s*(?:Monat|Quartal|Halbjahr|Jahr)\b`)
	presenceRareBefore = regexp.MustCompile(`(?i)\b(?:quartalsweise|monatlich|j(?:ä|ae)hrlich|halbj(?:ä|ae)hrlich|vereinzelte|wenige)\s+(?:\p{L}+\s+)?$`)
	// germanModeDays: remote work, home office or mobile work on one to
	// four days: "Remote Work an 1 Tag/ Woche", "Homeoffice für zwei Tage".
	germanModeDays = guardRegexpLists(`(?i)\b(?:remote(?:[- ]?(?:Arbeit|Work))?|Home[- ]?Office|Homeoffice|mobile[sn]?\s+Arbeiten)\s+(?:an|f(?:ü|ue)r|bis\s+zu)\s+(?:[1-4]|ein(?:em|en)?|zwei|drei|vier)\s+Tag(?:e|en)?\b`,
		[]string{"remote", "home", "mobile"}, []string{"tag"})
	modeDaysRare = regexp.MustCompile(`(?i)^[^.;\n]{0,12}?\b(?:pro|im|je|alle)\s*(?:Monat|Quartal|Jahr)\b`)
	// germanWholeRemote: remote said whole in German.
	germanWholeRemote = guardRegexpLists(`(?i)\b(?:vollst(?:ä|ae)ndig|komplett|voll|ausschlie(?:ß|ss)lich|rein|zu\s+100\s*%)\s+(?:remote|im\s+Home[- ]?Office|aus\s+dem\s+Home[- ]?Office|von\s+zu\s*Hause)\b|`+
		`\b(?:du\s+arbeitest|arbeitest\s+du|wir\s+arbeiten|arbeiten\s+wir|ihr\s+arbeitet|Sie\s+arbeiten)\s+remote\b`,
		[]string{"remote", "home", "hause"})
	// germanScopedRemote: remote work or home office scoped to a place:
	// "Remote innerhalb der EU möglich", "remote aus ganz Deutschland",
	// "im Homeoffice innerhalb Deutschlands". The place must be one
	// (foreignPlaceList).
	germanScopedRemote = guardRegexpLists(`(?i)\b(?:remote(?:[- ]?(?:Arbeit|Work))?|Home[- ]?Office|Homeoffice)\s+(?:innerhalb|aus\s+ganz|in\s+ganz|von\s+(?:ü|ue)berall\s+in)\s+(?:der\s+|des\s+|dem\s+|den\s+)?(\p{L}[\p{L}'’ -]{1,30})`,
		[]string{"remote", "home"}, []string{"innerhalb", "ganz", "berall"})
	// wholeWordsBefore: a denial or a choice just before a whole-remote
	// statement ("nicht vollständig remote"), or a choice after it ("voll
	// remote oder in einem unserer Büros").
	wholeDeniedBefore = regexp.MustCompile(`(?i)\b(?:nicht|kein(?:e|en)?|nie)\s+(?:\p{L}+\s+)?$`)
	wholeChoiceAfter  = regexp.MustCompile(`(?i)^\s*(?:oder|bzw\.?|,\s*oder)\b`)
)

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
	home, mobil, remote := containsFold(text, "home"), containsFold(text, "mobil"), containsFold(text, "remote")
	if !home && !mobil && !remote && !containsFold(text, "hause") {
		return ri
	}
	if loc := germanHomeDenied.FindStringIndex(text); loc != nil {
		ri.Remote, ri.Evidence, ri.Regions = model.RemoteOnsite, "text: "+text[loc[0]:loc[1]], []string{}
		return ri
	}
	whole := ri.Remote == model.RemoteRemote && wholeEvidence(ri.Evidence) || germanWholeNearby(text)
	if !whole && germanish(text) {
		if ev := germanSplitWeek(text); ev != "" {
			return withMode(hint, locs, text, model.RemoteHybrid, "text: "+ev)
		}
		if loc := germanHomeOption.FindStringIndex(text); loc != nil {
			return withMode(hint, locs, text, model.RemoteHybrid, "text: "+text[loc[0]:loc[1]])
		}
	}
	if ri.Remote == model.RemoteUnknown && remote || ri.Remote == model.RemoteUnknown && home {
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
	return germanWholeStatement(text) != "" || containsFold(text, "100 %") || containsFold(text, "100%")
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

// germanish reports text that may be German: a letter beyond ASCII or a
// German function word. English text keeps its own readers.
func germanish(text string) bool {
	if !isASCIIText(text) {
		return true
	}
	for _, w := range []string{" und ", " der ", " die ", " das ", " wir ", " mit ", " durch ", " nach ", " bei ", " ist ", " zum ", " zur ", " oder "} {
		if hasFold(text, w) {
			return true
		}
	}
	return false
}

// amenityBefore is an amenity the words "vor Ort" or "sur site" say is at
// the workplace ("Sportangebote direkt vor Ort", "parking sur site"): a
// perk, not the work mode.
var amenityBefore = regexp.MustCompile(`(?i)\b(?:Parkpl(?:ä|ae)tze?|Parkm(?:ö|oe)glichkeit(?:en)?|Kantine|Betriebsrestaurant|Sportangebot\p{L}*|Fitness\p{L}*|Kita|Kinderbetreuung|Verpflegung|Getr(?:ä|ae)nke|Obst|Kaffee|Mittagessen|Betriebsarzt|Gesundheitsangebot\p{L}*|Ladestation(?:en)?|Duschen|parking|restaurant\s+d['’]entreprise|cantine|cr(?:è|e)che|salle\s+de\s+sport|caf(?:é|e)t(?:é|e)ria|conciergerie)\b[^.;:\n]{0,24}$`)

// amenityOnSite reports an amenity just before the on-site words at at.
func amenityOnSite(text string, at int) bool {
	return amenityBefore.MatchString(text[max(0, at-48):at])
}
