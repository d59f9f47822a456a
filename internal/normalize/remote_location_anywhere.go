package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Two short ways of saying "remote, from anywhere" that the other readers
// missed (table tests in remote_location_anywhere_test.go):
//
//   - a location item that is only "Location Independent" (or
//     "Location-agnostic") or only "WFA" (work from anywhere): remote, and
//     worldwide unless a narrower region was read already;
//   - a job-thread header segment of "remote" followed by a time-zone note
//     ("Acme | Data Engineer | remote, overlap with CET"): remote, with no
//     region (a time zone is no country).
//
// Both only fill an unknown mode (the location words also a missing
// region); a hybrid or on-site reading is never changed. Only the short
// fields and the post's first line are read.

// anywhereLocs are whole location items that mean remote from anywhere,
// lower case with "-" read as a space.
var anywhereLocs = map[string]bool{"location independent": true, "location agnostic": true, "wfa": true,
	"work from anywhere (wfa)": true, "fully location independent": true,
	"remote (unrestricted)": true, "remote unrestricted": true, "unrestricted remote": true, "remote, unrestricted": true,
	"remote (no location restrictions)": true, "remote (no restrictions)": true, "remote (location unrestricted)": true}

// reviseLocationAnywhere applies the location-word reading to ri.
func reviseLocationAnywhere(locs []string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown && (ri.Remote != model.RemoteRemote || len(ri.Regions) > 0) {
		return ri
	}
	for _, loc := range locs {
		if len(loc) > 40 || !containsFold(loc, "wfa") && !containsFold(loc, "independ") && !containsFold(loc, "agnostic") && !containsFold(loc, "restrict") {
			continue // the literal every anywhereLocs key holds, before any copy
		}
		key := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(loc, "-", " ")), " "))
		if !anywhereLocs[key] {
			continue
		}
		if ri.Remote == model.RemoteUnknown {
			ri.Remote, ri.Evidence = model.RemoteRemote, "location: "+loc
		}
		ri.Regions = []string{RegionWorldwide}
		return ri
	}
	return ri
}

// zoneNoteWords are the words of a time-zone note after "remote, " in a
// header segment.
var zoneNoteWords = []string{"time zone", "timezone", "overlap", "utc", "gmt", "hours"}

// reviseHeaderRemoteNote marks remote a listing of unknown mode whose
// job-thread header has a "remote, <time-zone note>" segment.
func reviseHeaderRemoteNote(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown {
		return ri
	}
	line := headerLine(text) // region_header_pipe.go: a pipe line that says remote
	if line == "" {
		return ri
	}
	segs := strings.Split(line, "|")
	for _, s := range segs[1:] {
		s = strings.TrimSpace(s)
		if len(s) < 8 || !strings.EqualFold(s[:6], "remote") {
			continue
		}
		rest := strings.TrimLeft(s[6:], " ")
		if rest == "" || !strings.ContainsAny(rest[:1], ",(;:") {
			continue // "Remote Sensing Engineer", "remote possible"
		}
		if containsFold(rest, "not ") || containsFold(rest, "no ") {
			continue // "remote, not possible (office hours 9-5)"
		}
		for _, w := range zoneNoteWords {
			if containsFold(rest, w) {
				ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+s
				return ri
			}
		}
	}
	return ri
}
