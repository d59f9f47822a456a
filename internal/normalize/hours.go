package normalize

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Effort is the work a listing states: total hours, hours per week and
// calendar duration. Nil fields are unknown. An upper bound alone ("no more
// than 25 hours a week") has Min 0.
type Effort struct {
	Hours        *model.Range // total hours of work
	Weekly       *model.Range // hours per week
	DurationDays *model.Range // calendar days (a week is 7, a month 30, a year 365)
	// TotalStated reports that the text states the total hours itself
	// (rather than Hours being weekly hours times the duration).
	TotalStated bool
}

const (
	numWord = `\d{1,4}(?:\.\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a|an|a couple of|a few`
	preWord = `(?P<pre>no more than|not more than|no longer than|not longer than|less than|under|not to exceed|up to|upto|a maximum of|maximum of|max(?:imum)?\.?|at most|at least|a minimum of|minimum of|min(?:imum)?\.?|about|around|approximately|approx\.?|roughly|an estimated|estimated|a total of|~|±|\+/-)?\s*`
)

var (
	reWeekly   = newCueRegexp(`(?i)` + preWord + `(?P<a>\b(?:` + numWord + `))(?:\s*(?:-|–|—|to|or)\s*(?P<b>` + numWord + `))?\s*\+?\s*(?:hours?|hrs?|h)\b\.?\s*(?:(?:/|per|a|an|each|every)\s*(?P<per>week|wk|day|month|mo)\b|(?P<ly>weekly|daily|monthly)\b)`)
	reHourWeek = newCueRegexp(`(?i)` + preWord + `(?P<a>\d{1,3})(?:\s*(?:-|–|to)\s*(?P<b>\d{1,3}))?[\s-]*hours?[\s-]*(?:work)?\s*week\b`)
	reTotal    = newCueRegexp(`(?i)` + preWord + `(?P<a>\b(?:` + numWord + `))(?:\s*(?:-|–|—|to|or)\s*(?P<b>` + numWord + `))?\s*\+?[\s-]*(?:hours?|hrs?)\b`)
	reDuration = newCueRegexp(`(?i)` + preWord + `(?P<a>\b(?:` + numWord + `))(?:\s*(?:-|–|—|to|or)\s*(?P<b>` + numWord + `))?\s*\+?[\s-]*(?P<u>days?|weeks?|wks?|months?|mos?|years?|yrs?)\b`)

	totalNotAfter  = regexp.MustCompile(`(?i)^\s*(?:(?:/|per|a|an|each|every)\s*(?:week|wk|day|month|mo|shift)\b|weekly|daily|monthly|of (?:[\w-]+ ){0,2}overtime|overtime|notice|shift|ago|later|before|after|prior|in advance|response|turnaround|window|a week|of (?:the day|sleep|flight|travel|training|video|content|footage|audio)|per|[-\s]*(?:work)?(?:week|day)\b|of (?:your )?(?:time )?(?:each|every|a|per))`)
	totalNotBefore = newCueRegexp(`(?i)(?:within|in the next|in|after|every|each|delayed by|reply|respond|respond in|response|last|past|first|once|twice|open|available|around the clock|than|least|pre-approved|of the|hours:?|business)\s*$`)

	durCue       = newCueRegexp(`(?i)(?:\bfor|\bover|\blasting|\blasts|\bduration:?|\blength:?|\bterm:?|\bperiod:?|\bspanning|\bruns?|\bspans?|\bcommitment:?|\bof|(?:complete[ds]?|finish(?:ed)?|deliver(?:ed)?|done|wrap(?:ped)? up)\s+(?:\w+\s+){0,3}within|\btimeline:?|\btimeframe:?|\bduration of|\bcontract:?|\bassignment:?)\s*(?:a|an|the|only|just|roughly|approximately|about|around|up to|~)?\s*(?:` + preWord + `)?$`)
	durNotBefore = newCueRegexp(`(?i)(?:\bafter|\bleave|\bnotice|\bprobation|\bexperience|\bevery|\beach|\bper|\bfirst|\bpast|\blast|\bnext|\bin|\bin just|\bthan|\bwithin|\bago|\bonce|\btwice|\btimes|\bmonthly|\bour|\bthe|\byour|\bsince|\bpaid|\bunpaid|\bto|\bof the)\s*(?:` + preWord + `)?$`)
	durCueAfter  = regexp.MustCompile(`(?i)^[\s-]*(?:(?:long|paid|unpaid|remote|virtual|part-time|full-time|summer|winter|spring|fall|autumn|research|student|micro|project-based)[\s-]+){0,3}(?:project|internship|micro-?internship|contract|commitment|engagement|assignment|program|programme|placement|sprint|gig|role|position|period|term|duration|timeline|timeframe|fellowship|externship|apprenticeship|job)\b`)
	durNotAfter  = regexp.MustCompile(`(?i)^\s*(?:of\s+(?:[\w-]+\s+){0,3}(?:experience|leave|notice|probation|training|onboarding|paid|age|the year|vacation|pto|holidays?|data|history|records|logs)|experience|exp\b|ago|notice|probation|leave|paid|unpaid|after|from now|before|prior|old|for (?:parents|new parents|birth|adoption|maternity|paternity|the first)|later|in advance|post|following|remaining|(?:/|per|a|an|each|every)\s*(?:week|wk|year|month)|annually|off|of pto|trial|free|money[- ]back|guarantee|salary|severance|a year|vacation|holiday|sick)`)

	// durAfterEffort is an effort phrase right before a duration: the time
	// the stated hours are spread over ("15 hours over 3 weeks", "10 hours
	// in 2 weeks", "30 hours within 5 weeks", "10 hours a week for 4 weeks").
	durAfterEffort = newCueRegexp(`(?i)\b(?:hours?|hrs?)\b\.?(?:\s*(?:/|per|a|an|each|every)\s*(?:week|wk|day)\b)?(?:\s+of\s+(?:\w+\s+)?work)?(?:\s+spread)?\s+(?:over|across|in|within|during|for)(?:\s+the)?\s*$`)

	hourTrigger = regexp.MustCompile(`(?i)\b(?:hours?|hrs?|h)\b`)
	durTrigger  = regexp.MustCompile(`(?i)\b(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)\b`)
	// hourWords and durWords are every word the triggers match.
	hourWords = map[string]bool{"hours": true, "hour": true, "hrs": true, "hr": true, "h": true}
	durWords  = map[string]bool{"days": true, "day": true, "weeks": true, "week": true, "wks": true, "wk": true,
		"months": true, "month": true, "mos": true, "mo": true, "years": true, "year": true, "yrs": true, "yr": true}

	dailyNumWords = map[string]float64{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
		"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
		"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a couple of": 2, "a few": 3}
)

