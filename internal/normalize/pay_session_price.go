package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Prices of paid sessions and one-off pieces of work.
//
//   - sessionPricePay: a bare amount ("$12", "₹55k–₹70k") under a title
//     whose head noun names one participation or one piece of work ("Tablet
//     Beta Test", "Checkout Usability Study", "Diet Habits Survey 2025",
//     "Podcast Feedback", "Autumn Knitwear Campaign"), or beside a
//     description that is nothing but the session's or the work's length
//     ("40 mins", "2 weeks", "5 Days"), is the price of the whole session or
//     piece, not an hourly rate, a monthly or a yearly pay. Both readings
//     are general shapes (a field layout and a word class), not lists of
//     titles. A title that names a role ("Survey Technician", "Test
//     Engineer") keeps its pay; so does an amount with a period written by
//     it (periodInEvidence), and sizeOnlyAsProject changes only an amount
//     whose unit came from its size alone.
//   - "audit" opens task titles ("Audit the stair ramps") as the verbs of
//     taskVerbs do.
//
// Table tests and traps in pay_session_price_test.go.

func init() { taskVerbs["audit"] = true }

// sessionHeadNouns are head nouns of titles naming one paid participation
// or one piece of work, priced whole.
var sessionHeadNouns = map[string]bool{
	"test": true, "tests": true, "trial": true, "trials": true, "study": true, "survey": true,
	"feedback": true, "questionnaire": true, "campaign": true, "sponsorship": true, "bounty": true,
}

// sessionTitle reports a title whose last word (a trailing year or number
// set aside) is a session head noun, with no role word in it.
func sessionTitle(title string) bool {
	if len(title) < 4 || len(title) > 90 || !sessionHeadCheap(title) {
		return false
	}
	words := strings.Fields(strings.ToLower(title))
	for len(words) > 1 && isNumberWord(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	if len(words) < 2 {
		return false
	}
	last := strings.Trim(words[len(words)-1], ".,:;!?()[]\"'")
	if !sessionHeadNouns[last] {
		return false
	}
	for _, w := range words {
		if taskRoleWords[strings.Trim(w, ".,:;!?()[]\"'–—-&/+")] {
			return false
		}
	}
	return true
}

// isNumberWord reports a word of digits only ("2025", "#3" aside).
func isNumberWord(w string) bool {
	w = strings.TrimLeft(w, "#")
	return w != "" && allDigits(w)
}

// lengthOnlyText reports a text that is only a length: a number or a
// range of numbers and a unit of minutes, hours, days or weeks ("45
// mins", "4–6 weeks", "7 Days").
func lengthOnlyText(text string) bool {
	t := strings.TrimSpace(text)
	if len(t) < 3 || len(t) > 24 {
		return false
	}
	t = strings.TrimLeft(t, "~ ")
	i := 0
	for i < len(t) && (isDigit(t[i]) || t[i] == '.' || t[i] == '-' || t[i] == ' ') {
		i++
	}
	if strings.HasPrefix(t[i:], "–") && i > 0 {
		i += len("–")
		for i < len(t) && (isDigit(t[i]) || t[i] == ' ') {
			i++
		}
	}
	if i == 0 || !isDigit(t[0]) {
		return false
	}
	u := strings.ToLower(strings.TrimRight(strings.TrimSpace(t[i:]), "."))
	switch u {
	case "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks":
		return true
	}
	return false
}

// sessionPricePay reads a size-only amount under a session title, or beside
// a description giving only a length, as the whole session's price.
func sessionPricePay(pay *model.Pay, l *model.Listing) *model.Pay {
	if pay == nil || pay.Unit == model.UnitProject || pay.Evidence == nil || pay.Source != model.FromText {
		return pay
	}
	if periodInEvidence(pay.Evidence.Text) || !(lengthOnlyText(l.Text) || sessionTitle(l.Title)) {
		return pay
	}
	return sizeOnlyAsProject(pay, l)
}

// sessionHeadList is sessionHeadNouns as a list, for the no-allocation gate.
var sessionHeadList = []string{"test", "tests", "trial", "trials", "study", "survey", "feedback", "questionnaire", "campaign", "sponsorship", "bounty"}

// sessionHeadCheap is sessionTitle's gate, with no allocation: the title's
// last word, trailing number words set aside, is a session head noun.
func sessionHeadCheap(title string) bool {
	t := strings.TrimRight(title, " .,:;!?)]\"'")
	for {
		i := strings.LastIndexByte(t, ' ')
		if i < 0 {
			return false
		}
		w := strings.Trim(t[i+1:], ".,:;!?()[]\"'")
		if isNumberWord(w) {
			t = strings.TrimRight(t[:i], " ")
			continue
		}
		for _, n := range sessionHeadList {
			if len(w) == len(n) && strings.EqualFold(w, n) {
				return true
			}
		}
		return false
	}
}
