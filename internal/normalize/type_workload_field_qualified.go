package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A workload percentage as the whole employment field, closed by a word
// that qualifies it (round 107; tests in type_workload_field_qualified_test.go):
// "60%-80% Pensum", "10% auf Abruf" (on call), "80% min." (at least 80,
// so up to 100), "50 % max." (at most 50). The qualifier names the load,
// not another kind of work, so the figure reads as workloadType reads a
// bare one: a range up to 100 % is full time, anything less part time. A
// minimum with no upper figure reaches 100; a maximum keeps its figure.
var percentFieldQualified = regexp.MustCompile(`(?i)^\s*(\d{1,3})\s*%?\s*(?:(?:-|–|—|bis|à)\s*(\d{1,3})\s*)?%\s*(?:(arbeitspensum|pensum|auf\s+abruf|sur\s+appel|min(?:imum)?|mind(?:estens)?|max(?:imum)?|h(?:ö|oe)chstens)\.?)\s*$`)

// qualifiedWorkloadField reads such a field; unknown for any other.
func qualifiedWorkloadField(part string) model.JobType {
	if strings.IndexByte(part, '%') < 0 {
		return model.TypeUnknown
	}
	m := percentFieldQualified.FindStringSubmatch(part)
	if m == nil {
		return model.TypeUnknown
	}
	lo, hi, q := m[1], m[2], strings.ToLower(m[3])
	if hi == "" && (strings.HasPrefix(q, "min") || strings.HasPrefix(q, "mind")) {
		hi = "100" // "80% min.": at least 80, up to a full load
	}
	return workloadType(lo, hi)
}
