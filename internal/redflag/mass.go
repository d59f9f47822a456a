package redflag

import (
	"regexp"
	"strconv"
	"strings"
)

// minMassOpenings is the number of openings for one role from which a
// listing is mass hiring: no one supervises fifty interns on one scoped
// project.
const minMassOpenings = 50

var (
	// reOpeningsCount: a count of openings ("Openings: 1000", "500+
	// positions", "200 vacancies"). Group 2 or 3 is the number.
	reOpeningsCount = regexp.MustCompile(`\b(no\.? of )?(?:openings?|vacanc(?:y|ies)|positions?|seats?|slots?) *[:=-] *(\d[\d,]*)\+?|\b(\d[\d,]*)\+? (?:(?:open|available|new|more) )?(?:openings|vacancies|positions|seats|slots)\b`)
	// rePeopleCount: hiring a crowd ("hiring 300 interns", "we need 100+
	// brand ambassadors", "looking for hundreds of students"). Group 2 is
	// the number, when one is given.
	rePeopleCount = regexp.MustCompile(`\b(hiring|recruiting|recruit|looking for|seeking|we need|need|wanted|onboarding) (?:(\d[\d,]*)\+?|hundreds of|thousands of|over (\d[\d,]*)|more than (\d[\d,]*)) (?:[a-z-]+ ){0,2}(interns|ambassadors|volunteers|students|freelancers|agents|associates|representatives|reps|workers|people|candidates|promoters|partners|members)\b`)
	// reMassWords: mass hiring said outright.
	reMassWords = regexp.MustCompile(`\b(mass (hiring|recruitment|recruiting)|bulk (hiring|recruitment)|hiring in bulk|unlimited (openings|positions|vacancies|seats|slots))\b`)
	// reOpeningsContext: numbers that count the company, not the hiring.
	reOpeningsContext = regexp.MustCompile(`\b(filled|placed|served|since|over the (past|last)|employees|staff of|team of|customers|clients|we have placed|have hired|hired over)\b`)

	gateOpenings = &gated{re: reOpeningsCount, lits: []string{"opening", "vacanc", "position", "seat", "slot"}}
	gatePeople   = &gated{re: rePeopleCount, lits: []string{"hiring", "recruit", "looking for", "seeking", "need", "wanted", "onboarding"}}
	gateMass     = &gated{re: reMassWords, lits: []string{"mass ", "bulk", "unlimited"}}
)

// checkMassHiring: one role offered to hundreds at once ("Openings: 1000"
// in an ambassador title), a sign of unpaid promotion or recruiting work
// rather than a project someone scopes and supervises. Low: large
// employers do hire in cohorts; the flag only says to look closer.
func checkMassHiring(c *ctx) (hit, bool) {
	views := []*view{c.title, c.text}
	count := func(v *view, m []int, groups ...int) bool {
		for _, g := range groups {
			if m[2*g] < 0 {
				continue
			}
			n, err := strconv.Atoi(strings.ReplaceAll(v.s[m[2*g]:m[2*g+1]], ",", ""))
			if err == nil && n >= minMassOpenings && n < 1_000_000 {
				return !v.match(reOpeningsContext, v.sentenceText(m[0], m[1]))
			}
			return false
		}
		// "hundreds of", "thousands of": no number to read.
		return !v.match(reOpeningsContext, v.sentenceText(m[0], m[1]))
	}
	if m, v, ok := findGated(views, gateOpenings, func(v *view, m []int) bool { return count(v, m, 2, 3) }); ok {
		return hit{span: v.span(m[0], m[1])}, true
	}
	if m, v, ok := findGated(views, gatePeople, func(v *view, m []int) bool { return count(v, m, 2, 3, 4) }); ok {
		return hit{span: v.span(m[0], m[1])}, true
	}
	if m, v, ok := findGated(views, gateMass, nil); ok {
		return hit{span: v.span(m[0], m[1])}, true
	}
	return hit{}, false
}
