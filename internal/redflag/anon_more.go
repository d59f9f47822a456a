package redflag

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// More weak signs of a fake job ad, for SCAM_ANON_EMPLOYER's count (see
// anonCues). Like the others, none is enough on its own and each counts
// only in an ad that nothing identifies (no profile, no organization named
// in the text, no careers board of its own): published studies of the
// EMSCAD fake ads (Vidros et al. 2017) and the FTC's job-scam advice
// describe fake ads that praise an employer they never name, recruit
// "individuals" by the dozen, and write their titles as sales copy.
var (
	// reUnnamedPraise: an employer praised but not named ("join a highly
	// regarded company", "work for a leading firm"), or a recruiter
	// writing for a client it does not name ("on behalf of our client").
	// Plain descriptions ("a Birmingham videography company is looking")
	// are not praise: small real employers write them.
	reUnnamedPraise = regexp.MustCompile(`\b(on behalf of (our|a|one of our) (\w+ )?clients?|(join|joining|for|with|by|within) (a|an|one of the) (((very|highly|well)[- ]?)?(regarded|reputable|reputed|respected|prestigious|renowned|established|known|leading|successful|professional|fast[- ]growing|growing|dynamic|international|multinational|world[- ]class)( and|,)? ){1,3}(\w+ ){0,2}(company|companies|firm|organi[sz]ation|corporation|business|group|employer|brand)s?)\b`)
	// reMassCopy: recruiting copy addressed to a crowd rather than to one
	// role ("we are looking for motivated individuals", "several positions
	// available", "hiring in all areas").
	reMassCopy = regexp.MustCompile(`\b((we are|we're|we have been|currently) (looking for|seeking|hiring|recruiting) (((self[- ])?motivated|enthusiastic|hard[- ]?working|reliable|serious|dedicated|energetic|honest|ambitious|driven|positive|outgoing|friendly|confident|responsible|career[- ]minded|goal[- ]oriented|money[- ]motivated)( and|,)? ){0,3}(individuals|persons|people)|(several|many|multiple|numerous|\d{2,}) (\w+ ){0,2}(positions|openings|vacancies) (are )?(available|open|to (be )?fill(ed)?)|hiring in (all|every|your) (areas?|states?|cities|locations?))\b`)
	// rePitchTitle (title only): a title written as an advertisement:
	// money, hurry or shouting instead of a job's name ("CASH Pay Jobs",
	// "Cruise Staff Wanted *URGENT*", "Earn $$$ Weekly!"). A pay figure
	// alone is not a pitch: boards put the rate in titles.
	rePitchTitle = regexp.MustCompile(`\$\$|!|\b(urgent(ly)?|immediate start|start (immediately|today|now)|cash|money|earn(ings?)?|income|positions? available|hiring now|apply (now|today)|part[- ]time (and|&|or|/) full[- ]time|full[- ]time (and|&|or|/) part[- ]time)\b`)

	gateUnnamedPraise = &gated{re: reUnnamedPraise, lits: []string{"behalf of", "compan", "firm", "organi", "corporation", "business",
		"group", "employer", "brand"}}
	gateMassCopy = &gated{re: reMassCopy, lits: []string{"individuals", "persons", "people", "positions", "openings", "vacancies",
		"hiring in"}}
	gatePitchTitle = &gated{re: rePitchTitle, lits: []string{"$$", "!", "urgent", "immediate", "start ", "cash", "money",
		"earn", "income", "available", "hiring now", "apply ", "time"}}
)

// titleCue finds an advertising title: a weak sign counted with the
// others. "Cashier" and "income tax" are jobs, not pitches.
func titleCue(c *ctx) ([]int, bool) {
	v := c.title
	for _, m := range v.all(gatePitchTitle) {
		t := v.s[m[0]:m[1]]
		if (t == "income" && strings.HasPrefix(v.s[m[1]:], " tax")) || (t == "money" && reMoneyTrade.MatchString(v.s[m[1]:])) {
			continue
		}
		return m, true
	}
	return nil, false
}

// reMoneyTrade follows "money" in the name of a trade ("money markets",
// "money laundering investigator"): a job, not a pitch.
var reMoneyTrade = regexp.MustCompile(`^ (markets?|management|manager|laundering|transmitter|services)\b`)

// cueWhy says, in a reader's words, what each weak sign is.
var cueWhy = map[*regexp.Regexp]string{
	reDirectContact: "asks you to apply by writing or calling a personal address or number",
	reOverseasLure:  "lures with travel, visas or tax-free pay",
	reHiddenPay:     "hides the pay until you apply",
	reNoExperience:  "needs no experience at all",
	reDemographics:  "asks for a sex or an age band",
	reEasyPay:       "sells daily or weekly pay",
	reHomeCue:       "sells home or spare-time work",
	reUrgency:       "hurries you",
	reUnnamedPraise: "praises an employer it never names",
	reMassCopy:      "recruits people in bulk rather than for one role",
	rePitchTitle:    "has a title written as an advertisement",
	rePayRange:      "gives a pay range no employer would mean",
	reGenericRole:   "offers generic clerical or home work",
}

// cueOrder lists the weak signs whose words can be evidence, in the order
// whySign tries them.
var cueOrder = []*regexp.Regexp{reUnnamedPraise, reMassCopy, reDirectContact, reOverseasLure, reHiddenPay, reNoExperience,
	reDemographics, reEasyPay, reHomeCue, reUrgency, rePitchTitle, rePayRange}

// whySign names the weak sign whose words the evidence span holds.
func whySign(text string) string {
	s := fold(text)
	for _, re := range cueOrder {
		if re.MatchString(s) {
			return cueWhy[re]
		}
	}
	return ""
}

// anonReason is SCAM_ANON_EMPLOYER's reason when weak signs decided it:
// the missing identity and what the evidence shows.
func anonReason(why string) string {
	if why == "" {
		return ""
	}
	return "You cannot tell who the employer is, and the ad " + why + ": together, the pattern of fake job ads."
}

// genericReason is the reason of a generic title from an unidentified
// employer, with the weak sign (n of them, cue the evidence of the first)
// or the missing pay beside it.
func genericReason(n int, cue model.Span, paid bool) string {
	why := cueWhy[reGenericRole]
	switch w := whySign(cue.Text); {
	case n >= 1 && w != "":
		why += ", and it " + w
	case !paid:
		why += ", and it does not say what it pays"
	}
	return anonReason(why)
}

// reTrainee: an internship, apprenticeship or student job.
var reTrainee = regexp.MustCompile(`\b(interns?|internships?|trainees?|apprentices?|apprenticeships?|students?|graduates?|co-?op|work[- ]study|placements?|fellowships?|projects?|gigs?)\b`)

// traineeTitle reports an internship, a student job or a scoped project:
// its type, its being project-based, or its title says so (the literals
// gate the pattern: most titles hold none). Small employers offer these
// through aggregators without a profile every day.
func traineeTitle(c *ctx) bool {
	switch c.l.Type {
	case model.TypeInternship, model.TypeMicroInternship, model.TypeProject:
		return true
	}
	if c.l.ProjectBased {
		return true
	}
	t := c.title.s
	for _, lit := range []string{"intern", "trainee", "apprentic", "student", "graduate", "co-op", "coop", "work", "placement",
		"fellow", "project", "gig"} {
		if strings.Contains(t, lit) {
			return reTrainee.MatchString(t)
		}
	}
	return false
}
