package normalize

import (
	"regexp"
	"strings"
)

// Description sentences that state the post's kind in words the older
// cues do not hold, and a guard for sentences that name a kind of work
// the reader has done rather than the post:
//
//   - a student post stated as such: "The position is an apprenticeship
//     lasting six months", "It is an internship of 6 months duration." (a
//     sentence opening on "it", with the post's length after it: "it" alone
//     may be the company's programme), "Apply for an internship with our data group",
//     "This is a fellowship for early-career researchers", "This role is a
//     returnship", "Externship opportunity for final-year students";
//   - casual or fractional work, which this project files as part-time:
//     "This is a casual events role", "on a casual basis", "a fractional
//     CFO engagement";
//   - freelance project work: "Freelance data engineering project.";
//   - past experience: "3 years of experience as a copywriting intern",
//     "Experience gained through an internship, part-time role or
//     volunteering", "Relevant internship, part-time work ...", "We run a
//     summer internship programme" say nothing of this post.

// internStatedRe is a student post stated in a sentence (tried around its
// key words: see keyRegexp).
var internStatedRe = newKeyRegexp(`(?i)\b(?:(?:this|the)\s+(?:role|position|post|job|opportunity|programme|program)?\s*is\s+an?\s+(?:\w+\s+){0,2}(?:apprenticeship|fellowship|externship|returnship|internship)\b|(?:^|[.!?:\n]\s*)it\s+is\s+an?\s+(?:\w+\s+){0,2}(?:apprenticeship|fellowship|externship|returnship|internship)\s+(?:of|for|lasting|running)\s+(?:\d{1,2}|one|two|three|four|six|eight|nine|ten|twelve)[\s-]+(?:weeks?|months?|years?)\b|apply\s+(?:now\s+)?for\s+an?\s+(?:\w+\s+)?internship\s+(?:with|at|in|on)\b|(?:externship|returnship)\s+(?:opportunit(?:y|ies)|program(?:me)?s?|positions?|roles?)\b|internship\s+opportunities\s+(?:are\s+)?available\b)`, 80, 40,
	"apprenticeship", "fellowship", "externship", "returnship", "internship")

// internStatedBody is a cue (typeCues) for internStatedRe.
type internStatedBody struct{}

func (internStatedBody) MatchString(text string) bool {
	for _, loc := range internStatedRe.FindAllStringIndex(text, 4) {
		if !pastContext(text, loc[0]) && !internRedirect(text, loc) { // "please apply to our internship program" (type_body_intern_redirect.go)
			return true
		}
	}
	return false
}

// casualBodyRe is casual or fractional work stated as the post's.
var casualBodyRe = regexp.MustCompile(`(?i)\b(?:(?:this\s+is|is)\s+an?\s+casual\s+(?:\w+\s+){0,2}(?:role|position|job|post|opportunity|contract)|on\s+an?\s+casual\s+basis|casual\s+(?:role|position|contract|employment|vacancy)|(?:this\s+is|is)\s+an?\s+fractional\s+(?:\w+\s+){0,2}(?:role|position|engagement|job|post))\b`)

// casualBody is a cue (typeCues) for casualBodyRe.
type casualBody struct{}

func (casualBody) MatchString(text string) bool {
	return (hasFold(text, "casual") || hasFold(text, "fractional")) && casualBodyRe.MatchString(text)
}

// freelanceProjectRe is a freelance project at a sentence's or a
// paragraph's start, or after "a", "this" or "our".
var freelanceProjectRe = regexp.MustCompile(`(?i)(?:^|[.!?>\n]\s*|\b(?:an?|this|our)\s+)freelance\s+(?:[\w'’-]+\s+){0,3}project\b`)

// freelanceProjectBody is a cue (typeCues) for freelanceProjectRe.
type freelanceProjectBody struct{}

func (freelanceProjectBody) MatchString(text string) bool {
	return hasFold(text, "freelance") && freelanceProjectRe.MatchString(text)
}

// pastGuardCue is a cue whose matches count only outside sentences about
// the reader's past work (pastContext).
type pastGuardCue struct {
	re interface {
		FindAllStringIndex(string, int) [][]int
	}
}

func (g pastGuardCue) MatchString(text string) bool {
	for _, loc := range g.re.FindAllStringIndex(text, 8) {
		if !pastContext(text, loc[0]) && !internRedirect(text, loc) { // "please apply to our internship program" (type_body_intern_redirect.go)
			return true
		}
	}
	return false
}

// pastMarkers are words that, earlier in a cue's sentence, make it about
// the reader's past or about the employer's programmes, run by the post ("Prior to
// your start ..." alone is not one).
var pastMarkers = []string{"years of experience", "experience gained", "experience in ", "experience as ",
	"previous experience", "prior experience", "previous role", "prior role", "previous work", "prior work",
	"previous internship", "prior internship", "we run ", "we also run ",
	// earlier employment the reader may have had: "Previous or current
	// employment with us as an intern, employee or contractor is a plus"
	"previous employment", "prior employment", "former employment", "past employment",
	"previous or current employment", "current or previous employment",
	// the post runs the employer's programmes: "Build and run recruiting and
	// internship programs", "You will manage our co-op program"
	"and run ", "run our ", "running our ", "manage our ", "managing our ", "oversee our ", "overseeing our ",
	"coordinate our ", "coordinating our ",
	// the post oversees the students: "You will supervise two co-op students"
	"supervise ", "supervising ", "mentor our ", "mentoring our "}

// pastContext reports whether the sentence holding text[i] says, before
// i, that it is about past experience or the employer's programmes, or
// starts with "Relevant" or "Experience".
func pastContext(text string, i int) bool {
	s := strings.TrimLeft(sentenceHead(text, i), " \t•*-–:") // type_body_intern_redirect.go
	if hasPrefixFold(s, "relevant ") || hasPrefixFold(s, "experience ") {
		return true
	}
	for _, w := range pastMarkers {
		if containsFold(s, w) {
			return true
		}
	}
	return false
}
