package normalize

import (
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A country group narrowed by the members a listing names (table tests in
// region_group_members_named_test.go). "Remote - Nordics" reads as the five
// Nordic countries, but when the description then says which of them it
// hires in ("engineers in Sweden or Finland") those are the scope; a list
// after the group's own name works the same way ("across the Balkans:
// Serbia, Croatia, Albania"). A sentence is used only when, with the group's
// names masked, it names at least two countries and every one is a member
// of the group, it speaks of people or hiring ("candidates", "hiring",
// "based", "open to": see groupHireCues) and of no office or headquarters
// (an office's town, or where customers are, names no hiring scope). Nothing changes unless the regions read so
// far are exactly one group's countries.

// groupOfRegions returns the names of the group whose countries are
// exactly rs (in any order), nil when no group of three or more is.
func groupOfRegions(rs []string) []string {
	if len(rs) < 3 {
		return nil
	}
	var names []string
	for name, g := range regionGroups {
		if len(g) == len(rs) && sameRegionSet(g, rs) {
			names = append(names, name)
		}
	}
	return names
}

func sameRegionSet(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	for _, x := range b {
		if !slices.Contains(a, x) {
			return false
		}
	}
	return true
}

// maskFold blanks every ASCII case-insensitive occurrence of each name in s
// that stands as a word.
func maskFold(s string, names []string) string {
	b := []byte(s)
	for _, n := range names {
		for i := 0; i+len(n) <= len(b); i++ {
			if !strings.EqualFold(string(b[i:i+len(n)]), n) {
				continue
			}
			if i > 0 && isWordByte(b[i-1]) || i+len(n) < len(b) && isWordByte(b[i+len(n)]) {
				continue
			}
			for k := i; k < i+len(n); k++ {
				b[k] = ' '
			}
		}
	}
	return string(b)
}

// groupHireCues are words of a sentence that says whom a listing takes.
var groupHireCues = []string{"candidate", "applicant", "hire", "hiring", "recruit", "employ", "resid", "based", "living",
	"live in", "located", "open to", "looking for", "engineers in", "developers in"}

// reviseGroupMembersNamed narrows a group's countries to the members the
// text names, as described above.
func reviseGroupMembersNamed(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote || text == "" {
		return ri
	}
	names := groupOfRegions(ri.Regions)
	if names == nil {
		return ri
	}
	group := regionGroups[names[0]]
	var named []string
	for _, sent := range strings.FieldsFunc(text, func(r rune) bool { return r == '.' || r == '\n' || r == '!' || r == ';' }) {
		if len(sent) > 300 || containsAnyFold(sent, []string{"office", "headquarter", " hq"}) || !containsAnyFold(sent, groupHireCues) {
			continue
		}
		rs := Regions(maskFold(sent, names))
		if len(rs) < 2 {
			continue
		}
		in := true
		for _, r := range rs {
			if !slices.Contains(group, r) {
				in = false
				break
			}
		}
		if !in {
			continue
		}
		for _, r := range rs {
			if !slices.Contains(named, r) {
				named = append(named, r)
			}
		}
	}
	if len(named) < 2 || len(named) >= len(group) {
		return ri
	}
	ri.Regions = named
	return ri
}
