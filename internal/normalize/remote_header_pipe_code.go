package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A job-thread header segment of "remote" and one country code in
// capitals: "Nordwind | Go Developer | REMOTE KZ | Full-time", "Lumen |
// Remote - UA", "Orbit | BY remote". The header reader
// (region_header_pipe.go) knows the codes boards use most; any other ISO
// 3166 country code written in capitals beside the mode word, alone in
// its segment, says the same: remote, from that country.
//
// Left alone (table tests in remote_header_pipe_code_test.go): a code
// that is also a US state or a Canadian province ("REMOTE GA"), a code
// that doubles as a job-function abbreviation ("REMOTE QA", "Remote PM",
// "REMOTE HR"), a code in lower case, a segment with more words, the
// header's first segment (the company) and any line but the first. As the
// header reader does, this fills an unknown mode, or the regions of a
// remote reading that has none; it never overrides a hybrid or on-site
// one.

// jobFunctionCodes are country codes that headers also use for a kind of
// work: quality assurance, product management, human resources and so on.
var jobFunctionCodes = map[string]bool{"QA": true, "PM": true, "HR": true, "AI": true, "ML": true, "BA": true,
	"PR": true, "SA": true, "PA": true, "GM": true, "PE": true, "MD": true, "BI": true, "AM": true, "DO": true,
	"IT": true, "IS": true, "SE": true, "CV": true, "TV": true, "BE": true, "NO": true, "TO": true, "AS": true}

// reviseHeaderPipeCode applies the header-segment reading (see above) to
// ri.
func reviseHeaderPipeCode(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown && (ri.Remote != model.RemoteRemote || len(ri.Regions) > 0) {
		return ri
	}
	line := headerLine(text) // the first line, with a pipe and "remote" (region_header_pipe.go)
	if line == "" {
		return ri
	}
	segs := strings.Split(line, "|")
	for _, s := range segs[1:] {
		s = strings.TrimSpace(s)
		if code := remoteCodeSegment(s); code != "" {
			if ri.Remote == model.RemoteUnknown {
				ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+s
			}
			ri.Regions = []string{code}
			return ri
		}
	}
	return ri
}

// remoteCodeSegment returns the country code of a segment that is
// "remote" and one upper-case code, in either order ("REMOTE RU", "Remote
// (KZ)", "BY remote"); "" otherwise.
func remoteCodeSegment(s string) string {
	if len(s) > 16 {
		return ""
	}
	f := strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '-' || r == '–' || r == '—' || r == '(' || r == ')' || r == ',' || r == ':'
	})
	if len(f) != 2 {
		return ""
	}
	code := f[1]
	if !strings.EqualFold(f[0], "remote") {
		if !strings.EqualFold(f[1], "remote") {
			return ""
		}
		code = f[0]
	}
	if len(code) != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' {
		return ""
	}
	if _, ok := model.RegionNames[code]; !ok || usStates[code] || caProvinces[code] || jobFunctionCodes[code] {
		return ""
	}
	return code
}
