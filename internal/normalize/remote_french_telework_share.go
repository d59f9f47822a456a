package normalize

import (
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// French postings often give the share of home work as a percentage:
// "Télétravail jusqu'à 50% du temps", "Télétravail : 40%", "télétravailler
// à 60%", "jusqu'à 50% de télétravail". A share below a hundred is a
// hybrid week, as "Télétravail 2 jours par semaine" already reads; a full
// hundred is remote and none on-site. Only a percentage tied to the telework
// word is read ("Télétravail possible, 20% de variable" names a bonus),
// and the verb "télétravailler", which foreignRemote does not know, counts
// as the noun does.

var (
	// frenchTeleworkShareAfter is the telework word then its share.
	frenchTeleworkShareAfter = newKeyRegexp(`(?i)\bt[ée]l[ée]-?travail(?:ler)?\s*(?::\s*)?(?:(?:possible|autoris[ée])\s+)?(?:(?:jusqu['’]?\s?[àa]|[àa]|de)\s+)?(\d{1,3})\s?%`, 20, 40, "travail")
	// frenchTeleworkShareBefore is the share then the telework word.
	frenchTeleworkShareBefore = newKeyRegexp(`(?i)\b(\d{1,3})\s?%\s+(?:de\s+|du\s+temps\s+(?:en\s+)?)t[ée]l[ée]-?travail`, 40, 20, "travail")
)

// frenchTeleworkShare reads a French telework share given as a percentage;
// unknown when there is none.
func frenchTeleworkShare(text string) (model.Remote, string) {
	if !strings.Contains(text, "%") { // the regexps find "travail" through the shared key scan
		return model.RemoteUnknown, ""
	}
	for _, re := range []*keyRegexp{frenchTeleworkShareAfter, frenchTeleworkShareBefore} {
		for _, m := range re.FindAllStringSubmatchIndex(text, 4) {
			n, err := strconv.Atoi(text[m[2]:m[3]])
			if err != nil || n > 100 {
				continue
			}
			ev := text[m[0]:m[1]]
			switch {
			case n == 100:
				return model.RemoteRemote, ev
			case n == 0:
				return model.RemoteOnsite, ev
			}
			return model.RemoteHybrid, ev
		}
	}
	return model.RemoteUnknown, ""
}
