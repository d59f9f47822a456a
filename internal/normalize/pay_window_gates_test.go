package normalize

import (
	"strings"
	"testing"
)

// TestPayWindowGates: the word tests in front of dealSizeBefore and the
// allowance expressions never say no where the expression would match.
// Every 60-byte window before a place (and 90-byte window after it) of the
// agreement cases' texts and of texts written for the gates is judged with
// and without the tests.
func TestPayWindowGates(t *testing.T) {
	texts := []string{
		"You'll manage contracts ranging from $50K to $500K+ and close deals worth $20k-$80k.",
		"Handling an account valued at $1M; negotiating a tender of about €300,000.",
		"A 12-month contract at $60/hr. Base plus $5,000 bonus.",
		"Plus de transporte de 200 € al mes. Ajuda de menjador de 11 €.",
		"a $150 stipend for your home office and a $1.5K monthly stipend for meals",
		"Technology stipend – equivalent to US$100 a month; learning budget of $1,000",
		"Key Account Manager: $5,000 a month. Winning bids of £2m.",
		"CLOSING DEALS OF $10K; MANAGING ACCOUNTS AT $2M; accountſ worth $3M",
	}
	for _, path := range agreementFiles {
		for _, c := range readAgreementCases(t, path) {
			texts = append(texts, c.Text, c.Pay)
		}
	}
	allowanceUngated := func(before, after string) bool {
		b := before[max(0, len(before)-80):]
		a := after[:min(len(after), 90)]
		return allowanceForAfter.MatchString(a) || allowanceKindBefore.MatchString(b) || allowanceIberianBefore.MatchString(b)
	}
	n, dealHits, allowanceHits := 0, 0, 0
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			if i < len(s) && !strings.ContainsRune("$€£0123456789", rune(s[i])) {
				continue // the places before an amount or its sign
			}
			j := i // the amount's end: "$1.5K", "200"
			for j < len(s) && strings.IndexByte("$0123456789.,Kk", s[j]) >= 0 {
				j++
			}
			before, after := s[max(0, i-60):i], s[j:min(len(s), j+90)]
			n++
			if dealSizeBefore.MatchString(before) {
				dealHits++
			}
			if allowanceUngated(before, after) {
				allowanceHits++
			}
			if got, want := dealSizeAt(before), dealSizeBefore.MatchString(before); got != want {
				t.Errorf("dealSizeAt(%q) = %v, the expression alone %v", before, got, want)
			}
			if got, want := allowanceNamed(before, after), allowanceUngated(before, after); got != want {
				t.Errorf("allowanceNamed(%q, %q) = %v, the expressions alone %v", before, after, got, want)
			}
		}
	}
	if n < 1000 || dealHits < 5 || allowanceHits < 5 {
		t.Fatalf("only %d windows judged (%d deal sizes, %d allowances): the test would not see a gate that says no", n, dealHits, allowanceHits)
	}
}
