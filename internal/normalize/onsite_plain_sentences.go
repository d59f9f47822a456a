package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// On-site work said in a plain sentence the other on-site cues miss (table
// tests in onsite_plain_sentences_test.go):
//
//   - the work joined to an office by "and": "must live in Ohio and work
//     from our Dayton office";
//   - an office job named as such, leading a sentence or after "is an":
//     "Office role in Lyon", "This is an office position";
//   - German work in the employer's own office: "Du arbeitest in unserem
//     Büro in Graz", "Arbeit in unserem Büro in Kiel", and the same sentence in Dutch, French, Italian,
//     Polish and the Nordic languages: "je werkt vanuit ons kantoor",
//     "vous travaillerez dans nos bureaux", "le stage se déroule dans nos
//     locaux", "lavorerai presso la nostra sede", "pracujesz w naszym
//     biurze", "du arbetar på vårt kontor", "arbejde fra vores kontor",
//     "jobbe fra kontoret vårt".
//
// A text naming home work, a hybrid set-up or mobile work (in any of these
// languages: foreignHomeWords) is left to the
// readers of those (a split week is not on-site), and an occasional visit
// after the office ("and work from our Dayton office twice a year") is
// not on-site either. bodyOnsiteMore asks plainOnsite last.
var (
	andWorkFromOffice = regexp.MustCompile(`(?i)\band\s+work(?:ing)?\s+(?:from|at|in)\s+(?:the|our)\s+(?:\p{L}+\s+){0,2}office\b`)
	officeJobLead     = regexp.MustCompile(`(?i)(?:^\s*|[.!?]\s+|\b(?:is|be)\s+an\s+)office\s+(?:position|role|job)\b`)
	germanOwnOffice   = regexp.MustCompile(`(?i)\barbeit(?:e|en|est|et)?\s+(?:vor\s+Ort\s+)?(?:in|im)\s+unsere[mrn]?\s+B(?:ü|ue)ros?\b`)
	// europeanOwnOffice is the same sentence in Dutch, French, Italian,
	// Polish, Swedish, Danish and Norwegian (the verb, then "our office").
	europeanOwnOffice = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:(?:werk(?:t|en)?|werk\s+je)\s+(?:vanuit|op|in|vanaf)\s+ons\s+(?:hoofd)?kantoor|(?:travaill(?:ere[zr]|eras|ez|es|erez)|se\s+d(?:é|e)roul(?:e|era)|a\s+lieu|aura\s+lieu)\s+(?:dans|depuis|au\s+sein\s+de)\s+(?:nos|notre)\s+(?:bureaux?|locaux|agence|si(?:è|e)ge)|lavor(?:erai|erà|erete|i|a)\s+(?:presso|nella|nel|nei|dalla|dal)\s+(?:la\s+|il\s+|i\s+)?nostr[aoi]\s+(?:sede|uffici?o?|stabilimento)|(?:pracujesz|pracować|pracowała?|pracowałbyś|pracowałabyś|praca)\s+w\s+naszym\s+biurze|arbeta(?:r)?\s+(?:på|från|i)\s+(?:vårt\s+kontor|kontoret)|arbejde(?:r)?\s+(?:fra|på|i)\s+vores\s+kontor|(?:jobbe|arbeide)(?:r)?\s+(?:fra|på|i)\s+(?:kontoret\s+vårt|vårt\s+kontor))(?:[^\p{L}]|$)`)
	// foreignHomeWords are home, remote and hybrid words of those languages.
	foreignHomeWords = []string{"thuis", "remote", "télétravail", "teletravail", "distan", "smart working", "remoto", "zdaln", "hybryd",
		"hemifrån", "hemma", "hjemme", "ibrid", "flexib", "vanuit huis", "van huis", "z domu", "da casa", "depuis chez"}
)

// plainOnsite reads the sentences above; unknown when there is none.
func plainOnsite(text string) (model.Remote, string) {
	own := hasFold(text, "ons kantoor") || hasFold(text, "ons hoofdkantoor") || hasFold(text, "nos bureau") ||
		hasFold(text, "nos locaux") || hasFold(text, "notre ") || hasFold(text, "nostr") || hasFold(text, "naszym biurze") ||
		hasFold(text, "kontor")
	if !hasFold(text, "office") && !hasFold(text, "unsere") && !own {
		return model.RemoteUnknown, ""
	}
	if hasFold(text, "home") || hasFold(text, "hybrid") || hasFold(text, "mobil") {
		return model.RemoteUnknown, ""
	}
	res := []*regexp.Regexp{andWorkFromOffice, officeJobLead, germanOwnOffice}
	if own && !containsAnyFold(text, foreignHomeWords) {
		res = append(res, europeanOwnOffice)
	}
	for _, re := range res {
		if loc := re.FindStringIndex(text); loc != nil && !officeVisit.MatchString(text[loc[1]:min(len(text), loc[1]+40)]) {
			return model.RemoteOnsite, strings.Trim(text[loc[0]:loc[1]], " ,.;:()")
		}
	}
	return model.RemoteUnknown, ""
}
