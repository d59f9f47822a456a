// Package redflag assesses a normalized Listing for warning signs (unpaid
// work, vague scope, scams) and says, for each, the words that raised it
// and why it matters. Everything here is a pure function.
package redflag

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Options tune the engine.
type Options struct {
	// FloorHourlyUSD is the pay floor for micro-internships (default 20).
	FloorHourlyUSD float64
}

// Engine applies the rules with one set of options; safe for concurrent use.
type Engine struct{ opts Options }

// New returns an engine.
func New(opts Options) *Engine {
	if opts.FloorHourlyUSD <= 0 {
		opts.FloorHourlyUSD = 20
	}
	return &Engine{opts: opts}
}

var defaultEngine = New(Options{})

// Assess sets l.Flags and l.Risk with the default options.
func Assess(l *model.Listing) { defaultEngine.Assess(l) }

var reUnpaid = regexp.MustCompile(`(?i)\b(unpaid(?:\s+internship)?|volunteer position|for academic credit only|paid in exposure|equity only)\b`)
var reUnpaidTrap = regexp.MustCompile(`(?i)^\s*(time off|leave|invoices?|claims?|vacation|pto|holidays?)\b`)

// Assess sets l.Flags and l.Risk.
func (e *Engine) Assess(l *model.Listing) {
	l.Flags = l.Flags[:0]
	for _, f := range []struct{ name, text string }{{"pay_text", l.PayText}, {"title", l.Title}, {"text", l.Text}} {
		if sp, ok := findUnpaid(f.name, f.text); ok {
			l.Unpaid = true
			l.Flags = append(l.Flags, model.Flag{ID: "UNPAID", Family: model.FamilyUnpaid, Severity: model.SeverityHigh,
				Reason: "The listing says the work is unpaid; students deserve pay for real work.", Evidence: sp})
			break
		}
	}
	l.Risk = Risk(l.Flags)
}

func findUnpaid(field, text string) (model.Span, bool) {
	for _, m := range reUnpaid.FindAllStringIndex(text, -1) {
		if reUnpaidTrap.MatchString(text[m[1]:]) {
			continue
		}
		return model.Span{Field: field, Start: m[0], End: m[1], Text: text[m[0]:m[1]]}, true
	}
	return model.Span{}, false
}

// Risk combines flags: high if any high scam or UNPAID flag or three or more
// medium scam flags; medium if any medium flag; else low.
func Risk(flags []model.Flag) model.Severity {
	mediumScam, medium := 0, false
	for _, f := range flags {
		switch {
		case f.Severity == model.SeverityHigh && (f.Family == model.FamilyScam || f.ID == "UNPAID"):
			return model.SeverityHigh
		case f.Severity == model.SeverityMedium && f.Family == model.FamilyScam:
			mediumScam++
			medium = true
		case f.Severity.Rank() >= model.SeverityMedium.Rank():
			medium = true
		}
	}
	switch {
	case mediumScam >= 3:
		return model.SeverityHigh
	case medium:
		return model.SeverityMedium
	}
	return model.SeverityLow
}
