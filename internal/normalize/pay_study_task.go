package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Paid research studies and microtasks.
//
//   - studyPieceAfter: a study, a questionnaire or a focus group paid each
//     ("$40 - $90 per study"): a piece of work. pieceWordsAfter asks it only
//     when its own pattern failed, and it reads only when one of its words
//     is in the short head.
//   - timedTaskPay: a bare amount in a listing whose title times the task
//     in minutes or seconds ("Quick survey (~ 8 minutes)" filed "$2.40",
//     "Rate clips - 30 seconds" filed "$1.10") is the task's reward, not an
//     hourly rate; the amount's unit had come from its size alone.

// studyPieces are research participations paid each.
const studyPieces = `stud(?:y|ies)|questionnaires?|focus[- ]groups?`

// studyPieceAfterRe is a connector, up to two words, then a study word.
var studyPieceAfterRe = regexp.MustCompile(`(?i)^\s*(?:(?:per|each|for\s+each|for\s+every)\s+(?:[\p{L}\d][\p{L}\d'’-]*\s+){0,2}?|/\s*)(` + studyPieces + `)(?:[^\p{L}\d]|$)`)

// studyPieceAfter reads a study paid each in head (an amount's next 60
// bytes; t is head without its leading blanks).
func studyPieceAfter(head, t string) (int, bool) {
	if !(t[0] == '/' || hasPrefixFold(t, "per ") || hasPrefixFold(t, "each ") || hasPrefixFold(t, "for ")) {
		return 0, false
	}
	if !containsFold(head, "stud") && !containsFold(head, "questionn") && !containsFold(head, "focus") {
		return 0, false
	}
	loc := studyPieceAfterRe.FindStringSubmatchIndex(head)
	if loc == nil {
		return 0, false
	}
	return loc[3], true
}

// timedTaskTitleRe is a title timing its task: a bracketed length in
// minutes, "for N minutes", "N-minute survey/test/task...", a "length:"
// label, or a length in seconds.
var timedTaskTitleRe = regexp.MustCompile(`(?i)(?:\(\s*~?\s*\d+\s*(?:minutes?|mins?)\s*\)|\bfor\s+(?:about\s+|~\s*)?\d+\s*(?:minutes?|mins?)\b|\b\d+[- ]?(?:minutes?|min)\s+(?:survey|test|task|study|questionnaire|screencast|video|recording|interview|hit|quiz)s?\b|\blength:\s*(?:\d+\s*hours?\s*)?\d+\s*minutes?\b|\b\d+\s*(?:seconds?|secs?)\b)`)

// timedTaskPay makes a bare amount under a timed task's title a project's
// reward.
func timedTaskPay(pay *model.Pay, l *model.Listing) *model.Pay {
	if pay == nil || pay.Unit != model.UnitHour || pay.Evidence == nil || pay.Source != model.FromText {
		return pay
	}
	t := l.Title
	if len(t) > 300 || !(containsFold(t, "min") || containsFold(t, "sec")) || !timedTaskTitleRe.MatchString(t) {
		return pay
	}
	return sizeOnlyAsProject(pay, l)
}
