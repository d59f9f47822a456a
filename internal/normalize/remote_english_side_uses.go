package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// English work-mode sentences that the body reader misses or misreads
// because a remote word stands beside an office job, and on-site, hybrid
// and remote wording it does not know (table tests in
// remote_english_side_uses_test.go). Shapes, not strings:
//
//   - remote as a side use, not the role's mode: remote interviews,
//     onboarding, training, tools, users, vendors or colleagues ("our
//     remote sales team"), other teams that work remotely or are
//     distributed ("..., but this role keeps our Seattle office running"), a few weeks of
//     remote work a year, a perk list ("be it remote work or flexible
//     hours"). With those uses blanked, the body is read again: an on-site
//     or hybrid reading wins over no reading, and over a remote one taken
//     from a side use (a perk list alone then reads nothing, and so does
//     a product that "enables remote work" or "tools for remote teams");
//   - remote work denied in other words ("does not offer a remote work
//     option", "ineligible for remote work", "not a work-from-home job"):
//     on-site over a remote or no reading of the text (not a denial
//     limited to places, "outside the US", nor of a stipend);
//   - on-site work said otherwise, where nothing was read or a remote
//     reading came from a side use ("stationed at our fulfillment center",
//     "report daily to our clinic", "based on the production floor", "a field-based
//     role", "a site-based position", "an in-clinic role", "working at the
//     client site", "work is performed in a laboratory setting", "daily
//     presence on the shop floor", "based
//     full-time in our Oslo office", "in the office five days a week");
//   - hybrid said otherwise ("in the office 60% of the time", "about half
//     the time in the office", "split your week between home and the
//     office", "office-first … from home on Fridays", "a mix of remote and
//     in-office work"): hybrid over no reading or an in-office one;
//   - remote said otherwise ("a telework position", "an all-remote
//     company"): remote where nothing was read.

