package normalize

import "regexp"

// winBefore is the verb "win" right before an amount: a prize to be won,
// not pay for work, in running text as in a title ("Logo Contest – Win
// $500", pay_title_range_test.go): "Build. Compete. Win $25,000.", "a
// chance to win up to €2,000", "could win £500". A letter, digit or hyphen
// before "win" makes another word ("twin", "win-win"); "the winner
// receives €500" stays a contest's fee (rewardNamed, pay_local_marks.go).
var winBefore = regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}_-])win\s+(?:up\s+to\s+|a\s+share\s+of\s+|over\s+|more\s+than\s+)?$`)

// winRewardBefore reports such a prize verb before an amount (judge,
// pay.go); the cheap substring test first.
func winRewardBefore(before string) bool {
	return containsFold(before, "win") && winBefore.MatchString(before)
}
