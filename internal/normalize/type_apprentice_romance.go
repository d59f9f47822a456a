package normalize

import (
	"regexp"
	"strings"
)

// Italian, Spanish, Portuguese and French apprenticeship titles (table
// tests in type_apprentice_romance_test.go; apprenticeTitle reads them
// beside the German ones). Apprentices are our interns:
//
//   - the apprentice named as the job: Italian "Apprendista elettricista",
//     Spanish and Portuguese "Aprendiz de cocina", "Jovem Aprendiz", French
//     "Apprenti(e) boulanger", "Alternant développeur";
//   - the contract named in the title: "in apprendistato", "Contratto di
//     apprendistato", "Comptable en alternance", "Technicien en
//     apprentissage", "contrat d'apprentissage", "contrato de
//     aprendizaje";
//   - apprentices in the plural ("Cercasi apprendisti", "Aprendices SENA")
//     unless the title is a trainer's.
//
// Not an apprenticeship: a trainer or a tutor of apprentices ("Tutor
// apprendisti", "Formateur des apprentis", "Instructor de aprendices",
// "Maître d'apprentissage"), machine learning ("Ingénieur en apprentissage
// automatique"), and learning in general ("Diseñador de aprendizaje",
// "apprendimento").

var (
	// romanceApprentice finds the wording above; group 1 is the word.
	romanceApprentice = regexp.MustCompile(`(?i)\b(apprendist(?:a|i|ato)|aprendi(?:z|zes|ces)|apprenti(?:e|es|s)?(?:\s?\(e\)|[.·]e)?|alternant(?:e|es|s)?(?:\s?\(e\)|[.·]e)?|en\s+alternance|en\s+apprentissage|contrat\s+(?:d['’]\s?apprentissage|en\s+alternance)|contrato\s+de\s+aprendiza(?:je|gem))\b`)
	// romanceObjectBefore is a preposition or article that makes the
	// apprentice an object: "Formateur des apprentis", "tutor degli
	// apprendisti", "Tuteur d'apprentie", "formador de aprendices".
	romanceObjectBefore = regexp.MustCompile(`(?i)\b(?:des|de|d['’]|du|aux|pour|degli|agli|per|di|dei|delle|alle|para|los|las|con|com|dos|das)\s*$`)
	// romanceTrainer is a trainer's or tutor's word.
	romanceTrainer = regexp.MustCompile(`(?i)\b(?:tutor|tutora|tuteur|tutrice|formatore|formatrice|formateur|formador|formadora|instructor|instructora|istruttore|istruttrice|ma[iî]tre|encadrant|encadrante|referente|coordinatore|coordinatrice|coordinador|coordinadora|coordinateur|coordinatrice)\b`)
	// romanceLearningTopic follows "en apprentissage" as machine
	// learning's name: "apprentissage automatique", "... profond".
	romanceLearningTopic = regexp.MustCompile(`(?i)^\s*(?:automatique|profond|machine|statistique|supervis|par\s+renforcement|artificiel)`)
)

// romanceApprenticeTitle reports an Italian, Spanish, Portuguese or French
// apprenticeship title.
func romanceApprenticeTitle(title string) bool {
	if len(title) > 200 || !(containsFold(title, "appren") || containsFold(title, "aprendi") || containsFold(title, "alternan")) {
		return false
	}
	trainer := romanceTrainer.MatchString(title)
	for _, m := range romanceApprentice.FindAllStringSubmatchIndex(title, 4) {
		word := strings.ToLower(title[m[2]:m[3]])
		switch {
		case strings.HasPrefix(word, "en") || strings.HasPrefix(word, "contrat") || word == "apprendistato":
			// a contract named ("en apprentissage", "contratto di apprendistato")
			if strings.HasSuffix(word, "apprentissage") && romanceLearningTopic.MatchString(title[m[3]:]) {
				continue // "Ingénieur en apprentissage automatique"
			}
			return true
		case romanceObjectBefore.MatchString(title[:m[2]]):
			continue // "Formateur des apprentis"
		case trainer && romancePlural(word):
			continue // "Tutor apprendisti"
		}
		return true
	}
	return false
}

// romancePlural reports an apprentice noun in the plural: "apprendisti",
// "aprendices", "apprentis", "alternants".
func romancePlural(word string) bool {
	return word == "apprendisti" || word == "aprendices" || word == "aprendizes" || strings.HasSuffix(word, "s")
}
