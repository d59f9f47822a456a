package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// One-off task posts on errand and task marketplaces.
//
//   - taskPostPay: a post whose title names a single piece of work to be
//     done, in the imperative ("Assemble a bookshelf", "Fix leaking tap",
//     "Help moving boxes", "Deep clean oven"), or asks for help with one
//     ("Gutter help needed"), or times it ("Walk my dog (1 hour)", "Water
//     plants 15 minutes"), or calls itself a project ("Photo sorting
//     project - 10 hours"), prices the whole task with a bare amount ("$45",
//     "€95", "¥18,000", "$2,500 - $4,000"). The amount's unit had come from
//     its size alone (an hour for small amounts, a month or a year for large
//     ones); it is the task's price. A title that names a role ("Build
//     Engineer", "Paint Shop Supervisor", "Help Desk Analyst") is a job, and
//     its pay keeps its reading. An amount with a period or a pay word
//     naming one is never changed (sizeOnlyAsProject).
//   - dollarCodeAfterPay: "$2,500 JMD": a dollar sign with a code right
//     after the amount naming which dollar (Caribbean dollars the money
//     scanner does not know as codes).
//
// Table tests and traps in pay_task_post_test.go.

// taskVerbs are verbs a task title opens with, in the imperative.
var taskVerbs = map[string]bool{
	"assemble": true, "build": true, "carry": true, "clean": true, "create": true, "debug": true, "declutter": true,
	"deliver": true, "design": true, "edit": true, "feed": true, "fix": true, "hang": true, "haul": true,
	"install": true, "load": true, "move": true, "mow": true, "organize": true, "organise": true, "pack": true,
	"paint": true, "patch": true, "pick": true, "print": true, "proofread": true, "rake": true, "redesign": true,
	"remove": true, "repair": true, "replace": true, "shovel": true, "tidy": true, "transcribe": true,
	"translate": true, "trim": true, "unload": true, "unpack": true, "walk": true, "wash": true, "water": true,
	"weed": true, "write": true, "set": true, "sort": true, "scrape": true, "convert": true, "migrate": true,
}

// taskRoleWords are words that make a title a role, not a task.
var taskRoleWords = map[string]bool{
	"engineer": true, "engineers": true, "manager": true, "developer": true, "designer": true, "specialist": true,
	"technician": true, "associate": true, "assistant": true, "lead": true, "coordinator": true, "analyst": true,
	"officer": true, "worker": true, "workers": true, "operator": true, "driver": true, "drivers": true, "cook": true,
	"chef": true, "cleaner": true, "cleaners": true, "tutor": true, "writer": true, "editor": true,
	"photographer": true, "artist": true, "representative": true, "agent": true, "supervisor": true,
	"director": true, "administrator": true, "consultant": true, "architect": true, "intern": true,
	"internship": true, "nanny": true, "babysitter": true, "caregiver": true, "helper": true, "handyman": true,
	"mover": true, "movers": true, "painter": true, "plumber": true, "electrician": true, "carpenter": true,
	"mechanic": true, "cashier": true, "clerk": true, "teacher": true, "instructor": true, "trainer": true,
	"nurse": true, "position": true, "role": true, "vacancy": true, "staff": true, "crew": true, "member": true,
	"attendant": true, "installer": true, "assembler": true, "picker": true, "packer": true,
	"loader": true, "walker": true, "sitter": true, "translator": true, "transcriber": true, "tester": true,
	"planner": true, "inspector": true, "estimator": true, "scientist": true, "porter": true,
	"dispatcher": true, "receptionist": true, "accountant": true, "auditor": true, "buyer": true, "producer": true,
	"researcher": true, "programmer": true, "guard": true, "foreman": true, "controller": true, "scheduler": true,
	"head": true, "executive": true, "shift": true, "shifts": true, "job": true, "jobs": true,
}

// taskTitle reports a title naming one piece of work to be done.
func taskTitle(title string) bool {
	if len(title) < 6 || len(title) > 120 || !taskTitleCheap(title) {
		return false
	}
	var words []string
	for _, w := range strings.Fields(strings.ToLower(title)) {
		w = strings.Trim(w, ".,:;!?()[]\"'–—-&/+")
		if w == "" {
			continue
		}
		if taskRoleWords[w] {
			return false
		}
		words = append(words, w)
	}
	if len(words) < 2 {
		return false
	}
	w0, w1 := words[0], words[1]
	switch {
	case taskVerbs[w0] && w1 != "" && w1 != "and" && w1 != "of":
		return true // "Assemble a new bookshelf", "Paint living room walls"
	case w0 == "deep" && w1 == "clean":
		return true // "Deep clean kitchen"
	case w0 == "help" && (strings.HasSuffix(w1, "ing") || w1 == "with" || w1 == "me" || w1 == "us" || taskVerbs[w1]):
		return true // "Help moving apartments", "Help with moving boxes", "Help move couch"
	}
	low := strings.ToLower(title)
	if strings.HasSuffix(strings.TrimRight(low, " .!"), "help needed") {
		return true // "Flat tire help needed"
	}
	return timedTitle(low) || projectHeadTitle(low)
}

