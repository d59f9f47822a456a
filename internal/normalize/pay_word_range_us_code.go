package normalize

// A broad sample of other projects' pay tables found two
// general shapes the pay readers missed:
//
//   - a range joined by a word ("a", "até", "hasta") whose ends are written
//     high to low ("R$ 9.000 a R$ 6.000"): iberianRangeA read only the
//     first end, as the hyphen and "to" readers already swap such ends;
//   - a pay field whose amount is followed by "us" for the US dollar,
//     glued or spaced, before a period ("50us per hour", "50 US per
//     hour"): fieldCodeAfter reads it as it reads "50 usd per hour".
//     Only a whole short pay field is read (codeAfterFieldPay), and the
//     "us" may not run into a word ("50 usually").

// descendingRangeEnd reports whether second, written after first in a
// word-joined range, is the range's low end: smaller than first but not
// below a twentieth of it (the bound iberianRangeA keeps for a high end).
func descendingRangeEnd(first, second float64) bool {
	return second > 0 && second < first && second*20 >= first
}
