package normalize

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A shop's or a care home's title often carries the weekly contract bare:
// "Store Manager (39 hours)", "Supervisor - 30 Hours". The effort reader
// takes a count of hours without a week as the work's total, which made a
// full-time store post a bounded project. titleWeekEffort reads such a
// count as the week's hours instead when the title names a staff post and
// no piece of work, and nothing else in the listing states a total.

// titleStaffPost is a staff post's name in a title.
var titleStaffPost = regexp.MustCompile(`(?i)\b(?:manager|supervisor|assistant|advisor|adviser|associate|team (?:leader|member)|shift lead(?:er)?|officer|coordinator|administrator|cashier|colleague|worker|operative|keyholder|receptionist|nurse|carer|care giver|caregiver|driver|cleaner|chef|cook|technician|clerk|porter|picker|packer|barista|server|waiter|waitress|housekeeper|optician|pharmacist|stylist)s?\b`)

// titlePieceOfWork is a bounded piece of work named in a title, whose
// hours are the work's total: "Survey Project (40 hours)".
var titlePieceOfWork = regexp.MustCompile(`(?i)\b(?:project|research|study|survey|audit|analysis|campaign|micro|task|gig|assignment|sprint|challenge|contest|review|test(?:ing)?)\b`)

// titleWeekEffort moves a title's bare hours from e's total to its week
// (see above). noTitle is the effort of the listing without its title.
func titleWeekEffort(title string, e Effort, noTitle func() Effort) Effort {
	if !e.TotalStated || e.Hours == nil || strings.IndexAny(title, "0123456789") < 0 || !containsFold(title, "h") {
		return e // most titles: no count of hours, and no regexp run
	}
	var n float64
	for _, m := range titleWeekHours.FindAllStringSubmatchIndex(title, 4) {
		if v, err := strconv.ParseFloat(title[m[2]:m[3]], 64); err == nil && m[4] < 0 && !titleHoursShift.MatchString(title[m[1]:]) {
			n = v
		}
	}
	lo := e.Hours.Min // a week's range in the title ("Driver (Permanent 30-35 Hours)") ends at n
	if n < 4 || n > 48 || e.Hours.Max != n || lo > n || lo < 4 || (lo < n && !titleHoursRange(title, lo, n)) ||
		!titleStaffPost.MatchString(title) || titlePieceOfWork.MatchString(title) {
		return e
	}
	rest := noTitle()
	if rest.TotalStated {
		return e
	}
	if rest.Weekly == nil { // a week stated in the text wins
		rest.Weekly = &model.Range{Min: lo, Max: n, Source: model.FromText}
	}
	rest.Hours = totalFrom(rest.Weekly, rest.DurationDays)
	return rest
}
