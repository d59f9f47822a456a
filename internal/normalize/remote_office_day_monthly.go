package normalize

import "regexp"

// One office day a month beside remote work is a visit, not a hybrid
// schedule, in every language foreignHybrid counts days in: "Trabajo
// remoto, 1 dia al mes en oficina", "Remoto con un día por mes en la
// oficina", "Homeoffice, 1 Tag im Monat im Büro", "télétravail, un jour par
// mois au bureau". foreignHybrid reads "remoto … 1 dia" as days of a week;
// foreignHybridAt skips its matches whose count of one day is followed by a
// month word. Two or more days a month stay hybrid as they read now ("3
// días al mes en oficina"), as does a week ("2 dias a la semana").

// oneDayCount is a match of foreignHybrid ending in one day.
var oneDayCount = regexp.MustCompile(`(?i)(?:^|[^\d\pL])(?:1|un|uno|una|une|ein|einem|einen|um|uma)\s*(?:jours?|tage?n?|d[íi]as?|giorni|giorno)$`)

// monthAfterDay is a month word right after the count: "al mes", "por
// mes", "cada mes", "par mois", "im Monat", "al mese", "por mês", "a month".
var monthAfterDay = regexp.MustCompile(`(?i)^\s*(?:(?:al|por|cada|par|au|im|pro|ao|a|per|each|every|in)\s+)?(?:mes|mois|monat|mese|mês|month)\b`)

// foreignHybridAt is the first match of foreignHybrid in text that is not
// one day a month; nil when there is none.
func foreignHybridAt(text string) []int {
	off := 0
	for off <= len(text) {
		loc := foreignHybrid.FindStringIndex(text[off:])
		if loc == nil {
			return nil
		}
		loc[0], loc[1] = loc[0]+off, loc[1]+off
		if !oneDayCount.MatchString(text[loc[0]:loc[1]]) || !monthAfterDay.MatchString(text[loc[1]:min(len(text), loc[1]+24)]) {
			return loc
		}
		off = loc[1]
	}
	return nil
}
