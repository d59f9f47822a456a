package normalize

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestAnchoredKeyScanSame compares anchoredKeyScan with the plain
// FindAllStringSubmatch it replaces, on short texts and on the same texts
// padded past minGuardedText (the folded-copy search).
func TestAnchoredKeyScanSame(t *testing.T) {
	cases := []struct {
		re    *regexp.Regexp
		anch  *regexp.Regexp
		key   string
		keyAt int
		texts []string
	}{
		{permanentWide, permanentWideAt, "permanent", 0, []string{
			"A Permanent full-time position in Leeds.",
			"impermanent art role; PERMANENT, salaried night role. permanent role",
			"semi-permanent exhibit job and a permanent  care   home post",
			"permanent permanent permanent staff job permanent, on-site hire permanent x y z w job",
			"_permanent staff role, 9permanent staff role, (permanent staff role)",
			"permanent",
			"nothing here",
		}},
		{perDiemWork, perDiemWorkAt, "diem", 4, []string{
			"Per diem shifts at the clinic; per-diem nursing roles too.",
			"diem per diem basis, superdiem per diem, PER DIEM travel pay work",
			"paper diem shifts and hyper-diem jobs, per  diem work",
			"per diem",
			"diem diem per diem per diem per diem per diem x jobs",
		}},
	}
	for _, c := range cases {
		for _, text := range c.texts {
			for _, s := range []string{text, strings.Repeat("Ward staff rota. ", 40) + text + " Closing."} {
				want := c.re.FindAllStringSubmatch(s, 4)
				var got [][]string
				anchoredKeyScan(s, c.key, c.keyAt, c.anch, 4, func(m []string) bool {
					got = append(got, m)
					return false
				})
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%q:\n got %q\nwant %q", s, got, want)
				}
			}
		}
	}
}
