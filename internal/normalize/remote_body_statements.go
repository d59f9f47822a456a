package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Work-mode statements of an English description that fromBody's cues do
// not cover (table tests in remote_body_statements_test.go):
//
//   - the company's way of working named with "hybrid" and a workplace
//     noun: "We operate as a hybrid workplace", "Hybrid collaboration
//     model.", "our hybrid work structure" (not "hybrid cloud");
//   - every role or the hiring said to be remote: "All of our roles are
//     remote", "our positions are fully remote", "We hire remote engineers
//     across India" (not "some of our roles", not "remote and on-site");
//   - remote work refused: "We are not considering remote candidates",
//     "not open to remote work" is on-site work unless the text is hybrid;
//   - "fully remote" refused beside a hybrid statement is hybrid: "a hybrid
//     work structure ... Fully remote work is not available" (the refusal
//     alone reads as on-site elsewhere).
var (
	bodyHybridPlace = regexp.MustCompile(`(?i)(?:\b(?:a|an|our|this|the)\s+|(?:^|[.!?:;]\s+|\n\s*))hybrid\s+(?:workplace|company|organi[sz]ation|collaboration(?:\s+model)?|office\s+model|operating\s+model|way\s+of\s+working|work(?:ing)?\s+(?:structure|environment|culture|set-?up|schedule|pattern|approach|agreement|style|policy|model|arrangement))\b`)
	bodyAllRemote   = regexp.MustCompile(`(?i)\b(?:all\s+(?:of\s+)?our\s+(?:roles|positions|jobs|openings|employees|team\s+members|people)\s+(?:are|work)|our\s+(?:roles|positions|jobs|openings)\s+are\s+all)\s+(?:(?:fully|100%)\s+)?remote(?:ly)?\b|\bwe(?:'re|\s+are)?\s+(?:hire|hiring|recruit|recruiting)\s+(?:fully\s+)?remote(?:ly)?\s+(?:engineers|developers|staff|employees|talent|people|candidates|team\s+members|workers)\b`)
	bodyNoRemote    = regexp.MustCompile(`(?i)\b(?:not|no\s+longer)\s+(?:currently\s+)?(?:considering|accepting|offering|open\s+to|hiring\s+for)\s+(?:fully\s+)?remote\b`)
	fullyRemoteNo   = regexp.MustCompile(`(?i)\b(?:fully|100%|entirely|completely)\s+remote\s+(?:work(?:ing)?\s+)?(?:is\s+not|isn't|is\s+not\s+currently)\s+(?:available|possible|an\s+option|offered)|\bnot\s+(?:a\s+fit|suited|eligible)\s+for\s+(?:fully|100%)\s+remote\b`)
	// allRemoteAfter is a second mode after the remote word: "we hire
	// remote and on-site staff" is no remote statement.
	allRemoteAfter = regexp.MustCompile(`(?i)^\s*(?:and|or|&|/)\s`)
)

// bodyStatementMode reads the statements above; unknown when there is
// none.
func bodyStatementMode(text string) (model.Remote, string) {
	hasHybrid := containsFold(text, "hybrid")
	if hasHybrid {
		for _, loc := range bodyHybridPlace.FindAllStringIndex(text, 4) {
			if !hybridThing.MatchString(text[loc[1]:]) {
				return model.RemoteHybrid, text[loc[0]:loc[1]]
			}
		}
		if ev := hybridNounMode(text); ev != "" { // "hybrid full-time role", "from our hybrid office" (remote_hybrid_nouns_home_fields.go)
			return model.RemoteHybrid, ev
		}
	}
	if !containsFold(text, "remote") {
		return model.RemoteUnknown, ""
	}
	if loc := bodyNoRemote.FindStringIndex(text); loc != nil {
		return model.RemoteOnsite, text[loc[0]:loc[1]]
	}
	for _, loc := range bodyAllRemote.FindAllStringIndex(text, 4) {
		if !allRemoteAfter.MatchString(text[loc[1]:]) {
			return model.RemoteRemote, text[loc[0]:loc[1]]
		}
	}
	if ev := remoteWelcomeMode(text); ev != "" { // "Remote applicants welcome" (remote_candidates_welcome.go)
		return model.RemoteRemote, ev
	}
	return model.RemoteUnknown, ""
}

// reviseFullyRemoteDenied turns an on-site reading drawn from a refusal of
// fully remote work into hybrid when the text states hybrid work.
func reviseFullyRemoteDenied(text string, info RemoteInfo) RemoteInfo {
	if info.Remote != model.RemoteOnsite || !containsFold(text, "hybrid") || !containsFold(text, " remote") {
		return info
	}
	if fullyRemoteNo.FindStringIndex(text) == nil {
		return info
	}
	if r, ev := bodyStatementMode(text); r == model.RemoteHybrid {
		info.Remote, info.Evidence = r, "text: "+ev
	} else if loc := bodyHybrid.FindStringIndex(text); loc != nil {
		info.Remote, info.Evidence = model.RemoteHybrid, "text: "+text[loc[0]:loc[1]]
	}
	return info
}
