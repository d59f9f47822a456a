package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Work mode said of the role in a plain sentence that the body readers'
// set phrases miss (table tests in remote_role_done_remotely_test.go):
//
//   - the work done remotely or virtually: "Work is performed remotely",
//     "a freelance role done entirely remotely",
//     "All duties will be carried out remotely", "The position is
//     virtual", "You'll be working remotely": remote (the last not when
//     a time or a share follows, "you will work remotely two days a week",
//     nor after "if" or "when");
//   - the employer's hybrid policy applied to the role: "Our hybrid
//     policy: 3 days in", "This role follows our hybrid policy": hybrid.
//
// Interviews, training or onboarding done remotely say nothing of the
// role, nor does a denied policy ("we have no hybrid policy").
// ParseRemote asks roleDoneMode when no reader decided.

var (
	// roleDoneRemotely is the work, role or duties done remotely.
	roleDoneRemotely = regexp.MustCompile(`(?i)\b(?:(?:the|this|all|all\s+of\s+the)\s+)?(?:work|role|position|job|duties|project|assignment|contract|internship|engagement|tasks?)\s+(?:(?:is|are|will\s+be|can\s+be|may\s+be|could\s+be)\s+(?:(?:performed|done|conducted|carried\s+out|completed|worked)\s+)?|(?:performed|done|conducted|carried\s+out|completed)\s+)(?:entirely\s+|fully\s+|100%\s+|completely\s+)?(?:remotely|virtual(?:ly)?)\b`)
	// hybridPolicy is the employer's hybrid policy applied to the role.
	hybridPolicy = regexp.MustCompile(`(?i)\b(?:our|the\s+company's|(?:this|the)\s+role\s+follows\s+our)\s+hybrid\s+(?:work(?:ing)?\s+)?polic(?:y|ies)\b`)
	// youWorkRemotely is the reader told they will work remotely: "You'll
	// be working remotely with the ops team", "you will work remotely".
	youWorkRemotely = regexp.MustCompile(`(?i)\byou(?:'ll|’ll|\s+will)?\s+(?:be\s+)?work(?:ing)?\s+(?:fully\s+|entirely\s+|100%\s+)?remotely\b`)
	// remotelyPart is a time or share after it that makes the remote work a
	// part or a phase: "... remotely two days a week", "... at first".
	remotelyPart = regexp.MustCompile(`(?i)^[^.;!?\n]{0,30}?\b(?:days?|weeks?|during|until|initially|at\s+first|first|when|while|if|occasionally|sometimes|part)\b`)
	// remotelyIf is a condition before it: "if you work remotely".
	remotelyIf = regexp.MustCompile(`(?i)\b(?:if|when|whenever|whether|while|unless)\s+$`)
	// policyDenied is a denial before the policy: "we have no hybrid policy".
	policyDenied = regexp.MustCompile(`(?i)\b(?:no|not|without)\b[^.;!?\n]{0,20}$`)
)

// roleDoneMode reads the sentences above; unknown when there is none.
func roleDoneMode(text string) (model.Remote, string) {
	if hasFold(text, "remotely") || hasFold(text, "virtual") {
		if loc := roleDoneRemotely.FindStringIndex(text); loc != nil && !policyDenied.MatchString(text[max(0, loc[0]-24):loc[0]]) &&
			!sideTaskDone(text, loc) { // "All interviews for this position will be conducted virtually" (remote_side_task_done.go)
			return model.RemoteRemote, text[loc[0]:loc[1]]
		}
		if loc := youWorkRemotely.FindStringIndex(text); loc != nil && !remotelyPart.MatchString(text[loc[1]:]) && !remotelyIf.MatchString(text[max(0, loc[0]-12):loc[0]]) {
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
