package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// fullTimeBasisCue is a full-time basis named right after an amount with no
// period: German "in Vollzeit", "bei Vollzeit", "auf Vollzeitbasis", English
// "on a full-time basis" ("das Mindestgehalt für diese Position (3.775,25 €
// in Vollzeit)"). The amount is a salary scaled to full-time hours even when
// the pay word is too far back to be seen.
var fullTimeBasisCue = regexp.MustCompile(`(?i)^\s*(?:(?:in|bei|auf)\s+vollzeit(?:basis)?|on\s+an?\s+full[- ]time\s+basis)(?:[^\p{L}-]|$)`)

// fullTimeBasisAfter reports the cue after an amount of a salary's size (a
// thousand or more: no hour or day is quoted at full time).
func fullTimeBasisAfter(m money, after string) bool {
	return m.max >= 1000 && fullTimeBasisCue.MatchString(after)
}

// fullTimeBasisUnit is the period of such an amount: its size's, and a
// month where the size alone names none ("3.775,25 €" is a month's pay at
// full time, not a fee).
func fullTimeBasisUnit(m money) model.PayUnit {
	if u := sizeUnit(m); u != model.UnitProject {
		return u
	}
	return model.UnitMonth
}
