package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// tagStripCases pin tag_strip_lines.go: a plain-text description's tag
// strip gives the work mode and the type where the posting has neither.
// Traps: a strip that opens with a longer phrase, a line of two segments,
// single-spaced sentences, a stated type field kept, an HTML description.
var tagStripCases = []truthCase{
	{name: "remote strip with pay", p: model.Posting{Title: "Content Writer", DescriptionText: "Remote       Marketing   Content    Salary Icon   3.000 (EUR)"}, remote: "remote"},
	{name: "hybrid strip with a part-time tag", p: model.Posting{Title: "Buchhalter", DescriptionText: "Hybrid      Finance   Junior     part time"}, remote: "hybrid", jobType: "part_time"},
	{name: "remote strip with a full-time tag", p: model.Posting{Title: "Consultant", DescriptionText: "Remote     consulting   engineering   Junior    full time\nWe advise utilities."}, remote: "remote", jobType: "full_time"},
	{name: "tab-separated on-site strip", p: model.Posting{Title: "Koch", DescriptionText: "On-site\tGastronomy\tEntry level\tFull-time"}, remote: "onsite", jobType: "full_time"},

	{name: "trap: strip opening with a longer phrase", p: model.Posting{Title: "Analyst", DescriptionText: "Remote sensing    analysis of   satellite data"}, remote: "unknown"},
	{name: "trap: a sentence", p: model.Posting{Title: "Analyst", DescriptionText: "We are not offering full time roles now."}, jobType: "unknown"},
	{name: "trap: stated type kept", p: model.Posting{Title: "Analyst", EmploymentType: "Contract", DescriptionText: "Remote   Data   Senior   full time"}, jobType: "contract"},
	{name: "trap: html description", p: model.Posting{Title: "Analyst", DescriptionHTML: "<p>Remote   Data   Senior   full time</p>"}, jobType: "!full_time"},
}

func TestTagStripCases(t *testing.T) { runFieldCases(t, tagStripCases) }

// TestTagStripNeedsThree keeps lines of fewer than three segments, or
// with narrow gaps, out of the strips.
func TestTagStripNeedsThree(t *testing.T) {
	for _, s := range []string{"Remote    Berlin", "Hybrid  Finance  Junior  part time", "Remote", "Onsite\tfull time"} {
		if h, ty := tagStripHint(s), tagStripType(s); h != "" || ty != "" {
			t.Errorf("tagStripHint, tagStripType(%q) = %q, %q, want none", s, h, ty)
		}
	}
}

// FuzzTagSegments splits any line: no panic, no empty segment, none
// holding a tab or a gap of three spaces, and a hint or type only from a
// strip of three segments.
func FuzzTagSegments(f *testing.F) {
	for _, tc := range tagStripCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, seg := range tagSegments(s) {
			if seg == "" || strings.Contains(seg, "\t") || strings.Contains(seg, tagStripGap) || seg != strings.TrimSpace(seg) {
				t.Errorf("tagSegments(%q) gave segment %q", s, seg)
			}
		}
		if h := tagStripHint(s); h != "" && h != "remote" && h != "hybrid" && h != "onsite" {
			t.Errorf("tagStripHint(%q) = %q", s, h)
		}
		if ty := tagStripType(s); ty != "" && !tagStripTerms[strings.ToLower(ty)] {
			t.Errorf("tagStripType(%q) = %q", s, ty)
		}
	})
}
