package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// French contract words in a description that frenchContract
// (type_intern_engagement.go) does not read: a CDI or CDD standing alone
// in French wording ("Juriste (H/F) - CDI - Paris", "Poste basé à Lyon,
// CDI temps plein", "CDD 12 mois"), one in brackets even in English ("a
// Head of Legal (CDI)"), and an internship or work-study named as the
// offer ("Stage de 6 mois", "Offre de stage", "Rejoignez-nous en
// alternance", "Contrat d'apprentissage", "Alternance possible"). Alone,
// in English, CDD is customer due diligence and CDI clinical
// documentation integrity: the
// bare words are read only in French text, and a bracketed one not after
// the words it shortens.

// frenchContractToken is CDI or CDD as a word of its own (not "CDI-2",
// "CDD/EDD").
var frenchContractToken = regexp.MustCompile(`(?:^|[^\p{L}\d/-])(CDI|CDD)(?:$|[^\p{L}\d/-])`)

// frenchInternOffer is an internship or work-study named as the offer
// (tried around its key words: see keyRegexp; not around "stage", common
// in English, but the words each form holds beside it).
var frenchInternOffer = newKeyRegexp(`(?i)\bstage\s+(?:de\s+fin\s+d['’][ée]tudes|conventionn|[^.\n]{0,30}?\b\d{1,2}\s*mois\b)|\boffre\s+de\s+stage\b|`+
	`\bcontrat\s+(?:d['’]apprentissage|de\s+professionnalisation)\b|`+
	`\b(?:rejoignez|rejoindre|recrute|recrutons|recherche|recherchons|cherchons)\b[^.!?\n]{0,40}?\ben\s+(?:alternance|apprentissage)\b|`+
	`\balternance\s+possible\b`,
	70, 70, "mois", "tudes", "conventionn", "offre", "alternance", "apprentissage", "professionnalisation")

// frenchWords are words that mark a text as French; one is enough.
// "expérience" with its accent is French spelling only (English has no
// accent, Portuguese writes "experiência"), so a terse profile line
// ("Profil : 2 ans d'expérience. CDI.") counts too, and so do "salaire"
// and "rémunération", French spellings of pay ("CDI, full remote. Salaire :
// 50k€": English, Spanish and Italian write salary, salario, remuneración).
var frenchWords = []string{" le ", " la ", " les ", " des ", " du ", " une ", " et ", " pour ", " avec ", " vous ", " nous ",
	" notre ", " votre ", "h/f", "f/h", " mois", "embauche", "poste ", "recrut", "offre ", "expérience", "salaire", "rémunération"}

// looksFrench reports whether text holds one of frenchWords.
func looksFrench(text string) bool {
	low := strings.ToLower(text)
	for _, w := range frenchWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// frenchBodyType reads the forms above; unknown when the text holds none.
func frenchBodyType(text string) model.JobType {
	if text == "" {
		return model.TypeUnknown
	}
	if frenchInternOffer.MatchString(text) {
		return model.TypeInternship
	}
	if !strings.Contains(text, "CDI") && !strings.Contains(text, "CDD") {
		return model.TypeUnknown
	}
	french := looksFrench(text)
	for _, m := range frenchContractToken.FindAllStringSubmatchIndex(text, 4) {
		word := text[m[2]:m[3]]
		bracketed := m[2] > 0 && text[m[2]-1] == '(' && m[3] < len(text) && text[m[3]] == ')'
		if !french && !(bracketed && !shortensPhrase(text[max(0, m[2]-48):m[2]])) {
			continue
		}
		if word == "CDI" {
			return model.TypeFullTime
		}
		return model.TypeContract
	}
	return model.TypeUnknown
}

// shortensPhrase reports whether the words before a bracketed CDI or CDD
// are the English phrase it shortens ("Customer Due Diligence (CDD)").
func shortensPhrase(before string) bool {
	return containsFold(before, "diligence") || containsFold(before, "documentation") || containsFold(before, "integrity")
}
