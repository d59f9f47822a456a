package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/textcue"
)

// Study, apprenticeship and agency-work words in titles that the title
// cues in jobtype.go do not know, and the English uses of "stage" they
// must not read as the French word for an internship.
//
// French: "apprentissage", "contrat de professionnalisation" (also "contrat
// pro", "contrat de pro"), a final-year project "PFE" or "projet de fin
// d'études", a gap-year placement "césure" or "année de césure" are all
// work-and-study posts, an internship to us. German: "Werkstudierende" is
// the gender-neutral "Werkstudent". East African boards call a student work
// placement an "industrial attachment". German agency and freelance work
// ("Leiharbeit", "Arbeitnehmerüberlassung", "(AÜ)", "Freiberufler",
// "freiberuflich") is contract work, as "Zeitarbeit" already is.

var (
	// titleStudyIntern is a French, German or East African study post
	// named in a title. "apprentissage" counts alone, set off by a bracket,
	// dash or colon, after "en" at the title's end ("Vendeur en
	// apprentissage") or in "contrat d'apprentissage": "apprentissage
	// profond" is deep learning and a "maître d'apprentissage" the mentor.
	titleStudyIntern = regexp.MustCompile(`(?i)(?:^\s*|[(\[–—|-]\s*|\ben\s+)apprentissage\s*(?:$|[)\]:,–—|-])|\bcontrat\s+d['’]\s*apprentissage\b|\bcontrat\s+(?:de\s+)?pro(?:fessionnalisation)?\b|\bpfe\b|\bprojets?\s+de\s+fin\s+d['’ ]?[ée]tudes\b|\bc[ée]sure\b|\bwerkstudierende[nr]?\b|\b(?:industrial|student|university|college|tvet)\s+attachments?\b|\battachments?\s+(?:programme|program|students?|opportunit(?:y|ies)|positions?|placements?)\b|^\s*attachments?\s*[:–—-]`)

	// titleAgencyGerman is German agency or freelance work in a title. "AÜ"
	// counts only standing alone, in brackets or after a dash or comma
	// ("Bautätigkeit" holds the letters, not the word).
	titleAgencyGerman = regexp.MustCompile(`(?i)\bleiharbeit\b|\barbeitnehmer(?:ü|ue|u)berlassung\b|\bfreiberufl\p{L}*|\bfreiberufler(?:in|innen)?\b|(?:^|[\s(\[,/|–—-])AÜ(?:$|[\s)\],/|–—-])`)

	// englishStage is "stage" in English: a company's or a product's stage
	// ("Series B stage", "Growth Stage Manager", "early-stage startup") or
	// the theatre ("Stage Manager", "Stage Hand", "Stage Technician").
	englishStage = regexp.MustCompile(`(?i)\b(?:(?:growth|early|late|later|seed|startup|start-up|venture|final|next|main|back|front|centre|center|sound|mid|multi|single|clinical|any|every|each|this|that|one|two|three|first|second|third|series\s+[a-z])[- ]stage|stage\s+(?:managers?|management|hands?|technicians?|techs?|crew|door|combat|compan(?:y|ies)|startups?|ventures?|investors?|investing|investments?|funds?|design(?:er)?|lighting|electricians?|carpenters?|riggers?|performers?|actors?|actress|directors?|presence|ready|production|operations|operators?))\b`)

	// recruitApprentice is a French sentence hiring one apprentice or
	// intern: "Nous recherchons un alternant pour 12 mois", "nous recrutons
	// une stagiaire". A plural ("vous encadrerez des stagiaires") is the
	// team's, not the post's.
	recruitApprentice = regexp.MustCompile(`(?i)\b(?:recherch|cherch|recrut)\p{L}*\s+(?:un|une|un\(e\)|un·e)\s+(?:\p{L}+\s+)?(?:alternant(?:e|\(e\)|·e)?|stagiaire|apprenti(?:e|\(e\)|·e)?)\b`)
)

// studyInternTitle reports a French, German or East African study post
// named in title (ParseType reads it as titleIntern).
func studyInternTitle(title string) bool {
	if reference || textcue.SlowText(title) {
		return titleStudyIntern.MatchString(title) // ſ and K fold to ASCII letters
	}
	if !containsFold(title, "apprentissage") && !containsFold(title, "contrat") && !containsFold(title, "pfe") &&
		!containsFold(title, "tudes") && !containsFold(title, "sure") &&
		!containsFold(title, "werkstudierende") &&
		!containsFold(title, "attachment") {
		return false
	}
	return titleStudyIntern.MatchString(title)
}

// germanAgencyTitle reports German agency or freelance work named in title.
func germanAgencyTitle(title string) bool {
	if reference || textcue.SlowText(title) {
		return titleAgencyGerman.MatchString(title)
	}
	if !containsFold(title, "leiharbeit") && !containsFold(title, "berlassung") && !containsFold(title, "freiberuf") &&
		!strings.Contains(title, "Ü") && !strings.Contains(title, "ü") {
		return false
	}
	return titleAgencyGerman.MatchString(title)
}

// titleInternNotStage is titleIntern matching title for a reason other
// than an English "stage": with those removed, the title must still hold
// an intern word. "Stage Data Analyst H/F" and "Stage - Marketing" stay
// internships; "Growth Stage Manager" does not become one.
func titleInternNotStage(title string) bool {
	if !titleIntern.MatchString(title) {
		return false
	}
	if !containsFold(title, "stage") {
		return true
	}
	rest := seniorStage.ReplaceAllString(englishStage.ReplaceAllString(title, " "), " ") // "Senior Stage Fluids Engineer" (type_title_senior_stage.go)
	return rest == title || titleIntern.MatchString(rest)
}

// frenchRecruitIntern reports a French sentence hiring one apprentice or
// intern.
func frenchRecruitIntern(text string) bool {
	if !containsFold(text, "alternant") && !containsFold(text, "stagiaire") && !containsFold(text, "apprenti") {
		return false
	}
	return recruitApprentice.MatchString(text)
}
