package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Workplace wording (table tests in remote_foreign_fields_test.go).
var (
	// locHybridForeign and locOnsiteForeign are a location's hybrid or
	// on-site note in Spanish, Portuguese, French or German: "Híbrido -
	// Porto", "Ibrido · Milano", "Madrid, España (Presencial)", "Paris
	// (hybride)", "Berlin, vor Ort".
	locHybridForeign = regexp.MustCompile(`(?i)\bh[íi]brid[oa]s?\b|\bibrid[oa]\b|\bhybride\b`)
	locOnsiteForeign = newCueRegexp(`(?i)\bpresencial\b|\bsur site\b|\bvor[- ]ort\b`)
	// hintRemoteWords, hintOnsiteWords: a structured workplace value in
	// other wording: "home office", "làm việc từ xa" (Vietnamese: work
	// from afar), "vor Ort", "tại văn phòng" (at the office), "presencial".
	hintRemoteWords = regexp.MustCompile(`(?i)\bhome[- ]?office\b|từ xa|\bteletrabalho\b|\bteletrabajo\b|\bdesde\s+casa\b|\btrabajo\s+en\s+casa\b|(?:^|\s)a\s+distancia\b|(?:^|\s)à\s+distance\b`)
	hintOnsiteWords = regexp.MustCompile(`(?i)\bvor[- ]ort\b|tại văn phòng|\bpresencial\b|\bsur (?:site|place)\b|^\s*(?:100\s*%\s*)?(?:en\s+(?:la\s+)?)?oficinas?\s*$`)

	// foreignHybridMore is Portuguese hybrid wording: "regime misto".
	foreignHybridMore = guardRegexp(`(?i)\b(?:regime|modelo)\s+misto\b`)
	// foreignRemoteMore is remote wording foreignRemote leaves to English
	// text: a German home office that is the whole job ("Reines
	// Homeoffice"), a Brazilian one ("Regime home office", where home
	// office means remote), Vietnamese "làm việc từ xa".
	foreignRemoteMore = guardRegexpLists(`(?i)\b(?:reine[sn]?|vollst[äa]ndige[sn]?|komplette[sn]?|ausschlie(?:ß|ss)lich(?:e[sn]?)?)\s+home[- ]?office\b|\b(?:regime|modelo|modalidade)\s*(?:de\s+)?:?\s*(?:100\s?%\s*)?home[- ]?office\b|làm việc từ xa`, []string{"home", " xa"})
	// foreignOnsiteMore is on-site wording in French, German, Spanish,
	// Portuguese or Vietnamese: "Travail sur site", "Präsenz / Vor Ort",
	// "Atuação presencial", "làm việc tại văn phòng".
	foreignOnsiteMore = guardRegexpLists(`(?i)\bsur site\b|\bvor[- ]ort\b|tại văn phòng|\bpresencial\b`, []string{"sur site", "vor", "n ph", "presencial"})
	// presencialEvent is an in-person word naming an event: "entrevista
	// presencial" (an in-person interview).
	presencialEvent = regexp.MustCompile(`(?i)\b(?:entrevistas?|reuni(?:ón|on|ão|ao|ones|ões)|eventos?|encontros?|formaci[óo]n|forma[çc][ãa]o)\s*$`)
	// workHybrid is hybrid work said with a verb: "We work hybrid 3
	// days/week"; hybridThing is hybrid naming a thing, not a way to work
	// ("work hybrid cloud setups").
	workHybrid  = guardRegexp(`(?i)\bwork(?:s|ing)?\s+hybrid\b`)
	hybridThing = regexp.MustCompile(`(?i)^\s*(?:cloud|infrastructure|environments?|systems?|apps?|applications?|models?|vehicles?|cars?|engines?|architectures?|setups?|solutions?)\b`)
)

// hintPhrase reads a structured workplace value that is not one of the
// plain values hintRemote knows ("Fully remote role", "Hybrid remote",
// "home office", "vor Ort"); unknown when it names no place of work
// ("Flexible", "N/A", "Berlin").
func hintPhrase(hint string) model.Remote {
	if strings.TrimSpace(hint) == "" {
		return model.RemoteUnknown
	}
	hint = spaceHintWords(hint) // "ORA_REMOTE"
	if onlyRemoteCompounds(hint) {
		return model.RemoteUnknown // skill tags "Remote desktop support, Remote sensing" (remote_hint_skill_tags.go)
	}
	if r := polishFieldMode(hint); r != model.RemoteUnknown {
		return r // "hybryda, 2 dni w biurze", "2x/tyg Kraków" (workmode_field_polish_days.go)
	}
	if fieldDayCount(hint) {
		return model.RemoteHybrid // "3 days work from Office" (remote_office_day_counts.go)
	}
	if r, _ := fromLocations([]string{hint}); r != model.RemoteUnknown {
		return r
	}
	switch {
	case hintRemoteWords.MatchString(hint):
		return model.RemoteRemote
	case hintOnsiteWords.MatchString(hint):
		return model.RemoteOnsite
	}
	if r := fieldModeWord(hint); r != model.RemoteUnknown {
		return r // "Ofis", "Làm việc kết hợp", "عن بُعد" (remote_field_mode_words.go)
	}
	return shortModeValue(hint, true) // "Flexible", "nach Absprache" (workmode_short_values.go)
}

// foreignPlaceMore reads the wording foreignPlace and fromBody do not
// (and hybrid work said with a verb); unknown when there is none. On-site wording counts only in a text with no remote or
// home word, since "vor Ort" also names a visit.
func foreignPlaceMore(text string) (model.Remote, string) {
	if loc := foreignHybridMore.FindStringIndex(text); loc != nil {
		return model.RemoteHybrid, text[loc[0]:loc[1]]
	}
	for _, loc := range workHybrid.FindAllStringIndex(text, 4) {
		if !hybridThing.MatchString(text[loc[1]:]) {
			return model.RemoteHybrid, text[loc[0]:loc[1]]
		}
	}
	if loc := foreignRemoteMore.FindStringIndex(text); loc != nil {
		return model.RemoteRemote, text[loc[0]:loc[1]]
	}
	// a "remote" that only names a technology ("Remote-Desktop") is no home word (remote_lead_compound.go)
	if (!containsFold(text, "remote") || onlyRemoteCompounds(text)) && !containsFold(text, "home") {
		for _, loc := range foreignOnsiteMore.FindAllStringIndex(text, 4) {
			if !presencialEvent.MatchString(text[max(0, loc[0]-16):loc[0]]) && !amenityOnSite(text, loc[0]) && !visitOnSite(text, loc[0]) { // amenities: remote_german_home_wording.go; visits: remote_german_visit_on_site.go
				return model.RemoteOnsite, text[loc[0]:loc[1]]
			}
		}
	}
	return model.RemoteUnknown, ""
}
