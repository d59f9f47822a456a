package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Work-mode wording that ATS and job-feed payloads carry and the other
// readers left unread (table tests in workmode_ext45t_test.go):
//
//   - South Slavic words (Slovenian, Croatian, Serbian, Bosnian): a hybrid
//     adjective ("hibridno delo", "hibridni rad") and working from home or
//     at a distance ("delo od doma", "rad od kuće", "rad na daljinu",
//     "delo na daljavo"). Hybrid beats remote when both are said.
//   - a Spanish noun with the on-site adjective in either number
//     ("prácticas presenciales", "clases presenciales"): on-site;
//   - a Spanish hybrid adjective in the title ("Prácticas QA híbrida"),
//     unless the title is about a hybrid cloud;
//   - a location field opening with "Home base" or "Homebased" (the
//     singular and the one-word forms of "home based"): remote, scoped by
//     what follows ("Home base - EMEA"); "Homebase" alone, a shop's name,
//     is left;
//   - "work from home days", "WFH days", "remote days" in a short field
//     (a location, the remote field, the title): some days at home, so a
//     hybrid role, not a remote one.
//
// Each is read only when no earlier reader settled the mode (the last
// one only over a remote reading), and each is gated by its key words.

var (
	slavicModeKeys = newKeyRegexp(`(?i)\b(?:hibridn[oiae]\w*|(?:delo|dela|rad|posao)\s+(?:od\s+(?:doma|ku[ćc]e)|na\s+daljin[iu]|na\s+daljavo))\b`,
		24, 24, "hibridn", "od doma", "od ku", "daljin", "daljavo")
	slavicDeny      = lazyRe(`(?i)\b(?:ni|ne|nije|nema|bez)\s+(?:\p{L}+\s+)?$`)
	spanishOnsiteNP = newKeyRegexp(`(?i)\b(?:pr[áa]cticas|trabajo|puesto|empleo|modalidad|jornada|formaci[óo]n|clases)\s+presenciales?\b`,
		24, 16, "presencial")
	spanishHybridTitle = lazyRe(`(?i)\bh[íi]brid[oa]s?\b`)
	homeBaseLoc        = lazyRe(`(?i)^\s*(?:home[- ]?based|home[- ]base)\b`)
	homeDaysField      = lazyRe(`(?i)\b(?:wfh|work(?:ing)?[- ]from[- ]home|remote|home[- ]?office)\s+days?\b`)
)

// reviseFeedPayloadModes applies the readings above to ri.
func reviseFeedPayloadModes(hint string, locs []string, title, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteRemote {
		for _, f := range append([]string{hint, title}, locs...) {
			if len(f) <= 200 && containsFoldScan(f, "day") && homeDaysField().MatchString(f) {
				ri.Remote, ri.Evidence = model.RemoteHybrid, "location: "+f
				return ri
			}
		}
		return ri
	}
	if ri.Remote != model.RemoteUnknown {
		return ri
	}
	for _, l := range locs {
		if len(l) <= 120 && containsFoldScan(l, "home") && homeBaseLoc().MatchString(l) {
			ri.Remote, ri.Evidence = model.RemoteRemote, "location: "+l
			if len(ri.Regions) == 0 {
				ri.Regions = Regions(l)
			}
			return ri
		}
	}
	for _, f := range append([]string{hint, title, text}, locs...) {
		if f == "" {
			continue
		}
		if r, ev := slavicMode(f); r != model.RemoteUnknown {
			ri.Remote, ri.Evidence = r, "text: "+ev
			return ri
		}
		if m := spanishOnsiteNP.FindStringIndex(f); m != nil {
			ri.Remote, ri.Evidence = model.RemoteOnsite, "text: "+f[m[0]:m[1]]
			return ri
		}
	}
	if title != "" && containsFoldScan(title, "brid") && !containsFoldScan(title, "nube") &&
		!containsFoldScan(title, "cloud") && !containsFoldScan(title, "nuvem") {
		if m := spanishHybridTitle().FindStringIndex(title); m != nil {
			ri.Remote, ri.Evidence = model.RemoteHybrid, "title: "+title[m[0]:m[1]]
		}
	}
	return ri
}

// slavicMode reads the South Slavic words in s: hybrid over remote, a
// denial before the remote words ("ni dela od doma") no reading.
func slavicMode(s string) (model.Remote, string) {
	ms := slavicModeKeys.FindAllStringIndex(s, 6)
	if ms == nil {
		return model.RemoteUnknown, ""
	}
	for _, m := range ms {
		if strings.HasPrefix(strings.ToLower(s[m[0]:]), "hibridn") {
			return model.RemoteHybrid, s[m[0]:m[1]]
		}
	}
	for _, m := range ms {
		if !slavicDeny().MatchString(s[max(0, m[0]-24):m[0]]) {
			return model.RemoteRemote, s[m[0]:m[1]]
		}
	}
	return model.RemoteUnknown, ""
}
