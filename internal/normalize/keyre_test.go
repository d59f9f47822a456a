package normalize

import (
	"testing"
)

// keyRegexps are the key-word-accelerated regexps of the package.
var keyRegexps = map[string]*keyRegexp{"hybridWeek": hybridWeek, "strongOnsiteMore": strongOnsiteMore,
	"bodyRemoteMore": bodyRemoteMore, "officeCommute": officeCommute, "bodyContractMore": bodyContractMore, "typeLabel": typeLabel}

// TestKeyRegexpAgreesWithPlain: around its key words a keyRegexp finds
// what its plain regexp finds in the whole text, on every agreement case.
func TestKeyRegexpAgreesWithPlain(t *testing.T) {
	texts := []string{benchText, "", "In the office on Tuesdays and Thursdays.", "REQUIRES YOU TO WORK IN OUR OFFICE 5 DAYS A WEEK"}
	for _, path := range agreementFiles {
		for _, c := range readAgreementCases(t, path) {
			texts = append(texts, c.Text, c.Title)
		}
	}
	for name, k := range keyRegexps {
		for _, s := range texts {
			if got, want := k.FindStringIndex(s), k.re.FindStringIndex(s); (got == nil) != (want == nil) {
				t.Errorf("%s on %q: key regexp %v, plain %v", name, s, got, want)
			}
		}
	}
}

func FuzzKeyRegexp(f *testing.F) {
	f.Add("You'll be in our Denver office three days a week.")
	f.Add("Telecommuting is not permitted; remote candidates will not be considered.")
	f.Add("Employment type: Temporary (3 months). We are hiring a freelance designer.")
	f.Add("Must commute to our Chicago office daily. Remote-friendly team.")
	f.Fuzz(func(t *testing.T, s string) {
		for name, k := range keyRegexps {
			got, want := k.FindStringIndex(s), k.re.FindStringIndex(s)
			if (got == nil) != (want == nil) {
				t.Errorf("%s on %q: key regexp %v, plain %v", name, s, got, want)
			}
			for _, m := range k.FindAllStringSubmatchIndex(s, -1) {
				if m[0] < 0 || m[1] > len(s) || m[0] > m[1] {
					t.Errorf("%s on %q: bad match %v", name, s, m)
				}
			}
		}
	})
}
