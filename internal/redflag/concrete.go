package redflag

import "strings"

// A concrete output is what VAGUE_NO_DELIVERABLES looks for before it
// fires on a listing with few task verbs: a making verb ("design", "map",
// "summarize") in task position (see taskPosition) followed in the same
// clause by a specific object — a count ("a 15-question survey", "two
// pipelines", "1,500 records"), a named artifact ("a slide deck", "a pilot
// report", "an interactive web map") or a named tool ("in QGIS") — or
// "working in/with" a named technology, or a list item that names an
// artifact ("- A 10-slide deck").

// outputVerbs are the stems of verbs that make, change or examine
// something a student can hand in (a stem plus one of taskSuffixes).
var outputVerbs = stemSet("develop|design|build|built|writ|write|wrote|written|creat|produc|implement|analys|analyz|prepar|deliver|test|draft|edit|compil|translat|document|cod|program|evaluat|audit|reconcil|prototyp|launch|collect|proofread|transcrib|summaris|summariz|publish|illustrat|photograph|film|record|map|mapp|label|labell|clean|fix|automat|benchmark|compar|research|review|plan|plann|schedul|organis|organiz|migrat|integrat|configur|deploy|debug|optimis|optimiz|forecast|calculat|model|modell|visualis|visualiz|turn|check|verif|inspect|measur|survey|interview|synthesis|synthesiz|outlin|redesign|refactor|script|chart|tag|tagg|categoris|categoriz|classif|annotat|caption|localis|localiz|curat|pilot|conduct|present|updat|maintain|shoot|shot|recut|mix|master|render|animat|sketch|storyboard|assembl|dub|subtitl|upgrad|rewrit|rewrote|digitis|digitiz|catalog|catalogu|index|scrap|crawl|train|fine-tun|validat")

// outputNouns are artifacts: what a student hands in. Plurals are found by
// isOutputNoun.
var outputNouns = stemSet("report|deck|slide|presentation|dashboard|map|script|pipeline|survey|questionnaire|video|tutorial|translation|audit|model|spreadsheet|post|episode|chart|graph|table|memo|brief|summary|summaries|guide|manual|notebook|readme|csv|dataset|database|app|website|webpage|page|prototype|mockup|mock-up|wireframe|logo|article|blog|newsletter|issue|lesson|curriculum|course|module|plugin|extension|api|bot|chatbot|tests|template|checklist|schedule|calendar|plan|proposal|budget|transcript|caption|subtitle|podcast|infographic|poster|flyer|brochure|photo|photograph|illustration|animation|storyboard|campaign|whitepaper|essay|repository|repo|library|libraries|package|sdk|component|form|catalog|catalogue|inventory|inventories|glossary|glossaries|dictionary|dictionaries|spec|specification|documentation|docs|recommendations|findings|file|run-of-show|analysis|analyses|benchmark|evaluation|interview|record|entries|listing|playlist|quiz|quizzes|worksheet|designs|letter|diagram|flowchart|timeline|roadmap|tracker|review|synthesis|wiki|faq|site|visualization|visualisation|notes|study|studies|paper|feature|integration|migration|workflow|reel|thumbnail|banner|pitch|storyline|handbook|toolkit|briefing|sheet|invoice|scorecard|benchmarks|keys|sets")

// techTerms are named tools and languages: "in QGIS", "working in
// TypeScript and Go". The view splits camel case ("type script"), so
// two-word forms are listed too.
var techTerms = stemSet("type script|java script|power point|power query|power bi|git hub|git lab|word press|hub spot|big query|in design|py torch|tensor flow|my sql|mongo db|num py|google sheets|google docs|google slides|google analytics|after effects|final cut|python|java|javascript|typescript|golang|rust|kotlin|swift|php|ruby|rails|django|flask|sql|postgresql|postgres|mysql|sqlite|mongodb|excel|powerpoint|tableau|looker|qgis|arcgis|figma|react|vue|angular|node|nodejs|d3|airflow|dbt|aws|gcp|azure|docker|kubernetes|terraform|wordpress|shopify|salesforce|hubspot|canva|photoshop|illustrator|indesign|premiere|jupyter|pandas|numpy|pytorch|tensorflow|matlab|spss|stata|html|css|blender|flutter|android|ios|linux|git|github|airtable|zapier|webflow|latex|powerbi|bigquery|snowflake|hadoop|selenium|playwright|cypress")

// numberWords are spelled-out counts ("one" is left out: "one of our").
var numberWords = stemSet("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|hundred|hundreds|dozen|dozens|thousand|thousands")

