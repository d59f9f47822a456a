package normalize

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// German, French, Czech and Polish work-mode wording the other readers
// miss (round 35p; table tests and traps in
// remote_german_french_modes_test.go):
//
//   - a weekly count of days, one to four, at home or at the office makes
//     the role hybrid: "3 Tage vor Ort", "2 Tage remote pro Woche",
//     "2 Tage pro Woche Homeoffice"; a count with no place beside it ("3
//     Tage pro Woche", a part-time load) and leave ("30 Tage Urlaub") are
//     not a work mode;
//   - a share of home office ("anteilig Homeoffice"), mobile work that is
//     only possible ("mobiles Arbeiten möglich", like "Homeoffice möglich")
//     and a share of remote work below 100 % in the title or text ("80 %
//     Remote") are hybrid;
//   - home office that is the whole job is remote: "100 % Home-Office",
//     "Vollzeit Remote", "deutschlandweit von zu Hause";
//   - presence at the office is on-site: "Präsenz im Büro", "Präsenz wird
//     vorausgesetzt", "Präsenzpflicht"; presence online or in a market is
//     not;
//   - French: a role not eligible for telework is on-site ("Ce poste n'est
//     pas éligible au télétravail"), occasional telework is hybrid
//     ("Télétravail ponctuel", "télétravail occasionnel"), and a role in the
//     office or "en présentiel" is on-site ("Poste 100% au bureau", "Vendeur
//   - présentiel"); an in-person interview or training is no work mode;
//   - Czech "hybridní" and Polish "hybryda" in a location or workplace field
//     are hybrid; the workplace values "partial" and "punctual" (partial and
//     occasional telework) are hybrid and on-site, "full office" on-site;
//   - an English remote role denied in so many words ("not available as a
//     remote position") is not remote.
var (
	// germanDayCount: one to four days a week at home or at the office.
	germanDayCount = newKeyRegexp(`(?i)(?:^|[^\p{L}\d])(?:bis\s+zu\s+|max(?:imal|\.)?\s+|mindestens\s+)?(?:[1-4]|ein(?:en)?|zwei|drei|vier)(?:\s*(?:-|–|bis|oder)\s*(?:[2-4]|zwei|drei|vier))?\s*(?:Tage?n?|Wochentage?n?)\s*(?:(?:pro|die|je|in\s+der|/|a|im)\s*(?:Woche|Wo\.?)\s*)?(?:im\s+|in\s+(?:der|die)?\s*|von\s+)?(?:Home[- ]?Office|Homeoffice|remote|mobil(?:es\s+Arbeiten)?|vor\s+Ort|(?:im\s+)?B(?:ü|ue)ro|Office|Pr(?:ä|ae)senz|zu\s*Hause)`, 60, 60,
		" tage", " tag ", " tagen") // the space keeps "advantage", "stage" out of the scan
	// germanPartTime names a part-time load: "Teilzeit, 3 Tage pro Woche
	// im Büro" counts hours, not a split between home and office.
	germanPartTime = regexp.MustCompile(`(?i)teilzeit|minijob|geringf(?:ü|ue)gig|aushilfe`)
	// germanShareHome: a share of home office or mobile work.
	germanShareHome = guardRegexpLists(`(?i)\banteilig(?:e[sn]?)?\s+(?:Home[- ]?Office|Homeoffice|mobile[sn]?\s+Arbeiten|remote)`, []string{"anteilig"})
	// germanMobilePossible: mobile work that is possible or by arrangement
	// ("mobiles Arbeiten nach Absprache", round 62j), not the job's mode.
	germanMobilePossible = newKeyRegexp(`(?i)\bmobile[sn]?\s+Arbeiten\s+(?:(?:ist\s+|sind\s+)?(?:(?:auch|teilweise|tageweise|gelegentlich|nach\s+Absprache)\s+)?m(?:ö|oe)glich|(?:nach|in)\s+(?:Absprache|Vereinbarung|Abstimmung)\b)`, 20, 60, "arbeiten")
	// germanWholeHome: home office that is the whole job.
	germanWholeHome = newKeyRegexp(`(?i)\b100\s*%\s*(?:Home[- ]?Office|Homeoffice|mobile[sn]?\s+Arbeiten|von\s+zu\s*Hause)|\bVollzeit[- ](?:Remote|Home[- ]?Office|Homeoffice)\b|\b(?:deutschland|bundes|europa|österreich|schweiz)[- ]?weit\s+(?:von\s+zu\s*Hause|remote|im\s+Home[- ]?Office)`, 40, 40,
		"vollzeit", "hause", "home", "arbeiten", "weit ")
	// germanOfficePresence: presence at the office required.
	germanOfficePresence = guardRegexpLists(`(?i)\bPr(?:ä|ae)senz(?:pflicht\b|\s+(?:im\s+(?:Büro|Buero|Office)|vor\s+Ort|am\s+Standort|in\s+(?:unserem|unserer|der)\s+\p{L}+|(?:wird\s+)?(?:vorausgesetzt|erforderlich|erwartet|notwendig)))`, []string{"senz"})
	// remoteShare: a share of remote work or home office below 100 %.
	remoteShare = newKeyRegexp(`(?i)(?:^|[^\d.,])([1-9]\d?)\s*%\s*(?:Remote|Home[- ]?Office|Homeoffice|t[ée]l[ée]travail|remoto)\b`, 16, 24,
		"remot", "home", "travail")

	// frenchNotEligible: a role not open to telework.
	frenchNotEligible = guardRegexpLists(`(?i)\b(?:n[’']est\s+)?(?:pas|non)\s+(?:[ée]ligible|ouvert|compatible)\s+(?:au|avec\s+le|à\s+du)\s+t[ée]l[ée]travail|\bt[ée]l[ée]travail\s+(?:non\s+(?:possible|autoris[ée]|envisageable)|impossible|exclu)`, []string{"travail"})
	// frenchOccasional: occasional telework.
	frenchOccasional = guardRegexpLists(`(?i)\bt[ée]l[ée]travail\s+(?:ponctuel|occasionnel|exceptionnel)|\b(?:ponctuellement|occasionnellement)\s+(?:en\s+)?t[ée]l[ée]travail`, []string{"travail"})
	// frenchOffice: the whole job in the office or in person.
	frenchOffice = newKeyRegexp(`(?i)\b100\s*%\s*(?:(?:au|en)\s+bureau|(?:en\s+)?pr[ée]sentiel|sur site)|(?:^|[-–—|(,:]\s*|\ben\s+|\bposte\s+(?:en\s+)?)pr[ée]sentiel\b`, 24, 24,
		"sentiel", "bureau", "sur site")
	// frenchInPersonEvent: an in-person word naming an event, not the job.
	frenchInPersonEvent = regexp.MustCompile(`(?i)\b(?:entretiens?|formations?|r[ée]unions?|s[ée]minaires?|[ée]v[ée]nements?|cours|rendez-vous|examens?)\s*(?:en\s*)?$`)

	// czechPolishHybrid: "hybridní" (Czech), "hybryda" (Polish).
	czechPolishHybrid = regexp.MustCompile(`(?i)\bhybridn(?:í|i\b)|\bhybryd[ay]\b`)

	// remotePositionDenied: an English remote role denied in so many words.
	remotePositionDenied = newKeyRegexp(`(?i)\bnot\s+(?:available|offered|eligible|open)\s+(?:as|for)\s+(?:a\s+)?(?:remote|work[- ]from[- ]home)\b`, 50, 20,
		"remote", "from home", "from-home")
)

