package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// fullWidthASCIICases: a pay field typed in full-width digits and letters
// reads as its ASCII twin would; text with none of them is unchanged.
var fullWidthASCIICases = []truthCase{
	{name: "full-width k range in a chinese city", p: model.Posting{Title: "后端开发工程师", Locations: []string{"Shenzhen, China"}, PayText: "１２-１８Ｋ"}, pay: "12000 18000 CNY month"},
	{name: "full-width lower k and hyphen", p: model.Posting{Title: "后端开发工程师", Locations: []string{"Shenzhen, China"}, PayText: "１２－１８ｋ"}, pay: "12000 18000 CNY month"},
	{name: "trap: full-width punctuation kept for the clause cut", p: model.Posting{Title: "后端开发工程师", Locations: []string{"Shenzhen, China"}, PayText: "１.５-２万/月；六险一金"}, pay: "15000 20000 CNY month"},
	{name: "full-width figures beside a yuan label", p: model.Posting{Title: "后端开发工程师", Locations: []string{"Shenzhen, China"}, PayText: "月薪 ９０００-１３０００元"}, pay: "9000 13000 CNY month"},
	{name: "trap: half-width stays as it was", p: model.Posting{Title: "后端开发工程师", Locations: []string{"Shenzhen, China"}, PayText: "12-18K"}, pay: "12000 18000 CNY month"},
	{name: "trap: full-width words with no figure", p: model.Posting{Title: "后端开发工程师", Locations: []string{"Shenzhen, China"}, PayText: "ＤＯＥ"}},
}

func TestFullWidthASCIICases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range fullWidthASCIICases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}

func TestFoldFullWidthASCII(t *testing.T) {
	for in, want := range map[string]string{"７ｋ": "7k", "plain 5k": "plain 5k", "": "", "Ａ，Ｂ": "A，B", "￥３": "￥3", "１５－２０": "15-20"} {
		if got := foldFullWidthASCII(in); got != want {
			t.Errorf("foldFullWidthASCII(%q) = %q, want %q", in, got, want)
		}
	}
}
