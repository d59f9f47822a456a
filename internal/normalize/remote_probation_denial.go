package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A denial of remote work limited to the first weeks of the job ("No remote
// work during the probation period. Remote afterwards.", "Kein Homeoffice
// während der Probezeit, danach 100 % remote") denies nothing after them:
// the mode named for afterwards decides (round 35p; table tests and traps in
// remote_probation_denial_test.go). A denial with no period, or a period with
// nothing said for afterwards, stays on-site.
var (
	periodDenial = newKeyRegexp(`(?i)\b(?:no|kein(?:e|en)?|pas\s+de|sin)\s+(?:remote(?:\s+work(?:ing)?)?|home\s*office|homeoffice|wfh|t[ée]l[ée]travail|teletrabajo)\b[^.\n]{0,40}?\b(?:during|while\s+in|in|for|w(?:ä|ae)hrend|in\s+der|pendant|durante)\s+(?:the\s+|der\s+|la\s+|el\s+)?(?:first\s+(?:few\s+)?(?:\w+\s+)?(?:months?|weeks?|days?)|probation(?:ary)?(?:\s+period)?|onboarding(?:\s+period)?|trial\s+period|Probezeit|Einarbeitung(?:szeit|sphase)?|p[ée]riode\s+d['’]essai|p[ée]riode\s+d['’]int[ée]gration|periodo\s+de\s+prueba)`,
		100, 40, "probation", "onboarding", "trial", "probezeit", "einarbeitung", "essai", "gration", "prueba", "first")
	// periodAfter: the wording that turns to the time after the period.
	periodAfter       = regexp.MustCompile(`(?i)\b(?:afterwards|after\s+(?:that|this|it)|thereafter|then|from\s+then\s+on|danach|anschlie(?:ß|ss)end|ensuite|apr[èe]s|despu[ée]s|luego)\b`)
	periodAfterHybrid = regexp.MustCompile(`(?i)\bhybrid|\b[1-4]\s*(?:days?|Tage?|jours?|d[íi]as?)\b`)
	periodAfterRemote = regexp.MustCompile(`(?i)\b(?:remote|home\s*office|homeoffice|wfh|t[ée]l[ée]travail|teletrabajo)\b`)
)

// revisePeriodDenial reads the mode after a period-limited denial when the
// reading is on-site from the text.
func revisePeriodDenial(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteOnsite || !strings.HasPrefix(ri.Evidence, "text:") {
		return ri
	}
	if !hasFold(text, "no remote") && !hasFold(text, "no home") && !hasFold(text, "no wfh") && !hasFold(text, "kein") &&
		!hasFold(text, "pas de t") && !hasFold(text, "sin tele") {
		return ri // no denial of remote work to limit
	}
	m := periodDenial.FindStringIndex(text)
	if m == nil {
		return ri
	}
	after := text[m[1]:min(len(text), m[1]+140)]
	a := periodAfter.FindStringIndex(after)
	if a == nil {
		return ri
	}
	rest := after[:min(len(after), a[1]+60)] // "Remote afterwards", "afterwards remote"
	switch {
	case periodAfterHybrid.MatchString(rest):
		ri.Remote = model.RemoteHybrid
	case periodAfterRemote.MatchString(rest):
		ri.Remote = model.RemoteRemote
	default:
		return ri
	}
	ri.Evidence = "text: " + strings.TrimSpace(text[m[0]:m[1]+a[1]])
	return ri
}
