package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A listing filed as remote (a remote flag, a "remoto" field or a remote
// location) whose Spanish or Italian description places the work in the
// office, as remoteContradicted does for English and German
// (remote_flag_german_body.go): "Trabajo presencial en nuestras oficinas",
// "el puesto requiere presencialidad en cliente", "Il ruolo prevede lavoro
// in sede" (on-site); "de lunes a jueves en las oficinas", "Teletrabajo
// los viernes" (hybrid: office days with one or more home days). Left
// alone: a text that also calls the role fully remote ("100% remoto",
// "completamente da remoto"), a choice of modes ("presencial o remoto") and
// occasional presence ("reuniones presenciales puntuales").
var (
	// romanceOnsiteWork is Spanish or Italian on-site work.
	romanceOnsiteWork = regexp.MustCompile(`(?i)\b(?:trabajo|puesto|empleo|modalidad)\s+(?:100\s?%\s+)?presencial\b|\brequiere\s+(?:\p{L}+\s+){0,2}presencialidad\b|\bpresencialidad\s+(?:obligatoria|requerida|diaria|en\s+(?:la\s+|las\s+)?(?:oficinas?|cliente|sede))\b|\b(?:lavoro|attivit[àa])\s+(?:\p{L}+\s+){0,2}?in\s+(?:sede|presenza)\b|\blavoro\s+in\s+ufficio\b|\bpresenza\s+(?:quotidiana\s+)?in\s+(?:sede|ufficio)\b`)
	// romanceHybridWeek is a Spanish week of office days and home days.
	romanceHybridWeek = regexp.MustCompile(`(?i)\bde\s+lunes\s+a\s+(?:martes|mi[ée]rcoles|jueves)\s+(?:en\s+(?:la\s+|las\s+|nuestras?\s+)?oficinas?|presencial(?:es)?)\b|\b(?:teletrabajo|teletrabajar|home\s+office)\s+(?:los|el)\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes)\b|\blos\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes)\s+(?:\p{L}+\s+){0,2}?teletrabaj\p{L}*`)
	// romanceFullyRemote is a Spanish or Italian fully remote statement.
	romanceFullyRemote = regexp.MustCompile(`(?i)\b100\s?%\s*(?:en\s+|da\s+)?remot[oa]\b|\b(?:totalmente|completamente|interamente|100\s?%)\s+(?:en\s+|da\s+)?remot[oa]\b|\bfull[- ]remote\b|\bteletrabajo\s+(?:total|100\s?%)`)
	// romanceModeAfter is another mode named right after an on-site phrase:
	// a choice or an option, not an office-only role.
	romanceModeAfter = regexp.MustCompile(`(?i)^[^.;\n]{0,40}\b(?:remot[oa]|teletrabaj\p{L}*|h[íi]brid[oa]|ibrid[oa]|smart\s+working|da\s+casa)\b`)
	// romanceOccasional precedes an on-site phrase that is occasional.
	romanceOccasional = regexp.MustCompile(`(?i)\b(?:ocasional(?:mente)?|puntual(?:mente)?|occasionalmente|saltuariamente|periodicamente)\s+(?:\p{L}+\s+)?$`)
)

// romanceOfficeWords is the word gate (word_gate.go) of the words
// romanceContradiction looks for first.
var romanceOfficeWords = newFoldGate("presencial", " in sede", "in presenza", "in ufficio", "lunes", "viernes", "jueves")

// romanceContradiction reads the Spanish or Italian wording above in the
// description of a remote-filed listing; unknown when there is none.
func romanceContradiction(text string) (model.Remote, string) {
	if !romanceOfficeWords.may(text) || !(hasFold(text, "presencial") || hasFold(text, " in sede") || hasFold(text, "in presenza") || hasFold(text, "in ufficio") ||
		hasFold(text, "lunes") || hasFold(text, "viernes") || hasFold(text, "jueves")) || romanceFullyRemote.MatchString(text) {
		return model.RemoteUnknown, ""
	}
	if loc := romanceHybridWeek.FindStringIndex(text); loc != nil {
		return model.RemoteHybrid, text[loc[0]:loc[1]]
	}
	for _, loc := range romanceOnsiteWork.FindAllStringIndex(text, 4) {
		if romanceModeAfter.MatchString(text[loc[1]:min(len(text), loc[1]+60)]) ||
			romanceOccasional.MatchString(text[max(0, loc[0]-30):loc[0]]) {
			continue
		}
		return model.RemoteOnsite, text[loc[0]:loc[1]]
	}
	return model.RemoteUnknown, ""
}
