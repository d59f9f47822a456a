package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Work-mode sentences of English descriptions (US, UK, Indian and
// Australian employers) that the earlier readers left unread or misread
// (table tests in remote_english_conditions_test.go). Shapes, not strings:
//
//   - home or remote work limited to part of the week or of the time,
//     in the same clause ("working from home is possible up to three days
//     per week", "telework one day per pay period", "WFH up to 20% of the
//     time", "remote working is possible for part of the week") or counted as days ("two WFH days"): hybrid, over a remote or
//     no reading of the text; travel limits are not home work;
//   - remote work said to be temporary and followed by the office or the
//     site ("remote for the time being, then in our Leeds office",
//     "temporarily remote; the job returns on-site", "working remotely
//     during onboarding, then on-site"): on-site, or hybrid when a hybrid
//     word or a count of days follows;
//   - a concessive remote-first line ("while we are remote-first",
//     "although we're a remote-first business") followed by the role's
//     on-site demand: on-site, or hybrid with a count of days a week
//     below five;
//   - a commute or distance demand ("must be able to commute to",
//     "must live within 40 miles of", "within a 25-mile radius of",
//     "within commuting distance of"), a demand of presence in the office
//     ("full-time presence in our office"), or telework denied ("not
//     eligible for telework"): on-site where nothing was read.
//
// A field's reading is left alone; these decide only what the text gave.

var (
	// englishHomePartWeek: a home or remote work word, then in the same
	// clause a limit of days a week (or pay period) or a share of the time.
	englishHomePartWeek = newKeyRegexp(`(?i)\b(?:work(?:ing)?\s+(?:from|at)\s+home|wfh|remote(?:ly)?\s+work(?:ing)?|work(?:ing)?\s+remotely|telework(?:ing)?|telecommut(?:e|ing)|home[- ]working|work(?:ing)?\s+from\s+home)\b([^.!?\n;]{0,50}?)\b(?:(?:up\s+to|a\s+maximum\s+of|max(?:imum)?\.?|at\s+most)\s+)?(?:[1-4]|one|two|three|four)\s+days?\s+(?:a|per|each|every|of\s+the|in\s+a)\s+(?:week|pay\s+period|fortnight)\b|\b(?:work(?:ing)?\s+(?:from|at)\s+home|wfh|remote(?:ly)?\s+work(?:ing)?|work(?:ing)?\s+remotely|telework(?:ing)?|telecommut(?:e|ing)|home[- ]working)\b([^.!?\n;]{0,50}?)\b(?:up\s+to|a\s+maximum\s+of|at\s+most)\s+(?:[1-8]0|[1-9]5)\s?%\s+of\s+(?:the|your|their)\s+(?:time|week|working\s+week|hours)|`+
		`\b(?:work(?:ing)?\s+(?:from|at)\s+home|wfh|remote(?:ly)?\s+work(?:ing)?|work(?:ing)?\s+remotely|telework(?:ing)?|telecommut(?:e|ing)|home[- ]working)\b([^.!?\n;]{0,50}?)\b(?:for\s+)?(?:a\s+|some\s+)?part\s+of\s+(?:the|your|each)\s+(?:week|working\s+week|time)\b`,
		110, 40, "week", "period", "fortnight", "time", "hours")
	// englishHomeDays: days named by the home word ("two WFH days", "2
	// work-from-home days a week", "one remote day").
	englishHomeDays = newKeyRegexp(`(?i)\b(?:[1-4]|one|two|three|four)\s+(?:wfh|work[- ]from[- ]home|remote|home[- ]?working|telework)\s+days?\b`,
		12, 30, "wfh", "home", "remote", "telework")
	// englishTravelBetween: a travel limit, not a home one.
	englishTravelBetween = newFoldWords("travel", "on-site", "onsite", "in the office", "in office", "in-office")

	// englishTemporaryRemote: remote work said to be temporary, then the
	// office or the site in the same sentence.
	englishTemporaryRemote = newKeyRegexp(`(?i)\b(?:temporar(?:il)?y\s+(?:be\s+)?(?:remote|work(?:ing)?\s+(?:remotely|from\s+home))|remote(?:ly)?\s+(?:for\s+(?:now|the\s+time\s+being)|temporarily|initially|at\s+first|during\s+(?:the\s+|your\s+)?(?:training|onboarding|pandemic|induction))|initially\s+(?:be\s+)?(?:remote|work(?:ing)?\s+remotely|from\s+home)|from\s+home\s+(?:for\s+(?:now|the\s+time\s+being)|temporarily|initially|at\s+first|during\s+(?:the\s+|your\s+)?(?:training|onboarding|induction)))\b([^.!?\n]{0,120}?)\b(?:then|return(?:s|ing)?|move(?:s)?|moving|transition(?:s|ing)?|once|after(?:wards)?|thereafter|afterwards|until)\b([^.!?\n]{0,80}?)(?:\bon[- ]?site\b|\bin[- ]office\b|\b(?:our|the|an?)\s+(?:[\p{L},]+\s+){0,3}office\b|\bin[- ]person\b|\bour\s+(?:[\p{L},]+\s+){0,3}(?:site|plant|branch|store|warehouse|lab|clinic|hospital)\b)`,
		50, 240, "temporar", "for now", "time being", "initially", "at first", "during")
	// englishLaterHybrid: the later arrangement is hybrid or split.
	englishLaterHybrid = newCueRegexp(`(?i)\bhybrid\b|\b(?:[1-4]|one|two|three|four)\s+days?\s+(?:a|per|each)\s+week\b|\b(?:once|twice)\s+(?:a|per)\s+week\b`)

	// englishConcessiveRemoteFirst: "while we are remote-first, this role
	// requires … on-site".
	englishConcessiveRemoteFirst = newKeyRegexp(`(?i)\b(?:while|although|though|even\s+though|whilst)\s+(?:we(?:'re|’re|\s+are)|(?:the|our)\s+(?:company|business|team)\s+is|\p{L}+\s+is)\s+(?:a\s+|an\s+)?remote[- ]first\b[^.!?\n]{0,40}?,\s*(?:this|the)\s+(?:particular\s+|specific\s+)?(?:role|position|job|opening)\b([^.!?\n]{0,80}?)(?:\bon[- ]?site\b|\bin[- ]office\b|\bin\s+(?:the|our)\s+(?:[\p{L},]+\s+){0,3}office\b|\bin[- ]person\b|\bat\s+our\s+(?:[\p{L},]+\s+){0,3}(?:office|site|lab|plant|studio|hq|headquarters)\b)`,
		24, 220, "remote-first", "remote first")
	// englishDaysBelowFive: a count of days a week below five.
	englishDaysBelowFive = newCueRegexp(`(?i)\b(?:[1-4]|one|two|three|four)\s+days?\s+(?:a|per|each)\s+week\b|\b(?:once|twice)\s+(?:a|per)\s+week\b`)

	// englishCommuteDemand: a commute, distance or presence demand, or
	// telework denied.
	englishCommuteDemand = newKeyRegexp(`(?i)\b(?:must|should|will\s+need\s+to|need\s+to|required\s+to)\s+(?:be\s+able\s+to\s+)?(?:reliably\s+|easily\s+|daily\s+)?commute\s+(?:daily\s+)?to\b|\b(?:must|should|need\s+to|required\s+to)\s+(?:currently\s+)?(?:live|reside|be\s+located|be\s+based)\s+within\s+(?:a\s+)?(?:\d{1,3}|commuting)[- ]?(?:miles?|mi|km|kilomet(?:er|re)s?|minutes?|distance|mile\s+radius|km\s+radius)\b|\bwithin\s+(?:a\s+)?\d{1,3}[- ]?(?:miles?|km|kilomet(?:er|re)s?)\s+radius\s+of\s+(?:the|our)\b|\b(?:full[- ]time|daily|in[- ]office)\s+presence\s+(?:in|at)\s+(?:the|our)\s+(?:[\p{L},]+\s+){0,3}(?:office|site|premises)\b|\bnot\s+(?:be\s+)?eligible\s+for\s+(?:telework(?:ing)?|telecommut(?:e|ing)|remote\s+or\s+hybrid\s+work)\b|\btelework(?:ing)?\s+is\s+not\s+(?:available|permitted|an\s+option|offered)\b`,
		80, 80, "commute", "within", "radius", "presence", "eligible", "telework")
)

// englishHomeKeys gate englishHomePartWeek and englishHomeDays.
var englishHomeKeys = newFoldWords("home", "wfh", "remote", "telework", "telecommut")

// reviseEnglishConditions applies the readings above to ri.
func reviseEnglishConditions(text string, ri RemoteInfo) RemoteInfo {
	if text == "" || !textGivenMode(ri) {
		return ri
	}
	if ri.Remote != model.RemoteOnsite && ri.Remote != model.RemoteHybrid && englishHomeKeys.in(text) {
		for _, m := range englishHomePartWeek.FindAllStringSubmatchIndex(text, -1) {
			if !englishTravelHeld(text, m) {
				return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+text[m[0]:m[1]])
			}
		}
		if m := englishHomeDays.FindStringIndex(text); m != nil {
			return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+text[m[0]:m[1]])
		}
	}
	if ri.Remote != model.RemoteOnsite && ri.Remote != model.RemoteHybrid {
		if m := englishTemporaryRemote.FindStringIndex(text); m != nil {
			tail := text[m[0]:min(len(text), m[1]+80)]
			if i := strings.IndexAny(tail[m[1]-m[0]:], ".!?\n"); i >= 0 {
				tail = tail[:m[1]-m[0]+i]
			}
			if englishLaterHybrid.MatchString(tail) {
				return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+text[m[0]:m[1]])
			}
			return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+text[m[0]:m[1]])
		}
	}
	if ri.Remote == model.RemoteRemote {
		if m := englishConcessiveRemoteFirst.FindStringIndex(text); m != nil {
			after := text[m[0]:min(len(text), m[1]+60)]
			if englishDaysBelowFive.MatchString(after) {
				return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+text[m[0]:m[1]])
			}
			return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+text[m[0]:m[1]])
		}
	}
	if ri.Remote == model.RemoteUnknown {
		if m := englishCommuteDemand.FindStringIndex(text); m != nil {
			return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+text[m[0]:m[1]])
		}
	}
	return ri
}

// englishTravelHeld reports a travel or office word between the home word
// and its limit (the limit is then not the home work's: "remote, with
// travel up to two days a week").
func englishTravelHeld(text string, m []int) bool {
	for g := 1; g < 4; g++ {
		if m[2*g] >= 0 && englishTravelBetween.in(text[m[2*g]:m[2*g+1]]) {
			return true
		}
	}
	return false
}