// ParseEffort reads hours and duration from text. Weekly hours ("10 hours a
// week", "15-20 hours/week", "a 40-hour workweek", "no more than 25 hours a
// week") are kept apart from total hours ("10-20 hours", "~15 hrs", "a
// 10-hour project"); the total is the weekly hours times the weeks when only
// those are stated ("10 hours a week for 4 weeks" = 40 hours). Durations
// ("2-4 weeks", "1 month", "for 6 months", "a 4 to 8-month commitment") skip
// notice periods, leave, experience and benefits waiting times.
func ParseEffort(text string) Effort {
	var e Effort
	hours, durs := effortWords(text)
	e.Weekly = parseWeekly(text, hours)
	e.Hours = parseTotal(text, hours)
	e.TotalStated = e.Hours != nil
	e.DurationDays = parseDuration(text, durs)
	if e.Hours == nil {
		e.Hours = totalFrom(e.Weekly, e.DurationDays)
	}
	return e
}

// totalFrom multiplies weekly hours by the weeks of a duration.
func totalFrom(weekly, days *model.Range) *model.Range {
	if weekly == nil || days == nil || weekly.Max <= 0 {
		return nil
	}
	r := &model.Range{Min: round2(weekly.Min * days.Min / 7), Max: round2(weekly.Max * days.Max / 7), Source: model.FromText}
	return r
}