var (
	// sideRemote is a remote word that is not the role's mode.
	sideRemote = newKeyRegexp(`(?i)\bremote(?:ly)?\s+(?:[\p{L}-]+\s+)?(?:interview(?:s|ing)?|calls?|screenings?|assessments?|workshops?|onboarding|training|orientation|induction|collaboration|tools?|users?|vendors?|suppliers?|partners?|customers?|clients?|colleagues|teammates|employees|workers|workforce|contractors?|freelancers?|agents?|engineers|developers|hires|stakeholders|representatives|technicians|teams?|sessions?|meetings?|access|desktop|support|sites?|offices?)\b|\bremote[- ]work(?:ing)?\s+weeks?\b|`+
		`\b(?:interviews?|interviewing|calls?|screenings?|assessments?|workshops?|sessions?|onboarding|training|orientation|induction|meetings?)\s+(?:[\p{L}-]+\s+){0,4}remotely\b|\bonboard(?:ed)?\s+remotely\b|`+
		`\b(?:teams?|colleagues|employees|staff|people|folks|contractors|freelancers|many\s+of\s+us)\s+(?:who\s+)?(?:already\s+|currently\s+|also\s+)?work(?:s|ing)?\s+remotely\b|`+
		`\b(?:\d+|one|two|three|four|five|six|a\s+few|several)\s+(?:weeks?|days?|months?)\s+(?:of\s+|a\s+year\s+of\s+|per\s+year\s+of\s+)?(?:remote|work[- ]from[- ]anywhere)(?:\s+work(?:ing)?)?\b|`+
		`\b(?:enabl(?:e|es|ing)|power(?:s|ing)?|simplif(?:y|ies|ying)|help(?:s|ing)?\s+(?:[\p{L}-]+\s+){0,2}(?:with|to|do|run|scale|manage))\s+remote\s+(?:work(?:ing)?|teams?|hiring|collaboration)\b|\b(?:platform|software|tools?|products?|solutions?|apps?)\s+for\s+remote\s+(?:work(?:ing)?|teams?|workers|employees)\b|`+
		`\b(?:be\s+it|whether\s+it(?:'s|’s|\s+is))\s+remote\s+work(?:ing)?\b|`+
		// "Our company embraces remote work for engineering, but this sales role ..."
		`\bremote\s+work(?:ing)?\s+for\s+(?:our\s+|the\s+|its\s+|some\s+|most\s+|other\s+)?(?:[\p{L}-]+\s+)?(?:teams?|roles|engineering|engineers|developers|staff|employees|departments?)\b|\b(?:benefits|perks)(?:\s+include|\s*:)[^.!?\n]{0,60}?\bremote\s+work(?:ing)?\s+(?:options?|opportunities|possibilities)\b`,
		80, 60, "remote")
	// sideRemoteMore is more of sideRemote's side uses, kept apart so that
	// sideRemote stays small: other people working from home, the
	// company's remote culture ("our remote-friendly culture", "an
	// exception to our remote-first model"), other teams distributed
	// beside this role ("Our engineering teams are fully distributed, but
	// this role keeps our Seattle office running").
	sideRemoteMore = newKeyRegexp(`(?i)\b(?:teams|staff|employees|people|colleagues|folks) work from home\b|\bremote[- ](?:friendly|first)\s+(?:culture|model|policy|approach|setup|set-up)\b|`+
		`\b(?:teams?|colleagues|employees|staff|engineers|developers|departments?)\s+(?:are|is)\s+(?:fully\s+|entirely\s+|largely\s+|mostly\s+|100%\s+)?(?:distributed|remote)\b,?\s+(?:but|while|whereas)\s+(?:this|the|your)\s+(?:[\p{L}-]+\s+){0,2}(?:role|position|job)\b`,
		80, 60, "distributed", "remote-friendly", "remote friendly", "remote-first", "remote first", "remote,", "remote but", "remote while", "remote whereas", "teams work from home", "staff work from home", "employees work from home", "people work from home", "colleagues work from home", "folks work from home")

	// sideRemoteWhile is others' remote work in a clause before the role's
	// own: "While much of our corporate team is remote-friendly, this role
	// requires on-site presence".
	sideRemoteWhile = newKeyRegexp(`(?i)\bwhile\s+(?:[\p{L}-]+\s+){0,4}(?:teams?|staff|colleagues|employees|workforce|company)\s+(?:are|is)\s+(?:largely\s+|mostly\s+|fully\s+)?(?:distributed|remote[- ](?:friendly|first))\s*,\s*(?:this|the|your)\s+(?:[\p{L}-]+\s+){0,2}(?:role|position|job)\b`,
		90, 50, "remote-friendly", "remote friendly", "remote-first", "remote first", "distributed")

	// englishRemoteDenied is remote or home work denied in other words.
	englishRemoteDenied = newKeyRegexp(`(?i)\b(?:does\s+not|doesn't|doesn’t|do\s+not|don't|don’t|cannot|can't|can’t|unable\s+to)\s+(?:offer|provide|support|allow|permit)\s+(?:a\s+|any\s+)?(?:remote|work[- ]from[- ]home|wfh|telework)\b|\bineligible\s+for\s+(?:remote|telework|work[- ]from[- ]home)\b|\bremote\s+(?:work(?:ing)?\s+|applicants\s+|candidates\s+)?(?:will|would|can|could|is|are)\s+not\s+be\s+(?:considered|possible|offered|accepted|an\s+option)\b|\bnot\s+an?\s+(?:work[- ]from[- ]home|wfh|telework|home[- ]based)\s+(?:role|position|job|opportunity)\b`,
		40, 60, "not", "n't", "n’t", "unable", "ineligible")
	// deniedScope follows a denial that only limits where remote work may be done.
	deniedScope = regexp.MustCompile(`(?i)^[^.!?\n]{0,40}?\b(?:outside|except|beyond|from\s+abroad|across\s+borders|in\s+(?:all|other)\s+(?:states|countries))\b|^\s*(?:work(?:ing)?\s+)?(?:stipends?|allowances?|budgets?|equipment|reimbursements?)\b`)

	// englishOnsiteMore is on-site work said otherwise.
	englishOnsiteMore = newKeyRegexp(`(?i)\b(?:field|site|lab|laboratory|clinic|hospital|plant|warehouse|store|branch|depot|factory|kitchen|restaurant|studio|campus|farm)[- ]based\s+(?:role|position|job|opportunity|post)\b|`+
		`\b(?:role|position|job|post|internship|placement)\s+is\s+(?:fully\s+|entirely\s+)?(?:field|site|lab|laboratory|clinic|hospital|plant|warehouse|store|branch|depot|factory|kitchen|restaurant|studio|campus|farm)[- ]based\b|`+
		`\b(?:(?:daily|full[- ]time|in[- ]person|constant)\s+presence|work(?:s|ing)?|shifts?\s+(?:are\s+)?(?:worked|spent))\s+on\s+the\s+(?:shop|production|factory|plant|warehouse|sales|hospital|retail|restaurant)\s+floor\b|`+
		// "Clinical rotations take place on site at Denver Health", "This role is on site."
		// (spaced "on site" also starts "on site visits": a clause end, a place or a schedule must follow)
		`\b(?:role|position|job|internship|placement|work|rotations?|shifts?|training|program(?:me)?)\s+(?:is|are|will\s+be|takes?\s+place|happens?)\s+(?:fully\s+|entirely\s+|100%\s+)?(?:based\s+)?on site(?:[ \t]*(?:[.;:!)\n]|$)|\s+(?:in|at|with|full[- ]time|five|5|every|each|daily)\b)|\b(?:live|lives|living)\s+on site\b|`+
		// "Interns will work at one of our retail pharmacy locations", "a live-in position"
		`\bwork(?:s|ing)?\s+(?:in|at|from)\s+one\s+of\s+our\s+(?:[\p{L}-]+\s+){0,2}(?:locations|stores|branches|clinics|restaurants|sites|warehouses|pharmacies|hotels|cafes|shops|offices|schools|campuses|hospitals|labs|plants|depots)\b|\blive-in\s+(?:position|role|job|post|nanny|caregiver|carer|housekeeper|au\s+pair)\b|`+
		// "Back-of-house position."
		`\b(?:back|front)[- ]of[- ](?:the[- ])?house\s+(?:position|role|job|staff|team|shifts?)\b|`+
		// "Outdoor work on our 40-acre farm"
		`\bwork\s+on\s+our\s+(?:[\p{L}\d-]+\s+){0,2}(?:farm|ranch|vineyard|orchard|ship|vessel|boat)s?\b|`+
		// "work weekend shifts in our Capitol Hill café"
		`\b(?:work|cover|pick\s+up)\s+(?:[\p{L}-]+\s+){0,2}shifts\s+(?:at|in)\s+(?:our|the)\s+(?:[\p{L}-]+\s+){0,2}(?:café|(?:cafe|store|shop|restaurant|warehouse|clinic|hospital|bar|hotel|kitchen|branch|bakery|salon|studio|gym|location)\b)|`+
		// "Most of the work happens in the field, visiting farms" (not "in the field of")
		`\b(?:work|role|job|internship)\s+(?:is|happens|takes\s+place|is\s+done|is\s+carried\s+out)\s+(?:mostly\s+|mainly\s+|largely\s+|primarily\s+)?in the field(?:\s*[,.;!\n]|\s+(?:and|visiting|with|at|across|around|meeting)\b)|`+
		`\bin[- ](?:clinic|store|lab|hospital)\s+(?:role|position|job|opportunity|shifts?)\b|`+ // "work in-store shifts"
		`\b(?:work(?:s|ing|ed)?|performed|based|located|deployed|stationed)\s+(?:full[- ]time\s+|daily\s+)?(?:at|on|from)\s+(?:the\s+|a\s+|our\s+)?(?:client|customer)(?:'s|’s|s')?\s+(?:site|premises|location|facility)\b|`+
		`\bwork\s+location\s*:\s*(?:the\s+)?(?:client|customer)(?:'s|’s)?\s+(?:site|premises)\b|`+
		`\b(?:work\s+is|duties\s+are|job\s+is|role\s+is)\s+(?:performed|carried\s+out|done)\s+in\s+(?:a|the|our)\s+(?:(?:laboratory|lab|clinical|hospital|manufacturing|warehouse|production|retail|plant)\s+(?:setting|environment|facility)\b|(?:laboratory|lab|hospital|warehouse|plant|clinic|factory)\s*[.;!\n])|`+ // "Work is performed in the lab."
		`\bwork(?:ing)?\s+in\s+our\s+(?:[\p{L}-]+\s+)?(?:clinic|laboratory|lab|hospital|plant|warehouse|store|restaurant|salon|studio|kitchen)\s+(?:monday|daily|every|full[- ]time|five|5)\b|`+
		`\b(?:based|located|work(?:s|ing)?)\s+full[- ]time\s+(?:in|at|from)\s+(?:our|the)\s+(?:[\p{L}-]+\s+){0,2}(?:office|hq|headquarters|site|plant|lab)\b|`+
		`\bin\s+(?:the|our)\s+office\s+full[- ]time\b|`+
		`\b(?:from|in|at)\s+(?:our|the)\s+(?:[\p{L}-]+\s+){0,2}office(?:\s+in\s+[\p{L}-]+)?,?\s+(?:five|5)\s+days\s+(?:a|per|each)\s+week\b`,
		60, 80, "based", "in-clinic", "in-store", "in-lab", "in-hospital", "in clinic", "in store", "in lab", "in hospital", "client", "customer", "performed", "carried", "done", "in our", "full-time", "full time", "five", "5 days", "floor", "on site", "the field", "shifts", "one of our", "live-in", "work on our", "of-house", "of house", "of-the-house", "of the house")
	// englishOnsitePlaces is more of englishOnsiteMore's on-site wording,
	// kept apart so that englishOnsiteMore stays small: the workplace named
	// as where one is stationed, reports or is based.
	englishOnsitePlaces = newKeyRegexp(`(?i)`+
		// "You'll be stationed at our fulfillment center", "Report daily to our clinic", "based on the production floor of our plant"
		`\bstationed\s+(?:at|in)\s+(?:our|the)\s+(?:[\p{L}-]+\s+){0,2}(?:cent(?:er|re)|facility|warehouse|plant|site|clinic|hospital|store|branch|base|depot|lab|laboratory|factory|yard|station)\b|`+
		`\breports? (?:daily|each day|every day|each morning|every morning) to\s+(?:our|the)\s+(?:[\p{L}-]+\s+){0,2}(?:clinic|office|site|facility|warehouse|plant|store|branch|hospital|cent(?:er|re)|lab|laboratory|studio|campus|school|depot|yard|kitchen)\b|`+
		`\b(?:based|stationed|located)\s+(?:on|at)\s+the\s+(?:shop|production|factory|plant|warehouse|sales|retail)\s+floor\b|`+
		// "Greet customers on the sales floor of our flagship store", "at our Sparks fulfillment center", "The hub is staffed on site 24/7"
		`\bon\s+the\s+(?:shop|sales|production|factory|warehouse|retail|hospital)\s+floor\s+of\s+our\b|`+
		`\b(?:at|in|inside)\s+our\s+(?:[\p{L}\d,-]+\s+){0,4}(?:fulfillment|fulfilment|distribution|sorting|processing) cent(?:er|re)\b|\bstaffed\s+on[- ]?site\b|`+
		// "Based at our distribution hub off I-80", "is based at our Fremont manufacturing and test site"
		`\bbased\s+at\s+our\s+(?:[\p{L}\d&-]+\s+){0,4}(?:site|plant|facility|hub|cent(?:er|re)|warehouse|clinic|hospital|store|branch|lab|laboratory|factory|yard|depot)\b`,
		60, 80, "based", "stationed", "staffed", "fulfillment cent", "fulfilment cent", "distribution cent", "sorting cent", "processing cent", "report daily", "reports daily", "report each", "reports each", "report every", "reports every", "floor of our")
	// oneOfOurOffices is staff based in an office of the employer's choice
	// of several: "Analysts are based in one of our US offices".
	oneOfOurOffices = newKeyRegexp(`(?i)\b(?:are|is|will\s+be|be)\s+based\s+(?:in|at|out\s+of)\s+one\s+of\s+our\s+(?:[\p{L}.-]+\s+){0,2}offices\b`,
		40, 60, "one of our")
	// sideUseWorkplace is a workplace of ours named where a side use of
	// remote was blanked: "Our billing team works remotely, but this role
	// is patient-facing: you'll assist providers at our Cedar Park family
	// medicine clinic". Alone ("Remote patient monitoring role at our
	// clinic") it is left to the other readers.
	sideUseWorkplace = newKeyRegexp(`(?i)\b(?:at|in|inside)\s+our\s+(?:[\p{L}\d-]+\s+){0,4}(?:clinic|hospital|warehouse|restaurant|factory|depot|laboratory)\b`,
		60, 10, "clinic", "hospital", "warehouse", "restaurant", "factory", "depot", "laboratory")
	// englishOnsiteTravel precedes a place that is visited, not worked at.
	englishOnsiteTravel = regexp.MustCompile(`(?i)\b(?:travel(?:l)?(?:ing|s)?|visit(?:s|ing)?|trips?)\b[^.!?\n]{0,30}$`)

	// englishHybridMore is hybrid said otherwise.
	englishHybridMore = newKeyRegexp(`(?i)\b(?:in[- ]office|in\s+(?:the|our)\s+office|on[- ]?site)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+)?(?:[1-8]0|[1-9]5)\s?%\s+of\s+(?:the|your)\s+(?:time|week|working\s+week)\b|`+
		`\b(?:in\s+(?:the|our)\s+office|on[- ]?site|in[- ]office)\s+(?:about\s+|around\s+|roughly\s+)?half\s+(?:the|of\s+the|your)\s+(?:time|week)\b|`+
		`\bsplit\s+(?:your|the|their|our)\s+(?:working\s+)?(?:week|time)\s+between\s+(?:(?:the|your|our)\s+)?(?:home|remote)\s+and\s+(?:the|our|an?)\s+(?:[\p{L}-]+\s+){0,2}office\b|\bsplit\s+(?:your|the|their|our)\s+(?:working\s+)?(?:week|time)\s+between\s+(?:the|our|an?)\s+(?:[\p{L}-]+\s+){0,2}office\s+and\s+(?:home|remote)\b|`+
		`\boffice[- ]first\b[^.!?\n]{0,60}?\b(?:from\s+home|remote(?:ly)?)\b|`+
		// "a 60/40 office/home split"
		`\b[1-9]0\s*/\s*[1-9]0\s+(?:office|home|remote|on-?site|in-office)\s*/\s*(?:office|home|remote|on-?site|in-office)\s+split\b|`+
		`\b(?:a\s+)?(?:mix|blend|combination)\s+of\s+(?:remote|home)\s+and\s+(?:in[- ]office|office|on[- ]?site|in[- ]person)\s+work(?:ing)?\b`,
		80, 80, "% of", "half", "split", "office-first", "office first", "mix", "blend", "combination")

	// officeAndHomeDays counts office days and home days in one sentence:
	// "three days a week with the team at our Denver office and two days
	// working from home", "two days a week at our Joliet cross-dock and
	// work from home the other three". It makes hybrid a remote reading
	// taken from the text, too (its home words are the schedule's).
	officeAndHomeDays = newKeyRegexp(`(?i)\b(?:[1-4]|one|two|three|four)\s+days?\b[^.;!?\n]{0,60}?\b(?:office|on[- ]?site|in[- ]person|studio|hq|headquarters|at\s+our)\b[^.;!?\n]{0,30}?(?:\band|,)\s+(?:(?:the\s+other\s+)?(?:[1-4]|one|two|three|four)\s+(?:days?\s+)?(?:working\s+|of\s+)?(?:from\s+home|remotely|at\s+home|wfh)\b|(?:work(?:ing)?\s+)?(?:from\s+home|remotely)\s+(?:for\s+|on\s+)?the\s+other\s+(?:[1-4]|one|two|three|four)\b)`,
		120, 24, "from home", "remotely", "at home", "wfh")

	// placeDaysThenHome names the place before the office days and home
	// after them: "be on property about three days a week for site tours
	// and event days, and to work from home on planning days"; "two days
	// per week from City Hall and the remaining days from home".
	placeDaysThenHome = newKeyRegexp(`(?i)\b(?:on\s+(?:property|premises|site|campus)|in\s+(?:the|our)\s+office|at\s+(?:the|our)\s+(?:office|hotel|venue|studio))\s+(?:about\s+|around\s+|roughly\s+)?(?:[1-4]|one|two|three|four)\s+days?\s+(?:a|per|each)\s+week\b[^.;!?\n]{0,60}?\b(?:work(?:ing)?\s+)?from\s+home\b|`+
		// "two days per week from City Hall and the remaining days from home"
		`\b(?:[1-4]|one|two|three|four)\s+days?\s+(?:a|per|each)\s+week\s+(?:from|at|in)\s+(?:[\p{L}'.&-]+\s+){1,5}?and\s+the\s+(?:remaining|other|rest\s+of\s+the)\s+(?:days?\s+|week\s+)?(?:from|at)\s+home\b`,
		140, 10, "from home", "at home")

	// englishRemoteMore is remote said otherwise.
	englishRemoteMore = newKeyRegexp(`(?i)\b(?:a|an|this|the)\s+(?:full[- ]time\s+)?(?:telework(?:ing)?|telecommut(?:e|ing))\s+(?:role|position|job|opportunity)\b|\b(?:an?|our)\s+all[- ]remote\s+(?:team|company|business|organi[sz]ation|workforce|startup)\b`,
		30, 40, "telework", "telecommut", "all-remote", "all remote")
)

