package normalize

import (
	"regexp"
	"strings"
)

// Two readers of the words after an amount that make it a project's pay
// (table tests in pay_piece_rate_test.go and
// pay_budget_field_label_test.go). They run only when unitAfter and
// fixedAfter (pay.go) found nothing, behind a cheap test of the first
// word, so the large anchored expressions every amount meets stay as they
// were:
//
//   - a piece of work paid each, right after "per", "each", "for each",
//     "/" or "a" ("$0.08 per word", "$10/test", "€35 a class", "0,07 € pro
//     Wort", "R$ 600 por projeto"), or a word or two after "per" ("$50 per
//     approved UGC video", "$8 per 15-minute test", "€30 per 1,000 words",
//     "$100 for each approved tutorial": pay_gig_budget.go): a rate by the piece
//     (a price "per box" stays no pay: pay.go perOther). It scores 2, so a
//     stated total beats it ("$600 for 3 pages ($200 per page)");
//   - what the amount is for: a timed session ("$30 for a 45-minute
//     interview", "$75 for a two-hour focus group"), a deliverable ("$180
//     for a logo"), or the project in German, French, Spanish, Portuguese
//     or Italian ("950 € für das Projekt", "400 € pour la mission").

// pieceWordsAfterRe is a connector, up to two words (none after "a",
// "an", "pro", "par" or "por"), then a piece of work.
var pieceWordsAfterRe = regexp.MustCompile(`(?i)^\s*(?:(?:per|each|for\s+each|for\s+every)\s+(?:[\p{L}\d][\p{L}\d'’-]*(?:[.,]\d+)*\s+){0,2}?|/\s*|(?:an?|pro|par|por)\s+)(` + perItem + `|` + perPiece + `|` + morePieces + `)(?:[^\p{L}\d]|$)`)

// pieceWordsAfter reads such a phrase after an amount: its length in
// bytes (to the piece word's end) and whether there is one.
func pieceWordsAfter(after string) (int, bool) {
	head := after
	if len(head) > 60 {
		head = head[:60]
	}
	t := strings.TrimLeft(head, " \t")
	if t == "" || !(t[0] == '/' || hasPrefixFold(t, "per ") || hasPrefixFold(t, "each ") || hasPrefixFold(t, "for ") ||
		hasPrefixFold(t, "a ") || hasPrefixFold(t, "an ") || hasPrefixFold(t, "pro ") || hasPrefixFold(t, "par ") || hasPrefixFold(t, "por ")) {
		return 0, false
	}
	loc := pieceWordsAfterRe.FindStringSubmatchIndex(head)
	if loc == nil {
		return studyPieceAfter(head, t) // "$40 per study" (pay_study_task.go)
	}
	return loc[3], true // the piece word's end
}

// projectForAfterRe is "for" a timed session or a deliverable, or the
// project in five other languages.
var projectForAfterRe = regexp.MustCompile(`(?i)^\s*(?:\(|,)?\s*(?:for\s+(?:a|an|one|each|the|your|every)\s+(?:(?:\d+|one|two|three|five|ten|fifteen|twenty|thirty|forty|forty-five|sixty|ninety)[- ]?(?:minutes?|mins?|hours?|hrs?|hr)(?:[- ]long)?\s+)?(?:(?:online|remote|virtual|short|brief|paid|user|research|zoom|phone|video)\s+)?(?:interview|session|survey|study|call|test|focus[- ]group|conversation|usability[- ]test|logo|website|landing[- ]page|banner|illustration|flyer|poster|thumbnail|blog[- ]post|mockup|prototype|jingle|voice[- ]?over|animation)|für\s+(?:das|den|die|dieses|diesen)\s+(?:gesamte\s+)?(?:projekt|auftrag)|pour\s+(?:le|la|ce|cette|l['’])\s*(?:projet|mission)|por\s+(?:el|o|la|a|todo\s+el|todo\s+o)\s+(?:proyecto|projeto|trabajo|trabalho)|per\s+(?:il|l['’])\s*progetto)\b`)

// projectForAfter reads such a phrase after an amount.
func projectForAfter(after string) (int, bool) {
	head := after
	if len(head) > 90 {
		head = head[:90]
	}
	t := strings.TrimLeft(head, " \t(,")
	if !hasPrefixFold(t, "for ") && !hasPrefixFold(t, "für ") && !hasPrefixFold(t, "pour ") && !hasPrefixFold(t, "por ") && !hasPrefixFold(t, "per ") {
		return 0, false
	}
	loc := projectForAfterRe.FindStringIndex(head)
	if loc == nil {
		return 0, false
	}
	return loc[1], true
}

// shiftAfterRe is a rate for each shift worked: "per shift", "/shift",
// "a shift", "per 12-hour shift", "for each 8 hr night shift". Hourly and
// shift work in care, warehouses and events is paid so, and a shift is a
// working day's pay (as "за смену" is: pay_slavic_boards.go). A shift
// count or pattern ("per shift pattern") is left to the readers after it.
var shiftAfterRe = regexp.MustCompile(`(?i)^\s*(?:per|each|for\s+each|for\s+every|/|an?)\s*(?:(?:\d{1,2}|eight|ten|twelve)[- ]?(?:hours?|hrs?|h)[- ]?)?(?:(?:day|night|overnight|weekend|weekday|evening|on-?call|prn|per[- ]diem)\s+)?shifts?\b(?:\s+(?:pattern|differential|diff|premium|bonus|incentive|stipend|meals?|allowance|pattern|rotation|schedule)\b)?`)

// shiftAfter reads such a phrase after an amount: its length and whether
// there is one. A shift's differential, premium or bonus ("$50 per shift
// bonus") is no rate of pay: ok with n == 0 then (judge turns it away).
func shiftAfter(after string) (n int, rate, ok bool) {
	head := after
	if len(head) > 50 {
		head = head[:50]
	}
	if !containsFold(head, "shift") {
		return 0, false, false
	}
	loc := shiftAfterRe.FindStringIndex(head)
	if loc == nil {
		return 0, false, false
	}
	if m := head[:loc[1]]; !hasSuffixFold(strings.TrimRight(m, " "), "shift") && !hasSuffixFold(strings.TrimRight(m, " "), "shifts") {
		return 0, false, true // "$50 per shift bonus", "$3 per night shift differential"
	}
	return loc[1], true, true
}
