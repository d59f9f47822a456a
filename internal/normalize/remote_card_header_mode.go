package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A job card copied with its header keeps the board's own line
// "<title> · <company> · <place> · <mode>" among its first lines. That line
// is what the board shows the reader, so its closing mode word decides the
// work mode even over a structured field that says otherwise (an importer's
// default "On-site" beside a header ending "· Remote"). The line must open
// with the listing's own title and carry at least three " · " parts, and
// the closing part must be a mode word and nothing more; a mode word inside
// a longer closing part ("Remote-friendly team") is left to other readers.

// cardHeaderModeWords are the closing parts read, folded to lower case.
var cardHeaderModeWords = map[string]model.Remote{
	"remote":    model.RemoteRemote,
	"hybrid":    model.RemoteHybrid,
	"on-site":   model.RemoteOnsite,
	"onsite":    model.RemoteOnsite,
	"on site":   model.RemoteOnsite,
	"in-office": model.RemoteOnsite,
}

// cardHeaderMode returns the mode a card header line closes with and the
// line, or unknown when no lead line is such a header of title.
func cardHeaderMode(title, text string) (model.Remote, string) {
	title = strings.TrimSpace(title)
	if title == "" || !strings.Contains(text, " · ") {
		return model.RemoteUnknown, ""
	}
	mode, out := model.RemoteUnknown, ""
	eachLeadLine(text, func(line string) bool {
		parts := strings.Split(line, " · ")
		if len(parts) < 3 || !strings.EqualFold(strings.TrimSpace(parts[0]), title) {
			return false
		}
		m, ok := cardHeaderModeWords[strings.ToLower(strings.TrimSpace(parts[len(parts)-1]))]
		if !ok {
			return false
		}
		mode, out = m, line
		return true
	})
	return mode, out
}

// reviseCardHeaderMode sets the mode of a card header line, and when that
// makes the listing remote or hybrid, the regions its fields name.
func reviseCardHeaderMode(hint string, locs []string, title, text string, ri RemoteInfo) RemoteInfo {
	m, line := cardHeaderMode(title, text)
	if m == model.RemoteUnknown || m == ri.Remote {
		return ri
	}
	ri.Remote, ri.Evidence = m, "text: "+line
	ri.Regions = []string{}
	if m == model.RemoteRemote || m == model.RemoteHybrid {
		ri.Regions = remoteRegions(hintLocations(hint, locs), text)
	}
	return ri
}