// parseWeekly finds the hours per week, combining a floor and a cap stated
// apart ("at least 13 hours per week, max 20 hours per week").
func parseWeekly(text string, hours [][]int) *model.Range {
	var lo, hi float64
	found := false
	add := func(pre string, a, b float64) {
		switch rangeKind(pre) {
		case "max":
			if hi == 0 {
				hi = b
			}
		case "min":
			if lo == 0 {
				lo = a
			}
		default:
			if !found || (lo == 0 && hi == 0) {
				lo, hi = a, b
			}
		}
		found = true
	}
	for _, m := range findAllInIf(text, reWeekly, hours, 80, 40, mayWeekly) {
		a, b, ok := numbers(text, reWeekly, m)
		if !ok {
			continue
		}
		per := strings.ToLower(group(text, m, reWeekly.SubexpIndex("per")) + group(text, m, reWeekly.SubexpIndex("ly")))
		switch {
		case strings.HasPrefix(per, "d"):
			a, b = a*5, b*5
		case strings.HasPrefix(per, "m"):
			a, b = round2(a*12/52), round2(b*12/52)
		}
		if b > 168 {
			continue
		}
		add(group(text, m, reWeekly.SubexpIndex("pre")), a, b)
	}
	for _, m := range findAllInIf(text, reHourWeek, hours, 80, 40, mayHourWeek) {
		if a, b, ok := numbers(text, reHourWeek, m); ok && b <= 100 {
			add(group(text, m, reHourWeek.SubexpIndex("pre")), a, b)
		}
	}
	if !found {
		return nil
	}
	if lo > 0 && hi == 0 {
		hi = lo
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	return &model.Range{Min: lo, Max: hi, Source: model.FromText}
}

// parseTotal finds the first statement of total hours.
func parseTotal(text string, hours [][]int) *model.Range {
	var r *model.Range
	eachInIf(text, reTotal, hours, 80, 10, mayTotal, func(m []int) bool {
		after := text[m[1]:min(len(text), m[1]+40)]
		numStart := m[2*reTotal.SubexpIndex("a")]
		before := text[max(0, numStart-30):numStart]
		if totalNotAfterMatch(after) || totalNotBefore.MatchString(before) {
			return false
		}
		if w := strings.ToLower(group(text, m, reTotal.SubexpIndex("a"))); w == "a" || w == "an" || strings.HasPrefix(w, "a ") {
			return false
		}
		a, b, ok := numbers(text, reTotal, m)
		if !ok || b > 2000 || (a == 24 && b == 24) {
			return false
		}
		if rangeKind(group(text, m, reTotal.SubexpIndex("pre"))) == "max" {
			a = 0
		}
		r = &model.Range{Min: a, Max: b, Source: model.FromText}
		return true
	})
	return r
}

// parseDuration finds how long the work lasts. A duration tied to the work
// ("15 hours over 3 weeks", "a 10-week paid fellowship") beats one after a
// cue word ("for 6 months", "Duration: 1 month"), which beats a bare one
// ("six months"); among equals the first wins.
func parseDuration(text string, durs [][]int) *model.Range {
	var best *model.Range
	bestRank := -1
	eachInIf(text, reDuration, durs, 80, 10, mayDuration, func(m []int) bool {
		after := text[m[1]:min(len(text), m[1]+40)]
		before := text[max(0, m[0]-40):m[0]]
		aWord := strings.ToLower(group(text, m, reDuration.SubexpIndex("a")))
		noun := durCueAfterMatch(after) // durCueAfter.MatchString (guard_duration.go)
		rank := 0
		switch {
		case noun || durAfterEffort.MatchString(before):
			rank = 2
		case durCue.MatchString(before):
			rank = 1
		}
		u := strings.ToLower(group(text, m, reDuration.SubexpIndex("u")))
		if rank == 0 && (aWord == "a" || aWord == "an" || strings.HasPrefix(u, "y") || strings.HasPrefix(u, "d")) {
			return false // first: skipped either way, the two regexps below cost more (normspeed10)
		}
		if rank <= bestRank || (!noun && durNotAfterMatch(after)) || (rank == 0 && durNotBefore.MatchString(before)) {
			return false
		}
		a, b, ok := numbers(text, reDuration, m)
		if !ok {
			return false
		}
		f := unitDays(u)
		a, b = a*f, b*f
		if b > 3*365 || b <= 0 {
			return false
		}
		if rangeKind(group(text, m, reDuration.SubexpIndex("pre"))) == "max" {
			a = 0
		}
		best, bestRank = &model.Range{Min: a, Max: b, Source: model.FromText}, rank
		return rank == 2
	})
	return best
}

func unitDays(u string) float64 {
	switch {
	case strings.HasPrefix(u, "d"):
		return 1
	case strings.HasPrefix(u, "w"):
		return 7
	case strings.HasPrefix(u, "m"):
		return 30
	}
	return 365
}

// numbers reads the "a" and "b" groups of m (b defaults to a), ordered.
func numbers(text string, re *cueRegexp, m []int) (a, b float64, ok bool) {
	a, ok = numValue(group(text, m, re.SubexpIndex("a")))
	if !ok {
		return 0, 0, false
	}
	b = a
	if s := group(text, m, re.SubexpIndex("b")); s != "" {
		if b, ok = numValue(s); !ok {
			return 0, 0, false
		}
	}
	if a > b {
		a, b = b, a
	}
	return a, b, a >= 0 && b > 0
}

func numValue(s string) (float64, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if v, ok := dailyNumWords[joinFields(s)]; ok {
		return v, true
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
		return 0, false
	}
	return v, true
}

// rangeKind classifies a qualifier: "max" (up to, no more than), "min" (at
// least) or "" (about, none).
func rangeKind(pre string) string {
	p := strings.ToLower(strings.TrimSpace(pre))
	switch {
	case p == "":
		return ""
	case strings.Contains(p, "more than") || strings.Contains(p, "longer than") || strings.Contains(p, "less") || strings.Contains(p, "under") || strings.Contains(p, "up") || strings.Contains(p, "max") || strings.Contains(p, "most") || strings.Contains(p, "exceed"):
		return "max"
	case strings.Contains(p, "least") || strings.Contains(p, "min"):
		return "min"
	}
	return ""
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }
