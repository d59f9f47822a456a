package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A short work-mode line that grants its mode after a settling-in period
// (table tests in workmode_short_after_period_test.go): "Remote after
// probation", "Homeoffice nach der Probezeit", "Hybrid after onboarding".
// The period only delays the mode the line names, so the line reads as
// its head would on its own. Only remote and hybrid heads count; a head
// or a tail of any other kind leaves the line to the other readers.

// afterPeriodTail is the part after "after"/"nach": a settling-in period.
var afterPeriodTail = regexp.MustCompile(`(?i)^(?:the\s+|der\s+|dem\s+|an?\s+)?(?:einarbeitung(?:szeit|sphase)?|probezeit|onboarding(?:\s+period)?|probation(?:ary)?(?:\s+period)?|trial\s+period|induction(?:\s+period)?|\d{1,2}\s+(?:months?|weeks?|monaten|wochen))$`)

// shortAfterPeriodMode reads t, a short line already trimmed by
// shortTextMode, as "<mode> after|nach <period>".
func shortAfterPeriodMode(t string) model.Remote {
	i := indexFold(t, " after ")
	if i < 0 {
		i = indexFold(t, " nach ")
	}
	if i <= 0 {
		return model.RemoteUnknown
	}
	head := strings.TrimSpace(t[:i])
	tail := strings.TrimSpace(t[i+1:])
	_, tail, _ = strings.Cut(tail, " ")
	if !afterPeriodTail.MatchString(strings.TrimSpace(tail)) {
		return model.RemoteUnknown
	}
	r := shortModeValue(head, false)
	if r == model.RemoteUnknown {
		r = fieldModeWord(head)
	}
	if r == model.RemoteRemote || r == model.RemoteHybrid {
		return r
	}
	return model.RemoteUnknown
}
