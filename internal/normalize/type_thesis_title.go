package normalize

import "regexp"

var (
	// thesisTitleWord is a student's thesis written at a company, named in a
	// title: "Thesis R&D Orthopedics", "Master Thesis: Battery Ageing",
	// "Masterarbeit Regelungstechnik", "Bachelorarbeit im Bereich Logistik",
	// "Abschlussarbeit", "Tesi di laurea in logistica", "Examensarbete",
	// "Afstudeeropdracht".
	thesisTitleWord = regexp.MustCompile(`(?i)\bthes(?:is|es)\b|\b(?:master|bachelor|abschluss|diplom)arbeit\b|\btesi\s+(?:di\s+)?laurea\b|\btesista\b|\bexamensarbete\b|\bafstudeer(?:opdracht|stage)\b`)
	// thesisTitleNot is a title where the thesis is not the student's
	// work: a doctorate (a paid research post), or a role around theses
	// ("Thesis Advisor", "Thesis Editor", "Thesis Writing Coach").
	thesisTitleNot = regexp.MustCompile(`(?i)\b(?:ph\.?\s?d|doctoral|doctorate|doktorand\w*|promotion|dottorato)\b|\bthes(?:is|es)\s+(?:writing\s+)?(?:advis[eo]r|supervisor|editor|writer|coach|consultant|tutor|reviewer|proofreader|coordinator|examiner|mentor)s?\b`)
)

// thesisTitle reports a title for a student's thesis done at a company (a
// master's or bachelor's thesis): an internship to us, like "Werkstudent" or
// "Praktikum".
func thesisTitle(title string) bool {
	if !containsFold(title, "thes") && !containsFold(title, "arbeit") && !containsFold(title, "tesi") &&
		!containsFold(title, "arbete") && !containsFold(title, "afstudeer") {
		return false // every match of thesisTitleWord holds one of these: most titles skip the regexp
	}
	return thesisTitleWord.MatchString(title) && !thesisTitleNot.MatchString(title)
}
