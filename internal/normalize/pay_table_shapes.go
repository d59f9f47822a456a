package normalize

import (
	"regexp"
	"strings"
)

// Shapes of ordinary pay tables (a broad sample of other
// projects' salary-parser tests). Table tests in pay_table_shapes_test.go.
//
//   - A grade or band number right before a range, joined to it by a dash:
//     "Band 8 - $123,558 to $138,752", "Grade 7 - $60,000 to $70,000". The
//     money scanner reads "8 - $123,558" as a range from 8; the grade
//     number is a label, not the low end, so the range starts at the sign.
//   - A sentence that says what the job (the gig, the visit) pays, with no
//     period after the amount: "This job pays $200", "the gig pays between
//     $150 - $200". The amount is the pay for the job, not an hour's.
//   - "fixed plus variable" after an amount names the fixed part of a
//     salary ("INR 25,00,000 fixed + variable"), not a fixed price.
//   - "CTC" right after an amount with no period after it: Indian posts
//     state the cost to company by the year ("INR 60,00,000 CTC").

// gradeWordBefore is a grade or band label right before a bare number.
var gradeWordBefore = regexp.MustCompile(`(?i)\b(?:band|grade|level|step|tier|scale|lvl|pay\s+grade|salary\s+grade)\s*$`)

// dropGradeStart (called in scanMoney after dropTinyEnd) reads a range
// whose bare first end is a small grade number, written after a grade
// word, from its second end: "Band 8 - $123,558" is $123,558. bareFirst
// reports that the first end has no sign, code or multiplier and the
// second a sign or code; secondStart is where the second end's sign starts.
func dropGradeStart(s string, mo *money, bareFirst bool, secondStart int) {
	if !mo.ranged || !bareFirst || secondStart <= mo.start || mo.min >= 100 || mo.max < 1000 {
		return
	}
	if !gradeWordBefore.MatchString(s[max(0, mo.start-20):mo.start]) {
		return
	}
	mo.min, mo.ranged, mo.start = mo.max, false, secondStart
	// "Band 8 - $123,558 to $138,752": the range the grade number hid
	// runs on after the amount.
	tail := s[mo.end:min(len(s), mo.end+40)]
	loc := gradeRangeJoin.FindStringIndex(tail)
	if loc == nil {
		return
	}
	if ms := scanMoney(tail[loc[1]:]); len(ms) > 0 && ms[0].start == 0 && !ms[0].ranged && ms[0].currency == mo.currency && ms[0].max > mo.max {
		mo.max, mo.ranged, mo.end = ms[0].max, true, mo.end+loc[1]+ms[0].end
	}
}

// gradeRangeJoin joins an amount to a range's second end.
var gradeRangeJoin = regexp.MustCompile(`^\s*(?:-|–|—|to)\s*`)

// jobPaysBefore is a sentence saying what the job pays, right before an
// amount: "This job pays", "the gig pays between", "Each visit pays".
var jobPaysBefore = regexp.MustCompile(`(?i)\b(?:this|the|each|that)\s+(job|gig|task|visit|clean(?:ing)?|shift|assignment|project)\s+pays\s+(?:between\s+|about\s+|around\s+|roughly\s+|approximately\s+)?$`)

// jobPaysProject reports that before, the text right before an amount with
// no period after it, says what the job pays: the amount is the job's.
// "This job pays $25" or "this shift pays $18" under an hour's size is
// left to the size: a job or a shift is as often paid by the hour.
func jobPaysProject(before string, max float64) bool {
	if !containsFold(before, "pays") {
		return false
	}
	m := jobPaysBefore.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	noun := strings.ToLower(m[1])
	return max >= 100 || (noun != "job" && noun != "shift")
}

// fixedVariableAfter is "fixed plus variable" after an amount: the fixed
// part of a salary, no fixed price.
// "4.5 LPA fixed + up to 1 LPA variable" names the variable's amount too.
var fixedVariableAfter = regexp.MustCompile(`(?i)^\s*(?:\(\s*)?fixed\s*(?:\+|plus|and|&|with)\s*(?:up\s+to\s+)?(?:a\s+)?(?:(?:₹|rs\.?|inr)?\s*\d[\d.,]*\s*(?:lpa|lakhs?|lacs?|k)?\s+)?(?:variable|incentives?|bonus)`)

// fixedIsSalaryPart reports that after, the text after an amount, names a
// salary's fixed part.
func fixedIsSalaryPart(after string) bool {
	return containsFold(after, "fixed") && fixedVariableAfter.MatchString(after)
}

// ctcAfter is "CTC" right after an amount.
var ctcAfter = regexp.MustCompile(`(?i)^\s*(?:\(\s*)?ctc\b`)

// ctcYearAfter reports "CTC" right after an amount with no period word
// shortly after it (ctcPeriodAfter reads "CTC per Month"), and the length
// of the cue.
func ctcYearAfter(after string) (int, bool) {
	loc := ctcAfter.FindStringIndex(after)
	if loc == nil {
		return 0, false
	}
	rest := strings.ToLower(after[loc[1]:min(len(after), loc[1]+30)])
	for _, w := range []string{"month", "week", "hour", "day", "/m", "p.m", "pm"} {
		if strings.Contains(rest, w) {
			return 0, false
		}
	}
	return loc[1], true
}

// costLabelBefore is a cost or price label alone before an amount in
// running text: "Cost: $50,000 - $100,000 for the renovation". A cost is
// money spent, not pay ("cost to company" is pay and is not matched).
var costLabelBefore = regexp.MustCompile(`(?i)(?:^|[\n.;!?]\s*)(?:total\s+|estimated\s+|project\s+)?(?:cost|price)\s*:\s*$`)

// costNotPay reports a cost label right before an amount in running text.
func costNotPay(before string, lenient bool) bool {
	return !lenient && (containsFold(before, "cost") || containsFold(before, "price")) && costLabelBefore.MatchString(before)
}
