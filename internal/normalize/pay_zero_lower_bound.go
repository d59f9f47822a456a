package normalize

// A range that starts at zero ("0 - 200 USD", "$0 - $5,000") states only its
// upper end: nobody is paid nothing for the work, so the low end is a blank
// left by the board, and the range reads as "up to" its top (Min == Max, as
// "up to $X" does). A lone zero or "$0 - $0" has no top and stays no pay.
func zeroLowerBoundUpTo(c *payCandidate) {
	if c != nil && c.min == 0 && c.max > 0 {
		c.min = c.max
	}
}
