package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Tag strips (table tests in tag_strip_lines_test.go): job boards' detail
// lines scraped as one line of tags set apart by wide gaps, "Remote
// Software  Development   Junior    full time" with runs of spaces between
// the tags. A tag that is the whole of its segment is the board's field:
// a leading work-mode tag ("Remote", "Hybrid", "On-site") is the work
// mode and a schedule tag ("full time", "part-time", "internship") the
// type, read from the raw description as the structured hint and
// employment type where the posting has none (tagStripFields). A line counts
// as a strip when it has at least three segments, each gap at least three
// spaces or a tab; "Remote sensing    analysis" opens with no tag.

// tagStripGap is the gap between a strip's tags.
const tagStripGap = "   "

// tagStrips calls f with the segments of each tag strip of text until f
// returns true.
func tagStrips(text string, f func(segs []string) bool) {
	if !strings.Contains(text, tagStripGap) && !strings.Contains(text, "\t") {
		return
	}
	for line := range strings.SplitSeq(text, "\n") {
		if !strings.Contains(line, tagStripGap) && !strings.Contains(line, "\t") {
			continue
		}
		if segs := tagSegments(line); len(segs) >= 3 && f(segs) {
			return
		}
	}
}

// tagSegments splits line at runs of three or more spaces or at tabs.
func tagSegments(line string) []string {
	var segs []string
	start, i := 0, 0
	for i < len(line) {
		if line[i] != ' ' && line[i] != '\t' {
			i++
			continue
		}
		j := i
		for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
			j++
		}
		if j-i >= 3 || strings.IndexByte(line[i:j], '\t') >= 0 {
			if s := strings.TrimSpace(line[start:i]); s != "" {
				segs = append(segs, s)
			}
			start = j
		}
		i = j
	}
	if s := strings.TrimSpace(line[start:]); s != "" {
		segs = append(segs, s)
	}
	return segs
}

// tagStripHint is the work-mode tag that opens a strip of raw as a
// structured hint ("remote", "hybrid", "onsite"); "" when none does.
func tagStripHint(raw string) string {
	hint := ""
	tagStrips(raw, func(segs []string) bool {
		switch strings.ToLower(segs[0]) {
		case "remote", "fully remote", "100% remote":
			hint = "remote"
		case "hybrid":
			hint = "hybrid"
		case "on-site", "onsite", "on site", "in office", "in-office":
			hint = "onsite"
		default:
			return false
		}
		return true
	})
	return hint
}

// tagStripTerms are the schedule tags tagStripType reads.
var tagStripTerms = map[string]bool{"full time": true, "full-time": true, "part time": true, "part-time": true,
	"internship": true, "contract": true, "freelance": true, "temporary": true, "working student": true,
	"mini job": true, "minijob": true}

// tagStripType is the schedule tag of a strip of raw, as an employment
// type field; "" when none.
func tagStripType(raw string) string {
	field := ""
	tagStrips(raw, func(segs []string) bool {
		for _, s := range segs {
			if tagStripTerms[strings.ToLower(s)] {
				field = s
				return true
			}
		}
		return false
	})
	return field
}

// tagStripFields returns the hint and the employment type p's raw
// description gives in a tag strip when p states neither (Normalize):
// the text Normalize reads has its gaps folded to single spaces. Only a
// plain-text description is looked at.
func tagStripFields(p *model.Posting, hint string) (string, string) {
	if p.DescriptionHTML != "" || p.DescriptionText == "" {
		return hint, p.EmploymentType
	}
	emp := p.EmploymentType
	if hint == "" {
		hint = tagStripHint(p.DescriptionText)
	}
	if emp == "" {
		emp = tagStripType(p.DescriptionText)
	}
	return hint, emp
}
