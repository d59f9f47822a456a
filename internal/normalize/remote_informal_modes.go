package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Work-mode wording the other readers leave unread, read last (ParseRemote
// calls informalModes when nothing else decided, and partialRemote to
// narrow a remote reading):
//
//   - home-based work said of the role: "The assignment is home-based",
//     "a home-based consultancy" (UN and NGO boards say so for remote work);
//     home-based care, nursing or a home-based business are not a work mode;
//   - a refusal written as a note: "Lisbon - Full time - No Remote",
//     "(sorry, no remote)", "(no remote, visa sponsored)": on-site work;
//   - a share of remote work below all of it: "ONSITE (up to 40% remote)",
//     "60% remote": hybrid;
//   - working from home some of the time: hybrid;
//   - a header line (the description's first line, as chat and forum posts
//     write one) whose segments, between pipes or spaced dashes, include a
//     bare mode word: "Acme | Engineer | REMOTE - Contract", "SPRINGFIELD,
//     IL - FULL TIME - ON SITE - DATA ENGINEER". Two different modes in one
//     line decide nothing.

// homeBasedRole is home-based work said of the role.
var homeBasedRole = regexp.MustCompile(`(?i)\b(?:(?:is|are|be|being)\s+(?:fully\s+|entirely\s+|100%\s+)?home[- ]based|home[- ]based\s+(?:consultancy|consultant|assignment|post|contract|contractor|freelance))\b`)

// homeBasedNot is what may follow "home-based" when it names no work mode:
// care, nursing, a business or services delivered at clients' homes.
var homeBasedNot = regexp.MustCompile(`(?i)^\s*(?:care|carers?|caregiv|nurs|health|business|services?|support|therap|visits?|clients?|patients?|child)`)

// noRemoteNote is "no remote" as a note between separators.
var noRemoteNote = regexp.MustCompile(`(?i)(?:^|[-–—|(,;/]\s*|\bsorry,?\s+)no\s+remote\b(?:\s*(?:[.!;,)|/–—-]|$))`)

// partialRemoteShare is a stated share of remote work below all of it.
var partialRemoteShare = regexp.MustCompile(`(?i)(?:\bup to\s+|\babout\s+|\baround\s+|~\s*|\b)([1-9]\d?)\s?%\s*(?:remote(?:ly)?|wfh|work(?:ing)? from home|home[- ]office)\b`)

// remoteSomeOfTheTime is work from home some of the time.
var remoteSomeOfTheTime = regexp.MustCompile(`(?i)\b(?:work(?:ing)?|be)\s+(?:from\s+home|remotely|remote)\s+(?:some|part)\s+of\s+the\s+(?:time|week)\b`)

// informalModes reads the wording above that decides a work mode on its
// own; unknown when there is none. Each regexp runs only when the text
// holds a literal every match of it holds.
func informalModes(text string) (model.Remote, string) {
	if hasFold(text, "no remote") || hasFold(text, "no  remote") {
		if loc := noRemoteNote.FindStringIndex(text); loc != nil {
			return model.RemoteOnsite, strings.TrimSpace(text[loc[0]:loc[1]])
		}
	}
	if hasFold(text, "home-based") || hasFold(text, "home based") {
		for _, loc := range homeBasedRole.FindAllStringIndex(text, 4) {
			if homeBasedNot.MatchString(text[loc[1]:min(len(text), loc[1]+16)]) {
				continue // "is home-based care"
			}
			return model.RemoteRemote, text[loc[0]:loc[1]]
		}
	}
	if r, ev := partialRemote(text); r != model.RemoteUnknown {
		return r, ev
	}
	if r, ev := officeShareMode(text); r != model.RemoteUnknown { // "in the office 40% of the time" (remote_office_share.go)
		return r, ev
	}
	return headerSegmentMode(text)
}

// segmentModes are the bare mode words a header segment may be.
var segmentModes = map[string]model.Remote{
	"remote": model.RemoteRemote, "fully remote": model.RemoteRemote, "100% remote": model.RemoteRemote, "remote only": model.RemoteRemote,
	"onsite": model.RemoteOnsite, "on-site": model.RemoteOnsite, "on site": model.RemoteOnsite, "onsite only": model.RemoteOnsite,
	"on-site only": model.RemoteOnsite, "in-person": model.RemoteOnsite, "in person": model.RemoteOnsite, "in-office": model.RemoteOnsite,
	"in office": model.RemoteOnsite, "hybrid": model.RemoteHybrid,
}

// headerSegmentSeps split a header line into its segments.
var headerSegmentSeps = strings.NewReplacer(" - ", "|", " – ", "|", " — ", "|", "||", "|")

// headerSegmentMode reads the mode of a header line whose segments include
// a bare mode word; unknown when none does or two modes differ.
func headerSegmentMode(text string) (model.Remote, string) {
	line := firstTextLine(text)
	if len(line) < 8 || len(line) > 200 || strings.Count(line, "|")+strings.Count(line, " - ")+strings.Count(line, " – ")+strings.Count(line, " — ") < 2 {
		return model.RemoteUnknown, ""
	}
	found, ev := model.RemoteUnknown, ""
	for _, seg := range strings.Split(headerSegmentSeps.Replace(line), "|") {
		seg = strings.TrimSpace(seg)
		r, ok := segmentModes[strings.ToLower(seg)]
		if !ok {
			continue
		}
		if found != model.RemoteUnknown && found != r {
			return model.RemoteUnknown, "" // "REMOTE - ONSITE": both offered
		}
		found, ev = r, seg
	}
	return found, ev
}

// partialShareGate and someOfGate are the word gates (word_gate.go) of
// the words partialRemote looks for first.
var (
	partialShareGate = newFoldGate("% remote", "%remote", "% wfh", "% work", "% home")
	someOfGate       = newFoldGate("of the time", "of the week")
)

// partialRemote reads a share of remote work below all of it, or work from
// home some of the time, as hybrid; unknown when the text says neither.
func partialRemote(text string) (model.Remote, string) {
	if partialShareGate.may(text) && hasFold(text, "% remote") || hasFold(text, "%remote") || hasFold(text, "% wfh") || hasFold(text, "% work") || hasFold(text, "% home") {
		if loc := partialRemoteShare.FindStringIndex(text); loc != nil {
			return model.RemoteHybrid, strings.TrimSpace(text[loc[0]:loc[1]])
		}
	}
	if someOfGate.may(text) && (hasFold(text, "of the time") || hasFold(text, "of the week")) {
		if loc := remoteSomeOfTheTime.FindStringIndex(text); loc != nil {
			return model.RemoteHybrid, text[loc[0]:loc[1]]
		}
	}
	return model.RemoteUnknown, ""
}
