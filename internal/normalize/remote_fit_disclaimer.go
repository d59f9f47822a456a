package normalize

import (
	"github.com/gigscout/gigscout/internal/model"
)

// A fit disclaimer names remote work only as what a candidate may want and
// the role will not give: "This job won't suit you if you'd rather work from
// home", "If remote work is what you want, this isn't the role for you." It
// states no mode of its own: the role is not remote, but the sentence does
// not say whether it is on site or hybrid. With the disclaimers blanked the
// body is read again: a reading of the rest stands, and a remote reading
// that came only from the disclaimer is taken back to unknown. A remote
// role that turns away office-seekers ("not a fit if you want an office")
// and a disclaimer about something else ("not a fit if you dislike travel")
// are left alone.
//
// Table tests in remote_fit_disclaimer_test.go.

var (
	// fitNotFor is the refusal part: "not a (good) fit", "won't suit you",
	// "isn't the role for you", "is not right for you".
	fitNotFor = `(?:not\s+(?:a|the)\s+(?:good\s+|great\s+|right\s+|strong\s+)?(?:fit|match)|(?:isn't|isn’t|is\s+not|won't\s+be|won’t\s+be|will\s+not\s+be|may\s+not\s+be|might\s+not\s+be)\s+(?:(?:a|the)\s+(?:good\s+|great\s+|right\s+)?(?:fit|match)|(?:the\s+(?:role|job|position)\s+|right\s+)?for\s+you)|(?:won't|won’t|will\s+not|may\s+not|might\s+not|does\s+not|doesn't|doesn’t)\s+suit\s+you)`
	// fitWantsRemote is a wish for remote work: "you prefer to work
	// remotely", "you'd rather work from home", "you want a remote role".
	fitWantsRemote = `you(?:\s+would|'d|’d)?\s+(?:prefer|want|rather|like|need|require|are\s+(?:looking|hoping)\s+for|expect)\s+(?:to\s+)?(?:work(?:ing)?\s+)?(?:fully\s+|100%\s+)?(?:remotely|remote(?:\s+work(?:ing)?|\s+(?:role|job|position))?|a\s+(?:fully\s+)?remote\s+(?:role|job|position)|from\s+home)`
	// remoteWished is the wish written as a subject: "remote work is what
	// you want", "working from home matters to you".
	remoteWished = `(?:remote\s+work(?:ing)?|working\s+(?:remotely|from\s+home)|work\s+from\s+home)\s+is\s+(?:what\s+you\s+(?:want|need|are\s+after)|a\s+must\s+for\s+you)`

	// fitDisclaimer is the disclaimer, either way round.
	fitDisclaimer = newKeyRegexp(`(?i)\b`+fitNotFor+`\s+if\s+`+fitWantsRemote+`\b|\bif\s+(?:`+fitWantsRemote+`|`+remoteWished+`),?\s+(?:then\s+)?(?:this|the|it)\s+(?:role|job|position|opening)?\s*`+fitNotFor+`\b`,
		120, 120, "fit", "match", "for you", "suit you")
)

// fitRemoteWords is the word gate (word_gate.go) of the words every
// fitDisclaimer match holds besides its keys.
var fitRemoteWords = newFoldGate("remote", "home")

// reviseFitDisclaimer takes back a remote reading of the text that only a
// fit disclaimer gave.
func reviseFitDisclaimer(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote || !textGivenMode(ri) || !fitRemoteWords.may(text) || !containsAnyFold(text, []string{"remote", "home"}) {
		return ri
	}
	var aside asideSpans
	for _, m := range fitDisclaimer.FindAllStringIndex(text, -1) {
		aside = append(aside, [2]int{m[0], m[1]})
	}
	if aside == nil {
		return ri
	}
	switch r, ev := fromBody(aside.apply(text)); r {
	case model.RemoteRemote:
		return ri
	case model.RemoteUnknown:
		ri.Remote, ri.Evidence, ri.Regions = model.RemoteUnknown, "", []string{}
		return ri
	default:
		return setModeKeepRegions(ri, r, ev)
	}
}
