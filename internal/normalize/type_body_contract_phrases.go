package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Contract phrases in descriptions of other languages that name the terms
// of the post: Italian "contratto a tempo indeterminato" (permanent) and
// "a tempo determinato" (fixed term); German "auf 2 Jahre befristet" and
// "eine unbefristete Festanstellung" (also "befristeter Natur", of a
// fixed-term kind); Dutch "een vast contract" and "een tijdelijk contract",
// and a contract "voor bepaalde tijd" (fixed term) or "voor onbepaalde
// tijd" (open-ended); Polish "umowa na czas nieokreślony" and "na czas
// określony"; Spanish "contrato de prácticas" (a training contract); and
// the Russian label "Занятость: частичная". The first phrase in the text
// decides ("tijdelijk contract met uitzicht op een vast contract" is a
// contract). The regexps are tried around their key words (keyRegexp); the
// Russian one only on text holding its word.

var (
	italianTermPhrase = newKeyRegexp(`(?i)\bcontratt[oi]\s+(?:di\s+lavoro\s+)?(?:(?:subordinato|full[- ]time|part[- ]time)\s+)?a\s+tempo\s+(indeterminato|determinato)\b`, 0, 80, "contratt")
	germanTermPhrase  = newKeyRegexp(`(?i)\b(unbefristete[nrs]?)\s+(?:Festanstellung|Anstellung|Stelle|Position|Arbeitsvertrag|Vertrag|Arbeitsverhältnis|Beschäftigung|Natur)\b|`+
		`\b(befristet)\s+(?:auf|für)\s+(?:\d{1,2}|ein|zwei|drei|sechs|zwölf)\s+(?:Jahre?|Monate?)\b|\b(?:auf|für)\s+(?:\d{1,2}|ein|zwei|drei|sechs|zwölf)\s+(?:Jahre?|Monate?)\s+(befristet)\b|`+
		`\b(befristete[nrs]?)\s+(?:Anstellung|Stelle|Position|Arbeitsvertrag|Vertrag|Elternzeitvertretung|Vertretung|Natur)\b`, 40, 60, "befristet")
	dutchTermPhrase = newKeyRegexp(`(?i)\b(vaste?|tijdelijke?)\s+(?:arbeids)?(?:contract|aanstelling|dienstverband|baan)\b`, 0, 40,
		"tijdelijk", "vast contract", "vaste contract", "vaste aanstelling", "vast dienstverband", "vaste baan", "vast arbeids", "vaste arbeids")
	dutchTermSpan    = newKeyRegexp(`(?i)\b(?:contract|arbeidscontract|dienstverband|aanstelling|arbeidsovereenkomst)\s+(?:voor|van|op)\s+((?:on)?bepaalde)\s+tijd\b`, 40, 20, "bepaalde tijd")
	polishTermPhrase = newKeyRegexp(`(?i)\bna\s+czas\s+(nieokreślony|nieokreslony|określony|okreslony)\b`, 5, 20, "czas")
	spanishTrainee   = newKeyRegexp(`(?i)\bcontrato\s+(?:de|en)\s+pr[aá]cticas\b`, 0, 30, "contrato")
	russianLoadLabel = regexp.MustCompile(`(?i)(?:тип\s+)?занятост[ьи]\s*[:—–-]\s*(полная|частичная|проектная|временная|стажировка)`)
)

// submatcher is a regexp or a key regexp (type_body_world_phrases.go and
// here): the first match's groups.
type submatcher interface {
	FindAllStringSubmatchIndex(s string, n int) [][]int
}

// contractPhraseType reads the phrases above; unknown when the text holds
// none.
func contractPhraseType(text string) model.JobType {
	best, got := len(text)+1, model.TypeUnknown
	try := func(re submatcher, gates []string, read func(word string) model.JobType) {
		if gates != nil && !anyGate(text, gates) {
			return
		}
		ms := re.FindAllStringSubmatchIndex(text, 1)
		if ms == nil || ms[0][0] >= best {
			return
		}
		m := ms[0]
		if len(m) == 2 {
			best, got = m[0], read("") // a phrase without a word group
			return
		}
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 {
				best, got = m[0], read(strings.ToLower(text[m[g]:m[g+1]]))
				return
			}
		}
	}
	try(italianTermPhrase, nil, func(w string) model.JobType {
		if w == "indeterminato" {
			if containsAnyFold(text, []string{"part-time", "part time", "tempo parziale"}) {
				return model.TypePartTime // "a tempo indeterminato, part-time 20 ore settimanali"
			}
			return model.TypeFullTime
		}
		return model.TypeContract
	})
	try(germanTermPhrase, nil, func(w string) model.JobType {
		if len(w) > 2 && w[:2] == "un" {
			return model.TypeFullTime
		}
		return model.TypeContract
	})
	try(dutchTermPhrase, nil, dutchTerm)
	try(dutchTermSpan, nil, func(w string) model.JobType {
		if strings.HasPrefix(w, "on") {
			return model.TypeFullTime
		}
		return model.TypeContract
	})
	try(polishTermPhrase, nil, func(w string) model.JobType {
		if w[0] == 'n' {
			return model.TypeFullTime
		}
		return model.TypeContract
	})
	try(spanishTrainee, nil, func(string) model.JobType { return model.TypeInternship })
	try(russianLoadLabel, []string{"анятост"}, func(w string) model.JobType {
		switch w {
		case "полная":
			return model.TypeFullTime
		case "частичная":
			return model.TypePartTime
		case "проектная":
			return model.TypeProject
		case "стажировка":
			return model.TypeInternship
		}
		return model.TypeContract
	})
	return got
}

// dutchTerm reads "vast" (permanent) or "tijdelijk" (temporary).
func dutchTerm(w string) model.JobType {
	if w[0] == 'v' {
		return model.TypeFullTime
	}
	return model.TypeContract
}
