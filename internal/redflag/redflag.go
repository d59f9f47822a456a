// Package redflag assesses a normalized Listing for warning signs (unpaid
// work, vague scope, scams) and says, for each, the words that raised it
// and why it matters. Everything here is a pure function of the listing
// and the engine's options; an Engine is safe for concurrent use.
//
// Rules read the listing's text fields (title, company, company_info,
// text, pay_text, employment_type) and the values normalization parsed
// (Pay, Unpaid, Hours, DurationDays, Deadline, Type, ProjectBased, Remote).
// Matching runs on a folded copy of each field (entities decoded, case
// folded, glued sentences split) whose offsets map back to the original
// field, so every flag's evidence is an exact slice of the field text.
package redflag

import (
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Default option values.
const (
	DefaultFloorHourlyUSD   = 20
	DefaultMinWageHourlyUSD = 7.25
)

// Options tune the engine. The zero value means the defaults.
type Options struct {
	// FloorHourlyUSD is the pay floor for micro-internships and short
	// projects (default 20).
	FloorHourlyUSD float64
	// MinWageHourlyUSD is the floor for every other listing: the legal
	// minimum (default 7.25, the US federal minimum).
	MinWageHourlyUSD float64
	// Disabled turns rules off by flag id.
	Disabled map[string]bool
	// Severity overrides the severity of a flag by id. Values other than
	// low, medium and high are ignored (the config layer validates them).
	Severity map[string]model.Severity
	// Floors are the pay floors by country of work (ISO 3166 code); a
	// listing in no listed country takes FloorHourlyUSD or MinWageHourlyUSD.
	Floors map[string]Floor
	// PlainMatching runs every pattern as a plain regular expression,
	// without the prefix automaton: slower, with the same flags. It is the
	// reference that tests compare the fast path against.
	PlainMatching bool
}

// Engine applies the rules with one set of options; safe for concurrent use.
type Engine struct {
	opts     Options
	disabled map[string]bool
	severity map[string]model.Severity
}

// New returns an engine. Unknown flag ids in opts are ignored; use Rules to
// validate them.
func New(opts Options) *Engine {
	if opts.FloorHourlyUSD <= 0 {
		opts.FloorHourlyUSD = DefaultFloorHourlyUSD
	}
	if opts.MinWageHourlyUSD <= 0 {
		opts.MinWageHourlyUSD = DefaultMinWageHourlyUSD
	}
	e := &Engine{opts: opts, disabled: map[string]bool{}, severity: map[string]model.Severity{}}
	for id, off := range opts.Disabled {
		e.disabled[id] = off
	}
	for id, sev := range opts.Severity {
		if sev.Rank() > 0 {
			e.severity[id] = sev
		}
	}
	return e
}

// Options returns the options in effect, defaults filled in.
func (e *Engine) Options() Options { return e.opts }

var defaultEngine = New(Options{})

// Assess sets l.Flags and l.Risk with the default options.
func Assess(l *model.Listing) { defaultEngine.Assess(l) }

// plainCheck, set by this package's tests only, is called after every
// Assess without PlainMatching: it runs the rules again with plain
// matching and reports a difference, so that every test of the rules
// checks the fast path against the plain one.
var plainCheck func(e *Engine, l *model.Listing)

// Assess sets l.Flags (never nil; sorted by severity, highest first, then
// id) and l.Risk. It does not change any other field. A nil l is ignored.
func (e *Engine) Assess(l *model.Listing) {
	if l == nil {
		return
	}
	l.Flags = e.flags(l, e.opts.PlainMatching)
	l.Risk = Risk(l.Flags)
	if plainCheck != nil && !e.opts.PlainMatching {
		plainCheck(e, l)
	}
}

// flags runs the rules on l.
func (e *Engine) flags(l *model.Listing, plain bool) []model.Flag {
	c := newCtx(l, e.opts)
	defer c.release()
	if plain {
		for _, v := range c.views() {
			v.plain = true
		}
	}
	flags := make([]model.Flag, 0, 4)
	for i := range rules {
		r := &rules[i]
		if e.disabled[r.ID] {
			continue
		}
		h, ok := r.check(c)
		if !ok {
			continue
		}
		sev := r.Severity
		if h.sev != "" {
			sev = h.sev
		}
		if o, ok := e.severity[r.ID]; ok {
			sev = o
		}
		reason := r.Reason
		if h.reason != "" {
			reason = h.reason
		}
		flags = append(flags, model.Flag{ID: r.ID, Family: r.Family, Severity: sev, Reason: reason, Evidence: h.span})
		c.fired[r.ID] = true
	}
	SortFlags(flags)
	return flags
}

// SortFlags orders flags by severity, highest first, then by id.
func SortFlags(flags []model.Flag) {
	slices.SortStableFunc(flags, func(a, b model.Flag) int {
		if d := b.Severity.Rank() - a.Severity.Rank(); d != 0 {
			return d
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// Risk combines flags: high if any high scam or UNPAID flag or three or more
// medium scam flags; medium if any medium flag; else low. Vague and pay
// flags never make a listing high risk on their own. Severities are taken
// as given, so an UNPAID flag overridden to medium counts as medium.
func Risk(flags []model.Flag) model.Severity {
	mediumScam, medium := 0, false
	for _, f := range flags {
		switch {
		case f.Severity == model.SeverityHigh && (f.Family == model.FamilyScam || f.ID == Unpaid):
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

// RuleInfo describes one rule: what the config layer validates flag ids
// against and what pages show to explain a flag.
type RuleInfo struct {
	ID       string         `json:"id"`
	Family   model.Family   `json:"family"`
	Severity model.Severity `json:"severity"` // default severity
	Reason   string         `json:"reason"`
}

// Rules lists every rule in a stable order (the order of DESIGN.md).
func Rules() []RuleInfo {
	out := make([]RuleInfo, len(rules))
	for i, r := range rules {
		out[i] = RuleInfo{ID: r.ID, Family: r.Family, Severity: r.Severity, Reason: r.Reason}
	}
	return append(out, corpusRules...)
}

// Lookup returns the rule with the given id.
func Lookup(id string) (RuleInfo, bool) {
	for _, r := range rules {
		if r.ID == id {
			return RuleInfo{ID: r.ID, Family: r.Family, Severity: r.Severity, Reason: r.Reason}, true
		}
	}
	for _, r := range corpusRules {
		if r.ID == id {
			return r, true
		}
	}
	return RuleInfo{}, false
}
