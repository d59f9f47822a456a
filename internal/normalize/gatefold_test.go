package normalize

import (
	"reflect"
	"testing"
)

// gateFoldCases hold the citizenship and work-authorization phrases in
// every case, with the runes (?i) folds to k and s.
var gateFoldCases = []string{
	"Applicants must be U.S. citizens. Canadian CITIZENSHIP is required; citizens of an EU member state.",
	"You need the right to work in the UK, a work permit for Germany or work authorization in Canada.",
	"Legally able to work in Spain, eligible to work in the EU, eligibility to work in Ireland, permission to work in Japan.",
	"RIGHT TO WORK IN THE UK. Work Authorisation for France. Must be \u212aenyan citizens. Right to wor\u212a in Kenya.",
	"Eligible to wor\u212a in Norway; permi\u017f\u017fion to work in Italy; legally entitled to work in Poland only",
	"No restrictions: a remote role for anyone, anywhere.",
}

// TestFindAllFoldSameAsRegexp: the gates of findAllFold never drop a
// match.
func TestFindAllFoldSameAsRegexp(t *testing.T) {
	found := 0
	for _, s := range gateFoldCases {
		found += checkFindAllFold(t, s)
	}
	if found < 10 {
		t.Fatalf("only %d matches: the cases do not exercise the patterns", found)
	}
}

func checkFindAllFold(t *testing.T, s string) int {
	t.Helper()
	n := 0
	for _, c := range []struct {
		name string
		got  [][]string
		want [][]string
	}{
		{"citizenship", findAllFold(citizenship, s, citizenshipCues), citizenship.FindAllStringSubmatch(s, -1)},
		{"rightToWork", findAllFold(rightToWork, s, rightToWorkCues), rightToWork.FindAllStringSubmatch(s, -1)},
	} {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Fatalf("%s on %q: gated %q, plain %q", c.name, s, c.got, c.want)
		}
		n += len(c.want)
	}
	return n
}

// FuzzFindAllFold: on any text, findAllFold finds what the plain regexp
// finds.
func FuzzFindAllFold(f *testing.F) {
	for _, s := range gateFoldCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkFindAllFold(t, s) })
}