// timeUnits after a number make it a duration or rate, not a count.
var timeUnits = stemSet("hour|hours|hr|hrs|h|day|days|week|weeks|wk|wks|month|months|mo|mos|year|years|yr|yrs|minute|minutes|min|mins|second|seconds|time|times|semester|semesters|term|terms|quarter|quarters|am|pm|percent|pct|k|usd|eur|gbp|dollars|euros|pounds")

// listQualifiers in a list item make it a requirement, not an output.
var listQualifiers = stemSet("experience|experienced|knowledge|familiar|familiarity|proficient|proficiency|degree|skills|skill|ability|able|years|understanding|background|fluent|fluency|comfortable|enrolled|pursuing|preferred|required|plus|bonus")

func stemSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Split(list, "|") {
		m[s] = true
	}
	return m
}

// isOutputVerb reports whether w is a making verb.
func isOutputVerb(w string) bool { return outputWords[w] }

// outputWords holds the making verbs: a stem of outputVerbs plus one of
// taskSuffixes (the empty one included).
var outputWords = func() map[string]bool {
	m := map[string]bool{}
	for st := range outputVerbs {
		for _, suf := range taskSuffixes {
			m[st+suf] = true
		}
	}
	return m
}()

// isTaskVerb reports whether w is one of the task verbs of taskCount.
func isTaskVerb(w string) bool {
	_, ok := taskStem(w)
	return ok
}

// isOutputNoun reports whether w is an artifact, singular or plural.
func isOutputNoun(w string) bool {
	switch {
	case outputNouns[w]:
		return true
	case strings.HasSuffix(w, "ies"):
		return outputNouns[w[:len(w)-3]+"y"]
	case strings.HasSuffix(w, "es") && outputNouns[w[:len(w)-2]]:
		return true
	case strings.HasSuffix(w, "s"):
		return outputNouns[w[:len(w)-1]]
	}
	return false
}

// glueWords, right before an artifact noun, make it a verb ("build and
// test", "plan to", "you will review").
var glueWords = stemSet("and|or|to|will|&|you|we|they|i|can|must|should|then|also")

// concreteOutput reports whether the title or text names a concrete output.
func (c *ctx) concreteOutput() bool {
	if c.concreteDone {
		return c.concrete
	}
	c.concrete = concreteIn(c.text) || concreteIn(c.title)
	c.concreteDone = true
	return c.concrete
}

// clauseWord is one word of a clause: its bounds in the view's text.
type clauseWord struct{ a, b int }

// concreteIn scans v clause by clause.
func concreteIn(v *view) bool {
	s := v.s
	var ws []clauseWord
	for start := 0; start < len(s); {
		end := clauseEnd(s, start)
		ws = ws[:0]
		words(s[start:end], func(a, b int) { ws = append(ws, clauseWord{start + a, start + b}) })
		if concreteClause(v, start, ws) {
			return true
		}
		start = end + 1
	}
	return false
}

// clauseEnd returns the end of the clause that starts at i: a line break,
// a semicolon, a colon before a space, or a sentence end (".", "!", "?"
// before a space).
func clauseEnd(s string, i int) int {
	for ; i < len(s); i++ {
		switch s[i] {
		case '\n', ';':
			return i
		case ':':
			if i+1 == len(s) || s[i+1] == ' ' {
				return i
			}
		case '.', '!', '?':
			if i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n' {
				return i
			}
		}
	}
	return len(s)
}

// verbWindow is how many words after a making verb its object may start.
const verbWindow = 8

func concreteClause(v *view, start int, ws []clauseWord) bool {
	s := v.s
	word := func(k int) string {
		if k < 0 || k >= len(ws) {
			return ""
		}
		return s[ws[k].a:ws[k].b]
	}
	// A list item that names an artifact: "- A comparison spreadsheet".
	// Items led by a verb ("- Post on our pages") are left to the verb
	// rule below.
	if len(ws) > 0 && len(ws) <= 14 && isListItem(v, start, ws[0].a) && !isOutputVerb(word(0)) && !isTaskVerb(word(0)) {
		qual := false
		for k := range ws {
			if listQualifiers[word(k)] {
				qual = true
				break
			}
		}
		if !qual {
			for k := 0; k < len(ws) && k < 8; k++ {
				if isOutputNoun(word(k)) && (k == 0 || !glueWords[word(k-1)]) {
					return true
				}
			}
		}
	}
	prevVerb := -2 // index of the last making verb in task position
	for i := range ws {
		w := word(i)
		tech := false
		switch {
		case (w == "work" || w == "working" || w == "works") && (word(i+1) == "in" || word(i+1) == "with" || word(i+1) == "on" || word(i+1) == "using"):
			tech = true
		case isOutputVerb(w):
		default:
			continue
		}
		if !taskPosition(s, ws, i, prevVerb) || v.match(reQualifier, s[max(start, ws[i].a-40):ws[i].a]) {
			continue
		}
		prevVerb = i
		for k := i + 1; k < len(ws) && k <= i+verbWindow; k++ {
			o := word(k)
			switch {
			case techTerms[o] || k+1 < len(ws) && techTerms[s[ws[k].a:ws[k+1].b]]:
				return true
			case tech:
				continue
			case isCount(s, ws, k):
				return true
			case isOutputNoun(o) && !glueWords[word(k-1)] && k > i+1 || isOutputNoun(o) && k == i+1 && strings.HasSuffix(o, "s"):
				return true
			}
		}
	}
	return false
}

