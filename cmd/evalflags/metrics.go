package main

import (
	"html"
	"regexp"
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// naturalFraudRate is EMSCAD's fraud rate (866 of 17,880 ads).
const naturalFraudRate = 0.0484

// caseResult is one labelled example after assessment.
type caseResult struct {
	ID     string
	Fields map[string]string // our field texts by evidence field name
	Gold   []goldFlag
	Traps  []goldFlag
	Pred   []model.Flag
}

// flagScore is span-level precision and recall of one flag id.
type flagScore struct {
	ID        string  `json:"id"`
	TP        int     `json:"tp"`         // predicted flags matching a gold span
	FP        int     `json:"fp"`         // predicted flags matching none
	Gold      int     `json:"gold"`       // gold (example, flag) pairs
	Found     int     `json:"found"`      // gold pairs matched by a prediction
	Precision float64 `json:"precision"`  // TP/(TP+FP); -1 when nothing predicted
	Recall    float64 `json:"recall"`     // Found/Gold; -1 when no gold
	Unlabeled bool    `json:"unlabelled"` // no gold label of this id anywhere
}

// trapResult says whether a false-positive trap fired.
type trapResult struct {
	Example   string `json:"example"`
	Flag      string `json:"flag"`
	Text      string `json:"text,omitempty"`
	Fired     bool   `json:"fired"`     // the flag fired on the trap's words (or at all, for a trap without words)
	Elsewhere bool   `json:"elsewhere"` // the flag fired on other words of the listing
}

type spanMetrics struct {
	Flags      []flagScore  `json:"flags"`
	Traps      []trapResult `json:"traps"`
	TrapsFired int          `json:"traps_fired"`
	Unknown    []string     `json:"unknown_labels,omitempty"` // gold ids we have no rule for
	Unlocated  []string     `json:"unlocated,omitempty"`      // gold spans not found in our text
}

// locate finds a gold span in our field text: at its own offsets when they
// still fit, else by its words (entities decoded, any white space between
// them), nearest to the labelled offset.
func locate(text string, g *goldSpan) (int, int, bool) {
	if g == nil || g.Text == "" {
		return 0, 0, false
	}
	if 0 <= g.Start && g.Start <= g.End && g.End <= len(text) && text[g.Start:g.End] == g.Text {
		return g.Start, g.End, true
	}
	words := strings.Fields(html.UnescapeString(g.Text))
	if len(words) == 0 {
		return 0, 0, false
	}
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	re, err := regexp.Compile(strings.Join(words, `\s*`))
	if err != nil {
		return 0, 0, false
	}
	best := []int(nil)
	for _, m := range re.FindAllStringIndex(text, -1) {
		if best == nil || abs(m[0]-g.Start) < abs(best[0]-g.Start) {
			best = m
		}
	}
	if best == nil {
		return 0, 0, false
	}
	return best[0], best[1], true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// matches reports whether a predicted flag's evidence overlaps the gold span.
func matches(c *caseResult, f model.Flag, g *goldSpan) bool {
	if g == nil {
		return true // a label without words matches any evidence
	}
	field := ourField(g.Field)
	if f.Evidence.Field != field {
		return false
	}
	s, e, ok := locate(c.Fields[field], g)
	if !ok {
		return false
	}
	if f.Evidence.Start == f.Evidence.End { // structural: overlaps nothing
		return false
	}
	return f.Evidence.Start < e && s < f.Evidence.End
}

func canonical(id string) string {
	if a, ok := flagAliases[id]; ok {
		return a
	}
	return id
}

// scoreSpans computes per-flag precision and recall and the traps fired.
// known is the set of flag ids the engine has.
func scoreSpans(cases []caseResult, known []string) spanMetrics {
	var m spanMetrics
	scores := map[string]*flagScore{}
	for _, id := range known {
		scores[id] = &flagScore{ID: id}
	}
	unknown := map[string]bool{}
	for i := range cases {
		c := &cases[i]
		gold := map[string][]*goldSpan{}
		for _, g := range c.Gold {
			id := canonical(g.Flag)
			if scores[id] == nil {
				unknown[id] = true
				continue
			}
			gold[id] = append(gold[id], g.Evidence)
			if g.Evidence != nil {
				if _, _, ok := locate(c.Fields[ourField(g.Evidence.Field)], g.Evidence); !ok {
					m.Unlocated = append(m.Unlocated, c.ID+" "+id+" "+g.Evidence.Text)
				}
			}
		}
		for id, spans := range gold {
			s := scores[id]
			s.Gold++
			for _, f := range c.Pred {
				if f.ID == id && slices.ContainsFunc(spans, func(g *goldSpan) bool { return matches(c, f, g) }) {
					s.Found++
					break
				}
			}
		}
		for _, f := range c.Pred {
			s := scores[f.ID]
			if s == nil {
				continue
			}
			if slices.ContainsFunc(gold[f.ID], func(g *goldSpan) bool { return matches(c, f, g) }) {
				s.TP++
			} else {
				s.FP++
			}
		}
		for _, t := range c.Traps {
			id := canonical(t.Flag)
			tr := trapResult{Example: c.ID, Flag: id}
			if t.Evidence != nil {
				tr.Text = t.Evidence.Text
			}
			for _, f := range c.Pred {
				if f.ID != id {
					continue
				}
				if t.Evidence == nil || matches(c, f, t.Evidence) {
					tr.Fired = true
				} else {
					tr.Elsewhere = true
				}
			}
			if tr.Fired {
				m.TrapsFired++
			}
			m.Traps = append(m.Traps, tr)
		}
	}
	for _, id := range known {
		s := scores[id]
		s.Precision, s.Recall = ratio(s.TP, s.TP+s.FP), ratio(s.Found, s.Gold)
		s.Unlabeled = s.Gold == 0
		m.Flags = append(m.Flags, *s)
	}
	for id := range unknown {
		m.Unknown = append(m.Unknown, id)
	}
	slices.Sort(m.Unknown)
	return m
}

// ratio is a/b, or -1 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return -1
	}
	return float64(a) / float64(b)
}

