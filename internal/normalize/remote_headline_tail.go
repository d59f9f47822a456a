package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// headlineTailRemote reads a description that is one short headline, a
// role and a place run together with a work-mode tag as its last word and
// no separator: "Go Developer Lisbon Remote", "Data Lead EU Startup REMOTE".
// Such a line is the posting's own title-and-location line copied into the
// body, so its closing "Remote" tag is read as a title's would be. Only a
// capitalised tag counts (a sentence's "work remote" is prose), the line
// must carry no punctuation but an optional closing full stop, and a line
// that also names another mode or a denial ("Hybrid or Remote", "Not
// Remote") or ends in a product name ("Microsoft Remote") gives nothing.
func headlineTailRemote(text string) model.Remote {
	t := strings.TrimSpace(text)
	if len(t) < 10 || len(t) > 80 || !strings.HasSuffix(strings.TrimSuffix(t, "."), "emote") && !strings.HasSuffix(strings.TrimSuffix(t, "."), "EMOTE") {
		return model.RemoteUnknown // cheap byte gate before any word split
	}
	t = strings.TrimSuffix(t, ".")
	if strings.ContainsAny(t, ".,;:!?()[]/|\n\t\"") {
		return model.RemoteUnknown
	}
	words := strings.Fields(t)
	if len(words) < 3 || len(words) > 8 {
		return model.RemoteUnknown
	}
	last := words[len(words)-1]
	if last != "Remote" && last != "REMOTE" {
		return model.RemoteUnknown
	}
	if c := words[0][0]; c < 'A' || c > 'Z' {
		return model.RemoteUnknown // a headline starts with a capital
	}
	for _, w := range words[:len(words)-1] {
		if headlineTailStop[strings.ToLower(strings.Trim(w, "-"))] {
			return model.RemoteUnknown
		}
	}
	return model.RemoteRemote
}

// headlineTailStop are words that keep a headline's closing "Remote" from
// being read: denials, other modes, and products whose name ends in it.
var headlineTailStop = map[string]bool{
	"not": true, "no": true, "non": true, "never": true, "without": true,
	"hybrid": true, "onsite": true, "on-site": true, "office": true, "or": true,
	"partially": true, "partly": true, "occasionally": true,
	"microsoft": true, "chrome": true, "apple": true, "windows": true,
	"teamviewer": true, "citrix": true, "desktop": true, "tv": true, "control": true,
}
