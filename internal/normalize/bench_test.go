package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// benchText is a typical description: about 4 KB with pay, hours and skills.
var benchText = strings.Repeat("We are a $12B company with a 30-person team. You will build dashboards in Python, SQL and Tableau. ", 20) +
	"This micro-internship pays $300 for about 15 hours of work over 2-4 weeks. Apply by June 30. This role is fully remote; work from anywhere in the U.S. " +
	strings.Repeat("Benefits include 401(k), unpaid time off and a $500 home office stipend. ", 10)

var benchHTML = "<div><p>" + strings.ReplaceAll(benchText, ". ", ".</p><p>") + "</p><ul><li>Excel</li><li>Go</li></ul></div>"

func BenchmarkParsePay(b *testing.B) {
	for b.Loop() {
		ParsePay("text", benchText)
	}
}

func BenchmarkParseEffort(b *testing.B) {
	for b.Loop() {
		ParseEffort(benchText)
	}
}

func BenchmarkParseDeadline(b *testing.B) {
	for b.Loop() {
		ParseDeadline(benchText, deadlineNow)
	}
}

func BenchmarkParseRemote(b *testing.B) {
	locs := []string{"Remote (United States)"}
	for b.Loop() {
		ParseRemote("", locs, benchText)
	}
}

func BenchmarkParseType(b *testing.B) {
	for b.Loop() {
		ParseType("Full-time", "Data Analyst", benchText)
	}
}

func BenchmarkSkills(b *testing.B) {
	tags := []string{"python", "sql"}
	for b.Loop() {
		Skills(tags, "Data Analyst", benchText)
	}
}

func BenchmarkText(b *testing.B) {
	for b.Loop() {
		Text(benchHTML)
	}
}

func BenchmarkFingerprint(b *testing.B) {
	l := &model.Listing{Company: "Acme, Inc.", Title: "Data Analyst (m/w/d) - Remote", RemoteRegions: []string{"US"}}
	for b.Loop() {
		Fingerprint(l)
		TextSimHash(benchText)
	}
}

func BenchmarkCleanURL(b *testing.B) {
	for b.Loop() {
		CleanURL("https://boards.greenhouse.io/acme/jobs/1?gh_src=abc&gh_jid=123&utm_source=x")
	}
}

func BenchmarkNormalize(b *testing.B) {
	p := &model.Posting{Source: "demo", ExternalID: "1", Title: "Micro-Internship: Data Analyst", Company: "Acme, Inc.",
		Locations: []string{"Remote - US"}, DescriptionHTML: benchHTML, URL: "https://x.com/j?utm_source=a", Tags: []string{"python"}}
	for b.Loop() {
		Normalize(p, testOpts)
	}
}
