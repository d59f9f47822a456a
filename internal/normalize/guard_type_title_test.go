package normalize

import (
	"regexp"
	"strings"
	"testing"
)

// normspeed10TypeTexts are titles and locations: the agreement cases'
// titles, locations and description lines, matches spelled from
// titleContractFrench, titleContractGerman and iberianNoRemote, and
// titles written for them (accents, ſ, the Kelvin sign).
func normspeed10TypeTexts(t *testing.T) []string {
	out := []string{"Serveur (CDD)", "Vendeur - cdd 6 mois", "Agent intérimaire", "Poste temporaire", "INTERIM Cashier",
		"Lagerhelfer befristet", "Zeitarbeit Lager", "Lagerhelfer befri\u017ftet", "Befristete Stelle", "Remoto", "No remoto",
		"não é remota", "Remote - US", "sin remoto (Madrid)", "Kassierer", "e\u212a zeitarbeit", "en CDD de 6 mois"}
	for _, path := range agreementFiles {
		for _, c := range readAgreementCases(t, path) {
			out = append(out, c.Title)
			out = append(out, c.Locs...)
			for line := range strings.Lines(c.Text) {
				out = append(out, line)
			}
		}
	}
	for _, re := range []*regexp.Regexp{titleContractFrench, titleContractGerman, iberianNoRemote} {
		out = append(out, sampleMatches(t, re, 300)...)
	}
	return out
}

// checkTypeGuards checks the two guarded checks against their regexps on s.
func checkTypeGuards(t *testing.T, s string) {
	t.Helper()
	if got, want := foreignTitleContractGuarded(s), titleContractFrench.MatchString(s) || titleContractGerman.MatchString(s); got != want {
		t.Fatalf("foreignTitleContractGuarded(%q) = %v, regexps %v", s, got, want)
	}
	if got, want := iberianNoRemoteIn(s), iberianNoRemote.MatchString(s); got != want {
		t.Fatalf("iberianNoRemoteIn(%q) = %v, regexp %v", s, got, want)
	}
}

// TestNormspeed10TypeGuards: the guarded checks answer as their regexps
// on every text, and the texts hold matches of each.
func TestNormspeed10TypeGuards(t *testing.T) {
	contract, noRemote := 0, 0
	for _, s := range normspeed10TypeTexts(t) {
		checkTypeGuards(t, s)
		if foreignTitleContract(s) {
			contract++
		}
		if iberianNoRemote.MatchString(s) {
			noRemote++
		}
	}
	if contract < 100 || noRemote < 100 {
		t.Fatalf("foreign contract titles %d, remote denials %d: too few", contract, noRemote)
	}
}

func FuzzNormspeed10TypeGuards(f *testing.F) {
	for _, s := range []string{"Serveur (CDD)", "Agent intérimaire", "befri\u017ftet", "no remoto", "Remote - US", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkTypeGuards(t, s) })
}
