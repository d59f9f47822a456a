package normalize

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Shapes a broad sample of other projects' type tables
// showed us missing.
//
//   - A value that still carries its own label ("Contract type: Unlimited",
//     "Contract type:" with nothing after it) is read by its value alone:
//     the word "contract" in the label says nothing about the terms.
//   - "<tenure> employment" ("Permanent employment") is read as the tenure
//     word, and an unlimited (open-ended) contract is a permanent post.
//   - A weekly hours count written as the employment field ("40 hours per
//     week", "Jornada de 44 horas semanales") decides the hours.

// typeLabelHead is a type label opening a value: "Contract type:",
// "Employment type -", "Job types:".
var typeLabelHead = regexp.MustCompile(`(?i)^\s*(?:contract|employment|job|work|position)[ _-]?types?\s*(?:[:：–-]|$)`)

// stripTypeLabel cuts a leading type label from raw; ok is false when raw
// has none. A cheap first-letter check keeps the regexp off most values.
func stripTypeLabel(raw string) (string, bool) {
	s := strings.TrimLeft(raw, " \t")
	if len(s) < 8 {
		return raw, false
	}
	switch s[0] | 0x20 {
	case 'c', 'e', 'j', 'w', 'p':
	default:
		return raw, false
	}
	m := typeLabelHead.FindStringIndex(s)
	if m == nil {
		return raw, false
	}
	return s[m[1]:], true
}

// openEndedValue is an unlimited or open-ended contract, with or without
// "employment" or "contract" after it.
var openEndedValue = regexp.MustCompile(`(?i)^(?:unlimited|open[- ]ended|unbounded)(?:\s+(?:employment|contract|term))?$`)

// employmentNounTail is a trailing "employment" after a tenure or hours
// word: "Permanent employment", "Casual employment".
var employmentNounTail = regexp.MustCompile(`(?i)^([\p{L}][\p{L} -]{2,30}?)\s+employment$`)

// labelledValueType maps a labelled or noun-tailed value; handled is false
// when raw is neither, so the caller maps it as before.
func labelledValueType(raw string) (t model.JobType, handled bool) {
	v, labelled := stripTypeLabel(raw)
	v = strings.Trim(strings.TrimSpace(v), ",;.:*_-– ")
	if labelled && v == "" {
		return model.TypeUnknown, true // "Contract type:" with no value
	}
	if v == "" {
		return model.TypeUnknown, false
	}
	if c := v[0] | 0x20; (c == 'u' || c == 'o') && openEndedValue.MatchString(v) &&
		(labelled || strings.ContainsRune(v, ' ')) { // a bare "Unlimited" field stays unread
		return model.TypeFullTime, true // "Contract type: Unlimited", "Open-ended contract"
	}
	if !hasSuffixFold(v, "employment") {
		if labelled {
			return MapEmploymentType(v), true // "Contract type: Permanent"
		}
		return model.TypeUnknown, false
	}
	if m := employmentNounTail.FindStringSubmatch(v); m != nil && !strings.EqualFold(m[1], "in") {
		if t := MapEmploymentType(m[1]); t != model.TypeUnknown {
			return t, true // "Permanent employment"
		}
	}
	if labelled {
		return MapEmploymentType(v), true // "Contract type: Permanent"
	}
	return model.TypeUnknown, false
}

// fieldWeekHours is a weekly hours count in the employment field, in
// English, Spanish or Portuguese: "40 hours per week", "Jornada de 44
// horas semanales", "30 horas por semana".
var fieldWeekHours = regexp.MustCompile(`(?i)(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:hours?|hrs?\.?|horas?|hs\.?)\s*(?:per\s+week|a\s+week|/\s*(?:week|wk|semana)|weekly|semanales|por\s+semana|a\s+la\s+semana|semanais)\b`)

// hoursBoundBefore is a comparative just before the hours count.
var hoursBoundBefore = regexp.MustCompile(`(?i)(?:than|up to|at least|at most|max(?:imum)?|min(?:imum)?|hasta|menos de|más de|[<>≤≥~])\s*$`)

// fieldWeekHoursType reads fieldWeekHours: 35 hours or more is full
// time, 30 or fewer part time, between them unknown.
func fieldWeekHoursType(employmentType string) model.JobType {
	if len(employmentType) < 6 || len(employmentType) > 80 || !strings.ContainsAny(employmentType, "0123456789") {
		return model.TypeUnknown
	}
	m := fieldWeekHours.FindStringSubmatchIndex(employmentType)
	if m == nil || hoursBoundBefore.MatchString(employmentType[:m[0]]) {
		return model.TypeUnknown // "Less than 30 hrs/week" is a bound, not the hours
	}
	h, err := strconv.ParseFloat(strings.Replace(employmentType[m[2]:m[3]], ",", ".", 1), 64)
	switch {
	case err != nil || h == 0:
		return model.TypeUnknown
	case h >= 35:
		return model.TypeFullTime
	case h <= 30:
		return model.TypePartTime
	}
	return model.TypeUnknown
}
