package redflag

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// minDescriptionWords is the length under which a description says too
// little to judge the work.
const minDescriptionWords = 15

var (
	// reQualifier: "able to"/"experience in" before a verb makes it a
	// qualification, not a task.
	reQualifier = regexp.MustCompile(`(able to|ability to|abilities to|experience (in|with)|knowledge of|skills? (in|to)|capable of|willing(ness)? to)\s+(\w+\s+){0,2}$`)
	// reVagueScope: generic scope phrases.
	reVagueScope = regexp.MustCompile(`\b(help (out )?with (various|different|any|all kinds of|general|miscellaneous) (tasks|things|projects|duties|stuff)|(various|miscellaneous|general|random|odd) (tasks|duties|jobs|errands|assignments)|assist (with tasks )?(as|where|when) (needed|required|necessary)|whatever (is )?(needed|required|comes up)|(do|does|doing) it all from home|in your (free|spare) time|at your own (place|pace)|work (any ?time|anywhere|whenever you want))\b`)
	// reVagueRoutine: routine support as the whole scope ("support the team
	// with day-to-day activities"); kept apart from reVagueScope so that its
	// prefilter spares most texts the run.
	reVagueRoutine = regexp.MustCompile(`\b(support|help|assist)( out)?( with)?( the| our| your)?( [a-z]+)?( team| staff| office)?( members)?( with| in)? (its |their |our |the )?(day-to-day|daily|everyday|general|routine) (activities|tasks|operations|duties|needs|work|business)\b`)

	reCatchall = regexp.MustCompile(`\b((perform(s|ing)?|complet(e|es|ing)|handl(e|es|ing)|carr(y|ies|ying) out|and|&|any|plus|also)\s+)?(all\s+)?other (related |similar |incidental |miscellaneous |ad hoc |reasonable )?(duties|tasks|responsibilities|projects|assignments)(\s*(,\s*)?(as|when|that may be|which may be|that are|if) (assigned|needed|required|requested|directed|necessary)( (by|from) (the |your |a )?([a-z]+ ){0,3}(manager|supervisor|management|department manager))?|\s+\(as (assigned|needed|required)\)|\s+may be assigned)|\bduties (include|includes),? but (are )?not limited to|\b(is|are) not limited to the (duties|tasks|responsibilities) (listed|above)`)

	reDuration = regexp.MustCompile(`\b((\d+(\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|several)(\s*(-|to|–)\s*\d+)?\+?[- ]?(hours?|hrs?|h|days?|weeks?|wks?|months?|mos?)\b|(summer|fall|autumn|winter|spring) (\d{4}|semester|term|quarter|internship|program|session)|(semester|term)[- ]long|(full|half|part)[- ]time|deadline|due (date|by)|ends? (on|by)|until (january|february|march|april|may|june|july|august|september|october|november|december)|through (january|february|march|april|may|june|july|august|september|october|november|december)|per week|/ ?week|a week|per day|a day)\b`)

	reStudentWork = regexp.MustCompile(`\b(intern|interns|internship|internships|micro-?internship|project-based|co-?op|trainee|apprentice|apprenticeship|fellowship|project|gig)\b`)

	reSupervisor = regexp.MustCompile(`\b(report(s|ing)? (directly )?to|mentor(s|ed|ing|ship)?|supervis(e|ed|ion|or|ors|ing)|manager|coach(ed|ing|es)?|guidance|guided by|under the (direct )?(direction|guidance|supervision)|work(ing)? (closely |directly )?(with|alongside) (our|the|a|an|senior|experienced)|team lead|lead (engineer|designer|developer)|buddy|point of contact|you('ll| will) (join|work with|be paired)|alongside|led by|head of|director)\b`)

	// reSupervisorMore: more ways of naming who reviews, mentors or
	// supervises the work ("reviewed by our docs lead", "code review with
	// our front-end lead", "paired with a senior engineer", "weekly
	// check-ins with", "our producer will support you", "a native speaker
	// reviews it"). Sentences about applications are left out: "applications
	// are reviewed by our hiring team" names no one the student works with.
	reSupervisorMore = regexp.MustCompile(`\b((reviewed|edited|checked|spot-checked|double-checked|proofread|approved|overseen|vetted|critiqued|trained|advised) by (our|a|an|the|your|two|senior|experienced)\b|code reviews? (with|by|from)\b|(paired|teamed|matched) (up )?with (a|an|our|the|your|one of|senior|experienced)\b|(check-ins?|check ins?|one-on-ones?|1:1s?|1-on-1s?|syncs?|feedback sessions?) with (our|a|an|the|your|senior)\b|(feedback|guidance|coaching) from (our|a|an|the|your|senior|experienced)\b|work(s|ing)? (closely |directly )?under\b|(who will|who'll|(our|your|a|an|the) [a-z'-]+( [a-z'-]+){0,3} will) (support|guide|mentor|coach|train|supervise|oversee|check in with|meet with|meet|give feedback to|review) (you|your)\b|who (meets|checks in with|works with) you\b|(a|an|our|the|your) [a-z'-]+( [a-z'-]+){0,2} (reviews|checks|edits|approves|proofreads) (it|them|your|each|every|all|the)\b|(your|our) (main |day-to-day )?(contact|reviewer|editor|lead|producer)( (is|will be)|:))`)
	reApplication    = regexp.MustCompile(`\b(applica(nt|nts|tion|tions)|resumes?|cvs?|candidates?|hiring|recruit(er|ers|ing|ment)?)\b`)
)

