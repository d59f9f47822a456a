package normalize

import (
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A role named in a sentence with its kind tagged in brackets or between
// dashes (table tests in type_body_role_kind_tag_test.go): "Senior Backend
// Engineer (full-time) with async Python experience", "a QA Tester
// (part-time, 15 hours/week)", "Graphic Designer (Contract, 6 months)",
// "DevOps Engineer – full-time – to own our pipelines", "Warehouse
// Associate - full time - day shift". The title readers read such tags in a
// title; written into a description sentence they were left unread.
//
// The word before the tag must be capitalised, as a role's name is, and
// the tag must end at once (a bracket, a comma, a dash, the line's end):
// "FTE (full-time equivalent)", "Benefits (full-time staff only)" and
// "Procurement - contract negotiation" go on past the kind word. A group of
// people tagged ("our Employees (full-time)", "Students (full-time)") is a
// head count, and a sentence about the reader's past is skipped.
var roleKindTag = newKeyRegexp(`(?m)\b([A-Z][A-Za-z0-9+#]*)\s*(?:\(\s*|\s[-–—]\s*)((?i:full[- ]?time|part[- ]?time|contract|freelance|temporary|fixed[- ]term))\s*(?:\)|,|;|\s[-–—]|\.(?:\s|$)|$|\s\()`,
	48, 24, "full", "part", "contract", "freelance", "temporary", "fixed")

// roleKindGroups are the capitalised words before a tag that name a group
// of people or a heading, not the role.
var roleKindGroups = []string{"staff", "employees", "students", "team", "members", "workers", "people", "colleagues", "hires", "benefits", "contractors", "fte"}

// roleKindTagType is the kind a bracket or dash tag gives a role named in
// text, or unknown.
func roleKindTagType(text string) model.JobType {
	for _, m := range roleKindTag.FindAllStringSubmatchIndex(text, 4) { // tried around its key words only (the shared key scan)
		word := strings.ToLower(text[m[2]:m[3]])
		if isRoleKindGroup(word) {
			continue
		}
		if pastContext(text, m[0]) || containsAnyFold(text[max(0, m[0]-40):m[0]], pastBefore) {
			continue
		}
		switch k := strings.ToLower(text[m[4]:m[5]]); {
		case strings.HasPrefix(k, "full"):
			return model.TypeFullTime
		case strings.HasPrefix(k, "part"):
			return model.TypePartTime
		default:
			return model.TypeContract
		}
	}
	return model.TypeUnknown
}

func isRoleKindGroup(w string) bool { return slices.Contains(roleKindGroups, w) }