// reviseEnglishSideUses applies the readings above to ri.
func reviseEnglishSideUses(text string, ri RemoteInfo) RemoteInfo {
	if text == "" || !textGivenMode(ri) {
		return ri
	}
	if (ri.Remote == model.RemoteUnknown || ri.Remote == model.RemoteRemote) && (sideRemote.holdsKey(text) || sideRemoteMore.holdsKey(text) || sideRemoteWhile.holdsKey(text)) {
		remote := ri.Remote == model.RemoteRemote
		if masked, perks, ok := maskSideRemote(text, remote); ok {
			r, ev := fromBody(masked)
			if r == model.RemoteUnknown {
				if at := jobAtPremisesSaid(masked); at != "" {
					r, ev = model.RemoteOnsite, "text: "+at // "..., but this sales role sits in our Dallas office" (remote_english_company_self.go)
				} else if at := onsiteMoreSaid(masked); at != "" {
					r, ev = model.RemoteOnsite, "text: "+at // "Our IT teams work remotely ... this role is based on the production floor"
				} else if m := sideUseWorkplace.FindStringIndex(masked); m != nil {
					r, ev = model.RemoteOnsite, "text: "+masked[m[0]:m[1]]
				}
			}
			switch {
			case !remote && (r == model.RemoteOnsite || r == model.RemoteHybrid):
				return setModeKeepRegions(ri, r, ev)
			case remote && r != model.RemoteRemote && (r != model.RemoteUnknown || perks):
				if r0, _ := fromBody(text); r0 == model.RemoteRemote {
					if r == model.RemoteUnknown {
						ri.Remote, ri.Evidence, ri.Regions = model.RemoteUnknown, "", []string{}
						return ri
					}
					return setModeKeepRegions(ri, r, ev)
				}
			}
		}
	}
	if ri.Remote == model.RemoteRemote || ri.Remote == model.RemoteUnknown {
		for _, m := range englishRemoteDenied.FindAllStringIndex(text, -1) {
			if !deniedScope.MatchString(text[m[1]:min(len(text), m[1]+60)]) {
				return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+text[m[0]:m[1]])
			}
		}
	}
	if ri.Remote == model.RemoteUnknown || ri.Remote == model.RemoteOnsite || ri.Remote == model.RemoteRemote && strings.HasPrefix(ri.Evidence, "text: ") {
		if m := officeAndHomeDays.FindStringIndex(text); m != nil {
			return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+text[m[0]:m[1]])
		}
		if m := placeDaysThenHome.FindStringIndex(text); m != nil {
			return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+text[m[0]:m[1]])
		}
	}
	if ri.Remote == model.RemoteUnknown || ri.Remote == model.RemoteOnsite {
		if m := englishHybridMore.FindStringIndex(text); m != nil {
			return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+text[m[0]:m[1]])
		}
	}
	if ri.Remote == model.RemoteUnknown {
		if at := onsiteMoreSaid(text); at != "" {
			return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+at)
		}
		if m := englishRemoteMore.FindStringIndex(text); m != nil {
			return setModeKeepRegions(ri, model.RemoteRemote, "text: "+text[m[0]:m[1]])
		}
	}
	return ri
}

