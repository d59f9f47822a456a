package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// LinkedIn's work-mode hashtags (table tests in remote_li_hashtags_test.go):
// applicant tracking systems end a description with "#LI-Remote",
// "#LI-Hybrid" or "#LI-Onsite" (any case) so that LinkedIn files the
// job; the tag is the employer's own work-mode field. "#LI-Onsite" is
// already read by the on-site words; remote and hybrid tags are not, as
// the bare word "remote" says nothing by itself. Read by moreBodyModes
// (remote_body_modes_more.go) when nothing else decided.

// liModeTag is such a tag: "#" or "#LI-", then the mode, then no more
// letters ("#LI-Remote-control" is none).
var liModeTag = regexp.MustCompile(`(?i)#li(?:[-_]\s?|\s)?(remote|hybrid|on-?site|in-?office)(?:$|[^\p{L}\d-])`)

// liTagMode reads the first work-mode tag of text; unknown when none.
func liTagMode(text string) (model.Remote, string) {
	i := strings.IndexByte(text, '#')
	if i < 0 {
		return model.RemoteUnknown, ""
	}
	m := liModeTag.FindStringSubmatchIndex(text[i:])
	if m == nil {
		return model.RemoteUnknown, ""
	}
	ev := text[i+m[0] : i+m[3]]
	switch w := strings.ToLower(text[i+m[2] : i+m[3]]); {
	case w == "remote":
		return model.RemoteRemote, ev
	case w == "hybrid":
		return model.RemoteHybrid, ev
	}
	return model.RemoteOnsite, ev
}