// reviseGermanFrenchModes applies the readers above: the structured
// workplace value first, then the location, title and text. A reading from
// the listing's own workplace field is left alone by the text readers.
func reviseGermanFrenchModes(hint string, locs []string, title, text string, ri RemoteInfo) RemoteInfo {
	if r := boardScaleWord(hint); r != model.RemoteUnknown && (ri.Remote == model.RemoteUnknown || fromStructured(ri)) {
		return RemoteInfo{Remote: r, Regions: keepRegions(r, ri.Regions), Evidence: "structured: " + strings.TrimSpace(hint)}
	}
	if ri.Remote == model.RemoteUnknown || ri.Remote == model.RemoteRemote && !fromStructured(ri) {
		for _, loc := range locs {
			if hasFold(loc, "hybr") && czechPolishHybrid.MatchString(loc) {
				return RemoteInfo{Remote: model.RemoteHybrid, Regions: ri.Regions, Evidence: "location: " + loc}
			}
		}
	}
	if fromStructured(ri) {
		return ri
	}
	if ri.Remote == model.RemoteRemote || ri.Remote == model.RemoteUnknown {
		if strings.IndexByte(title, '%') < 0 {
			// no share in the title
		} else if m := remoteShare.plain().FindStringSubmatchIndex(title); m != nil && shareBelowWhole(title[m[2]:m[3]]) {
			return RemoteInfo{Remote: model.RemoteHybrid, Regions: ri.Regions, Evidence: "title: " + strings.TrimSpace(title[m[2]:m[1]])}
		}
	}
	if text != "" {
		if r, ev := germanFrenchText(text, ri.Remote); r != model.RemoteUnknown && r != ri.Remote {
			ri.Remote, ri.Evidence = r, "text: "+ev
			if r == model.RemoteOnsite {
				ri.Regions = []string{}
			}
		}
	}
	if ri.Remote == model.RemoteUnknown && (hasFold(title, "sentiel") || hasFold(title, "bureau") || hasFold(title, "sur site")) {
		// the plain regexp on the title: the key scan's cache holds the text
		if m := frenchOffice.plain().FindStringIndex(title); m != nil && !frenchInPersonEvent.MatchString(title[:m[0]]) {
			ri.Remote, ri.Evidence, ri.Regions = model.RemoteOnsite, "title: "+strings.TrimSpace(title[m[0]:m[1]]), []string{}
		}
	}
	return ri
}

