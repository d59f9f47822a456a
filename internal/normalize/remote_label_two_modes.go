package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A workplace label whose value names the office and then a second mode,
// set off by a slash, "or", "&" or "+": "Work Model: In-Office / Hybrid",
// "Workplace type: On-site or Remote". placeLabel (remote.go) reads the
// first word alone, as on-site; the office with hybrid or remote days
// beside it is a hybrid way of working. A label that opens with remote
// ("Remote / Hybrid") keeps its remote reading: a remote option is read as
// remote.

// labelSecondMode is a second mode word right after a label's first.
var labelSecondMode = regexp.MustCompile(`(?i)^\s*(?:/|\bor\b|&|\+|\band\b)\s*(remote|hybrid)\b`)

// labelTwoModes revises a label read as on-site to hybrid when its value
// goes on to a hybrid or remote mode; r and ev unchanged otherwise.
func labelTwoModes(text string, end int, r model.Remote, ev string) (model.Remote, string) {
	if r != model.RemoteOnsite {
		return r, ev
	}
	if m := labelSecondMode.FindStringSubmatchIndex(text[end:min(len(text), end+20)]); m != nil {
		return model.RemoteHybrid, strings.TrimSpace(text[end-len(ev) : end+m[1]])
	}
	return r, ev
}
