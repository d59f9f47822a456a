package normalize

import (
	"strconv"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A fee to enter a contest or sit a test is money the applicant pays, not
// pay; the prize or the fee paid to the worker beside it still is.
func TestContestEntryFeeIsNotPay(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // "min currency unit", or "" for no pay
	}{
		{"Poster competition for students. Entry fee: $25. The winning design is printed.", ""},
		{"Submit your short story; a $15 entry fee applies to each piece.", ""},
		{"Participation fee of €10 covers the judges' time.", ""},
		{"Submission fee: £8 per photograph.", ""},
		{"Entrance fee $40, payable on the day of the assessment.", ""},
		{"Logo contest: entry fee $20; the winner receives $600.", "600 USD project"},
		{"No entry fee. Fixed fee of $450 for the finished mural design.", "450 USD project"},
		{"Project fee: $300 on delivery of the dashboard.", "300 USD project"},
	} {
		p, _ := ParsePay("", c.text)
		got := ""
		if p != nil {
			got = formatPayShort(p)
		}
		if got != c.want {
			t.Errorf("ParsePay(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func formatPayShort(p *model.Pay) string {
	return strconv.FormatFloat(p.Min, 'f', -1, 64) + " " + p.Currency + " " + string(p.Unit)
}
