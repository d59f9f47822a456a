package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A broad sample of other projects' employment-type
// tables showed three shapes we did not read; tests in type_part_contract_week_hiring_round_test.go.
//
//   - An employment field naming the hours and then the contract as a noun,
//     "Part-time contract": the contract is the employment contract and the
//     hours are the type (general: a field frame, not a word list). A
//     full-time contract field is left as it was (a contract role).
//   - A week's hours written label first, "Hours per week: 36" or "Weekly
//     hours: 40", read like "36 hours per week" (35 to 48 hours is full
//     time; a general sentence frame).
//   - Chinese hiring-season titles: 秋招 and 春招 (the autumn and spring
//     graduate hiring rounds), 校招 and 校园招聘 (campus hiring), 社招 and
//     社会招聘 (experienced hiring) recruit permanent full-time staff; an
//     internship among them says 实习, which is read first (data: a word
//     list).

// partTimeContractField reports an employment field that is the hours
// word "part time" (any spelling) followed only by "contract".
func partTimeContractField(field string) bool {
	if len(field) < len("parttime contract") || len(field) > 40 || !containsFold(field, "contract") {
		return false
	}
	f := strings.Fields(strings.NewReplacer("-", " ", "_", " ").Replace(strings.ToLower(field)))
	switch len(f) {
	case 2:
		return f[0] == "parttime" && f[1] == "contract"
	case 3:
		return f[0] == "part" && f[1] == "time" && f[2] == "contract"
	}
	return false
}

// labelFirstWeek is a week's hours written after their label: "Hours per
// week: 36", "Hours/week - 40", "Weekly hours: 37.5". It runs on the short
// windows scheduleHoursType cuts around each "hours".
var labelFirstWeek = regexp.MustCompile(`(?i)(?:\bweekly\s{1,3}(?:hours|hrs)|\b(?:hours|hrs)\s{0,3}(?:per|a|/)\s{0,3}week)\s{0,3}[:\-–]\s{0,3}(\d{2})(?:\.\d{1,2})?\.?(?:[^\d.]|$)`)

// labelFirstWeekIn returns the two-digit hours of a label-first week in
// the window w, or "" when it holds none. The regexp runs only when the
// window says "week" at all.
func labelFirstWeekIn(w string) string {
	if !containsFold(w, "week") {
		return ""
	}
	if n := labelFirstWeek.FindStringSubmatch(w); n != nil {
		return n[1]
	}
	return ""
}

// hiringRoundWords are Chinese hiring-round words that recruit full-time
// staff.
var hiringRoundWords = [...]string{"秋招", "春招", "校招", "校园招聘", "社招", "社会招聘"}

// hiringRoundTitleType is full time for a Chinese hiring-round title that does
// not name an internship; unknown otherwise.
func hiringRoundTitleType(title string) model.JobType {
	if isASCIIText(title) || offeredChineseIntern(title) {
		return model.TypeUnknown
	}
	for _, w := range hiringRoundWords {
		if strings.Contains(title, w) {
			return model.TypeFullTime
		}
	}
	return model.TypeUnknown
}
