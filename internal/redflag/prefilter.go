package redflag

import (
	"maps"
	"regexp"
	"slices"
	"strings"
)

// prefilters lists, for the costlier patterns, literals of which every
// match contains at least one: a text with none of them cannot match, and
// the regular expression is not run. This is purely an optimization.
var prefilters = map[*regexp.Regexp][]string{
	// "reship", not "ship": every "internship" held that. "forward": the
	// receive-and-forward-goods phrases hold no other literal.
	reCheck: {"check", "cheque", "reship", "re-ship", "forward", "package", "parcel", "gift", "money", "funds", "balance", "remain", "differ",
		"excess", "rest", "western union", "moneygram", "bitcoin", "btc", "crypto", "usdt", "payment", "transfer", "mule"},
	rePersonal: {"social security", "ssn", "national", "bank", "routing", "scan", "cop", "photo", "picture", "image",
		"selfie", "birth", "dob", "maiden", "credit card"},
	reFee:        {"fee", "charge", "cost", "deposit", "payment", "investment", "starter", "kit", "purchase", "buy", "pay", "invest"},
	reChatApp:    {"telegram", "whats", "signal", "hangout", "textnow", "text now", "wechat", "kik", "wickr", "viber"},
	reEarnRate:   {"$", "€", "£", "usd"},
	reHypePay:    {"unlimited", "biggest", "easy", "money", "full", "rich", "freedom", "earn", "thousands", "hundreds"},
	reMoneyPitch: {"money", "cash", "income", "$", "extra", "easy", "boss", "financial", "paid"},
	reHomeWork:   {"home", "free time", "spare time", "own place", "own pace", "own hours", "anywhere", "any where", "work any", "own boss"},
	rePressureStrong: {"interview", "only ", "limited", "few ", "within", "act ", "hurry", "miss", "first come", "hired",
		"offer", "take action", "urgent", "filling", "today", "now"},
	rePressureWeak: {"immediate"},
	// "paid in ex", "payment is", "payment will": "paid in experience"
	// and "payment is experience" hold no other literal.
	reUnpaidPhrase: {"volunteer", "credit", "exposure", "equity", "without", "stipend", "salary", "wage", "remuneration",
		"compensation", "not paid", "not compensated", "paid in ex", "payment is", "payment will"},
	reUnpaidWord:   {"paid"},
	reCatchall:     {"other", "not limited"},
	reVagueRoutine: {"day-to-day", "daily", "everyday", "general", "routine"},
	reStealth:      {"stealth"},
	reEmail:        {"@"},
}

// possible reports whether re can match s, by its prefilter.
func possible(re *regexp.Regexp, s string) bool {
	lits, ok := prefilters[re]
	if !ok {
		return true
	}
	for _, l := range lits {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}

// possible is the package's possible for the pattern on v.s, with the
// literals the shared cue set finds.
func (v *view) possible(re *regexp.Regexp) bool {
	lits, ok := prefilters[re]
	if !ok {
		return true
	}
	if found, ok := v.possibleBits(lits); ok { // scan_litbits.go
		return found
	}
	idx := v.litIndexes(lits)
	for i, l := range lits {
		if ps, ok := v.occurrences(idx, i); ok {
			if len(ps) > 0 {
				return true
			}
		} else if strings.Contains(v.s, l) {
			return true
		}
	}
	return false
}

// findAllIn is findAll, run only on the sentences that hold one of re's
// prefilter literals (all of v.s for a pattern without a prefilter). The
// patterns are local to a sentence, and short inputs let the regexp
// package use its faster backtracking matcher.
func (v *view) findAllIn(re *regexp.Regexp) [][]int {
	var out [][]int
	v.eachIn(re, func(m []int) bool {
		out = append(out, m)
		return true
	})
	return out
}

// eachIn calls fn with each of v.findAllIn(re) in order until fn returns
// false, and reports whether fn stopped it.
func (v *view) eachIn(re *regexp.Regexp, fn func(m []int) bool) bool {
	lits, ok := prefilters[re]
	if !ok || len(v.s) < 400 {
		return v.eachMatch(re, 0, len(v.s), fn)
	}
	c, ok := v.windowCue(re) // gate_nocands.go
	if !ok {
		return false
	}
	var buf [16][2]int
	for _, w := range mergeWindows(v.litWindows(buf[:0], lits)) {
		if v.eachMatchCue(c, re, w[0], w[1], fn) {
			return true
		}
	}
	return false
}

// cuePatterns lists the patterns the rules run through the view helpers
// (find, has, findAll and the gates): one automaton finds the prefixes of
// all of them in one pass over a view. A pattern left out still gets a cue
// of its own, at the cost of its own pass.
func cuePatterns() []*regexp.Regexp {
	res := []*regexp.Regexp{reDuration, reMoney, reVolunteerTitle, reVagueRoutine, reUnskilled, reUnpaidWord,
		reUnpaidPhrase, reTitlePay, reStudentWork, rePayUnpaid, rePaidRole, reLowSkillTitle, reHypePay, reHoursADay,
		reEarnRate, reCommissionRole, reCommissionOnly, reCatchall, reVagueScope, reSupervisor, reSupervisorMore,
		reOpeningsCount, rePeopleCount, reMassWords, reDutiesLead}
	for re := range prefilters {
		res = append(res, re)
	}
	for _, g := range knownGates() {
		res = append(res, g.re)
	}
	slices.SortFunc(res, func(a, b *regexp.Regexp) int { return strings.Compare(a.String(), b.String()) })
	return slices.CompactFunc(res, func(a, b *regexp.Regexp) bool { return a == b })
}

// knownGates lists the gates of the rules (see gated).
func knownGates() []*gated {
	return append([]*gated{gateVagueScope, gateSupervisor, gateSupervisorMore, gateOpenings, gatePeople, gateMass,
		gateIncomeClaim, gatePressureStrong, gatePressureWide, gatePressureWeak, gatePersonalBasic}, anonCues...)
}

// cueLiterals lists the lists of literals of the gates and prefilters,
// which the shared cue set finds in the same pass as the prefixes. A
// literal left out is looked for with strings.Index.
func cueLiterals() [][]string {
	var lists [][]string
	for _, g := range knownGates() {
		lists = append(lists, g.lits)
	}
	for _, re := range slices.SortedFunc(maps.Keys(prefilters), func(a, b *regexp.Regexp) int {
		return strings.Compare(a.String(), b.String())
	}) {
		lists = append(lists, prefilters[re])
	}
	return lists
}