// Gates (see gated) of the costlier vague patterns.
var (
	gateVagueScope = &gated{re: reVagueScope, lits: []string{"help", "various", "miscellaneous", "general", "random", "odd ",
		"assist", "whatever", "from home", "free time", "spare time", "own place", "own pace", "work any", "work whenever"}}
	gateSupervisor = &gated{re: reSupervisor, lits: []string{"report", "mentor", "supervis", "manager", "coach", "guidance",
		"guided by", "under the", "with", "alongside", "lead", "buddy", "point of contact", "you'll", "you will", "led by",
		"head of", "director"}}
	// gateSupervisorMore holds a literal of every alternative of
	// reSupervisorMore: run over whole texts, it was a tenth of the
	// per-listing build CPU.
	gateSupervisorMore = &gated{re: reSupervisorMore, lits: []string{" by ", " with ", " from ", "under", "will ", "'ll ",
		"who ", "review", "check", "edit", "approve", "proofread", "contact", "lead", "producer"}}
)

func checkNoDescription(c *ctx) (hit, bool) {
	n := countWordsTo(c.text.s, minDescriptionWords)
	if n >= minDescriptionWords {
		return hit{}, false
	}
	// Short text with concrete deliverables elsewhere (the title, or a
	// few words naming a clear output) is enough.
	if c.taskCount() >= 2 || c.concreteOutput() {
		return hit{}, false
	}
	if boardRecord(c) {
		return hit{}, false
	}
	if n == 0 {
		if c.title.s != "" {
			return hit{span: c.title.whole()}, true
		}
		return hit{span: structural(FieldText)}, true
	}
	return hit{span: c.text.whole()}, true
}

// reFieldLine: one "Label: value" line of a board's structured record
// ("Duration: 1 Month", "Start: Immediately").
var reFieldLine = regexp.MustCompile(`^[a-z][a-z /-]{1,24}:\s*\S.{0,40}$`)

// boardRecord reports a listing that a board gives as structured fields
// only: a named employer, a title that names the kind of work (not a
// generic clerical or home-work title), a stated duration, and a text made
// of nothing but "Label: value" lines. Its shortness is the board's
// format, not a sign that the employer hides what the work is, so
// VAGUE_NO_DESCRIPTION leaves it alone (the other rules still read it).
func boardRecord(c *ctx) bool {
	if strings.TrimSpace(c.l.Company) == "" || c.text.s == "" || countWords(c.title.s) == 0 {
		return false
	}
	if c.l.DurationDays == nil && !has(reDuration, c.text) {
		return false
	}
	for _, line := range strings.Split(c.text.s, "\n") {
		if line = strings.TrimSpace(line); line != "" && !c.text.match(reFieldLine, line) {
			return false
		}
	}
	_, generic := genericTitle(c)
	return !generic
}

// taskStems are the stems of task verbs: what the person will do or
// produce. A word is a task verb when it is a stem plus one of taskSuffixes.
var taskStems = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Split("develop|design|build|write|creat|produc|implement|analys|analyz|prepar|deliver|test|maintain|manag|conduct|research|review|process|enter|updat|coordinat|plan|draft|edit|compil|monitor|organis|organiz|schedul|answer|handl|install|repair|teach|translat|document|present|code|program|train|identif|evaluat|track|audit|reconcil|file|sort|load|unload|operat|clean|cook|driv|support|assist|respond|greet|sell|negotiat|recruit|mentor|supervis|lead|optimis|optimiz|configur|deploy|debug|migrat|integrat|automat|forecast|calculat|verif|inspect|troubleshoot|measur|photograph|film|record|illustrat|prototyp|launch|run|execut|collect|proofread|transcrib|summaris|summariz|publish|post|ship|pack|packag|assembl|stock|serve|demonstrat|educat|engag|generat|conven|host|moderat|curat|outreach|contact|call|schedul|book|log|invoic|bill|pay|order|purchas|audit", "|") {
		m[s] = true
	}
	return m
}()

var taskSuffixes = []string{"", "e", "es", "ed", "ing", "s", "ies", "y", "ied"}

// taskStem returns the task stem of a word, if it is a task verb.
func taskStem(w string) (string, bool) {
	if h := taskHash(w); taskWordBits[h/64]&(1<<(h%64)) == 0 {
		return "", false // most words: no map lookup
	}
	st, ok := taskWords[w]
	return st, ok
}

// taskWordBits is a one-hash Bloom filter of the keys of taskWords.
var taskWordBits = func() (f [1 << 16 / 64]uint64) {
	for w := range taskWords {
		h := taskHash(w)
		f[h/64] |= 1 << (h % 64)
	}
	return f
}()

