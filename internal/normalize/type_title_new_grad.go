package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A "New Grad" tag in a title, read last (table tests in
// type_title_new_grad_test.go): "Software Engineer, New Grad", "New
// Graduate Data Analyst", "Backend Engineer (New Grad 2027)". Boards and
// employers use the tag for the permanent, full-time hire of a recent
// graduate, set apart from the internship, so with nothing else stated it
// reads full time. The tag must open the title or follow a comma, dash,
// bar or bracket; an intern or part-time word anywhere is read before
// this, and a title about hiring or coaching graduates ("Recruiter, New
// Grad Hiring", "New Grad Program Manager") is no graduate post.
var newGradTag = regexp.MustCompile(`(?i)(?:^|[,(|–—-]\s*)new[ -]?grad(?:uate)?s?\b`)

// newGradStaff marks a title whose holder hires, coaches or runs the
// programme for the graduates rather than being one.
var newGradStaff = regexp.MustCompile(`(?i)\b(?:recruit\w*|hiring|talent|mentor\w*|coach\w*|coordinator|program(?:me)? manager|advisor|sourcer)\b`)

// newGradTitleType is full time for a title with the tag; unknown
// otherwise.
func newGradTitleType(title string) model.JobType {
	if newGradTag.MatchString(title) && !newGradStaff.MatchString(title) {
		return model.TypeFullTime
	}
	if schoolGradTag.MatchString(title) && !schoolGradStudy.MatchString(title) && !newGradStaff.MatchString(title) {
		return model.TypeFullTime // "University Graduate - Engineering", "Analyst, Recent Grad"
	}
	return model.TypeUnknown
}

// schoolGradTag is the same tag worded "University Graduate", "College
// Grad" or "Recent Graduate", placed like newGradTag.
var schoolGradTag = regexp.MustCompile(`(?i)(?:^|[,(|–—-]\s*)(?:university|college|recent)[ -]grad(?:uate)?s?\b`)

// schoolGradStudy marks a post held while still studying or at a school
// ("University Graduate Assistant", "College Graduate Research Fellow",
// "University Graduate School Advisor"): no graduate hire.
var schoolGradStudy = regexp.MustCompile(`(?i)\bgrad(?:uate)?s?\s+(?:student|assistant|school|studies|research|teaching|fellow|admissions|program)`)