// germanFrenchText reads the text's German and French wording given the
// reading so far (cur); unknown when it has nothing to change.
func germanFrenchText(text string, cur model.Remote) (model.Remote, string) {
	if cur == model.RemoteRemote && deniedPositionWords(text) {
		if m := remotePositionDenied.FindStringIndex(text); m != nil && !hasWholeRemote(text) {
			return model.RemoteOnsite, text[m[0]:m[1]]
		}
	}
	if !germanOrFrench(text) {
		if cur != model.RemoteHybrid && strings.IndexByte(text, '%') >= 0 {
			if m := firstSubmatch(remoteShare, text); m != nil && shareBelowWhole(text[m[2]:m[3]]) && !hasWholeRemote(text) {
				return model.RemoteHybrid, strings.TrimSpace(text[m[2]:m[1]]) // "60% remote"
			}
		}
		return model.RemoteUnknown, ""
	}
	// hybrid day counts and shares narrow a remote, on-site or unknown reading
	if cur != model.RemoteHybrid {
		if hasFold(text, "tag") {
			for _, m := range germanDayCount.FindAllStringIndex(text, 4) {
				if partTimeNear(text, m) || germanPartTime.MatchString(text[max(0, m[0]-100):min(len(text), m[1]+100)]) {
					continue
				}
				return model.RemoteHybrid, strings.TrimSpace(strings.TrimLeft(text[m[0]:m[1]], " ,.;:(\n\t"))
			}
		}
		if m := germanShareHome.FindStringIndex(text); m != nil {
			return model.RemoteHybrid, text[m[0]:m[1]]
		}
		if strings.IndexByte(text, '%') < 0 {
			// no share to read
		} else if m := firstSubmatch(remoteShare, text); m != nil && shareBelowWhole(text[m[2]:m[3]]) && !hasWholeRemote(text) {
			return model.RemoteHybrid, strings.TrimSpace(text[m[2]:m[1]])
		}
		if m := frenchOccasional.FindStringIndex(text); m != nil {
			return model.RemoteHybrid, text[m[0]:m[1]]
		}
	}
	if cur == model.RemoteRemote {
		if m := germanMobilePossible.FindStringIndex(text); m != nil && !hasWholeRemote(text) {
			return model.RemoteHybrid, text[m[0]:m[1]] // like "Homeoffice möglich"
		}
		if m := frenchNotEligible.FindStringIndex(text); m != nil {
			return model.RemoteOnsite, text[m[0]:m[1]]
		}
		if m := frenchTeleworkAllowedAt(text); m != nil && !hasWholeRemote(text) {
			return model.RemoteHybrid, text[m[0]:m[1]] // "Télétravail possible" (remote_french_telework_allowed.go)
		}
	}
	if cur == model.RemoteUnknown {
		if !strings.Contains(text, "%") && !hasFold(text, "vollzeit") && !hasFold(text, "weit") {
			// no whole home office to read
		} else if m := germanWholeHome.FindStringIndex(text); m != nil {
			return model.RemoteRemote, text[m[0]:m[1]]
		}
		if m := frenchNotEligible.FindStringIndex(text); m != nil {
			return model.RemoteOnsite, text[m[0]:m[1]]
		}
		for _, m := range germanOfficePresence.FindAllStringIndex(text, 4) {
			if before := strings.ToLower(text[max(0, m[0]-10):m[0]]); strings.Contains(before, "kein") || strings.Contains(before, "nicht") {
				continue // "keine Präsenz erforderlich": none required
			}
			return model.RemoteOnsite, text[m[0]:m[1]]
		}
		for _, m := range frenchOffice.FindAllStringIndex(text, 4) {
			if frenchInPersonEvent.MatchString(text[max(0, m[0]-30):m[0]]) {
				continue // "entretien en présentiel": an in-person interview
			}
			return model.RemoteOnsite, strings.TrimSpace(strings.TrimLeft(text[m[0]:m[1]], "-–—|(,: "))
		}
	}
	return model.RemoteUnknown, ""
}