// taskHash is a 16-bit FNV-1a hash of w, for taskWordBits.
func taskHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return (h ^ h>>16) & (1<<16 - 1)
}

// taskWords maps every task verb (a stem plus a suffix) to its stem: the
// stem of the first suffix, in taskSuffixes order, that leaves a stem.
var taskWords = func() map[string]string {
	m := map[string]string{}
	for st := range taskStems {
		for _, suf := range taskSuffixes {
			m[st+suf] = ""
		}
	}
	for w := range m {
		for _, suf := range taskSuffixes {
			if len(w) > len(suf) && strings.HasSuffix(w, suf) && taskStems[w[:len(w)-len(suf)]] {
				m[w] = w[:len(w)-len(suf)]
				break
			}
		}
	}
	return m
}()

// words calls fn with the bounds of each word of a folded text.
func words(s string, fn func(a, b int)) {
	for i := 0; i < len(s); {
		if !isWordByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		fn(i, j)
		i = j
	}
}

// countWordsTo is min(countWords(s), limit): the same byte scan, stopped
// at the limit-th word (the rules only ask whether a text has a few).
func countWordsTo(s string, limit int) int {
	n := 0
	for i := 0; i < len(s) && n < limit; {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			i++
			continue
		}
		n++
		for i++; i < len(s); i++ {
			if c := s[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '\'' || c == '$') {
				break
			}
		}
	}
	return n
}

func isWordByte(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '\'' }

func checkNoDeliverables(c *ctx) (hit, bool) {
	if c.fired[VagueNoDescription] {
		return hit{}, false
	}
	tasks := c.taskCount()
	var vague model.Span
	m, v, vagueOK := findGated([]*view{c.text}, gateVagueScope, nil)
	if vagueOK {
		vague = v.span(m[0], m[1])
	}
	if !vagueOK {
		vague, vagueOK = find([]*view{c.text}, reVagueRoutine, 0, nil)
	}
	switch {
	case vagueOK && tasks < 4:
		if c.concreteOutput() {
			return hit{}, false
		}
		return hit{span: sentenceSpan(c.text, vague)}, true
	case tasks < 2 && c.text.s != "":
		if c.concreteOutput() || boardRecord(c) {
			return hit{}, false
		}
		return hit{span: dutiesSpan(c)}, true
	}
	return hit{}, false
}

// sentenceSpan widens a span of v to its sentence.
func sentenceSpan(v *view, sp model.Span) model.Span {
	v.needOffsets()
	for i := range v.s {
		if int(v.from[i]) >= sp.Start {
			x, y := v.sentence(i, i)
			return v.span(x, y)
		}
	}
	return sp
}

// studentWork reports whether the listing is a project or internship,
// which must say how long it runs.
func studentWork(c *ctx) bool {
	switch c.l.Type {
	case model.TypeMicroInternship, model.TypeInternship, model.TypeProject:
		return true
	case model.TypeUnknown, "":
		return c.l.ProjectBased || has(reStudentWork, c.title, c.etype)
	case model.TypeContract:
		return c.l.ProjectBased
	}
	return false
}

func checkNoDuration(c *ctx) (hit, bool) {
	l := c.l
	if !studentWork(c) || l.Hours != nil || l.DurationDays != nil || l.Deadline != nil {
		return hit{}, false
	}
	if has(reDuration, c.title, c.text, c.pay, c.etype) {
		return hit{}, false
	}
	return hit{span: structural(FieldText)}, true
}

func checkNoSupervisor(c *ctx) (hit, bool) {
	if !studentWork(c) || countWordsTo(c.text.s, minDescriptionWords) < minDescriptionWords {
		return hit{}, false // no description at all is VAGUE_NO_DESCRIPTION's business
	}
	if _, ok := c.text.first(gateSupervisor); ok || namesReviewer(c.text) {
		return hit{}, false
	}
	return hit{span: structural(FieldText)}, true
}

// namesReviewer reports whether v names someone who reviews, mentors or
// checks in with the student in a sentence that is not about applying.
func namesReviewer(v *view) bool {
	if v.s == "" {
		return false
	}
	// Stops at the first match outside a sentence about applying.
	return v.each(gateSupervisorMore, func(m []int) bool {
		return v.match(reApplication, v.sentenceText(m[0], m[1]))
	})
}

func checkCatchall(c *ctx) (hit, bool) {
	sp, ok := find([]*view{c.text}, reCatchall, 0, func(v *view, m []int) bool {
		// "other duties" alone (no "as assigned") is only a catch-all
		// when it closes a list: "and other duties".
		t := v.s[m[0]:m[1]]
		return strings.Contains(t, " as ") || strings.Contains(t, " when ") || strings.Contains(t, "limited") ||
			strings.Contains(t, "may be") || strings.Contains(t, " if ") || strings.Contains(t, "(as") ||
			strings.Contains(t, " that ") || strings.Contains(t, " which ")
	})
	if !ok {
		return hit{}, false
	}
	return hit{span: sp}, true
}
