package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// bareOrMoreCases pin "以上" (or more) after the figure of a currency-less
// pay field (barepay.go reBarePay): it leaves that figure, as a plus does.
// Traps: a small bare figure, years of experience, text after the word.
var bareOrMoreCases = []truthCase{
	{name: "k or more", p: model.Posting{Title: "后端开发", Locations: []string{"Hangzhou, China"}, PayText: "18K以上"}, pay: "18000 18000 CNY month"},
	{name: "wan or more", p: model.Posting{Title: "后端开发", Locations: []string{"Shenzhen, China"}, PayText: "2.5万以上"}, pay: "25000 25000 CNY month"},
	{name: "k or more spaced", p: model.Posting{Title: "后端开发", Locations: []string{"Hangzhou, China"}, PayText: "22k 以上"}, pay: "22000 22000 CNY month"},
	{name: "plus still read", p: model.Posting{Title: "后端开发", Locations: []string{"Hangzhou, China"}, PayText: "18K+"}, pay: "18000 18000 CNY month"},

	{name: "trap: small figure or more", p: model.Posting{Title: "后端开发", Locations: []string{"Hangzhou, China"}, PayText: "5以上"}, pay: "-"},
	{name: "trap: years or more", p: model.Posting{Title: "后端开发", Locations: []string{"Hangzhou, China"}, PayText: "3年以上"}, pay: "-"},
	{name: "trap: words after", p: model.Posting{Title: "后端开发", Locations: []string{"Hangzhou, China"}, PayText: "18K以上团队规模"}, pay: "-"},
}

func TestBareOrMoreCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range bareOrMoreCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
