package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Hiring posts in forums and chat channels (table tests
// in remote_forum_posts_test.go).
//
//   - A post whose first line is a run of square-bracket tags (a Discord or
//     Reddit job channel's "[HIRING][REMOTE][Global]" convention) states the
//     work mode by a tag that is only a mode word ("[Fully-Remote]",
//     "[Onsite]", "[Hybrid]"), scoped by a tag naming a place or the whole
//     world ("[Worldwide]", "[EU only]") (postTagsMode). This is a general
//     shape: the tag run is read the same in a title and in the text's
//     first line; tags that are neither mode nor place ("[Fulltime]",
//     "[React]") are skipped; tags naming two modes are not read.
//   - A "Who is hiring" header segment that names an office and a share of
//     remote work with no spaces ("ONSITE+PART REMOTE"), or an on-site note
//     marked hybrid in brackets ("On-site (hybrid) in Oslo"), is hybrid
//     (headerSegmentHybrid).
//
// Both readers start from a byte check ("[" opening the post, "|" in its
// first line) and use no regexp of their own.

// postTagsMode reads the tag run opening a title or the text when no
// reader gave a mode.
func postTagsMode(title, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown {
		return ri
	}
	for _, s := range [2]string{title, firstLine(strings.TrimLeft(text, " \t\r\n"))} {
		s = strings.TrimLeft(s, " \t*_")
		if !strings.HasPrefix(s, "[") {
			continue
		}
		if mode, regions, ok := tagRunMode(s); ok {
			ri.Remote, ri.Regions, ri.Evidence = mode, regions, "tags: "+s
			return ri
		}
	}
	return ri
}

// tagRunMode reads the square-bracket tags opening s.
func tagRunMode(s string) (model.Remote, []string, bool) {
	mode := model.RemoteUnknown
	var regions []string
	world := false
	for n := 0; n < 12 && strings.HasPrefix(s, "["); n++ {
		end := strings.IndexByte(s, ']')
		if end < 0 || end > 40 {
			break
		}
		tag := strings.ToLower(strings.Trim(s[1:end], " *_"))
		s = strings.TrimLeft(s[end+1:], " \t*_")
		tag = strings.NewReplacer("-", " ", "_", " ").Replace(tag)
		var m model.Remote
		switch tag {
		case "remote", "fully remote", "full remote", "100% remote", "remote only", "remote ok", "wfh", "work from home":
			m = model.RemoteRemote
		case "onsite", "on site", "in office", "in person", "office":
			m = model.RemoteOnsite
		case "hybrid":
			m = model.RemoteHybrid
		case "global", "worldwide", "anywhere", "international":
			world = true
			continue
		default:
			if strings.HasSuffix(tag, " only") || len(tag) <= 20 && !strings.Contains(tag, "hire") && !strings.Contains(tag, "hiring") {
				if rs := regionList(strings.TrimSuffix(tag, " only")); len(rs) > 0 && regions == nil {
					regions = rs
				}
			}
			continue
		}
		if mode != model.RemoteUnknown && mode != m {
			return model.RemoteUnknown, nil, false // two modes named
		}
		mode = m
	}
	if mode == model.RemoteUnknown {
		return mode, nil, false
	}
	if mode != model.RemoteRemote {
		return mode, nil, true
	}
	if regions == nil && world {
		regions = []string{"worldwide"}
	}
	return mode, regions, true
}

// headerSegmentHybrid reads a header segment joining an office and remote
// work, or an on-site segment marked hybrid, as hybrid.
func headerSegmentHybrid(title, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteHybrid || ri.Remote == model.RemoteRemote {
		return ri
	}
	line := threadHeader(title, text)
	if line == "" || !containsFold(line, "hybrid") && !containsFold(line, "remote") {
		return ri
	}
	for _, seg := range threadSegments(line)[1:] {
		if len(seg) > 60 {
			continue
		}
		low := strings.ToLower(seg)
		if strings.ContainsAny(low, "+&") && strings.Contains(low, "remote") && modeMixSegment.MatchString(strings.Trim(low, " .")) {
			ri.Remote, ri.Evidence = model.RemoteHybrid, "header: "+seg
			return ri
		}
		if rest, ok := cutOnsiteWord(low); ok {
			rest = strings.TrimLeft(rest, " ")
			if strings.HasPrefix(rest, "(hybrid)") || strings.HasPrefix(rest, "/ hybrid") || strings.HasPrefix(rest, "(hybrid ") {
				ri.Remote, ri.Evidence = model.RemoteHybrid, "header: "+seg
				return ri
			}
		}
	}
	return ri
}

// cutOnsiteWord cuts a leading "on-site", "onsite" or "on site" from s.
func cutOnsiteWord(s string) (string, bool) {
	for _, w := range [...]string{"on-site", "onsite", "on site"} {
		if strings.HasPrefix(s, w) {
			return s[len(w):], true
		}
	}
	return s, false
}
