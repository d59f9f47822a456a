package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A short line of fields set apart by middle dots, bullets or bars, one of
// which is a location value that opens with the mode: "Senior · Hybrid,
// London", "Backend | Remote, Portugal", "Lead • On-site, Bangalore". The
// same value is read as hybrid (remote, on-site) in a location field;
// bareModeSentence (remote_term_list_modes.go) reads the field when it is
// the mode word alone ("Senior · Hybrid"). The words after the mode must
// name a place: "Hybrid, multi-cloud · Architect" and "Remote Sensing ·
// Analyst" stay unread.

// dotSegmentModes are the mode words a field may open with.
var dotSegmentModes = []string{"fully remote", "remote", "hybrid", "on-site", "onsite", "on site", "in-office", "in office"}

// dotSegmentPlace reads a field of a short separated line as a location
// value; unknown when no field opens with a mode and names a place.
func dotSegmentPlace(text string) (model.Remote, string) {
	if !holdsFieldMark(text) {
		return model.RemoteUnknown, ""
	}
	for _, line := range strings.Split(text, "\n") {
		if len(line) > 120 || !holdsFieldMark(line) {
			continue
		}
		for _, seg := range strings.FieldsFunc(line, func(r rune) bool { return r == '·' || r == '•' || r == '|' }) {
			seg = strings.TrimSpace(seg)
			if rest, ok := afterLeadMode(seg); ok && len(rest) <= 40 && hasPlace([]string{rest}) {
				if r, _ := fromLocations([]string{seg}); r != model.RemoteUnknown {
					return r, seg
				}
			}
		}
	}
	return model.RemoteUnknown, ""
}

// afterLeadMode returns what follows a mode word that opens seg and is set
// off by a comma, a dash or an opening parenthesis.
func afterLeadMode(seg string) (string, bool) {
	for _, m := range dotSegmentModes {
		if !hasPrefixFold(seg, m) {
			continue
		}
		rest := seg[len(m):]
		for _, sep := range []string{",", " - ", " – ", " — ", " (", "("} {
			if strings.HasPrefix(rest, sep) {
				return strings.Trim(rest[len(sep):], " )"), true
			}
		}
		return "", false
	}
	return "", false
}

// holdsFieldMark reports a middle dot, bullet or bar in s: three byte
// searches, where strings.ContainsAny with marks outside ASCII decodes
// every rune of a description.
func holdsFieldMark(s string) bool {
	return strings.IndexByte(s, '|') >= 0 || strings.Contains(s, "·") || strings.Contains(s, "•")
}
