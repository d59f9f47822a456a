package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// slashHeaderMode reads a posting header that boards print as a list
// joined by slashes, its commitment then its workplace: "Engineering /
// Full time / Hybrid", "Design / Contract / On-site". The commitment word
// right before the slash makes the bare "Hybrid" a workplace (alone in a
// text it may be a hybrid cloud or car). Table tests in
// remote_slash_header_test.go.
var slashHeader = newKeyRegexp(`(?i)\b(?:full[- ]?time|part[- ]?time|contract|internship|permanent|temporary)\s*/\s*(remote|hybrid|on[- ]?site|in[- ]office)\b`, 12, 24,
	"time /", "time/", "contract /", "contract/", "internship /", "internship/", "permanent /", "permanent/", "temporary /", "temporary/")

// slashHeaderNoun follows a mode word that names a technology, not a
// workplace: "Full time / Hybrid cloud experience".
var slashHeaderNoun = regexp.MustCompile(`(?i)^[ \t-]+(?:cloud|apps?|mobile|cars?|vehicles?|infrastructure|architecture|engines?|systems?|models?|sensing)\b`)

// slashHeaderMode is the work mode of a slash header; unknown when none.
func slashHeaderMode(text string) (model.Remote, string) {
	m := slashHeader.FindAllStringSubmatchIndex(text, 1)
	if m == nil || slashHeaderNoun.MatchString(text[m[0][1]:]) {
		return model.RemoteUnknown, ""
	}
	switch w := strings.ToLower(text[m[0][2]:m[0][3]]); {
	case w == "remote":
		return model.RemoteRemote, text[m[0][0]:m[0][1]]
	case w == "hybrid":
		return model.RemoteHybrid, text[m[0][0]:m[0][1]]
	}
	return model.RemoteOnsite, text[m[0][0]:m[0][1]]
}
