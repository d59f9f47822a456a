package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// internRedirectCases pin type_body_intern_redirect.go. Traps: "this
// internship" after a student condition, an internship post naming its
// own programme, a condition in another sentence.
var internRedirectCases = []truthCase{
	{name: "students sent to the internship program", p: model.Posting{Title: "Test Engineer Associate", DescriptionText: "If you are still in school, please apply to our internship program instead. You will own the test rigs."}, jobType: "unknown"},
	{name: "not yet graduated, join as an intern", p: model.Posting{Title: "Analyst (Spring 2027)", DescriptionText: "If you have not yet graduated, apply to join us as an intern. This role builds forecasts."}, jobType: "unknown"},
	{name: "current students go elsewhere", p: model.Posting{Title: "Associate Designer", DescriptionText: "If you are a current student, see our internship program page."}, jobType: "unknown"},
	{name: "the post designs the programme", p: model.Posting{Title: "Early Talent Partner", DescriptionText: "Lead the design and delivery of internship programs for our sites."}, jobType: "unknown"},
	{name: "the post runs the programme", p: model.Posting{Title: "Early Talent Coordinator", DescriptionText: "You will own the administration of the internship program across three sites."}, jobType: "unknown"},

	{name: "trap: this internship after the condition", p: model.Posting{Title: "Engineer", DescriptionText: "If you are still a student, this internship is a great fit."}, jobType: "internship"},
	{name: "trap: the internship program is the post", p: model.Posting{Title: "Analyst", DescriptionText: "Our 10-week internship program starts in June. You will work on live projects."}, jobType: "internship"},
	{name: "trap: condition in another sentence", p: model.Posting{Title: "Researcher", DescriptionText: "If you are still a student, welcome. You will join us as an intern for the summer."}, jobType: "internship"},
}

func TestInternRedirectCases(t *testing.T) { runFieldCases(t, internRedirectCases) }
