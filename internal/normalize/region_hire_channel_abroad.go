package normalize

import (
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A second hiring channel abroad beside a remote listing's own place
// (table tests in region_hire_channel_abroad_test.go): "Remote (US)" with "Outside the
// US, we hire contractors in Chile and Peru through Deel" is open in the US,
// Chile and Peru; "Remote - Canada" with "we engage freelancers in Kenya"
// is Canada and Kenya. The shape is general: a hiring word before a hiring
// form (contractor, freelancer, employee) "in" places that all lie outside
// the listing's regions. A place inside them is a narrowing that
// statusDemandRegions (region_status_demands.go) reads; a negated or "if"
// clause, or "and contractors elsewhere", adds nothing.

// reviseHireChannelAbroad adds the places of employeeIn statements that lie
// wholly outside a remote listing's regions.
func reviseHireChannelAbroad(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote || len(ri.Regions) == 0 || slices.Contains(ri.Regions, RegionWorldwide) {
		return ri
	}
	var add []string
	for _, m := range employeeIn.FindAllStringSubmatchIndex(text, -1) {
		if negatedClause(text, m[0], m[1]) || clauseHasIf(text, m[0]) || !hireWordBefore(text, m[0]) || elsewhereInSentence(text, m[0]) {
			continue
		}
		rs := narrowPlaces(regionList(text[m[2]:]))
		if len(rs) == 0 || slices.ContainsFunc(rs, func(r string) bool { return r == RegionWorldwide || regionWithin(r, ri.Regions) }) {
			continue // "Remote - Europe" with "contractors in Portugal" narrows instead
		}
		for _, r := range rs {
			add = appendUnique(add, r)
		}
	}
	for _, r := range add {
		ri.Regions = appendUnique(ri.Regions, r)
	}
	return ri
}

// hireWordBefore reports a verb of hiring in the 60 bytes before i in its
// sentence ("we hire", "we also engage", "we work with"); hiringVerbNear's
// "as", "only" and "must" are demands, not a second channel.
func hireWordBefore(text string, i int) bool {
	before := strings.ToLower(text[max(0, i-60):i])
	if k := strings.LastIndexAny(before, ".!?\n"); k >= 0 {
		before = before[k+1:]
	}
	return containsAnyWord(before, []string{"hire", "hires", "hiring", "employ", "employs", "employing", "engage", "engages",
		"engaging", "onboard", "onboards", "recruit", "recruits", "recruiting"})
}
