package redflag

import (
	"slices"
	"strings"
	"testing"
)

// orgNamedCases are texts on the edges of reOrgNamed's alternatives: runs
// of capitalized words of every length before a verb, commas, spaces of
// every kind, legal suffixes inside longer words, "About"/"At"/"Join"
// with and without a capital after them, multi-byte runes around matches
// and windows cut in the middle of a final word.
var orgNamedCases = []string{
	"Aker Solutions is a global provider. Acme, Inc. was founded in 1998.",
	"Acme Big Data Labs Group is a leader; Acme Big Data Labs Group Five is a leader",
	"Acme,  is the best. Acme , is the best. Acme\tis\tthe one. Acme\vis a",
	"Acme is another thing. Acme is an\u00e9 thing. Acme has  been leading. Acme have been",
	"Corporate Corporation CorpX Corp. LLCs LLC_ S.A. S.Aé Pty Ltd GmbH.",
	"about Acme, About ACME, at Acme, At aCME, join AcmeCorp_9 today, Join é",
	"Founded in 199 founded in 19999 Founded  in 2001 éFounded in 2001 xFounded in 2001",
	"ÉAcme is a firm. _Acme is a firm. 9Acme is a firm. é Acme is a firm",
	"We are hiring. The Team is growing. Our Client is a leader. JOB DESCRIPTIONWe are",
	"A Luxury Cruise Company is hiring. An Acme is a",
	"Acme Inc is a", "Acme Inc", "is", "A", "Acme is", "Acme is ", "Acme is a", "At A", "Join Ab",
	"Acme's R&D-Lab.Co is headquartered in Oslo", "Acme is headquarteredX", "Acme is recognized\u00a0by",
	"Acme\n\nis\r\nthe \f one", strings.Repeat("Acme ", 10) + "is a firm",
}

// TestOrgNamedSameAsPlain: eachOrgNamed finds exactly the matches of
// reOrgNamed.FindAllStringIndex, on edge cases and on every text of
// sameListings.
func TestOrgNamedSameAsPlain(t *testing.T) {
	texts := slices.Clone(orgNamedCases)
	for _, l := range sameListings(t) {
		texts = append(texts, l.Text, l.Title, l.CompanyInfo)
	}
	found := 0
	for _, s := range texts {
		got, want := orgNamedAll(s, false), orgNamedAll(s, true)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("on %q: fast %v, plain %v", s, got, want)
		}
		found += len(want)
	}
	if found < 20 {
		t.Fatalf("only %d matches in all: the cases do not exercise the pattern", found)
	}
}

func orgNamedAll(s string, plain bool) [][]int {
	var out [][]int
	eachOrgNamed(s, plain, func(a, b int) bool {
		out = append(out, []int{a, b})
		return true
	})
	return out
}

// FuzzOrgNamed: on any text, eachOrgNamed finds what reOrgNamed finds.
func FuzzOrgNamed(f *testing.F) {
	for _, s := range orgNamedCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := orgNamedAll(s, false), reOrgNamed.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("on %q: fast %v, plain %v", s, got, want)
		}
	})
}

// TestCountWordsTo: countWordsTo is countWords capped at its limit.
func TestCountWordsTo(t *testing.T) {
	for _, s := range append(slices.Clone(orgNamedCases), "", "a", "it's $5 a day", strings.Repeat("word ", 40)) {
		checkCountWordsTo(t, fold(s))
	}
}

func checkCountWordsTo(t *testing.T, s string) {
	t.Helper()
	for _, limit := range []int{0, 1, 2, minDescriptionWords, 1000} {
		if got, want := countWordsTo(s, limit), min(countWords(s), limit); got != want {
			t.Fatalf("countWordsTo(%q, %d) = %d, want %d", s, limit, got, want)
		}
	}
}

// FuzzCountWordsTo: on any text, countWordsTo is countWords capped.
func FuzzCountWordsTo(f *testing.F) {
	f.Add("Send your CV: it's $5 a day, 10 hours a week.")
	f.Fuzz(func(t *testing.T, s string) { checkCountWordsTo(t, s) })
}

// phoneRunCases: digit runs of every length, broken and joined by
// separators and other bytes.
var phoneRunCases = []string{
	"call 555 123 4567 or (555) 123-4567 now", "+1 (555) 123.4567 x 99", "12345678901234567890", "123456789a123456789",
	"555-123-456 7", "no digits at all", "1 2 3 4 5 6 7 8 9 0 1", "9999999999", "é9999999999é", "",
}

// TestPhoneRuns: phoneRuns finds what digitRuns(10) finds.
func TestPhoneRuns(t *testing.T) {
	for _, s := range phoneRunCases {
		checkPhoneRuns(t, s)
	}
}

func checkPhoneRuns(t *testing.T, s string) {
	t.Helper()
	if got, want := phoneRuns(s), digitRuns(10)(s); !slices.Equal(got, want) {
		t.Fatalf("phoneRuns(%q) = %v, digitRuns(10) %v", s, got, want)
	}
}

// FuzzPhoneRuns: on any text, phoneRuns finds what digitRuns(10) finds.
func FuzzPhoneRuns(f *testing.F) {
	for _, s := range phoneRunCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPhoneRuns(t, s) })
}
