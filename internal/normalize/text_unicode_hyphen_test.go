package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// The Unicode hyphen (U+2010) and non-breaking hyphen (U+2011) are read as
// the ASCII hyphen in every field: word processors and some boards write
// them in "co-op", "part-time" and pay ranges.
var unicodeHyphenCases = []truthCase{
	{name: "non-breaking hyphen co-op title", p: model.Posting{Title: "Mechanical Design Co\u2011op (Fall term)", Locations: []string{"Waterloo, ON"}}, jobType: "internship"},
	{name: "unicode hyphen co-op title", p: model.Posting{Title: "Finance Co\u2010op Student"}, jobType: "internship"},
	{name: "non-breaking hyphen part-time field", p: model.Posting{Title: "Library Assistant", EmploymentType: "Part\u2011time"}, jobType: "part_time"},
	{name: "non-breaking hyphen full-time in text", p: model.Posting{Title: "Bookkeeper", DescriptionText: "This is a full\u2011time, permanent position."}, jobType: "full_time"},
	{name: "non-breaking hyphen pay range", p: model.Posting{Title: "Tutor", PayText: "$21\u2011$26 per hour"}, pay: "21 26 USD hour"},
	{name: "non-breaking hyphen remote-first", p: model.Posting{Title: "Data Analyst", DescriptionText: "We are a remote\u2011first team; work from home anywhere in Canada."}, remote: "remote"},
	// Traps: other dashes keep what they meant before.
	{name: "figure dash left alone", p: model.Posting{Title: "Analyst \u2012 Reporting"}, jobType: "unknown"},
	{name: "en dash range still a range", p: model.Posting{Title: "Tutor", PayText: "$21 \u2013 $26 per hour"}, pay: "21 26 USD hour"},
}

func TestUnicodeHyphenCases(t *testing.T) { runFieldCases(t, unicodeHyphenCases) }

func TestCleanLineUnicodeHyphen(t *testing.T) {
	for in, want := range map[string]string{
		"Co\u2011op":         "Co-op",
		"Part\u2010time":     "Part-time",
		"a \u2013 b":         "a \u2013 b", // the en dash stays
		"\u2012":             "\u2012",     // the figure dash stays
		"caf\u00e9\u2011bar": "caf\u00e9-bar",
	} {
		if got := CleanLine(in); got != want {
			t.Errorf("CleanLine(%q) = %q, want %q", in, got, want)
		}
		if got := Text(in); got != want {
			t.Errorf("Text(%q) = %q, want %q", in, got, want)
		}
	}
}