// taskTitleCheap is taskTitle's gate, with no allocation: the title's
// first word is a task verb, "help" or "deep", or the title holds a
// bracket, "minute", "project" or "help needed".
func taskTitleCheap(title string) bool {
	var buf [12]byte
	n := 0
	for n < len(title) && title[n] != ' ' {
		if n == len(buf) {
			n = 0
			break
		}
		c := title[n]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	if n > 0 {
		if w := buf[:n]; taskVerbs[string(w)] || string(w) == "help" || string(w) == "deep" {
			return true
		}
	}
	return strings.IndexByte(title, '(') >= 0 || containsFold(title, "minute") || containsFold(title, "project") || containsFold(title, "help needed")
}

// timedTitle reports a title giving the task's length: "(1 hour)", "(2
// hrs)", "20 minutes" ending it or before a time of day.
func timedTitle(low string) bool {
	if i := strings.IndexByte(low, '('); i >= 0 {
		j := strings.IndexByte(low[i:], ')')
		if j > 0 {
			in := strings.TrimSpace(strings.TrimLeft(low[i+1:i+j], "~ "))
			n := 0
			for n < len(in) && isDigit(in[n]) {
				n++
			}
			if n > 0 && n <= 2 {
				u := strings.TrimSpace(in[n:])
				if u == "hour" || u == "hours" || u == "hr" || u == "hrs" || u == "h" {
					return true
				}
			}
		}
	}
	i := strings.Index(low, "minute")
	if i <= 0 {
		return false
	}
	k := i - 1
	for k >= 0 && low[k] == ' ' {
		k--
	}
	if k < 0 || !isDigit(low[k]) {
		return false
	}
	// The task's own length ends the title or comes before a time of day
	// ("20 minutes at 6 pm"); "10 minutes from campus" is a distance.
	rest := strings.TrimPrefix(strings.TrimPrefix(low[i:], "minutes"), "minute")
	rest = strings.TrimLeft(rest, " )")
	return rest == "" || strings.HasPrefix(rest, "at ") || strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, "–")
}

// projectHeadTitle reports "project" ending a title's first part, a dash,
// bracket or colon after it: "Data entry project - 50 hours", "Logo
// project (urgent)". "Project Manager" names a role (taskRoleWords keeps it
// out before); "Summer Research Project" alone is as often a programme.
func projectHeadTitle(low string) bool {
	i := strings.Index(low, "project")
	if i <= 0 || low[i-1] != ' ' {
		return false
	}
	rest := strings.TrimLeft(low[i+len("project"):], " ")
	return rest != "" && (strings.IndexByte("-(:,|", rest[0]) >= 0 || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—"))
}

// taskPostPay reads a task post's size-only amount as the task's price.
func taskPostPay(pay *model.Pay, l *model.Listing) *model.Pay {
	if pay == nil || pay.Unit == model.UnitProject || pay.Evidence == nil || pay.Source != model.FromText {
		return pay
	}
	if periodInEvidence(pay.Evidence.Text) || !taskTitle(l.Title) {
		return pay
	}
	return sizeOnlyAsProject(pay, l)
}

// periodInEvidence reports a period written in the pay's own evidence
// ("$20/hour", "$45 per hour", "£300 a day"): sizeOnlyAsProject would keep
// such pay; this cheap look spares it the reading.
func periodInEvidence(ev string) bool {
	return strings.IndexByte(ev, '/') >= 0 || containsFold(ev, "per ") || containsFold(ev, "hour") || containsFold(ev, "hr") ||
		containsFold(ev, "month") || containsFold(ev, "year") || containsFold(ev, "annu") || containsFold(ev, "week") || containsFold(ev, "day")
}

// caribbeanDollars are dollars written "$" with their code after the
// amount.
var caribbeanDollars = map[string]bool{"JMD": true, "TTD": true, "BBD": true, "BSD": true, "BZD": true, "XCD": true, "GYD": true}

// dollarCodeAfterPay gives a "$" amount the dollar its code names right
// after it: "$2,500 JMD".
func dollarCodeAfterPay(pay *model.Pay, l *model.Listing) *model.Pay {
	if pay == nil || pay.Currency != "USD" || pay.Evidence == nil || !strings.HasPrefix(pay.Evidence.Text, "$") {
		return pay
	}
	text := evidenceField(l, pay.Evidence.Field)
	end := pay.Evidence.End
	if end <= 0 || end > len(text) {
		return pay
	}
	i := end
	for i < len(text) && i < end+2 && text[i] == ' ' {
		i++
	}
	if i+3 > len(text) || (i+3 < len(text) && isWordByte(text[i+3])) || !caribbeanDollars[text[i:i+3]] {
		return pay
	}
	p := *pay
	p.Currency = text[i : i+3]
	return &p
}
