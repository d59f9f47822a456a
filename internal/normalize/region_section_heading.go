package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A location section of a description (table tests in
// region_section_heading_test.go): a heading alone on its line,
// "Localization", "Localisation", "Location(s)", "Countries" or "Where"
// (an optional colon after it), and on the next line a list of places,
// "Germany, Poland". The section is the employer's own place field, and
// it beats a generic "Work from anywhere." in an overview: a remote or
// hybrid listing whose regions are none or only worldwide takes the
// section's places. Every item of the list must be a place ("Remote" or
// "Flexible" under the heading changes nothing).

// sectionHeads are the headings, in lower case.
var sectionHeads = map[string]bool{"localization": true, "localisation": true, "location": true, "locations": true,
	"countries": true, "where": true, "work location": true, "work locations": true, "job location": true}

// reviseSectionPlaces (called in Normalize after the other work-mode
// readers) gives ri the places of a location section, as above.
func reviseSectionPlaces(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteHybrid {
		return ri
	}
	if len(ri.Regions) > 1 || len(ri.Regions) == 1 && ri.Regions[0] != RegionWorldwide {
		return ri
	}
	if rs := sectionPlaces(text); len(rs) > 0 {
		ri.Regions = rs
	}
	return ri
}

// sectionPlaces is the places of the first location section of text
// whose next line is all places; nil when there is none.
func sectionPlaces(text string) []string {
	if !strings.Contains(text, "\n") || !hasFold(text, "locali") && !hasFold(text, "location") && !hasFold(text, "countries") && !hasFold(text, "where") {
		return nil
	}
	for rest := text; rest != ""; {
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		if len(line) > 24 {
			continue // a heading is short
		}
		head := strings.ToLower(strings.TrimRight(strings.TrimSpace(line), ":"))
		if !sectionHeads[strings.TrimSpace(head)] {
			continue
		}
		next, _, _ := strings.Cut(rest, "\n")
		if rs := placesOnly(next); len(rs) > 0 {
			return rs
		}
	}
	return nil
}

// placesOnly is the regions of line when every item of it names a place;
// nil otherwise.
func placesOnly(line string) []string {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 120 {
		return nil
	}
	var out []string
	for _, item := range listSep.Split(line, -1) {
		if item = strings.TrimSpace(item); item == "" {
			continue
		}
		rs := Regions(item)
		if len(rs) == 0 || len(rs) == 1 && rs[0] == RegionWorldwide {
			return nil
		}
		for _, r := range rs {
			out = appendUnique(out, r)
		}
	}
	return out
}
