package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Work mode said of the role in a plain sentence that the body readers'
// set phrases miss (table tests in remote_role_done_remotely_test.go):
//
//   - the work done remotely or virtually: "Work is performed remotely",
//     "All duties will be carried out remotely", "The position is
//     virtual": remote;
//   - the employer's hybrid policy applied to the role: "Our hybrid
//     policy: 3 days in", "This role follows our hybrid policy": hybrid.
//
// Interviews, training or onboarding done remotely say nothing of the
// role, nor does a denied policy ("we have no hybrid policy").
// ParseRemote asks roleDoneMode when no reader decided.

var (
	// roleDoneRemotely is the work, role or duties done remotely.
	roleDoneRemotely = regexp.MustCompile(`(?i)\b(?:(?:the|this|all|all\s+of\s+the)\s+)?(?:work|role|position|job|duties)\s+(?:is|are|will\s+be|can\s+be|may\s+be)\s+(?:(?:performed|done|conducted|carried\s+out|completed)\s+)?(?:entirely\s+|fully\s+|100%\s+|completely\s+)?(?:remotely|virtual(?:ly)?)\b`)
	// hybridPolicy is the employer's hybrid policy applied to the role.
	hybridPolicy = regexp.MustCompile(`(?i)\b(?:our|the\s+company's|(?:this|the)\s+role\s+follows\s+our)\s+hybrid\s+(?:work(?:ing)?\s+)?polic(?:y|ies)\b`)
	// policyDenied is a denial before the policy: "we have no hybrid policy".
	policyDenied = regexp.MustCompile(`(?i)\b(?:no|not|without)\b[^.;!?\n]{0,20}$`)
)

// roleDoneMode reads the sentences above; unknown when there is none.
func roleDoneMode(text string) (model.Remote, string) {
	if hasFold(text, "remotely") || hasFold(text, "virtual") {
		if loc := roleDoneRemotely.FindStringIndex(text); loc != nil && !policyDenied.MatchString(text[max(0, loc[0]-24):loc[0]]) {
			return model.RemoteRemote, text[loc[0]:loc[1]]
		}
	}
	if hasFold(text, "hybrid polic") || hasFold(text, "hybrid work polic") || hasFold(text, "hybrid working polic") {
		if loc := hybridPolicy.FindStringIndex(text); loc != nil && !policyDenied.MatchString(text[max(0, loc[0]-24):loc[0]]) {
			return model.RemoteHybrid, text[loc[0]:loc[1]]
		}
	}
	return model.RemoteUnknown, ""
}
