package normalize

import "regexp"

// Gig and student-job wording the type cues read (table tests in
// type_gig_student_test.go):
//
//   - a title opening with a bounty ("Bounty: Fix login bug", "[Bounty]
//     Add dark mode", "$200 Bounty - ..."): paid once for the work, a
//     project (a title naming a bounty programme, "Bug Bounty Program
//     Manager", is a role, not one);
//   - a sentence calling the post a gig ("This is a paid freelance gig."):
//     a project, as the "Gig" field value is (not "a gig economy company");
//   - Federal Work-Study and work-study posts, and student worker,
//     student assistant or student employee titles: student jobs, filed
//     as internships as the "Work Study" and "Student" field values are,
//     unless the title says part-time itself ("Part-Time Student
//     Assistant"), as a part-time type field beats them.

// bountyTitleRe is a title opening with a bounty.
var bountyTitleRe = regexp.MustCompile(`(?i)^\s*(?:[\[(]\s*)?(?:[$€£]\s?\d[\d,.]*k?\s+)?(?:(?:micro|mini|small|quick|tiny)[- ]?)?bount(?:y|ies)\s*(?:[:\])|\-–—]|\s+[$€£]\s?\d)`)

type bountyTitle struct{}

func (bountyTitle) MatchString(title string) bool {
	return containsFold(title, "bount") && bountyTitleRe.MatchString(title)
}

// gigSentenceRe is a sentence calling the post a gig: "this is a (paid,
// freelance ...) gig", "it's a short gig", "the gig pays".
var gigSentenceRe = regexp.MustCompile(`(?i)\b(?:this|it)\s*(?:is|['’]s)\s+an?\s+(?:[\w'’-]+\s+){0,3}?gigs?\b(\s+\w+)?|\bthe\s+gig\s+(?:pays|is\s+paid|runs|lasts|takes)\b`)

// gigNotWork are words after "gig" that name the economy or its workers,
// not the post.
var gigNotWork = regexp.MustCompile(`(?i)^\s+(?:economy|economies|workers?|platforms?|apps?|companies|company|marketplaces?|startups?)$`)

type gigSentenceBody struct{}

func (gigSentenceBody) MatchString(text string) bool {
	if !containsFold(text, "gig") {
		return false
	}
	for _, m := range gigSentenceRe.FindAllStringSubmatchIndex(text, 4) {
		if m[2] >= 0 && gigNotWork.MatchString(text[m[2]:m[3]]) {
			continue
		}
		return true
	}
	return false
}

// workStudyRe is federal or college work-study named as the post's kind
// or funding: "Federal Work-Study", "work-study position", "FWS eligible".
var workStudyRe = regexp.MustCompile(`(?i)\b(?:federal\s+)?work[- ]study\b`)

// studentWorkerTitleRe is a student worker, assistant, employee or job
// title.
var studentWorkerTitleRe = regexp.MustCompile(`(?i)\b(?:student\s+(?:worker|assistant|employee|job|staff|technician|aide|helper)s?|work[- ]study)\b`)

type studentJobTitle struct{}

func (studentJobTitle) MatchString(title string) bool {
	return (containsFold(title, "student") || containsFold(title, "study")) && studentWorkerTitleRe.MatchString(title) &&
		!partTimeTitleRe.MatchString(title) // "Part-Time Student Assistant": the title's own hours name the type
}

// partTimeTitleRe is a title's own part-time word, which beats a student
// job title as a part-time type field does.
var partTimeTitleRe = regexp.MustCompile(`(?i)\bpart[- ]?time\b`)

type workStudyBody struct{}

func (workStudyBody) MatchString(text string) bool {
	return containsFold(text, "study") && workStudyRe.MatchString(text)
}