// verbLeads, right before a making verb, put it in task position: "you
// will write", "to build", "interns design".
var verbLeads = stemSet("you|you'll|you'd|will|to|also|then|first|help|helping|interns|intern|students|student|fellows|assistant|freelancer|involves|involve|include|includes|including")

// ingLeads, right before a making verb's -ing form, put it in task
// position: "responsible for writing", "focused on building", "a
// fellowship building tools".
var ingLeads = stemSet("for|on|internship|fellowship|project|role|position|job|placement|program|programme|gig")

// taskPosition reports whether the making verb at word i of a clause is a
// task asked of the student rather than a verb of the company's blurb ("we
// build apps", "the headaches of building and scaling in-app
// subscriptions"): it opens the clause ("Design and pilot a survey"),
// follows a lead ("you will build", "to write"), continues a verb in task
// position ("design and pilot", "clean, analyze"), or is an -ing form after
// a role or a comma ("team, working in TypeScript").
func taskPosition(s string, ws []clauseWord, i, prevVerb int) bool {
	if i == 0 {
		return true
	}
	pred := s[ws[i-1].a:ws[i-1].b]
	switch {
	case verbLeads[pred]:
		return true
	case prevVerb == i-1:
		return true // "clean, analyze"
	case prevVerb == i-2 && (pred == "and" || pred == "or" || pred == "&"):
		return true // "design and pilot"
	}
	w := s[ws[i].a:ws[i].b]
	if !strings.HasSuffix(w, "ing") {
		return false
	}
	return ingLeads[pred] || strings.Contains(s[ws[i-1].b:ws[i].a], ",")
}

// isCount reports whether word k of a clause is a count: digits or a
// spelled-out number, not money, a duration or a rate.
func isCount(s string, ws []clauseWord, k int) bool {
	w := s[ws[k].a:ws[k].b]
	digits := w[0] >= '0' && w[0] <= '9'
	if digits {
		for i := 0; i < len(w); i++ {
			if w[i] < '0' || w[i] > '9' {
				return false // "3d", "2nd", "10x"
			}
		}
		a, b := ws[k].a, ws[k].b
		if b+1 < len(s) && (s[b] == ',' || s[b] == '.' || s[b] == '-') && isDigit(s[b+1]) {
			return false // "1,500", "20-25": the last group is the count
		}
		if b < len(s) && (s[b] == '%' || s[b] == ':' || s[b] == '/') {
			return false
		}
		for a > 0 && (isDigit(s[a-1]) || s[a-1] == ',' || s[a-1] == '.') {
			a--
		}
		if pre := strings.TrimRight(s[max(0, a-4):a], " "); strings.HasSuffix(pre, "$") || strings.HasSuffix(pre, "€") ||
			strings.HasSuffix(pre, "£") || strings.HasSuffix(pre, "₹") || strings.HasSuffix(pre, "¥") {
			return false // money
		}
	} else if !numberWords[w] {
		return false
	}
	if k+1 < len(ws) {
		next := s[ws[k+1].a:ws[k+1].b]
		if timeUnits[next] {
			return false
		}
	}
	return true
}

// isListItem reports whether the clause starting at start (first word at
// a) is a list item: a bullet, a dash or a number before its first word.
func isListItem(v *view, start, a int) bool {
	lead := strings.TrimSpace(v.s[start:a])
	switch lead {
	case "-", "*", "+", "o":
		return true
	case "":
	default:
		return false
	}
	// A bullet character is folded to a line break: the original byte
	// before the item is not a line break.
	if start == 0 || v.s[start-1] != '\n' {
		return false
	}
	v.needOffsets()
	o := int(v.from[start-1])
	return o < len(v.orig) && v.orig[o] != '\n' && v.orig[o] != '\r'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