// shareBelowWhole reports a percentage from 1 to 99.
func shareBelowWhole(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && n > 0 && n < 100
}

// hasWholeRemote reports wording that the whole job is remote ("100%
// remote", "fully remote", "vollständig remote"), which a possible or
// partial mention elsewhere does not narrow.
func hasWholeRemote(text string) bool {
	return wholeRemoteWords.MatchString(text)
}

var wholeRemoteWords = guardRegexpLists(`(?i)\b100\s*%\s*(?:remote|home[- ]?office|homeoffice|t[ée]l[ée]travail|remoto)|\bfully\s+remote\b|\bfull[- ]remote\b|\bvollst(?:ä|ae)ndig\s+(?:remote|im\s+home[- ]?office)`, []string{"remote", "office", "travail", "remoto"})

// boardScaleWord reads a workplace field value in the wording of a job
// board's own scale: "full", "partial" and "punctual" telework (remote,
// partial, and occasional beside an office job), "none" (no telework), a
// full office, Czech and Polish hybrid. "fulltime", the top of one board's
// scale, is not read: in a workplace field "full time" names the hours
// (TestBoardScaleFull), and the two are one word once separators go.
func boardScaleWord(hint string) model.Remote {
	h := strings.ToLower(hintSeparators.Replace(strings.TrimSpace(hint)))
	switch h {
	case "partial", "partialremote", "hybryda", "hybridní", "hybridni":
		return model.RemoteHybrid
	case "punctual", "fulloffice", "fullyoffice", "fullonsite", "none":
		return model.RemoteOnsite
	case "full": // the top of the same scale: full telework
		return model.RemoteRemote
	}
	return model.RemoteUnknown
}

// keepRegions keeps regions for a remote or hybrid reading and drops them
// for an on-site one.
func keepRegions(r model.Remote, regions []string) []string {
	if r == model.RemoteOnsite || regions == nil {
		return []string{}
	}
	return regions
}

// firstSubmatch is the first match of k in s with its groups, or nil.
func firstSubmatch(k *keyRegexp, s string) []int {
	if all := k.FindAllStringSubmatchIndex(s, 1); len(all) > 0 {
		return all[0]
	}
	return nil
}

// deniedPositionWords is the cheap test before remotePositionDenied: the
// words that open a denial of a remote role.
func deniedPositionWords(text string) bool {
	return hasFold(text, "not available") || hasFold(text, "not offered") || hasFold(text, "not eligible") || hasFold(text, "not open")
}

// germanOrFrench reports a text that may be German or French: a short one
// (a field, a snippet) always, a long one when it holds a Latin letter with
// a diacritic (ä, ö, ü, ß, é, è, à, ç: the UTF-8 lead byte 0xC3) or the word
// " und ". One byte search spares the long English descriptions the
// readers above.
func germanOrFrench(text string) bool {
	return len(text) < 300 || strings.IndexByte(text, 0xC3) >= 0 || hasFold(text, " und ")
}
