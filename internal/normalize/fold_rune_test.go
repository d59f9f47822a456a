package normalize

import (
	"strings"
	"testing"
)

// TestHasFoldNonASCII: hasFold's first-letter test (foldRuneIn) answers as
// its scan does for words with letters beyond ASCII, in short and long
// texts and in any case of the text.
func TestHasFoldNonASCII(t *testing.T) {
	long := strings.Repeat("We build dashboards with a small team. ", 20)
	for _, c := range []struct {
		s, w string
		want bool
	}{
		{"TÄYSIN ETÄTYÖ", "etä", true},
		{"Täysin etätyö", "etä", true},
		{"LÀM VIỆC TỪ XA", "làm việc", true},
		{"Làm việc từ xa", "làm việc", true},
		{"Работа в офисе", "офис", true},
		{"РАБОТА В ОФИСЕ", "офис", true},
		{"plain text only", "làm việc", false},
		{"Etatyo without marks", "etä", false},
		{long + "Hübriidtöö", "hübriid", true},
		{long + "HÜBRIIDTÖÖ", "hübriid", true},
		{long, "hübriid", false},
		{long + "remote", "remote", true},
	} {
		if got := hasFold(c.s, c.w); got != c.want {
			t.Errorf("hasFold(%q, %q) = %v, want %v", c.s[max(0, len(c.s)-30):], c.w, got, c.want)
		}
		if got := hasFoldScan(c.s, c.w); got != c.want {
			t.Errorf("the reference scan of (%q, %q) = %v, want %v", c.s[max(0, len(c.s)-30):], c.w, got, c.want)
		}
	}
}
