package normalize

// Banks and law firms run short programmes for first- and second-year
// students and name them in the title: "Spring Week", "Spring Insight
// Week", "Summer Insight Programme", "Insight Day". They are student work
// placements, so an internship. A title that runs such a programme ("Insight
// Programme Manager") or that names market or customer insight work
// ("Customer Insights Analyst") is not one.

// titleInsightWeekRe is a spring week or an insight week, day or programme.
var titleInsightWeekRe = newCueRegexp(`(?i)\bspring\s+(?:insight\s+)?weeks?\b|\binsights?\s+(?:weeks?|days?|programmes?|programs?|events?)\b`)

// titleInsightRunsRe is the role word after the programme name of a title
// that organises it.
var titleInsightRunsRe = newCueRegexp(`(?i)\b(?:weeks?|days?|programmes?|programs?|events?)\s+(?:manager|coordinator|director|lead|officer|administrator|advisor|adviser|recruiter|specialist|assistant|partner)s?\b`)

// titleInsightWeek reports a title naming a spring week or an insight
// programme for students.
func titleInsightWeek(title string) bool {
	if !containsFold(title, "spring") && !containsFold(title, "insight") {
		return false
	}
	return titleInsightWeekRe.MatchString(title) && !titleInsightRunsRe.MatchString(title)
}
