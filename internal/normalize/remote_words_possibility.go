package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A Finnish or Estonian remote word offered as a possibility in its
// clause: "Mahdollisuus työskennellä etänä" (a chance to work remotely),
// "Etätyö on mahdollista", "kodukontori võimalusega" (with a home-office
// option). The role is based at an office and the home work is an option,
// so it is read as hybrid, as the one-word Finnish "etätyömahdollisuus"
// and the German "Homeoffice möglich" already are. A clause that says the
// work may be fully remote ("täysin etänä", "100 %") stays remote, and a
// denied possibility ("Ei mahdollisuutta etätyöhön") is on-site. Table
// tests in remote_words_possibility_test.go.
var (
	// modePossible is the possibility word: Finnish "mahdollisuus" in any
	// case form and "mahdollista", Estonian "võimalus" and its forms.
	modePossible = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:mahdollisuu\p{L}*|mahdollista|v[õo]imalus\p{L}*)(?:[^\p{L}]|$)`)
	// modePossibleFully is a whole remote week in the same clause.
	modePossibleFully = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:täysin|kokonaan|täielikult|t[äa]ielikult|100\s?%)`)
	// modePossibleDenied is the possibility denied: "ei mahdollisuutta",
	// "ei ole mahdollista", Estonian "pole võimalust".
	modePossibleDenied = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:ei|pole)\s+(?:ole\s+)?(?:mahdollisuu|mahdollista|v[õo]imalus)`)
)

// modePossibility reads a clause holding a remote word: hybrid when it
// offers the remote work as a possibility, on-site when it denies the
// possibility, unknown otherwise (the remote word then decides).
func modePossibility(clause string) model.Remote {
	// Most clauses hold neither word: a byte scan spares them the regexps.
	if !containsFold(clause, "mahdollis") && !strings.Contains(clause, "imalus") || !modePossible.MatchString(clause) {
		return model.RemoteUnknown
	}
	if modePossibleDenied.MatchString(clause) {
		return model.RemoteOnsite
	}
	if modePossibleFully.MatchString(clause) {
		return model.RemoteUnknown
	}
	return model.RemoteHybrid
}
