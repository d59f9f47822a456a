package normalize

import (
	"strings"
	"unicode"

	"github.com/gigscout/gigscout/internal/model"
)

// A remote or hybrid listing with no location field whose description
// carries a location line at the start of a line: "Location: Portugal"
// under "Work type: Remote", or the Chinese "工作地點：新竹市" under a
// fully remote work-mode line. The line stands in for the missing location
// field, so the place it names is where the work is done from, as it would
// be in the field. Only when nothing else named a region, and not when the
// line names an office to visit ("Location: Berlin office (visits)"): the
// remote work is then not tied to that place.

// cjkPlaceLabels are Chinese work-place labels with a full-width colon.
var cjkPlaceLabels = []string{"工作地點：", "上班地點：", "工作地点：", "上班地点："}

// officeLineWords mark a location line that names an office or a site
// rather than where the work is done from (words, a plural "s" dropped);
// officeLineCJK are the same in Chinese.
var (
	officeLineWords = map[string]bool{"office": true, "hq": true, "headquarter": true, "visit": true, "campus": true,
		"hub": true, "site": true, "onsite": true, "büro": true, "oficina": true, "bureau": true}
	officeLineCJK = []string{"辦公室", "办公室", "總部", "总部"}
)

// officeLine reports whether a location line value names an office.
func officeLine(val string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(val), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if officeLineWords[w] || officeLineWords[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	for _, w := range officeLineCJK {
		if strings.Contains(val, w) {
			return true
		}
	}
	return false
}

// reviseDescLocationLine reads the regions of a description location line.
func reviseDescLocationLine(locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteHybrid || len(ri.Regions) > 0 || text == "" {
		return ri
	}
	for _, loc := range locs {
		if strings.TrimSpace(loc) != "" {
			return ri
		}
	}
	if regions := descLocationLineRegions(text); len(regions) > 0 {
		ri.Regions = regions
	}
	return ri
}

// descLocationLineRegions returns the regions of the first location line
// that names a place, or nil.
func descLocationLineRegions(text string) []string {
	for _, m := range locationLineLabel.FindAllStringSubmatchIndex(text, -1) {
		if !placeLineStart(text, m[0]) {
			continue // "our location: ..." inside a sentence
		}
		val := strings.TrimSpace(text[m[2]:m[3]])
		if officeLine(val) {
			continue
		}
		if r := Regions(val); len(r) > 0 {
			return r
		}
	}
	for _, label := range cjkPlaceLabels {
		i := strings.Index(text, label)
		if i < 0 || !placeLineStart(text, i) {
			continue
		}
		val := text[i+len(label):]
		if j := strings.IndexByte(val, '\n'); j >= 0 {
			val = val[:j]
		}
		if len(val) > 90 || officeLine(val) {
			continue
		}
		val = strings.TrimSpace(val)
		if c := cjkAddressLoc(val); c != "" {
			val = c // "東京都港区" is read as "東京都 港区", as in a location field
		}
		if r := Regions(val); len(r) > 0 {
			return r
		}
	}
	return nil
}

// placeLineStart reports whether only spaces, tabs or list marks stand between
// i and the start of its line.
func placeLineStart(text string, i int) bool {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t' || text[i-1] == '*' || text[i-1] == '-') {
		i--
	}
	return i == 0 || text[i-1] == '\n'
}
