package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// germanHoursBody is a German description's statement of the hours: a
// full-time or part-time post ("Vollzeitstelle", "Teilzeitanstellung") or
// the work "in Vollzeit" / "als Teilzeitkraft". germanFixedTerm is a fixed
// term ("befristet", not "unbefristet": \b needs no letter before it).
var (
	germanHoursBody = newKeyRegexp(`(?i)\b(vollzeit|teilzeit)(?:stelle|position|anstellung|besch(?:ä|ae)ftigung|job|kraft)\b|\b(?:in|als)\s+(vollzeit|teilzeit)\b`, 12, 16, "zeit")
	germanFixedTerm = regexp.MustCompile(`(?i)\bbefristet`)
)

// germanHoursType is the type such a statement gives; unknown when there
// is none or when the text names both hours ("Vollzeit oder Teilzeit"). A
// fixed term makes the post a contract whatever its hours, as in a type
// field (fieldTermType).
func germanHoursType(text string) model.JobType {
	ms := germanHoursBody.FindAllStringSubmatchIndex(text, 3)
	if len(ms) == 0 || (hasFold(text, "vollzeit") && hasFold(text, "teilzeit")) {
		return model.TypeUnknown
	}
	var m []string
	for _, ix := range ms {
		if !othersHoursDE(text, ix[0]) {
			m = []string{text[ix[0]:ix[1]], group(text, ix, 1), group(text, ix, 2)}
			break
		}
	}
	if m == nil {
		return model.TypeUnknown // "Einige Kollegen arbeiten in Teilzeit": other people's hours
	}
	if hasFold(text, "befristet") && germanFixedTerm.MatchString(text) {
		return model.TypeContract
	}
	if containsFold(m[1]+m[2], "voll") {
		return model.TypeFullTime
	}
	return model.TypePartTime
}

// othersWorkDE is a sentence whose subject is other people working, up to
// the hours it names: "Einige Kollegen arbeiten in Teilzeit", "viele
// unserer Mitarbeitenden arbeiten bereits in Teilzeit". Their hours are not
// this post's; "Sie arbeiten in Teilzeit" names no one else and still reads.
var othersWorkDE = regexp.MustCompile(`(?i)\b(?:kolleg(?:en|innen|:innen|\*innen)|mitarbeiter(?:innen|:innen|\*innen)?|mitarbeitende[n]?|besch(?:ä|ae)ftigte[n]?|teammitglieder[n]?)\b[^.!?;\n]{0,60}?\barbeiten\b[^.!?;\n]{0,30}$`)

// othersHoursDE tells whether the hours matched at i belong to such a
// sentence: the text from the sentence's start up to i names others working.
func othersHoursDE(text string, i int) bool {
	w := text[max(0, i-120):i]
	if j := strings.LastIndexAny(w, ".!?\n"); j >= 0 {
		w = w[j+1:]
	}
	return othersWorkDE.MatchString(w)
}
