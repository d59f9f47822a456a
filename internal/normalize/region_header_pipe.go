package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Job-thread posts open with a header line of segments between pipes:
// "Acme | Senior Engineer | REMOTE Europe | Full-time". Two ways of giving
// the remote scope there are read here (table tests in
// region_header_pipe_test.go):
//
//   - a segment of "remote" and places: "REMOTE US", "Remote (Canada)",
//     "Remote - EMEA", "Bulgaria remote": remote, with those places;
//   - a segment of "remote" alone beside a segment of places only: "Acme |
//     REMOTE | Worldwide", "Acme | Europe | REMOTE": the places are the
//     scope (the segment after it first).
//
// Only the post's first line counts, its first segment is the company's
// name (never a scope), and every word of the place segment must be a
// place ("REMOTE Worldwide except Poland", "Remote possible", "Remote
// Sensing Engineer" are no such segment). A place two segments away
// ("Acme | Berlin | Senior Engineer | REMOTE") is an office and is left to
// the other readers. The reading fills an unknown mode, or the regions of
// a remote reading that has none; it never overrides a hybrid or on-site
// one.

// loneRemoteSegs are segments that say remote and nothing else.
var loneRemoteSegs = map[string]bool{"remote": true, "fully remote": true, "full remote": true, "100% remote": true,
	"remote only": true, "fully-remote": true, "full-remote": true}

// reviseHeaderPipe applies the header-line reading (see above) to ri.
func reviseHeaderPipe(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown && (ri.Remote != model.RemoteRemote || len(ri.Regions) > 0) {
		return ri
	}
	line := headerLine(text)
	if line == "" {
		return ri
	}
	seg, rs := headerPipeScope(line)
	if len(rs) == 0 {
		return ri
	}
	if ri.Remote == model.RemoteUnknown {
		ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+seg
	}
	ri.Regions = rs
	return ri
}

// headerLine is text's first non-blank line when it is a pipe header that
// says remote; "" otherwise.
func headerLine(text string) string {
	text = strings.TrimLeft(text, " \t\r\n")
	line := text
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		line = text[:i]
	}
	if len(line) > 240 || strings.IndexByte(line, '|') < 0 || !containsFold(line, "remote") {
		return ""
	}
	return line
}

// headerPipeScope returns the remote segment of a header line and the
// places it or its neighbour names; nil when it names none.
func headerPipeScope(line string) (string, []string) {
	segs := strings.Split(line, "|")
	for i := range segs {
		segs[i] = strings.TrimSpace(segs[i])
	}
	for i := 1; i < len(segs); i++ {
		s := segs[i]
		if !containsFold(s, "remote") {
			continue
		}
		if loneRemoteSegs[strings.ToLower(s)] {
			if i+1 < len(segs) {
				if rs := wholeRegion(segs[i+1]); len(rs) > 0 {
					return s + " | " + segs[i+1], rs
				}
			}
			if i-1 >= 1 {
				if rs := wholeRegion(segs[i-1]); len(rs) > 0 {
					return segs[i-1] + " | " + s, rs
				}
			}
			continue
		}
		if rs := remoteSegmentPlaces(s); len(rs) > 0 {
			return s, rs
		}
	}
	return "", nil
}

// remoteSegmentPlaces returns the places of a segment that is "remote"
// and places only: "REMOTE US", "Remote (EMEA)", "Remote - Canada",
// "Europe remote"; nil otherwise.
func remoteSegmentPlaces(s string) []string {
	low := strings.ToLower(s)
	var rest string
	switch {
	case strings.HasPrefix(low, "remote"):
		rest = s[len("remote"):]
	case strings.HasSuffix(low, "remote"):
		rest = s[:len(s)-len("remote")]
	default:
		return nil
	}
	rest = strings.Trim(rest, " \t()[]-–—:,")
	rest = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(rest, " only"), " ONLY"))
	if rest == "" || len(strings.Fields(rest)) > 4 {
		return nil
	}
	if rs := wholeRegion(rest); len(rs) > 0 {
		return rs
	}
	return codeSlashRegions(rest) // "REMOTE (US/Can)" (region_hint_only_code_slash.go)
}
