package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// markFallingCases pin pay_mark_falling.go: a pay field range written high
// to low with a local mark on each end is the range. Traps: joined by a
// word, a pair under a thousand, and the same range in running text.
var markFallingCases = []truthCase{
	{name: "ringgit thousands high to low", p: model.Posting{Title: "Backend Engineer", PayText: "RM9k - RM7k"}, pay: "7000 9000 MYR month"},
	{name: "rand high to low with spaces", p: model.Posting{Title: "Backend Engineer", PayText: "R38 000 – R31 000"}, pay: "31000 38000 ZAR month"},

	{name: "trap: high to low joined by to", p: model.Posting{Title: "Backend Engineer", PayText: "RM 9,000 to RM 7,000"}, pay: "!7000 9000 MYR month"},
	{name: "trap: a pair under a thousand", p: model.Posting{Title: "Backend Engineer", PayText: "RM 310 - 120"}, pay: "!120 310 MYR month"},
	{name: "trap: the range in running text", p: model.Posting{Title: "Backend Engineer", DescriptionText: "Rooms cost RM9k - RM7k a year to rent."}, pay: "!7000 9000 MYR year"},
}

func TestMarkFallingCases(t *testing.T) { runFieldCases(t, markFallingCases) }

func TestMarkFallingRange(t *testing.T) {
	for _, c := range []struct {
		between string
		lower   float64
		want    bool
	}{
		{" - RM", 7000, true},
		{" – ", 31000, true},
		{" to RM ", 7000, false},
		{" - ", 120, false},
		{" - 5 ", 7000, false},
		{"", 7000, false},
	} {
		if got := markFallingRange(c.between, 0, len(c.between), c.lower); got != c.want {
			t.Errorf("markFallingRange(%q, %v) = %v, want %v", c.between, c.lower, got, c.want)
		}
	}
}
