package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A description whose first line is the world scope and a job word and
// nothing else: "Worldwide opportunity", "Anywhere in the world position."
// (table tests in region_world_job_heading_test.go). Remote boards write
// it as a heading where a location field would stand; it says what a
// location field "Worldwide" says, which is read as remote work open
// everywhere. worldRemoteSentence (region_world_remote_sentence.go) reads
// the same heading when it also says "remote".
//
// Read only for a listing no reader gave a mode or a region, with no
// location field, or for a remote listing with no region. Left alone: the
// words inside a sentence ("A worldwide opportunity to join our London
// office"), a heading that goes on ("Worldwide opportunity in our Berlin
// office"), the words on a later line, "global" (a "Global role" is one
// that covers the world from an office) and a listing with a stated
// on-site or hybrid mode.

// worldJobHeadingScopes open such a heading.
var worldJobHeadingScopes = []string{"worldwide", "anywhere in the world"}

// reviseWorldJobHeading marks remote and worldwide a listing whose text
// opens with a world-scope job heading.
func reviseWorldJobHeading(locs []string, text string, ri RemoteInfo) RemoteInfo {
	if len(ri.Regions) > 0 {
		return ri
	}
	switch ri.Remote {
	case model.RemoteRemote:
	case model.RemoteUnknown:
		for _, l := range locs {
			if strings.TrimSpace(l) != "" {
				return ri // a location field says where; the heading is not read over it
			}
		}
	default:
		return ri
	}
	line, ok := worldJobHeading(text)
	if !ok {
		return ri
	}
	ri.Remote, ri.Regions, ri.Evidence = model.RemoteRemote, []string{RegionWorldwide}, "text: "+line
	return ri
}

// worldJobHeading reports whether text's first line is a world scope and
// a job word, a full stop or "!" at most after it; it returns the line.
func worldJobHeading(text string) (string, bool) {
	t := strings.TrimLeft(text, " \t\r\n*-•#>")
	if len(t) < len("worldwide job") || !(hasPrefixFold(t, "worldwide") || hasPrefixFold(t, "anywhere in the world")) {
		return "", false
	}
	line := t
	if i := strings.IndexAny(t, "\r\n"); i >= 0 {
		line = t[:i]
	}
	line = strings.TrimSpace(line)
	if len(line) > 40 {
		return "", false
	}
	l := strings.ToLower(strings.TrimRight(line, ".! "))
	for _, scope := range worldJobHeadingScopes {
		rest, ok := strings.CutPrefix(l, scope)
		if !ok || rest == "" || (rest[0] != ' ' && rest[0] != '-') {
			continue
		}
		rest = strings.TrimLeft(rest, " -")
		for _, w := range worldRemoteJobWords {
			if rest == w {
				return line, true
			}
		}
	}
	return "", false
}
