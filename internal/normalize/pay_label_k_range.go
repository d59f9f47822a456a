package normalize

import "regexp"

// A salary range written in thousands with a k right after a salary label
// that has no colon: "Salary 120k to 180k", "Salary range 90k-110k",
// "Base salary 95k - 120k", "a salary of 95k-120k". textBareAt reads a range with no period only
// after a label that ends in a colon, a dash or "is" (textSalaryLabel);
// these labels run straight into the figures. Only a range whose far end
// carries the k is read this way (a count such as "salary 120 to 180" or a
// single "salary 120k" stays unread), and the usual limits, pay-word and
// funding checks of textBareAt still apply.

// textSalaryLabelBare is a salary label with no punctuation right before
// an amount: "Salary ", "Salary range ", "Base salary ", "Compensation ",
// "Pay range ", and the same followed by "of" ("Base salary of ").
var textSalaryLabelBare = regexp.MustCompile(`(?i)\b(?:(?:base|annual|yearly|starting)\s+)?(?:(?:salary|compensation|remuneration)(?:\s+(?:range|band))?|pay\s+(?:range|band|scale))\s+(?:of\s+)?$`) // "Pay range 90k - 130k" (pay_table_shapes.go)

// kCountAfter is a count noun right after a k range: "120k to 180k users"
// counts people or things, not money.
var kCountAfter = regexp.MustCompile(`(?i)^\s*(?:users|customers|clients|members|employees|people|downloads|installs|followers|subscribers|views|visits|visitors|requests|orders|transactions|records|rows|lines|words|miles|km|units)\b`)

// bareLabelKRange reports that a ranged bare amount whose far end has a k
// (kFar, the k group of the range's second end) follows a salary label
// with no punctuation and no count noun follows it (before and after are
// the text before and after the amount).
func bareLabelKRange(before, after, kFar string, ranged bool) bool {
	return ranged && kFar != "" && textSalaryLabelBare.MatchString(before) && !kCountAfter.MatchString(after)
}
