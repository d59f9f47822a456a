package normalize

import (
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Two readings of where a remote worker may be when the location field
// names an office (table tests in region_remote_elsewhere_test.go):
//
//   - a sentence that lets the role be done remotely from named places
//     says where the remote worker may be, not the office: an office field
//     "Calgary, AB" with "The job can be done remotely by people authorised
//     to work in the United States" is the US; an office field "Lyon,
//     France" with "The role may be remote in any EU country" is the EU
//     (the area holds the office's country);
//   - an office segment beside a remote one in one location entry is an
//     office, not a remote region: "Remote Canada, Dublin Office" is Canada.

// remoteElsewhereFrame is a permission to do the role remotely, up to where
// its place list starts: "can be performed remotely by candidates eligible
// to work within", "may be done remotely from anywhere in", "can be remote
// in any".
var remoteElsewhereFrame = newLitRegexp(`(?i)\b(?:can|may|could)\s+be\s+(?:(?:performed|done|worked|carried\s+out)\s+(?:fully\s+)?remotely|(?:fully\s+)?remote)\s+`+
	`(?:by\s+(?:candidates|applicants|people|employees|individuals)\s+(?:who\s+are\s+)?(?:(?:eligible|authori[sz]ed|permitted)\s+to\s+work|located|based|living|residing)\s+)?`+
	`(?:from\s+)?(?:anywhere\s+)?(?:in|within|from)\s+(?:the\s+)?(?:any\s+)?`,
	90, 130, "emote")

// countryWords are the nouns after an area in "any EMEA country": they
// name members of the area, so the area is read.
var countryWords = []string{" countries", " country", " locations", " location", " nations"}

// reviseRemoteElsewhere reads a remote listing whose location field names an
// office only (no remote word) by a sentence letting the role be done
// remotely from named places: other places replace the office's; an area
// holding every place read widens them to it.
func reviseRemoteElsewhere(locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote || len(ri.Regions) == 0 || slices.Contains(ri.Regions, RegionWorldwide) {
		return ri
	}
	if !strings.Contains(text, "emote") {
		return ri
	}
	for _, l := range locs {
		if locRemote.MatchString(l) {
			return ri // a remote location field says where itself
		}
	}
	for _, m := range remoteElsewhereFrame.FindAll(text) {
		if negatedClause(text, m[0], m[1]) {
			continue
		}
		rest := text[m[1]:]
		if k := sentenceStopIndex(rest); k >= 0 {
			rest = rest[:k]
		}
		for _, w := range countryWords {
			if i := strings.Index(strings.ToLower(rest), w); i > 0 {
				rest = rest[:i]
			}
		}
		rs := placeList(rest)
		if len(rs) == 0 {
			continue
		}
		if disjointRegions(rs, ri.Regions) {
			ri.Regions = rs
			return ri
		}
		if allHeldByAreas(rs, ri.Regions) {
			ri.Regions = rs
			return ri
		}
	}
	return ri
}

// disjointRegions reports whether no region of a is in b.
func disjointRegions(a, b []string) bool {
	for _, r := range a {
		if slices.Contains(b, r) {
			return false
		}
	}
	return true
}

// allHeldByAreas reports whether areas are all wider areas and each region
// of had lies in one of them.
func allHeldByAreas(areas, had []string) bool {
	for _, a := range areas {
		if !isArea(a) {
			return false
		}
	}
	for _, h := range had {
		if !slices.ContainsFunc(areas, func(a string) bool { return areaHolds(a, h) }) {
			return false
		}
	}
	return true
}

// officeSegmentWords end a location segment that names an office.
var officeSegmentWords = []string{" office", " hq", " headquarters", " offices"}

// reviseOfficeSegment drops the places of office segments from a remote
// reading when the same location entry holds a remote segment naming a
// place: "Remote US, India Office" is the US.
func reviseOfficeSegment(locs []string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote || len(ri.Regions) < 2 {
		return ri
	}
	for _, l := range locs {
		if !strings.Contains(l, ",") && !strings.Contains(l, ";") {
			continue
		}
		segs := strings.FieldsFunc(l, func(r rune) bool { return r == ',' || r == ';' })
		var office, remote []string
		for _, s := range segs {
			low := strings.ToLower(strings.TrimSpace(s))
			switch {
			case slices.ContainsFunc(officeSegmentWords, func(w string) bool { return strings.HasSuffix(low, w) }):
				office = append(office, Regions(s)...)
			case locRemote.MatchString(s):
				remote = append(remote, Regions(s)...)
			}
		}
		remote = slices.DeleteFunc(remote, func(r string) bool { return r == RegionWorldwide })
		if len(office) == 0 || len(remote) == 0 {
			continue
		}
		kept := slices.DeleteFunc(slices.Clone(ri.Regions), func(r string) bool {
			return slices.Contains(office, r) && !slices.Contains(remote, r)
		})
		if len(kept) > 0 && len(kept) < len(ri.Regions) {
			ri.Regions = kept
		}
	}
	return ri
}