// listingResult is one labelled ad after assessment.
type listingResult struct {
	ID    string
	Fraud bool
	Flags []model.Flag
	Risk  model.Severity
}

// listingMetrics are listing-level scores on EMSCAD.
type listingMetrics struct {
	Fraud int `json:"fraud"`
	Legit int `json:"legit"`
	// ScamRecall: fraudulent ads with a high scam flag.
	ScamRecall float64 `json:"scam_recall"`
	// RiskHighRecall: fraudulent ads with risk high (a high scam flag,
	// UNPAID, or three medium scam flags).
	RiskHighRecall float64 `json:"risk_high_recall"`
	// AnyScamRecall: fraudulent ads with any scam flag.
	AnyScamRecall float64 `json:"any_scam_recall"`
	// Legit shares: legitimate ads with any scam flag, any high flag, a
	// high scam flag.
	LegitAnyScam  float64 `json:"legit_any_scam"`
	LegitAnyHigh  float64 `json:"legit_any_high"`
	LegitHighScam float64 `json:"legit_high_scam"`
	// Precision at the natural fraud rate, for the detectors "a high scam
	// flag" and "any scam flag".
	PrecisionHighScam float64 `json:"precision_high_scam_at_4_84"`
	PrecisionAnyScam  float64 `json:"precision_any_scam_at_4_84"`
	// PerFlag counts the ads each flag fired on: [fraudulent, legitimate].
	PerFlag map[string][2]int `json:"per_flag"`
	// Missed and FalseAlarms list ad ids for inspection.
	Missed      []string `json:"missed,omitempty"`
	FalseAlarms []string `json:"false_alarms,omitempty"`
}

func hasFlag(flags []model.Flag, pred func(model.Flag) bool) bool {
	return slices.ContainsFunc(flags, pred)
}

func highScam(f model.Flag) bool {
	return f.Family == model.FamilyScam && f.Severity == model.SeverityHigh
}
func anyScam(f model.Flag) bool { return f.Family == model.FamilyScam }
func anyHigh(f model.Flag) bool { return f.Severity == model.SeverityHigh }

// scoreListings computes listing-level metrics; rate is the natural fraud
// rate precision is re-weighted to.
func scoreListings(rs []listingResult, rate float64) listingMetrics {
	m := listingMetrics{PerFlag: map[string][2]int{}}
	var hs, rh, as, lAny, lHigh, lHS int
	for _, r := range rs {
		seen := map[string]bool{}
		for _, f := range r.Flags {
			if seen[f.ID] {
				continue
			}
			seen[f.ID] = true
			c := m.PerFlag[f.ID]
			if r.Fraud {
				c[0]++
			} else {
				c[1]++
			}
			m.PerFlag[f.ID] = c
		}
		if r.Fraud {
			m.Fraud++
			if hasFlag(r.Flags, highScam) {
				hs++
			} else {
				m.Missed = append(m.Missed, r.ID)
			}
			if r.Risk == model.SeverityHigh {
				rh++
			}
			if hasFlag(r.Flags, anyScam) {
				as++
			}
			continue
		}
		m.Legit++
		if hasFlag(r.Flags, anyScam) {
			lAny++
			m.FalseAlarms = append(m.FalseAlarms, r.ID)
		}
		if hasFlag(r.Flags, anyHigh) {
			lHigh++
		}
		if hasFlag(r.Flags, highScam) {
			lHS++
		}
	}
	frac := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	m.ScamRecall, m.RiskHighRecall, m.AnyScamRecall = frac(hs, m.Fraud), frac(rh, m.Fraud), frac(as, m.Fraud)
	m.LegitAnyScam, m.LegitAnyHigh, m.LegitHighScam = frac(lAny, m.Legit), frac(lHigh, m.Legit), frac(lHS, m.Legit)
	m.PrecisionHighScam = reweighted(rate, m.ScamRecall, m.LegitHighScam)
	m.PrecisionAnyScam = reweighted(rate, m.AnyScamRecall, m.LegitAnyScam)
	return m
}

// reweighted is precision at fraud rate r: r*TPR / (r*TPR + (1-r)*FPR).
// With no positives predicted at all it is 0; with no false positives, 1.
func reweighted(r, tpr, fpr float64) float64 {
	d := r*tpr + (1-r)*fpr
	if d == 0 {
		return 0
	}
	return r * tpr / d
}
