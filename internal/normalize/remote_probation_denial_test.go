package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// periodDenialCases pin remote_probation_denial.go; traps: a denial with no
// period, a period with nothing said after it, a remote word before the
// denial, a workplace field.
var periodDenialCases = []truthCase{
	{name: "en remote after probation", p: model.Posting{Title: "Support Agent", DescriptionText: "No remote work during the probation period; after that the role is fully remote."}, remote: "remote"},
	{name: "de home office after onboarding", p: model.Posting{Title: "Buchhalter", DescriptionText: "Kein Homeoffice während der Einarbeitung, danach 100 % remote."}, remote: "remote"},
	{name: "en hybrid after the first months", p: model.Posting{Title: "Support Agent", DescriptionText: "No remote work for the first three months. Then hybrid, 2 days in the office."}, remote: "hybrid"},

	{name: "trap: denial with no period", p: model.Posting{Title: "Cashier", DescriptionText: "No remote work. The store is in Leeds; afterwards we close at 9."}, remote: "onsite"},
	{name: "trap: period with nothing after", p: model.Posting{Title: "Cashier", DescriptionText: "No remote work during the probation period. Uniform provided."}, remote: "onsite"},
	{name: "trap: field decides", p: model.Posting{Title: "Support Agent", RemoteHint: "onsite", DescriptionText: "No remote work during onboarding, afterwards remote Fridays."}, remote: "onsite"},
}

func TestPeriodDenialCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range periodDenialCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
	checkLongCases(t, strings.Repeat("We are a regional logistics firm with three depots. ", 12), checkFieldCase, periodDenialCases)
}

// TestPeriodDenialKeyRegexp checks the key regexp against its plain regexp.
func TestPeriodDenialKeyRegexp(t *testing.T) {
	texts := keyTexts(t)
	for _, tc := range periodDenialCases {
		texts = append(texts, tc.p.DescriptionText)
	}
	for _, s := range append(texts, "NO WFH IN THE FIRST 2 WEEKS", "pas de télétravail pendant la période d'essai") {
		checkKey(t, "periodDenial", periodDenial, s)
	}
}