// onsiteMoreSaid returns the first englishOnsiteMore wording of text
// that is no place visited; "" when there is none.
func onsiteMoreSaid(text string) string {
	ms := append(englishOnsiteMore.FindAllStringIndex(text, -1), englishOnsitePlaces.FindAllStringIndex(text, -1)...)
	for _, m := range append(ms, oneOfOurOffices.FindAllStringIndex(text, -1)...) {
		if !englishOnsiteTravel.MatchString(text[max(0, m[0]-40):m[0]]) {
			return text[m[0]:m[1]]
		}
	}
	return ""
}

// maskSideRemote blanks the side uses of remote in text (same length, so
// offsets hold); ok is false when there is none. Over a remote reading
// (strict) a remote team or workforce is the company's own mode, not a
// side use ("a fully remote team"), and is kept; perks reports that every
// use blanked was a perk (a few weeks of remote work, a perk list) or the
// employer's product ("software for remote teams").
func maskSideRemote(text string, strict bool) (masked string, perks, ok bool) {
	var b []byte
	perks = true
	ms := append(sideRemote.FindAllStringIndex(text, -1), sideRemoteMore.FindAllStringIndex(text, -1)...)
	for _, m := range append(ms, sideRemoteWhile.FindAllStringIndex(text, -1)...) {
		span := text[m[0]:m[1]]
		if strict && sideRemoteTeam.MatchString(span) {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		perks = perks && sideRemotePerk.MatchString(span)
		for i := m[0]; i < m[1]; i++ {
			b[i] = ' '
		}
	}
	if b == nil {
		return text, false, false
	}
	return string(b), perks, true
}

var (
	// sideRemoteTeam is a side use naming the company's own people.
	sideRemoteTeam = regexp.MustCompile(`(?i)\b(?:colleagues|teammates|employees|workers|workforce|engineers|developers|hires|stakeholders|representatives|technicians|teams?)$`)
	// sideRemotePerk is a side use that is a perk or the employer's product.
	sideRemotePerk = regexp.MustCompile(`(?i)^(?:remote[- ]work(?:ing)?\s+week|\d|one|two|three|four|five|six|a\s+few|several|be\s+it|whether|benefits|perks|enabl|power|simplif|help|platform|software|tool|product|solution|app)`)
)
