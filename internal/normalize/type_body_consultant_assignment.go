package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A description that asks for an outside consultant, or for someone for a
// short assignment, states a contract (table tests in
// type_body_consultant_assignment_test.go):
//
//   - "Individual consultant needed for ...", "An independent consultant
//     is sought to ...": a consultant from outside the firm, asked for;
//   - "... needed for a short assignment", "hired for a short-term
//     assignment", or a sentence that opens "Short-term assignment" /
//     "This is a short-term assignment".
//
// A consultancy's own staff ("You will work as a consultant", "our
// consultant team") name no outside hire, a denial ("no external
// consultant is needed") none, and short-term assignments offered as a
// perk of a permanent post ("opportunities for short-term assignments
// abroad") no short post.

// outsideConsultantAsked is an outside consultant asked for.
var outsideConsultantAsked = regexp.MustCompile(`(?i)\b(?:individual|independent|external|outside)\s+consultants?\s+(?:is\s+|are\s+)?(?:needed|wanted|sought)\b`)

// shortAssignmentAsked is someone asked for a short assignment, or a
// sentence that opens by naming the post a short-term assignment.
var shortAssignmentAsked = regexp.MustCompile(`(?i)\b(?:needed|wanted|sought|hired|engaged|recruited)\s+for\s+an?\s+short(?:[- ]term)?\s+assignment\b|(?:^|[.!?:;]\s+)(?:this\s+is\s+an?\s+)?short[- ]term\s+assignment\b`)

// consultantAssignmentType is a contract when the text asks as above;
// unknown otherwise.
func consultantAssignmentType(text string) model.JobType {
	hasConsultant, hasAssignment := hasFold(text, "consultant"), hasFold(text, "assignment") // the folded-text cache
	if !hasConsultant && !hasAssignment {
		return model.TypeUnknown
	}
	var found [][]int
	if hasConsultant {
		found = append(found, outsideConsultantAsked.FindAllStringIndex(text, 4)...)
	}
	if hasAssignment {
		found = append(found, shortAssignmentAsked.FindAllStringIndex(text, 4)...)
	}
	for _, m := range found {
		before := text[max(0, m[0]-16):m[0]]
		if containsAnyFold(before, []string{"no ", "not ", "never ", "nor "}) {
			continue // "no external consultant is needed"
		}
		return model.TypeContract
	}
	return model.TypeUnknown
}
